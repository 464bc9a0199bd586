// Package extract drafts Bilat records from the text of a news report about
// diplomatic contacts, for a curator to review instead of writing them.
//
// The rules read the general shapes of such news: a dateline ("KARACHI, Oct
// 14 (APP):"), honorifics apart from names, offices in their usual forms
// ("Governor of Sindh Imran Ismail", "Punjab Governor", "the Kazakh
// Ambassador"), name variants matched to what the records already know,
// reporting verbs ("met", "called on", "received", "held talks") that make
// events with participants and roles, planned and recalled contacts told
// apart from held ones, and dates resolved against the publication date.
// The gazetteer is the records themselves (see Gazetteer). Whatever a rule
// was not sure of carries a `# check:` comment in the draft; nothing the
// text does not say is written.
package extract

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bilat/bilat/schema"
)

// Report is what the extractor reads: the article text and its metadata.
type Report struct {
	Source    string // the input's name, for messages
	Title     string // headline
	Text      string // body, paragraphs separated by blank lines, without the headline
	URL       string
	Publisher string
	Published string // YYYY-MM-DD, or ""
	Byline    string
}

// Draft is the records drafted from one report.
type Draft struct {
	ID       string       // the source id
	Source   *schema.File // the source file: source, mentions, tenures, visits, events, documents
	Entities *schema.File // new people, organizations, places and posts; nil when there are none
	// Checks are the reasons a curator should look at a record, keyed as
	// the writer looks them up (see checkKey).
	Checks  map[string]string
	Summary Summary
}

// Summary says what the draft found, for the command's report.
type Summary struct {
	PeopleMatched, PeopleNew []string
	Events                   []string // "id: date (basis)"
}

// Extract drafts the records of one report against what the gazetteer knows.
func Extract(rep Report, g *Gazetteer) (*Draft, error) {
	return ExtractContext(context.Background(), rep, g)
}

// ExtractContext is Extract stopped, with the context's error, once ctx
// ends: the rules take time in proportion to the report's length, and a
// server drafting a pasted megabyte must not go on after its timeout.
func ExtractContext(ctx context.Context, rep Report, g *Gazetteer) (*Draft, error) {
	if strings.TrimSpace(rep.Text) == "" {
		return nil, errors.New("the report has no text")
	}
	if rep.Published != "" {
		if _, ok := parseDay(rep.Published); !ok {
			return nil, fmt.Errorf("published %q: expected a date as YYYY-MM-DD", rep.Published)
		}
	}
	d := newDrafter(ctx, rep, g, "")
	// A report with no dateline is often still about one host country: the
	// country an envoy it names is accredited to. Read it again knowing it.
	if d.host == "" {
		for _, p := range d.people {
			for _, h := range p.posts {
				if pr := d.postRec(h.id); envoyTitles[fold(pr.Title)] && !pr.Toward.IsZero() && d.host == "" {
					d = newDrafter(ctx, rep, g, pr.Toward.ID)
				}
			}
		}
	}
	if d.host == "" {
		if c := d.otherCountry(); c != "" {
			d = newDrafter(ctx, rep, g, c)
			d.notes = append(d.notes, fmt.Sprintf("host country taken as %s: the only other country the report names", d.nameOf(c)))
		}
	}
	// "The hokim of Samarkand region received ... Hokim of the region X
	// stressed": an office told before the report names its holder. Read
	// it again knowing who holds it.
	if later := d.laterHolders(); len(later) > 0 {
		host, notes := d.host, d.notes
		d = newDrafterWith(ctx, rep, g, host, later)
		d.notes = append(d.notes, notes...)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("drafting stopped: %w", context.Cause(ctx))
	}
	dr := d.build()
	if f := dr.Source; len(f.Mentions)+len(f.Tenures)+len(f.Visits)+len(f.Events)+len(f.Documents) == 0 {
		return nil, errors.New("the report names no person, organization, place or contact the rules can draft")
	}
	return dr, nil
}

var urlYearRe = regexp.MustCompile(`/((?:19|20)\d{2})/(?:0[1-9]|1[0-2])/`)

