package graph_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
)

// testLegacyCurationLabel: a store loaded before the entity files' label
// left the source namespace holds them under schema.LegacyCurationLabel; the
// next load writes them under today's label and removes the old one, so the
// store ends as a clean load, with or without --prune.
func testLegacyCurationLabel(t *testing.T, fresh freshFunc) {
	for _, prune := range []bool{false, true} {
		s := openT(t, fresh(t))
		old := schema.Units(fixture())
		legacy := 0
		for i, u := range old {
			if u.Label != schema.CurationLabel {
				continue
			}
			u.Label = schema.LegacyCurationLabel
			u.Quads = append([]quad.Quad(nil), u.Quads...)
			for j := range u.Quads {
				u.Quads[j].Label = schema.LegacyCurationLabel
			}
			old[i] = u
			legacy = len(u.Quads) + 1 // and its content hash
		}
		if legacy == 0 {
			t.Fatal("the fixture has no entity files")
		}
		loadT(t, s, old, graph.LoadOptions{})

		rep := loadT(t, s, schema.Units(fixture()), graph.LoadOptions{Prune: prune})
		if rep.Loaded != 1 || rep.Skipped != 2 || rep.Pruned != 1 || rep.Removed != legacy {
			t.Errorf("prune %v: load over a legacy store: %+v; want 1 loaded, 2 unchanged, 1 pruned, %d removed", prune, rep, legacy)
		}
		if last := rep.Units[len(rep.Units)-1]; last.Label != schema.LegacyCurationLabel || !last.Pruned {
			t.Errorf("prune %v: last unit %+v, want the legacy label pruned", prune, last)
		}
		clean := openT(t, fresh(t))
		loadT(t, clean, schema.Units(fixture()), graph.LoadOptions{})
		diffLines(t, "store after loading over a legacy store vs clean load", dump(t, s), dump(t, clean))
		if rep := loadT(t, s, schema.Units(fixture()), graph.LoadOptions{Prune: true}); rep.Skipped != 3 || rep.Pruned != 0 || rep.Removed != 0 {
			t.Errorf("prune %v: the load after: %+v", prune, rep)
		}
	}
}

// testUnitGivenTwice: two units under one label are refused before any
// write, naming the files of both.
func testUnitGivenTwice(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	units := schema.Units(fixture())
	twin := units[1]
	twin.Files = []string{"sources/copy.yaml"}
	units = append(units, twin)
	_, err := s.Load(context.Background(), units, graph.LoadOptions{})
	want := `unit "https://bilat.dev/id/source/a" given twice: from a.yaml and from sources/copy.yaml`
	if err == nil || err.Error() != want {
		t.Errorf("load of a unit given twice: %v, want %s", err, want)
	}
	if got := dump(t, s); len(got) != 0 {
		t.Errorf("the refused load wrote %d quads", len(got))
	}
}
