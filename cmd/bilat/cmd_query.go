package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
)

// queryOptions are the flags of `bilat query`.
type queryOptions struct {
	store   storeOptions
	Params  []string // key=value
	Format  string
	File    string // an ad-hoc query file, "-" for stdin
	Data    string // loaded first when the store is empty
	Timeout time.Duration
	Limit   int
	// load tunes a load into the store (tests: batch size, progress).
	load    graph.LoadOptions
	Columns []string // the columns to print, in this order (all when empty)
	// Width fits the table to a terminal this wide; 0 when standard output
	// is not a terminal, so that a pipe gets plain, uncut lines.
	Width int
}

func newQueryCmd() *cobra.Command {
	var opts queryOptions
	cmd := &cobra.Command{
		Use:   "query NAME [--param key=value ...]",
		Short: "Run a canned query (or an ad-hoc Gizmo file) and print its rows",
		Long: `Query runs one of the canned queries (see bilat queries), or with --file an
ad-hoc Gizmo query, on the store. Parameters are bound as data: the query
reads them from its params object, so any value is safe to pass. When the
store is empty, the records under --data are loaded into it first; an
unfinished load of them (killed midway) is finished.`,
		Example: `  bilat query who-met-whom --param person=Kistafin
  bilat query post-holders --param post="Governor of Sindh" --param at=2021-10-15 --format csv
  bilat query --file my.js --param person=Kistafin --format ndjson`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Width = terminalWidth(cmd.OutOrStdout())
			return runQuery(cmd.Context(), opts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.store.bind(cmd)
	f := cmd.Flags()
	f.StringArrayVarP(&opts.Params, "param", "p", nil, "a parameter as key=value (repeatable)")
	f.StringVarP(&opts.Format, "format", "f", queries.FormatTable, "output format: "+strings.Join(queries.Formats(), ", "))
	f.StringVar(&opts.File, "file", "", "run this Gizmo file instead of a canned query (- reads stdin)")
	f.StringVar(&opts.Data, "data", "data", "record files to load when the store is empty, or to finish an unfinished load of")
	f.DurationVar(&opts.Timeout, "timeout", time.Minute, "stop the query after this long (0: no limit)")
	f.IntVar(&opts.Limit, "limit", 0, "print at most this many rows, saying so when there were more (0: all)")
	f.StringSliceVar(&opts.Columns, "columns", nil, "print only these columns, in this order (a,b,c; see bilat queries)")
	cmd.ValidArgsFunction = completeQueryNames
	cmd.RegisterFlagCompletionFunc("param", completeParams)
	cmd.RegisterFlagCompletionFunc("columns", completeColumns)
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(queries.Formats(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// completeQueryNames completes a query's name, the one argument of
// `bilat query`.
func completeQueryNames(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, q := range queries.Catalog() {
		out = append(out, q.Name+"\t"+q.Description)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeParams completes `--param NAME=` with the parameters of the
// query named first on the command line, those not given yet.
func completeParams(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	q, ok := namedQuery(args)
	if !ok {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	given, _ := cmd.Flags().GetStringArray("param")
	var out []string
	for _, p := range q.Params {
		if slices.ContainsFunc(given, func(kv string) bool { return strings.HasPrefix(kv, p.Name+"=") }) {
			continue
		}
		out = append(out, p.Name+"=\t"+p.Type+": "+p.Description)
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// namedQuery is the canned query named first on a command line being
// completed.
func namedQuery(args []string) (queries.Query, bool) {
	if len(args) == 0 {
		return queries.Query{}, false
	}
	q, err := queries.Lookup(args[0])
	return q, err == nil
}

// completeColumns completes --columns with the query's columns.
func completeColumns(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	q, ok := namedQuery(args)
	if !ok {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	// The flag takes a list: complete its last item.
	done := toComplete[:strings.LastIndex(toComplete, ",")+1]
	var out []string
	for _, c := range q.Columns {
		if !slices.Contains(strings.Split(done, ","), c) && strings.HasPrefix(done+c, toComplete) {
			out = append(out, done+c)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

func runQuery(ctx context.Context, opts queryOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	q, err := pickQuery(opts, args, stdin)
	if err != nil {
		return err
	}
	if !contains(queries.Formats(), opts.Format) {
		return usageErrorf("unknown format %q for --format (want one of %s)", opts.Format, strings.Join(queries.Formats(), ", "))
	}
	if opts.Limit < 0 {
		return usageErrorf("--limit %d: want 0 (all rows) or more", opts.Limit)
	}
	params := make(map[string]string, len(opts.Params))
	for _, kv := range opts.Params {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return usageErrorf("--param %q: want key=value", kv)
		}
		if _, dup := params[k]; dup {
			return usageErrorf("--param %q: %q given twice", kv, k)
		}
		params[k] = v
	}
	// Check the parameters and columns before opening (and perhaps loading)
	// the store.
	if _, err := queries.Bind(q, params); err != nil {
		return usageError{err}
	}
	if q.Declared && len(opts.Columns) > 0 {
		if err := (&queries.Result{Columns: q.Columns}).Select(opts.Columns); err != nil {
			return usageErrorf("--columns: %w", err)
		}
	}
	s, err := openForQuery(ctx, opts, stderr)
	if err != nil {
		return err
	}
	defer s.Close()
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	res, err := queries.RunOpts(ctx, s.QuadStore(), q, params, queries.Options{Limit: opts.Limit})
	var nf *queries.NotFoundError
	if errors.As(err, &nf) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if len(opts.Columns) > 0 {
		if err := res.Select(opts.Columns); err != nil {
			return usageErrorf("--columns: %w", err)
		}
	}
	if err := queries.WriteOpts(stdout, res, opts.Format, queries.WriteOptions{Width: opts.Width}); err != nil {
		return err
	}
	if len(res.Rows) == 0 {
		// An empty answer is an answer; say so where a script does not read it.
		note := "no rows"
		for k, v := range params {
			if p, ok := q.Param(k); ok && p.Type == queries.TypeString && strings.TrimSpace(v) != "" {
				note += " (the names given are in the graph; nothing matches all the parameters)"
				break
			}
		}
		fmt.Fprintln(stderr, "bilat:", note)
	}
	if res.Truncated {
		fmt.Fprintf(stderr, "bilat: showing the first %d rows; there are more (raise --limit, or 0 for all)\n", res.Limit)
	}
	return nil
}

// pickQuery returns the canned query named in args, or the --file query.
func pickQuery(opts queryOptions, args []string, stdin io.Reader) (queries.Query, error) {
	switch {
	case opts.File != "" && len(args) > 0:
		return queries.Query{}, usageErrorf("give a query name or --file, not both")
	case opts.File == "" && len(args) == 0:
		return queries.Query{}, usageErrorf("no query named (want one of %s, or --file FILE)", strings.Join(queries.Names(), ", "))
	case len(args) > 0:
		q, err := queries.Lookup(args[0])
		if err != nil {
			return q, usageError{err}
		}
		return q, nil
	}
	var (
		src []byte
		err error
	)
	if opts.File == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(opts.File)
	}
	if err != nil {
		return queries.Query{}, err
	}
	q, err := queries.Parse(opts.File, string(src))
	if err != nil {
		return q, usageError{err}
	}
	return q, nil
}

// openForQuery opens the store for reading. A store that is missing or
// empty is filled from opts.Data first, so that a fresh checkout answers
// queries at once; a store holding an unfinished load of opts.Data (killed
// midway, say) gets it finished, which writes only the sources not yet
// stored; an unfinished load of anything else is told on stderr. Opening
// read-only first lets a query share a bolt file with a running server.
func openForQuery(ctx context.Context, opts queryOptions, stderr io.Writer) (*graph.Store, error) {
	origin := originOf([]string{opts.Data})
	ro := opts.store
	ro.ReadOnly = true
	finish := false
	var unfinished []string
	if ro.Backend != graph.Memory {
		s, err := ro.open(ctx)
		var ue usageError
		if errors.As(err, &ue) {
			return nil, err
		}
		if err == nil {
			empty, err := isEmpty(ctx, s)
			if err == nil && !empty {
				unfinished, err = s.UnfinishedLoads(ctx)
			}
			if err != nil {
				s.Close()
				return nil, err
			}
			if !empty && !slices.Contains(unfinished, origin) {
				tellUnfinished(stderr, unfinished)
				if err := tellOutdated(ctx, s, stderr); err != nil {
					s.Close()
					return nil, err
				}
				return s, nil
			}
			s.Close()
			finish = !empty
		} else if _, statErr := os.Stat(ro.Path); ro.Backend != graph.Bolt || statErr == nil {
			return nil, err
		}
	}
	// Read the records first, so that a failure leaves no empty store behind.
	files, err := schema.ReadFiles(opts.Data)
	if err != nil {
		if finish {
			return nil, fmt.Errorf("the store holds an unfinished load of %s, which cannot be finished: %w", origin, err)
		}
		return nil, fmt.Errorf("the store is empty and %q cannot be loaded: %w", opts.Data, err)
	}
	rw := opts.store
	rw.ReadOnly = false
	s, err := rw.open(ctx)
	if err != nil && finish {
		// Another process has the store open (a running server, say):
		// answer from what it holds, and say why the load stays unfinished.
		if s, rerr := ro.open(ctx); rerr == nil {
			fmt.Fprintf(stderr, "bilat: the store holds an unfinished load of %s, which cannot be finished now (%v): answers may lack its sources\n", origin, err)
			tellUnfinished(stderr, slices.DeleteFunc(unfinished, func(o string) bool { return o == origin }))
			return s, nil
		}
	}
	if err != nil {
		return nil, err
	}
	m := schema.NewMapper(files)
	lopts := opts.load
	lopts.Origin, lopts.Waiting, lopts.Merged = origin, waitingFor(stderr), m.Merged()
	rep, err := s.LoadSeq(ctx, m.Labels(), m.Consume(), lopts)
	if err != nil {
		s.Close()
		return nil, err
	}
	switch {
	case finish:
		fmt.Fprintf(stderr, "bilat: the store held an unfinished load of %s; finished it: %d sources loaded, %d unchanged; %d quads added, %d removed\n",
			origin, rep.Loaded, rep.Skipped, rep.Added, rep.Removed)
	case rw.Backend != graph.Memory:
		// The entity files load as one more unit; `stats` counts reports only.
		reports := 0
		for _, u := range rep.Units {
			if u.Label != schema.CurationLabel {
				reports++
			}
		}
		fmt.Fprintf(stderr, "bilat: the store was empty; loaded %d quads from %s (%d sources and the entity files)\n", rep.Added, opts.Data, reports)
	}
	if rw.Backend != graph.Memory {
		unfinished, err := s.UnfinishedLoads(ctx)
		if err != nil {
			s.Close()
			return nil, err
		}
		tellUnfinished(stderr, unfinished)
	}
	return s, nil
}

// tellUnfinished says which loads of the store began and did not end: its
// answers may lack what they would have written.
func tellUnfinished(stderr io.Writer, origins []string) {
	for _, o := range origins {
		fmt.Fprintf(stderr, "bilat: the store holds an unfinished load of %s (killed, failed or still running): answers may lack its sources; `bilat load %s` finishes it\n", o, o)
	}
}

// originOf names a load of the record paths given, for the store's list of
// unfinished loads: absolute, so that a load from another directory is
// known as the same.
func originOf(paths []string) string {
	abs := make([]string, len(paths))
	for i, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			a = p
		}
		abs[i] = a
	}
	return strings.Join(abs, " ")
}

// tellOutdated says on stderr when the store was loaded by a Bilat from
// before the derived quads, whose answers by country it lacks.
func tellOutdated(ctx context.Context, s *graph.Store, stderr io.Writer) error {
	old, err := s.LacksDerived(ctx)
	if old {
		fmt.Fprintln(stderr, "bilat: this store was loaded by a Bilat from before its derived quads (bilat:standsFor, bilat:partyCountry): "+
			"a party's country and every answer by country are missing until `bilat load` runs once more")
	}
	return err
}

func isEmpty(ctx context.Context, s *graph.Store) (bool, error) {
	n, err := s.QuadCount(ctx)
	return n == 0, err
}

// terminalWidth is the width of the terminal w writes to, or 0 when w is
// not a terminal (a pipe, a file).
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		return 80
	}
	return width
}
