package schema

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Unit is what the loader replaces as a whole: the quads of one source report
// (labelled with the source's IRI), or of all entity files together
// (labelled CurationLabel).
type Unit struct {
	Label quad.IRI
	Files []string // record files it came from
	Quads []quad.Quad
}

// Kinds maps every id defined in a set of files to its record kind
// (KindPerson, KindPlace, ...), so references can be turned into IRIs.
type Kinds map[string]string

// IRIOf returns the IRI a reference resolves to. It panics on an unknown id:
// validation must have run first.
func (k Kinds) IRIOf(r Ref) quad.IRI {
	kind, ok := k[r.ID]
	if !ok {
		panic(fmt.Sprintf("schema: unresolved reference %q (validate before mapping)", r.ID))
	}
	return IRI(kind, r.ID)
}

// KindsOf indexes the ids that files define.
func KindsOf(files []*File) Kinds {
	k := Kinds{}
	for _, f := range files {
		for _, c := range f.Countries {
			k[c.ID] = KindCountry
		}
		for _, p := range f.Places {
			k[p.ID] = KindPlace
		}
		for _, p := range f.People {
			k[p.ID] = KindPerson
		}
		for _, o := range f.Organizations {
			k[o.ID] = KindOrganization
		}
		for _, p := range f.Posts {
			k[p.ID] = KindPost
		}
		for _, g := range f.Groups {
			k[g.ID] = KindGroup
		}
		for _, v := range f.Visits {
			k[v.ID] = KindVisit
		}
		for _, e := range f.Events {
			k[e.ID] = KindEvent
		}
		for _, d := range f.Documents {
			k[d.ID] = KindDocument
		}
		for _, r := range f.Relations {
			k[r.ID] = KindRelation
		}
		for _, x := range f.Invitations {
			k[x.ID] = KindInvitation
		}
		for _, c := range f.Commitments {
			k[c.ID] = KindCommitment
		}
		for _, x := range f.Figures {
			k[x.ID] = KindFigure
		}
	}
	return k
}

// Mapper maps validated files to the loader's units one at a time, so that a
// loader holds the quads of one unit, not of the corpus. It indexes the ids
// once; the records stay with the caller (see Consume).
type Mapper struct {
	kinds   Kinds
	in      map[string]Ref // a place's `in`, to find its country
	derived derived
	parts   []mapperUnit // sorted by label
}

// mapperUnit is the files one unit is drawn from.
type mapperUnit struct {
	label quad.IRI
	files []*File
}

// NewMapper indexes validated files for mapping: one unit per source file,
// and one for all entity files together (labelled CurationLabel).
func NewMapper(files []*File) *Mapper {
	m := &Mapper{kinds: KindsOf(files), in: map[string]Ref{}}
	curation := mapperUnit{label: CurationLabel}
	for _, f := range files {
		for _, p := range f.Places {
			m.in[p.ID] = p.In
		}
	}
	m.derived = derive(files, m.kinds, m.in)
	for _, f := range files {
		if f.Source == nil {
			curation.files = append(curation.files, f)
			continue
		}
		m.parts = append(m.parts, mapperUnit{label: IRI(KindSource, f.Source.ID), files: []*File{f}})
	}
	if len(curation.files) > 0 {
		m.parts = append(m.parts, curation)
	}
	slices.SortStableFunc(m.parts, func(a, b mapperUnit) int { return strings.Compare(string(a.label), string(b.label)) })
	return m
}

// Labels returns the units' labels in the order All yields them (sorted; a
// source id defined in two files appears twice, for the loader to reject).
func (m *Mapper) Labels() []quad.IRI {
	out := make([]quad.IRI, len(m.parts))
	for i, p := range m.parts {
		out[i] = p.label
	}
	return out
}

// All yields the units in label order, mapping each only when it is asked
// for. Quads within a unit are in a stable order and free of duplicates.
func (m *Mapper) All() iter.Seq[Unit] { return m.units(false) }

// Consume is All for a single pass: it lets go of each unit's records once
// the unit is mapped, so that a loader's memory shrinks as it writes. The
// mapper is spent after it (its units come out empty), and callers must not
// keep the files either.
func (m *Mapper) Consume() iter.Seq[Unit] { return m.units(true) }

