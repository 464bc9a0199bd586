package schema

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// The rules the validator applies, beyond what the decoder checks (known
// keys, kinds of YAML nodes, whole numbers):
//
//   - ids are slugs (lowercase letters and digits in words joined by single
//     hyphens); country ids are ISO 3166-1 alpha-2 codes;
//   - entities (countries, places, people, organizations, posts, and groups
//     in entity files) are defined once in the whole data set; facts with ids
//     (visits, events, documents, relations, and groups in source files) are
//     defined once per file, and may be restated by other source files under
//     the same id; an id names one kind of record everywhere;
//   - entity lists only in files without `source:`, fact lists only in files
//     with one; groups in either; a source file states at least one fact;
//   - required: id and name of entities; kind of places, organizations,
//     groups, events, documents and relations; `in` of places; url,
//     publisher and title of sources; person and post of tenures; at least
//     one visitor of a visit; who and role of participants; at least one
//     participant of an event unless it is planned or cancelled; two parties
//     of a relation; count and unit of figures;
//   - closed lists (PlaceKinds, EventKinds, Roles, ...), dates (Date.Check),
//     references that resolve to a record of an allowed kind, no party listed
//     twice, places whose `in` chain reaches a country.

var (
	slugRe     = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	wikidataRe = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	languageRe = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

// Names of record kinds in messages.
var kindWords = map[string]string{
	KindCountry: "country", KindPlace: "place", KindPerson: "person",
	KindOrganization: "organization", KindGroup: "group", KindPost: "post",
	KindVisit: "visit", KindEvent: "event", KindDocument: "document",
	KindRelation: "relation", KindInvitation: "invitation", KindCommitment: "commitment",
	KindFigure: "figure",
}

// def is where an id was first defined.
type def struct {
	kind   string
	pos    Pos
	entity bool
}

type validator struct {
	lay  *layout
	errs []*ParseError
	defs map[string]def
	// countryNames maps countries' names, aliases and demonyms, lowercased,
	// to their codes: "nationality: Pakistan" is answered with "PK".
	countryNames map[string]string

	suggesters map[string]*suggester // by the kinds a reference allows, joined
	expected   map[string]string     // the same kinds in words: "person or group"
}

func (v *validator) errorf(p Pos, field, format string, args ...any) {
	v.errs = append(v.errs, &ParseError{File: p.File, Line: p.Line, Col: p.Col, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// validate checks files together and returns every problem found, or
// ctx's error as soon as it is done (checked between files).
func validate(ctx context.Context, files []*File, lay *layout) ([]*ParseError, error) {
	v := &validator{lay: lay, defs: map[string]def{}, suggesters: map[string]*suggester{}, expected: map[string]string{}, countryNames: map[string]string{}}
	for _, f := range files {
		for _, c := range f.Countries {
			for _, n := range append([]string{c.Name, c.OfficialName, c.Demonym}, c.Aliases...) {
				if n != "" {
					v.countryNames[strings.ToLower(n)] = c.ID
				}
			}
		}
	}
	v.sources(files)
	// Entities first, so that a fact reusing an entity's id is the one
	// reported, in its source file.
	for _, f := range files {
		if f.Source == nil {
			v.define(f)
		}
	}
	for _, f := range files {
		if f.Source != nil {
			v.define(f)
		}
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		v.check(f)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	v.restatements(files)
	v.placeChains(files)
	return v.errs, nil
}

// label names a record for messages: `event "piia-visit"`, or `events[2]`
// when it has no id.
func label(kind, list, id string, i int) string {
	if id == "" {
		return fmt.Sprintf("%s[%d]", list, i)
	}
	return kind + " " + clip(id)
}

// sources checks each file's source and that ids and URLs are unique.
func (v *validator) sources(files []*File) {
	ids, urls := map[string]Pos{}, map[string]Pos{}
	for _, f := range files {
		s := f.Source
		if s == nil {
			continue
		}
		ctx := "source"
		if s.ID != "" {
			ctx = fmt.Sprintf("source %q", s.ID)
		}
		v.required(ctx, s.Pos, "id", s.ID)
		// A clipping may lack an address, a headline or a publisher, but
		// not every way of finding it again.
		if s.URL == "" && s.Citation == "" {
			v.missing(ctx, s.Pos, "url", "the report's address, or a citation saying where it was found when it has none")
		}
		if s.ID != "" {
			v.slug(ctx, s.Pos, s.ID)
			if s.ID == CurationID {
				v.errorf(v.lay.at(s.Pos, "id"), ctx, "source id %q is reserved: it names the entity files in listings and provenance; expected another id", s.ID)
			}
			if first, dup := ids[s.ID]; dup {
				v.errorf(v.lay.at(s.Pos, "id"), ctx, "source id given twice (first at %s); expected one id per report", where(first))
			} else {
				ids[s.ID] = v.lay.at(s.Pos, "id")
			}
		}
		if s.URL != "" {
			v.url(ctx, s.Pos, s.URL)
			if first, dup := urls[s.URL]; dup {
				v.errorf(v.lay.at(s.Pos, "url"), ctx, "url %q is already the url of the source at %s; expected one file per report", s.URL, where(first))
			} else {
				urls[s.URL] = v.lay.at(s.Pos, "url")
			}
		}
		v.date(ctx, "published", s.Published)
		if s.Language != "" && !languageRe.MatchString(s.Language) {
			v.errorf(v.lay.at(s.Pos, "language"), ctx, "language %q: expected a BCP 47 tag such as \"ru\" or \"kk-Cyrl\"", s.Language)
		}
		if len(f.Mentions)+len(f.Tenures)+len(f.Visits)+len(f.Events)+len(f.Documents)+len(f.Relations)+len(f.Groups)+
			len(f.Invitations)+len(f.Commitments)+len(f.Figures) == 0 {
			v.errorf(s.Pos, ctx, "the file states no facts; expected at least one of mentions, tenures, groups, visits, events, documents, relations, invitations, commitments or figures")
		}
	}
}

// where formats a position for "first at ..." notes.
func where(p Pos) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// define registers the ids a file defines and checks that each list sits in
// the right kind of file.
func (v *validator) define(f *File) {
	src := f.Source != nil
	entityList := func(list string, n int, first Pos) {
		if src && n > 0 {
			v.errorf(first, "", "%s: entities belong in an entity file (a file without source:), not in a source file", list)
		}
	}
	// A source: that could not be read has been reported; the file's facts
	// are not misplaced on top of that.
	badSource := v.lay.isBad(f.Pos, "source")
	factList := func(list string, n int, first Pos) {
		if !src && !badSource && n > 0 {
			v.errorf(first, "", "%s: facts belong in a source file (a file with source:), not in an entity file", list)
		}
	}
	firstPos := func(n int, get func(int) Pos) Pos {
		if n == 0 {
			return Pos{}
		}
		return get(0)
	}
	entityList("countries", len(f.Countries), firstPos(len(f.Countries), func(i int) Pos { return f.Countries[i].Pos }))
	entityList("places", len(f.Places), firstPos(len(f.Places), func(i int) Pos { return f.Places[i].Pos }))
	entityList("people", len(f.People), firstPos(len(f.People), func(i int) Pos { return f.People[i].Pos }))
	entityList("organizations", len(f.Organizations), firstPos(len(f.Organizations), func(i int) Pos { return f.Organizations[i].Pos }))
	entityList("posts", len(f.Posts), firstPos(len(f.Posts), func(i int) Pos { return f.Posts[i].Pos }))
	factList("mentions", len(f.Mentions), firstPos(len(f.Mentions), func(i int) Pos { return f.Mentions[i].Pos }))
	factList("tenures", len(f.Tenures), firstPos(len(f.Tenures), func(i int) Pos { return f.Tenures[i].Pos }))
	factList("visits", len(f.Visits), firstPos(len(f.Visits), func(i int) Pos { return f.Visits[i].Pos }))
	factList("events", len(f.Events), firstPos(len(f.Events), func(i int) Pos { return f.Events[i].Pos }))
	factList("documents", len(f.Documents), firstPos(len(f.Documents), func(i int) Pos { return f.Documents[i].Pos }))
	factList("relations", len(f.Relations), firstPos(len(f.Relations), func(i int) Pos { return f.Relations[i].Pos }))
	factList("invitations", len(f.Invitations), firstPos(len(f.Invitations), func(i int) Pos { return f.Invitations[i].Pos }))
	factList("commitments", len(f.Commitments), firstPos(len(f.Commitments), func(i int) Pos { return f.Commitments[i].Pos }))
	factList("figures", len(f.Figures), firstPos(len(f.Figures), func(i int) Pos { return f.Figures[i].Pos }))

	local := map[string]Pos{} // fact ids of this file
	add := func(kind, list, id string, i int, pos Pos, entity bool) {
		ctx := label(kindWords[kind], list, id, i)
		if id == "" {
			v.missing(ctx, pos, "id", "")
			return
		}
		if kind == KindCountry {
			v.countryCode(ctx, pos, id)
		} else {
			v.slug(ctx, pos, id)
		}
		at := v.lay.at(pos, "id")
		first, seen := v.defs[id]
		switch {
		case !seen:
			v.defs[id] = def{kind: kind, pos: at, entity: entity}
			if !entity {
				local[id] = at
			}
		case first.kind != kind:
			v.errorf(at, ctx, "id already names %s at %s; expected each id to name one record", a(kindWords[first.kind]), where(first.pos))
		case entity || first.entity:
			v.errorf(at, ctx, "id defined twice (first at %s); expected each entity defined once", where(first.pos))
		default:
			if p, dup := local[id]; dup {
				v.errorf(at, ctx, "id given twice in this file (first at line %d); expected each fact once per file", p.Line)
			}
			local[id] = at
		}
	}
	for i, c := range f.Countries {
		add(KindCountry, "countries", c.ID, i, c.Pos, true)
	}
	for i, p := range f.Places {
		add(KindPlace, "places", p.ID, i, p.Pos, true)
	}
	for i, p := range f.People {
		add(KindPerson, "people", p.ID, i, p.Pos, true)
	}
	for i, o := range f.Organizations {
		add(KindOrganization, "organizations", o.ID, i, o.Pos, true)
	}
	for i, p := range f.Posts {
		add(KindPost, "posts", p.ID, i, p.Pos, true)
	}
	for i, g := range f.Groups {
		add(KindGroup, "groups", g.ID, i, g.Pos, !src)
	}
	for i, x := range f.Visits {
		add(KindVisit, "visits", x.ID, i, x.Pos, false)
	}
	for i, e := range f.Events {
		add(KindEvent, "events", e.ID, i, e.Pos, false)
	}
	for i, d := range f.Documents {
		add(KindDocument, "documents", d.ID, i, d.Pos, false)
	}
	for i, r := range f.Relations {
		add(KindRelation, "relations", r.ID, i, r.Pos, false)
	}
	for i, x := range f.Invitations {
		add(KindInvitation, "invitations", x.ID, i, x.Pos, false)
	}
	for i, c := range f.Commitments {
		add(KindCommitment, "commitments", c.ID, i, c.Pos, false)
	}
	for i, x := range f.Figures {
		add(KindFigure, "figures", x.ID, i, x.Pos, false)
	}
}

// a prefixes a noun with its indefinite article.
func a(noun string) string {
	if strings.IndexByte("aeiou", noun[0]) >= 0 {
		return "an " + noun
	}
	return "a " + noun
}

func (v *validator) slug(ctx string, rec Pos, id string) {
	if !slugRe.MatchString(id) {
		v.errorf(v.lay.at(rec, "id"), ctx, "id %s is not a slug; expected lowercase letters and digits in words joined by single hyphens, like \"kz-pk-sco\"", clip(id))
	}
}

func (v *validator) countryCode(ctx string, rec Pos, id string) {
	if len(id) != 2 || !strings.Contains(iso3166, " "+id+" ") {
		v.errorf(v.lay.at(rec, "id"), ctx, "id %s is not an ISO 3166-1 alpha-2 country code; expected two capital letters, like \"KZ\"", clip(id))
	}
}

// required reports an empty required string; it says whether the value is there.
func (v *validator) required(ctx string, rec Pos, key, value string) bool {
	if strings.TrimSpace(value) == "" {
		v.missing(ctx, rec, key, "")
		return false
	}
	return true
}

// missing reports a required key left out, unless its value was written
// but could not be read (that has been reported already).
func (v *validator) missing(ctx string, rec Pos, key, expected string) {
	if v.lay.isBad(rec, key) {
		return
	}
	if expected != "" {
		expected = " (expected " + expected + ")"
	}
	v.errorf(rec, ctx, "missing required key %q%s", key, expected)
}

func (v *validator) url(ctx string, rec Pos, s string) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.errorf(v.lay.at(rec, "url"), ctx, "url %q: expected an absolute http or https address", s)
	}
}

func (v *validator) wikidata(ctx string, rec Pos, qid string) {
	if qid != "" && !wikidataRe.MatchString(qid) {
		v.errorf(v.lay.at(rec, "wikidata"), ctx, "wikidata %q: expected a Wikidata item id, like \"Q232\"", qid)
	}
}

func (v *validator) date(ctx, key string, d Date) {
	if err := d.Check(); err != nil {
		if key == "date" {
			v.errorf(d.Pos, ctx, "%v", err)
		} else {
			v.errorf(d.Pos, ctx, "%s: %v", key, err)
		}
	}
}

// dateBasis checks that the basis fits the date: a date that is not stated
// is unknown, and a known one says where it came from.
func (v *validator) dateBasis(ctx string, rec Pos, d Date, basis string) {
	if basis == "" {
		return
	}
	v.oneOf(ctx, rec, "date_basis", basis, "date basis", DateBases)
	switch {
	case basis == "not-stated" && !d.IsZero():
		v.errorf(v.lay.at(rec, "date_basis"), ctx, "date_basis \"not-stated\" with date %q (expected no date, or the basis of this one: %s)", d.Value, orList(DateBases[:4]))
	case basis != "not-stated" && d.IsZero() && slices.Contains(DateBases, basis):
		v.errorf(v.lay.at(rec, "date_basis"), ctx, "date_basis %q but no date (expected the date it gives, or date_basis: not-stated)", basis)
	}
}

// oneOf checks a value from a closed list; an empty value is checked by
// required when the key is required.
func (v *validator) oneOf(ctx string, rec Pos, key, value, what string, list []string) {
	if value == "" || slices.Contains(list, value) {
		return
	}
	hint := ""
	if m := nearest(value, list); m != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", m)
	}
	v.errorf(v.lay.at(rec, key), ctx, "%s %q: not %s%s; expected one of %s", key, value, a(what), hint, strings.Join(list, ", "))
}

func (v *validator) nonNegative(ctx string, rec Pos, key string, n int) {
	if n < 0 && !v.lay.isBad(rec, key) {
		v.errorf(v.lay.at(rec, key), ctx, "%s %d: expected a number of at least 0", key, n)
	}
}

// eventKinds lists EventKinds' keys in order, for messages.
func eventKinds() []string {
	ks := make([]string, 0, len(EventKinds))
	for k := range EventKinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ref checks that a reference resolves to a record of one of the allowed
// kinds. An empty reference is fine; required references are checked apart.
func (v *validator) ref(ctx, name string, r Ref, allowed ...string) {
	if r.IsZero() {
		return
	}
	d, ok := v.defs[r.ID]
	if ok && slices.Contains(allowed, d.kind) {
		return
	}
	kinds := strings.Join(allowed, " ")
	expected, known := v.expected[kinds]
	if !known {
		words := make([]string, len(allowed))
		for i, k := range allowed {
			words[i] = kindWords[k]
		}
		expected = orList(words)
		v.expected[kinds] = expected
	}
	if ok {
		v.errorf(r.Pos, ctx, "%s %s: is %s, expected %s", name, clip(r.ID), a(kindWords[d.kind]), a(expected))
		return
	}
	if c, isName := v.countryNames[strings.ToLower(r.ID)]; isName && slices.Contains(allowed, KindCountry) {
		v.errorf(r.Pos, ctx, "%s %s: no such %s (did you mean %q? countries are given by their ISO 3166-1 code)", name, clip(r.ID), expected, c)
		return
	}
	hint := ""
	if m := v.suggest(r.ID, kinds, allowed); m != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", m)
	}
	v.errorf(r.Pos, ctx, "%s %s: no such %s%s", name, clip(r.ID), expected, hint)
}

// suggest returns the defined id of an allowed kind that a dangling
// reference most likely meant, or "". The index for each set of kinds is
// built on first use, and answers are kept: a missing entity file leaves
// the same ids dangling thousands of times.
func (v *validator) suggest(id, kinds string, allowed []string) string {
	s := v.suggesters[kinds]
	if s == nil {
		var ids []string
		for id, d := range v.defs {
			if slices.Contains(allowed, d.kind) {
				ids = append(ids, id)
			}
		}
		s = newSuggester(ids)
		v.suggesters[kinds] = s
	}
	if m, ok := s.memo[id]; ok {
		return m
	}
	m := s.nearest(id)
	s.memo[id] = m
	return m
}

// refs checks a list of references, each at most once.
func (v *validator) refs(ctx, name string, rs []Ref, allowed ...string) {
	seen := map[string]Pos{}
	for _, r := range rs {
		if first, dup := seen[r.ID]; dup && !r.IsZero() {
			v.errorf(r.Pos, ctx, "%s %s: listed twice (first at line %d); expected each once", name, clip(r.ID), first.Line)
			continue
		}
		seen[r.ID] = r.Pos
		v.ref(ctx, name, r, allowed...)
	}
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// self reports a record that refers to itself.
func (v *validator) self(ctx, name, id string, r Ref) {
	if !r.IsZero() && r.ID == id {
		v.errorf(r.Pos, ctx, "%s %q: refers to the record itself; expected another %s", name, r.ID, name)
	}
}

// check verifies one file's records field by field.
func (v *validator) check(f *File) {
	if f.Source != nil {
		v.ref(fmt.Sprintf("source %q", f.Source.ID), "dateline", f.Source.Dateline, KindPlace)
	}
	for i, c := range f.Countries {
		ctx := label("country", "countries", c.ID, i)
		v.required(ctx, c.Pos, "name", c.Name)
		v.wikidata(ctx, c.Pos, c.Wikidata)
	}
	for i, p := range f.Places {
		ctx := label("place", "places", p.ID, i)
		v.required(ctx, p.Pos, "name", p.Name)
		if v.required(ctx, p.Pos, "kind", p.Kind) {
			v.oneOf(ctx, p.Pos, "kind", p.Kind, "place kind", PlaceKinds)
		}
		if p.In.IsZero() {
			v.missing(ctx, p.Pos, "in", "the province or country the place is in")
		}
		v.ref(ctx, "in", p.In, KindPlace, KindCountry)
		v.wikidata(ctx, p.Pos, p.Wikidata)
	}
	for i, p := range f.People {
		ctx := label("person", "people", p.ID, i)
		v.required(ctx, p.Pos, "name", p.Name)
		v.ref(ctx, "nationality", p.Nationality, KindCountry)
		v.wikidata(ctx, p.Pos, p.Wikidata)
	}
	for i, o := range f.Organizations {
		ctx := label("organization", "organizations", o.ID, i)
		v.required(ctx, o.Pos, "name", o.Name)
		if v.required(ctx, o.Pos, "kind", o.Kind) {
			v.oneOf(ctx, o.Pos, "kind", o.Kind, "organization kind", OrganizationKinds)
		}
		v.ref(ctx, "city", o.City, KindPlace)
		v.ref(ctx, "country", o.Country, KindCountry)
		v.ref(ctx, "represents", o.Represents, KindCountry)
		v.ref(ctx, "part_of", o.PartOf, KindOrganization)
		v.self(ctx, "part_of", o.ID, o.PartOf)
		v.date(ctx, "founded", o.Founded)
		if o.URL != "" {
			v.url(ctx, o.Pos, o.URL)
		}
		v.wikidata(ctx, o.Pos, o.Wikidata)
	}
	for i, p := range f.Posts {
		ctx := label("post", "posts", p.ID, i)
		v.required(ctx, p.Pos, "name", p.Name)
		v.ref(ctx, "of", p.Of, KindOrganization, KindCountry, KindPlace)
		v.ref(ctx, "toward", p.Toward, KindCountry)
	}
	for i, g := range f.Groups {
		ctx := label("group", "groups", g.ID, i)
		v.required(ctx, g.Pos, "name", g.Name)
		if v.required(ctx, g.Pos, "kind", g.Kind) {
			v.oneOf(ctx, g.Pos, "kind", g.Kind, "group kind", GroupKinds)
		}
		v.ref(ctx, "part_of", g.PartOf, KindGroup, KindOrganization)
		v.self(ctx, "part_of", g.ID, g.PartOf)
		v.ref(ctx, "place", g.Place, KindPlace)
		v.ref(ctx, "represents", g.Represents, KindCountry)
		v.ref(ctx, "led_by", g.LedBy, KindPerson)
		v.refs(ctx, "member", g.Members, KindPerson)
		for j, fig := range g.Figures {
			fctx := ctx + fmt.Sprintf(": figures[%d]", j)
			if fig.Count <= 0 && !v.lay.isBad(fig.Pos, "count") {
				v.errorf(v.lay.at(fig.Pos, "count"), fctx, "count %d: expected a number of at least 1", fig.Count)
			}
			v.required(fctx, fig.Pos, "unit", fig.Unit)
		}
	}
	for i, m := range f.Mentions {
		ctx := label("mention", "mentions", m.ID.ID, i)
		if m.ID.IsZero() {
			v.missing(ctx, m.Pos, "id", "")
		}
		v.ref(ctx, "id", m.ID, KindCountry, KindPlace, KindPerson, KindOrganization, KindPost, KindGroup)
		if len(m.As) == 0 {
			v.missing(ctx, m.Pos, "as", "the names the report uses")
		}
	}
	for i, t := range f.Tenures {
		ctx := fmt.Sprintf("tenures[%d]", i)
		if !t.Person.IsZero() && !t.Post.IsZero() {
			ctx = "tenure " + clip(t.Person.ID) + " as " + clip(t.Post.ID)
		}
		if t.Person.IsZero() {
			v.missing(ctx, t.Pos, "person", "")
		}
		if t.Post.IsZero() {
			v.missing(ctx, t.Pos, "post", "")
		}
		v.ref(ctx, "person", t.Person, KindPerson)
		v.ref(ctx, "post", t.Post, KindPost)
		v.date(ctx, "from", t.From)
		v.date(ctx, "until", t.Until)
		v.date(ctx, "as_of", t.AsOf)
		v.oneOf(ctx, t.Pos, "status", t.Status, "tenure status", TenureStatuses)
		if t.Status == "former" && t.AsOf.IsZero() {
			v.missing(ctx, t.Pos, "as_of", "the date by which the tenure had ended, usually the report's date")
		}
		if t.From.Check() == nil && t.Until.Check() == nil && !t.From.IsZero() && !t.Until.IsZero() && t.Until.End() < t.From.Start() {
			v.errorf(t.Until.Pos, ctx, "until %q is before from %q; expected the tenure to end after it starts", t.Until.Value, t.From.Value)
		}
	}
	for i, x := range f.Visits {
		ctx := label("visit", "visits", x.ID, i)
		if len(x.Visitors) == 0 {
			v.missing(ctx, x.Pos, "visitors", "who travelled")
		}
		v.refs(ctx, "visitor", x.Visitors, KindPerson, KindGroup, KindOrganization)
		v.refs(ctx, "destination", x.Destinations, KindPlace)
		v.ref(ctx, "host_country", x.HostCountry, KindCountry)
		v.date(ctx, "date", x.Date)
		v.dateBasis(ctx, x.Pos, x.Date, x.DateBasis)
		v.nonNegative(ctx, x.Pos, "stated_meetings", x.StatedMeetings)
		v.oneOf(ctx, x.Pos, "status", x.Status, "status", Statuses)
		v.refs(ctx, "organiser", x.Organisers, KindPerson)
	}
	for i, e := range f.Events {
		v.event(e, label("event", "events", e.ID, i))
	}
	for i, d := range f.Documents {
		ctx := label("document", "documents", d.ID, i)
		if v.required(ctx, d.Pos, "kind", d.Kind) {
			v.oneOf(ctx, d.Pos, "kind", d.Kind, "document kind", DocumentKinds)
		}
		v.nonNegative(ctx, d.Pos, "count", d.Count)
		v.refs(ctx, "party", d.Parties, KindCountry, KindPlace, KindOrganization, KindPerson, KindGroup)
		v.ref(ctx, "signed_at", d.SignedAt, KindEvent)
		v.date(ctx, "date", d.Date)
		v.oneOf(ctx, d.Pos, "status", d.Status, "document status", DocumentStatuses)
	}
	for i, r := range f.Relations {
		ctx := label("relation", "relations", r.ID, i)
		if v.required(ctx, r.Pos, "kind", r.Kind) {
			v.oneOf(ctx, r.Pos, "kind", r.Kind, "relation kind", RelationKinds)
		}
		if len(r.Between) < 2 {
			v.errorf(v.lay.at(r.Pos, "between"), ctx, "between: found %d, expected at least two parties", len(r.Between))
		}
		v.refs(ctx, "between", r.Between, KindCountry, KindPlace, KindOrganization, KindPerson)
		v.ref(ctx, "via", r.Via, KindOrganization)
		v.date(ctx, "since", r.Since)
		v.oneOf(ctx, r.Pos, "status", r.Status, "relation status", RelationStatuses)
	}
	parties := []string{KindPerson, KindOrganization, KindGroup, KindPost, KindCountry}
	for i, x := range f.Invitations {
		ctx := label("invitation", "invitations", x.ID, i)
		if v.required(ctx, x.Pos, "kind", x.Kind) {
			v.oneOf(ctx, x.Pos, "kind", x.Kind, "invitation kind", InvitationKinds)
		}
		if len(x.By) == 0 {
			v.missing(ctx, x.Pos, "by", "who extended the invitation or made the proposal")
		}
		v.refs(ctx, "by", x.By, parties...)
		v.refs(ctx, "to", x.To, parties...)
		if x.Subject == "" && x.Event.IsZero() {
			v.missing(ctx, x.Pos, "subject", "what it is to, in the report's words, or the event invited to")
		}
		v.ref(ctx, "event", x.Event, KindEvent)
		v.ref(ctx, "at", x.At, KindEvent)
		v.date(ctx, "date", x.Date)
		v.oneOf(ctx, x.Pos, "status", x.Status, "invitation status", InvitationStatuses)
	}
	for i, c := range f.Commitments {
		ctx := label("commitment", "commitments", c.ID, i)
		if v.required(ctx, c.Pos, "kind", c.Kind) {
			v.oneOf(ctx, c.Pos, "kind", c.Kind, "commitment kind", CommitmentKinds)
		}
		if len(c.By) == 0 {
			v.missing(ctx, c.Pos, "by", "who agreed, undertook or announced it")
		}
		v.refs(ctx, "by", c.By, parties...)
		v.required(ctx, c.Pos, "subject", c.Subject)
		v.ref(ctx, "at", c.At, KindEvent)
		v.date(ctx, "date", c.Date)
	}
	for i, x := range f.Figures {
		ctx := label("figure", "figures", x.ID, i)
		v.required(ctx, x.Pos, "what", x.What)
		v.oneOf(ctx, x.Pos, "kind", x.Kind, "figure kind", FigureKinds)
		switch {
		case x.Value == nil && x.Min == nil && x.Max == nil:
			if !v.lay.isBad(x.Pos, "value") {
				v.missing(ctx, x.Pos, "value", "the number, or min and max for a range")
			}
		case x.Value != nil && (x.Min != nil || x.Max != nil):
			v.errorf(v.lay.at(x.Pos, "value"), ctx, "value with min or max; expected either a value or a range (min and max)")
		case x.Value == nil && (x.Min == nil || x.Max == nil):
			v.errorf(x.Pos, ctx, "a range needs both min and max; expected both, or a value")
		case x.Value == nil && *x.Min > *x.Max:
			v.errorf(v.lay.at(x.Pos, "max"), ctx, "max %v is below min %v; expected min <= max", *x.Max, *x.Min)
		}
		v.required(ctx, x.Pos, "unit", x.Unit)
		v.date(ctx, "period", x.Period)
		v.refs(ctx, "about", x.About, KindCountry, KindPlace, KindOrganization, KindRelation, KindGroup)
	}
}

func (v *validator) event(e Event, ctx string) {
	if v.required(ctx, e.Pos, "kind", e.Kind) {
		v.oneOf(ctx, e.Pos, "kind", e.Kind, "event kind", eventKinds())
	}
	v.oneOf(ctx, e.Pos, "status", e.Status, "status", Statuses)
	v.date(ctx, "date", e.Date)
	v.dateBasis(ctx, e.Pos, e.Date, e.DateBasis)
	v.ref(ctx, "same_day_as", e.SameDayAs, KindEvent)
	v.self(ctx, "same_day_as", e.ID, e.SameDayAs)
	v.ref(ctx, "place", e.Place, KindPlace, KindCountry)
	v.ref(ctx, "venue", e.Venue, KindOrganization)
	v.ref(ctx, "visit", e.Visit, KindVisit)
	v.ref(ctx, "part_of", e.PartOf, KindEvent)
	v.self(ctx, "part_of", e.ID, e.PartOf)
	v.ref(ctx, "sidelines_of", e.Sidelines, KindEvent)
	v.self(ctx, "sidelines_of", e.ID, e.Sidelines)
	v.ref(ctx, "session_of", e.SessionOf, KindOrganization)
	v.nonNegative(ctx, e.Pos, "session_number", e.SessionNumber)
	if len(e.Participants) == 0 && e.Status != "planned" && e.Status != "cancelled" {
		v.missing(ctx, e.Pos, "participants", "who took part; only planned or cancelled events may leave it out")
	}
	seen := map[string]Pos{}
	for j, p := range e.Participants {
		pctx := ctx + ": " + label("participant", "participants", p.Who.ID, j)
		if p.Who.IsZero() {
			v.missing(pctx, p.Pos, "who", "")
		} else if first, dup := seen[p.Who.ID]; dup {
			v.errorf(p.Who.Pos, ctx, "participant %s: listed twice (first at line %d); expected each party once, with one role", clip(p.Who.ID), first.Line)
		} else {
			seen[p.Who.ID] = p.Who.Pos
			v.ref(ctx, "participant", p.Who, KindPerson, KindGroup, KindOrganization, KindPost)
		}
		if p.Side != "" && !slices.Contains(Sides, p.Side) {
			v.errorf(v.lay.at(p.Pos, "side"), pctx, "side %s: expected side: unknown, or no side and represents: COUNTRY for the country the party spoke for", clip(p.Side))
		} else if p.Side != "" && !p.Represents.IsZero() {
			v.errorf(v.lay.at(p.Pos, "side"), pctx, "side %q with represents %q; expected one: the country the party spoke for, or side: unknown", p.Side, p.Represents.ID)
		}
		if v.required(pctx, p.Pos, "role", p.Role) {
			v.oneOf(pctx, p.Pos, "role", p.Role, "role", Roles)
		}
		v.ref(pctx, "represents", p.Represents, KindCountry)
	}
}

// restatements checks that an event restated by a second report under the
// same id can be the same event: its date overlaps the first's, and the two
// share a party. An id reused by mistake would merge two meetings.
func (v *validator) restatements(files []*File) {
	type first struct {
		e   Event
		pos Pos
	}
	seen := map[string]first{}
	for _, f := range files {
		if f.Source == nil {
			continue
		}
		for _, e := range f.Events {
			if e.ID == "" {
				continue
			}
			at := v.lay.at(e.Pos, "id")
			p, ok := seen[e.ID]
			if !ok {
				seen[e.ID] = first{e, at}
				continue
			}
			if p.pos.File == at.File {
				continue // a duplicate in one file is reported by define
			}
			ctx := fmt.Sprintf("event %q", e.ID)
			a, b := p.e.Date, e.Date
			if !a.IsZero() && !b.IsZero() && a.Check() == nil && b.Check() == nil && (b.End() < a.Start() || a.End() < b.Start()) {
				v.errorf(at, ctx, "restates the event at %s, but its date %q does not overlap %q there; expected the same event, or an id of its own", where(p.pos), b.Value, a.Value)
			}
			if pa, pb := v.parties(p.e), v.parties(e); len(pa) > 0 && len(pb) > 0 && !shareParty(pa, pb) {
				v.errorf(at, ctx, "restates the event at %s, but shares no participant with it; expected the same event, or an id of its own", where(p.pos))
			}
		}
	}
}

// parties are the ids of an event's participants that resolve to a party;
// the others are reported as references already.
func (v *validator) parties(e Event) []string {
	var ids []string
	for _, p := range e.Participants {
		switch v.defs[p.Who.ID].kind {
		case KindPerson, KindGroup, KindOrganization, KindPost:
			ids = append(ids, p.Who.ID)
		}
	}
	return ids
}

func shareParty(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// MaxPlaceDepth is how many `in` steps a place may be from its country: a
// town in a district in a province in a region is four; more is a mistake
// in the data, reported rather than followed.
const MaxPlaceDepth = 16

// placeChains reports places whose `in` chain loops instead of reaching a
// country, and places further than MaxPlaceDepth steps from their country.
// Each place is walked once: a chain's depths are worked out from its top
// down. Broken links are already reported as references.
func (v *validator) placeChains(files []*File) {
	in := map[string]Place{}
	for _, f := range files {
		for _, p := range f.Places {
			if _, dup := in[p.ID]; !dup {
				in[p.ID] = p
			}
		}
	}
	ids := make([]string, 0, len(in))
	for id := range in {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// Steps to the country, and which; -1 once walked without reaching one.
	type reach struct {
		steps   int
		country string
	}
	depth := map[string]reach{}
	onPath := map[string]int{} // place -> its index in path
	var path []string
	for _, id := range ids {
		path = path[:0]
		clear(onPath)
		cur, r := id, reach{steps: -1}
		for {
			if known, ok := depth[cur]; ok {
				r = known
				break
			}
			if i, loops := onPath[cur]; loops {
				v.loop(in, path[i:])
				break
			}
			p, ok := in[cur]
			if !ok {
				// A country ends the chain; anything else was reported.
				if v.defs[cur].kind == KindCountry {
					r = reach{0, cur}
				}
				break
			}
			onPath[cur] = len(path)
			path = append(path, cur)
			if p.In.IsZero() {
				break
			}
			cur = p.In.ID
		}
		for i := len(path) - 1; i >= 0; i-- {
			if r.steps >= 0 {
				r.steps++
			}
			depth[path[i]] = r
			// The topmost place too deep is reported; those below it
			// follow from it.
			if r.steps == MaxPlaceDepth+1 {
				p := in[path[i]]
				v.errorf(p.In.Pos, label("place", "places", p.ID, 0), "in %s: the place is %d steps below its country %s; expected at most %d (city, district, province, country)", clip(p.In.ID), r.steps, clip(r.country), MaxPlaceDepth)
			}
		}
	}
}

// loop reports a chain of places that loops, at the place of the loop with
// the smallest id, walking from there.
func (v *validator) loop(in map[string]Place, loop []string) {
	first := 0
	for i, id := range loop {
		if id < loop[first] {
			first = i
		}
	}
	chain := append(append(slices.Clone(loop[first:]), loop[:first]...), loop[first])
	if len(chain) > 10 {
		chain = append(chain[:4:4], fmt.Sprintf("… (%d places in the loop)", len(loop)), loop[first])
	}
	p := in[loop[first]]
	v.errorf(p.In.Pos, label("place", "places", p.ID, 0), "in %s: the chain %s loops; expected it to end at a country", clip(p.In.ID), strings.Join(chain, " → "))
}
