package graph_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

// statsBackends are the store suite's backends and leveldb.
func statsBackends() []graphtest.Backend {
	return append(graphtest.Backends(), graphtest.Backend{Name: graph.LevelDB, Fresh: func(t testing.TB) graph.Config {
		return graph.Config{Backend: graph.LevelDB, Path: filepath.Join(t.TempDir(), "ldb")}
	}})
}

// queryPairs counts the distinct pairs of names among the rows of the
// unfiltered who-met-whom query.
func queryPairs(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	q, err := queries.Lookup("who-met-whom")
	if err != nil {
		t.Fatal(err)
	}
	res, err := queries.Run(context.Background(), s.QuadStore(), q, nil)
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[[2]string]bool{}
	for _, r := range res.Rows {
		ab := [2]string{queries.Text(r["a"]), queries.Text(r["b"])}
		if ab[1] < ab[0] {
			ab[0], ab[1] = ab[1], ab[0]
		}
		pairs[ab] = true
	}
	return int64(len(pairs))
}

// TestStatsAgree loads one synthetic corpus (people, organizations, groups,
// visits, planned and restated events, participations that say whom a party
// represented) into every backend: Stats must give the same counts on each,
// and met-pairs the number of pairs the who-met-whom query finds.
func TestStatsAgree(t *testing.T) {
	var files []*schema.File
	if _, err := synth.Generate(synth.Config{Seed: 7, Events: 250}, func(f synth.File) error {
		files = append(files, f.Record)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// The query's rows name people; a namesake takes its id so that pairs
	// of names are pairs of people.
	names := map[string]bool{}
	for _, f := range files {
		for i := range f.People {
			if p := &f.People[i]; names[p.Name] {
				p.Name += " " + p.ID
			}
			names[f.People[i].Name] = true
		}
	}
	if err := schema.Validate(files); err != nil {
		t.Fatal(err)
	}
	units := schema.Units(files)
	// Then every third report is pruned: the removed quads stay in a
	// key-value store's log, marked deleted, and must not count.
	var kept []schema.Unit
	for i, u := range units {
		if u.Label == schema.CurationLabel || i%3 != 0 {
			kept = append(kept, u)
		}
	}
	stats := func(t *testing.T, s *graph.Store) []graph.Count {
		t.Helper()
		got, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	var want, wantKept []graph.Count
	for _, b := range statsBackends() {
		t.Run(b.Name, func(t *testing.T) {
			s := openT(t, b.Fresh(t))
			loadT(t, s, units, graph.LoadOptions{})
			got := stats(t, s)
			loadT(t, s, kept, graph.LoadOptions{Prune: true})
			gotKept := stats(t, s)
			if want == nil {
				want, wantKept = got, gotKept
				i := slices.IndexFunc(got, func(c graph.Count) bool { return c.Name == "met-pairs" })
				if i < 0 || got[i].N < 100 || gotKept[i].N >= got[i].N {
					t.Fatalf("stats: %v, after pruning %v; want met-pairs, more than 100 of them, fewer after", got, gotKept)
				}
				if n := queryPairs(t, s); gotKept[i].N != n {
					t.Errorf("met-pairs %d, who-met-whom's rows have %d pairs", gotKept[i].N, n)
				}
				clean := openT(t, b.Fresh(t))
				loadT(t, clean, kept, graph.LoadOptions{})
				if c := stats(t, clean); !slices.Equal(c, gotKept) {
					t.Errorf("stats after pruning:\n%v\nwant, as a clean load of the rest gives:\n%v", gotKept, c)
				}
				return
			}
			if !slices.Equal(got, want) {
				t.Errorf("stats on %s:\n%v\nwant (%s):\n%v", b.Name, got, statsBackends()[0].Name, want)
			}
			if !slices.Equal(gotKept, wantKept) {
				t.Errorf("stats on %s after pruning:\n%v\nwant (%s):\n%v", b.Name, gotKept, statsBackends()[0].Name, wantKept)
			}
		})
	}
}

// TestMetPairsRule checks the rule met-pairs counts by, on every backend:
// people on different sides of a held event, a pair once, namesakes apart.
func TestMetPairsRule(t *testing.T) {
	ref := func(id string) schema.Ref { return schema.Ref{ID: id} }
	entities := &schema.File{
		Path:      "entities.yaml",
		Countries: []schema.Country{{ID: "KZ", Name: "Kazakhstan"}, {ID: "PK", Name: "Pakistan"}},
		People: []schema.Person{
			{ID: "amb", Name: "An Ambassador", Nationality: ref("KZ")},
			{ID: "gov1", Name: "A Governor", Nationality: ref("PK")},
			{ID: "gov2", Name: "A Governor", Nationality: ref("PK")}, // a namesake
			{ID: "aide", Name: "An Aide", Nationality: ref("KZ")},
			{ID: "nobody", Name: "No Country"},
			{ID: "other", Name: "No Country Either"},
		},
	}
	type who struct{ id, role, represents string }
	event := func(id, status string, ps ...who) schema.Event {
		e := schema.Event{ID: id, Kind: "meeting", Status: status, Date: schema.Date{Value: "2021-10-15"}}
		for _, p := range ps {
			e.Participants = append(e.Participants, schema.Participant{Who: ref(p.id), Role: p.role, Represents: ref(p.represents)})
		}
		return e
	}
	source := func(id string, events ...schema.Event) *schema.File {
		return &schema.File{
			Path:   id + ".yaml",
			Source: &schema.Source{ID: id, URL: "https://example.org/" + id, Title: id, Published: schema.Date{Value: "2021-10-16"}},
			Events: events,
		}
	}
	files := []*schema.File{entities,
		source("a",
			// amb–gov1, gov1–aide, and amb–gov2 (gov2 is gov1's
			// namesake); amb and aide stand for one country: no pair,
			// though their roles differ.
			event("e1", "held", who{"gov1", "host", ""}, who{"amb", "guest", ""}, who{"aide", "attendee", ""}),
			event("e2", "background", who{"gov2", "host", ""}, who{"amb", "guest", ""}),
			// amb–gov1 again: still one pair.
			event("e3", "held", who{"amb", "host", ""}, who{"gov1", "guest", ""}),
			// Planned: no contact.
			event("e4", "planned", who{"aide", "host", ""}, who{"gov2", "guest", ""}),
			// nobody and other stand for no country: roles decide
			// (nobody–aide and aide–other met, nobody–other did not).
			event("e5", "held", who{"nobody", "host", ""}, who{"aide", "guest", ""}, who{"other", "host", ""}),
			// aide represents PK here: aide–gov2 stand for one country.
			event("e6", "held", who{"aide", "host", "PK"}, who{"gov2", "guest", ""}),
		),
		// A second report says aide represented KZ at e6: of the two, the
		// query takes the first in text order, KZ, so aide–gov2 met.
		source("b", event("e6", "held", who{"aide", "host", "KZ"}, who{"gov2", "guest", ""})),
	}
	if err := schema.Validate(files); err != nil {
		t.Fatal(err)
	}
	// amb–gov1, gov1–aide, amb–gov2, nobody–aide, aide–other, aide–gov2; by
	// name, as the query's rows give them, gov1 and gov2 are one.
	const want, wantNames = 6, 4
	for _, b := range statsBackends() {
		t.Run(b.Name, func(t *testing.T) {
			s := openT(t, b.Fresh(t))
			loadT(t, s, schema.Units(files), graph.LoadOptions{})
			got, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(got, func(c graph.Count) bool { return c.Name == "met-pairs" })
			if i < 0 || got[i].N != want {
				t.Errorf("stats: %v, want met-pairs %d", got, want)
			}
			if n := queryPairs(t, s); n != wantNames {
				t.Errorf("who-met-whom's rows: %d pairs of names, want %d", n, wantNames)
			}
		})
	}
}
