package extract

import (
	"bytes"
	"fmt"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/bilat/bilat/schema"
)

// DraftHeader starts every draft source file, so that `bilat extract
// --force` replaces drafts and never a curated file.
const DraftHeader = "# Draft made by `bilat extract`"

// YAML writes the draft's source file in Bilat's record format, each
// uncertain choice with a `# check: <why>` comment on its line.
func (dr *Draft) YAML() []byte {
	f := dr.Source
	doc := mapping()
	doc.HeadComment = DraftHeader[2:] + " from " + quoteIf(f.Source.Title) + ".\nReview every `# check:` line, then remove the comment."
	s := f.Source
	src := mapping()
	kv(src, "id", s.ID)
	kv(src, "url", s.URL)
	kv(src, "publisher", s.Publisher)
	kv(src, "title", s.Title)
	kv(src, "published", s.Published.Value)
	kv(src, "dateline", s.Dateline.ID)
	kv(src, "note", s.Note)
	add(doc, "source", src)

	if len(f.Mentions) > 0 {
		seq := sequence()
		for _, m := range f.Mentions {
			n := mapping()
			kv(n, "id", m.ID.ID)
			add(n, "as", flowStrings(m.As))
			n.Content[0].LineComment = dr.check("mention", m.ID.ID)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "mentions", seq)
	}
	if len(f.Tenures) > 0 {
		seq := sequence()
		for _, t := range f.Tenures {
			n := mapping()
			kv(n, "person", t.Person.ID)
			kv(n, "post", t.Post.ID)
			kv(n, "as_of", t.AsOf.Value)
			n.Content[0].LineComment = dr.check("tenure", t.Person.ID, t.Post.ID)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "tenures", seq)
	}
	if len(f.Visits) > 0 {
		seq := sequence()
		for _, v := range f.Visits {
			n := mapping()
			kv(n, "id", v.ID)
			kv(n, "title", v.Title)
			add(n, "visitors", flowRefs(v.Visitors))
			if len(v.Destinations) > 0 {
				dest := flowRefs(v.Destinations)
				dest.LineComment = dr.check("visit", v.ID, "destinations")
				add(n, "destinations", dest)
			}
			kv(n, "host_country", v.HostCountry.ID)
			kv(n, "status", v.Status)
			dateLine(dr, n, "event", v.ID, v.Date, v.DateNote)
			kv(n, "note", v.Note)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "visits", seq)
	}
	if len(f.Events) > 0 {
		seq := sequence()
		for _, e := range f.Events {
			seq.Content = append(seq.Content, dr.event(e))
		}
		add(doc, "events", seq)
	}
	if len(f.Documents) > 0 {
		seq := sequence()
		for _, x := range f.Documents {
			n := mapping()
			kv(n, "id", x.ID)
			kv(n, "kind", x.Kind)
			kv(n, "title", x.Title)
			if len(x.Subjects) > 0 {
				add(n, "subjects", stringSeq(x.Subjects))
			}
			kv(n, "signed_at", x.SignedAt.ID)
			kv(n, "status", x.Status)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "documents", seq)
	}
	return encode(doc)
}

func (dr *Draft) event(e schema.Event) *yaml.Node {
	n := mapping()
	kv(n, "id", e.ID)
	n.Content[0].LineComment = dr.check("event", e.ID)
	kv(n, "kind", e.Kind)
	kv(n, "title", e.Title)
	kv(n, "status", e.Status)
	dateLine(dr, n, "event", e.ID, e.Date, e.DateNote)
	kv(n, "place", e.Place.ID)
	if len(n.Content) > 0 && e.Place.ID != "" {
		n.Content[len(n.Content)-2].LineComment = dr.check("event", e.ID, "place")
	}
	kv(n, "venue", e.Venue.ID)
	kv(n, "visit", e.Visit.ID)
	kv(n, "sidelines_of", e.Sidelines.ID)
	if len(e.Participants) > 0 {
		seq := sequence()
		for _, p := range e.Participants {
			m := mapping()
			m.Style = yaml.FlowStyle
			kv(m, "who", p.Who.ID)
			kv(m, "role", p.Role)
			m.LineComment = dr.check("participant", e.ID, p.Who.ID)
			seq.Content = append(seq.Content, m)
		}
		add(n, "participants", seq)
	}
	if len(e.Topics) > 0 {
		add(n, "topics", stringSeq(e.Topics))
	}
	if len(e.Outcomes) > 0 {
		add(n, "outcomes", stringSeq(e.Outcomes))
	}
	kv(n, "note", e.Note)
	return n
}

