package extract

import (
	"slices"
	"strings"

	"github.com/bilat/bilat/schema"
)

// Gazetteer is what the curated records (and earlier drafts) already know:
// the names of countries, places, people, organizations and posts, the
// names reports used for them (mentions), and who held which post when.
// It is built from schema records, not from a store.
type Gazetteer struct {
	countries map[string]schema.Country
	places    map[string]schema.Place
	people    map[string]schema.Person
	orgs      map[string]schema.Organization
	posts     map[string]schema.Post
	// names maps a folded name form to the entities it names.
	names    map[string][]entry
	demonyms map[string]string // folded demonym -> country id
	forms    map[string][]string
	// byPrefix maps the first three letters of each word of a person's
	// name forms to the people, so that a spelling variant is compared
	// with a few candidates, not with everyone the records know.
	byPrefix map[string][]string
	// postsByTitle maps a folded bare title to the posts with it.
	postsByTitle map[string][]string
	tenuresOf    map[string][]tenureFact // by post
	// prefixes holds every leading run of words of a name form, so that
	// the search for the longest name at a word stops as soon as no name
	// starts so, however long the run of capitalized words.
	prefixes map[string]bool
	ids      map[string]string // entity id -> kind
	sources  map[string]string // source id -> file path
	urls     map[string]string // source url -> source id
	facts    map[string]bool   // ids of visits, events, documents, relations and source groups
}

// entry is one entity a name form points to.
type entry struct{ kind, id string }

// tenureFact is a tenure with the date a report attests it.
type tenureFact struct {
	person, post       string
	from, until, asOf  schema.Date
	sourcePublished    string
	sourceID, fileName string
}

// NewGazetteer indexes validated record files.
func NewGazetteer(files []*schema.File) *Gazetteer {
	g := &Gazetteer{
		countries: map[string]schema.Country{}, places: map[string]schema.Place{},
		people: map[string]schema.Person{}, orgs: map[string]schema.Organization{},
		posts: map[string]schema.Post{}, names: map[string][]entry{}, demonyms: map[string]string{},
		forms: map[string][]string{}, prefixes: map[string]bool{}, byPrefix: map[string][]string{}, postsByTitle: map[string][]string{},
		tenuresOf: map[string][]tenureFact{}, ids: map[string]string{}, sources: map[string]string{},
		urls: map[string]string{}, facts: map[string]bool{},
	}
	for _, f := range files {
		for _, c := range f.Countries {
			g.countries[c.ID] = c
			g.ids[c.ID] = schema.KindCountry
			g.addName(schema.KindCountry, c.ID, c.Name, c.OfficialName)
			g.addName(schema.KindCountry, c.ID, c.Aliases...)
			if c.Demonym != "" {
				g.demonyms[fold(c.Demonym)] = c.ID
			}
		}
		for _, p := range f.Places {
			g.places[p.ID] = p
			g.ids[p.ID] = schema.KindPlace
			g.addName(schema.KindPlace, p.ID, p.Name)
			g.addName(schema.KindPlace, p.ID, p.Aliases...)
		}
		for _, p := range f.People {
			g.people[p.ID] = p
			g.ids[p.ID] = schema.KindPerson
			g.addName(schema.KindPerson, p.ID, p.Name)
			g.addName(schema.KindPerson, p.ID, p.Aliases...)
		}
		for _, o := range f.Organizations {
			g.orgs[o.ID] = o
			g.ids[o.ID] = schema.KindOrganization
			g.addName(schema.KindOrganization, o.ID, o.Name)
			g.addName(schema.KindOrganization, o.ID, o.Aliases...)
		}
		for _, p := range f.Posts {
			g.posts[p.ID] = p
			g.ids[p.ID] = schema.KindPost
			g.postsByTitle[fold(p.Title)] = append(g.postsByTitle[fold(p.Title)], p.ID)
			g.addName(schema.KindPost, p.ID, p.Name)
			g.addName(schema.KindPost, p.ID, p.Aliases...)
		}
		for _, gr := range f.Groups {
			if f.Source == nil {
				g.ids[gr.ID] = schema.KindGroup
			} else {
				g.facts[gr.ID] = true
			}
		}
		if f.Source == nil {
			continue
		}
		g.sources[f.Source.ID] = f.Path
		g.urls[f.Source.URL] = f.Source.ID
		for _, e := range f.Events {
			g.facts[e.ID] = true
		}
		for _, v := range f.Visits {
			g.facts[v.ID] = true
		}
		for _, d := range f.Documents {
			g.facts[d.ID] = true
		}
		for _, r := range f.Relations {
			g.facts[r.ID] = true
		}
		for _, t := range f.Tenures {
			g.tenuresOf[t.Post.ID] = append(g.tenuresOf[t.Post.ID], tenureFact{person: t.Person.ID, post: t.Post.ID, from: t.From,
				until: t.Until, asOf: t.AsOf, sourcePublished: f.Source.Published.Value, sourceID: f.Source.ID, fileName: f.Path})
		}
	}
	// Mentions: the forms reports used, once the kinds are known.
	for _, f := range files {
		for _, m := range f.Mentions {
			kind := g.ids[m.ID.ID]
			if kind == "" {
				continue
			}
			for _, as := range m.As {
				if !isCap(as) {
					continue // "the Ambassador": a report's own anaphora
				}
				if kind == schema.KindPerson && hasTitle(stripHonorifics(as)) {
					continue // "Punjab Governor": an office, not a name
				}
				if kind == schema.KindPerson {
					as = g.withoutCountry(as)
				}
				g.addName(kind, m.ID.ID, as)
			}
		}
	}
	return g
}