// newDrafter runs the rules over a report; host is the country the report
// is about when known beforehand ("" to take the dateline's).
func newDrafter(ctx context.Context, rep Report, g *Gazetteer, host string) *drafter {
	return newDrafterWith(ctx, rep, g, host, nil)
}

// newDrafterWith is newDrafter knowing, for offices told before their
// holders are named, who holds them (post id -> name).
func newDrafterWith(ctx context.Context, rep Report, g *Gazetteer, host string, later map[string]string) *drafter {
	d := &drafter{ctx: ctx, later: later, g: g, rep: rep, posts: map[string]*post{}, local: map[string][]entry{}, localPref: map[string]bool{},
		abbrevs: map[string]string{}, usedIDs: map[string]bool{}, nextID: map[string]int{}, used: map[string][]string{}, host: host,
		statedPlace: map[int]bool{}, unknownPlace: map[int]bool{}, placeChecks: map[string]string{}, ambiguous: map[string]string{}}
	if t, ok := parseDay(rep.Published); ok {
		d.pub = t
	} else if m := urlYearRe.FindStringSubmatch(rep.URL); m != nil {
		d.yearHint, _ = strconv.Atoi(m[1])
	}
	dl, body := cutDateline(unshout(blankBoilerplate(rep.Text), func(w string) bool { return len(g.lookup(fold(w))) > 0 }))
	d.dl = dl
	if dl.place != "" {
		for _, e := range g.lookup(fold(dl.place)) {
			if e.kind == schema.KindPlace {
				d.dlPlace = e.id
				if d.host == "" {
					d.host = g.countryOf(e.id)
				}
				break
			}
		}
		if r, ok := datelineDate(dl.date, d.pub); ok {
			d.dlDate = r
		}
	}
	for i, s := range splitSentences(body) {
		if ctx.Err() != nil {
			return d // ExtractContext tells why
		}
		if len(s.rewrites) > 0 {
			if d.rewrites == nil {
				d.rewrites = map[string]string{}
			}
			maps.Copy(d.rewrites, s.rewrites)
		}
		d.sents = append(d.sents, d.analyse(s, i))
	}
	d.findInterviewee(body)
	d.findEvents()
	return d
}

