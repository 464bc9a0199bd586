package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/schema/extract"
)

// Floors of `bilat eval`: a regression guard set a little below what the
// extractor reaches on the development corpus (README, "Drafts from
// reports").
const (
	floorMetF1    = 0.92
	floorPeopleF1 = 0.95
)

// evalOptions are the flags of `bilat eval`.
type evalOptions struct {
	data              string
	dump              string
	format            string
	floorMet, floorPe float64
}

func newEvalCmd() *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval CORPUS",
		Short: "Score the extractor's drafts against a corpus's gold, leaving each report out of the records",
		Long: `Eval drafts every article of CORPUS (articles/NNN.txt, gold/NNN.json,
index.csv) as bilat extract would, with the records of --data minus that
report's own source and minus every entity and alias no other report states
(leave one out), and scores the drafts against the gold: precision, recall
and F1 for people, organizations, places, events (type and date at the
gold's precision), tenures and met pairs; event dates; planned contacts
counted as met; and the lines a curator changes to turn the draft into the
curated source file. It exits with status 1 when met-pair F1 or people F1
falls below its floor.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), opts, args[0], cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.data, "data", "data", "curated records (the gazetteer, left one out per report)")
	f.StringVar(&opts.dump, "drafts", "", "also write each draft to this folder (NNN.yaml, NNN.entities.yaml), to read them")
	f.StringVar(&opts.format, "format", "table", "output format: table or json")
	f.Float64Var(&opts.floorMet, "floor-met", floorMetF1, "lowest met-pair F1 accepted")
	f.Float64Var(&opts.floorPe, "floor-people", floorPeopleF1, "lowest people F1 accepted")
	return cmd
}

func runEval(_ context.Context, opts evalOptions, corpus string, stdout io.Writer) error {
	if opts.format != "table" && opts.format != "json" {
		return usageErrorf("unknown format %q for --format (want table or json)", opts.format)
	}
	rep, err := extract.Evaluate(corpus, opts.data)
	if err != nil {
		return err
	}
	if opts.dump != "" {
		if err := os.MkdirAll(opts.dump, 0o755); err != nil {
			return err
		}
		for _, a := range rep.Articles {
			if err := os.WriteFile(filepath.Join(opts.dump, a.ID+".yaml"), []byte(a.DraftYAML), 0o644); err != nil {
				return err
			}
			if a.EntitiesYAML != "" {
				if err := os.WriteFile(filepath.Join(opts.dump, a.ID+".entities.yaml"), []byte(a.EntitiesYAML), 0o644); err != nil {
					return err
				}
			}
		}
	}
	if opts.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printEval(stdout, rep)
	}
	t := rep.Total
	if t.Met.F1() < opts.floorMet || t.People.F1() < opts.floorPe {
		return fmt.Errorf("below the floor: met-pair F1 %.3f (floor %.2f), people F1 %.3f (floor %.2f)", t.Met.F1(), opts.floorMet, t.People.F1(), opts.floorPe)
	}
	return nil
}

func printEval(w io.Writer, rep *extract.EvalReport) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "report\tpeople F1\torgs F1\tplaces F1\tevents F1\tdates\ttenures F1\tmet P\tmet R\tmet F1\ttopics F1\tplanned as met\tcurator changes\tms\t")
	row := func(s extract.ArticleScore) {
		changes := "-"
		if s.DraftLines > 0 {
			changes = fmt.Sprintf("%d/%d (%.0f%%)", s.Changes, s.DraftLines, 100*float64(s.Changes)/float64(s.DraftLines))
		}
		// A gold file that lists no topics says nothing of the draft's.
		topics := "-"
		if s.Subjects.Gold > 0 {
			topics = fmt.Sprintf("%.2f", s.Subjects.F1())
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%d/%d\t%.2f\t%.2f\t%.2f\t%.2f\t%s\t%d\t%s\t%.1f\t\n", s.ID,
			s.People.F1(), s.Organizations.F1(), s.Places.F1(), s.Events.F1(), s.Dates.TP, s.Dates.Gold,
			s.Tenures.F1(), s.Met.P(), s.Met.R(), s.Met.F1(), topics, s.PlannedAsMet, changes, float64(s.Extraction.Microseconds())/1000)
	}
	for _, s := range rep.Articles {
		row(s)
	}
	row(rep.Total)
	tw.Flush()
	t := rep.Total
	fmt.Fprintf(w, "\npeople P %.3f R %.3f F1 %.3f | orgs F1 %.3f | places F1 %.3f | events P %.3f R %.3f F1 %.3f\n",
		t.People.P(), t.People.R(), t.People.F1(), t.Organizations.F1(), t.Places.F1(), t.Events.P(), t.Events.R(), t.Events.F1())
	fmt.Fprintf(w, "event dates %.3f (%d/%d) | tenures P %.3f R %.3f F1 %.3f | met pairs P %.3f R %.3f F1 %.3f | planned as met %d\n",
		t.Dates.R(), t.Dates.TP, t.Dates.Gold, t.Tenures.P(), t.Tenures.R(), t.Tenures.F1(), t.Met.P(), t.Met.R(), t.Met.F1(), t.PlannedAsMet)
	if t.Subjects.Gold > 0 {
		fmt.Fprintf(w, "topics and outcomes P %.3f R %.3f F1 %.3f (%d of %d gold items)\n", t.Subjects.P(), t.Subjects.R(), t.Subjects.F1(), t.Subjects.TP, t.Subjects.Gold)
	}
	if t.DraftLines > 0 {
		fmt.Fprintf(w, "curator changes %d of %d draft lines (%.0f%%; curated files %d lines) | extraction mean %.1f ms, max %.1f ms\n",
			t.Changes, t.DraftLines, 100*float64(t.Changes)/float64(t.DraftLines), t.CuratedLines,
			float64(t.Extraction.Microseconds())/1000/float64(len(rep.Articles)), float64(rep.MaxTime.Microseconds())/1000)
	}
}
