package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
)

func TestQueries(t *testing.T) {
	out := mustBilat(t, "queries")
	for _, want := range []string{"who-met-whom", "post-holders", "--param post=STRING", "(required)", "--param include-groups=BOOL", "(default false)", "--param max-hops=INT  (default 6, 1 or more)", "--param year=INT             (1 to 9999)", "example:", "step, a, event, date, start, end, kind, place, b, source"} {
		if !strings.Contains(out, want) {
			t.Errorf("bilat queries: no %q in\n%s", want, out)
		}
	}
	var list []struct {
		Name   string
		Params []struct{ Name, Type string }
	}
	if err := json.Unmarshal([]byte(mustBilat(t, "queries", "--format", "json")), &list); err != nil || len(list) < 9 {
		t.Errorf("bilat queries --format json: %v %v", err, list)
	}
	q, _ := queries.Lookup("timeline")
	if out := mustBilat(t, "queries", "--source", "timeline"); out != q.Source || !strings.Contains(out, "\nfunction resolve(") {
		t.Errorf("bilat queries --source timeline: %d bytes, want the assembled %d", len(out), len(q.Source))
	}
	if code, _, errOut := bilat(t, "queries", "--source", "timelin"); code != exitUsage || !strings.Contains(errOut, `unknown query "timelin"`) {
		t.Errorf("bilat queries --source timelin: exit %d, %q", code, errOut)
	}
}

func TestQuery(t *testing.T) {
	mem := []string{"--db", "memory", "--data", "../../data"}
	q := func(args ...string) string {
		return mustBilat(t, append(append([]string{"query"}, args...), mem...)...)
	}

	out := q("post-holders", "--param", "post=Governor of Sindh", "--param", "at=2021-10-15", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 || recs[0][1] != "holder" || recs[1][1] != "Imran Ismail" {
		t.Errorf("csv: %v %q", err, recs)
	}

	out = q("post-holders", "-p", "post=governor-of-sindh", "-p", "at=2021-10-15")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "POST ") || strings.Index(lines[0], "HOLDER") != strings.Index(lines[1], "Imran Ismail") {
		t.Errorf("table not aligned:\n%s", out)
	}

	out = q("path", "-p", "from=Kistafin", "-p", "to=masuma-hasan", "--format", "json")
	if !strings.HasPrefix(out, "[\n  {\n    \"step\": 1,\n    \"a\": \"Yerzhan Kistafin\",") {
		t.Errorf("json keys not in column order:\n%s", out)
	}
	out = q("path", "-p", "from=Kistafin", "-p", "to=masuma-hasan", "--format", "ndjson")
	if n := strings.Count(out, "\n"); n != 1 || !strings.HasPrefix(out, `{"step":1,"a":"Yerzhan Kistafin"`) {
		t.Errorf("ndjson:\n%s", out)
	}

	// An ad-hoc file with parameters bound the same way.
	file := filepath.Join(t.TempDir(), "my.js")
	os.WriteFile(file, []byte(`var P = (typeof params === "undefined") ? {} : params;
g.V("<https://bilat.dev/id/person/" + P.who + ">").out("<http://schema.org/name>").all()`), 0o644)
	out = q("--file", file, "-p", "who=masuma-hasan", "--format", "csv")
	if out != "id\nMasuma Hasan\n" {
		t.Errorf("--file: %q", out)
	}
	var stdout, stderr bytes.Buffer
	opts := queryOptions{store: storeOptions{Backend: "memory"}, File: "-", Format: "csv", Data: "../../data", Params: []string{`who=masuma-hasan`}}
	if err := runQuery(context.Background(), opts, nil, strings.NewReader(`g.V("<https://bilat.dev/id/person/" + params.who + ">").out("<http://schema.org/name>").all()`), &stdout, &stderr); err != nil || stdout.String() != "id\nMasuma Hasan\n" {
		t.Errorf("--file -: %v %q", err, stdout.String())
	}

	out = q("who-met-whom", "-p", "person=Kistafin", "--limit", "1", "--format", "ndjson")
	if strings.Count(out, "\n") != 1 {
		t.Errorf("--limit 1:\n%s", out)
	}
	_, _, errOut := bilat(t, append([]string{"query", "who-met-whom", "-p", "person=Kistafin", "--limit", "1"}, mem...)...)
	if !strings.Contains(errOut, "showing the first 1 rows; there are more") {
		t.Errorf("a cut not reported: %q", errOut)
	}
}