// dateLine writes date and date_note, the check on the date's line.
func dateLine(dr *Draft, n *yaml.Node, kind, id string, d schema.Date, note string) {
	if d.Value != "" {
		kv(n, "date", d.Value)
		n.Content[len(n.Content)-2].LineComment = dr.check(kind, id, "date")
	}
	kv(n, "date_note", note)
}

// EntitiesYAML writes the draft's new entities, or nil when there are none.
func (dr *Draft) EntitiesYAML() []byte {
	f := dr.Entities
	if f == nil {
		return nil
	}
	doc := mapping()
	doc.HeadComment = "Entities first named by the report of source " + dr.ID + " (draft by `bilat extract`)."
	if len(f.Places) > 0 {
		seq := sequence()
		for _, p := range f.Places {
			n := mapping()
			kv(n, "id", p.ID)
			kv(n, "name", p.Name)
			kv(n, "kind", p.Kind)
			kv(n, "in", p.In.ID)
			n.Content[0].LineComment = dr.check("place", p.ID)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "places", seq)
	}
	if len(f.People) > 0 {
		seq := sequence()
		for _, p := range f.People {
			n := mapping()
			kv(n, "id", p.ID)
			kv(n, "name", p.Name)
			if len(p.Honorifics) > 0 {
				add(n, "honorifics", flowStrings(p.Honorifics))
			}
			n.Content[0].LineComment = dr.check("person", p.ID)
			kv(n, "nationality", p.Nationality.ID)
			if p.Nationality.ID != "" {
				n.Content[len(n.Content)-2].LineComment = dr.check("person", p.ID, "nationality")
			}
			seq.Content = append(seq.Content, n)
		}
		add(doc, "people", seq)
	}
	if len(f.Organizations) > 0 {
		seq := sequence()
		for _, o := range f.Organizations {
			n := mapping()
			kv(n, "id", o.ID)
			kv(n, "name", o.Name)
			kv(n, "kind", o.Kind)
			n.Content[len(n.Content)-2].LineComment = dr.check("organization", o.ID)
			if len(o.Aliases) > 0 {
				add(n, "aliases", flowStrings(o.Aliases))
			}
			kv(n, "city", o.City.ID)
			kv(n, "country", o.Country.ID)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "organizations", seq)
	}
	if len(f.Posts) > 0 {
		seq := sequence()
		for _, p := range f.Posts {
			n := mapping()
			kv(n, "id", p.ID)
			kv(n, "name", p.Name)
			kv(n, "title", p.Title)
			kv(n, "of", p.Of.ID)
			kv(n, "toward", p.Toward.ID)
			seq.Content = append(seq.Content, n)
		}
		add(doc, "posts", seq)
	}
	return encode(doc)
}

func (dr *Draft) check(parts ...string) string {
	if c := dr.Checks[checkKey(parts...)]; c != "" {
		return "check: " + c
	}
	return ""
}

func mapping() *yaml.Node  { return &yaml.Node{Kind: yaml.MappingNode} }
func sequence() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode} }

func scalar(v string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: v}
	// Dates and numbers-looking strings stay strings as the format wants.
	if _, err := strconv.Atoi(v); err == nil {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// kv adds key: value, leaving out empty values.
func kv(m *yaml.Node, k, v string) {
	if v == "" {
		return
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, scalar(v))
}

func add(m *yaml.Node, k string, v *yaml.Node) {
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, v)
}

func flowStrings(vs []string) *yaml.Node {
	n := stringSeq(vs)
	n.Style = yaml.FlowStyle
	return n
}

func stringSeq(vs []string) *yaml.Node {
	n := sequence()
	for _, v := range vs {
		n.Content = append(n.Content, scalar(v))
	}
	return n
}

func flowRefs(rs []schema.Ref) *yaml.Node {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return flowStrings(ids)
}

func quoteIf(s string) string { return fmt.Sprintf("%q", s) }

func encode(doc *yaml.Node) []byte {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		// The nodes are built here from strings; encoding them cannot fail.
		panic(err)
	}
	enc.Close()
	return b.Bytes()
}
