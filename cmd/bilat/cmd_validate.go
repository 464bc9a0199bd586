package main

import (
	"context"
	"errors"
	"fmt"
	"io"

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
per line on stderr, and exits with status 1.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(cmd.Context(), opts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
}

func runValidate(_ context.Context, _ validateOptions, paths []string, stdout, stderr io.Writer) error {
	if len(paths) == 0 {
		paths = []string{"data"}
	}
	files, err := schema.ReadFiles(paths...)
	if err != nil {
		// One problem per line, bare, so editors can jump to file:line:col.
		problems := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			problems = j.Unwrap()
		}
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		if len(problems) == 1 {
			return errors.New("1 problem")
		}
		return fmt.Errorf("%d problems", len(problems))
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
