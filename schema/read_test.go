package schema

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

var update = flag.Bool("update", false, "rewrite the .err golden files in testdata/bad")

// TestReadSeedData counts what data/ holds: the records of the two seed
// reports exactly, and one source per file of data/sources (the corpus's
// totals are not written down here, so adding a report breaks no test).
func TestReadSeedData(t *testing.T) {
	files, err := ReadFiles("../data")
	if err != nil {
		t.Fatal(err)
	}
	seeds := map[string]bool{
		"../data/sources/2021-10-15-kistafin-karachi.yaml": true,
		"../data/sources/2023-05-31-kistafin-multan.yaml":  true,
	}
	count := func(f *File, into map[string]int) {
		if f.Source != nil {
			into["sources"]++
		}
		into["countries"] += len(f.Countries)
		into["places"] += len(f.Places)
		into["people"] += len(f.People)
		into["organizations"] += len(f.Organizations)
		into["posts"] += len(f.Posts)
		into["groups"] += len(f.Groups)
		into["mentions"] += len(f.Mentions)
		into["tenures"] += len(f.Tenures)
		into["visits"] += len(f.Visits)
		into["events"] += len(f.Events)
		into["documents"] += len(f.Documents)
		into["relations"] += len(f.Relations)
	}
	seed, all := map[string]int{}, map[string]int{}
	var entityFiles []string
	for _, f := range files {
		count(f, all)
		if seeds[f.Path] {
			count(f, seed)
			delete(seeds, f.Path)
		}
		if f.Source == nil {
			entityFiles = append(entityFiles, f.Path)
		}
	}
	if len(seeds) > 0 {
		t.Errorf("seed files not read: %v", seeds)
	}
	wantEntityFiles := []string{
		"../data/entities/cities.yaml",
		"../data/entities/countries.yaml",
		"../data/entities/organizations.yaml",
		"../data/entities/people.yaml",
		"../data/entities/places.yaml",
		"../data/entities/posts.yaml",
	}
	if reports, _ := filepath.Glob("../data/sources/*.yaml"); all["sources"] != len(reports) || len(reports) < 2 {
		t.Errorf("data/: %d sources from %d files in data/sources", all["sources"], len(reports))
	}
	if !slices.Equal(entityFiles, wantEntityFiles) {
		t.Errorf("entity files = %q, want %q", entityFiles, wantEntityFiles)
	}
	for _, c := range []struct {
		name      string
		got, want map[string]int
	}{
		{"seed reports", seed, map[string]int{
			"sources": 2, "groups": 4, "mentions": 9, "tenures": 4, "visits": 2,
			"events": 6, "documents": 0, "relations": 4,
		}},
	} {
		for k, n := range c.want {
			if c.got[k] != n {
				t.Errorf("%s: %s: %d, want %d", c.name, k, c.got[k], n)
			}
		}
	}
}

