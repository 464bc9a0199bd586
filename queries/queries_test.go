package queries_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// open loads record files into a fresh store of one backend.
func open(t testing.TB, cfg graph.Config, paths ...string) cgraph.QuadStore {
	t.Helper()
	files, err := schema.ReadFiles(paths...)
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Load(context.Background(), schema.Units(files), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return s.QuadStore()
}

func seed(t testing.TB) cgraph.QuadStore {
	return open(t, graph.Config{Backend: graph.Memory}, "../data")
}

// The fixture is the seed's entities plus hand-written reports: more
// people, several years and countries, a planned meeting, an event two
// sources state and tenures that change over time.
func fixture(t testing.TB, cfg graph.Config) cgraph.QuadStore {
	return open(t, cfg, "testdata/fixture")
}

func run(t testing.TB, qs cgraph.QuadStore, name string, params map[string]string) *queries.Result {
	t.Helper()
	q, err := queries.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := queries.Run(context.Background(), qs, q, params)
	if err != nil {
		t.Fatalf("%s %v: %v", name, params, err)
	}
	return res
}

func render(t testing.TB, res *queries.Result) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := queries.Write(&b, res, queries.FormatJSON); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// golden compares got with testdata/name.golden, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./queries -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test ./queries -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

type goldenCase struct {
	file   string // golden file name
	query  string
	params map[string]string
}

// seedCases run on data/.
var seedCases = []goldenCase{
	{"who-met-whom__kistafin", "who-met-whom", map[string]string{"person": "Kistafin"}},
	{"who-met-whom", "who-met-whom", nil},
	{"who-met-whom__pk-2023", "who-met-whom", map[string]string{"country": "Pakistan", "from": "2023", "to": "2023"}},
	// Folded matching, the same on every backend (PostgreSQL runs the regex).
	{"who-met-whom__pacaci", "who-met-whom", map[string]string{"person": "MEHMET PACAÇI"}},
	{"timeline__y-kistafin", "timeline", map[string]string{"who": "y kistafin", "from": "2021-10", "to": "2021-10"}},
	{"who-met-whom__source-karachi", "who-met-whom", map[string]string{"source": "pen-2021-10-15-kistafin-karachi"}},
	{"who-met-whom__source-karachi-hasan", "who-met-whom", map[string]string{"source": "https://pakistaneconomicnet.com/story/36813/", "person": "masuma"}},
	{"who-met-whom__groups", "who-met-whom", map[string]string{"person": "Kistafin", "include-groups": "true", "to": "2021-10"}},
	{"timeline__kistafin", "timeline", map[string]string{"who": "yerzhan-kistafin"}},
	{"timeline__piia", "timeline", map[string]string{"who": "PIIA"}},
	{"visits", "visits", nil},
	{"visits__kz-2021", "visits", map[string]string{"from-country": "KZ", "year": "2021"}},
	{"institutions__kz", "institutions", map[string]string{"country": "Kazakhstan"}},
	{"post-holders__sindh", "post-holders", map[string]string{"post": "Governor of Sindh", "at": "2021-10-15"}},
	{"post-holders__ambassador", "post-holders", map[string]string{"post": "ambassador"}},
	{"network__kistafin", "network", map[string]string{"person": "Kistafin"}},
	{"network", "network", nil},
	{"path__kistafin-hasan", "path", map[string]string{"from": "Kistafin", "to": "Masuma Hasan"}},
	{"provenance__imran-ismail", "provenance", map[string]string{"entity": "imran-ismail"}},
	{"topics__kz-pk", "topics", map[string]string{"a": "KZ", "b": "PK"}},
}

// fixtureCases run on testdata/fixture.
var fixtureCases = []goldenCase{
	{"fixture__who-met-whom", "who-met-whom", nil},
	{"fixture__who-met-whom__bekov", "who-met-whom", map[string]string{"person": "a. bekov"}},
	{"fixture__who-met-whom__2021-to-2022-10-13", "who-met-whom", map[string]string{"from": "2021", "to": "2022-10-13"}},
	{"fixture__who-met-whom__uz", "who-met-whom", map[string]string{"country": "uz"}},
	{"fixture__who-met-whom__turkey-2023", "who-met-whom", map[string]string{"country": "Turkey", "from": "2023-01", "to": "2023-12-31"}},
	{"fixture__who-met-whom__source-islamabad-post", "who-met-whom", map[string]string{"source": "https://islamabad-post.example/2021/06/05/talks"}},
	{"fixture__who-met-whom__groups", "who-met-whom", map[string]string{"person": "Serikova", "include-groups": "true"}},
	{"fixture__timeline__bekov", "timeline", map[string]string{"who": "Aidar Bekov"}},
	{"fixture__timeline__lahore-university-2022", "timeline", map[string]string{"who": "University of Lahore", "from": "2022", "to": "2022"}},
	{"fixture__visits", "visits", nil},
	{"fixture__visits__2022", "visits", map[string]string{"year": "2022", "to-country": "Pakistan"}},
	{"fixture__institutions__kz", "institutions", map[string]string{"country": "KZ"}},
	{"fixture__institutions", "institutions", nil},
	{"fixture__post-holders__governor-2022-04", "post-holders", map[string]string{"post": "Governor of Punjab", "at": "2022-04"}},
	{"fixture__post-holders__governor-2021-06-04", "post-holders", map[string]string{"post": "governor", "at": "2021-06-04"}},
	{"fixture__post-holders__ambassador-2020-03-10", "post-holders", map[string]string{"post": "Ambassador", "at": "2020-03-10"}},
	{"fixture__post-holders__ambassador-kz", "post-holders", map[string]string{"post": "kz-ambassador-to-pk"}},
	{"fixture__network", "network", nil},
	{"fixture__network__people", "network", map[string]string{"person": "Dana Serikova", "include-groups": "false"}},
	{"fixture__path__rahim-yusupov", "path", map[string]string{"from": "Nadia Rahim", "to": "Timur Yusupov"}},
	{"fixture__path__malik-akhmetov", "path", map[string]string{"from": "sara-malik", "to": "Ruslan Akhmetov"}},
	{"fixture__path__malik-akhmetov-2-hops", "path", map[string]string{"from": "sara-malik", "to": "Ruslan Akhmetov", "max-hops": "2"}},
	{"fixture__path__group-yusupov", "path", map[string]string{"from": "leadership of the university", "to": "timur"}},
	{"fixture__provenance__talks", "provenance", map[string]string{"entity": "bekov-farooq-talks-2021-06-04"}},
	{"fixture__provenance__pakistan", "provenance", map[string]string{"entity": "pk"}},
	{"fixture__topics__kz-pk", "topics", map[string]string{"a": "KZ", "b": "PK"}},
	{"fixture__topics__kz-2021", "topics", map[string]string{"a": "Kazakhstan", "from": "2021", "to": "2021"}},
}

func TestFixture(t *testing.T) {
	qs := fixture(t, graph.Config{Backend: graph.Memory})
	for _, c := range fixtureCases {
		t.Run(c.file, func(t *testing.T) {
			golden(t, c.file, render(t, run(t, qs, c.query, c.params)))
		})
	}
}

func TestSeed(t *testing.T) {
	qs := seed(t)
	for _, c := range seedCases {
		t.Run(c.file, func(t *testing.T) {
			golden(t, c.file, render(t, run(t, qs, c.query, c.params)))
		})
	}
}

// TestKistafinKarachi is the worked example, asserted field by field
// on the entities and the Karachi report alone (data/ grows): Kistafin met
// the Governor of Sindh and the head of the PIIA in Karachi during the visit
// of 12-15 October 2021, and no one else the report names.
func TestKistafinKarachi(t *testing.T) {
	qs := open(t, graph.Config{Backend: graph.Memory}, "../data/entities", "../data/sources/2021-10-15-kistafin-karachi.yaml")
	for _, who := range []string{"Kistafin", "kistafin", "Y.Kistafin", "Yerzhan Kistafin", "yerzhan-kistafin"} {
		res := run(t, qs, "who-met-whom", map[string]string{"person": who})
		src := "Pakistan Economic Net (https://pakistaneconomicnet.com/story/36813/)"
		// Lists compare as a cell shows them, joined with "; ".
		want := []map[string]any{
			{"event": "kistafin-governor-sindh-2021-10", "kind": "reception", "date": "2021-10-12/2021-10-15", "start": "2021-10-12", "end": "2021-10-15", "precision": "interval", "date_basis": "", "place": "Karachi",
				"a_id": "yerzhan-kistafin", "a": "Yerzhan Kistafin", "a_post": "Ambassador of Kazakhstan to Pakistan", "a_country": "KZ",
				"b_id": "imran-ismail", "b": "Imran Ismail", "b_post": "Governor of Sindh", "b_country": "PK",
				"topics": "increasing cooperation with regional authorities; twinning relations between the financial capitals of Kazakhstan and Pakistan", "source": src},
			{"event": "kistafin-piia-2021-10", "kind": "meeting", "date": "2021-10-12/2021-10-15", "start": "2021-10-12", "end": "2021-10-15", "precision": "interval", "date_basis": "", "place": "Karachi",
				"a_id": "yerzhan-kistafin", "a": "Yerzhan Kistafin", "a_post": "Ambassador of Kazakhstan to Pakistan", "a_country": "KZ",
				"b_id": "masuma-hasan", "b": "Masuma Hasan", "b_post": "Head of the Pakistan Institute of International Affairs", "b_country": "PK",
				"topics": "current priorities of bilateral cooperation between Kazakhstan and Pakistan; partnerships between the think tanks of the two countries", "source": src},
		}
		if len(res.Rows) != len(want) {
			t.Fatalf("person=%q: %d rows, want %d:\n%s", who, len(res.Rows), len(want), render(t, res))
		}
		for i := range want {
			for k, v := range want[i] {
				if queries.Text(res.Rows[i][k]) != v {
					t.Errorf("person=%q: row %d: %s = %#v, want %#v", who, i, k, res.Rows[i][k], v)
				}
			}
			if len(res.Rows[i]) != len(want[i]) {
				t.Errorf("person=%q: row %d has columns %v", who, i, res.Rows[i])
			}
		}
	}
}

// TestCatalog checks every embedded header: it parses, names its file, and
// its example runs the query it documents.
func TestCatalog(t *testing.T) {
	cat := queries.Catalog()
	if len(cat) == 0 {
		t.Fatal("no queries embedded")
	}
	for _, q := range cat {
		if q.Description == "" || q.Example == "" {
			t.Errorf("%s: header needs a description and an example", q.Name)
		}
		if !strings.HasPrefix(q.Example, "bilat query "+q.Name) {
			t.Errorf("%s: example %q does not run it", q.Name, q.Example)
		}
	}
}

// TestAssemble checks that the helpers are kept once: each query file
// names lib/helpers.js, its assembled text holds the helpers in place of
// that line and nothing else of its own that redefines one of them, and a
// bad include is an error naming its line.
func TestAssemble(t *testing.T) {
	helpers, err := os.ReadFile("lib/helpers.js")
	if err != nil {
		t.Fatal(err)
	}
	fn := regexp.MustCompile(`(?m)^function (\w+)\(`)
	defined := map[string]bool{}
	for _, m := range fn.FindAllStringSubmatch(string(helpers), -1) {
		defined[m[1]] = true
	}
	for _, q := range queries.Catalog() {
		file, err := os.ReadFile(q.Name + ".js")
		if err != nil {
			t.Fatal(err)
		}
		const include = "// bilat:include lib/helpers.js\n"
		if strings.Count(string(file), include) != 1 {
			t.Errorf("%s.js: want one line %q", q.Name, include)
			continue
		}
		if want := strings.Replace(string(file), include, string(helpers), 1); q.Source != want {
			t.Errorf("%s: assembled source is not the file with the helpers in place of its include line", q.Name)
		}
		for _, m := range fn.FindAllStringSubmatch(string(file), -1) {
			if defined[m[1]] {
				t.Errorf("%s.js redefines the helper %s", q.Name, m[1])
			}
		}
	}
	_, err = queries.Parse("my.js", "var x = 1;\n// bilat:include lib/nope.js\ng.emit(x)")
	if want := `my.js:2: include "lib/nope.js": no such file (want one of lib/helpers.js)`; err == nil || err.Error() != want {
		t.Errorf("bad include: %v, want %s", err, want)
	}
	// An ad-hoc file may use the helpers too.
	res, err := queries.RunSource(context.Background(), seed(t), "var P = {};\n// bilat:include lib/helpers.js\ng.emit({name: name(resolve(\"Y.Kistafin\", [\"person\"])[0])})", nil)
	if err != nil || len(res.Rows) != 1 || res.Rows[0]["name"] != "Yerzhan Kistafin" {
		t.Errorf("ad-hoc file with the helpers: %v %v", err, res)
	}
}

// TestDefaultsAgree runs each query with no parameters bound (as the Cayley
// UI does, so the file's own defaults apply) and with the header's defaults
// bound: the rows must be the same.
func TestDefaultsAgree(t *testing.T) {
	qs := seed(t)
	for _, q := range queries.Catalog() {
		if slices.ContainsFunc(q.Params, func(p queries.Param) bool { return p.Required }) {
			continue
		}
		bound := run(t, qs, q.Name, nil)
		raw, err := queries.RunSource(context.Background(), qs, strings.Replace(q.Source, "/* bilat-query", "/* header left out", 1), nil)
		if err != nil {
			t.Fatal(err)
		}
		raw.Columns = bound.Columns
		if a, b := render(t, bound), render(t, raw); !bytes.Equal(a, b) {
			t.Errorf("%s: defaults in the file and in the header differ:\n%s\nvs\n%s", q.Name, a, b)
		}
	}
}

func TestParamErrors(t *testing.T) {
	qs := seed(t)
	tests := []struct {
		query  string
		params map[string]string
		want   string
	}{
		{"who-met-whom", map[string]string{"persn": "x"}, `query "who-met-whom": parameter "persn": unknown parameter (valid: person (string), country (string), from (date), to (date), source (string), include-groups (bool))`},
		{"who-met-whom", map[string]string{"from": "2021-13"}, `query "who-met-whom": parameter "from": date "2021-13" is not a valid month (expected YYYY-MM with MM 01-12)`},
		{"who-met-whom", map[string]string{"from": "yesterday"}, `query "who-met-whom": parameter "from": date "yesterday" is not YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of those`},
		{"who-met-whom", map[string]string{"include-groups": "maybe"}, `query "who-met-whom": parameter "include-groups": "maybe" is not a boolean (want true or false)`},
		{"who-met-whom", map[string]string{"from": "2023", "to": "2022-12"}, `query "who-met-whom": parameter "to": "2022-12" ends before from "2023" starts (want from <= to)`},
		{"timeline", map[string]string{"who": "piia", "from": "2021-10-16", "to": "2021-10-12/2021-10-15"}, `query "timeline": parameter "to": "2021-10-12/2021-10-15" ends before from "2021-10-16" starts (want from <= to)`},
		{"visits", map[string]string{"year": "-2021"}, `query "visits": parameter "year": -2021 is out of range (want 1 to 9999)`},
		{"visits", map[string]string{"year": "0"}, `query "visits": parameter "year": 0 is out of range (want 1 to 9999)`},
		{"path", map[string]string{"from": "a", "to": "b", "max-hops": "-3"}, `query "path": parameter "max-hops": -3 is out of range (want 1 or more)`},
	}
	for _, tc := range tests {
		q, err := queries.Lookup(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = queries.Run(context.Background(), qs, q, tc.params)
		var pe *queries.ParamError
		if !errors.As(err, &pe) || err.Error() != tc.want {
			t.Errorf("%s %v:\n got %v\nwant %s", tc.query, tc.params, err, tc.want)
		}
	}
	_, err := queries.Lookup("who-met")
	var ue *queries.UnknownQueryError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "who-met-whom") {
		t.Errorf("unknown query: %v", err)
	}
}

// TestInjection passes values that would break out of a string literal, a
// regular expression or a comment if they were pasted into the source.
func TestInjection(t *testing.T) {
	qs := seed(t)
	for _, v := range []string{
		`"); g.emit({pwned: 1}); ("`,
		`'); g.emit({pwned: 1}); //`,
		"x\ng.emit({pwned: 1})\n",
		`*/ g.emit({pwned: 1}) /*`,
		`\u0022); g.emit(1); //`,
		`.*`, `(?i)`, `[`, `<https://bilat.dev/id/person/yerzhan-kistafin>`,
		"</script>", "\u2028g.emit(1)",
	} {
		for _, q := range queries.Catalog() {
			params := map[string]string{}
			for _, p := range q.Params {
				if p.Type == queries.TypeString {
					params[p.Name] = v
				}
			}
			if len(params) == 0 {
				continue
			}
			res, err := queries.Run(context.Background(), qs, q, params)
			var nf *queries.NotFoundError
			if errors.As(err, &nf) && nf.Value == v {
				continue // the value names nothing: a miss, reported as one
			}
			if err != nil {
				t.Errorf("%s %q: %v", q.Name, v, err)
				continue
			}
			for _, r := range res.Rows {
				if _, ok := r["pwned"]; ok {
					t.Errorf("%s %q: the value ran as code", q.Name, v)
				}
			}
			// Matching ignores punctuation: "(?i)" is the letter i.
			if len(res.Rows) != 0 && v != `.*` && v != `(?i)` && !strings.HasPrefix(v, "<") {
				t.Errorf("%s %q: %d rows, want none", q.Name, v, len(res.Rows))
			}
		}
	}
}

// TestEdgeValues: values at the edges of their range answer, empty, and
// never with a script error.
func TestEdgeValues(t *testing.T) {
	qs := seed(t)
	for _, tc := range []struct {
		query  string
		params map[string]string
	}{
		{"visits", map[string]string{"year": "1"}},
		{"visits", map[string]string{"year": "9999"}},
		{"who-met-whom", map[string]string{"from": "0001", "to": "0001"}},
		{"timeline", map[string]string{"who": "Kistafin", "from": "9999-12-31"}},
		{"post-holders", map[string]string{"post": "ambassador", "at": "0001-01-01"}},
	} {
		if res := run(t, qs, tc.query, tc.params); len(res.Rows) != 0 {
			t.Errorf("%s %v: %d rows, want none", tc.query, tc.params, len(res.Rows))
		}
	}
}

func TestTimeout(t *testing.T) {
	qs := seed(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := queries.RunSource(ctx, qs, "while (true) {}", nil)
	var te *queries.TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("got %v, want a TimeoutError", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the query ran %v past its deadline", d)
	}
}

func TestLimitReported(t *testing.T) {
	qs := seed(t)
	q, _ := queries.Lookup("who-met-whom")
	res, err := queries.RunOpts(context.Background(), qs, q, map[string]string{"person": "Kistafin"}, queries.Options{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || !res.Truncated {
		t.Errorf("limit 1: %d rows, truncated %v", len(res.Rows), res.Truncated)
	}
	all := run(t, qs, "who-met-whom", map[string]string{"person": "Kistafin"})
	res, _ = queries.RunOpts(context.Background(), qs, q, map[string]string{"person": "Kistafin"}, queries.Options{Limit: len(all.Rows)})
	if res.Truncated {
		t.Errorf("limit = row count reported as truncated")
	}
}

// TestBackends runs every golden case on every backend: the rows must not
// depend on the store.
func TestBackends(t *testing.T) {
	for _, b := range graphtest.Backends() {
		if b.Name == graph.Memory {
			continue
		}
		t.Run(b.Name, func(t *testing.T) {
			qs := open(t, b.Fresh(t), "../data")
			for _, c := range seedCases {
				golden(t, c.file, render(t, run(t, qs, c.query, c.params)))
			}
			qs = fixture(t, b.Fresh(t))
			for _, c := range fixtureCases {
				golden(t, c.file, render(t, run(t, qs, c.query, c.params)))
			}
		})
	}
}

// TestFixtureRules asserts the rules the fixture was written for, beyond
// its golden files.
func TestFixtureRules(t *testing.T) {
	qs := fixture(t, graph.Config{Backend: graph.Memory})
	all := run(t, qs, "who-met-whom", nil)
	talks := 0
	for _, r := range all.Rows {
		switch r["event"] {
		case "bekov-malik-2020-04", "rahim-yusupov-2023-06":
			t.Errorf("a planned meeting counts as met: %v", r)
		case "bekov-farooq-talks-2021-06-04":
			talks++
			if want := "Central Eurasia News (https://central-eurasia.example/news/2021-06-06); Islamabad Post (https://islamabad-post.example/2021/06/05/talks)"; queries.Text(r["source"]) != want {
				t.Errorf("talks stated by two sources: source %q, want %q", r["source"], want)
			}
		}
		if r["a"] == "Aidar Bekov" && r["b"] == "Kamran Aziz" || r["a"] == "Kamran Aziz" && r["b"] == "Aidar Bekov" {
			t.Errorf("two parties for Kazakhstan paired: %v", r)
		}
	}
	if talks != 2 {
		t.Errorf("talks: %d rows, want 2 (Bekov-Farooq, Aziz-Farooq), each once though two sources state it", talks)
	}
	if p := run(t, qs, "path", map[string]string{"from": "Nadia Rahim", "to": "Timur Yusupov"}); len(p.Rows) != 2 {
		t.Errorf("path through a planned meeting: %d steps, want 2", len(p.Rows))
	}
	holders := func(post, at string) []string {
		var names []string
		for _, r := range run(t, qs, "post-holders", map[string]string{"post": post, "at": at}).Rows {
			names = append(names, r["holder"].(string))
		}
		return names
	}
	for _, tc := range []struct {
		post, at string
		want     []string
	}{
		{"Governor of Punjab", "2022-04-30", []string{"Omar Farooq"}},
		{"Governor of Punjab", "2022-05-01", []string{"Bilal Khan"}},
		{"Governor of Punjab", "2022", []string{"Omar Farooq", "Bilal Khan"}},
		{"Ambassador of Kazakhstan to Pakistan", "2022-08-31", []string{"Aidar Bekov"}},
		{"Ambassador of Kazakhstan to Pakistan", "2022-09-01", []string{"Dana Serikova"}},
		// Attested on 2020-03-10 only: half a year either side.
		{"Ambassador of Uzbekistan to Pakistan", "2020-09-09", []string{"Timur Yusupov"}},
		{"Ambassador of Uzbekistan to Pakistan", "2020-09-10", nil},
	} {
		if got := holders(tc.post, tc.at); !slices.Equal(got, tc.want) {
			t.Errorf("%s at %s: %q, want %q", tc.post, tc.at, got, tc.want)
		}
	}
}

// asJSON is a value as JSON decodes it: objects as maps, whatever their
// Go type.
func asJSON(t *testing.T, v any) any {
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCayleyUI runs each file as the Cayley UI does, as it is (no params
// bound) and with the JSON-LD collation the Visualize tab asks for, where
// IRIs come back as {"@id": ...}: the rows must match Bilat's own run, and
// network's rows must carry source and target node references.
func TestCayleyUI(t *testing.T) {
	qs := fixture(t, graph.Config{Backend: graph.Memory})
	for _, q := range queries.Catalog() {
		if slices.ContainsFunc(q.Params, func(p queries.Param) bool { return p.Required }) {
			continue
		}
		it, err := gizmo.NewSession(qs).Execute(context.Background(), q.Source, query.Options{Collation: query.JSONLD})
		if err != nil {
			t.Fatal(err)
		}
		var rows []any
		for it.Next(context.Background()) {
			rows = append(rows, it.Result())
		}
		if err := it.Err(); err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		it.Close()
		want := run(t, qs, q.Name, nil)
		if len(rows) != len(want.Rows) {
			t.Errorf("%s: %d rows in the UI, %d in bilat", q.Name, len(rows), len(want.Rows))
			continue
		}
		for i, r := range rows {
			m := r.(map[string]any)
			for _, c := range want.Columns {
				v := m[c]
				if ref, ok := v.(map[string]any); ok && ref["@id"] != nil {
					v = ref["@id"]
				}
				if !reflect.DeepEqual(asJSON(t, v), asJSON(t, want.Rows[i][c])) {
					t.Errorf("%s: row %d: %s = %v in the UI, %v in bilat", q.Name, i, c, v, want.Rows[i][c])
				}
			}
		}
		if q.Name == "network" {
			for _, r := range rows {
				m := r.(map[string]any)
				src, ok1 := m["source"].(map[string]any)
				dst, ok2 := m["target"].(map[string]any)
				if !ok1 || !ok2 || src["@id"] == nil || dst["@id"] == nil {
					t.Errorf("network row without node references: %v", m)
				}
			}
		}
	}
}
