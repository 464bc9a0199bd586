package synth

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bilat/bilat/schema"
)

// Encode writes a record file as YAML in the layout of the curated files in
// data/: sections in a fixed order, keys in the order of the record types,
// empty values left out, short lists of plain words in flow style.
func Encode(w io.Writer, f *schema.File) error {
	e := &encoder{}
	if s := f.Source; s != nil {
		e.b.WriteString("source:\n")
		e.field(2, "id", s.ID)
		e.field(2, "url", s.URL)
		e.field(2, "publisher", s.Publisher)
		e.field(2, "title", s.Title)
		e.field(2, "published", s.Published.Value)
		e.field(2, "dateline", s.Dateline.ID)
		e.field(2, "language", s.Language)
		e.field(2, "note", s.Note)
	}
	section(e, "countries", f.Countries, func(c schema.Country) {
		e.field(4, "name", c.Name)
		e.field(4, "official_name", c.OfficialName)
		e.field(4, "demonym", c.Demonym)
		e.list(4, "aliases", c.Aliases)
		e.field(4, "wikidata", c.Wikidata)
	}, func(c schema.Country) string { return c.ID })
	section(e, "places", f.Places, func(p schema.Place) {
		e.field(4, "name", p.Name)
		e.field(4, "kind", p.Kind)
		e.field(4, "in", p.In.ID)
		e.list(4, "aliases", p.Aliases)
		e.field(4, "wikidata", p.Wikidata)
		e.field(4, "note", p.Note)
	}, func(p schema.Place) string { return p.ID })
	section(e, "people", f.People, func(p schema.Person) {
		e.field(4, "name", p.Name)
		e.list(4, "honorifics", p.Honorifics)
		e.list(4, "aliases", p.Aliases)
		e.field(4, "nationality", p.Nationality.ID)
		e.field(4, "wikidata", p.Wikidata)
		e.field(4, "note", p.Note)
	}, func(p schema.Person) string { return p.ID })
	section(e, "organizations", f.Organizations, func(o schema.Organization) {
		e.field(4, "name", o.Name)
		e.field(4, "kind", o.Kind)
		e.list(4, "aliases", o.Aliases)
		e.field(4, "city", o.City.ID)
		e.field(4, "country", o.Country.ID)
		e.field(4, "founded", o.Founded.Value)
		e.field(4, "represents", o.Represents.ID)
		e.field(4, "part_of", o.PartOf.ID)
		e.field(4, "url", o.URL)
		e.field(4, "wikidata", o.Wikidata)
		e.field(4, "note", o.Note)
	}, func(o schema.Organization) string { return o.ID })
	section(e, "posts", f.Posts, func(p schema.Post) {
		e.field(4, "name", p.Name)
		e.field(4, "title", p.Title)
		e.field(4, "of", p.Of.ID)
		e.field(4, "toward", p.Toward.ID)
		e.list(4, "aliases", p.Aliases)
	}, func(p schema.Post) string { return p.ID })
	section(e, "mentions", f.Mentions, func(m schema.Mention) {
		e.list(4, "as", m.As)
	}, func(m schema.Mention) string { return m.ID.ID })
	section(e, "tenures", f.Tenures, func(t schema.Tenure) {
		e.field(4, "post", t.Post.ID)
		e.field(4, "from", t.From.Value)
		e.field(4, "until", t.Until.Value)
		e.field(4, "as_of", t.AsOf.Value)
	}, func(t schema.Tenure) string { return "person: " + plain(t.Person.ID, false) })
	section(e, "groups", f.Groups, func(g schema.Group) {
		e.field(4, "name", g.Name)
		e.field(4, "kind", g.Kind)
		e.field(4, "part_of", g.PartOf.ID)
		e.field(4, "place", g.Place.ID)
		e.field(4, "represents", g.Represents.ID)
		e.field(4, "led_by", g.LedBy.ID)
		e.list(4, "members", ids(g.Members))
		if len(g.Figures) > 0 {
			e.b.WriteString("    figures:\n")
			for _, f := range g.Figures {
				fmt.Fprintf(&e.b, "      - {count: %d, unit: %s}\n", f.Count, plain(f.Unit, true))
			}
		}
		e.field(4, "note", g.Note)
	}, func(g schema.Group) string { return g.ID })
	section(e, "visits", f.Visits, func(v schema.Visit) {
		e.field(4, "title", v.Title)
		e.list(4, "visitors", ids(v.Visitors))
		e.list(4, "destinations", ids(v.Destinations))
		e.field(4, "host_country", v.HostCountry.ID)
		e.field(4, "date", v.Date.Value)
		e.field(4, "date_note", v.DateNote)
		e.num(4, "stated_meetings", v.StatedMeetings)
		e.field(4, "purpose", v.Purpose)
		e.field(4, "status", v.Status)
		e.list(4, "organisers", ids(v.Organisers))
		e.field(4, "note", v.Note)
	}, func(v schema.Visit) string { return v.ID })
	section(e, "events", f.Events, func(ev schema.Event) {
		e.field(4, "kind", ev.Kind)
		e.field(4, "title", ev.Title)
		e.field(4, "status", ev.Status)
		e.field(4, "date", ev.Date.Value)
		e.field(4, "date_note", ev.DateNote)
		e.field(4, "same_day_as", ev.SameDayAs.ID)
		e.field(4, "place", ev.Place.ID)
		e.field(4, "venue", ev.Venue.ID)
		e.field(4, "visit", ev.Visit.ID)
		e.field(4, "part_of", ev.PartOf.ID)
		e.field(4, "sidelines_of", ev.Sidelines.ID)
		e.field(4, "session_of", ev.SessionOf.ID)
		e.num(4, "session_number", ev.SessionNumber)
		if len(ev.Participants) > 0 {
			e.b.WriteString("    participants:\n")
			for _, p := range ev.Participants {
				fmt.Fprintf(&e.b, "      - {who: %s, role: %s", plain(p.Who.ID, true), plain(p.Role, true))
				if !p.Represents.IsZero() {
					fmt.Fprintf(&e.b, ", represents: %s", plain(p.Represents.ID, true))
				}
				e.b.WriteString("}\n")
			}
		}
		e.list(4, "topics", ev.Topics)
		e.list(4, "outcomes", ev.Outcomes)
		e.field(4, "note", ev.Note)
	}, func(ev schema.Event) string { return ev.ID })
	section(e, "documents", f.Documents, func(d schema.Document) {
		e.field(4, "kind", d.Kind)
		e.field(4, "title", d.Title)
		e.num(4, "count", d.Count)
		e.list(4, "subjects", d.Subjects)
		e.list(4, "parties", ids(d.Parties))
		e.field(4, "signed_at", d.SignedAt.ID)
		e.field(4, "date", d.Date.Value)
		e.field(4, "status", d.Status)
		e.field(4, "note", d.Note)
	}, func(d schema.Document) string { return d.ID })
	section(e, "relations", f.Relations, func(r schema.Relation) {
		e.field(4, "kind", r.Kind)
		e.list(4, "between", ids(r.Between))
		e.field(4, "via", r.Via.ID)
		e.field(4, "since", r.Since.Value)
		e.list(4, "fields", r.Fields)
		e.field(4, "status", r.Status)
		e.field(4, "note", r.Note)
	}, func(r schema.Relation) string { return r.ID })
	_, err := io.WriteString(w, e.b.String())
	return err
}

