package graph_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n%s", name, got)
	}
}

func testExport(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	for _, f := range graph.ExportFormats() {
		for _, view := range []string{graph.ViewNetwork, graph.ViewRDF} {
			opts := graph.ExportOptions{Format: f, View: view}
			if f == graph.FormatCSV || opts.Check() != nil {
				continue // csv: TestExportNetwork
			}
			var a, b bytes.Buffer
			if err := s.Export(context.Background(), &a, opts); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if err := s.Export(context.Background(), &b, opts); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %s: two exports differ", f, view)
			}
			name := "fixture." + f
			if view != graph.DefaultView(f) {
				name = "fixture." + view + "." + f
			}
			golden(t, name, a.Bytes())
		}
	}
	if err := s.Export(context.Background(), &bytes.Buffer{}, graph.ExportOptions{Format: "turtle"}); err == nil ||
		err.Error() != `unknown export format "turtle" (want one of nquads, jsonld, gexf, graphml, gml, csv, dot)` {
		t.Errorf("unknown format: %v", err)
	}
}

func testStats(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	empty, err := s.Stats(context.Background())
	if err != nil || empty[0] != (graph.Count{Name: "quads", N: 0}) {
		t.Fatalf("stats of an empty store: %v, %v", empty, err)
	}
	units := schema.Units(fixture())
	loadT(t, s, units, graph.LoadOptions{})
	got, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, u := range units {
		total += len(u.Quads) + 1
	}
	want := []graph.Count{
		{"quads", int64(total)}, {"sources", 2}, {"countries", 2}, {"places", 1}, {"people", 2},
		{"organizations", 0}, {"groups", 0}, {"posts", 0}, {"visits", 0}, {"events", 1}, {"met-pairs", 1},
		{"tenures", 0}, {"documents", 0}, {"relations", 0},
	}
	if len(got) != len(want) {
		t.Fatalf("stats: %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("stats[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}