// withoutCountry drops a country named before a person's name in a form a
// report used ("Uzbekistan's Bakhtiyor Saidov" -> "Bakhtiyor Saidov"):
// indexed whole, it made "Minister of Foreign Affairs of Uzbekistan
// Bakhtiyor Saidov" read as the office of a minister of foreign affairs
// and a person named from "Uzbekistan" on.
func (g *Gazetteer) withoutCountry(form string) string {
	words := strings.Fields(form)
	for n := min(3, len(words)-2); n >= 1; n-- {
		head := strings.Join(words[:n], " ")
		head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
		for _, e := range g.names[fold(head)] {
			if e.kind == schema.KindCountry {
				return strings.Join(words[n:], " ")
			}
		}
	}
	return form
}

// addName indexes name forms of an entity. A person's form is indexed
// without its honorifics and titles ("Ambassador Y.Kistafin" -> "y kistafin").
func (g *Gazetteer) addName(kind, id string, names ...string) {
	for _, n := range names {
		if kind == schema.KindPerson {
			n = stripHonorifics(n)
		}
		k := fold(n)
		if k == "" {
			continue
		}
		if !slices.Contains(g.names[k], entry{kind, id}) {
			g.names[k] = append(g.names[k], entry{kind, id})
		}
		addPrefixes(g.prefixes, k)
		if kind == schema.KindPerson && !slices.Contains(g.forms[id], k) {
			g.forms[id] = append(g.forms[id], k)
			for _, w := range strings.Fields(k) {
				p := prefix3(w)
				if !slices.Contains(g.byPrefix[p], id) {
					g.byPrefix[p] = append(g.byPrefix[p], id)
				}
			}
		}
	}
}

// addPrefixes records each leading run of words of a folded name.
func addPrefixes(set map[string]bool, k string) {
	for i, r := range k {
		if r == ' ' {
			set[k[:i]] = true
		}
	}
	set[k] = true
}

// lookup returns the entities a folded form names.
func (g *Gazetteer) lookup(k string) []entry { return g.names[k] }

// countryOf is the country a place, organization or country is in, or "".
func (g *Gazetteer) countryOf(id string) string {
	for range 10 {
		if _, ok := g.countries[id]; ok {
			return id
		}
		if p, ok := g.places[id]; ok {
			id = p.In.ID
			continue
		}
		if o, ok := g.orgs[id]; ok {
			switch {
			case !o.City.IsZero():
				id = o.City.ID
			case !o.Country.IsZero():
				id = o.Country.ID
			case !o.PartOf.IsZero():
				id = o.PartOf.ID
			default:
				return ""
			}
			continue
		}
		if p, ok := g.posts[id]; ok {
			id = p.Of.ID
			continue
		}
		return ""
	}
	return ""
}

// holder returns who held a post on a date, by the tenures the records
// state: a tenure whose from/until span holds the date, or else one
// attested (as_of, or its report's date) within half a year of it.
func (g *Gazetteer) holder(post, date string) (person, why string) {
	if date == "" {
		return "", ""
	}
	best, bestGap := "", 1<<30
	for _, t := range g.tenuresOf[post] {
		if !t.from.IsZero() && t.from.Start() <= date && (t.until.IsZero() || date <= t.until.End()) {
			return t.person, "held " + post + " from " + t.from.Value
		}
		at := t.asOf.Value
		if at == "" {
			at = t.sourcePublished
		}
		if at == "" || len(at) < 10 {
			continue
		}
		if gap := dayGap(at, date); gap < bestGap {
			best, bestGap, why = t.person, gap, "held "+post+" as of "+at+" ("+t.sourceID+")"
		}
	}
	if bestGap <= 183 {
		return best, why
	}
	return "", ""
}