// TestQueryBolt runs on the default backend: an empty store is filled from
// the data folder once.
func TestQueryBolt(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bilat.db")
	args := []string{"query", "who-met-whom", "-p", "person=Kistafin", "--dbpath", db, "--data", "../../data", "--format", "csv"}
	code, out, errOut := bilat(t, args...)
	if code != 0 || !strings.Contains(errOut, "the store was empty; loaded") || !strings.Contains(out, "Imran Ismail") {
		t.Fatalf("first run: %d\n%s%s", code, out, errOut)
	}
	code, out2, errOut := bilat(t, args...)
	if code != 0 || errOut != "" || out2 != out {
		t.Errorf("second run: %d %q\n%s", code, errOut, out2)
	}
}

// TestQueryNoData: with an empty store and no records to load, the
// command fails and leaves no store file behind.
func TestQueryNoData(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "bilat.db")
	code, _, errOut := bilat(t, "query", "visits", "--dbpath", db, "--data", filepath.Join(dir, "nothing"))
	if code != exitFailure || !strings.Contains(errOut, "the store is empty and") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("%s was created", db)
	}
}

func TestQueryUsageErrors(t *testing.T) {
	mem := []string{"--db", "memory", "--data", "../../data"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"query"}, "no query named (want one of institutions, network, path, post-holders, provenance, timeline, topics, visits, who-met-whom, or --file FILE)"},
		{[]string{"query", "who-met"}, `unknown query "who-met" (want one of institutions, network, path, post-holders, provenance, timeline, topics, visits, who-met-whom)`},
		{[]string{"query", "who-met-whom", "-p", "persn=x"}, `parameter "persn": unknown parameter (valid: person (string), country (string), from (date), to (date), source (string), include-groups (bool))`},
		{[]string{"query", "who-met-whom", "-p", "from=2021-13-01"}, `parameter "from": date "2021-13-01" is not a day of the calendar (expected YYYY-MM-DD)`},
		{[]string{"query", "post-holders"}, `parameter "post": required, not given (valid: post (string, required), at (date))`},
		{[]string{"query", "path", "-p", "from=a", "-p", "to=b", "-p", "max-hops=three"}, `parameter "max-hops": "three" is not an integer`},
		{[]string{"query", "path", "-p", "from=a", "-p", "to=b", "-p", "max-hops=-3"}, `parameter "max-hops": -3 is out of range (want 1 or more)`},
		{[]string{"query", "topics", "-p", "a= "}, `parameter "a": empty (want a name, alias or id)`},
		{[]string{"query", "visits", "-p", "year=-2021"}, `parameter "year": -2021 is out of range (want 1 to 9999)`},
		{[]string{"query", "who-met-whom", "-p", "from=2023", "-p", "to=2021"}, `parameter "to": "2021" ends before from "2023" starts (want from <= to)`},
		{[]string{"query", "who-met-whom", "-p", "person"}, `--param "person": want key=value`},
		{[]string{"query", "who-met-whom", "--format", "xml"}, `unknown format "xml" for --format (want one of table, json, csv, ndjson)`},
		{[]string{"query", "who-met-whom", "--file", "x.js"}, "give a query name or --file, not both"},
	} {
		code, _, errOut := bilat(t, append(tc.args, mem...)...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("bilat %s: exit %d, %q; want exit 2 with %q", strings.Join(tc.args, " "), code, errOut, tc.want)
		}
	}
	// A name that matches nothing is a usage error with the closest names;
	// a known name with no rows an empty answer with a note.
	code, out, errOut := bilat(t, append([]string{"query", "timeline", "-p", "who=Masuma Hasen"}, mem...)...)
	if want := "bilat: query \"timeline\": parameter \"who\": no person, organization or group named \"Masuma Hasen\" in the graph (closest: \"Masuma Hasan\")\n"; code != exitUsage || out != "" || errOut != want {
		t.Errorf("a miss: exit %d, %q %q; want exit 2 with %q", code, out, errOut, want)
	}
	code, out, errOut = bilat(t, append([]string{"query", "who-met-whom", "-p", "person=Masuma Hasan", "-p", "from=2030", "--format", "csv"}, mem...)...)
	if code != 0 || strings.Count(out, "\n") != 1 || errOut != "bilat: no rows (the names given are in the graph; nothing matches all the parameters)\n" {
		t.Errorf("no rows: exit %d, %q %q", code, out, errOut)
	}
	if code, _, errOut := bilat(t, "queries", "--format", "yaml"); code != exitUsage || !strings.Contains(errOut, `unknown format "yaml"`) {
		t.Errorf("bilat queries --format yaml: exit %d, %q", code, errOut)
	}
}

