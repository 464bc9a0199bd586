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
	Source string // print this query's assembled text instead
}

func newQueriesCmd() *cobra.Command {
	var opts queriesOptions
	cmd := &cobra.Command{
		Use:   "queries",
		Short: "List the canned queries with their parameters",
		Long: `Queries lists the canned queries with their parameters and columns. With
--source NAME it prints that query's Gizmo text as the Cayley web UI runs it
(helpers included): paste it into the UI's query editor, or save it and run
it with bilat query --file.`,
		Example: `  bilat queries
  bilat queries --source who-met-whom > who-met-whom.js`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runQueries(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&opts.Source, "source", "", "print the Gizmo text of this query, as the Cayley UI runs it")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("source", cobra.FixedCompletions(queries.Names(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runQueries(_ context.Context, opts queriesOptions, stdout io.Writer) error {
	if opts.Source != "" {
		q, err := queries.Lookup(opts.Source)
		if err != nil {
			return usageError{err}
		}
		_, err = io.WriteString(stdout, q.Source)
		return err
	}
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
			if p.Min != nil || p.Max != nil {
				notes = append(notes, p.Range())
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
