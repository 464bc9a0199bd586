package server

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/extract"
	"github.com/bilat/bilat/schema/extract/article"
)

// TestStoreRecords loads the seed data into a store and reads the records
// back: every field a gazetteer uses must come back as the files state it.
func TestStoreRecords(t *testing.T) {
	files, err := schema.ReadFiles(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	store := openSeed(t, graph.Config{Backend: graph.Memory})
	defer store.Close()
	got, err := storeRecords(context.Background(), store.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	want, have := gazetteerView(files), gazetteerView(got)
	if len(want) < 100 {
		t.Fatalf("only %d facts in the seed data: is data/ there?", len(want))
	}
	for _, l := range diffLines(want, have) {
		t.Error(l)
	}
}

// gazetteerView lists, one line each, what a gazetteer reads from records,
// in the form mapping keeps it: string lists sorted and without repeats, a
// tenure's from/until as day bounds, an organization's country only when
// it has no city (else it is derived).
func gazetteerView(files []*schema.File) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	set := func(vs []string) string {
		vs = slices.Clone(vs)
		for i := range vs {
			vs[i] = strings.TrimSpace(vs[i])
		}
		slices.Sort(vs)
		return strings.Join(slices.Compact(vs), "|")
	}
	for _, f := range files {
		for _, c := range f.Countries {
			add("country %s %q %q %q [%s]", c.ID, c.Name, c.OfficialName, c.Demonym, set(c.Aliases))
		}
		for _, p := range f.Places {
			add("place %s %q %s in=%s [%s]", p.ID, p.Name, p.Kind, p.In.ID, set(p.Aliases))
		}
		for _, p := range f.People {
			add("person %s %q (%s) of=%s [%s]", p.ID, p.Name, set(p.Honorifics), p.Nationality.ID, set(p.Aliases))
		}
		for _, o := range f.Organizations {
			country := o.Country.ID
			if !o.City.IsZero() {
				country = ""
			}
			add("org %s %q %s city=%s country=%s rep=%s part=%s [%s]", o.ID, o.Name, o.Kind, o.City.ID, country, o.Represents.ID, o.PartOf.ID, set(o.Aliases))
		}
		for _, p := range f.Posts {
			add("post %s %q %q of=%s toward=%s [%s]", p.ID, p.Name, p.Title, p.Of.ID, p.Toward.ID, set(p.Aliases))
		}
		for _, g := range f.Groups {
			if f.Source == nil {
				add("group %s %q", g.ID, g.Name)
			} else {
				add("source %s: group %s", f.Source.ID, g.ID)
			}
		}
		if f.Source == nil {
			continue
		}
		s := f.Source
		add("source %s %q %q %q %s dateline=%s", s.ID, s.URL, s.Publisher, s.Title, s.Published.Value, s.Dateline.ID)
		forms := map[string][]string{}
		for _, m := range f.Mentions {
			forms[m.ID.ID] = append(forms[m.ID.ID], m.As...)
		}
		for id, as := range forms {
			add("source %s: mention %s [%s]", s.ID, id, set(as))
		}
		for _, tn := range f.Tenures {
			var from, until string
			if !tn.From.IsZero() {
				from = tn.From.Start()
			}
			if !tn.Until.IsZero() {
				until = tn.Until.End()
			}
			add("source %s: tenure %s %s from=%s until=%s as_of=%s", s.ID, tn.Person.ID, tn.Post.ID, from, until, tn.AsOf.Value)
		}
		for _, e := range f.Events {
			add("source %s: event %s", s.ID, e.ID)
		}
		for _, v := range f.Visits {
			add("source %s: visit %s", s.ID, v.ID)
		}
		for _, d := range f.Documents {
			add("source %s: document %s", s.ID, d.ID)
		}
		for _, r := range f.Relations {
			add("source %s: relation %s", s.ID, r.ID)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// diffLines says which lines of two sorted lists only one of them has.
func diffLines(want, got []string) []string {
	var out []string
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		switch {
		case j == len(got) || i < len(want) && cmp.Less(want[i], got[j]):
			out = append(out, "missing: "+want[i])
			i++
		case i == len(want) || cmp.Less(got[j], want[i]):
			out = append(out, "extra:   "+got[j])
			j++
		default:
			i, j = i+1, j+1
		}
	}
	return out
}

// benchStore is the store the draft benchmarks read: a bolt file named by
// BILAT_BENCH_DRAFT_STORE (for instance a `bilat gen` corpus loaded with
// `bilat load`), else the seed data in memory.
func benchStore(b *testing.B) *graph.Store {
	b.Helper()
	if p := os.Getenv("BILAT_BENCH_DRAFT_STORE"); p != "" {
		s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: p, ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	return openSeed(b, graph.Config{Backend: graph.Memory})
}

// BenchmarkStoreRecords is the draft page's first request after a load:
// records rebuilt from the store, and the gazetteer indexed.
func BenchmarkStoreRecords(b *testing.B) {
	store := benchStore(b)
	defer store.Close()
	for b.Loop() {
		files, err := storeRecords(context.Background(), store.QuadStore())
		if err != nil {
			b.Fatal(err)
		}
		extract.NewGazetteer(files)
	}
}

// BenchmarkDraftReport is every later request: one corpus report drafted
// against the cached gazetteer, and its text marked.
func BenchmarkDraftReport(b *testing.B) {
	store := benchStore(b)
	defer store.Close()
	files, err := storeRecords(context.Background(), store.QuadStore())
	if err != nil {
		b.Fatal(err)
	}
	g, known := extract.NewGazetteer(files), newKnownRecords(files)
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "..", "shared", "corpus", "articles", "008.txt"))
	if err != nil {
		data, err = os.ReadFile("/work/shared/corpus/articles/008.txt")
	}
	if err != nil {
		b.Fatal(err)
	}
	a, err := article.Parse("008.txt", data, "")
	if err != nil {
		b.Fatal(err)
	}
	a.Published = "2022-03-01"
	for b.Loop() {
		if _, err := draftReport(context.Background(), a, g, known); err != nil {
			b.Fatal(err)
		}
	}
}
