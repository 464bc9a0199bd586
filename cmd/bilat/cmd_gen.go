package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/schema/synth"
)

// genOptions are the flags of `bilat gen`.
type genOptions struct {
	Seed   uint64
	Events int
	Out    string
}

func newGenCmd() *cobra.Command {
	var opts genOptions
	cmd := &cobra.Command{
		Use:   "gen --out DIR [--seed S] [--events N]",
		Short: "Write a synthetic corpus of record files, for benchmarks and trials",
		Long: `Gen writes a synthetic corpus in Bilat's record format into an empty or new
directory: entity files (countries, provinces and cities, people, organizations,
posts) under entities/ and one source file per report under sources/YEAR/.
Each report tells of a visit of 1-6 events with 2-5 participants. The same
--seed and --events always give byte-identical files. About 37 quads per
event: --events 27000 makes about 1M quads. A summary, with parameters that
exist in the corpus (a busy person, two people three meetings apart, a
year), is written to DIR/` + synth.SummaryFile + `.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGen(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "seed of the generator")
	cmd.Flags().IntVar(&opts.Events, "events", 1000, "number of distinct events")
	cmd.Flags().StringVar(&opts.Out, "out", "", "directory to write (new or empty)")
	return cmd
}

func runGen(ctx context.Context, opts genOptions, stdout io.Writer) error {
	if opts.Out == "" {
		return usageErrorf("--out is required")
	}
	if opts.Events < 1 {
		return usageErrorf("--events %d: expected at least 1", opts.Events)
	}
	// Files of an earlier corpus left next to the new one would be read as
	// part of it, so the directory must be new or empty.
	entries, err := os.ReadDir(opts.Out)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if len(entries) > 0 {
		return usageErrorf("--out %q is not empty", opts.Out)
	}
	sum, err := synth.WriteDir(ctx, opts.Out, synth.Config{Seed: opts.Seed, Events: opts.Events})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d files to %s: %d sources, %d visits (%d planned), %d events (%d stated twice)\n",
		sum.Files, opts.Out, sum.Sources, sum.Visits, sum.PlannedVisits, sum.Events, sum.RestatedEvents)
	fmt.Fprintf(stdout, "entities: %d countries, %d places, %d people, %d organizations, %d posts\n",
		sum.Countries, sum.Places, sum.People, sum.Organizations, sum.Posts)
	fmt.Fprintf(stdout, "busiest person: %s (%d events); typical: %s (%d); %d meetings apart: %s and %s; busiest year: %s (%d visits)\n",
		sum.BusiestPerson, sum.BusiestEvents, sum.TypicalPerson, sum.TypicalEvents,
		sum.PathHops, sum.PathFrom, sum.PathTo, sum.Year, sum.YearVisits)
	return nil
}
