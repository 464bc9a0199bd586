package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// NetworkOptions cut the co-participation network before it is exported,
// with the meaning the canned queries give their parameters.
type NetworkOptions struct {
	// From and To keep the events whose dates overlap [From, To]: YYYY,
	// YYYY-MM or YYYY-MM-DD, either may be empty (an open end). With a
	// bound, an undated event is left out.
	From, To string
	// Country keeps the contacts in which either party stood for the
	// country (ISO code, name, official name, alias or demonym, any case).
	Country string
}

// Network is the co-participation network: the people, organizations and
// groups that took part in held events, linked when they took part in the
// same one. It is what `bilat export --view network` writes.
type Network struct {
	Nodes []NetNode // sorted by ID
	Edges []NetEdge // sorted by Source, Target
}

// NetNode is one party.
type NetNode struct {
	ID       string // kind and slug of its IRI: "person/yerzhan-kistafin"
	IRI      string
	Label    string // its name (unique in the network; see uniqueLabels)
	Kind     string // person, organization or group
	Country  string // ISO code of the country it stands for, or ""
	Wikidata string // QID, or ""
	Events   int    // held events it took part in with another party
	Spells   []Spell
}

// NetEdge is the contacts between two parties: the held events both took
// part in, on whichever side.
type NetEdge struct {
	Source, Target string   // node IDs, Source < Target
	Events         []string // event slugs, by date
	Kinds          []string // event kinds, sorted
	First, Last    string   // dates of the first and last event, as the reports give them
	Spells         []Spell  // one per dated event
}

// Spell is a span of days, both ends included (YYYY-MM-DD).
type Spell struct{ Start, End string }

// heldStatuses are the event statuses that count as a contact, as in the
// queries (HELD): held, and background for contacts a report recalls.
var heldStatuses = []string{"held", "background"}

// partyKinds maps the classes of parties to the kind a network node shows.
var partyKinds = []struct {
	class quad.IRI
	kind  string
}{
	{schema.ClassPerson, "person"},
	{schema.ClassOrganization, "organization"},
	{schema.ClassGroup, "group"},
}

