package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeBlock returns the README's one code block fenced as lang.
func readmeBlock(t *testing.T, lang string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?ms)^```"+lang+"\n(.*?)^```\n").FindAllStringSubmatch(string(data), -1)
	if len(m) != 1 {
		t.Fatalf("README.md has %d ```%s blocks, want 1", len(m), lang)
	}
	return m[0][1]
}

// tool finds the first of the commands that runs check (exit 0). None is a
// skip, or a failure under CI=true, where .ci/run installs them.
func tool(t *testing.T, pkg string, candidates [][]string) []string {
	t.Helper()
	for _, c := range candidates {
		if exec.Command(c[0], c[1:]...).Run() == nil {
			return c[:1]
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is needed under CI=true (Debian package %s)", candidates[0][0], pkg)
	}
	t.Skipf("no %s (install Debian's %s)", candidates[0][0], pkg)
	return nil
}

// TestREADMESnippets runs the README's pandas and R snippets on the CSV of
// who-met-whom on the seed data: both print the events per year that the
// CSV itself gives.
func TestREADMESnippets(t *testing.T) {
	dir := t.TempDir()
	out := mustBilat(t, "query", "who-met-whom", "--format", "csv", "--db", "memory", "--data", "../../data")
	if err := os.WriteFile(filepath.Join(dir, "met.csv"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]map[string]bool{}
	for _, r := range recs[1:] {
		event, start := r[slices.Index(recs[0], "event")], r[slices.Index(recs[0], "start")]
		if start == "" {
			continue
		}
		if events[start[:4]] == nil {
			events[start[:4]] = map[string]bool{}
		}
		events[start[:4]][event] = true
	}
	var years []string
	for y := range events {
		years = append(years, y)
	}
	slices.Sort(years)
	var want strings.Builder
	for _, y := range years {
		fmt.Fprintf(&want, "%s %d\n", y, len(events[y]))
	}
	if len(years) < 3 {
		t.Fatalf("the seed's meetings span %d years; the test needs more", len(years))
	}

	for _, tc := range []struct {
		name, pkg, lang, file string
		candidates            [][]string
	}{
		{"pandas", "python3-pandas", "python", "snippet.py", [][]string{{"python3", "-c", "import pandas"}, {"/usr/bin/python3", "-c", "import pandas"}}},
		{"R", "r-base-core", "r", "snippet.R", [][]string{{"Rscript", "-e", "invisible(0)"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := tool(t, tc.pkg, tc.candidates)
			if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(readmeBlock(t, tc.lang)), 0o644); err != nil {
				t.Fatal(err)
			}
			run := exec.Command(cmd[0], tc.file)
			run.Dir = dir
			got, err := run.CombinedOutput()
			if err != nil || string(got) != want.String() {
				t.Errorf("%s snippet: %v\n%s\nwant\n%s", tc.name, err, got, want.String())
			}
		})
	}
}
