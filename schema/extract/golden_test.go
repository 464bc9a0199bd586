package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/extract/article"
)

var update = flag.Bool("update", false, "rewrite the golden drafts in testdata/reports")

// TestGoldenDrafts drafts reports of our own (testdata/reports/DATE-*.txt, in
// the shapes of news the corpus does not hold: MFA releases, calls, SCO
// sidelines, credentials) against data/, compares each draft with its
// .golden file, and validates it with data/. -update rewrites the files.
func TestGoldenDrafts(t *testing.T) {
	files, err := schema.ReadFiles("../../data")
	if err != nil {
		t.Fatal(err)
	}
	g := NewGazetteer(files)
	paths, err := filepath.Glob("testdata/reports/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no reports: %v", err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, err := article.Parse(p, data, "text/plain")
			if err != nil {
				t.Fatal(err)
			}
			// The name starts with the publication date.
			dr, err := Extract(Report{Source: p, Title: a.Title, Text: a.Text, URL: "https://example.org/" + name, Publisher: "Test Wire", Published: name[:10]}, g)
			if err != nil {
				t.Fatal(err)
			}
			got := string(dr.EntitiesYAML()) + "---\n" + string(dr.YAML())
			golden := strings.TrimSuffix(p, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("draft differs from %s (rerun with -update after checking):\n%s", golden, got)
			}
			all := append([]*schema.File{}, files...)
			all = append(all, dr.Source)
			if dr.Entities != nil {
				all = append(all, dr.Entities)
			}
			if err := schema.Validate(all); err != nil {
				t.Errorf("draft does not validate with data/: %v", err)
			}
		})
	}
}
