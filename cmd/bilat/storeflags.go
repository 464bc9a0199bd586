package main

import (
	"context"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/graph"
)

// Defaults of the store flags; BILAT_DB and BILAT_DBPATH override them.
const (
	defaultBackend = graph.Bolt
	defaultDBPath  = graph.DefaultPath
)

// storeOptions are the flags every command that opens a store shares. They
// follow the cayley CLI: --db is the backend, --dbpath the file or DSN.
type storeOptions struct {
	Backend  string
	Path     string
	ReadOnly bool // set by commands that only read, not by a flag
}

func (o *storeOptions) bind(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Backend, "db", envOr("BILAT_DB", defaultBackend),
		"store backend: "+strings.Join(graph.Backends(), ", ")+" (env BILAT_DB)")
	cmd.Flags().StringVar(&o.Path, "dbpath", envOr("BILAT_DBPATH", defaultDBPath),
		"bolt file, leveldb directory or postgres DSN (env BILAT_DBPATH)")
	cmd.RegisterFlagCompletionFunc("db", cobra.FixedCompletions(graph.Backends(), cobra.ShellCompDirectiveNoFileComp))
}

func (o storeOptions) config() graph.Config {
	return graph.Config{Backend: o.Backend, Path: o.Path, ReadOnly: o.ReadOnly}
}

// open opens the store the flags name. An unknown backend is a usage error.
func (o storeOptions) open(ctx context.Context) (*graph.Store, error) {
	if !contains(graph.Backends(), o.Backend) {
		return nil, usageErrorf("unknown backend %q for --db (want one of %s)", o.Backend, strings.Join(graph.Backends(), ", "))
	}
	return graph.Open(ctx, o.config())
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
