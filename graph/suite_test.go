package graph_test

import (
	"context"
	"errors"
	"io"
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
	"github.com/bilat/bilat/schema/synth"
)

// freshFunc returns the Config of an empty store of one backend.
type freshFunc func(t testing.TB) graph.Config

// TestStore runs the store suite over every backend.
func TestStore(t *testing.T) {
	for _, b := range graphtest.Backends() {
		t.Run(b.Name, func(t *testing.T) { testSuite(t, b.Fresh) })
	}
}

// testSuite is the one store suite every backend runs.
func testSuite(t *testing.T, fresh freshFunc) {
	tests := []struct {
		name string
		fn   func(t *testing.T, fresh freshFunc)
	}{
		{"LoadTwice", testLoadTwice},
		{"ReplaceOneSource", testReplaceOneSource},
		{"Prune", testPrune},
		{"SharedFactSurvives", testSharedFactSurvives},
		{"BadUnitWritesNothing", testBadUnitWritesNothing},
		{"SeedData", testSeedData},
		{"SeedBadFile", testSeedBadFile},
		{"Stats", testStats},
		{"Export", testExport},
		{"ReadPathsAgree", testReadPathsAgree},
		{"LegacyCurationLabel", testLegacyCurationLabel},
		{"UnitGivenTwice", testUnitGivenTwice},
		{"UnfinishedLoad", testUnfinishedLoad},
		{"RemoveOnly", testRemoveOnly},
		{"RemoveMoreThanAdd", testRemoveMoreThanAdd},
		{"ReplaceSharedValue", testReplaceSharedValue},
		{"EditCorpus", testEditCorpus},
		{"EditDerived", testEditDerived},
		{"PartialLoadMerged", testPartialLoadMerged},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, fresh) })
	}
}

