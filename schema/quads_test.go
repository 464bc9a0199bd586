package schema_test

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// TestMapper checks that the lazy mapper announces its labels sorted, yields
// the units in that order equal to Units', and stops when asked to.
func TestMapper(t *testing.T) {
	files, err := schema.ReadFiles("../data")
	if err != nil {
		t.Fatal(err)
	}
	m := schema.NewMapper(files)
	labels := m.Labels()
	if !slices.IsSorted(labels) || len(labels) < 2 || !slices.Contains(labels, schema.CurationLabel) {
		t.Fatalf("labels %v: want them sorted, two or more, the curation label among them", labels)
	}
	units := schema.Units(files)
	var got []quad.IRI
	i := 0
	for u := range m.All() {
		got = append(got, u.Label)
		if i < len(units) && (!slices.Equal(u.Quads, units[i].Quads) || !slices.Equal(u.Files, units[i].Files)) {
			t.Errorf("unit %q differs from Units' unit %q", u.Label, units[i].Label)
		}
		i++
	}
	if !slices.Equal(got, labels) || len(units) != len(labels) {
		t.Errorf("All yielded %d units, Units %d; labels %d; want equal", len(got), len(units), len(labels))
	}
	n := 0
	for range m.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("All went on after break: %d units", n)
	}
}

// TestDateLiteral: a date is typed by its precision; an interval, which
// XSD has no type for, stays a plain string.
func TestDateLiteral(t *testing.T) {
	for _, c := range []struct {
		in   string
		want quad.Value
	}{
		{"2023", quad.TypedString{Value: "2023", Type: "http://www.w3.org/2001/XMLSchema#gYear"}},
		{"2023-05", quad.TypedString{Value: "2023-05", Type: "http://www.w3.org/2001/XMLSchema#gYearMonth"}},
		{"2023-05-28", quad.TypedString{Value: "2023-05-28", Type: "http://www.w3.org/2001/XMLSchema#date"}},
		{"2021-10-12/2021-10-15", quad.String("2021-10-12/2021-10-15")},
	} {
		if got := (schema.Date{Value: c.in}).Literal(); got != c.want {
			t.Errorf("Date(%q).Literal() = %#v, want %#v", c.in, got, c.want)
		}
	}
}

// TestCurationLabelApart: the entity files' label lies outside the source
// namespace, so even a source whose id is "curation" (which validation
// refuses) maps to a unit of its own rather than to the entity files'.
func TestCurationLabelApart(t *testing.T) {
	files := []*schema.File{
		{Path: "entities.yaml", Countries: []schema.Country{{ID: "KZ", Name: "Kazakhstan"}}},
		{Path: "curation.yaml", Source: &schema.Source{ID: schema.CurationID, URL: "https://example.org/c", Publisher: "P", Title: "T"},
			Mentions: []schema.Mention{{ID: schema.Ref{ID: "KZ"}, As: []string{"Kazakh"}}}},
	}
	want := []quad.IRI{schema.CurationLabel, schema.IRI(schema.KindSource, schema.CurationID)}
	if got := schema.NewMapper(files).Labels(); !slices.Equal(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
	if schema.LegacyCurationLabel != want[1] {
		t.Errorf("legacy label %q, want %q", schema.LegacyCurationLabel, want[1])
	}
}
