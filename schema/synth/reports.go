package synth

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/bilat/bilat/schema"
)

// report is one source file under construction, with what the summary and
// the met-graph need to know about it.
type report struct {
	f        *schema.File
	tenures  map[string]bool // person--post already attested in this report
	mentions map[string]bool
}

func newReport(src *schema.Source) *report {
	return &report{f: &schema.File{Source: src}, tenures: map[string]bool{}, mentions: map[string]bool{}}
}

// tenure attests that p held post on day d (as the report says).
func (rp *report) tenure(g *gen, p *person, ps *post, t *term, d int) {
	key := p.rec.ID + "--" + ps.rec.ID
	if rp.tenures[key] {
		return
	}
	rp.tenures[key] = true
	tn := schema.Tenure{Person: ref(p.rec.ID), Post: ref(ps.rec.ID), AsOf: schema.Date{Value: dayString(d)}}
	if g.chance(0.15) && t.from >= firstDay {
		tn.From = schema.Date{Value: dayString(t.from)} // "appointed on ..."
	}
	rp.f.Tenures = append(rp.f.Tenures, tn)
}

// mention records the names the report used for p.
func (rp *report) mention(g *gen, p *person, titled string) {
	if rp.mentions[p.rec.ID] || !g.chance(0.6) {
		return
	}
	rp.mentions[p.rec.ID] = true
	as := []string{p.first[:1] + "." + p.surname}
	if titled != "" {
		as = append(as, titled+" "+p.surname)
	}
	rp.f.Mentions = append(rp.f.Mentions, schema.Mention{ID: ref(p.rec.ID), As: as})
}

// party is someone taking part in an event, and the post they act in.
type party struct {
	who  string
	role string
	p    *person // nil for an organization or group
	post *post
	term *term
}

func (g *gen) run(emit func(File) error) (Summary, error) {
	sum := Summary{Seed: g.cfg.Seed, Events: g.cfg.Events}
	mg := &metGraph{adj: map[int32][]int32{}}
	yearVisits := map[string]int{}
	related := map[string]bool{}
	events := 0
	for v := 0; events < g.cfg.Events; v++ {
		n := min(1+g.intn(6), g.cfg.Events-events)
		files, held := g.visit(v, n, related, mg)
		events += n
		sum.Visits++
		if held {
			yearVisits[files[0].Record.Visits[0].Date.Value[:4]]++
		} else {
			sum.PlannedVisits++
		}
		if len(files) > 1 {
			sum.RestatedEvents += len(files[1].Record.Events)
		}
		for _, f := range files {
			sum.Sources++
			sum.Tenures += len(f.Record.Tenures)
			if err := emit(f); err != nil {
				return sum, err
			}
		}
	}
	for _, f := range g.entityFiles() {
		if err := emit(f); err != nil {
			return sum, err
		}
	}
	sum.Files = sum.Sources + 5
	sum.Countries = len(g.countries)
	sum.Places = len(g.places)
	sum.People = len(g.people)
	sum.Organizations = len(g.orgs)
	for _, p := range g.posts {
		if p.seen {
			sum.Posts++
		}
	}
	g.pickParams(&sum, mg, yearVisits)
	return sum, nil
}