func openT(t *testing.T, cfg graph.Config) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func loadT(t *testing.T, s *graph.Store, units []schema.Unit, opts graph.LoadOptions) graph.LoadReport {
	t.Helper()
	rep, err := s.Load(context.Background(), units, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// dump is the store's content as sorted N-Quads lines.
func dump(t *testing.T, s *graph.Store) []string {
	t.Helper()
	qs, err := s.Quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	return out
}

// byLabel splits a dump by the label each line ends with.
func byLabel(lines []string, label quad.IRI) (with, without []string) {
	suffix := " " + label.String() + " ."
	for _, l := range lines {
		if strings.HasSuffix(l, suffix) {
			with = append(with, l)
		} else {
			without = append(without, l)
		}
	}
	return with, without
}

func diffLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	gs, ws := map[string]bool{}, map[string]bool{}
	for _, l := range got {
		gs[l] = true
	}
	for _, l := range want {
		ws[l] = true
	}
	var b strings.Builder
	for _, l := range want {
		if !gs[l] {
			b.WriteString("\n- " + l)
		}
	}
	for _, l := range got {
		if !ws[l] {
			b.WriteString("\n+ " + l)
		}
	}
	t.Fatalf("%s differ (%d lines, want %d):%s", what, len(got), len(want), b.String())
}

// fixture is a small hand-built corpus: an entity file and two sources that
// both state the same meeting.
func fixture() []*schema.File {
	ref := func(id string) schema.Ref { return schema.Ref{ID: id} }
	entities := &schema.File{
		Path:      "entities.yaml",
		Countries: []schema.Country{{ID: "KZ", Name: "Kazakhstan"}, {ID: "PK", Name: "Pakistan"}},
		Places:    []schema.Place{{ID: "karachi", Name: "Karachi", Kind: "city", In: ref("PK")}},
		People: []schema.Person{
			{ID: "amb", Name: "An Ambassador", Nationality: ref("KZ")},
			{ID: "gov", Name: "A Governor", Nationality: ref("PK")},
		},
	}
	event := func(topic string) schema.Event {
		return schema.Event{
			ID: "meeting", Kind: "meeting", Title: "A meeting",
			Date:  schema.Date{Value: "2021-10-15"},
			Place: ref("karachi"),
			Participants: []schema.Participant{
				{Who: ref("gov"), Role: "host"},
				{Who: ref("amb"), Role: "guest"},
			},
			Topics:        []string{topic},
			SessionNumber: 3, // an integer value
		}
	}
	a := &schema.File{
		Path:   "a.yaml",
		Source: &schema.Source{ID: "a", URL: "https://example.org/a", Title: "Report A", Published: schema.Date{Value: "2021-10-15"}},
		Events: []schema.Event{event("trade")},
	}
	b := &schema.File{
		Path:   "b.yaml",
		Source: &schema.Source{ID: "b", URL: "https://example.org/b", Title: "Report B", Published: schema.Date{Value: "2021-10-16"}},
		Events: []schema.Event{event("trade")},
	}
	return []*schema.File{entities, a, b}
}

// fixtureQuad is a quad the fixture does not hold.
func fixtureQuad() quad.Quad {
	return quad.Quad{Subject: schema.IRI(schema.KindPerson, "amb"), Predicate: schema.Note, Object: quad.String("new"), Label: labelA}
}

var (
	labelA = schema.IRI(schema.KindSource, "a")
	labelB = schema.IRI(schema.KindSource, "b")
)

func testLoadTwice(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	units := schema.Units(fixture())
	first := loadT(t, s, units, graph.LoadOptions{})
	if first.Loaded != 3 || first.Skipped != 0 || first.Removed != 0 {
		t.Fatalf("first load: %+v", first)
	}
	total := 0
	for _, u := range units {
		total += len(u.Quads) + 1 // and its content hash
	}
	if first.Added != total {
		t.Errorf("first load added %d quads, want %d", first.Added, total)
	}
	before := dump(t, s)
	if len(before) != total {
		t.Errorf("store holds %d quads, want %d", len(before), total)
	}
	second := loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	if second.Added != 0 || second.Removed != 0 || second.Skipped != 3 {
		t.Errorf("second load: %+v", second)
	}
	diffLines(t, "dumps after loading twice", dump(t, s), before)
}

func testReplaceOneSource(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	before := dump(t, s)

	files := fixture()
	files[1].Events[0].Topics = []string{"energy"}
	rep := loadT(t, s, schema.Units(files), graph.LoadOptions{})
	if rep.Loaded != 1 || rep.Skipped != 2 {
		t.Errorf("report: %+v", rep)
	}
	// Topic and content hash change: two quads out, two in.
	if rep.Added != 2 || rep.Removed != 2 {
		t.Errorf("added %d, removed %d; want 2, 2", rep.Added, rep.Removed)
	}
	after := dump(t, s)
	_, otherBefore := byLabel(before, labelA)
	withA, otherAfter := byLabel(after, labelA)
	diffLines(t, "quads of other sources", otherAfter, otherBefore)

	// The replaced source holds exactly what a clean load of it holds.
	clean := openT(t, fresh(t))
	loadT(t, clean, schema.Units(files), graph.LoadOptions{})
	wantA, _ := byLabel(dump(t, clean), labelA)
	diffLines(t, "quads of the replaced source", withA, wantA)
	topic := quad.Quad{Subject: schema.IRI(schema.KindEvent, "meeting"), Predicate: schema.Topic, Object: quad.String("energy"), Label: labelA}
	if !slices.Contains(withA, topic.NQuad()) {
		t.Errorf("new topic missing")
	}
}

func testPrune(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	before := dump(t, s)

	files := fixture()
	without := []*schema.File{files[0], files[1]} // source b's file is gone
	// b states a's meeting too, with the same derived quads: the load is
	// let through.
	rep := loadT(t, s, schema.Units(without), graph.LoadOptions{Merged: schema.NewMapper(without).Merged()})
	if rep.Pruned != 0 || !slices.Equal(dump(t, s), before) {
		t.Fatalf("load without --prune changed the store: %+v", rep)
	}
	rep = loadT(t, s, schema.Units(without), graph.LoadOptions{Prune: true})
	withB, _ := byLabel(before, labelB)
	if rep.Pruned != 1 || rep.Removed != len(withB) || rep.Skipped != 2 {
		t.Errorf("prune report: %+v (source b had %d quads)", rep, len(withB))
	}
	clean := openT(t, fresh(t))
	loadT(t, clean, schema.Units(without), graph.LoadOptions{})
	diffLines(t, "pruned store vs clean load", dump(t, s), dump(t, clean))
}

func testSharedFactSurvives(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	shared := quad.Quad{
		Subject:   schema.IRI(schema.KindEvent, "meeting"),
		Predicate: schema.Host,
		Object:    schema.IRI(schema.KindPerson, "gov"),
	}
	has := func(label quad.IRI) bool {
		q := shared
		q.Label = label
		return slices.Contains(dump(t, s), q.NQuad())
	}
	if !has(labelA) || !has(labelB) {
		t.Fatal("both sources should state the shared fact")
	}
	// Source a drops the fact: b still states it.
	files := fixture()
	files[1].Events[0].Participants = files[1].Events[0].Participants[1:]
	loadT(t, s, schema.Units(files), graph.LoadOptions{})
	if has(labelA) || !has(labelB) {
		t.Errorf("after replacing a: a states it %v, b states it %v; want false, true", has(labelA), has(labelB))
	}
	// Source a is pruned: b still states it.
	loadT(t, s, schema.Units([]*schema.File{files[0], files[2]}), graph.LoadOptions{Prune: true})
	if !has(labelB) {
		t.Error("pruning a removed b's statement")
	}
}

func testBadUnitWritesNothing(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	before := dump(t, s)
	files := fixture()
	files[1].Events[0].Topics = []string{"changed"}
	files[2].Events[0].Topics = []string{"changed too"}
	units := schema.Units(files)
	// A unit holding a quad of another label is refused before any write.
	bad := units[len(units)-1]
	bad.Quads = append(slices.Clone(bad.Quads), quad.MakeIRI("x:s", "x:p", "x:o", "x:other"))
	units[len(units)-1] = bad
	if _, err := s.Load(context.Background(), units, graph.LoadOptions{BatchQuads: 1}); err == nil {
		t.Fatal("load of a unit with a foreign label succeeded")
	}
	diffLines(t, "store after a refused load", dump(t, s), before)
}

// seedFiles reads and validates data/.
func seedFiles(t *testing.T) []*schema.File {
	t.Helper()
	files, err := schema.ReadFiles("../data")
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func testSeedData(t *testing.T, fresh freshFunc) {
	files := seedFiles(t)
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(files), graph.LoadOptions{})
	lines := dump(t, s)
	karachi := schema.IRI(schema.KindSource, "pen-2021-10-15-kistafin-karachi")
	multan := schema.IRI(schema.KindSource, "tdi-2023-05-31-kistafin-multan")
	want := []quad.Quad{
		// Kistafin holds the post of Ambassador of Kazakhstan to Pakistan.
		{Subject: schema.TenureIRI("yerzhan-kistafin", "kz-ambassador-to-pk"), Predicate: schema.Member, Object: schema.IRI(schema.KindPerson, "yerzhan-kistafin"), Label: karachi},
		{Subject: schema.TenureIRI("yerzhan-kistafin", "kz-ambassador-to-pk"), Predicate: schema.TenurePost, Object: schema.IRI(schema.KindPost, "kz-ambassador-to-pk"), Label: karachi},
		{Subject: schema.IRI(schema.KindPerson, "yerzhan-kistafin"), Predicate: schema.Holds, Object: schema.IRI(schema.KindPost, "kz-ambassador-to-pk"), Label: karachi},
	}
	for _, q := range want {
		if !slices.Contains(lines, q.NQuad()) {
			t.Errorf("missing %s", q.NQuad())
		}
	}
	// The governor's reception: host, guest and place, from the Karachi report.
	reception := findSubject(lines, karachi, func(facts []string) bool {
		return hasFact(facts, schema.Host, schema.IRI(schema.KindPerson, "imran-ismail")) &&
			hasFact(facts, schema.Guest, schema.IRI(schema.KindPerson, "yerzhan-kistafin")) &&
			hasFact(facts, schema.Location, schema.IRI(schema.KindPlace, "karachi"))
	})
	if reception == "" {
		t.Error("no event in the Karachi report with host imran-ismail, guest yerzhan-kistafin at karachi")
	}
	// The Multan ceremony: 2023-05-28, day precision.
	ceremony := findSubject(lines, multan, func(facts []string) bool {
		return hasFact(facts, schema.Kind, quad.String("ceremony")) &&
			hasFact(facts, schema.DateAsGiven, schema.Day("2023-05-28")) &&
			hasFact(facts, schema.DatePrecision, quad.String("day"))
	})
	if ceremony == "" {
		t.Error("no ceremony in the Multan report dated 2023-05-28 with day precision")
	}
	rep := loadT(t, s, schema.Units(files), graph.LoadOptions{})
	if rep.Added != 0 || rep.Removed != 0 || rep.Skipped != len(schema.Units(files)) {
		t.Errorf("second load of the seed data: %+v", rep)
	}
	if n := len(dump(t, s)); n != len(lines) {
		t.Errorf("second load: %d quads, want %d", n, len(lines))
	}
}

func hasFact(facts []string, p quad.IRI, o quad.Value) bool {
	for _, f := range facts {
		if strings.Contains(f, "> "+p.String()+" "+o.String()+" <") {
			return true
		}
	}
	return false
}

// findSubject returns a subject whose facts under label satisfy ok.
func findSubject(lines []string, label quad.IRI, ok func(facts []string) bool) string {
	facts := map[string][]string{}
	var order []string
	for _, l := range lines {
		if !strings.HasSuffix(l, " "+label.String()+" .") {
			continue
		}
		subj, _, _ := strings.Cut(l, " ")
		if _, seen := facts[subj]; !seen {
			order = append(order, subj)
		}
		facts[subj] = append(facts[subj], l)
	}
	for _, s := range order {
		if ok(facts[s]) {
			return s
		}
	}
	return ""
}

func testSeedBadFile(t *testing.T, fresh freshFunc) {
	files := seedFiles(t)
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(files), graph.LoadOptions{})
	before := dump(t, s)

	// A copy of data/ with one edited source and one bad file: nothing loads.
	dir := t.TempDir()
	graphtest.CopyTree(t, "../data", dir)
	edited := filepath.Join(dir, "sources", "2021-10-15-kistafin-karachi.yaml")
	b, err := os.ReadFile(edited)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(edited, []byte(strings.Replace(string(b), "stated_meetings: 30", "stated_meetings: 31", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "sources", "zz-bad.yaml")
	if err := os.WriteFile(bad, []byte("source:\n  id: bad\n  no_such_key: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := schema.ReadFiles(dir)
	if err == nil || got != nil {
		t.Fatalf("ReadFiles of a bad set: %d files, error %v; want none and an error", len(got), err)
	}
	diffLines(t, "store after a bad set", dump(t, s), before)
}

// testReadPathsAgree checks Store.Quads (which may read the backend
// directly) against Cayley's own quad reader.
func testReadPathsAgree(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(seedFiles(t)), graph.LoadOptions{})
	r := cgraph.NewQuadStoreReader(s.QuadStore())
	defer r.Close()
	var want []string
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		want = append(want, q.NQuad())
	}
	slices.Sort(want)
	diffLines(t, "Store.Quads vs Cayley's reader", dump(t, s), want)
}

// testEditMatchesClean loads the fixture, then the fixture as edit changes
// it, and checks the report's counts and that the store holds exactly what
// a clean load of the edited files gives. Each edit removes more quads that
// name some value than it adds, within one write: Cayley's key-value stores
// once wrote such adds without that value (see cayleyReplacer.replace).
func testEditMatchesClean(t *testing.T, fresh freshFunc, edit func(files []*schema.File), wantAdded, wantRemoved int) {
	t.Helper()
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	files := fixture()
	edit(files)
	rep := loadT(t, s, schema.Units(files), graph.LoadOptions{})
	if rep.Added != wantAdded || rep.Removed != wantRemoved {
		t.Errorf("edit added %d and removed %d quads, want %d and %d", rep.Added, rep.Removed, wantAdded, wantRemoved)
	}
	clean := openT(t, fresh(t))
	loadT(t, clean, schema.Units(files), graph.LoadOptions{})
	want := dump(t, clean)
	diffLines(t, "store after the edit vs clean load", dump(t, s), want)
	// The store holds no quad with a term missing, which export refuses.
	var b strings.Builder
	if err := s.Export(context.Background(), &b, graph.ExportOptions{Format: "nquads"}); err != nil {
		t.Errorf("export after the edit: %v", err)
	}
	// A second load changes nothing.
	again := loadT(t, s, schema.Units(files), graph.LoadOptions{})
	if again.Added != 0 || again.Removed != 0 {
		t.Errorf("load after the edit: %+v", again)
	}
	diffLines(t, "store after a second load vs clean load", dump(t, s), want)
}

// testRemoveOnly drops a fact and adds none: only the new content hash comes
// in, so the label's reference count drops within the write.
func testRemoveOnly(t *testing.T, fresh freshFunc) {
	testEditMatchesClean(t, fresh, func(files []*schema.File) {
		files[1].Events[0].Topics = nil
	}, 1, 2) // the topic and the old hash out, the new hash in
}

// testRemoveMoreThanAdd drops a participant and replaces the topic: three
// quads out, two in, across two sources in one write.
func testRemoveMoreThanAdd(t *testing.T, fresh freshFunc) {
	testEditMatchesClean(t, fresh, func(files []*schema.File) {
		files[1].Events[0].Topics = []string{"energy"}
		files[1].Events[0].Participants = files[1].Events[0].Participants[1:]
		files[2].Events[0].Topics = nil
	}, 3, 5)
}

// testReplaceSharedValue moves one source's event from a place that other
// quads name (the entity file, the other source) to a new one, and makes
// the other source state more with a value the first one states less.
func testReplaceSharedValue(t *testing.T, fresh freshFunc) {
	testEditMatchesClean(t, fresh, func(files []*schema.File) {
		files[0].Places = append(files[0].Places, schema.Place{ID: "lahore", Name: "Lahore", Kind: "city", In: schema.Ref{ID: "PK"}})
		files[1].Events[0].Place = schema.Ref{ID: "lahore"}
		files[1].Events[0].Participants = files[1].Events[0].Participants[1:]
		files[2].Events[0].Topics = []string{"trade", "energy"}
	}, 11, 5) // a: place and participant out, place in; b: topic in; the entity file: Lahore's 6 quads in; 3 hashes replaced

}

// testEditDerived edits only the entity file, and the derived quads of
// both reports change with it: the governor's new nationality makes the
// meeting's parties all Kazakh, so each report's bilat:partyCountry PK and
// bilat:countryPair KZ-PK go.
func testEditDerived(t *testing.T, fresh freshFunc) {
	testEditMatchesClean(t, fresh, func(files []*schema.File) {
		files[0].People[1].Nationality = schema.Ref{ID: "KZ"}
	}, 5, 9) // curation: nationality, standsFor and hash swapped; a, b: partyCountry and countryPair out, hash swapped
}

// testPartialLoadMerged loads an edit of report a without report b, which
// states the same meeting: the edit changes the meeting's derived quads,
// which b's copy would then contradict, so the load is refused and writes
// nothing; with b's file it goes through and equals a clean load.
func testPartialLoadMerged(t *testing.T, fresh freshFunc) {
	s := openT(t, fresh(t))
	loadT(t, s, schema.Units(fixture()), graph.LoadOptions{})
	before := dump(t, s)
	files := fixture()
	files[1].Events[0].Participants[0].Represents = schema.Ref{ID: "KZ"} // the governor, for Kazakhstan
	files[1].Events[0].Pos = schema.Pos{File: "a.yaml", Line: 12, Col: 5}
	without := []*schema.File{files[0], files[1]}
	_, err := s.Load(context.Background(), schema.Units(without), graph.LoadOptions{Merged: schema.NewMapper(without).Merged()})
	want := `a stored source this load does not read states the same event:
a.yaml:12:5: event "meeting" is also stated by the stored source "b", which this load does not read; ` +
		`the event's bilat:partyCountry and bilat:countryPair quads, worked out from every report that states it, ` +
		`would no longer agree between the two: load that source's file too; --prune instead removes it, and every other stored source this load does not read`
	if !errors.Is(err, graph.ErrMerged) || err.Error() != want {
		t.Fatalf("partial load: %v\nwant: %s", err, want)
	}
	diffLines(t, "store after the refused load", dump(t, s), before)
	loadT(t, s, schema.Units(files), graph.LoadOptions{Merged: schema.NewMapper(files).Merged()})
	clean := openT(t, fresh(t))
	loadT(t, clean, schema.Units(files), graph.LoadOptions{})
	diffLines(t, "store after the load with b vs clean load", dump(t, s), dump(t, clean))
}

// testEditCorpus is the edit at scale: a generated corpus loaded, then
// loaded again with every event keeping only its first topic, in batches
// that hold many units and split others' values between them.
func testEditCorpus(t *testing.T, fresh freshFunc) {
	files := synthFiles(t, 300)
	s := openT(t, fresh(t))
	opts := graph.LoadOptions{BatchQuads: 4000}
	loadT(t, s, schema.Units(files), opts)
	removed := 0
	for _, f := range files {
		for i := range f.Events {
			if ts := f.Events[i].Topics; len(ts) > 1 {
				removed += len(ts) - 1
				f.Events[i].Topics = ts[:1]
			}
		}
	}
	rep := loadT(t, s, schema.Units(files), opts)
	// Each edited source swaps its content hash too.
	if rep.Removed != removed+rep.Loaded || rep.Added != rep.Loaded || rep.Loaded < 50 {
		t.Errorf("edit of %d topics: %d sources loaded, %d quads added, %d removed", removed, rep.Loaded, rep.Added, rep.Removed)
	}
	clean := openT(t, fresh(t))
	loadT(t, clean, schema.Units(files), opts)
	diffLines(t, "edited corpus vs clean load", dump(t, s), dump(t, clean))
}

// synthFiles generates a corpus of about events events (seed 1).
func synthFiles(t *testing.T, events int) []*schema.File {
	t.Helper()
	var files []*schema.File
	_, err := synth.Generate(synth.Config{Seed: 1, Events: events}, func(f synth.File) error {
		files = append(files, f.Record)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
