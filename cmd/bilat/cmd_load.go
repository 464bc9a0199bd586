package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
)

// loadOptions are the flags of `bilat load`.
type loadOptions struct {
	store  storeOptions
	Prune  bool
	Quiet  bool
	Repair bool
}

func newLoadCmd() *cobra.Command {
	var opts loadOptions
	cmd := &cobra.Command{
		Use:   "load [PATH...]",
		Short: "Validate record files and load them into the store, replacing each source's quads",
		Long: `Load reads and validates the record files and folders given (data/ by
default), then replaces the quads of each source in the store. Nothing is
written when any file has a problem. Sources whose content did not change
since the last load are skipped; --prune removes the sources whose file is
gone. --repair removes the quads that loads of edits damaged in bolt and
leveldb stores before Bilat worked around cayleygraph/cayley#885: those
without a subject, predicate or object, and those without a label whose
triple is stored under a label too.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLoad(cmd.Context(), opts, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.store.bind(cmd)
	cmd.Flags().BoolVar(&opts.Prune, "prune", false, "remove the quads of stored sources that are not among the files")
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "print the totals only, no progress bar or per-source lines")
	cmd.Flags().BoolVar(&opts.Repair, "repair", false, "remove the quads damaged by earlier versions, as export reports them (reads every quad)")
	return cmd
}

func runLoad(ctx context.Context, opts loadOptions, paths []string, stdout, stderr io.Writer) error {
	if len(paths) == 0 {
		paths = []string{"data"}
	}
	// Every file is read and validated before the store is opened, so a bad
	// file among good ones writes nothing.
	files, err := schema.ReadFilesContext(ctx, paths...)
	if err != nil {
		return err
	}
	// The quads are mapped one source at a time as they are written, so
	// memory holds the records and one batch, not the corpus's quads.
	m := schema.NewMapper(files)
	labels := m.Labels()
	// Parsing leaves the heap at about twice the records' size; hand that
	// back before the store's file is mapped, or the peak is both together.
	debug.FreeOSMemory()
	// During the writes most of the heap is Cayley's transaction state, short
	// lived: a tighter GC target cut peak RSS at 1M quads on bolt from about
	// 580 to 510 MiB for about 2% more time. GOGC, when set, wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(60)
	}
	s, err := opts.store.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()

	lopts := graph.LoadOptions{Prune: opts.Prune, Repair: opts.Repair, Origin: originOf(paths), Waiting: waitingFor(stderr), Merged: m.Merged()}
	if !opts.Quiet && isTerminal(stdout) && isTerminal(stderr) {
		bar := progressbar.NewOptions(len(labels),
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Close()
		lopts.Progress = func(u graph.UnitReport) {
			if !u.Pruned {
				bar.Add(1)
			}
		}
	}
	rep, err := s.LoadSeq(ctx, labels, m.Consume(), lopts)
	if err != nil {
		return err
	}
	unfinished, err := s.UnfinishedLoads(ctx)
	if err != nil {
		return err
	}
	tellUnfinished(stderr, unfinished)
	if err := s.Close(); err != nil {
		return err
	}
	if !opts.Quiet {
		printUnits(stdout, rep.Units)
	}
	if opts.Repair {
		fmt.Fprintf(stdout, "repair: %d damaged quads removed\n", rep.Repaired)
	}
	fmt.Fprintf(stdout, "%d sources: %d loaded, %d unchanged, %d pruned; %d quads added, %d removed\n",
		len(rep.Units), rep.Loaded, rep.Skipped, rep.Pruned, rep.Added, rep.Removed)
	return nil
}

// waitingFor tells stderr that a load waits for another one to end.
func waitingFor(stderr io.Writer) func() {
	return func() { fmt.Fprintln(stderr, "bilat: another load is writing to this store; waiting for it to end") }
}

// printUnits writes one aligned line per unit: what happened, the quads
// added and removed, and the source's id.
func printUnits(w io.Writer, units []graph.UnitReport) {
	fmt.Fprintf(w, "%-9s  %7s  %7s  %s\n", "status", "added", "removed", "source")
	for _, u := range units {
		status := "loaded"
		switch {
		case u.Pruned:
			status = "pruned"
		case u.Skipped:
			status = "unchanged"
		}
		fmt.Fprintf(w, "%-9s  %7d  %7d  %s\n", status, u.Added, u.Removed, sourceID(u.Label))
	}
}

// sourceID is a source label without the namespace every label shares;
// the entity files' label reads "curation".
func sourceID(label fmt.Stringer) string {
	s := strings.Trim(label.String(), "<>")
	if s == string(schema.CurationLabel) {
		return schema.CurationID
	}
	return strings.TrimPrefix(s, schema.IDNS+schema.KindSource+"/")
}

// isTerminal reports whether w is a terminal, so that progress is drawn
// only for a person watching.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