// rolePredicates are the participant roles in a stable order.
func rolePredicates() []quad.IRI {
	out := make([]quad.IRI, 0, len(schema.RolePredicates))
	for _, p := range schema.RolePredicates {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// facts indexes quads by subject and predicate; values keep their order
// (the quads are sorted) and a fact two sources state appears once.
type facts map[quad.Value]map[quad.IRI][]quad.Value

func indexFacts(qs []quad.Quad) facts {
	f := facts{}
	for _, q := range qs {
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		m := f[q.Subject]
		if m == nil {
			m = map[quad.IRI][]quad.Value{}
			f[q.Subject] = m
		}
		if !slices.Contains(m[p], q.Object) {
			m[p] = append(m[p], q.Object)
		}
	}
	return f
}

func (f facts) all(s quad.Value, p quad.IRI) []quad.Value { return f[s][p] }

// one is the text of the first value of s's p ("" if none).
func (f facts) one(s quad.Value, p quad.IRI) string {
	vs := f[s][p]
	if len(vs) == 0 {
		return ""
	}
	return text(vs[0])
}

func (f facts) ref(s quad.Value, p quad.IRI) quad.Value {
	if vs := f[s][p]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}

func (f facts) isA(s quad.Value, class quad.IRI) bool {
	return slices.Contains(f[s][schema.Type], quad.Value(class))
}

// text is a value as a person reads it: an IRI without brackets, a literal
// without quotes or datatype.
func text(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	case nil:
		return ""
	}
	if s, ok := schema.Lexical(v); ok {
		return s
	}
	if t := fullTyped(v); t != nil {
		return string(t.(quad.TypedString).Value)
	}
	return quad.ToString(v)
}

// Network builds the co-participation network from the store, cut by opts.
// An event links every two of its parties, as the `network` query does; a
// party's country at an event is the one it represented there, else its
// nationality or what it represents, as in the queries' countryOf.
func (s *Store) Network(ctx context.Context, opts NetworkOptions) (*Network, error) {
	lo, hi, err := dayRange(opts.From, opts.To)
	if err != nil {
		return nil, err
	}
	qs, err := s.Quads(ctx)
	if err != nil {
		return nil, err
	}
	f := indexFacts(qs)
	var countries []quad.Value
	if opts.Country != "" {
		if countries = f.countries(opts.Country); len(countries) == 0 {
			return nil, fmt.Errorf("no country matches %q (want an ISO code or a country's name)", opts.Country)
		}
	}
	type link struct {
		a, b   quad.Value
		events []quad.Value
	}
	links := map[[2]quad.Value]*link{}
	var events []quad.Value
	for subj := range f {
		iri, ok := subj.(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), schema.IDNS+schema.KindEvent+"/") || !f.isA(subj, schema.ClassEvent) {
			continue
		}
		if !slices.Contains(heldStatuses, f.one(subj, schema.Status)) {
			continue
		}
		if (lo != "" || hi != "") && !overlaps(f.one(subj, schema.StartDate), f.one(subj, schema.EndDate), lo, hi) {
			continue
		}
		events = append(events, subj)
	}
	slices.SortFunc(events, func(a, b quad.Value) int { return strings.Compare(f.dateKey(a), f.dateKey(b)) })
	roles := rolePredicates()
	for _, e := range events {
		var ps []quad.Value
		for _, r := range roles {
			for _, who := range f.all(e, r) {
				if f.partyKind(who) != "" && !slices.Contains(ps, who) {
					ps = append(ps, who)
				}
			}
		}
		slices.SortFunc(ps, func(a, b quad.Value) int { return strings.Compare(nodeID(a), nodeID(b)) })
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				if countries != nil && !slices.Contains(countries, f.countryAt(ps[i], e)) &&
					!slices.Contains(countries, f.countryAt(ps[j], e)) {
					continue
				}
				k := [2]quad.Value{ps[i], ps[j]}
				l := links[k]
				if l == nil {
					l = &link{a: ps[i], b: ps[j]}
					links[k] = l
				}
				l.events = append(l.events, e)
			}
		}
	}
	net := &Network{}
	nodeEvents := map[quad.Value][]quad.Value{}
	for _, l := range links {
		edge := NetEdge{Source: nodeID(l.a), Target: nodeID(l.b)}
		for _, e := range l.events {
			edge.Events = append(edge.Events, slug(e))
			if k := f.one(e, schema.Kind); k != "" && !slices.Contains(edge.Kinds, k) {
				edge.Kinds = append(edge.Kinds, k)
			}
			edge.Spells = f.addSpell(edge.Spells, e)
			for _, p := range []quad.Value{l.a, l.b} {
				if !slices.Contains(nodeEvents[p], e) {
					nodeEvents[p] = append(nodeEvents[p], e)
				}
			}
		}
		slices.Sort(edge.Kinds)
		edge.First = f.one(l.events[0], schema.DateAsGiven)
		edge.Last = f.one(l.events[len(l.events)-1], schema.DateAsGiven)
		net.Edges = append(net.Edges, edge)
	}
	for p, evs := range nodeEvents {
		slices.SortFunc(evs, func(a, b quad.Value) int { return strings.Compare(f.dateKey(a), f.dateKey(b)) })
		n := NetNode{
			ID: nodeID(p), IRI: text(p), Label: f.one(p, schema.Name), Kind: f.partyKind(p),
			Country: code(f.standsFor(p, 0)), Events: len(evs),
		}
		if n.Label == "" {
			n.Label = slug(p)
		}
		for _, v := range f.all(p, schema.SameAs) {
			if qid, ok := strings.CutPrefix(text(v), schema.WikidataNS); ok {
				n.Wikidata = qid
				break
			}
		}
		for _, e := range evs {
			n.Spells = f.addSpell(n.Spells, e)
		}
		net.Nodes = append(net.Nodes, n)
	}
	slices.SortFunc(net.Nodes, func(a, b NetNode) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(net.Edges, func(a, b NetEdge) int {
		return strings.Compare(a.Source+" "+a.Target, b.Source+" "+b.Target)
	})
	uniqueLabels(net.Nodes)
	return net, nil
}

// uniqueLabels adds the id to a label two nodes share, since tools key
// nodes by label (networkx's GML reader refuses a repeated one).
func uniqueLabels(nodes []NetNode) {
	n := map[string]int{}
	for _, x := range nodes {
		n[x.Label]++
	}
	for i := range nodes {
		if n[nodes[i].Label] > 1 {
			nodes[i].Label += " (" + nodes[i].ID + ")"
		}
	}
}

