package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/queries"
)

// queriesOptions are the flags of `bilat queries`.
type queriesOptions struct {
	Format string
}

func newQueriesCmd() *cobra.Command {
	var opts queriesOptions
	cmd := &cobra.Command{
		Use:   "queries",
		Short: "List the canned queries with their parameters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runQueries(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func runQueries(_ context.Context, opts queriesOptions, stdout io.Writer) error {
	cat := queries.Catalog()
	switch opts.Format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(cat)
	case "text":
	default:
		return usageErrorf("unknown format %q for --format (want text or json)", opts.Format)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	for i, q := range cat {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Description)
		for _, p := range q.Params {
			var notes []string
			if p.Required {
				notes = append(notes, "required")
			}
			if p.Default != "" {
				notes = append(notes, "default "+p.Default)
			}
			desc := p.Description
			if len(notes) > 0 {
				desc = "(" + strings.Join(notes, ", ") + ") " + desc
			}
			fmt.Fprintf(tw, "  --param %s=%s\t%s\n", p.Name, strings.ToUpper(p.Type), desc)
		}
		fmt.Fprintf(tw, "  columns:\t%s\n", strings.Join(q.Columns, ", "))
		fmt.Fprintf(tw, "  example:\t%s\n", q.Example)
	}
	return tw.Flush()
}