func TestPositions(t *testing.T) {
	files, err := ReadFiles("../data/entities", "../data/sources/2021-10-15-kistafin-karachi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f := files[len(files)-1]
	path := "../data/sources/2021-10-15-kistafin-karachi.yaml"
	if f.Pos != (Pos{path, 3, 1}) {
		t.Errorf("file pos = %v", f.Pos)
	}
	if f.Source.Pos != (Pos{path, 4, 3}) || f.Source.Published != (Date{"2021-10-15", Pos{path, 8, 14}}) || f.Source.Dateline != (Ref{"karachi", Pos{path, 9, 13}}) {
		t.Errorf("source = %+v", f.Source)
	}
	ev := f.Events[3]
	if ev.ID != "kistafin-governor-sindh-2021-10" || ev.Pos != (Pos{path, 129, 5}) {
		t.Errorf("event %q at %v", ev.ID, ev.Pos)
	}
	p := ev.Participants[1]
	if p.Pos != (Pos{path, 139, 9}) || p.Who != (Ref{"imran-ismail", Pos{path, 139, 15}}) || p.Role != "host" {
		t.Errorf("participant = %+v", p)
	}
	if fig := f.Groups[1].Figures[1]; fig != (Figure{Pos{path, 52, 9}, 285, "people"}) {
		t.Errorf("figure = %+v", fig)
	}
	if r := f.Visits[0].Visitors[0]; r != (Ref{"yerzhan-kistafin", Pos{path, 65, 16}}) {
		t.Errorf("visitor = %+v", r)
	}
}

// TestUnitsSeed checks named facts in the quads the seed data maps to.
func TestUnitsSeed(t *testing.T) {
	// The entity files and the two seed reports; the corpus reports add
	// units of their own.
	files, err := ReadFiles("../data/entities", "../data/sources/2021-10-15-kistafin-karachi.yaml", "../data/sources/2023-05-31-kistafin-multan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	units := Units(files)
	var labels []quad.IRI
	all := map[string]bool{}
	for _, u := range units {
		labels = append(labels, u.Label)
		for _, q := range u.Quads {
			all[q.NQuad()] = true
		}
	}
	karachi := IRI(KindSource, "pen-2021-10-15-kistafin-karachi")
	multan := IRI(KindSource, "tdi-2023-05-31-kistafin-multan")
	if want := []quad.IRI{CurationLabel, karachi, multan}; !slices.Equal(labels, want) {
		t.Fatalf("labels = %v, want %v", labels, want)
	}
	reception := IRI(KindEvent, "kistafin-governor-sindh-2021-10")
	ceremony := IRI(KindEvent, "kistafin-alfalah-graduation-2023-05-28")
	for _, q := range []quad.Quad{
		quad.Make(reception, Type, ClassEvent, karachi),
		quad.Make(reception, Kind, "reception", karachi),
		quad.Make(reception, Cameo, "043", karachi),
		quad.Make(reception, Host, IRI(KindPerson, "imran-ismail"), karachi),
		quad.Make(reception, Guest, IRI(KindPerson, "yerzhan-kistafin"), karachi),
		quad.Make(reception, Location, IRI(KindPlace, "karachi"), karachi),
		quad.Make(reception, SameDayAs, IRI(KindEvent, "kistafin-piia-2021-10"), karachi),
		quad.Make(reception, DatePrecision, "interval", karachi),
		quad.Make(reception, DateAsGiven, "2021-10-12/2021-10-15", karachi), // no XSD type for an interval
		quad.Make(reception, StartDate, Day("2021-10-12"), karachi),
		quad.Make(reception, EndDate, Day("2021-10-15"), karachi),
		quad.Make(ceremony, DateAsGiven, Day("2023-05-28"), multan),
		quad.Make(ceremony, DatePrecision, "day", multan),
		quad.Make(ceremony, Host, IRI(KindOrganization, "alfalah-institute"), multan),
		quad.Make(IRI(KindPerson, "yerzhan-kistafin"), AlternateName, "Y.Kistafin", karachi),
		quad.Make(IRI(KindPerson, "yerzhan-kistafin"), Holds, IRI(KindPost, "kz-ambassador-to-pk"), multan),
		quad.Make(IRI(KindPlace, "karachi"), InCountry, IRI(KindCountry, "PK"), CurationLabel),
		quad.Make(IRI(KindCountry, "KZ"), SameAs, quad.IRI(WikidataNS+"Q232"), CurationLabel),
	} {
		if !all[q.NQuad()] {
			t.Errorf("missing quad %s", q.NQuad())
		}
	}
}

// TestGood reads valid inputs beyond the seed data: the base entities the
// bad cases use, and a second report restating a fact under the same id.
func TestGood(t *testing.T) {
	files, err := ReadFiles("testdata/base", "testdata/good")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 5 {
		t.Fatalf("read %d files, want 5", len(files))
	}
	if err := Validate(files); err != nil {
		t.Fatal(err)
	}
	// Where a date comes from is kept with the report's words.
	label := IRI(KindSource, "good-relative-date")
	var got []string
	for _, u := range Units(files) {
		for _, q := range u.Quads {
			if u.Label == label && (q.Predicate == DateBasis || q.Predicate == DateText) {
				got = append(got, q.NQuad())
			}
		}
	}
	slices.Sort(got)
	ev, visit := IRI(KindEvent, "envoy-piia-thursday"), IRI(KindVisit, "envoy-autumn-tour")
	want := []string{
		quad.Make(ev, DateBasis, "relative", label).NQuad(),
		quad.Make(ev, DateText, "on Thursday", label).NQuad(),
		quad.Make(visit, DateBasis, "inferred", label).NQuad(),
		quad.Make(visit, DateText, "this autumn", label).NQuad(),
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("date basis quads:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestConstructs maps a report using every construct that is not a
// contact (an office as participant, an unknown side, a former post,
// signatories, invitations, proposals, commitments, figures, a source
// with no URL) and compares its quads with testdata/good/constructs.nq.
func TestConstructs(t *testing.T) {
	files, err := ReadFiles("testdata/base", "testdata/good/constructs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range Units(files) {
		if u.Label == IRI(KindSource, "good-constructs") {
			for _, q := range u.Quads {
				got = append(got, q.NQuad())
			}
		}
	}
	slices.Sort(got)
	text := strings.Join(got, "\n") + "\n"
	const golden = "testdata/good/constructs.nq"
	if *update {
		if err := os.WriteFile(golden, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if text != string(want) {
		t.Errorf("quads differ from %s (run with -update and read the diff):\n%s", golden, text)
	}
}

// TestBad reads each testdata/bad/NAME.yaml with the base entities (and the
// folder testdata/bad/NAME/ when there is one) and compares the problems
// with NAME.err. Run with -update to rewrite the .err files.
func TestBad(t *testing.T) {
	cases, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 20 {
		t.Fatalf("only %d bad cases", len(cases))
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".yaml")
		t.Run(name, func(t *testing.T) {
			paths := []string{"testdata/base", c}
			if dir := strings.TrimSuffix(c, ".yaml"); isDir(dir) {
				paths = append(paths, dir)
			}
			files, err := ReadFiles(paths...)
			if err == nil {
				t.Fatalf("no error")
			}
			if files != nil {
				t.Errorf("files = %v, want nil on error", files)
			}
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var pe *ParseError
				if !errors.As(e, &pe) {
					t.Errorf("%v is not a *ParseError", e)
				}
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(c, ".yaml") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

func TestReadFilesPaths(t *testing.T) {
	for _, tc := range []struct {
		paths []string
		want  string
	}{
		{[]string{"testdata/nope"}, "testdata/nope: no such file or directory"},
		{[]string{"testdata/base", "testdata/bad/duplicate-id"}, "testdata/bad/duplicate-id/more-people.yaml:2:9: person \"yerzhan-kistafin\": id defined twice (first at testdata/base/entities.yaml:17:9); expected each entity defined once"},
		{[]string{"testdata/bad/duplicate-id", "testdata/base"}, "testdata/base/entities.yaml:17:9: person \"yerzhan-kistafin\": id defined twice (first at testdata/bad/duplicate-id/more-people.yaml:2:9); expected each entity defined once"},
	} {
		_, err := ReadFiles(tc.paths...)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ReadFiles(%q) = %v, want %s", tc.paths, err, tc.want)
		}
	}
	// A file named twice, directly and through its folder, is read once.
	if _, err := ReadFiles("testdata/base", "testdata/base/entities.yaml"); err != nil {
		t.Error(err)
	}
}