// addSpell appends an event's days, merging a spell it repeats.
func (f facts) addSpell(spells []Spell, e quad.Value) []Spell {
	start, end := f.one(e, schema.StartDate), f.one(e, schema.EndDate)
	if start == "" {
		return spells
	}
	if end == "" {
		end = start
	}
	sp := Spell{start, end}
	if slices.Contains(spells, sp) {
		return spells
	}
	return append(spells, sp)
}

// dateKey orders events by date, undated last, as the queries do.
func (f facts) dateKey(e quad.Value) string {
	start := f.one(e, schema.StartDate)
	if start == "" {
		start = "9999"
	}
	return start + " " + f.one(e, schema.EndDate) + " " + text(e)
}

// partyKind is person, organization or group, or "" for any other node.
func (f facts) partyKind(v quad.Value) string {
	for _, k := range partyKinds {
		if f.isA(v, k.class) {
			return k.kind
		}
	}
	return ""
}

// countryAt is the country a party stood for at an event: the one it
// represented there, else standsFor.
func (f facts) countryAt(party, event quad.Value) quad.Value {
	for _, part := range f.all(event, schema.Participation) {
		if f.ref(part, schema.Member) == party {
			if c := f.ref(part, schema.Represents); c != nil {
				return c
			}
		}
	}
	return f.standsFor(party, 0)
}

// standsFor is a person's nationality, else the country an organization or
// group represents or is in; a group without one stands for what it is
// part of.
func (f facts) standsFor(party quad.Value, depth int) quad.Value {
	for _, p := range []quad.IRI{schema.Nationality, schema.Represents, schema.InCountry} {
		if c := f.ref(party, p); c != nil {
			return c
		}
	}
	if depth > 3 || !f.isA(party, schema.ClassGroup) {
		return nil
	}
	if parent := f.ref(party, schema.PartOf); parent != nil {
		return f.standsFor(parent, depth+1)
	}
	return nil
}

// countries resolves a country by ISO code, else by name, official name,
// alias or demonym in any case.
func (f facts) countries(name string) []quad.Value {
	name = strings.TrimSpace(name)
	if len(name) == 2 {
		c := quad.Value(schema.IRI(schema.KindCountry, strings.ToUpper(name)))
		if f.isA(c, schema.ClassCountry) {
			return []quad.Value{c}
		}
	}
	var out []quad.Value
	for subj := range f {
		if !f.isA(subj, schema.ClassCountry) {
			continue
		}
		for _, p := range []quad.IRI{schema.Name, schema.AlternateName, schema.OfficialName, schema.Demonym} {
			if slices.ContainsFunc(f.all(subj, p), func(v quad.Value) bool { return strings.EqualFold(text(v), name) }) {
				out = append(out, subj)
				break
			}
		}
	}
	return out
}

// dayRange checks from and to and turns them into the first and last day
// they can be.
func dayRange(from, to string) (lo, hi string, err error) {
	for _, d := range []struct{ flag, v string }{{"from", from}, {"to", to}} {
		if err := (schema.Date{Value: d.v}).Check(); err != nil {
			return "", "", fmt.Errorf("--%s: %w", d.flag, err)
		}
		if strings.Contains(d.v, "/") {
			return "", "", fmt.Errorf("--%s: %q is an interval (want YYYY, YYYY-MM or YYYY-MM-DD)", d.flag, d.v)
		}
	}
	lo, hi = schema.Date{Value: from}.Start(), schema.Date{Value: to}.End()
	if lo != "" && hi != "" && hi < lo {
		return "", "", fmt.Errorf("--to %s is before --from %s", to, from)
	}
	return lo, hi, nil
}

// overlaps says whether the days [start, end] meet [lo, hi]; "" is an open
// end, and an event without a start day meets no range.
func overlaps(start, end, lo, hi string) bool {
	if start == "" {
		return false
	}
	return (hi == "" || start <= hi) && (lo == "" || end == "" || end >= lo)
}

// nodeID is the kind and slug of a Bilat IRI ("person/x"); other values
// keep their text.
func nodeID(v quad.Value) string {
	s := text(v)
	if id, ok := strings.CutPrefix(s, schema.IDNS); ok {
		return id
	}
	return s
}

// slug is the last part of a Bilat IRI.
func slug(v quad.Value) string {
	s := text(v)
	return s[strings.LastIndexByte(s, '/')+1:]
}

// code is a country's ISO code, from its IRI.
func code(c quad.Value) string {
	if c == nil {
		return ""
	}
	return slug(c)
}
