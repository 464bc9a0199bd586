// Package data_test checks the curated records in data/ against the gold
// annotation of the development corpus (testdata/gold/NNN.json, our own
// independent reading of each report): the curated graph, loaded into a real
// memory store and asked the canned who-met-whom query, must yield every
// gold "met" pair and no cross-country pair the gold lacks. Where the
// curation disagrees with the gold for a good reason, the pair is listed with
// the reason in testdata/gold-exceptions.yaml (at most maxExceptions).
package data_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
)

// maxExceptions bounds the reviewed disagreements with the gold: more than a
// handful means the curation or the gold needs another look, not a longer list.
const maxExceptions = 5

// gold is the part of a gold file the test reads.
type gold struct {
	ID     string `json:"id"`
	Source struct {
		URL       string  `json:"url"`
		Published *string `json:"published"`
	} `json:"source"`
	// Met holds [name, name, date-or-null] triples.
	Met [][]any `json:"met"`
}

// goldPair is one met pair of a report, names in order.
type goldPair struct {
	report string
	a, b   string
	date   string // "" when the gold gives none
}

// exception is one reviewed disagreement: the pair either is missing from
// the curation (the gold has it) or is extra (the curation has it).
type exception struct {
	Report string   `yaml:"report"`
	Pair   []string `yaml:"pair"`
	Reason string   `yaml:"reason"`
}

// row is a who-met-whom answer reduced to what the comparison needs.
type row struct {
	event, date        string
	a, b               string
	aCountry, bCountry string
	sources            string
}

func TestGold(t *testing.T) {
	golds := readGold(t)
	exceptions := readExceptions(t)
	files, err := schema.ReadFiles(".")
	if err != nil {
		t.Fatalf("read data: %v", err)
	}
	checkSources(t, golds, files)
	rows := whoMetWhom(t, files)

	used := make(map[string]bool)
	excepted := func(report, a, b string) bool {
		k := key(report, a, b)
		for _, e := range exceptions {
			if key(e.Report, e.Pair[0], e.Pair[1]) == k {
				used[k] = true
				return true
			}
		}
		return false
	}

	// Every gold pair: a row from the report's own source, dates agreeing.
	byURL := make(map[string]string, len(golds))
	goldKeys := make(map[string]bool)
	for _, g := range golds {
		byURL[g.Source.URL] = g.ID
		for _, p := range pairs(t, g) {
			goldKeys[key(p.report, p.a, p.b)] = true
			var seen []string
			found := false
			for _, r := range rows {
				if !strings.Contains(r.sources, "("+g.Source.URL+")") || pairKey(r.a, r.b) != pairKey(p.a, p.b) {
					continue
				}
				if datesAgree(p.date, r.date) {
					found = true
					break
				}
				seen = append(seen, fmt.Sprintf("%s on %q", r.event, r.date))
			}
			if found || excepted(p.report, p.a, p.b) {
				continue
			}
			if len(seen) > 0 {
				t.Errorf("report %s: gold pair %q and %q (date %q): dates disagree: %s", p.report, p.a, p.b, p.date, strings.Join(seen, ", "))
			} else {
				t.Errorf("report %s: gold pair %q and %q (date %q): no held event of the report puts them together", p.report, p.a, p.b, p.date)
			}
		}
	}

	// No cross-country pair the gold of its reports lacks. Events only the
	// seed reports tell are outside the gold.
	for _, r := range rows {
		if r.aCountry == "" || r.bCountry == "" || r.aCountry == r.bCountry {
			continue
		}
		var reports []string
		for url, id := range byURL {
			if strings.Contains(r.sources, "("+url+")") {
				reports = append(reports, id)
			}
		}
		if len(reports) == 0 {
			continue
		}
		slices.Sort(reports)
		ok := false
		for _, id := range reports {
			if goldKeys[key(id, r.a, r.b)] || excepted(id, r.a, r.b) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("report %s: event %q pairs %q (%s) and %q (%s), a pair the gold lacks",
				strings.Join(reports, ", "), r.event, r.a, r.aCountry, r.b, r.bCountry)
		}
	}

	t.Logf("%d gold pairs over %d reports; %d who-met-whom rows; %d exceptions", len(goldKeys), len(golds), len(rows), len(exceptions))
	for _, e := range exceptions {
		if !used[key(e.Report, e.Pair[0], e.Pair[1])] {
			t.Errorf("gold-exceptions.yaml: report %s, pair %q: not needed any more; expected it removed", e.Report, e.Pair)
		}
	}
}

