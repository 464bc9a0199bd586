package server

import (
	"reflect"
	"testing"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/extract"
)

func TestMarkMentions(t *testing.T) {
	text := "KARACHI: Governor of Sindh Imran Ismail received the Kazakh\nenvoy, Mr. Y. Kistafin. Kazakhstan and Sindh... kistafin"
	forms := []markForm{
		{form: "Karachi", kind: "place", id: "karachi", known: true},
		{form: "Sindh", kind: "place", id: "sindh", known: true},
		{form: "Governor of Sindh Imran Ismail", kind: "person", id: "imran-ismail", known: true},
		{form: "Kazakh envoy", kind: "post", id: "kz-ambassador-pk", known: true},
		{form: "Kazakh", kind: "country", id: "KZ", known: true}, // not inside "Kazakhstan"
		{form: "Y. Kistafin", kind: "person", id: "yerzhan-kistafin", known: true, check: "close to Yerzhan Kistafin"},
		{form: "Kistafin", kind: "person", id: "yerzhan-kistafin", known: true},
		{form: "", kind: "person", id: "nobody"},
	}
	want := []Segment{
		{Text: "KARACHI", Kind: "place", ID: "karachi", Known: true},
		{Text: ": "},
		{Text: "Governor of Sindh Imran Ismail", Kind: "person", ID: "imran-ismail", Known: true},
		{Text: " received the "},
		{Text: "Kazakh\nenvoy", Kind: "post", ID: "kz-ambassador-pk", Known: true},
		{Text: ", Mr. "},
		{Text: "Y. Kistafin", Kind: "person", ID: "yerzhan-kistafin", Known: true, Check: "close to Yerzhan Kistafin"},
		{Text: ". Kazakhstan and "},
		{Text: "Sindh", Kind: "place", ID: "sindh", Known: true},
		{Text: "... "},
		{Text: "kistafin", Kind: "person", ID: "yerzhan-kistafin", Known: true},
	}
	got := markMentions(text, forms)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%#v\nwant\n%#v", got, want)
	}
	if got := markMentions("no names here", forms); !reflect.DeepEqual(got, []Segment{{Text: "no names here"}}) {
		t.Errorf("got %#v", got)
	}
}

// TestMarkForms: the forms come from the draft's mentions and new records;
// a doubt about who a name is marks it, a doubt about a date does not.
func TestMarkForms(t *testing.T) {
	dr := &extract.Draft{
		Source: &schema.File{Source: &schema.Source{ID: "s"}, Mentions: []schema.Mention{
			{ID: schema.Ref{ID: "yerzhan-kistafin"}, As: []string{"Y. Kistafin"}},
			{ID: schema.Ref{ID: "aida-bek"}, As: []string{"Ms. Bek"}},
		}},
		Entities: &schema.File{
			People:        []schema.Person{{ID: "aida-bek", Name: "Aida Bek"}},
			Organizations: []schema.Organization{{ID: "harbour-university", Name: "Harbour University"}},
		},
		Checks: map[string]string{
			"mention\x00yerzhan-kistafin":          "close to Yerzhan Kistafin",
			"organization\x00harbour-university":   "new organization",
			"event\x00meeting-1\x00date":           "date from \"on Thursday\"",
			"person\x00aida-bek\x00nationality":    "nationality from \"Kazakh\"",
			"participant\x00meeting-1\x00aida-bek": "role assumed",
		},
	}
	dr.Source.Source.Dateline = schema.Ref{ID: "karachi"}
	got := markForms(dr, knownRecords{kinds: schema.Kinds{"yerzhan-kistafin": schema.KindPerson, "karachi": schema.KindPlace},
		names: map[string][]string{"karachi": {"Karachi", "Karāchi"}, "yerzhan-kistafin": {"Yerzhan Kistafin"}}})
	want := []markForm{
		{form: "Karachi", kind: "place", id: "karachi", known: true},
		{form: "Karāchi", kind: "place", id: "karachi", known: true},
		{form: "Y. Kistafin", kind: "person", id: "yerzhan-kistafin", known: true, check: "close to Yerzhan Kistafin"},
		{form: "Ms. Bek", kind: "person", id: "aida-bek"},
		{form: "Aida Bek", kind: "person", id: "aida-bek"},
		{form: "Harbour University", kind: "org", id: "harbour-university", check: "new organization"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}