// reportForms are forms as the report writes them: an office written out
// from brackets ("General Manager at China Road and Bridge Corporation")
// back in the report's words ("General Manager, China Road and Bridge
// Corporation").
func (d *drafter) reportForms(forms []string) []string {
	if len(d.rewrites) == 0 {
		return forms
	}
	out := make([]string, 0, len(forms))
	for _, f := range forms {
		for synth, orig := range d.rewrites {
			f = strings.ReplaceAll(f, synth, orig)
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// otherCountry is, for a report whose dateline says no country, the host
// the report implies: everyone whose country it states is of one country,
// and it names exactly one other ("PESHAWAR: the Uzbek Consul General ...
// trade with Pakistan").
func (d *drafter) otherCountry() string {
	sides := map[string]bool{}
	for _, p := range d.people {
		if p.nat != "" {
			sides[p.nat] = true
		}
	}
	if len(sides) != 1 {
		return ""
	}
	other := ""
	for _, a := range d.sents {
		for _, s := range a.spans {
			if s.kind != schema.KindCountry || sides[s.id] {
				continue
			}
			if other != "" && other != s.id {
				return ""
			}
			other = s.id
		}
	}
	return other
}

// build turns what was found into records.
func (d *drafter) build() *Draft {
	dr := &Draft{Checks: map[string]string{}}
	src := &schema.Source{URL: d.rep.URL, Publisher: d.rep.Publisher, Title: d.rep.Title,
		Published: schema.Date{Value: d.rep.Published}, Dateline: schema.Ref{ID: d.dlPlace}}
	if d.dl.text != "" && d.dlPlace == "" {
		d.notes = append(d.notes, fmt.Sprintf("dateline %q names a place the records do not know", d.dl.text))
	}
	if d.dl.agency != "" {
		d.notes = append(d.notes, fmt.Sprintf("dateline credits %s", d.dl.agency))
	}
	// People who take part in a contact or hold a post are kept; a name
	// the rules saw once, with no office and no part in a contact, is kept
	// too (the report names them), but flagged.
	inEvent := map[*person]bool{}
	for _, e := range d.events {
		for _, p := range e.parts {
			if p.p != nil {
				inEvent[p.p] = true
			}
		}
	}
	ents := &schema.File{}
	sf := &schema.File{Source: src}
	people := slices.Clone(d.people)
	slices.SortStableFunc(people, func(a, b *person) int { return a.first - b.first })
	for _, p := range people {
		if p.known {
			dr.Summary.PeopleMatched = append(dr.Summary.PeopleMatched, p.name)
		} else {
			dr.Summary.PeopleNew = append(dr.Summary.PeopleNew, p.name)
			rec := schema.Person{ID: p.id, Name: p.name, Honorifics: p.honorifics, Nationality: schema.Ref{ID: p.nat}}
			ents.People = append(ents.People, rec)
			if p.natCheck != "" {
				dr.Checks[checkKey("person", p.id, "nationality")] = p.natCheck
			}
			if !inEvent[p] && len(p.posts) == 0 {
				dr.Checks[checkKey("person", p.id)] = "named once with no office and no part in a contact: is this a person?"
			}
		}
		forms := d.reportForms(p.forms)
		if len(forms) == 0 {
			forms = []string{p.name}
		}
		sf.Mentions = append(sf.Mentions, schema.Mention{ID: schema.Ref{ID: p.id}, As: forms})
		if p.check != "" {
			dr.Checks[checkKey("mention", p.id)] = p.check
		}
	}
	for _, o := range d.orgs {
		if !o.known {
			rec := schema.Organization{ID: o.id, Name: o.name, Kind: o.kind, Aliases: o.aliases,
				City: schema.Ref{ID: o.city}, Country: schema.Ref{ID: o.country}}
			if rec.City.ID != "" {
				rec.Country = schema.Ref{}
			}
			ents.Organizations = append(ents.Organizations, rec)
			dr.Checks[checkKey("organization", o.id)] = o.check
		}
		forms := d.reportForms(o.forms)
		if len(forms) > 0 {
			sf.Mentions = append(sf.Mentions, schema.Mention{ID: schema.Ref{ID: o.id}, As: forms})
		}
	}
	ents.Places = d.places
	for id, c := range d.placeChecks {
		dr.Checks[checkKey("place", id)] = c
	}
	for _, id := range sortedKeys(d.used) {
		if slices.ContainsFunc(d.orgs, func(o *org) bool { return o.id == id }) {
			continue
		}
		// Every place the report names, as written, so that it can be found
		// by place; a demonym alone ("Kazakh envoy") is not a mention.
		var forms []string
		for _, f := range d.used[id] {
			if _, isCountry := d.g.countries[id]; isCountry && d.g.demonyms[fold(f)] == id {
				continue
			}
			forms = append(forms, f)
		}
		if len(forms) > 0 {
			sf.Mentions = append(sf.Mentions, schema.Mention{ID: schema.Ref{ID: id}, As: forms})
		}
	}
	for _, id := range sortedKeys(d.posts) {
		if p := d.posts[id]; !p.known {
			ents.Posts = append(ents.Posts, p.rec)
		}
	}
	// Events and visits, with ids from who took part and when.
	ids := map[string]bool{}
	eventID := map[*event]string{}
	for _, e := range d.events {
		var names []string
		for _, p := range e.parts {
			if p.p != nil && len(names) < 2 {
				names = append(names, surname(p.p.name))
			}
		}
		date := e.date.value
		if date == "" {
			date = d.rep.Published
		}
		if len(date) > 10 {
			date = date[:10]
		}
		base := slug(strings.Join(names, " "), e.kind, date)
		id := base
		for n := 2; ids[id] || d.g.facts[id] || d.g.ids[id] != ""; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		ids[id] = true
		eventID[e] = id
	}
	for _, e := range d.events {
		id := eventID[e]
		note, dateNote := "", e.date.note
		basis := e.date.basis
		if e.date.value == "" {
			basis = basisNone
			if d.rep.Published != "" {
				dateNote = "not stated; report published " + d.rep.Published
			} else {
				dateNote = "not stated"
			}
		} else if dateNote == "" {
			dateNote = basis + fmt.Sprintf(" (%q)", e.date.text)
		} else {
			dateNote = basis + ": " + dateNote
		}
		if e.date.check != "" {
			dr.Checks[checkKey("event", id, "date")] = e.date.check
		}
		if len(e.checks) > 0 {
			dr.Checks[checkKey("event", id)] = strings.Join(e.checks, "; ")
		}
		var notes []string
		if len(e.offices) > 0 {
			notes = append(notes, "offices named with no holder known: "+strings.Join(e.offices, "; "))
		}
		if len(e.unnamed) > 0 {
			notes = append(notes, "also there, unnamed: "+strings.Join(e.unnamed, "; "))
		}
		note = strings.Join(notes, "; ")
		dr.Summary.Events = append(dr.Summary.Events, fmt.Sprintf("%s: %s (%s)", id, orNone(e.date.value), basis))
		status := e.status
		if status == "held" {
			status = ""
		}
		if e.kind == "visit" {
			v := schema.Visit{ID: id, Title: e.describeVisit(), Date: schema.Date{Value: e.date.value}, DateNote: dateNote, Status: status, Note: note}
			for _, p := range e.parts {
				if p.p != nil && (p.role == "guest" || p.role == "attendee" || p.role == "") {
					v.Visitors = append(v.Visitors, schema.Ref{ID: p.p.id})
				}
			}
			if len(v.Visitors) == 0 {
				for _, p := range e.parts {
					if p.p != nil {
						v.Visitors = append(v.Visitors, schema.Ref{ID: p.p.id})
					}
				}
			}
			if e.place != "" && (d.g.places[e.place].ID != "" || slices.ContainsFunc(d.places, func(p schema.Place) bool { return p.ID == e.place })) &&
				(e.country == "" || d.g.countryOf(e.place) == e.country) {
				v.Destinations = []schema.Ref{{ID: e.place}}
				if e.place == d.dlPlace && !d.statedPlace[e.sent] {
					dr.Checks[checkKey("visit", id, "destinations")] = "destination taken from the dateline"
				}
				if c := d.g.countryOf(e.place); c != "" {
					v.HostCountry = schema.Ref{ID: c}
				}
			}
			if e.country != "" {
				v.HostCountry = schema.Ref{ID: e.country}
			}
			sf.Visits = append(sf.Visits, v)
			continue
		}
		rec := schema.Event{ID: id, Kind: e.kind, Title: e.describe(), Status: status,
			Date: schema.Date{Value: e.date.value}, DateNote: dateNote, Topics: e.topics, Outcomes: e.outcomes, Note: note}
		if e.place != "" {
			rec.Place = schema.Ref{ID: e.place}
			if e.place == d.dlPlace && !d.statedPlace[e.sent] {
				dr.Checks[checkKey("event", id, "place")] = "place taken from the dateline"
			}
		}
		if e.venue != "" {
			rec.Venue = schema.Ref{ID: e.venue}
		}
		if e.visit != nil {
			rec.Visit = schema.Ref{ID: eventID[e.visit]}
		}
		if e.sidelines != nil && e.sidelines.kind != "visit" {
			rec.Sidelines = schema.Ref{ID: eventID[e.sidelines]}
		}
		for _, p := range e.parts {
			who := p.org
			if p.p != nil {
				who = p.p.id
			}
			part := schema.Participant{Who: schema.Ref{ID: who}, Role: p.role}
			if p.p != nil {
				if c := d.represents(p.p); c != "" && c != p.p.nat {
					part.Represents = schema.Ref{ID: c}
				}
			}
			rec.Participants = append(rec.Participants, part)
			if p.role == "attendee" && e.kind != "conference" && e.kind != "session" && e.kind != "ceremony" {
				dr.Checks[checkKey("participant", id, who)] = "role not stated; attendee assumed"
			} else if p.p != nil && p.p.nat == "" && (p.role == "host" || p.role == "guest") {
				dr.Checks[checkKey("participant", id, who)] = "role from the verb; nationality unknown"
			}
		}
		sf.Events = append(sf.Events, rec)
	}
	for i, doc := range d.docs {
		if e := d.docEvent[i]; e != nil && e.kind != "visit" {
			doc.SignedAt = schema.Ref{ID: eventID[e]}
		}
		sf.Documents = append(sf.Documents, doc)
	}
	// Tenures as of the day of the person's contact, or publication.
	// One pass over the events, not one per person: a report of thousands
	// of contacts stays linear.
	firstDay := map[*person]string{}
	for _, e := range d.events {
		if e.status == "held" && len(e.date.value) == 10 {
			for _, q := range e.parts {
				if _, ok := firstDay[q.p]; !ok && q.p != nil {
					firstDay[q.p] = e.date.value
				}
			}
		}
	}
	for _, p := range people {
		asOf := d.rep.Published
		if day, ok := firstDay[p]; ok {
			asOf = day
		}
		for _, h := range p.posts {
			sf.Tenures = append(sf.Tenures, schema.Tenure{Person: schema.Ref{ID: p.id}, Post: schema.Ref{ID: h.id}, AsOf: schema.Date{Value: asOf}})
			if h.check != "" {
				dr.Checks[checkKey("tenure", p.id, h.id)] = h.check
			}
		}
	}
	src.ID = d.sourceID(sf)
	src.Note = strings.Join(d.notes, "; ")
	dr.ID = src.ID
	dr.Source = sf
	if len(ents.People)+len(ents.Organizations)+len(ents.Places)+len(ents.Posts) > 0 {
		dr.Entities = ents
	}
	return dr
}

func (e *event) describeVisit() string {
	var names []string
	for _, p := range e.parts {
		if p.p != nil && len(names) < 2 {
			names = append(names, p.p.name)
		}
	}
	return "Visit of " + strings.Join(names, " and ")
}

func orNone(s string) string {
	if s == "" {
		return "no date"
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// sourceID is "<site>-<published>-<who>": the site from the URL's host,
// the people of the first contact, as curated source ids are.
func (d *drafter) sourceID(sf *schema.File) string {
	site := ""
	if u, err := url.Parse(d.rep.URL); err == nil && u.Hostname() != "" {
		// The registrable name: "app" of vid.app.com.pk, "inform" of
		// en.inform.kz.
		labels := strings.Split(u.Hostname(), ".")
		if len(labels) > 1 {
			labels = labels[:len(labels)-1]
		}
		if n := len(labels); n > 1 && slices.Contains([]string{"com", "co", "org", "net", "gov", "edu", "ac"}, labels[n-1]) {
			labels = labels[:n-1]
		}
		site = labels[len(labels)-1]
	}
	if site == "" {
		site = strings.Fields(d.rep.Publisher + " report")[0]
	}
	var who []string
	for _, e := range sf.Events {
		for _, p := range e.Participants {
			if len(who) < 2 {
				for _, q := range d.people {
					if q.id == p.Who.ID {
						who = append(who, surname(q.name))
					}
				}
			}
		}
		break
	}
	if len(who) == 0 {
		ws := strings.Fields(d.rep.Title)
		who = ws[:min(4, len(ws))]
	}
	id := slug(site, d.rep.Published, strings.Join(who, " "))
	if len(id) > 60 {
		id = strings.TrimRight(id[:60], "-")
	}
	base := id
	for n := 2; d.g.sources[id] != "" && n < 100; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// checkKey names a record (or one of its fields) for its check comment.
func checkKey(parts ...string) string { return strings.Join(parts, "\x00") }

// represents is the country an envoy speaks for, when the post says it: the
// country the post is of, or the one its mission represents.
func (d *drafter) represents(p *person) string {
	for _, h := range p.posts {
		pr := d.postRec(h.id)
		if !envoyTitles[fold(pr.Title)] {
			continue
		}
		if _, ok := d.g.countries[pr.Of.ID]; ok {
			return pr.Of.ID
		}
		if o, ok := d.g.orgs[pr.Of.ID]; ok && !o.Represents.IsZero() {
			return o.Represents.ID
		}
	}
	return ""
}
