package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/schema"
)

// validateOptions are the flags of `bilat validate`; the paths are
// arguments.
type validateOptions struct {
	// Against is the folder a file named alone is checked with, so that
	// its references to data/'s entities resolve.
	Against string
}

func newValidateCmd() *cobra.Command {
	var opts validateOptions
	cmd := &cobra.Command{
		Use:   "validate [PATH...]",
		Short: "Check record files and folders (data/ by default) without loading them",
		Long: `Validate reads the record files and folders given (data/ by default,
folders walked for *.yaml and *.yml) and checks them together: known keys,
ids, required fields, closed lists, dates and references. It prints
"OK: N sources, N entities", or every problem as file:line:col: message, one
per line on stderr (the first ` + strconv.Itoa(schema.MaxProblems) + `, then a count of the rest), and
exits with status 1. Ctrl-C (SIGINT) or SIGTERM stops it at once.

Files named on their own (no folder among the paths) are checked together
with the folder --against (data/ by default, when it exists), so that a new
report's references to the curated entities resolve; only the named files'
problems are listed.`,
		Example: `  bilat validate
  bilat validate data/sources/2024-03-02-new-report.yaml
  bilat validate --against ../group-data drafts/report.yaml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(cmd.Context(), opts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&opts.Against, "against", "data", "folder that files named alone are checked with (empty: none)")
	return cmd
}

func runValidate(ctx context.Context, opts validateOptions, paths []string, stdout, stderr io.Writer) error {
	if len(paths) == 0 {
		paths = []string{"data"}
	}
	named, context := filesAgainst(paths, opts.Against)
	files, err := schema.ReadFilesContext(ctx, append(context, paths...)...)
	if ctx.Err() != nil {
		return errors.New("interrupted")
	}
	if err != nil {
		problems := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			problems = j.Unwrap()
		}
		elsewhere := 0
		var listed []error
		for _, p := range problems {
			var pe *schema.ParseError
			if named != nil && errors.As(p, &pe) && !named[absPath(pe.File)] {
				elsewhere++
				continue
			}
			listed = append(listed, p)
		}
		// One problem per line, bare, so editors can jump to file:line:col.
		for _, p := range listed {
			fmt.Fprintln(stderr, p)
		}
		if elsewhere > 0 {
			fmt.Fprintf(stderr, "and %d in %s itself (bilat validate %s lists them)\n", elsewhere, opts.Against, opts.Against)
		}
		if n := schema.CountProblems(errors.Join(listed...)); n != 1 {
			return fmt.Errorf("%d problems", n)
		}
		return errors.New("1 problem")
	}
	sources := 0
	for _, f := range files {
		if f.Source != nil && (named == nil || named[absPath(f.Path)]) {
			sources++
		}
	}
	if named != nil {
		fmt.Fprintf(stdout, "OK: %d sources checked against %s (%d entities)\n", sources, opts.Against, countEntities(files))
		return nil
	}
	fmt.Fprintf(stdout, "OK: %d sources, %d entities\n", sources, countEntities(files))
	return nil
}

// filesAgainst decides whether paths are files to check against the
// folder against: only when every path is a file and the folder exists.
// It returns the named files by absolute path, and the paths to read with
// them (the folder, unless it already holds them all); nil, nil otherwise.
func filesAgainst(paths []string, against string) (map[string]bool, []string) {
	if against == "" {
		return nil, nil
	}
	if st, err := os.Stat(against); err != nil || !st.IsDir() {
		return nil, nil
	}
	named := map[string]bool{}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			return nil, nil // a folder is checked as it is; a missing path is reported
		}
		named[absPath(p)] = true
	}
	return named, []string{against}
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// countEntities counts the distinct ids of countries, places, people,
// organizations, posts and groups.
func countEntities(files []*schema.File) int {
	n := 0
	for _, kind := range schema.KindsOf(files) {
		switch kind {
		case schema.KindCountry, schema.KindPlace, schema.KindPerson, schema.KindOrganization, schema.KindPost, schema.KindGroup:
			n++
		}
	}
	return n
}
