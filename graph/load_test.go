package graph_test

import (
	"context"
	"iter"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
)

// TestLoadSeqIsLazy proves that LoadSeq writes as it maps: with one unit per
// batch, the first batch is committed once the second unit is asked for and
// before the mapping runs more than two batches ahead (one queued, one
// waiting to be), not after the whole corpus was mapped; and the store ends
// as a slice Load's.
func TestLoadSeqIsLazy(t *testing.T) {
	files := seedFiles(t)
	m := schema.NewMapper(files)
	labels := m.Labels()
	if len(labels) < 3 {
		t.Fatalf("seed data has %d units; the test needs 3 or more", len(labels))
	}
	// The units are mapped on a goroutine of LoadSeq's own.
	var produced atomic.Int64
	atFirstCommit := int64(-1)
	counted := func(yield func(schema.Unit) bool) {
		for u := range m.All() {
			produced.Add(1)
			if !yield(u) {
				return
			}
		}
	}
	s := openT(t, graph.Config{Backend: graph.Memory})
	rep, err := s.LoadSeq(context.Background(), labels, counted, graph.LoadOptions{
		BatchQuads: 1,
		Progress: func(graph.UnitReport) {
			if atFirstCommit < 0 {
				atFirstCommit = produced.Load()
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if atFirstCommit < 2 || atFirstCommit > 4 || produced.Load() != int64(len(labels)) || rep.Loaded != len(labels) {
		t.Errorf("units mapped at the first commit: %d, in all: %d, loaded: %d; want 2 to 4, %d, %d",
			atFirstCommit, produced.Load(), rep.Loaded, len(labels), len(labels))
	}
	want := openT(t, graph.Config{Backend: graph.Memory})
	loadT(t, want, schema.Units(files), graph.LoadOptions{})
	diffLines(t, "store after LoadSeq", dump(t, s), dump(t, want))
}

// TestLoadSeqErrors covers a sequence that disagrees with its labels: the
// load stops before the offending unit's batch is written.
func TestLoadSeqErrors(t *testing.T) {
	files := seedFiles(t)
	units := schema.Units(files)
	labels := schema.NewMapper(files).Labels()
	foreign := slices.Clone(units)
	foreign[1].Quads = append(slices.Clone(foreign[1].Quads), quad.MakeIRI("x:s", "x:p", "x:o", "x:other"))
	tests := []struct {
		name   string
		labels []quad.IRI
		units  iter.Seq[schema.Unit]
		err    string
	}{
		{"duplicate label", append(slices.Clone(labels), labels[0]), slices.Values(units), "given twice"},
		{"out of order", labels, slices.Values(append([]schema.Unit{units[1], units[0]}, units[2:]...)), "where"},
		{"too few", labels, slices.Values(units[:len(units)-1]), "units ended after"},
		{"too many", labels[:len(labels)-1], slices.Values(units), "more units than"},
		{"foreign quad", labels, slices.Values(foreign), "carries another label"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openT(t, graph.Config{Backend: graph.Memory})
			_, err := s.LoadSeq(context.Background(), tc.labels, tc.units, graph.LoadOptions{BatchQuads: 1})
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("error %v; want one containing %q", err, tc.err)
			}
			// At most the units before the offending one were committed.
			for _, line := range dump(t, s) {
				if strings.Contains(line, "x:other") {
					t.Errorf("a refused unit was written: %s", line)
				}
			}
		})
	}
}