// LeaveOneOut returns the records as they would be without one report: its
// source file dropped, and every person, place, organization, post and
// entity group that no other source file refers to dropped with it (with
// whatever only they refer to), and every alias that no other report's
// mentions use. Countries stay: they are a closed list, not what a report
// states.
func LeaveOneOut(files []*schema.File, sourceID string) []*schema.File {
	var rest []*schema.File
	used := map[string]bool{}
	forms := map[string]bool{}
	for _, f := range files {
		if f.Source != nil && f.Source.ID == sourceID {
			continue
		}
		rest = append(rest, f)
		if f.Source == nil {
			continue
		}
		for _, id := range sourceRefs(f) {
			used[id] = true
		}
		for _, m := range f.Mentions {
			for _, as := range m.As {
				forms[fold(stripHonorifics(as))] = true
			}
		}
	}
	// What a kept entity refers to is kept too, so that the records still
	// resolve: a post another report states keeps its organization.
	for changed := true; changed; {
		changed = false
		for _, f := range rest {
			if f.Source != nil {
				continue
			}
			for _, id := range entityRefs(f, used) {
				if !used[id] {
					used[id], changed = true, true
				}
			}
		}
	}
	keepAliases := func(as []string) []string {
		var out []string
		for _, a := range as {
			if forms[fold(stripHonorifics(a))] {
				out = append(out, a)
			}
		}
		return out
	}
	out := make([]*schema.File, 0, len(rest))
	for _, f := range rest {
		if f.Source != nil {
			out = append(out, f)
			continue
		}
		c := &schema.File{Path: f.Path, Countries: f.Countries}
		for _, p := range f.Places {
			if used[p.ID] {
				p.Aliases = keepAliases(p.Aliases)
				c.Places = append(c.Places, p)
			}
		}
		for _, p := range f.People {
			if used[p.ID] {
				p.Aliases = keepAliases(p.Aliases)
				c.People = append(c.People, p)
			}
		}
		for _, o := range f.Organizations {
			if used[o.ID] {
				o.Aliases = keepAliases(o.Aliases)
				c.Organizations = append(c.Organizations, o)
			}
		}
		for _, p := range f.Posts {
			if used[p.ID] {
				p.Aliases = keepAliases(p.Aliases)
				c.Posts = append(c.Posts, p)
			}
		}
		for _, g := range f.Groups {
			if used[g.ID] {
				c.Groups = append(c.Groups, g)
			}
		}
		out = append(out, c)
	}
	return out
}

// sourceRefs lists the ids a source file refers to.
func sourceRefs(f *schema.File) []string {
	var ids []string
	add := func(rs ...schema.Ref) {
		for _, r := range rs {
			if !r.IsZero() {
				ids = append(ids, r.ID)
			}
		}
	}
	add(f.Source.Dateline)
	for _, m := range f.Mentions {
		add(m.ID)
	}
	for _, t := range f.Tenures {
		add(t.Person, t.Post)
	}
	for _, g := range f.Groups {
		add(g.PartOf, g.Place, g.Represents, g.LedBy)
		add(g.Members...)
	}
	for _, v := range f.Visits {
		add(v.Visitors...)
		add(v.Destinations...)
		add(v.Organisers...)
		add(v.HostCountry)
	}
	for _, e := range f.Events {
		add(e.Place, e.Venue, e.SessionOf)
		for _, p := range e.Participants {
			add(p.Who, p.Represents)
		}
	}
	for _, d := range f.Documents {
		add(d.Parties...)
	}
	for _, r := range f.Relations {
		add(r.Between...)
		add(r.Via)
	}
	return ids
}

// entityRefs lists what the used entities of an entity file refer to.
func entityRefs(f *schema.File, used map[string]bool) []string {
	var ids []string
	add := func(rs ...schema.Ref) {
		for _, r := range rs {
			if !r.IsZero() {
				ids = append(ids, r.ID)
			}
		}
	}
	for _, p := range f.Places {
		if used[p.ID] {
			add(p.In)
		}
	}
	for _, p := range f.People {
		if used[p.ID] {
			add(p.Nationality)
		}
	}
	for _, o := range f.Organizations {
		if used[o.ID] {
			add(o.City, o.Country, o.Represents, o.PartOf)
		}
	}
	for _, p := range f.Posts {
		if used[p.ID] {
			add(p.Of, p.Toward)
		}
	}
	for _, g := range f.Groups {
		if used[g.ID] {
			add(g.PartOf, g.Place, g.Represents, g.LedBy)
			add(g.Members...)
		}
	}
	return ids
}

// hasTitle reports whether a name form holds an office's title.
func hasTitle(s string) bool {
	fw := strings.Fields(fold(s))
	for i := range fw {
		if _, _, ok := matchTitle(fw, i); ok {
			return true
		}
	}
	return false
}

func prefix3(w string) string {
	r := []rune(w)
	return string(r[:min(3, len(r))])
}

// candidates lists, sorted, the people whose name forms share a word's
// first three letters with a folded name.
func (g *Gazetteer) candidates(name string) []string {
	var ids []string
	for _, w := range strings.Fields(name) {
		for _, id := range g.byPrefix[prefix3(w)] {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}