type encoder struct {
	b strings.Builder
}

// section writes key: and one list item per record. first returns the
// item's first line: "id: <id>", or a whole "key: value" when it contains
// a colon already.
func section[T any](e *encoder, key string, recs []T, body func(T), first func(T) string) {
	if len(recs) == 0 {
		return
	}
	if e.b.Len() > 0 {
		e.b.WriteByte('\n')
	}
	e.b.WriteString(key + ":\n")
	for _, r := range recs {
		head := first(r)
		if !strings.Contains(head, ": ") {
			head = "id: " + plain(head, false)
		}
		e.b.WriteString("  - " + head + "\n")
		body(r)
	}
}

func (e *encoder) field(indent int, key, v string) {
	if v == "" {
		return
	}
	fmt.Fprintf(&e.b, "%*s%s: %s\n", indent, "", key, plain(v, false))
}

func (e *encoder) num(indent int, key string, n int) {
	if n != 0 {
		fmt.Fprintf(&e.b, "%*s%s: %d\n", indent, "", key, n)
	}
}

// list writes a short list of plain words as [a, b], anything else as a
// block list.
func (e *encoder) list(indent int, key string, vs []string) {
	if len(vs) == 0 {
		return
	}
	flow, width := true, 0
	for _, v := range vs {
		width += len(v) + 2
		flow = flow && plain(v, true) == v
	}
	if flow && width < 80 {
		fmt.Fprintf(&e.b, "%*s%s: [%s]\n", indent, "", key, strings.Join(vs, ", "))
		return
	}
	fmt.Fprintf(&e.b, "%*s%s:\n", indent, "", key)
	for _, v := range vs {
		fmt.Fprintf(&e.b, "%*s  - %s\n", indent, "", plain(v, false))
	}
}

func ids(rs []schema.Ref) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

// plain returns s as a YAML scalar: as is when YAML reads it back as the same
// string, double-quoted otherwise (numbers, booleans, indicators, ": ").
// In a flow collection, commas and brackets need quotes too.
func plain(s string, inFlow bool) string {
	if needsQuotes(s, inFlow) {
		return strconv.Quote(s)
	}
	return s
}

func needsQuotes(s string, inFlow bool) bool {
	if s == "" || s != strings.TrimSpace(s) {
		return true
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") {
		return true
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		strings.ContainsAny(s, "\n\t\\") {
		return true
	}
	if inFlow && strings.ContainsAny(s, ",[]{}") {
		return true
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~":
		return true
	}
	if _, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64); err == nil {
		return true
	}
	if _, err := strconv.ParseInt(s, 0, 64); err == nil {
		return true
	}
	return false
}
