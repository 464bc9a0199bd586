// Package synth generates a synthetic corpus in Bilat's record format: entity
// files (countries, provinces and cities, people with their nationality,
// organizations of several kinds, posts whose holders change over time) and
// one source file per report (a visit of 1–6 events with 2–5 participants in
// host, guest and attendee roles, topics, outcomes, tenures attested on the
// day, some events stated by two reports under the same id, some planned
// visits). The same seed and size give byte-identical files, so benchmarks
// and bug reports can name a corpus by its two numbers.
//
// The countries are real (ids are ISO codes); everything inside them is
// invented. Output is streamed one report at a time, so generating a corpus
// of millions of quads needs memory for the entities only.
package synth

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bilat/bilat/schema"
)

// Config says which corpus to generate.
type Config struct {
	Seed uint64
	// Events is the number of distinct events; an event stated by two
	// reports counts once. About 30 quads per event: 1M quads take ~33k.
	Events int
}

// Summary counts what was generated and names parameters that exist in the
// corpus, for benchmarks and examples.
type Summary struct {
	Seed   uint64 `json:"seed"`
	Events int    `json:"events"`

	Files          int `json:"files"`
	Countries      int `json:"countries"`
	Places         int `json:"places"`
	People         int `json:"people"`
	Organizations  int `json:"organizations"`
	Posts          int `json:"posts"`
	Sources        int `json:"sources"`
	Visits         int `json:"visits"`
	PlannedVisits  int `json:"planned_visits"`
	RestatedEvents int `json:"restated_events"` // events a second report states too
	Tenures        int `json:"tenures"`         // tenure records, over all reports

	// BusiestPerson took part in the most held events (BusiestEvents).
	BusiestPerson string `json:"busiest_person"`
	BusiestEvents int    `json:"busiest_events"`
	// TypicalPerson took part in about as many held events as the median
	// person with at least two (TypicalEvents).
	TypicalPerson string `json:"typical_person"`
	TypicalEvents int    `json:"typical_events"`
	// PathFrom and PathTo are PathHops meetings apart: the shortest chain of
	// held events linking them, each sharing one person with the next, has
	// PathHops events. PathHops is 3 unless the corpus is too small.
	PathFrom string `json:"path_from"`
	PathTo   string `json:"path_to"`
	PathHops int    `json:"path_hops"`
	// Post has had the most holders named in reports (PostHolders).
	Post        string `json:"post"`
	PostHolders int    `json:"post_holders"`
	// Year has the most held visits (YearVisits).
	Year       string `json:"year"`
	YearVisits int    `json:"year_visits"`
}

// File is one generated record file; Path is relative to the corpus root,
// with forward slashes.
type File struct {
	Path   string
	Record *schema.File
}

// Generate builds the corpus and hands each file to emit as soon as it is
// complete: source files first (one per report), then the entity files. It
// stops at emit's first error.
func Generate(cfg Config, emit func(File) error) (Summary, error) {
	if cfg.Events < 1 {
		return Summary{}, fmt.Errorf("events %d: expected at least 1", cfg.Events)
	}
	g := newGen(cfg)
	return g.run(emit)
}

// SummaryFile is the name of the summary WriteDir writes next to the records
// (JSON; record readers only take *.yaml).
const SummaryFile = "synth.json"

// WriteDir generates the corpus into dir (created if missing) and writes the
// summary to dir/SummaryFile. Files already in dir are overwritten, others
// left alone.
func WriteDir(ctx context.Context, dir string, cfg Config) (Summary, error) {
	sum, err := Generate(cfg, func(f File) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return writeFile(filepath.Join(dir, filepath.FromSlash(f.Path)), f.Record)
	})
	if err != nil {
		return sum, err
	}
	b, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		return sum, err
	}
	return sum, os.WriteFile(filepath.Join(dir, SummaryFile), append(b, '\n'), 0o644)
}

// ReadSummary reads the summary WriteDir left in dir.
func ReadSummary(dir string) (Summary, error) {
	var s Summary
	b, err := os.ReadFile(filepath.Join(dir, SummaryFile))
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return s, fmt.Errorf("%s: %w", filepath.Join(dir, SummaryFile), err)
	}
	return s, nil
}

func writeFile(path string, rec *schema.File) (err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	w := bufio.NewWriter(f)
	if err := Encode(w, rec); err != nil {
		return err
	}
	return w.Flush()
}
