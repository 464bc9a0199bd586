package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
)

// TestReloadAfterRemovingTopics is the edit that once corrupted bolt files
// for good: two topics removed from one report, so the load removes more
// quads than it adds. After it, every export format works and export and
// stats agree with a clean load of the edited data.
func TestReloadAfterRemovingTopics(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--db", "bolt", "--dbpath", db, dir)

	path := filepath.Join(dir, "sources", "2021-10-15-kistafin-karachi.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, topic := range []string{"return to their historical homeland", "lack of identity documents"} {
		line := "      - " + topic + "\n"
		if strings.Count(text, line) != 1 {
			t.Fatalf("%s: no single topic line %q", path, line)
		}
		text = strings.Replace(text, line, "", 1)
	}
	writeFile(t, path, text)

	n := len(seedUnits(t))
	out := mustBilat(t, "load", "--db", "bolt", "--dbpath", db, dir)
	if want := fmt.Sprintf("%d sources: 1 loaded, %d unchanged, 0 pruned; 1 quads added, 3 removed\n", n, n-1); !strings.HasSuffix(out, want) {
		t.Errorf("load of the edit printed:\n%s\nwant it to end with %q", out, want)
	}

	clean := filepath.Join(t.TempDir(), "clean.db")
	mustBilat(t, "load", "-q", "--db", "bolt", "--dbpath", clean, dir)
	for _, f := range graph.ExportFormats() {
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