// visit makes report v: a visit of n events, and sometimes a second report
// by another publisher stating some of the same events under the same ids.
// held is false for a planned visit.
func (g *gen) visit(v, n int, related map[string]bool, mg *metGraph) (files []File, held bool) {
	// The visiting and the host country: busy countries visit more.
	from := g.countries[g.skewed(len(g.countries))]
	host := g.countries[g.intn(len(g.countries))]
	for host == from {
		host = g.countries[g.intn(len(g.countries))]
	}
	start := firstDay + g.intn(lastDay-firstDay-6)
	end := start + g.intn(5)
	planned := g.chance(0.05)

	var vpost *post
	switch x := g.r.Float64(); {
	case x < 0.55:
		vpost = g.ambassador(from, host)
	case x < 0.75:
		vpost = g.ministry(from, g.skewed(len(ministries))).head
	case x < 0.85:
		vpost = g.governor(pick(g, from.provinces))
	default:
		vpost = g.cityOrg(from.cities[g.skewed(len(from.cities))]).head
	}
	visitor, vterm := g.holder(vpost, start)

	dests := []*place{host.capital}
	if g.chance(0.65) {
		dests[0] = host.cities[g.skewed(len(host.cities))]
	}
	if g.chance(0.15) {
		if c := host.cities[g.intn(len(host.cities))]; c != dests[0] {
			dests = append(dests, c)
		}
	}

	pub := g.publisher(from)
	published := end + g.intn(3)
	if planned {
		published = start - 3 - g.intn(30)
	}
	srcID := g.newID(fmt.Sprintf("%s-%s-%s-%s", slug(acronym(pub.rec.Name)), dayString(published), slug(visitor.surname), dests[0].rec.ID))
	verb := "visited"
	if planned {
		verb = "will visit"
	}
	rp := newReport(&schema.Source{
		ID:        srcID,
		URL:       fmt.Sprintf("https://%s.example/%s/%s", slug(pub.rec.Name), yearString(published), srcID),
		Publisher: pub.rec.Name,
		Title:     fmt.Sprintf("%s of %s %s %s", vpost.rec.Title, from.info.name, verb, dests[0].rec.Name),
		Published: schema.Date{Value: dayString(published)},
		Dateline:  ref(dests[0].rec.ID),
	})
	if !planned {
		rp.tenure(g, visitor, vpost, vterm, start)
	}
	rp.mention(g, visitor, vpost.rec.Title)

	visitID := g.newID(fmt.Sprintf("%s-%s-%s", visitor.surname, dests[0].rec.ID, monthString(start)))
	vdate := dayString(start)
	if end > start {
		vdate += "/" + dayString(end)
	}
	vis := schema.Visit{
		ID:           visitID,
		Title:        fmt.Sprintf("%s %s's visit to %s", vpost.rec.Title, visitor.surname, dests[0].rec.Name),
		Visitors:     []schema.Ref{ref(visitor.rec.ID)},
		HostCountry:  ref(host.info.id),
		Date:         schema.Date{Value: vdate},
		Purpose:      pick(g, purposes),
		Destinations: refs(dests, func(p *place) string { return p.rec.ID }),
	}
	if planned {
		vis.Status = "planned"
	}
	if g.chance(0.2) {
		vis.StatedMeetings = n + g.intn(20)
	}
	// A delegation: the visitor leads people of the same country.
	var members []party
	if g.chance(0.3) {
		del := schema.Group{
			ID: g.newID(visitID + "-delegation"), Name: fmt.Sprintf("Delegation of %s led by %s", from.info.name, visitor.rec.Name),
			Kind: "delegation", Represents: ref(from.info.id), LedBy: ref(visitor.rec.ID),
		}
		for k := 1 + g.intn(2); k > 0; k-- {
			var m party
			if g.chance(0.5) {
				ps := g.ministry(from, g.intn(len(ministries))).head
				p, t := g.holder(ps, start)
				m = party{who: p.rec.ID, role: "guest", p: p, post: ps, term: t}
			} else {
				p := g.expert(from)
				m = party{who: p.rec.ID, role: "guest", p: p}
			}
			if m.p == visitor || slices.ContainsFunc(members, func(x party) bool { return x.p == m.p }) {
				continue
			}
			members = append(members, m)
			del.Members = append(del.Members, ref(m.who))
		}
		rp.f.Groups = append(rp.f.Groups, del)
		vis.Visitors = append(vis.Visitors, ref(del.ID))
	}
	rp.f.Visits = append(rp.f.Visits, vis)

	pair := from.info.id + "-" + host.info.id
	if from.info.id > host.info.id {
		pair = host.info.id + "-" + from.info.id
	}
	if !related[pair] && !planned {
		related[pair] = true
		rp.f.Relations = append(rp.f.Relations, schema.Relation{
			ID: g.newID(pair + "-diplomatic-relations"), Kind: "diplomatic-relations",
			Between: []schema.Ref{ref(from.info.id), ref(host.info.id)},
			Since:   schema.Date{Value: fmt.Sprint(1992 + g.intn(8))},
		})
	}

	for k := 0; k < n; k++ {
		ev, parties := g.event(rp, visitID, start, end, dests, from, host, visitor, vpost, vterm, members, planned)
		rp.f.Events = append(rp.f.Events, ev)
		if !planned {
			mg.add(parties)
		}
	}
	files = append(files, File{Path: "sources/" + yearString(published) + "/" + srcID + ".yaml", Record: rp.f})

	// A second report, from the host country's press, states some of the
	// same events under the same ids.
	if !planned && g.chance(0.08) {
		files = append(files, g.restate(rp, host, end))
	}
	return files, !planned
}