func (m *Mapper) units(release bool) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := range m.parts {
			p := &m.parts[i]
			u := Unit{Label: p.label}
			for _, f := range p.files {
				u.Files = append(u.Files, f.Path)
				u.Quads = append(u.Quads, f.quads(m.kinds, m.in, &m.derived, p.label)...)
			}
			if release {
				p.files = nil
			}
			u.Quads = dedupe(u.Quads)
			if !yield(u) {
				return
			}
		}
	}
}

// Units maps validated files to all their units at once (see Mapper).
func Units(files []*File) []Unit {
	return slices.Collect(NewMapper(files).All())
}

// dedupe drops repeated quads and sorts the rest by their N-Quads form,
// formatting each quad once: formatting in the sort's comparison made
// mapping a 1M-quad corpus take 30 s instead of 5.
func dedupe(qs []quad.Quad) []quad.Quad {
	type keyed struct {
		k string
		q quad.Quad
	}
	seen := make(map[string]bool, len(qs))
	ks := make([]keyed, 0, len(qs))
	for _, q := range qs {
		k := q.NQuad()
		if seen[k] {
			continue
		}
		seen[k] = true
		ks = append(ks, keyed{k, q})
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].k < ks[j].k })
	out := qs[:0]
	for _, x := range ks {
		out = append(out, x.q)
	}
	return out
}

// emitter collects quads for one subject at a time, skipping empty values.
type emitter struct {
	kinds Kinds
	label quad.IRI
	out   []quad.Quad
}

func (e *emitter) add(s, p quad.IRI, o quad.Value) {
	e.out = append(e.out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: e.label})
}

func (e *emitter) str(s, p quad.IRI, v string) {
	if v = strings.TrimSpace(v); v != "" {
		e.add(s, p, quad.String(v))
	}
}

func (e *emitter) strs(s, p quad.IRI, vs []string) {
	for _, v := range vs {
		e.str(s, p, v)
	}
}

func (e *emitter) num(s, p quad.IRI, n int) {
	if n != 0 {
		e.add(s, p, quad.Int(n))
	}
}

// number writes a stated figure as an xsd:decimal, written out in full as
// the report would ("125000000", not "1.25E+08"); nil is a number the
// report did not give.
func (e *emitter) number(s, p quad.IRI, n *float64) {
	if n != nil {
		e.add(s, p, quad.TypedString{Value: quad.String(strconv.FormatFloat(*n, 'f', -1, 64)), Type: xsdDecimal})
	}
}

const xsdDecimal = quad.IRI("http://www.w3.org/2001/XMLSchema#decimal")

func (e *emitter) ref(s, p quad.IRI, r Ref) {
	if !r.IsZero() {
		e.add(s, p, e.kinds.IRIOf(r))
	}
}

// iri adds a quad to an IRI the mapper worked out, when there is one.
func (e *emitter) iri(s, p, o quad.IRI) {
	if o != "" {
		e.add(s, p, o)
	}
}

func (e *emitter) refs(s, p quad.IRI, rs []Ref) {
	for _, r := range rs {
		e.ref(s, p, r)
	}
}

func (e *emitter) wikidata(s quad.IRI, qid string) {
	if qid != "" {
		e.add(s, SameAs, quad.IRI(WikidataNS+qid))
	}
}

// date writes the date as given, its precision and its day bounds, so that
// queries can filter by range without parsing and still show the precision,
// and where the date comes from, so that an inferred date is never shown as
// a stated one.
func (e *emitter) date(s quad.IRI, d Date, basis, text, note string) {
	e.str(s, DateNote, note)
	e.str(s, DateBasis, basis)
	e.str(s, DateText, text)
	if d.IsZero() {
		e.str(s, DatePrecision, PrecisionUnknown)
		return
	}
	e.add(s, DateAsGiven, d.Literal())
	e.str(s, DatePrecision, d.Precision())
	e.day(s, StartDate, d.Start())
	e.day(s, EndDate, d.End())
}

// at writes a single date at its precision (see Date.Literal), if given.
func (e *emitter) at(s, p quad.IRI, d Date) {
	if !d.IsZero() {
		e.add(s, p, d.Literal())
	}
}

// day writes a YYYY-MM-DD day bound as xsd:date, if there is one.
func (e *emitter) day(s, p quad.IRI, day string) {
	if day != "" {
		e.add(s, p, Day(day))
	}
}

func statusOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (f *File) quads(kinds Kinds, placeIn map[string]Ref, d *derived, label quad.IRI) []quad.Quad {
	e := &emitter{kinds: kinds, label: label}
	if src := f.Source; src != nil {
		s := label
		e.add(s, Type, ClassArticle)
		e.add(s, Type, ClassProvEntity)
		e.str(s, URL, src.URL)
		e.str(s, Publisher, src.Publisher)
		e.str(s, Headline, src.Title)
		e.str(s, Name, src.Title)
		e.at(s, DatePublished, src.Published)
		e.ref(s, Location, src.Dateline)
		e.str(s, OriginalTitle, src.OriginalTitle)
		e.str(s, Byline, src.Byline)
		e.str(s, Citation, src.Citation)
		e.str(s, Note, src.Note)
	}
	for _, c := range f.Countries {
		s := IRI(KindCountry, c.ID)
		e.add(s, Type, ClassCountry)
		e.str(s, Name, c.Name)
		e.str(s, Identifier, c.ID)
		e.str(s, OfficialName, c.OfficialName)
		e.str(s, Demonym, c.Demonym)
		e.strs(s, AlternateName, c.Aliases)
		e.wikidata(s, c.Wikidata)
	}
	for _, p := range f.Places {
		s := IRI(KindPlace, p.ID)
		e.add(s, Type, ClassPlace)
		if p.Kind == "city" || p.Kind == "town" {
			e.add(s, Type, ClassCity)
		} else {
			e.add(s, Type, ClassAdminArea)
		}
		e.str(s, Name, p.Name)
		e.str(s, Kind, p.Kind)
		e.ref(s, ContainedIn, p.In)
		e.ref(s, InCountry, countryOf(kinds, placeIn, p.In))
		e.strs(s, AlternateName, p.Aliases)
		e.wikidata(s, p.Wikidata)
		e.str(s, Note, p.Note)
	}
	for _, p := range f.People {
		s := IRI(KindPerson, p.ID)
		e.add(s, Type, ClassPerson)
		e.str(s, Name, p.Name)
		e.strs(s, Honorific, p.Honorifics)
		e.strs(s, AlternateName, p.Aliases)
		e.ref(s, Nationality, p.Nationality)
		e.iri(s, StandsFor, d.standsFor[p.ID])
		e.wikidata(s, p.Wikidata)
		e.str(s, Note, p.Note)
	}
	for _, o := range f.Organizations {
		s := IRI(KindOrganization, o.ID)
		e.add(s, Type, ClassOrganization)
		e.str(s, Name, o.Name)
		e.str(s, Kind, o.Kind)
		e.strs(s, AlternateName, o.Aliases)
		e.ref(s, Location, o.City)
		if o.Country.IsZero() {
			e.ref(s, InCountry, countryOf(kinds, placeIn, o.City))
		} else {
			e.ref(s, InCountry, o.Country)
		}
		e.at(s, FoundingDate, o.Founded)
		e.ref(s, Represents, o.Represents)
		e.ref(s, PartOf, o.PartOf)
		e.iri(s, StandsFor, d.standsFor[o.ID])
		e.str(s, URL, o.URL)
		e.wikidata(s, o.Wikidata)
		e.str(s, Note, o.Note)
	}
	for _, p := range f.Posts {
		s := IRI(KindPost, p.ID)
		e.add(s, Type, ClassPost)
		e.str(s, Name, p.Name)
		e.str(s, Title, p.Title)
		e.str(s, RoleOf, p.Title)
		e.ref(s, PostIn, p.Of)
		e.ref(s, Toward, p.Toward)
		e.strs(s, AlternateName, p.Aliases)
	}
	for _, g := range f.Groups {
		s := IRI(KindGroup, g.ID)
		e.add(s, Type, ClassGroup)
		e.str(s, Name, g.Name)
		e.str(s, Kind, g.Kind)
		e.ref(s, PartOf, g.PartOf)
		e.ref(s, Location, g.Place)
		e.ref(s, Represents, g.Represents)
		e.iri(s, StandsFor, d.standsFor[g.ID])
		e.ref(s, LedBy, g.LedBy)
		e.refs(s, MemberPerson, g.Members)
		for _, fig := range g.Figures {
			e.str(s, HasFigure, fmt.Sprintf("%d %s", fig.Count, fig.Unit))
		}
		e.str(s, Note, g.Note)
	}
	for _, m := range f.Mentions {
		e.strs(kinds.IRIOf(m.ID), AlternateName, m.As)
	}
	for _, t := range f.Tenures {
		s := TenureIRI(t.Person.ID, t.Post.ID)
		person, post := kinds.IRIOf(t.Person), kinds.IRIOf(t.Post)
		e.add(s, Type, ClassTenure)
		e.add(s, Member, person)
		e.add(s, TenurePost, post)
		e.add(person, Holds, post)
		e.day(s, StartDate, t.From.Start())
		e.day(s, EndDate, t.Until.End())
		e.at(s, Attested, t.AsOf)
		e.str(s, TenureStatus, t.Status)
	}
	for _, v := range f.Visits {
		s := IRI(KindVisit, v.ID)
		e.add(s, Type, ClassVisit)
		e.add(s, Type, ClassEvent)
		e.str(s, Name, v.Title)
		e.refs(s, Visitor, v.Visitors)
		e.refs(s, Destination, v.Destinations)
		e.refs(s, Location, v.Destinations)
		e.ref(s, HostCountry, v.HostCountry)
		e.date(s, v.Date, v.DateBasis, v.DateText, v.DateNote)
		e.num(s, StatedEvents, v.StatedMeetings)
		e.str(s, Purpose, v.Purpose)
		e.str(s, Status, statusOr(v.Status, "held"))
		e.refs(s, Organizer, v.Organisers)
		e.str(s, Note, v.Note)
	}
	for _, ev := range f.Events {
		s := IRI(KindEvent, ev.ID)
		e.add(s, Type, ClassEvent)
		e.str(s, Kind, ev.Kind)
		e.str(s, Cameo, EventKinds[ev.Kind])
		e.str(s, Name, ev.Title)
		e.str(s, Status, statusOr(ev.Status, "held"))
		e.date(s, ev.Date, ev.DateBasis, ev.DateText, ev.DateNote)
		e.ref(s, SameDayAs, ev.SameDayAs)
		e.ref(s, Location, ev.Place)
		e.ref(s, Venue, ev.Venue)
		e.ref(s, SuperEvent, ev.Visit)
		e.ref(s, SuperEvent, ev.PartOf)
		e.ref(s, Sidelines, ev.Sidelines)
		e.ref(s, SessionOf, ev.SessionOf)
		e.num(s, SessionNumber, ev.SessionNumber)
		for _, p := range ev.Participants {
			e.add(s, RolePredicates[p.Role], kinds.IRIOf(p.Who))
			if !p.Represents.IsZero() || p.Side != "" {
				// Who spoke for which country at this event, when it is not
				// the person's nationality (an honorary consul, say), or
				// that the report gives no side.
				pi := ParticipationIRI(ev.ID, p.Who.ID)
				e.ref(pi, Represents, p.Represents)
				e.str(pi, Side, p.Side)
				e.add(pi, Member, kinds.IRIOf(p.Who))
				e.add(s, Participation, pi)
			}
		}
		e.eventDerived(s, d.partyCountries[ev.ID])
		e.strs(s, Topic, ev.Topics)
		e.strs(s, Outcome, ev.Outcomes)
		e.str(s, Note, ev.Note)
	}
	for _, d := range f.Documents {
		s := IRI(KindDocument, d.ID)
		e.add(s, Type, ClassDocument)
		e.str(s, Kind, d.Kind)
		e.str(s, Name, d.Title)
		e.num(s, Count, d.Count)
		e.strs(s, About, d.Subjects)
		e.refs(s, Party, d.Parties)
		e.ref(s, SignedAt, d.SignedAt)
		for _, sg := range d.Signatories {
			si := SignatureIRI(d.ID, sg.Who.ID)
			e.add(s, Signature, si)
			e.add(si, Type, ClassSignature)
			e.ref(si, SignedBy, sg.Who)
			e.ref(si, SignedFor, sg.For)
		}
		e.date(s, d.Date, "", "", "")
		e.str(s, Status, statusOr(d.Status, "signed"))
		e.str(s, Note, d.Note)
	}
	for _, r := range f.Relations {
		s := IRI(KindRelation, r.ID)
		e.add(s, Type, ClassRelation)
		e.str(s, Kind, r.Kind)
		e.refs(s, Party, r.Between)
		e.ref(s, Via, r.Via)
		e.at(s, StartDate, r.Since)
		e.strs(s, Field, r.Fields)
		e.str(s, Status, statusOr(r.Status, "established"))
		e.str(s, Note, r.Note)
	}
	for _, x := range f.Invitations {
		s := IRI(KindInvitation, x.ID)
		e.add(s, Type, ClassInvitation)
		e.str(s, Kind, x.Kind)
		e.refs(s, InvitedBy, x.By)
		e.refs(s, Invitee, x.To)
		e.str(s, Subject, x.Subject)
		e.ref(s, InvitedTo, x.Event)
		e.ref(s, MadeAt, x.At)
		e.date(s, x.Date, "", "", "")
		e.str(s, Status, statusOr(x.Status, "extended"))
		e.str(s, Note, x.Note)
	}
	for _, c := range f.Commitments {
		s := IRI(KindCommitment, c.ID)
		e.add(s, Type, ClassCommitment)
		e.str(s, Kind, c.Kind)
		e.refs(s, InvitedBy, c.By)
		e.str(s, Subject, c.Subject)
		e.ref(s, MadeAt, c.At)
		e.date(s, c.Date, "", "", "")
		e.str(s, Note, c.Note)
	}
	for _, x := range f.Figures {
		s := IRI(KindFigure, x.ID)
		e.add(s, Type, ClassFigure)
		e.str(s, Measures, x.What)
		e.str(s, Kind, statusOr(x.Kind, "value"))
		e.number(s, Value, x.Value)
		e.number(s, MinValue, x.Min)
		e.number(s, MaxValue, x.Max)
		e.str(s, UnitText, x.Unit)
		e.date(s, x.Period, "", "", "")
		e.refs(s, FigureOf, x.About)
		e.str(s, Note, x.Note)
	}
	return e.out
}

