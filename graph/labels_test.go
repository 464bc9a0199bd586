package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
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

// testUnfinishedLoad: a load that stops after some of its writes leaves its
// origin listed as unfinished; a load of another origin leaves the mark, and
// one of the same origin that ends takes it away, leaving a clean load's
// quads only.
func testUnfinishedLoad(t *testing.T, fresh freshFunc) {
	ctx := context.Background()
	s := openT(t, fresh(t))
	units := graphtest.SynthUnits(3, 30, 1)
	unfinished := func(want ...string) {
		t.Helper()
		got, err := s.UnfinishedLoads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("unfinished loads %q, want %q", got, want)
		}
	}
	unfinished()

	// The third unit is bad, which LoadSeq finds as it goes: the first is
	// written (a transaction of its own), the second is dropped with the
	// third.
	loadSeq := func(units []schema.Unit, opts graph.LoadOptions) error {
		var labels []quad.IRI
		for _, u := range units {
			labels = append(labels, u.Label)
		}
		_, err := s.LoadSeq(ctx, labels, slices.Values(units), opts)
		return err
	}
	bad := slices.Clone(units)
	bad[2].Quads = append(slices.Clone(bad[2].Quads), quad.MakeIRI("x:s", "x:p", "x:o", "x:other"))
	err := loadSeq(bad, graph.LoadOptions{Origin: "/corpus", BatchQuads: 1})
	if err == nil {
		t.Fatal("the load of a bad unit succeeded")
	}
	unfinished("/corpus")
	marker := quad.Quad{Subject: graph.LoadLabel, Predicate: graph.UnfinishedLoad, Object: quad.String("/corpus"), Label: graph.LoadLabel}
	if d := dump(t, s); !slices.Contains(d, marker.NQuad()) {
		t.Errorf("the dump lacks %s", marker.NQuad())
	}

	// Another origin, loaded whole, does not finish /corpus.
	rep := loadT(t, s, units[:1], graph.LoadOptions{Origin: "/one"})
	if rep.Skipped != 1 {
		t.Errorf("load of /one: %+v, want the unit unchanged", rep)
	}
	other := schema.Unit{Label: schema.IRI(schema.KindSource, "other"), Quads: []quad.Quad{
		{Subject: schema.IRI(schema.KindSource, "other"), Predicate: schema.Type, Object: schema.ClassArticle, Label: schema.IRI(schema.KindSource, "other")},
	}}
	loadT(t, s, []schema.Unit{other}, graph.LoadOptions{Origin: "/other"})
	unfinished("/corpus")

	// /corpus again, whole: it ends, and the mark goes with it.
	rep = loadT(t, s, units, graph.LoadOptions{Origin: "/corpus", Prune: true})
	if rep.Loaded != 2 || rep.Skipped != 1 || rep.Pruned != 1 {
		t.Errorf("load of /corpus again: %+v, want 2 loaded, 1 unchanged, 1 pruned", rep)
	}
	unfinished()
	clean := openT(t, fresh(t))
	loadT(t, clean, units, graph.LoadOptions{})
	diffLines(t, "store after the unfinished load was finished vs clean load", dump(t, s), dump(t, clean))

	// A load that ends with nothing to write clears its mark too, as when a
	// load was killed after its last write and before the mark went.
	if err := loadSeq(bad, graph.LoadOptions{Origin: "/corpus", BatchQuads: 1}); err == nil {
		t.Fatal("the load of a bad unit succeeded")
	}
	unfinished()
	edit := func(u schema.Unit) schema.Unit {
		u.Quads = append(slices.Clone(u.Quads), quad.Quad{Subject: u.Label, Predicate: schema.Note, Object: quad.String("edited"), Label: u.Label})
		return u
	}
	bad2 := []schema.Unit{edit(units[0]), edit(units[1]), bad[2]}
	if err := loadSeq(bad2, graph.LoadOptions{Origin: "/corpus", BatchQuads: 1}); err == nil {
		t.Fatal("the load of a bad unit succeeded")
	}
	unfinished("/corpus")
	// What the store holds now: the first unit edited, the others not.
	rep = loadT(t, s, []schema.Unit{bad2[0], units[1], units[2]}, graph.LoadOptions{Origin: "/corpus"})
	if rep.Loaded != 0 || rep.Skipped != 3 {
		t.Errorf("load with nothing left to write: %+v", rep)
	}
	unfinished()

	// A unit may not take the loads' label.
	_, err = s.Load(ctx, []schema.Unit{{Label: graph.LoadLabel}}, graph.LoadOptions{})
	if want := `unit "https://bilat.dev/ns/load": the label is Bilat's own, for its loads`; err == nil || err.Error() != want {
		t.Errorf("a unit labelled %s: %v, want %s", graph.LoadLabel, err, want)
	}
}