// event makes one event of a visit.
func (g *gen) event(rp *report, visitID string, start, end int, dests []*place, from, host *country,
	visitor *person, vpost *post, vterm *term, members []party, planned bool) (schema.Event, []party) {
	kind := g.eventKind()
	day := start + g.intn(end-start+1)
	ev := schema.Event{
		ID:    g.newID(visitID + "-" + kind),
		Kind:  kind,
		Visit: ref(visitID),
	}
	switch x := g.r.Float64(); {
	case x < 0.85 || end == start:
		ev.Date = schema.Date{Value: dayString(day)}
	case x < 0.95:
		ev.Date = schema.Date{Value: dayString(start) + "/" + dayString(end)}
		ev.DateNote = "during the visit; the day is not given"
	default:
		ev.Date = schema.Date{Value: monthString(day)}
	}
	if planned {
		ev.Status = "planned"
	}
	city := pick(g, dests)
	ev.Place = ref(city.rec.ID)

	guestRole, hostRole := "guest", "host"
	if kind == "session" {
		guestRole, hostRole = "co-chair", "co-chair"
	}
	parties := []party{{who: visitor.rec.ID, role: guestRole, p: visitor, post: vpost, term: vterm}}
	for _, m := range members {
		if g.chance(0.6) {
			parties = append(parties, m)
		}
	}
	// The host: an organization's head at its premises, or an official.
	var hostName string
	switch x := g.r.Float64(); {
	case kind == "community-visit":
		grp := schema.Group{
			ID:   g.newID(ev.ID + "-community"),
			Name: fmt.Sprintf("Ethnic %s community in %s", from.info.demonym, city.rec.Name),
			Kind: "community", Place: ref(city.rec.ID), Represents: ref(from.info.id),
		}
		if g.chance(0.5) {
			grp.Figures = []schema.Figure{{Count: 10 + g.intn(300), Unit: "families"}}
		}
		rp.f.Groups = append(rp.f.Groups, grp)
		parties = append(parties, party{who: grp.ID, role: "host"})
		hostName = "the " + from.info.demonym + " community"
	case x < 0.45:
		o := g.cityOrg(city)
		ev.Venue = ref(o.rec.ID)
		if g.chance(0.15) {
			parties = append(parties, party{who: o.rec.ID, role: hostRole})
		} else {
			p, t := g.holder(o.head, day)
			parties = append(parties, party{who: p.rec.ID, role: hostRole, p: p, post: o.head, term: t})
		}
		hostName = o.rec.Name
	default:
		var ps *post
		switch {
		case x < 0.65:
			ps = g.governor(city.province)
		case x < 0.8:
			ps = g.mayor(city)
		case x < 0.92:
			ps = g.ministry(host, g.skewed(len(ministries))).head
		default:
			ps = g.ambassador(host, from)
		}
		p, t := g.holder(ps, day)
		parties = append(parties, party{who: p.rec.ID, role: hostRole, p: p, post: ps, term: t})
		hostName = ps.rec.Title + " " + p.surname
	}
	// Experts and officials of the host country attend.
	for extra := g.intn(3); extra > 0 && len(parties) < 5; extra-- {
		p := g.expert(host)
		if !slices.ContainsFunc(parties, func(x party) bool { return x.p == p }) {
			parties = append(parties, party{who: p.rec.ID, role: "attendee", p: p})
		}
	}
	ev.Title = fmt.Sprintf("%s with %s", title(strings.ReplaceAll(kind, "-", " ")), hostName)
	for _, pt := range parties {
		ev.Participants = append(ev.Participants, schema.Participant{Who: ref(pt.who), Role: pt.role})
		if pt.p != nil && pt.post != nil && !planned && (pt.term.until < 0 || day <= pt.term.until) {
			rp.tenure(g, pt.p, pt.post, pt.term, day)
			rp.mention(g, pt.p, pt.post.rec.Title)
		}
	}
	for k := 1 + g.intn(3); k > 0; k-- {
		if t := topics[g.skewed(len(topics))]; !slices.Contains(ev.Topics, t) {
			ev.Topics = append(ev.Topics, t)
		}
	}
	if !planned {
		for k := g.intn(3); k > 0; k-- {
			if o := pick(g, outcomes); !slices.Contains(ev.Outcomes, o) {
				ev.Outcomes = append(ev.Outcomes, o)
			}
		}
	}
	if kind == "signing" {
		doc := schema.Document{
			ID: g.newID(ev.ID + "-document"), Kind: pick(g, documentKinds),
			Title:    fmt.Sprintf("Document on %s", topics[g.skewed(len(topics))]),
			Parties:  []schema.Ref{ref(from.info.id), ref(host.info.id)},
			SignedAt: ref(ev.ID), Date: ev.Date,
		}
		if planned {
			doc.Status = "planned"
		}
		rp.f.Documents = append(rp.f.Documents, doc)
	}
	return ev, parties
}