// eventDerived writes an event's PartyCountry values cs and the
// CountryPair of each two.
func (e *emitter) eventDerived(s quad.IRI, cs []quad.IRI) {
	for i, c := range cs {
		e.add(s, PartyCountry, c)
		for _, other := range cs[i+1:] {
			e.add(s, CountryPair, PairIRI(c, other))
		}
	}
}

// Merged is an event whose derived quads (PartyCountry, CountryPair) merge
// what every file stating it says, as a Mapper writes them.
type Merged struct {
	Node    quad.IRI
	Pos     Pos         // where the first file states it
	Derived []quad.Quad // without a label
}

// Merged lists the events of the files, each once, with their derived
// quads: a loader that leaves out a stored source stating one of them too
// checks them against what that source holds (graph.LoadOptions.Merged).
func (m *Mapper) Merged() []Merged {
	var out []Merged
	seen := map[string]bool{}
	for _, p := range m.parts {
		for _, f := range p.files {
			for _, ev := range f.Events {
				if seen[ev.ID] {
					continue
				}
				seen[ev.ID] = true
				s := IRI(KindEvent, ev.ID)
				e := &emitter{kinds: m.kinds}
				e.eventDerived(s, m.derived.partyCountries[ev.ID])
				out = append(out, Merged{Node: s, Pos: ev.Pos, Derived: e.out})
			}
		}
	}
	return out
}

// TenureIRI names the node that says person held post; several reports
// attesting the same tenure add dates to the same node.
func TenureIRI(person, post string) quad.IRI {
	return IRI(KindTenure, person+"--"+post)
}

// SignatureIRI is the node saying who signed a document for which side.
func SignatureIRI(document, who string) quad.IRI {
	return quad.IRI(string(IRI(KindDocument, document)) + "#" + who)
}

// ParticipationIRI names the node that qualifies one party's part in one
// event (the country represented there).
func ParticipationIRI(event, who string) quad.IRI {
	return quad.IRI(string(IRI(KindEvent, event)) + "#" + who)
}

// countryOf follows a place's `in` chain up to its country (validation
// refuses chains longer than MaxPlaceDepth).
func countryOf(kinds Kinds, placeIn map[string]Ref, in Ref) Ref {
	for hops := 0; hops < MaxPlaceDepth && !in.IsZero(); hops++ {
		if kinds[in.ID] == KindCountry {
			return in
		}
		in = placeIn[in.ID]
	}
	return Ref{}
}
