package main

import (
	"context"
	"io"
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

// openToRead opens the store for a command that only reads it and creates
// nothing (stats, export): a memory store, which starts empty, is first
// filled from the record files data as bilat query fills it; any other
// store is read as it is.
func (o storeOptions) openToRead(ctx context.Context, data string, stderr io.Writer) (*graph.Store, error) {
	if o.Backend == graph.Memory {
		return openForQuery(ctx, queryOptions{store: o, Data: data}, stderr)
	}
	return o.open(ctx)
}

// bindData adds --data, what openToRead fills a memory store from.
func bindData(cmd *cobra.Command, data *string) {
	cmd.Flags().StringVar(data, "data", "data", "record files loaded first with --db memory, which starts empty")
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
