package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

// statsOptions are the flags of `bilat stats`.
type statsOptions struct {
	store  storeOptions
	Format string
	Data   string
}

func newStatsCmd() *cobra.Command {
	opts := statsOptions{store: storeOptions{ReadOnly: true}}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the quads and the records of each kind in the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runStats(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.store.bind(cmd)
	bindData(cmd, &opts.Data)
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func runStats(ctx context.Context, opts statsOptions, stdout, stderr io.Writer) error {
	if opts.Format != "text" && opts.Format != "json" {
		return usageErrorf("unknown format %q for --format (want text or json)", opts.Format)
	}
	s, err := opts.store.openToRead(ctx, opts.Data, stderr)
	if err != nil {
		return err
	}
	defer s.Close()
	counts, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		obj := make(map[string]int64, len(counts))
		for _, c := range counts {
			obj[c.Name] = c.N
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(obj)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	for _, c := range counts {
		fmt.Fprintf(tw, "%s\t%d\n", c.Name, c.N)
	}
	return tw.Flush()
}