// readGold reads every testdata/gold/*.json.
func readGold(t *testing.T) []gold {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "gold", "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no gold files in testdata/gold (%v)", err)
	}
	var out []gold
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if g.ID == "" || g.Source.URL == "" {
			t.Fatalf("%s: missing id or source url", name)
		}
		out = append(out, g)
	}
	return out
}

// pairs turns a gold file's met triples into pairs.
func pairs(t *testing.T, g gold) []goldPair {
	t.Helper()
	var out []goldPair
	for i, m := range g.Met {
		if len(m) != 3 {
			t.Fatalf("gold %s: met[%d]: found %d items, expected [name, name, date or null]", g.ID, i, len(m))
		}
		a, aok := m[0].(string)
		b, bok := m[1].(string)
		if !aok || !bok {
			t.Fatalf("gold %s: met[%d]: expected two names", g.ID, i)
		}
		p := goldPair{report: g.ID, a: a, b: b}
		if m[2] != nil {
			d, ok := m[2].(string)
			if !ok {
				t.Fatalf("gold %s: met[%d]: date %v: expected a string or null", g.ID, i, m[2])
			}
			p.date = d
		}
		out = append(out, p)
	}
	return out
}

// readExceptions reads testdata/gold-exceptions.yaml (absent: none).
func readExceptions(t *testing.T) []exception {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gold-exceptions.yaml"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Exceptions []exception `yaml:"exceptions"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		t.Fatalf("gold-exceptions.yaml: %v", err)
	}
	if len(doc.Exceptions) > maxExceptions {
		t.Errorf("gold-exceptions.yaml: found %d exceptions, expected at most %d", len(doc.Exceptions), maxExceptions)
	}
	for i, e := range doc.Exceptions {
		if e.Report == "" || len(e.Pair) != 2 || strings.TrimSpace(e.Reason) == "" {
			t.Fatalf("gold-exceptions.yaml: exception %d: expected report, a pair of two names and a reason", i+1)
		}
	}
	return doc.Exceptions
}

// checkSources asks for one source record per gold report, citing the
// report's URL and published date.
func checkSources(t *testing.T, golds []gold, files []*schema.File) {
	t.Helper()
	byURL := make(map[string]*schema.Source)
	for _, f := range files {
		if f.Source != nil {
			byURL[f.Source.URL] = f.Source
		}
	}
	for _, g := range golds {
		s, ok := byURL[g.Source.URL]
		if !ok {
			t.Errorf("report %s: no source file cites %s", g.ID, g.Source.URL)
			continue
		}
		want := ""
		if g.Source.Published != nil {
			want = *g.Source.Published
		}
		if s.Published.Value != want {
			t.Errorf("report %s: source %q: published %q, gold says %q", g.ID, s.ID, s.Published.Value, want)
		}
	}
}

// whoMetWhom loads the records into a memory store and runs the canned query.
func whoMetWhom(t *testing.T, files []*schema.File) []row {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memory})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Load(ctx, schema.Units(files), graph.LoadOptions{}); err != nil {
		t.Fatalf("load: %v", err)
	}
	q, err := queries.Lookup("who-met-whom")
	if err != nil {
		t.Fatal(err)
	}
	res, err := queries.Run(ctx, st.QuadStore(), q, nil)
	if err != nil {
		t.Fatalf("who-met-whom: %v", err)
	}
	if len(res.Rows) == 0 {
		t.Fatal("who-met-whom: no rows")
	}
	out := make([]row, 0, len(res.Rows))
	for _, r := range res.Rows {
		s := func(k string) string { return queries.Text(r[k]) } // sources as "Publisher (URL); ..."
		out = append(out, row{
			event: s("event"), date: s("date"), a: s("a"), b: s("b"),
			aCountry: s("a_country"), bCountry: s("b_country"), sources: s("source"),
		})
	}
	return out
}

// datesAgree says whether an event's date agrees with the gold's at the
// gold's precision: no gold date agrees with any; otherwise one date's day
// bounds must lie within the other's (the gold day falls in the event's
// span, or the event's day is in the gold's month or year).
func datesAgree(goldDate, eventDate string) bool {
	if goldDate == "" {
		return true
	}
	if eventDate == "" {
		return false
	}
	g, e := schema.Date{Value: goldDate}, schema.Date{Value: eventDate}
	gLo, gHi, eLo, eHi := g.Start(), g.End(), e.Start(), e.End()
	if gLo == "" || eLo == "" {
		return goldDate == eventDate
	}
	return eLo <= gLo && gHi <= eHi || gLo <= eLo && eHi <= gHi
}

func pairKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "\x00" + b
}

func key(report, a, b string) string { return report + "\x00" + pairKey(a, b) }
