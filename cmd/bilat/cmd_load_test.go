package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
)

// bilat runs one command line and returns its exit code and output.
func bilat(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// mustBilat runs a command line that must succeed.
func mustBilat(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := bilat(t, args...)
	if code != 0 {
		t.Fatalf("bilat %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// seedUnits reads data/ as the loader's units.
func seedUnits(t *testing.T) []schema.Unit {
	t.Helper()
	files, err := schema.ReadFiles("../../data")
	if err != nil {
		t.Fatal(err)
	}
	return schema.Units(files)
}

// reference loads the seed data into a memory store, to compare against.
func reference(t *testing.T) *graph.Store {
	t.Helper()
	units := seedUnits(t)
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Memory})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Load(context.Background(), units, graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return s
}

// exportOf is the full N-Quads export of the store cfg names.
func exportOf(t *testing.T, cfg graph.Config) string {
	t.Helper()
	cfg.ReadOnly = true
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return nquadsOf(t, s)
}

func nquadsOf(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, graph.ExportOptions{Format: graph.FormatNQuads}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestLoad(t *testing.T) {
	ref := reference(t)
	want := nquadsOf(t, ref)
	nquads := strings.Count(want, "\n")
	db := filepath.Join(t.TempDir(), "bilat.db")
	cfg := graph.Config{Backend: graph.Bolt, Path: db}

	n := len(seedUnits(t))
	out := mustBilat(t, "load", "--dbpath", db, "../../data")
	if !strings.HasSuffix(out, fmt.Sprintf("%d sources: %d loaded, 0 unchanged, 0 pruned; %d quads added, 0 removed\n", n, n, nquads)) {
		t.Errorf("first load printed:\n%s", out)
	}
	for _, src := range []string{"curation", "pen-2021-10-15-kistafin-karachi", "tdi-2023-05-31-kistafin-multan"} {
		if !strings.Contains(out, "  "+src+"\n") {
			t.Errorf("no line for source %q in:\n%s", src, out)
		}
	}
	if got := exportOf(t, cfg); got != want {
		t.Errorf("loaded store differs from a reference load")
	}

	out = mustBilat(t, "load", "--quiet", "--dbpath", db, "../../data")
	if want := fmt.Sprintf("%d sources: 0 loaded, %d unchanged, 0 pruned; 0 quads added, 0 removed\n", n, n); out != want {
		t.Errorf("second load printed:\n%s", out)
	}

	// A bad file among good ones: every problem printed, exit 1, store untouched.
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	bad := filepath.Join(dir, "sources", "zz-bad.yaml")
	writeFile(t, bad, "source:\n  id: bad\n  colour: red\n")
	emptied := filepath.Join(dir, "sources", "2021-10-15-kistafin-karachi.yaml")
	karachi, err := os.ReadFile(emptied)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, emptied, "")
	code, out, errOut := bilat(t, "load", "--dbpath", db, dir)
	if code != 1 || out != "" || !strings.Contains(errOut, "zz-bad.yaml:") || !strings.Contains(errOut, "2021-10-15-kistafin-karachi.yaml") {
		t.Errorf("load of a bad set: exit %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	if got := exportOf(t, cfg); got != want {
		t.Errorf("a failed load changed the store")
	}
	os.Remove(bad)
	writeFile(t, emptied, string(karachi))

	// A source file gone: kept without --prune, removed with it.
	extra := filepath.Join(dir, "sources", "zz-extra.yaml")
	writeFile(t, extra, `source:
  id: zz-extra
  url: https://example.org/extra
  publisher: Example
  title: An extra report
  published: 2024-01-01
mentions:
  - id: KZ
    as: [the Extra Republic]
`)
	out = mustBilat(t, "load", "-q", "--dbpath", db, dir)
	if want := fmt.Sprintf("%d sources: 1 loaded, %d unchanged, 0 pruned; 9 quads added, 0 removed\n", n+1, n); out != want {
		t.Errorf("load with an extra source printed:\n%s", out)
	}
	os.Remove(extra)
	out = mustBilat(t, "load", "-q", "--dbpath", db, dir)
	if want := fmt.Sprintf("%d sources: 0 loaded, %d unchanged, 0 pruned; 0 quads added, 0 removed\n", n, n); out != want {
		t.Errorf("load without the extra source printed:\n%s", out)
	}
	out = mustBilat(t, "load", "--prune", "--dbpath", db, dir)
	if !strings.Contains(out, fmt.Sprintf("\n%-9s  %7d  %7d  zz-extra\n", "pruned", 0, 9)) ||
		!strings.HasSuffix(out, fmt.Sprintf("%d sources: 0 loaded, %d unchanged, 1 pruned; 0 quads added, 9 removed\n", n+1, n)) {
		t.Errorf("prune printed:\n%s", out)
	}
	if got := exportOf(t, cfg); got != want {
		t.Errorf("after prune the store differs from a clean load")
	}
}

func TestStoreFlags(t *testing.T) {
	code, _, errOut := bilat(t, "stats", "--db", "oracle")
	if code != 2 || errOut != "bilat: unknown backend \"oracle\" for --db (want one of bolt, memory, postgres, leveldb)\n" {
		t.Errorf("unknown backend: exit %d, %q", code, errOut)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	code, _, errOut = bilat(t, "stats", "--dbpath", missing)
	if code != 1 || errOut != fmt.Sprintf("bilat: bolt: no store at %q (run bilat load first)\n", missing) {
		t.Errorf("missing store: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("stats created a store")
	}
	// BILAT_DB and BILAT_DBPATH stand in for the flags.
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("BILAT_DB", "bolt")
	t.Setenv("BILAT_DBPATH", db)
	mustBilat(t, "load", "-q", "../../data")
	if _, err := os.Stat(db); err != nil {
		t.Errorf("BILAT_DBPATH not used: %v", err)
	}
}

func TestStats(t *testing.T) {
	ref := reference(t)
	counts, err := ref.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// met-pairs, after events: the distinct pairs among the rows of
	// who-met-whom (the seed data has no namesakes).
	q, err := queries.Lookup("who-met-whom")
	if err != nil {
		t.Fatal(err)
	}
	res, err := queries.Run(context.Background(), ref.QuadStore(), q, nil)
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[string]bool{}
	for _, r := range res.Rows {
		ab := []string{fmt.Sprint(r["a"]), fmt.Sprint(r["b"])}
		slices.Sort(ab)
		pairs[strings.Join(ab, "\n")] = true
	}
	if len(pairs) == 0 {
		t.Fatal("the seed data has no met pairs")
	}
	i := slices.IndexFunc(counts, func(c graph.Count) bool { return c.Name == "events" })
	if want := (graph.Count{Name: "met-pairs", N: int64(len(pairs))}); i < 0 || i+1 >= len(counts) || counts[i+1] != want {
		t.Fatalf("stats: %v; want %v after events", counts, want)
	}

	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, "../../data")

	var want strings.Builder
	width := 0
	for _, c := range counts {
		width = max(width, len(c.Name))
	}
	for _, c := range counts {
		fmt.Fprintf(&want, "%-*s  %d\n", width, c.Name, c.N)
	}
	if got := mustBilat(t, "stats", "--dbpath", db); got != want.String() {
		t.Errorf("stats:\n%s\nwant:\n%s", got, want.String())
	}
	// A memory store starts empty: stats and export fill it from --data
	// first, as query does (they printed zeros and nothing).
	if got := mustBilat(t, "stats", "--db", "memory", "--data", "../../data"); got != want.String() {
		t.Errorf("stats --db memory:\n%s\nwant:\n%s", got, want.String())
	}
	if got, want := mustBilat(t, "export", "--db", "memory", "--data", "../../data"), mustBilat(t, "export", "--dbpath", db); got != want {
		t.Errorf("export --db memory differs from the bolt store's (%d and %d bytes)", len(got), len(want))
	}
	for _, name := range []string{"sources", "countries", "people"} {
		if !strings.Contains(want.String(), name) {
			t.Errorf("no %s line", name)
		}
	}
	var obj map[string]int64
	if err := json.Unmarshal([]byte(mustBilat(t, "stats", "--format", "json", "--dbpath", db)), &obj); err != nil {
		t.Fatal(err)
	}
	for _, c := range counts {
		if obj[c.Name] != c.N {
			t.Errorf("json %s = %d, want %d", c.Name, obj[c.Name], c.N)
		}
	}
	if obj["sources"] != int64(len(seedUnits(t))-1) || obj["countries"] < 2 {
		t.Errorf("json: %v", obj)
	}
	if code, _, _ := bilat(t, "stats", "--format", "xml", "--dbpath", db); code != 2 {
		t.Errorf("stats --format xml: exit %d, want 2", code)
	}
}

func TestExport(t *testing.T) {
	ref := reference(t)
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, "../../data")
	for _, f := range graph.ExportFormats() {
		if f == graph.FormatCSV {
			continue // two files: TestExportCSV
		}
		var want bytes.Buffer
		if err := ref.Export(context.Background(), &want, graph.ExportOptions{Format: f}); err != nil {
			t.Fatal(err)
		}
		if got := mustBilat(t, "export", "--format", f, "--dbpath", db); got != want.String() {
			t.Errorf("export --format %s differs from the reference store's", f)
		}
		file := filepath.Join(t.TempDir(), "out."+f)
		if out := mustBilat(t, "export", "--format", f, "-o", file, "--dbpath", db); out != "" {
			t.Errorf("export -o printed %q", out)
		}
		if b, _ := os.ReadFile(file); string(b) != want.String() {
			t.Errorf("export -o %s differs", file)
		}
	}
	nq := mustBilat(t, "export", "--dbpath", db)
	if !strings.Contains(nq, "<https://bilat.dev/id/source/pen-2021-10-15-kistafin-karachi> .\n") {
		t.Error("N-Quads export lost the source labels")
	}
	code, _, errOut := bilat(t, "export", "--format", "turtle", "--dbpath", db)
	if code != 2 || errOut != "bilat: unknown format \"turtle\" for --format (want one of nquads, jsonld, gexf, graphml, gml, csv, dot)\n" {
		t.Errorf("export --format turtle: exit %d, %q", code, errOut)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoadExtensionCase: a record file whose extension is not lowercase is
// read like any other, so `load --prune` keeps its source (it once skipped
// such a file without a word, and prune then deleted the source).
func TestLoadExtensionCase(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	db := filepath.Join(t.TempDir(), "bilat.db")
	n := len(seedUnits(t))
	mustBilat(t, "load", "-q", "--dbpath", db, dir)
	want := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db})

	for _, rename := range [][2]string{
		{"sources/2021-10-15-kistafin-karachi.yaml", "sources/2021-10-15-kistafin-karachi.YAML"},
		{"sources/2021-10-01-kistafin-comstech.yaml", "sources/2021-10-01-kistafin-comstech.Yml"},
		{"entities/people.yaml", "entities/people.yAmL"},
	} {
		if err := os.Rename(filepath.Join(dir, rename[0]), filepath.Join(dir, rename[1])); err != nil {
			t.Fatal(err)
		}
	}
	out := mustBilat(t, "load", "-q", "--prune", "--dbpath", db, dir)
	if want := fmt.Sprintf("%d sources: 0 loaded, %d unchanged, 0 pruned; 0 quads added, 0 removed\n", n, n); out != want {
		t.Errorf("load --prune after renaming to upper-case extensions printed:\n%s", out)
	}
	if got := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db}); got != want {
		t.Error("the store changed")
	}
}

// TestLoadReservedSourceID: a source whose id is "curation" once shared the
// entity files' label: validation said OK and loading the file alone
// replaced every entity. It is refused with its position, and the store is
// left as it was.
func TestLoadReservedSourceID(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, dir)
	want := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db})

	src := filepath.Join(dir, "sources", "zz-curation.yaml")
	writeFile(t, src, `source:
  id: curation
  url: https://example.org/curation
  publisher: Example
  title: A report
mentions:
  - id: KZ
    as: [Kazakhstan]
`)
	msg := src + `:2:7: source "curation": source id "curation" is reserved: it names the entity files in listings and provenance; expected another id` + "\n"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", dir}, msg + "bilat: 1 problem\n"},
		{[]string{"load", "--dbpath", db, dir}, "bilat: " + msg},
		{[]string{"load", "--dbpath", db, filepath.Join(dir, "entities"), src}, "bilat: " + msg},
	} {
		code, out, errOut := bilat(t, tc.args...)
		if code != 1 || out != "" || errOut != tc.want {
			t.Errorf("bilat %s: exit %d, stdout %q, stderr:\n%s\nwant exit 1, stderr:\n%s", strings.Join(tc.args, " "), code, out, errOut, tc.want)
		}
	}
	if got := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db}); got != want {
		t.Error("the store changed")
	}
}

