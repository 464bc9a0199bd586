package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/queries"
)

// statsOptions are the flags of `bilat stats`.
type statsOptions struct {
	store  storeOptions
	Format string
}

func newStatsCmd() *cobra.Command {
	opts := statsOptions{store: storeOptions{ReadOnly: true}}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the quads and the records of each kind in the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runStats(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	opts.store.bind(cmd)
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func runStats(ctx context.Context, opts statsOptions, stdout io.Writer) error {
	if opts.Format != "text" && opts.Format != "json" {
		return usageErrorf("unknown format %q for --format (want text or json)", opts.Format)
	}
	s, err := opts.store.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	counts, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	pairs, err := metPairs(ctx, s)
	if err != nil {
		return err
	}
	counts = insertAfter(counts, "events", graph.Count{Name: "met-pairs", N: pairs})
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

// metPairs counts the pairs of parties who met, by the canned who-met-whom
// query: each pair once however many events they met at.
func metPairs(ctx context.Context, s *graph.Store) (int64, error) {
	q, err := queries.Lookup("who-met-whom")
	if err != nil {
		return 0, err
	}
	res, err := queries.Run(ctx, s.QuadStore(), q, nil)
	if err != nil {
		return 0, err
	}
	pairs := map[[2]string]bool{}
	for _, row := range res.Rows {
		a, b := queries.Text(row["a"]), queries.Text(row["b"])
		if b < a {
			a, b = b, a
		}
		pairs[[2]string{a, b}] = true
	}
	return int64(len(pairs)), nil
}

// insertAfter puts c after the count named name, or last.
func insertAfter(counts []graph.Count, name string, c graph.Count) []graph.Count {
	i := slices.IndexFunc(counts, func(c graph.Count) bool { return c.Name == name })
	if i < 0 {
		return append(counts, c)
	}
	return slices.Insert(counts, i+1, c)
}
