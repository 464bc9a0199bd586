package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/schema"
)

// karachiTopics are the two topics the edit removes.
var karachiTopics = []string{"return to their historical homeland", "lack of identity documents"}

// removeTopics removes karachiTopics from the Karachi report in a copy of data/.
func removeTopics(t *testing.T, dir string) {
	t.Helper()
	path := filepath.Join(dir, "sources", "2021-10-15-kistafin-karachi.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, topic := range karachiTopics {
		line := "      - " + topic + "\n"
		if strings.Count(text, line) != 1 {
			t.Fatalf("%s: no single topic line %q", path, line)
		}
		text = strings.Replace(text, line, "", 1)
	}
	writeFile(t, path, text)
}

// TestReloadAfterRemovingTopics is the edit that once corrupted bolt files
// for good: two topics removed from one report, so the load removes more
// quads than it adds. After it, every export format works and export and
// stats agree with a clean load of the edited data.
func TestReloadAfterRemovingTopics(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--db", "bolt", "--dbpath", db, dir)

	removeTopics(t, dir)

	n := len(seedUnits(t))
	out := mustBilat(t, "load", "--db", "bolt", "--dbpath", db, dir)
	if want := fmt.Sprintf("%d sources: 1 loaded, %d unchanged, 0 pruned; 1 quads added, 3 removed\n", n, n-1); !strings.HasSuffix(out, want) {
		t.Errorf("load of the edit printed:\n%s\nwant it to end with %q", out, want)
	}

	clean := filepath.Join(t.TempDir(), "clean.db")
	mustBilat(t, "load", "-q", "--db", "bolt", "--dbpath", clean, dir)
	for _, f := range graph.ExportFormats() {
		if f == graph.FormatCSV {
			// Two files into a directory: compared file by file.
			a, b := t.TempDir(), t.TempDir()
			mustBilat(t, "export", "--format", f, "-o", a, "--db", "bolt", "--dbpath", clean)
			mustBilat(t, "export", "--format", f, "-o", b, "--db", "bolt", "--dbpath", db)
			for _, name := range []string{"nodes.csv", "edges.csv"} {
				want, _ := os.ReadFile(filepath.Join(a, name))
				got, _ := os.ReadFile(filepath.Join(b, name))
				if len(want) == 0 || string(got) != string(want) {
					t.Errorf("export --format csv after the edit: %s differs from a clean load's", name)
				}
			}
			continue
		}
		want := mustBilat(t, "export", "--format", f, "--db", "bolt", "--dbpath", clean)
		code, got, errOut := bilat(t, "export", "--format", f, "--db", "bolt", "--dbpath", db)
		if code != 0 || got != want {
			t.Errorf("export --format %s after the edit: exit %d, %s; equal to a clean load's: %v", f, code, errOut, got == want)
		}
	}
	stats := mustBilat(t, "stats", "--db", "bolt", "--dbpath", clean)
	if got := mustBilat(t, "stats", "--db", "bolt", "--dbpath", db); got != stats {
		t.Errorf("stats after the edit:\n%s\nclean load:\n%s", got, stats)
	}
	// The edited source's content hash was stored whole, so a load again
	// skips it (a hash stored without its subject made every load add one
	// more quad).
	out = mustBilat(t, "load", "-q", "--db", "bolt", "--dbpath", db, dir)
	if want := fmt.Sprintf("%d sources: 0 loaded, %d unchanged, 0 pruned; 0 quads added, 0 removed\n", n, n); out != want {
		t.Errorf("load after the edit printed %q, want %q", out, want)
	}
	if got := mustBilat(t, "stats", "--db", "bolt", "--dbpath", db); got != stats {
		t.Errorf("stats after loading again:\n%s\nclean load:\n%s", got, stats)
	}
}

// TestRepairDamagedStore damages a bolt file as loads before the fix did
// (the edit's changes in one Cayley call: the new content hash stored
// without its subject and label), then checks that export says so and that
// load --repair leaves what a clean load gives.
func TestRepairDamagedStore(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, dir)

	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: db})
	if err != nil {
		t.Fatal(err)
	}
	label := schema.IRI(schema.KindSource, "pen-2021-10-15-kistafin-karachi")
	qs, err := s.Quads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var deltas []cgraph.Delta
	for _, q := range qs {
		topic := q.Predicate == schema.Topic && slices.Contains(karachiTopics, fmt.Sprint(q.Object.Native()))
		if q.Label == label && (topic || q.Predicate == graph.ContentHash) {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	if len(deltas) != 3 {
		t.Fatalf("found %d of the 3 quads the edit removes", len(deltas))
	}
	hash := quad.Quad{Subject: label, Predicate: graph.ContentHash, Object: quad.String("sha256:older-bilat"), Label: label}
	deltas = append(deltas, cgraph.Delta{Quad: hash, Action: cgraph.Add})
	if err := s.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := bilat(t, "export", "--dbpath", db)
	want := `bilat: the store holds quads that lack a term: 1, such as ? <https://bilat.dev/ns/contentHash> "sha256:older-bilat" ?; bilat load --repair removes them` + "\n"
	if code != 1 || out != "" || errOut != want {
		t.Errorf("export of the damaged store: exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errOut, want)
	}
	removeTopics(t, dir)
	n := len(seedUnits(t))
	out = mustBilat(t, "load", "-q", "--repair", "--dbpath", db, dir)
	if want := fmt.Sprintf("repair: 1 damaged quads removed\n%d sources: 1 loaded, %d unchanged, 0 pruned; 1 quads added, 0 removed\n", n, n-1); out != want {
		t.Errorf("load --repair printed %q, want %q", out, want)
	}
	clean := filepath.Join(t.TempDir(), "clean.db")
	mustBilat(t, "load", "-q", "--dbpath", clean, dir)
	if got, want := mustBilat(t, "export", "--dbpath", db), mustBilat(t, "export", "--dbpath", clean); got != want {
		t.Errorf("export after repair differs from a clean load's")
	}
	if got, want := mustBilat(t, "stats", "--dbpath", db), mustBilat(t, "stats", "--dbpath", clean); got != want {
		t.Errorf("stats after repair:\n%s\nclean load:\n%s", got, want)
	}
}
