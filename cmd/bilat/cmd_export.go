package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/graph"
)

// exportOptions are the flags of `bilat export`.
type exportOptions struct {
	store  storeOptions
	Format string
	Output string
}

func newExportCmd() *cobra.Command {
	opts := exportOptions{store: storeOptions{ReadOnly: true}}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph in a quad format (N-Quads keep each quad's source)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	opts.store.bind(cmd)
	cmd.Flags().StringVar(&opts.Format, "format", "nquads", "output format: "+strings.Join(graph.ExportFormats(), ", "))
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func runExport(ctx context.Context, opts exportOptions, stdout io.Writer) (err error) {
	if !contains(graph.ExportFormats(), opts.Format) {
		return usageErrorf("unknown format %q for --format (want one of %s)", opts.Format, strings.Join(graph.ExportFormats(), ", "))
	}
	s, err := opts.store.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	w := stdout
	if opts.Output != "" {
		f, err := os.Create(opts.Output)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		w = f
	}
	bw := bufio.NewWriter(w)
	if err := s.Export(ctx, bw, opts.Format); errors.Is(err, graph.ErrDamaged) {
		return fmt.Errorf("%w; bilat load --repair removes them", err)
	} else if err != nil {
		return err
	}
	return bw.Flush()
}
