package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/schema"
)

// validateOptions are the flags of `bilat validate` (none yet: the paths are
// arguments).
type validateOptions struct{}

func newValidateCmd() *cobra.Command {
	var opts validateOptions
	return &cobra.Command{
		Use:   "validate [PATH...]",
		Short: "Check record files and folders (data/ by default) without loading them",
		Long: `Validate reads the record files and folders given (data/ by default,
folders walked for *.yaml and *.yml) and checks them together: known keys,
ids, required fields, closed lists, dates and references. It prints
"OK: N sources, N entities", or every problem as file:line:col: message, one
per line on stderr (the first ` + strconv.Itoa(schema.MaxProblems) + `, then a count of the rest), and
exits with status 1. Ctrl-C (SIGINT) or SIGTERM stops it at once.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(cmd.Context(), opts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
}

func runValidate(ctx context.Context, _ validateOptions, paths []string, stdout, stderr io.Writer) error {
	if len(paths) == 0 {
		paths = []string{"data"}
	}
	files, err := schema.ReadFilesContext(ctx, paths...)
	if ctx.Err() != nil {
		return errors.New("interrupted")
	}
	if err != nil {
		// One problem per line, bare, so editors can jump to file:line:col.
		problems := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			problems = j.Unwrap()
		}
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		if n := schema.CountProblems(err); n != 1 {
			return fmt.Errorf("%d problems", n)
		}
		return errors.New("1 problem")
	}
	sources := 0
	for _, f := range files {
		if f.Source != nil {
			sources++
		}
	}
	fmt.Fprintf(stdout, "OK: %d sources, %d entities\n", sources, countEntities(files))
	return nil
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
