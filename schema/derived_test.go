package schema

import (
	"slices"
	"strings"
	"testing"
)

// TestDerived checks the derived quads of a small corpus, fact by fact: what
// each entity stands for and which countries each event's parties stood
// for, over the reports that state it.
func TestDerived(t *testing.T) {
	ref := func(id string) Ref { return Ref{ID: id} }
	entities := &File{
		Path:      "entities.yaml",
		Countries: []Country{{ID: "KZ", Name: "Kazakhstan"}, {ID: "PK", Name: "Pakistan"}, {ID: "TR", Name: "Turkey"}},
		Places:    []Place{{ID: "ankara", Name: "Ankara", Kind: "city", In: ref("TR")}},
		People: []Person{
			{ID: "amb", Name: "An Ambassador", Nationality: ref("KZ")},
			{ID: "gov", Name: "A Governor", Nationality: ref("PK")},
			{ID: "consul", Name: "A Consul"},
		},
		Organizations: []Organization{
			{ID: "uni", Name: "A University", Kind: "university", City: ref("ankara")},
			{ID: "embassy", Name: "An Embassy", Kind: "embassy", Country: ref("PK"), Represents: ref("KZ")},
		},
		Groups: []Group{
			{ID: "staff", Name: "Embassy staff", Kind: "delegation", PartOf: ref("embassy")},
			{ID: "team", Name: "A team of the staff", Kind: "delegation", PartOf: ref("staff")},
			{ID: "loose", Name: "A group of no country", Kind: "delegation"},
		},
	}
	event := func(ps ...Participant) Event {
		return Event{ID: "talks", Kind: "meeting", Title: "Talks", Date: Date{Value: "2021-10-15"}, Participants: ps}
	}
	a := &File{
		Path:   "a.yaml",
		Source: &Source{ID: "a", URL: "https://example.org/a", Title: "A", Published: Date{Value: "2021-10-15"}},
		Events: []Event{event(
			Participant{Who: ref("amb"), Role: "guest"},
			Participant{Who: ref("consul"), Role: "attendee", Represents: ref("TR")},
		), {ID: "visit-uni", Kind: "meeting", Title: "At the university", Date: Date{Value: "2021-10-16"},
			Participants: []Participant{{Who: ref("team"), Role: "guest"}, {Who: ref("uni"), Role: "host"}, {Who: ref("loose"), Role: "attendee"}}}},
	}
	b := &File{
		Path:   "b.yaml",
		Source: &Source{ID: "b", URL: "https://example.org/b", Title: "B", Published: Date{Value: "2021-10-16"}},
		Events: []Event{event(
			Participant{Who: ref("gov"), Role: "host"},
			Participant{Who: ref("consul"), Role: "attendee", Represents: ref("PK")},
		)},
	}
	var got []string
	for _, u := range Units([]*File{entities, a, b}) {
		for _, q := range u.Quads {
			if q.Predicate == StandsFor || q.Predicate == PartyCountry || q.Predicate == CountryPair {
				got = append(got, strings.TrimSuffix(q.NQuad(), " ."))
			}
		}
	}
	slices.Sort(got)
	const id, ns = "https://bilat.dev/id/", "https://bilat.dev/ns/"
	line := func(s, p, o, label string) string {
		return "<" + id + s + "> <" + ns + p + "> <" + id + o + "> <" + id + label + ">"
	}
	want := []string{
		// The consul: Pakistan by report b, Turkey by report a; the first by IRI is
		// Pakistan, so the talks' parties stood for Kazakhstan and Pakistan only.
		line("event/talks", "partyCountry", "country/KZ", "source/a"),
		line("event/talks", "partyCountry", "country/KZ", "source/b"),
		line("event/talks", "partyCountry", "country/PK", "source/a"),
		line("event/talks", "partyCountry", "country/PK", "source/b"),
		line("event/talks", "countryPair", "pair/KZ-PK", "source/a"),
		line("event/talks", "countryPair", "pair/KZ-PK", "source/b"),
		line("event/visit-uni", "countryPair", "pair/KZ-TR", "source/a"),
		line("event/visit-uni", "partyCountry", "country/KZ", "source/a"),
		line("event/visit-uni", "partyCountry", "country/TR", "source/a"),
		line("group/staff", "standsFor", "country/KZ", "curation"),
		line("group/team", "standsFor", "country/KZ", "curation"),
		line("org/embassy", "standsFor", "country/KZ", "curation"),
		line("org/uni", "standsFor", "country/TR", "curation"),
		line("person/amb", "standsFor", "country/KZ", "curation"),
		line("person/gov", "standsFor", "country/PK", "curation"),
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("derived quads:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
