package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/graph"
)

// Defaults of the store flags; BILAT_DB and BILAT_DBPATH override them.
const (
	defaultBackend = "bolt"
	defaultDBPath  = "bilat.db"
)

// storeOptions are the flags every command that opens a store shares. They
// follow the cayley CLI: --db is the backend, --dbpath the file or DSN.
type storeOptions struct {
	Backend string
	Path    string
}

func (o *storeOptions) bind(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Backend, "db", envOr("BILAT_DB", defaultBackend), "store backend: bolt, memory or postgres (env BILAT_DB)")
	cmd.Flags().StringVar(&o.Path, "dbpath", envOr("BILAT_DBPATH", defaultDBPath), "bolt file or postgres DSN (env BILAT_DBPATH)")
}

func (o storeOptions) config() graph.Config {
	return graph.Config{Backend: o.Backend, Path: o.Path}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