func (g *gen) eventKind() string {
	total := 0
	for _, k := range eventKinds {
		total += k.weight
	}
	x := g.intn(total)
	for _, k := range eventKinds {
		if x < k.weight {
			return k.kind
		}
		x -= k.weight
	}
	panic("unreachable")
}

// publisher is a media organization of c that reports on visits.
func (g *gen) publisher(c *country) *org {
	k := g.skewed(3)
	return lazy(g, fmt.Sprintf("media/%s/%d", c.info.id, k), func() *org {
		city := c.cities[min(k, len(c.cities)-1)]
		name := fmt.Sprintf("%s %s", pick(g, []string{"The", c.info.name, city.rec.Name}), pick(g, []string{"Times", "News Agency", "Herald", "Observer", "Diplomatic Review"}))
		return g.newOrg(c, city, name, name, "media")
	})
}

// restate makes a second report of some held events of rp, by a publisher of
// the host country, with the same event ids.
func (g *gen) restate(rp *report, host *country, end int) File {
	pub := g.publisher(host)
	published := end + 1 + g.intn(5)
	first := rp.f.Events[0]
	id := g.newID(fmt.Sprintf("%s-%s-%s", slug(acronym(pub.rec.Name)), dayString(published), first.ID))
	rp2 := newReport(&schema.Source{
		ID:        id,
		URL:       fmt.Sprintf("https://%s.example/%s/%s", slug(pub.rec.Name), yearString(published), id),
		Publisher: pub.rec.Name,
		Title:     first.Title,
		Published: schema.Date{Value: dayString(published)},
		Dateline:  first.Place,
	})
	n := min(len(rp.f.Events), 1+g.intn(2))
	rp2.f.Events = slices.Clone(rp.f.Events[:n])
	for _, t := range rp.f.Tenures {
		rp2.f.Tenures = append(rp2.f.Tenures, schema.Tenure{Person: t.Person, Post: t.Post, AsOf: t.AsOf})
	}
	// Groups and documents an event refers to live in the first report.
	return File{Path: "sources/" + yearString(published) + "/" + id + ".yaml", Record: rp2.f}
}

func refs[T any](xs []T, id func(T) string) []schema.Ref {
	out := make([]schema.Ref, len(xs))
	for i, x := range xs {
		out[i] = ref(id(x))
	}
	return out
}