// TestLoadPartialMerged: a second report restates a meeting; loading an
// edit of it without the first report's file would leave the first
// report's derived quads of the meeting stale, so it is refused with the
// event's position and nothing is written.
func TestLoadPartialMerged(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../data", dir)
	restated := filepath.Join(dir, "sources", "restated.yaml")
	write := func(role string) {
		writeFile(t, restated, `source:
  id: restated-kistafin-karachi-university
  url: https://example.org/restated
  publisher: Example
  title: The meeting at the University of Karachi, told again
  published: 2021-10-15

events:
  - id: kistafin-karachi-university-2021-10-14
    kind: meeting
    title: Ambassador Kistafin meets the Vice Chancellor of the University of Karachi
    date: 2021-10-14
    participants:
      - {who: yerzhan-kistafin, role: guest}
      - {who: khalid-mahmood-iraqi, role: host`+role+`}
`)
	}
	write("")
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, dir)
	want := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db})

	write(", represents: KZ") // the Vice Chancellor, for Kazakhstan
	code, out, errOut := bilat(t, "load", "-q", "--dbpath", db, filepath.Join(dir, "entities"), restated)
	wantErr := "bilat: a stored source this load does not read states the same event:\n" +
		restated + `:9:5: event "kistafin-karachi-university-2021-10-14" is also stated by the stored source ` +
		`"urdupoint-2021-10-14-kistafin-karachi-university", which this load does not read; the event's bilat:partyCountry ` +
		`and bilat:countryPair quads, worked out from every report that states it, would no longer agree between the two: ` +
		"load that source's file too; --prune instead removes it, and every other stored source this load does not read\n"
	if code != 1 || out != "" || errOut != wantErr {
		t.Errorf("partial load: exit %d\n%s%s\nwant exit 1 and\n%s", code, out, errOut, wantErr)
	}
	if got := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db}); got != want {
		t.Error("the refused load changed the store")
	}
	mustBilat(t, "load", "-q", "--dbpath", db, dir)
}

// TestOutdatedStore: a store loaded before the derived quads answers by
// country with nothing, which query (and serve) say on stderr; a store
// loaded now says nothing.
func TestOutdatedStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, "../../data")
	args := []string{"query", "who-met-whom", "--param", "person=Kistafin", "--format", "csv", "--dbpath", db}
	if code, _, errOut := bilat(t, args...); code != 0 || errOut != "" {
		t.Fatalf("fresh store: exit %d, stderr %q", code, errOut)
	}
	// The store as an older Bilat left it: no bilat:standsFor.
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: db})
	if err != nil {
		t.Fatal(err)
	}
	var stands []cgraph.Delta
	qs, err := s.Quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Predicate == schema.StandsFor {
			stands = append(stands, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	if err := s.QuadStore().ApplyDeltas(stands, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	want := "bilat: this store was loaded by a Bilat from before its derived quads (bilat:standsFor, bilat:partyCountry): " +
		"a party's country and every answer by country are missing until `bilat load` runs once more\n"
	if code, _, errOut := bilat(t, args...); code != 0 || errOut != want {
		t.Errorf("outdated store: exit %d, stderr %q\nwant %q", code, errOut, want)
	}
}