// TestQueryTableEscapes loads a report whose topic carries terminal escape
// sequences (ESC [ 2 J clears the screen, OSC 0 sets the window title): the
// table shows them as text, CSV and JSON keep the value as it is.
func TestQueryTableEscapes(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"entities", "sources"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	ents, _ := filepath.Glob("../../data/entities/*.yaml")
	for _, f := range ents {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "entities", filepath.Base(f)), data, 0o644)
	}
	report, err := os.ReadFile("../../data/sources/2021-10-15-kistafin-karachi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	evil := `"\e[2J\e]0;pwned\a\e[31mincreasing cooperation\e[0m \u202Eright-to-left\u009b"`
	report = bytes.Replace(report, []byte("- increasing cooperation with regional authorities"), []byte("- "+evil), 1)
	os.WriteFile(filepath.Join(dir, "sources", "evil.yaml"), report, 0o644)
	args := []string{"query", "topics", "-p", "a=KZ", "-p", "b=PK", "--db", "memory", "--data", dir}
	out := mustBilat(t, args...)
	want := `\x1b[2J\x1b]0;pwned\x07\x1b[31mincreasing cooperation\x1b[0m \u202eright-to-left\x9b`
	if !strings.Contains(out, want) {
		t.Errorf("table: no %q in\n%s", want, out)
	}
	for i, r := range out {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x202e {
			t.Errorf("table: control character %U at byte %d", r, i)
			break
		}
	}
	csvOut := mustBilat(t, append(args, "--format", "csv")...)
	if !strings.Contains(csvOut, "\x1b[2J\x1b]0;pwned\a\x1b[31mincreasing cooperation\x1b[0m \u202eright-to-left\u009b") {
		t.Errorf("csv: the value is not kept as it is:\n%q", csvOut)
	}
}

// TestQueryColumnsAndWidth: --columns picks and orders columns in every
// format; the table fits a terminal's width, cutting long cells with an
// ellipsis, and a pipe gets the plain, uncut table.
func TestQueryColumnsAndWidth(t *testing.T) {
	mem := []string{"--db", "memory", "--data", "../../data"}
	q := func(args ...string) string {
		return mustBilat(t, append(append([]string{"query", "post-holders", "-p", "post=Governor of Sindh", "-p", "at=2021-10-15"}, args...), mem...)...)
	}
	for format, want := range map[string]string{
		"csv":    "holder,post\nImran Ismail,Governor of Sindh\n",
		"ndjson": `{"holder":"Imran Ismail","post":"Governor of Sindh"}` + "\n",
		"json":   "[\n  {\n    \"holder\": \"Imran Ismail\",\n    \"post\": \"Governor of Sindh\"\n  }\n]\n",
		"table":  "HOLDER        POST\nImran Ismail  Governor of Sindh\n",
	} {
		if got := q("--columns", "holder,post", "--format", format); got != want {
			t.Errorf("--columns holder,post --format %s:\n%q\nwant %q", format, got, want)
		}
	}
	code, _, errOut := bilat(t, append([]string{"query", "visits", "--columns", "visit,nope"}, mem...)...)
	if want := "bilat: --columns: unknown column \"nope\" (want some of visit, title, visitors, from_country, destinations, host_country, date, start, end, precision, status, events, stated_meetings, source)\n"; code != exitUsage || errOut != want {
		t.Errorf("--columns visit,nope: exit %d, %q", code, errOut)
	}

	// On a pipe (the test's buffer), lines are as long as they need to be.
	plain := q()
	if !strings.Contains(plain, "UrduPoint (https://www.urdupoint.com/en/pakistan/kazakhstan-business-delegation-calls-on-gover-1478047.html)") || strings.Contains(plain, "…") {
		t.Errorf("pipe: the table is cut:\n%s", plain)
	}
	// On an 80-column terminal, every line fits and long cells end in "…".
	var stdout, stderr bytes.Buffer
	opts := queryOptions{store: storeOptions{Backend: "memory"}, Format: "table", Data: "../../data", Width: 80,
		Params: []string{"post=Governor of Sindh", "at=2021-10-15"}}
	if err := runQuery(context.Background(), opts, []string{"post-holders"}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	want := "POST               HOLDER        FROM  UNTIL  ATTESTED          SOURCE\n" +
		"Governor of Sindh  Imran Ismail               2021-10-15; 202…  Pakistan Econom…\n"
	if stdout.String() != want {
		t.Errorf("80 columns:\n%s\nwant\n%s", stdout.String(), want)
	}
	for _, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("a line of %d characters on an 80-column terminal: %q", n, line)
		}
	}
}

// TestQueryConstructs: the facts that are no contact (invitations,
// proposals, commitments, stated figures, recognition) are answered by
// provenance with the report that states them, and never by who-met-whom,
// where the office named as a participant stays the office (its only
// holder in the graph is a former one) and the signatories met.
func TestQueryConstructs(t *testing.T) {
	dir := t.TempDir()
	graphtest.CopyTree(t, "../../schema/testdata/base", dir)
	b, err := os.ReadFile("../../schema/testdata/good/constructs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "constructs.yaml"), string(b))
	out := mustBilat(t, "query", "provenance", "--db", "memory", "--data", dir, "--param", "entity=PK",
		"--format", "csv", "--columns", "subject,predicate,object,source")
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, ",good-constructs") {
			got = append(got, l)
		}
	}
	want := []string{
		"bilatid:commitment/share-student-data,bilat:by,bilatid:country/PK,good-constructs",
		"bilatid:figure/trade-2020,bilat:figureOf,bilatid:country/PK,good-constructs",
		"bilatid:invitation/invite-games,bilat:invitee,bilatid:country/PK,good-constructs",
		"bilatid:invitation/propose-culture-talks,bilat:invitee,bilatid:country/PK,good-constructs",
		"bilatid:relation/pk-recognises-kz,bilat:party,bilatid:country/PK,good-constructs",
		// Derived: a party of the talks, Masuma Hasan, stood for Pakistan.
		"bilatid:event/envoy-office-talks,bilat:partyCountry,bilatid:country/PK,good-constructs",
	}
	if !slices.Equal(got, want) {
		t.Errorf("provenance of PK from the constructs report:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	met := mustBilat(t, "query", "who-met-whom", "--db", "memory", "--data", dir, "--param", "source=good-constructs",
		"--format", "csv", "--columns", "event,a,b")
	if want := "event,a,b\nenvoy-office-talks,Ambassador of Kazakhstan to Pakistan,Masuma Hasan\npiia-memorandum,Masuma Hasan,Yerzhan Kistafin\n"; met != want {
		t.Errorf("who-met-whom of the constructs report:\n%s\nwant\n%s", met, want)
	}
}