// entityFiles are the entities reports have named, in the order made.
func (g *gen) entityFiles() []File {
	countries := &schema.File{}
	for _, c := range g.countries {
		countries.Countries = append(countries.Countries, schema.Country{
			ID: c.info.id, Name: c.info.name, OfficialName: c.info.official, Demonym: c.info.demonym,
			Aliases: []string{c.info.official, c.info.demonym},
		})
	}
	places := &schema.File{}
	for _, p := range g.places {
		places.Places = append(places.Places, p.rec)
	}
	people := &schema.File{}
	for _, p := range g.people {
		people.People = append(people.People, p.rec)
	}
	orgs := &schema.File{}
	for _, o := range g.orgs {
		orgs.Organizations = append(orgs.Organizations, o.rec)
	}
	posts := &schema.File{}
	for _, p := range g.posts {
		if p.seen {
			posts.Posts = append(posts.Posts, p.rec)
		}
	}
	return []File{
		{Path: "entities/countries.yaml", Record: countries},
		{Path: "entities/places.yaml", Record: places},
		{Path: "entities/people.yaml", Record: people},
		{Path: "entities/organizations.yaml", Record: orgs},
		{Path: "entities/posts.yaml", Record: posts},
	}
}

// metGraph links people who took part in the same held event.
type metGraph struct {
	adj map[int32][]int32
}

func (m *metGraph) add(parties []party) {
	var ps []*person
	for _, pt := range parties {
		if pt.p != nil && !slices.Contains(ps, pt.p) {
			ps = append(ps, pt.p)
		}
	}
	for i, a := range ps {
		a.events++
		for _, b := range ps[i+1:] {
			m.adj[a.idx] = append(m.adj[a.idx], b.idx)
			m.adj[b.idx] = append(m.adj[b.idx], a.idx)
		}
	}
}

// pickParams names a busy person, a typical one, two people three meetings
// apart, the post with the most holders and the busiest year.
func (g *gen) pickParams(sum *Summary, mg *metGraph, yearVisits map[string]int) {
	var active []*person
	for _, p := range g.people {
		if p.events > 0 {
			active = append(active, p)
		}
		if p.events > sum.BusiestEvents {
			sum.BusiestPerson, sum.BusiestEvents = p.rec.ID, p.events
		}
	}
	sort.SliceStable(active, func(i, j int) bool { return active[i].events < active[j].events })
	var typical *person
	for _, p := range active[len(active)/2:] {
		if p.events >= 2 {
			typical = p
			break
		}
	}
	if typical == nil && len(active) > 0 {
		typical = active[len(active)-1]
	}
	if typical != nil {
		sum.TypicalPerson, sum.TypicalEvents = typical.rec.ID, typical.events
		sum.PathFrom = typical.rec.ID
		// Breadth-first over the met-graph from the typical person: the first
		// person (by id) at the greatest distance up to 3.
		dist := map[int32]int{typical.idx: 0}
		frontier := []int32{typical.idx}
		for d := 1; d <= 3 && len(frontier) > 0; d++ {
			var next []int32
			for _, a := range frontier {
				for _, b := range mg.adj[a] {
					if _, ok := dist[b]; !ok {
						dist[b] = d
						next = append(next, b)
					}
				}
			}
			if len(next) == 0 {
				break
			}
			ids := make([]string, len(next))
			for i, x := range next {
				ids[i] = g.people[x].rec.ID
			}
			sort.Strings(ids)
			sum.PathTo, sum.PathHops = ids[0], d
			frontier = next
		}
	}
	for _, p := range g.posts {
		n := 0
		for _, t := range p.terms {
			if t.holder != nil {
				n++
			}
		}
		if n > sum.PostHolders {
			sum.Post, sum.PostHolders = p.rec.ID, n
		}
	}
	for y, n := range yearVisits {
		if n > sum.YearVisits || n == sum.YearVisits && y < sum.Year {
			sum.Year, sum.YearVisits = y, n
		}
	}
}
