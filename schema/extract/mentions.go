package extract

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/bilat/bilat/schema"
)

// person is someone the report names, matched to the records or new.
type person struct {
	id, name    string
	honorifics  []string
	forms       []string // every form the report uses, as written
	nat         string   // country id
	natCheck    string
	known       bool   // defined in the records
	check       string // why the match is uncertain
	posts       []heldPost
	titles      []string // folded bare titles held, for "the minister"
	first       int      // sentence of the first mention
	explicitNat bool
	seq         int          // place in the drafter's people
	idx         *peopleIndex // the drafter's index, told of each new form
}

// peopleIndex finds the report's people by the first three letters of any
// word of their name or forms, so that matching a name looks at a few
// candidates, not at everyone the report has named (a text of thousands of
// names stays linear).
type peopleIndex struct {
	byKey    map[string]*person // folded form, honorifics off
	byPrefix map[string][]*person
}

// maxNamesake bounds the people kept under one prefix: a report names a
// handful of people, and one that names hundreds sharing a prefix is not a
// news report; past the bound they are found by their exact forms only.
const maxNamesake = 16

func (x *peopleIndex) add(p *person, form string) {
	if x.byPrefix == nil {
		x.byPrefix, x.byKey = map[string][]*person{}, map[string]*person{}
	}
	key := fold(stripHonorifics(form))
	if q, ok := x.byKey[key]; !ok || q.seq > p.seq {
		x.byKey[key] = p
	}
	for _, w := range strings.Fields(key) {
		k := prefix3(w)
		if l := x.byPrefix[k]; len(l) < maxNamesake && !slices.Contains(l, p) {
			x.byPrefix[k] = append(l, p)
		}
	}
}

// candidates are the people sharing a word's first three letters with a
// folded name, in the order the report named them.
func (x *peopleIndex) candidates(k string) []*person {
	var out []*person
	seen := map[*person]bool{}
	for _, w := range strings.Fields(k) {
		for _, p := range x.byPrefix[prefix3(w)] {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	slices.SortFunc(out, func(a, b *person) int { return a.seq - b.seq })
	return out
}

type heldPost struct{ id, check string }

// org is an organization the report names.
type org struct {
	id, name, kind string
	aliases        []string
	forms          []string
	known          bool
	city, country  string
	short          string // the name without "of <country>", as others of it go

	check string
}

// post is an office the draft uses; new ones are defined in the draft.
type post struct {
	rec   schema.Post
	known bool
	forms []string
}

// span is a stretch of a sentence's tokens that names something.
type span struct {
	start, end int // token indices, end exclusive
	kind       string
	id         string // entity id when known
	demonym    bool
	title      *titlePhrase
}

// titlePhrase is an office as written: "the Ambassador of Kazakhstan to
// Pakistan", "Punjab Governor", "Minister for Communications".
type titlePhrase struct {
	titles     []string // canonical titles ("Ambassador", "Deputy Prime Minister")
	anaphor    bool     // "the Prime Minister" the report has named: no office of the name after it
	of         string   // entity id (country, place, organization)
	ofText     string   // the qualifier as written when no entity was found
	ofCountry  string   // the country such a qualifier ends with: "Naval Staff of Pakistan"
	toward     string   // country id
	towardText string   // a body an envoy is accredited to: "the OSCE", "the United Nations in Geneva"
	side       string   // country named before the title ("Turkmenistan's"), kept when `of` becomes an organization
	domain     string   // "Communications and Postal Services"
	domainOf   bool     // the field was written with "of", not "for"
	at         string   // place of an office abroad: "Honorary Consul of Kazakhstan in Karachi"
	former     bool     // "the former Ambassador": held once, not as of the report
	plural     bool
	postID     string // set when the phrase is a known post's name
	written    string
	start, end int
}

// personMention is a person named in a sentence.
type personMention struct {
	p          *person
	start, end int // token span
	byTitle    bool
}

// analysed is a sentence with what it names.
type analysed struct {
	sentence
	idx    int
	folded []string
	spans  []span
	people []personMention
	titles []*titlePhrase // titles with no name attached (bare offices, anaphora)
	// offices are bare offices no one could be found for.
	offices []*titlePhrase
}

func (d *drafter) foldTokens(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = fold(t.text)
	}
	return out
}

// surnameAt tells a demonym that ends a name ("Khalid Mahmood Iraqi on
// prospects"): after a capitalized word of no known kind, before a word in
// lower case or punctuation, where a demonym that describes something
// would be followed by what it describes.
func surnameAt(a *analysed, i int) bool {
	// (A sentence's first word is capitalized whatever it is:
	// "Colourful Kyrgyz felt carpets".)
	if i <= 1 || i+1 >= len(a.toks) {
		return false
	}
	prev, next := a.toks[i-1].text, a.toks[i+1].text
	if !isWord(prev) || !isCap(prev) || allCaps(prev) || a.covered(i-1) || honorifics[a.folded[i-1]] || titleModifiers[a.folded[i-1]] ||
		notNameWords[a.folded[i-1]] || determiners[a.folded[i-1]] {
		return false
	}
	if _, _, isTitle := matchTitle(a.folded, i-1); isTitle {
		return false
	}
	return !isWord(next) || !isCap(next) && !nounAfterDemonym[a.folded[i+1]]
}

// gazetteerSpans marks the longest known names in a sentence.
func (d *drafter) gazetteerSpans(a *analysed) {
	toks, fw := a.toks, a.folded
	for i := 0; i < len(toks); {
		if !isWord(toks[i].text) || !(isCap(toks[i].text) || allCaps(toks[i].text)) {
			i++
			continue
		}
		found := false
		for _, n := range d.nameLengths(a, i) {
			if !isCap(toks[i+n-1].text) && !allCaps(toks[i+n-1].text) {
				continue
			}
			var words []string
			for k, t := range toks[i : i+n] {
				if k == 0 || !isPossessive(t.text) {
					words = append(words, fw[i+k])
				}
			}
			key := strings.Join(words, " ")
			ents := d.lookupName(key)
			if n == 1 && slices.ContainsFunc(ents, func(e entry) bool { return e.kind == schema.KindPerson }) {
				// "Iqbal" after "Ahsan Iqbal": the surname of someone the
				// report named, before anyone the records call so.
				if p := d.bySurname(key); p != nil {
					ents = []entry{{schema.KindPerson, p.id}}
				}
			}
			if len(ents) == 0 {
				if n == 1 && !surnameAt(a, i) {
					if c, ok := d.g.demonyms[key]; ok {
						a.spans = append(a.spans, span{start: i, end: i + 1, kind: schema.KindCountry, id: c, demonym: true})
						i++
						found = true
					}
				}
				continue
			}
			e := pickEntry(ents)
			if n == 1 && e.kind == schema.KindCountry && surnameAt(a, i) {
				continue
			}
			if e.kind == schema.KindPost && i > 0 && rankModifiers[fw[i-1]] {
				// "Deputy Minister of Foreign Affairs of Kazakhstan" is
				// another office than the Minister's the records know.
				continue
			}
			if e.kind == schema.KindPost {
				// "Deputy Minister of Science and Technology of Viet Nam":
				// not the other country's office the records know.
				if c, pc := d.countryAfterOf(a, i+n), d.g.countryOf(e.id); c != "" && pc != "" && c != pc {
					continue
				}
				if _, next, ok := matchTitle(fw[i:i+n], 0); ok && next == n {
					// "Akim", "Governor": a bare title a post happens to be
					// called by is read as a title, with its own "of".
					continue
				}
			}
			if e.kind == schema.KindOrganization {
				// "the National Assembly of the Republic of Korea" is not the
				// National Assembly of Pakistan the records know: a body of
				// its own, with that as its short name.
				if c, oc := d.countryAfterOf(a, i+n), d.orgCountry(e.id); c != "" && oc != "" && c != oc {
					continue
				}
				// "the Chairman of the Senate", datelined Astana: not the
				// Senate of Pakistan the records call "Senate" too. A body
				// named by one generic word is of the dateline's country.
				if n == 1 && d.genericElsewhere(key, e.id) {
					continue
				}
			}
			// "Pakistani" is a demonym also where the records list it
			// among the country's names.
			dem := e.kind == schema.KindCountry && d.g.demonyms[key] == e.id
			a.spans = append(a.spans, span{start: i, end: i + n, kind: e.kind, id: e.id, demonym: dem})
			i += n
			found = true
			break
		}
		if !found {
			i++
		}
	}
}

// possessiveAt reports whether up to three capitalized words at token k
// end in a possessive "'s" ("Pakistan's", "Saudi Arabia's").
func possessiveAt(toks []token, k int) bool {
	x := k
	for x < len(toks) && x < k+3 && isCap(toks[x].text) {
		x++
	}
	return x > k && x < len(toks) && isPossessive(toks[x].text)
}

// countryAfterOf is the country "of (the) Country" names at token k, ""
// when the words there name none.
func (d *drafter) countryAfterOf(a *analysed, k int) string {
	if k >= len(a.toks) || a.folded[k] != "of" {
		return ""
	}
	k++
	if k < len(a.toks) && a.folded[k] == "the" {
		k++
	}
	for n := min(6, len(a.toks)-k); n >= 1; n-- {
		for _, e := range d.g.lookup(strings.Join(a.folded[k:k+n], " ")) {
			if e.kind == schema.KindCountry {
				return e.id
			}
		}
	}
	return ""
}

// nameLengths are the word counts n for which toks[i:i+n] reads as a name
// the records or the draft know, longest first, and always 1 (a demonym).
// A possessive inside a name is left out of its form ("People's Republic of
// China"), as the records hold it folded without it.
func (d *drafter) nameLengths(a *analysed, i int) []int {
	ns := []int{1}
	var b strings.Builder
	for j := i; j < len(a.toks); j++ {
		t := a.toks[j].text
		if j > i && isPossessive(t) {
			continue
		}
		if !isWord(t) && t != "&" {
			break
		}
		if j > i {
			b.WriteByte(' ')
		}
		b.WriteString(a.folded[j])
		k := b.String()
		if !d.g.prefixes[k] && !d.localPref[k] {
			break
		}
		if n := j - i + 1; n > 1 && len(d.lookupName(k)) > 0 {
			ns = append(ns, n)
		}
	}
	slices.Reverse(ns)
	return ns
}

// lookupName finds a folded name in the records and in what the draft
// has already named.
func (d *drafter) lookupName(k string) []entry {
	if e, ok := d.local[k]; ok {
		return e
	}
	return d.g.lookup(k)
}

func pickEntry(es []entry) entry {
	for _, kind := range []string{schema.KindPerson, schema.KindPost, schema.KindOrganization, schema.KindPlace, schema.KindCountry} {
		for _, e := range es {
			if e.kind == kind {
				return e
			}
		}
	}
	return es[0]
}

// spanAt returns the span starting at token i, if any.
func (a *analysed) spanAt(i int) *span {
	for k := range a.spans {
		if a.spans[k].start == i {
			return &a.spans[k]
		}
	}
	return nil
}

// spanEnding returns the span ending just before token i.
func (a *analysed) spanEnding(i int) *span {
	for k := range a.spans {
		if a.spans[k].end == i {
			return &a.spans[k]
		}
	}
	return nil
}

func (a *analysed) covered(i int) bool {
	for _, s := range a.spans {
		if i >= s.start && i < s.end {
			return true
		}
	}
	return false
}

// matchTitle matches a title (with modifiers) at token i and returns the
// canonical title and the token after it.
func matchTitle(fw []string, i int) (string, int, bool) {
	if i > 0 && (fw[i] == "pm" || fw[i] == "cm") && strings.Trim(fw[i-1], "0123456789") == "" {
		return "", i, false // "at 4 PM", "30 cm": no office
	}
	// "the Amir Sheikh Tamim", "HH the Amir": the office; "Amir Khan
	// Muttaqi": a given name.
	if fw[i] == "amir" && !(i > 0 && (fw[i-1] == "the" || fw[i-1] == "hh")) && !(i+1 < len(fw) && fw[i+1] == "sheikh") {
		return "", i, false
	}
	var mods []string
	// "Commerce Secretary", "Energy Minister": a field, then the office.
	if i+1 < len(fw) && isDomainWord(fw[i]) && !fieldJoiners[fw[i]] && (fw[i+1] == "secretary" || fw[i+1] == "minister") {
		return canonicalTitle([]string{fw[i], fw[i+1]}), i + 2, true
	}
	for k := i; k < len(fw) && k < i+3; k++ {
		for _, t := range titleWords {
			if end, ok := wordsAt(fw, k, t); ok {
				words := append(slices.Clone(mods), t...)
				return canonicalTitle(words), end, true
			}
		}
		if !titleModifiers[fw[k]] && !passingModifiers[fw[k]] {
			break
		}
		if !passingModifiers[fw[k]] {
			mods = append(mods, fw[k])
		}
	}
	return "", i, false
}

// matchedDomainBefore moves *k back over the field words written before an
// office ("Economy and" of "Economy and Commerce Minister") and reports
// whether there were any.
func matchedDomainBefore(a *analysed, k *int) bool {
	start := *k
	field := func(x int) bool {
		return x >= 0 && isDomainWord(a.folded[x]) && a.folded[x] != "and" && isCap(a.toks[x].text) && !a.covered(x)
	}
	for *k > 1 && (field(*k-1) || a.folded[*k-1] == "and" && field(*k-2)) {
		*k--
	}
	return *k < start
}

// wordsAt reports whether the folded tokens from k spell the words ws,
// whole tokens only, and where they end: "Charge d'Affaires" is two tokens
// ("charge", "d affaires") and three words, "Vice-Rector" one and two.
func wordsAt(fw []string, k int, ws []string) (int, bool) {
	w := 0
	for w < len(ws) {
		if k >= len(fw) {
			return 0, false
		}
		parts := strings.Fields(fw[k])
		if len(parts) == 0 || w+len(parts) > len(ws) || !slices.Equal(parts, ws[w:w+len(parts)]) {
			return 0, false
		}
		w += len(parts)
		k++
	}
	return k, true
}

// passingModifiers say how someone came to an office, not which office:
// "the newly appointed Ambassador" holds the post of Ambassador.
var passingModifiers = set("newly", "appointed", "elected", "re elected", "newly appointed", "newly elected", "incoming", "acting")

// heldByOne tells whether exactly one person the report has named holds a
// title.
func (d *drafter) heldByOne(t string) bool {
	n := 0
	for _, p := range d.people {
		if slices.Contains(p.titles, t) {
			n++
		}
	}
	return n == 1
}

// canonicalTitle turns folded title words into the title a post holds:
// "envoy" is an Ambassador, plurals become singular.
func canonicalTitle(words []string) string {
	// "Ambassador Extraordinary and Plenipotentiary" is the post of
	// Ambassador, as the records hold it.
	s := strings.NewReplacer("ambassador extraordinary and plenipotentiary", "ambassador",
		"extraordinary and plenipotentiary ambassador", "ambassador").Replace(strings.Join(words, " "))
	switch s {
	case "envoy", "envoys", "ambassadors":
		s = "ambassador"
	case "presidents":
		s = "president"
	case "foreign ministers":
		s = "foreign minister"
	case "senators":
		s = "senator"
	case "ministers":
		s = "minister"
	case "mnas":
		s = "mna"
	case "mpas":
		s = "mpa"
	case "spokesman", "spokeswoman":
		s = "spokesperson"
	case "advisor":
		s = "adviser"
	case "pm": // "PM Shehbaz", as South Asian papers write
		s = "prime minister"
	case "cm":
		s = "chief minister"
	case "amir": // Qatar's and Kuwait's, as their agencies spell it
		s = "emir"
	}
	// Written forms the folded words lose: "Chargé d'Affaires", "Deputy
	// Commander-in-Chief", "MNA".
	s = strings.TrimSpace(titleSpellings.Replace(" " + s + " "))
	var b []string
	for _, w := range strings.Fields(s) {
		// (Words titleSpellings wrote stay as written.)
		if w == "and" || w == "of" || w == "for" || w == "in" || strings.ToLower(w) != w {
			b = append(b, w)
			continue
		}
		b = append(b, strings.ToUpper(w[:1])+w[1:])
	}
	return strings.Join(b, " ")
}

// titleSpellings restore, in folded title words, the written form of the
// words whose accents, hyphens, apostrophes or capitals folding removed.
// Whole words only: "campaign" keeps its "mpa".
var titleSpellings = strings.NewReplacer(" charge d affaires ", " Chargé d'Affaires ", " commander in chief ", " Commander-in-Chief ",
	" ceo ", " CEO ", " mna ", " MNA ", " mpa ", " MPA ")

// titleSpans finds the offices a sentence names.
func (d *drafter) titleSpans(a *analysed) {
	toks, fw := a.toks, a.folded
	for i := 0; i < len(toks); i++ {
		if passingModifiers[fw[i]] && !a.covered(i) {
			continue // the office starts after it
		}
		if s := a.spanAt(i); s != nil {
			if s.kind == schema.KindPost {
				p := d.g.posts[s.id]
				if lp, ok := d.posts[s.id]; ok {
					p = lp.rec
				}
				tp := &titlePhrase{titles: []string{p.Title}, postID: s.id, of: p.Of.ID, toward: p.Toward.ID, start: s.start, end: s.end}
				tp.written = a.textOf(s.start, s.end)
				s.title, s.kind = tp, "title"
				d.seenTitles = append(d.seenTitles, tp)
			}
			i = s.end - 1
			continue
		}
		title, next, ok := matchTitle(fw, i)
		if !ok {
			continue
		}
		// "Charge d'Affaires a.i. of the Embassy", "ad interim": the
		// same office, for the time being.
		if next+3 < len(toks) && toks[next].text == "a" && toks[next+1].text == "." && toks[next+2].text == "i" && toks[next+3].text == "." {
			next += 4
		} else if next+1 < len(fw) && fw[next] == "ad" && fw[next+1] == "interim" {
			next += 2
		}
		if nameAfterOffice(a, i, next) {
			continue
		}
		if next < len(fw) && buildingWords[fw[next]] && isCap(toks[next].text) {
			// "the Governor House", "PM House": a building named after
			// the office, no holder of it.
			i = next
			continue
		}
		tp := &titlePhrase{titles: []string{title}, start: i, end: next}
		if i > 0 && (fw[i-1] == "former" || fw[i-1] == "ex" || fw[i-1] == "late") {
			tp.former, tp.start = true, i-1
		}
		// The head is the word before an "of": "Minister of External
		// Affairs" is one, "Heads of State" several.
		head := fw[next-1]
		if k := slices.Index(fw[i:next], "of"); k > 0 {
			head = fw[i+k-1]
		}
		tp.plural = strings.HasSuffix(head, "s") && head != "ceo" && !strings.HasSuffix(head, "affaires") // "Chargé d'Affaires" is one
		// "Deputy Prime Minister and Foreign Minister"; not "the Prime
		// Minister and President X" when the report (or the sentence) has
		// named its Prime Minister: two people.
		anaphor := i > 0 && fw[i-1] == "the" && (d.heldByOne(fold(title)) || slices.ContainsFunc(a.spans, func(s span) bool {
			return s.kind == "title" && s.end < i && slices.Contains(s.title.titles, title)
		}))
		tp.anaphor = anaphor
		for next+1 < len(fw) && fw[next] == "and" && !anaphor {
			t2, n2, ok := matchTitle(fw, next+1)
			if !ok || a.covered(next+1) {
				break
			}
			tp.titles = append(tp.titles, t2)
			next = n2
		}
		// "Toraga (Speaker) of the Jogorku Kenesh X": a local title glossed
		// in English; the gloss is the office, the "of" after it its body.
		glossed := i >= 2 && toks[i-1].text == "(" && next < len(toks) && toks[next].text == ")" && isCap(toks[i-2].text) && !a.covered(i-2)
		if glossed {
			tp.start = i - 2
			next++
		}
		// Before the title: "Kazakhstan's", "Kazakh", "Punjab", "KU".
		if i > 0 && !glossed {
			j := i
			// "Pakistan's newly appointed Ambassador".
			for j > 1 && passingModifiers[fw[j-1]] && !a.covered(j-1) {
				j--
			}
			if toks[j-1].text == "'s" || toks[j-1].text == "’s" {
				j--
			}
			// "Kyrgyz Economy and Commerce Minister X": the country before
			// the office's field.
			if k := j; matchedDomainBefore(a, &k) {
				if s := a.spanEnding(k); s != nil && s.kind == schema.KindCountry {
					j = k
				}
			}
			if s := a.spanEnding(j); s != nil && s.kind == "title" && s.title != nil && j < i && d.g.countries[cmp.Or(s.title.side, s.title.of)].ID != "" {
				// "Iranian President's Chief of Staff X": the office of
				// another's staff, of the country of that other office.
				c := cmp.Or(s.title.side, s.title.of)
				tp.of, tp.side, tp.ofCountry, tp.start = c, c, c, s.start
			} else if s := a.spanEnding(j); s != nil && (s.kind == schema.KindCountry || s.kind == schema.KindPlace || s.kind == schema.KindOrganization) {
				tp.of = s.id
				tp.start = s.start
				if s.kind == schema.KindCountry {
					tp.side = s.id
				}
				// "the Central Asian country's deputy minister", "...,
				// the country's Ambassador to Qatar X said": the words
				// that tell the country again (countryReferences) are the
				// title's too.
				if s.kind == schema.KindCountry && countryNouns[fw[s.start]] {
					k := s.start
					for k > 0 && k > s.start-3 && isCap(toks[k-1].text) && !a.covered(k-1) {
						k--
					}
					if k > 0 && fw[k-1] == "the" {
						tp.start = k // "the" before, as an apposition has it
					}
				}
				// "Kazakh Senate Speaker": another country's body of that
				// name, so an office of that country.
				if c := a.spanEnding(s.start); s.kind == schema.KindOrganization && c != nil && c.kind == schema.KindCountry && d.orgCountry(s.id) != "" && d.orgCountry(s.id) != c.id {
					tp.of, tp.start = c.id, c.start
					tp.titles[0] = a.textOf(s.start, s.end) + " " + tp.titles[0]
				}
			} else if j == i && orgHeads[fw[i-1]] != "" && !isCap(toks[i-1].text) {
				// "chamber president X": the chamber the report named last.
				if o := d.lastOrgNamed(a, i-1, fw[i-1]); o != "" {
					tp.of = o
					tp.start = i - 1
				}
			} else if j == i && i >= 3 && toks[i-1].text == ")" && toks[i-3].text == "(" && allCaps(toks[i-2].text) && len(toks[i-2].text) >= 2 {
				// "Pakistan Muslim League-Nawaz (PML-N) President X": the
				// body the abbreviation names, never the country's
				// President.
				if o := d.orgByAbbrev(toks[i-2].text); o != "" {
					tp.of = o
				} else {
					tp.ofText = toks[i-2].text
				}
			} else if j == i && allCaps(toks[i-1].text) {
				if o := d.orgByAbbrev(toks[i-1].text); o != "" {
					tp.of = o
					tp.start = i - 1
				} else if len(toks[i-1].text) >= 3 && isWord(toks[i-1].text) && !a.covered(i-1) {
					// "LCCI President X": a body the records do not know,
					// kept as written; never the country's President.
					tp.ofText, tp.start = toks[i-1].text, i-1
				}
			} else if kind := placeOfficeKind(title); j == i && s == nil && kind != "" {
				// "Khyber Pakhtunkhwa Governor X": the words before the
				// office of a province or city name a place, never a person.
				k := i
				for k > 0 && k > i-3 && isCap(toks[k-1].text) && !allCaps(toks[k-1].text) && !a.covered(k-1) && !notNameWords[fw[k-1]] && orgHeads[fw[k-1]] == "" && !honorifics[fw[k-1]] && !titleModifiers[fw[k-1]] && !passingModifiers[fw[k-1]] && !officeTimes[fw[k-1]] {
					if _, _, isTitle := matchTitle(fw, k-1); isTitle {
						break
					}
					k--
				}
				switch {
				case k < i && d.host != "":
					tp.of = d.newPlace(a.textOf(k, i), kind, d.host)
					tp.start = k
				case k < i:
					// No country to put the place in: kept as written.
					tp.ofText, tp.start = a.textOf(k, i), k
				}
			}
		}
		end := next
		// "Director General (West Asia) of the Ministry X": a gloss of the
		// office's field, then its body.
		if end < len(toks) && toks[end].text == "(" {
			c := end + 1
			for c < len(toks) && c <= end+6 && isWord(toks[c].text) && (isCap(toks[c].text) || fieldJoiners[fw[c]]) {
				c++
			}
			// "Secretary (Bilateral and Consular) X": the gloss, then the name.
			if c > end+1 && c+1 < len(toks) && toks[c].text == ")" && (fw[c+1] == "of" || fw[c+1] == "to" || d.startsName(a, c+1)) {
				end = c + 1
			}
		}
		// "Secretary Interior Zafar Iqbal Khattak", "Minister Commerce X":
		// the field written after the office, then the name.
		if end+2 < len(toks) && isDomainWord(fw[end]) && isCap(toks[end].text) && !a.covered(end) && tp.domain == "" && d.startsName(a, end+1) {
			tp.domain = toks[end].text
			end++
		}
		for end < len(toks) {
			w := fw[end]
			if w != "of" && w != "for" && w != "to" && w != "in" && w != "at" {
				break
			}
			k := end + 1
			for k < len(toks) && (fw[k] == "the" || fw[k] == "a") {
				k++
			}
			if k >= len(toks) {
				break
			}
			// "Rector of the university Serik Tolegenov", "Hokim of the
			// region X": of the body or place of that kind told before,
			// then the holder's name.
			if w == "of" && k > end+1 && isWord(toks[k].text) && !isCap(toks[k].text) && (orgHeads[fw[k]] != "" || placeTypeNouns[fw[k]]) && d.startsName(a, k+1) {
				if o := d.lastOrgWith(fw[k]); o != nil && orgHeads[fw[k]] != "" {
					tp.of = o.id
				} else if prev := d.lastOfKind(a, fw[k]); prev != nil {
					tp.of, tp.ofText, tp.ofCountry = prev.of, prev.ofText, prev.ofCountry
				}
				end = k + 1
				break
			}
			// "Permanent Representative of Turkmenistan to the OSCE and
			// other international organizations in Vienna X": an envoy to
			// a body, not to a country; the holder's name follows.
			if w == "to" && accreditedTitle(tp.titles[0]) {
				if e, ok := d.accreditedBody(a, k); ok {
					tp.towardText, end = a.textOf(end+1, e), e
					continue
				}
			}
			if s := a.spanAt(k); s != nil && s.kind != schema.KindPerson && s.kind != schema.KindPost && w != "for" {
				switch {
				case w == "to" && s.kind == schema.KindCountry:
					tp.toward = s.id
				case w == "to" && s.kind == schema.KindPlace && envoyTitles[fold(tp.titles[0])] && d.g.countryOf(s.id) != "":
					// "Azerbaijan's Ambassador to Ankara": to the country of
					// the capital.
					tp.toward = d.g.countryOf(s.id)
				case w == "in" && tp.of != "" && s.kind != schema.KindOrganization:
					if s.kind == schema.KindPlace {
						tp.at = s.id
					}
					tp.toward = d.g.countryOf(s.id)
					if tp.toward == "" {
						tp.toward = d.countryOfLocal(s.id)
					}
				case w == "in" && !envoyTitles[fold(tp.titles[0])]:
					// "met the Minister in Islamabad": where, not of what.
					end = -1
				case w == "to":
					end = -1
				case (w == "of" || w == "at") && s.kind == schema.KindPlace && s.end < len(fw) && placeTypeNouns[fw[s.end]] && fw[s.end] != "city" && fw[s.end] != "state":
					// "Hokim of Samarkand region": the region named
					// after the city, a place the records do not know.
					tp.of, tp.ofText = "", a.textOf(k, s.end+1)
					if tp.ofCountry = d.g.countryOf(s.id); tp.ofCountry == "" {
						tp.ofCountry = d.countryOfLocal(s.id)
					}
					end = s.end + 1
					continue
				default:
					if tp.of == "" || w == "of" || w == "at" {
						tp.of = s.id
					}
				}
				if end < 0 {
					end = k - 1
					break
				}
				end = s.end
				// "Ambassador of Kazakhstan to India and Bangladesh X": an
				// envoy accredited to more countries than one; the post is
				// the first's.
				if w == "to" && s.kind == schema.KindCountry {
					for end+1 < len(toks) && (fw[end] == "and" || toks[end].text == ",") {
						n := a.spanAt(end + 1)
						if n == nil || n.kind != schema.KindCountry {
							break
						}
						end = n.end
					}
				}
				// "... of Entrepreneurs of Almaty region Nurlan Zhakupov":
				// the place's kind in lower case, then the holder.
				if end < len(toks) && placeTypeNouns[fw[end]] && !isCap(toks[end].text) && d.startsName(a, end+1) {
					end++
				}
				// "First Secretary of the Turkmen embassy X": a mission
				// named by a demonym, in lower case, of that country; its
				// name is never the words after it ("the Pakistani company
				// Indus Fabrics").
				if (w == "of" || w == "at") && s.kind == schema.KindCountry && s.demonym && end < len(toks) && missionNouns[fw[end]] && !isCap(toks[end].text) && d.startsName(a, end+1) {
					tp.of, tp.ofText, tp.ofCountry = "", a.textOf(k, end+1), s.id
					end++
				}
				// "Chief of the General Staff of the Azerbaijan Army
				// Colonel General X": the country's forces, an office of
				// the country.
				if w == "of" && s.kind == schema.KindCountry && end < len(toks) && forceNouns[fw[end]] && isCap(toks[end].text) {
					end++
				}
				continue
			}
			if w == "in" {
				// "Representative ... in Talas Region Kubanychbek Kadyrov":
				// a place the records do not know, ended by its kind, and
				// then the holder's name.
				e := k
				for e < len(toks) && e < k+4 && isCap(toks[e].text) && a.spanAt(e) == nil && !placeTypeNouns[fw[e]] {
					e++
				}
				if e > k && e < len(toks) && placeTypeNouns[fw[e]] && isCap(toks[e].text) && e+2 < len(toks) && looksLikeName(a, e+1, e+3) {
					end = e + 1
					continue
				}
			}
			// "Ambassador of Uzbekistan to the Kingdom": to the host the
			// report calls by its kind of state.
			if w == "to" && k > end+1 && stateNouns[fw[k]] && isCap(toks[k].text) && d.host != "" {
				tp.toward = d.host
				end = k + 1
				continue
			}
			if w == "to" || w == "in" {
				break
			}
			// "deputy minister of roads and urban development Dr. X": a
			// title written in lower case has its field in lower case.
			if !isCap(toks[i].text) && (w == "of" || w == "for") {
				e, fields := k, 0
				// "director of the trade policy department at Kazakhstan's
				// Ministry of X": the field ends before "at"; whose it is
				// follows.
				for e < len(toks) && e < k+10 && (isWord(toks[e].text) && !isCap(toks[e].text) && !fieldEnds[fw[e]] || toks[e].text == "," && e > k) {
					if isDomainWord(fw[e]) {
						fields++
					}
					e++
				}
				// "X, Uzbekistan's deputy minister of mining and geology,
				// and Y": the field ends before ", and"; Y is the next name
				// of a list, not the holder.
				listNext := e-2 >= k && toks[e-2].text == "," && (fw[e-1] == "and" || fw[e-1] == "or")
				// "first deputy minister of economic development and trade
				// of Tajikistan": the field ends before its "of".
				if e > k+1 && e < len(toks) && isCap(toks[e].text) && fw[e-1] == "of" {
					e--
				}
				if e > k && 2*fields >= e-k && e < len(toks) && (isCap(toks[e].text) || fieldEnds[fw[e]] || fw[e] == "of") && toks[e-1].text != "," && !listNext && tp.domain == "" {
					tp.domain, tp.domainOf = a.textOf(k, e), w == "of"
					end = e
					continue
				}
			}
			// An organization or field not known yet: capitalized words.
			e := k
			for e < len(toks) {
				t := toks[e].text
				if isWord(t) && (isCap(t) || allCaps(t)) && !(a.spanAt(e) != nil && a.spanAt(e).kind == schema.KindPerson) {
					// A field ends where a name begins: "Minister for
					// Railways and Aviation Khawaja Saad Rafique", "Minister
					// of Trade and Integration Aibek Zhanuzakov".
					if (w == "for" || w == "of" && allDomain(fw[k:e])) && e > k && !isDomainWord(fw[e]) && !notNameWords[fw[e]] && orgHeads[fw[e]] == "" && e+1 < len(toks) && (isCap(toks[e+1].text) && !isDomainWord(fw[e+1]) || particles[fw[e+1]]) {
						break
					}
					// A rank or honorific starts the name: "Chief of General
					// Staff General Metin Gurak".
					// "Rector of Khorog State University Dr. Firuz
					// Nazarshoev": the honorific's period between.
					hon := e + 1
					if hon < len(toks) && toks[hon].text == "." {
						hon++
					}
					if e > k && honorifics[fw[e]] && hon < len(toks) && isCap(toks[hon].text) && a.spanAt(hon) == nil {
						break
					}
					// "Chief Executive Officer of QIA Mansoor bin Ebrahim
					// Al-Mahmoud": a word before "bin" starts the name.
					if e > k && e+2 < len(toks) && particles[fw[e+1]] && !isCap(toks[e+1].text) && isCap(toks[e+2].text) {
						break
					}
					e++
					continue
				}
				if fw[e] == "of" && allDomain(fw[k:e]) && e+1 < len(toks) && a.spanAt(e+1) != nil && a.spanAt(e+1).kind != schema.KindPerson {
					break // "Minister of Foreign Affairs of Uzbekistan": the field, then whose
				}
				if fw[e] == "and" && e+1 < len(toks) && isCap(toks[e+1].text) {
					if _, _, ok := matchTitle(fw, e+1); ok && e > k && !isDomainWord(fw[e-1]) {
						break // "... of the Cabinet of Ministers and Foreign Minister of X": a second office
					}
				}
				if fw[e] == "and" && possessiveAt(toks, e+1) {
					break // "... of Uzbekneftegaz X and Pakistan's Ambassador Y": someone else's office
				}
				if (fw[e] == "and" || fw[e] == "of" || fw[e] == "the" || t == "&") && e+1 < len(toks) && isCap(toks[e+1].text) {
					e++
					continue
				}
				if t == "," && (w == "for" || w == "of" && allDomain(fw[k:e])) && e+1 < len(toks) && isCap(toks[e+1].text) && (orgHeads[fw[e+1]] != "" || isDomainWord(fw[e+1])) {
					e++
					continue
				}
				if w == "of" && placeTypeNouns[fw[e]] && e > k {
					// "Hokim of Qarshi region Erkin Turdiev", "Governor of
					// the Samara region of the Russian Federation, X": the
					// place's kind in lower case ends its name; the holder
					// or whose the place is may follow.
					e++
					continue
				}
				break
			}
			// "Vice-Rector for International Cooperation of Al-Farabi
			// University X": a field ends before its "of"; whose the
			// office is follows.
			for e > k+1 && (fw[e-1] == "of" || fw[e-1] == "and" || fw[e-1] == "the") {
				e--
			}
			if w == "of" && e-k >= 3 && (e >= len(toks) || !isCap(toks[e].text)) && looksLikeName(a, e-2, e) {
				// ... or "Akim of Zhambyl Region Yerbol Karashukeyev",
				// "Deputy Foreign Minister of Ruritania Mehmet Bozay": a
				// place the records do not know, then the holder.
				// "Deputy Head of Mission Zafar Rakhimov": the last two
				// words, of no known kind, are the holder's name.
				// Five words or more: a place of two and a name of three
				// ("Governor of Khyber Pakhtunkhwa Faisal Karim Kundi").
				// "... of OshSU Toktosunova Aizada Bakytovna": a name with
				// its patronymic last is three words.
				if e-k >= 5 && looksLikeName(a, e-3, e) || e-k >= 4 && patronymicWordRe.MatchString(fw[e-1]) {
					e--
				}
				e -= 2
			}
			if e == k {
				break
			}
			text := a.textOf(k, e)
			allField := true
			for x := k; x < e; x++ {
				if isWord(toks[x].text) && !isDomainWord(fw[x]) {
					allField = false
				}
			}
			if w == "for" || w == "of" && allField && tp.domain == "" {
				// "Minister of Trade and Integration": a field.
				tp.domain = text
				if w == "of" {
					tp.domainOf = true
				}
			} else if tp.of == "" {
				if s := a.spanAt(k); s == nil {
					tp.ofText = text
					for _, c := range a.spans {
						if c.kind == schema.KindCountry && c.start > k && c.end <= e {
							tp.ofCountry = c.id
						}
					}
				}
			}
			end = e
		}
		// "(MoST)", "(IPRI)": an abbreviation of what came before.
		if end+2 < len(toks) && toks[end].text == "(" && toks[end+2].text == ")" && allCaps(toks[end+1].text) || end+2 < len(toks) && toks[end].text == "(" && toks[end+2].text == ")" && isCap(toks[end+1].text) && len(toks[end+1].text) <= 6 {
			if tp.ofText != "" || tp.domain != "" {
				tp.written = a.textOf(tp.start, end)
				d.abbrevs[toks[end+1].text] = tp.ofText + tp.domain
				end += 3
			}
		}
		// "Governor Sindh", "Commissioner Lahore".
		if tp.of == "" && tp.ofText == "" && tp.domain == "" && end < len(toks) {
			if s := a.spanAt(end); s != nil && (s.kind == schema.KindPlace || s.kind == schema.KindOrganization) {
				tp.of = s.id
				end = s.end
			}
		}
		// "founder and editor of the publication "Pakistan in the World"":
		// a name in quotes after a common noun.
		if tp.of == "" && tp.ofText == "" && tp.domain == "" && end+1 < len(toks) && (fw[end] == "of" || fw[end] == "at") {
			k := end + 1
			for k < len(toks) && k < end+5 && isWord(toks[k].text) && !isCap(toks[k].text) {
				k++
			}
			if k < len(toks) && (toks[k].text == "\"" || toks[k].text == "“") {
				q := k + 1
				for q < len(toks) && toks[q].text != "\"" && toks[q].text != "”" {
					q++
				}
				if q < len(toks) && q > k+1 {
					tp.ofText = a.textOf(k+1, q)
					end = q + 1
				}
			}
		}
		tp.end = end
		// "a delegation of the Lahore Chamber of Commerce led by its
		// president X": "its" says whose, the organization named last.
		if tp.of == "" && tp.ofText == "" && tp.start > 0 && (fw[tp.start-1] == "its" || fw[tp.start-1] == "their") {
			// A body before a place: "the Chamber of Uzbekistan in
			// Tashkent, represented by its Deputy Chairman" is the
			// chamber's.
			for _, kind := range []string{schema.KindOrganization, schema.KindPlace} {
				for _, s := range a.spans {
					if s.kind == kind && s.end <= tp.start-1 {
						tp.of = s.id
					}
				}
				if tp.of != "" {
					break
				}
			}
		}
		// "the policy of neutral Turkmenistan pursued under the leadership
		// of President X": the head of the country the clause names.
		if tp.of == "" && tp.ofText == "" && tp.domain == "" && tp.start >= 4 && fw[tp.start-1] == "of" && fw[tp.start-2] == "leadership" &&
			isNationalTitle(fold(title)) {
			for k := tp.start - 3; k >= 0 && k >= tp.start-14 && toks[k].text != ";"; k-- {
				if s := a.spanAt(k); s != nil && s.kind == schema.KindCountry {
					tp.of, tp.side = s.id, s.id
					break
				}
			}
		}
		if tp.of != "" || tp.ofText != "" {
			d.seenTitles = append(d.seenTitles, tp)
		}
		if tp.written == "" {
			tp.written = a.textOf(tp.start, tp.end)
		}
		// Drop spans the title swallowed (noting the names used) and
		// record the title.
		var kept []span
		for _, s := range a.spans {
			if s.start >= tp.start && s.end <= tp.end {
				d.noteUse(a, s)
				continue
			}
			kept = append(kept, s)
		}
		a.spans = append(kept, span{start: tp.start, end: tp.end, kind: "title", title: tp})
		i = tp.end - 1
	}
	slices.SortFunc(a.spans, func(x, y span) int { return x.start - y.start })
}

// orgCountry is the country of an organization of the records or the
// draft, through its city when it names one.
func (d *drafter) orgCountry(id string) string {
	if o, ok := d.g.orgs[id]; ok {
		if o.Country.ID != "" {
			return o.Country.ID
		}
		return d.g.countryOf(o.City.ID)
	}
	if o := d.findOrgID(id); o != nil {
		if o.country != "" {
			return o.country
		}
		return d.g.countryOf(o.city)
	}
	return ""
}

// officeTimes say when an office was held, not of what: "Former Governor X".
var officeTimes = set("former", "ex", "late", "then", "outgoing", "current", "sitting", "retiring", "new", "serving")

// placeOfficeKind is the kind of place an office heads ("Governor": a
// province), "" for offices of other things.
func placeOfficeKind(title string) string {
	switch fold(title) {
	case "governor", "chief minister", "provincial governor":
		return "province"
	case "mayor", "administrator", "commissioner", "deputy commissioner", "akim", "khokim", "hokim":
		return "city"
	}
	return ""
}

// looksLikeName reports whether tokens [i, j) could be a person's name:
// capitalized words of no known kind.
func looksLikeName(a *analysed, i, j int) bool {
	for x := i; x < j; x++ {
		t, f := a.toks[x].text, a.folded[x]
		if !isWord(t) || !isCap(t) || allCaps(t) || a.spanAt(x) != nil || a.covered(x) || orgHeads[f] != "" && !(x == i && lastOnlyHeads[f]) || notNameWords[f] || isDomainWord(f) || honorifics[f] || particles[f] || placeTypeNouns[f] {
			return false
		}
		if _, _, ok := matchTitle(a.folded, x); ok {
			return false
		}
	}
	return true
}

// addHonorific keeps h unless p has it already, in full or shortened:
// "Capt" after "Captain", "Dr." after "Dr".
func (p *person) addHonorific(h string) {
	key := func(x string) string {
		f := fold(x)
		if full := cmp.Or(rankAnaphors[f], honorificFull[f]); full != "" {
			return full
		}
		return f
	}
	if !slices.ContainsFunc(p.honorifics, func(x string) bool { return key(x) == key(h) }) {
		p.honorifics = append(p.honorifics, h)
	}
}

// honorificFull are honorifics written short, in full, besides the ranks
// of rankAnaphors.
var honorificFull = map[string]string{"capt": "captain", "lt": "lieutenant", "maj": "major", "cdre": "commodore",
	"prof": "professor", "engr": "engineer", "eng": "engineer", "retd": "retired"}

// dottedInitialsPrefixRe opens a name with initials run together.
var dottedInitialsPrefixRe = regexp.MustCompile(`^(?:\p{Lu}\.){2,3}\s`)

// dottedInitialsRe is initials run together: "M.B.", "A.K.".
var dottedInitialsRe = regexp.MustCompile(`^(?:\p{Lu}\.){2,3}$`)

// ordinalRanks are the grades of "Captain 1st Rank".
var ordinalRanks = set("1st", "2nd", "3rd", "first", "second", "third")

// isDomainWord reports whether a folded word names a field of offices and
// ministries: one of domainWords, or an abstract noun ("Employment and
// Poverty Reduction"), which no name is.
func isDomainWord(w string) bool { return domainWords[w] || abstractNoun(w) }

// abstractNoun reports whether a folded word ends as English abstract
// nouns do, which names do not: "reduction", "development", "security".
func abstractNoun(w string) bool {
	// Not a body or a group: "Commission", "Federation", "delegation".
	if orgHeads[w] != "" || groupNouns[w] {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ities", "ism", "ship", "ance"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// groupNouns are abstract in form but name people together.
var groupNouns = set("delegation", "delegations", "nation", "nations", "generation", "congregation", "ministership")

// fieldAfterOffice reports whether the "on" or "for" at token i follows an
// office ("Special Assistant to the Prime Minister on ...").
func (d *drafter) fieldAfterOffice(a *analysed, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s := a.spanEnding(k + 1); s != nil && s.kind == "title" {
			return true
		}
	}
	return false
}

// allDomain reports whether folded words all name a field ("trade and
// integration").
func allDomain(ws []string) bool {
	n := 0
	for _, w := range ws {
		if w == "," {
			continue // "Investment, Industry and Trade"
		}
		if !isDomainWord(w) {
			return false
		}
		n++
	}
	return n > 0
}

// nameAfterOffice reports whether the one-word title at [i, next) is the
// first word of a name written right after a complete office: in "Consul
// General of Turkiye in Lahore Emir Ozbay" Emir is a given name. Titles
// stacked on purpose ("Foreign Minister Senator ...") use words that stand
// before names (isTitleStart), which stay titles.
func nameAfterOffice(a *analysed, i, next int) bool {
	if next != i+1 || isTitleStart(a.folded[i]) || next >= len(a.toks) || !isCap(a.toks[next].text) || a.spanAt(next) != nil {
		return false
	}
	s := a.spanEnding(i)
	return s != nil && s.kind == "title" && s.title != nil && (s.title.of != "" || s.title.ofText != "")
}

// startsName reports whether a name (or a person the records know) starts
// at token i: two capitalized words of no other kind.
// mixedAcronym is an abbreviation in mixed case, "OshSU", "KazNU": two
// capitals or more, the last letter one of them; no name is written so.
func mixedAcronym(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || len(rs) > 8 || !unicode.IsUpper(rs[len(rs)-1]) {
		return false
	}
	n := 0
	for _, r := range rs {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// insideQuotes says whether token i is inside a quotation the sentence
// opens before it and closes after it.
func insideQuotes(toks []token, i int) bool {
	open := false
	for k := 0; k < i; k++ {
		switch toks[k].text {
		case "“":
			open = true
		case "”":
			open = false
		case "\"":
			open = !open
		}
	}
	if !open {
		return false
	}
	for k := i; k < len(toks); k++ {
		if t := toks[k].text; t == "”" || t == "\"" {
			return true
		}
	}
	return false
}

// orgNamedWith says whether a body of the draft has these words, in a
// row, in its name.
func (d *drafter) orgNamedWith(ws []string) bool {
	want := " " + strings.Join(ws, " ") + " "
	for _, o := range d.orgs {
		if strings.Contains(" "+fold(o.name)+" ", want) {
			return true
		}
	}
	return false
}

// lastOfKind is the office told last, in the sentences before or this
// one, that is of a place of a kind ("Hokim of Samarkand region" for
// "region").
func (d *drafter) lastOfKind(a *analysed, kind string) *titlePhrase {
	of := func(tp *titlePhrase) bool {
		return strings.HasSuffix(fold(tp.ofText), " "+kind) || tp.of != "" && d.g.places[tp.of].Kind == kind
	}
	for i := len(a.titles) - 1; i >= 0; i-- {
		if of(a.titles[i]) {
			return a.titles[i]
		}
	}
	for i := len(d.sents) - 1; i >= 0; i-- {
		for j := len(d.sents[i].titles) - 1; j >= 0; j-- {
			if of(d.sents[i].titles[j]) {
				return d.sents[i].titles[j]
			}
		}
	}
	return nil
}

func (d *drafter) startsName(a *analysed, i int) bool {
	if i+1 >= len(a.toks) {
		return false
	}
	for x := i; x < i+2; x++ {
		t, f := a.toks[x].text, a.folded[x]
		if s := a.spanAt(x); s != nil && s.kind != schema.KindPerson || !isWord(t) || !isCap(t) || allCaps(t) || isDomainWord(f) || orgHeads[f] != "" && !(x == i && lastOnlyHeads[f]) || notNameWords[f] {
			return false
		}
	}
	return true
}

// startsPersonRun reports whether a person's name starts at token i.
func (d *drafter) startsPersonRun(a *analysed, i int) bool {
	if i >= len(a.toks) {
		return false
	}
	t := a.toks[i].text
	return isCap(t) && !allCaps(t) && a.spanAt(i) == nil && !notNameWords[a.folded[i]]
}

func (a *analysed) textOf(i, j int) string {
	if i >= j || j > len(a.toks) {
		return ""
	}
	return a.text[a.toks[i].start:a.toks[j-1].end]
}

// orgByAbbrev finds an organization by an abbreviation ("KU", "PU").
func (d *drafter) orgByAbbrev(ab string) string {
	for _, e := range d.lookupName(fold(ab)) {
		if e.kind == schema.KindOrganization {
			return e.id
		}
	}
	if full, ok := d.abbrevs[ab]; ok {
		for _, e := range d.lookupName(fold(full)) {
			if e.kind == schema.KindOrganization {
				return e.id
			}
		}
	}
	return ""
}

// headAfterRe follows a body's name with the one who heads or speaks
// for it: " (chairman X)", ", represented by its CEO X".
var headAfterRe = regexp.MustCompile(`^\s*(?:\(\s*(?:its\s+)?` + headWords + `\s+[A-Z]|,\s*represented\s+by\s+(?:its\b|their\b|` + headWords + `\s+[A-Z]))`)

// headWords are the offices headAfterRe knows a body's head by.
const headWords = `(?:chairman|chairperson|chairwoman|director|director\s+general|ceo|chief\s+executive|president|managing\s+director|general\s+manager|founder|head|rector|owner)`

// forceNouns are a country's armed forces, named after it ("the
// Azerbaijan Army").
var forceNouns = set("army", "navy", "forces", "guard", "police")

// rankHonorifics are military and police ranks: never a word of a name.
var rankHonorifics = set("general", "colonel", "admiral", "brigadier", "major", "lieutenant", "captain", "commodore", "marshal", "commander")

// givenNameHonorifics are titles written before a given name alone:
// "Prince Faisal", "Sheikh Tamim".
var givenNameHonorifics = set("prince", "princess", "sheikh", "sheikha", "sayyid", "sayyida", "emir", "king", "queen", "sultan")

// byGivenName is the one person of the report whose name begins with the
// folded word w, when there is one.
func (d *drafter) byGivenName(w string) *person {
	var found *person
	for _, p := range d.pidx.candidates(w) {
		if f := strings.Fields(fold(p.name)); len(f) >= 2 && f[0] == w {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// genericElsewhere says whether key, one generic word such as "Senate",
// names the records' body id only by an alias while the body is of another
// country than the dateline's: "the Chairman of the Senate" in a report
// from Astana is not of the Senate of Pakistan.
func (d *drafter) genericElsewhere(key, id string) bool {
	oc := d.orgCountry(id)
	return orgHeads[key] != "" && d.host != "" && oc != "" && oc != d.host && fold(d.g.orgs[id].Name) != key
}

// nameRuns finds runs of capitalized words that are not known names or
// offices, and turns those that look like people into person mentions.
func (d *drafter) nameRuns(a *analysed) {
	toks, fw := a.toks, a.folded
	// "E." is an initial, never the particle "e".
	isParticle := func(i int) bool {
		t := toks[i].text
		return particles[fw[i]] && !isInitial(t)
	}
	isNameWord := func(i int) bool {
		t := toks[i].text
		// "Dr. X", "Dato' X": the honorific's period or apostrophe.
		// (Not the full stop after a name that ends in one: "... Khalid
		// Mehmood Sheikh.")
		if (t == "." || t == "'" || t == "’") && i > 0 && honorifics[fw[i-1]] && i+1 < len(toks) && isCap(toks[i+1].text) {
			return true
		}
		if !isWord(t) && !isInitial(t) {
			return false
		}
		if a.covered(i) {
			return false
		}
		if isParticle(i) || strings.HasPrefix(t, "ul-") || strings.HasPrefix(t, "ud-") || strings.HasPrefix(t, "al-") || strings.HasPrefix(t, "ur-") || strings.HasPrefix(t, "bin-") {
			return true
		}
		// An initial: "M. A. Qureshi"; "M.B. Nagaraj", initials run
		// together (not "U.S.", a country).
		if isInitial(t) && t[0] >= 'A' && t[0] <= 'Z' && t != "H." {
			return true
		}
		if dottedInitialsRe.MatchString(t) && t != "H.E." && i+1 < len(toks) && isCap(toks[i+1].text) && !allCaps(toks[i+1].text) && len(d.g.lookup(fw[i])) == 0 {
			return true
		}
		return isCap(t) && !allCaps(t) && !mixedAcronym(t) || t == "H.E." || capsSurnameAt(a, i) || d.capsInitialsAt(a, i)
	}
	for i := 0; i < len(toks); i++ {
		// "Chinese Ambassador Du Hongwei": after an office, a particle
		// in capitals is a surname.
		afterTitle := isParticle(i) && isCap(toks[i].text) && i+1 < len(toks) && isCap(toks[i+1].text) && !isParticle(i+1) && a.spanEnding(i) != nil && a.spanEnding(i).kind == "title"
		if !isNameWord(i) || isParticle(i) && !afterTitle {
			continue
		}
		j := i
		for j < len(toks) && isNameWord(j) {
			j++
		}
		for j > i && isParticle(j-1) {
			j--
		}
		if j > i+1 && j < len(toks) && patronymics[toks[j].text] && !a.covered(j) {
			j++ // "Turgunbek uulu": the patronymic is part of the name
			// "Rauf Alakbar oglu Huseynzade": a surname after it.
			for j < len(toks) && isNameWord(j) && !isParticle(j) && j < i+maxNameWords {
				j++
			}
		}
		d.nameRun(a, i, j)
		i = j
	}
	slices.SortFunc(a.people, func(x, y personMention) int { return x.start - y.start })
}

// nameRun decides whether tokens [i, j) name a person.
func (d *drafter) nameRun(a *analysed, i, j int) {
	toks, fw := a.toks, a.folded
	// "Community Welfare Attaché X": capitalized words right before an
	// office that a name follows are the office's field, no one.
	if s := a.spanAt(j); s != nil && s.kind == "title" && s.end < len(toks) && isWord(toks[s.end].text) && isCap(toks[s.end].text) && !allCaps(toks[s.end].text) {
		return
	}
	// "... on International Affairs, Defense and Security Aigul
	// Dzhunusova": the end of an office's field, then the name.
	for j-i > 2 && isDomainWord(fw[i]) && fw[i] != "and" && i > 0 && (fw[i-1] == "and" || toks[i-1].text == ",") {
		i++
	}

	// "... of the Azerbaijan Army Colonel General X": a rank inside the
	// run starts the name; the words before it end a body's name.
	for x := i + 1; x+1 < j; x++ {
		if rankHonorifics[fw[x]] && !honorifics[fw[x-1]] && isCap(toks[x+1].text) {
			i = x
			break
		}
	}
	// Honorifics first: "H.E. Mr.", "Prof. Dr.", "Senator Dr".
	var hons []string
	k := i
	// "Captain 1st Rank B. Omarov": a naval rank of three words, the
	// middle one no capital.
	if i >= 2 && fw[i] == "rank" && ordinalRanks[fw[i-1]] && (fw[i-2] == "captain" || fw[i-2] == "capt") && j > i+1 {
		hons = append(hons, a.textOf(i-2, i+1))
		i, k = i-2, i+1
	}
	for k < j {
		t := toks[k].text
		if t == "." || notNameWords[fw[k]] && t != "H.E." && !isInitial(t) {
			// Sentence-initial or function words are not names: "Later
			// Mr Kistafin".
			k++
			if len(hons) == 0 {
				i = k
			}
			continue
		}
		// "Royal Highness", "Associate Professor", "Assistant Professor".
		// "H E Aidar Bekzhanov": His Excellency without its periods.
		if t == "H" && k+2 < j && toks[k+1].text == "E" {
			hons = append(hons, "H.E.")
			k += 2
			continue
		}
		// "Ch.Khurelbaatar": an initial glued to the name, not the
		// honorific "Ch." (Chaudhry) of "Ch. Muhammad Sarwar".
		glued := isInitial(t) && k+1 < len(toks) && toks[k].end == toks[k+1].start
		if t == "H.E." || honorifics[fw[k]] && !glued || fw[k] == "tan" && fw[min(k+1, j-1)] == "sri" || (fw[k] == "royal" && fw[min(k+1, j-1)] == "highness" || (fw[k] == "associate" || fw[k] == "assistant") && (fw[min(k+1, j-1)] == "professor" || fw[min(k+1, j-1)] == "prof")) && k+1 < j {
			hons = append(hons, t)
			k++
			if k < len(toks) && (toks[k].text == "." || toks[k].text == "'" || toks[k].text == "’") {
				hons[len(hons)-1] += toks[k].text
				k++
			}
			continue
		}
		break
	}
	// "Ambassador Atif Sharif Mian ... Ambassador Mian": a style that is
	// also a surname, with no name after it, is the surname.
	if k >= j && len(hons) > 0 && surnameStyles[fold(hons[len(hons)-1])] && !strings.HasSuffix(hons[len(hons)-1], ".") {
		hons = hons[:len(hons)-1]
		k--
	}
	if k >= j {
		return
	}
	// "..., Krasnaya Zvezda's correspondent reports": a publication.
	if len(hons) == 0 && j+1 < len(toks) && (toks[j].text == "'s" || toks[j].text == "’s") && mediaNouns[fw[j+1]] {
		return
	}
	// "Anadolu Tarım (chairman X)", "Ege Tekstil, represented by its CEO
	// X": a body, its head named after it; no person.
	if len(hons) == 0 && j < len(toks) && headAfterRe.MatchString(a.text[toks[j-1].end:]) {
		return
	}
	// "Kazakhstan Temir Zholy (KTZ)": a name with its abbreviation after
	// it is a body's; people are not abbreviated.
	if len(hons) == 0 && j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && allCaps(toks[j+1].text) && len(toks[j+1].text) >= 2 && len(toks[j+1].text) <= 6 {
		return
	}
	words := fw[k:j]
	for x, w := range words {
		if t := toks[k+x].text; isInitial(t) {
			continue // an initial, "A.", is no article
		}
		if x == 0 && len(words) == 2 && orgHeads[w] != "" && !notNameWords[w] && len(hons) == 0 {
			if s := a.spanEnding(k); s != nil && s.kind == "title" {
				continue // "Foreign Minister Park Jin": a surname after an office
			}
		}
		if orgHeads[w] != "" && !(x == 0 && lastOnlyHeads[w]) || notNameWords[w] {
			// "Adviser to the Prime Minister on Overseas Pakistanis Zulfi
			// Bukhari": after a field, the last two words are the name.
			if x+1 < len(words) && j-2 > k && i >= 2 && (fw[i-1] == "on" || fw[i-1] == "for") && orgHeads[w] == "" &&
				(j >= len(toks) || !isCap(toks[j].text)) && looksLikeName(a, j-2, j) && d.fieldAfterOffice(a, i-1) {
				d.nameRun(a, j-2, j)
			}
			return
		}
	}
	if fieldNouns[words[len(words)-1]] {
		// "Engineering and Management Sciences": the tail of a body's
		// name, never a person's.
		return
	}
	if j < len(toks) && placeTypeNouns[fw[j]] && (len(hons) == 0 || !isCap(toks[j].text)) {
		// "Georgia's Kvemo Kartli region": a place the records do not
		// know, never a person.
		return
	}
	prev := ""
	if i > 0 {
		prev = fw[i-1]
	}
	byTitle := false
	if s := a.spanEnding(i); s != nil && s.kind == "title" {
		byTitle = true
	}
	if i >= 2 && toks[i-1].text == "," {
		if s := a.spanEnding(i - 1); s != nil && s.kind == "title" {
			byTitle = true
		}
	}
	if j+1 < len(toks) && toks[j].text == "," {
		if s := a.spanAt(j + 1); s != nil && s.kind == "title" {
			byTitle = true
		} else if j+2 < len(toks) && fw[j+1] == "the" {
			if s := a.spanAt(j + 2); s != nil && s.kind == "title" {
				byTitle = true
			}
		}
	}
	nameWords := j - k
	if nameWords-particleCount(fw[k:j]) > maxNameWords {
		// Seven capitalized words in a row are a heading or a list, not
		// one person's name ("Waleed bin Abdulkarim Al-Khuraiji" is four).
		return
	}
	if nameWords < 2 && len(hons) == 0 && !byTitle {
		// One word: only a surname of someone named already, in the
		// text or in the headline ("... hosts Azerbaijan's Elnur Guliyev
		// for gas talks" and then "Aydın and Guliyev discussed").
		p := d.bySurname(fw[k])
		if p == nil {
			if full, nat := d.headlineName(fw[k]); full != "" && d.findPerson(full, false) == nil {
				p = d.newPerson(full, a.idx)
				p.addForm(full)
				if p.nat == "" && nat != "" {
					p.nat, p.explicitNat = nat, true
				}
			}
		}
		if p != nil {
			a.people = append(a.people, personMention{p: p, start: i, end: j})
			p.addForm(a.textOf(i, j))
		}
		return
	}
	if prev == "a" || prev == "an" {
		return
	}
	if len(hons) == 0 && !byTitle && j-k >= 2 && d.orgNamedWith(fw[k:j]) && d.findPerson(a.textOf(k, j), false) == nil {
		// "Kashgar Tianshan Agro Group ... Tianshan Agro will build":
		// words of a body the report named are its short name.
		return
	}
	named := bodyNouns[prev]
	if c := a.spanEnding(i); c != nil && c.kind == schema.KindCountry && c.start > 0 && bodyNouns[fw[c.start-1]] {
		named = true // "the railway company Kazakhstan Temir Zholy"
	}
	if named && len(hons) == 0 && !byTitle && d.findPerson(a.textOf(k, j), false) == nil {
		// "the national railway company Kazakhstan Temir Zholy": the
		// name of what the noun before says it is.
		return
	}
	if len(hons) == 0 && !byTitle && insideQuotes(toks, i) {
		// "a roundtable on "Kazakhstan's Foreign Policy Priorities"":
		// words inside quotes, with no title, name a theme, not someone.
		return
	}
	if len(hons) == 0 && !byTitle && i > 0 && (toks[i-1].text == "\"" || toks[i-1].text == "“") {
		// "held under the theme "Reclaiming Diplomacy ..."": words just
		// inside quotes with no title name a theme or a title of a work.
		return
	}
	// "in honour of X", "at the invitation of X": someone, after "of".
	personOf := prev == "of" && i >= 2 && personOfNouns[fw[i-2]]
	if (prev == "the" || prev == "of" && !personOf || prev == "in" || prev == "at") && len(hons) == 0 && !byTitle && d.findPerson(a.textOf(k, j), false) == nil {
		// "the Upper Lars checkpoint", "the potential of Khyber
		// Pakhtunkhwa": capitalized words after an article or "of", "in",
		// "at", with no title or honorific, name a thing or a place, not
		// someone new.
		return
	}
	if i >= 2 && (fw[i-1] == "on" || fw[i-1] == "for") && isDomainWord(fw[k]) && d.fieldAfterOffice(a, i-1) {
		// "Special Assistant to the Chief Minister on Industries Pir
		// Saadat Ali Shah": the field's words, then the name.
		n := k
		for n < j && (isDomainWord(fw[n]) || fieldJoiners[fw[n]]) {
			n++
		}
		if j-n >= 2 {
			d.nameRun(a, n, j)
		}
		return
	}
	written := a.textOf(k, j)
	if capsSurnameAt(a, k) {
		// "TAKEDA Hiroshi", "YOON Sang-cheol": the surname first, in
		// capitals. A Korean name keeps that order; others are written
		// given name first, as English reports do.
		sur := a.toks[k].text[:1] + strings.ToLower(a.toks[k].text[1:])
		if rest := a.textOf(k+1, j); j-k == 2 && koreanGivenName.MatchString(rest) {
			written = sur + " " + rest
		} else {
			written = rest + " " + sur
		}
	}
	if d.rep.Publisher != "" && fold(written) == fold(d.rep.Publisher) {
		return // "told Business Recorder": the report's own publisher
	}
	var p *person
	if nameWords == 1 {
		p = d.bySurname(fw[k])
	}
	if p == nil && nameWords == 1 && slices.ContainsFunc(hons, func(h string) bool { return givenNameHonorifics[fold(strings.TrimSuffix(h, "."))] }) {
		// "Prince Faisal", "Sheikh Abdullah", "Sayyid Badr": a royal or
		// Arab title before a given name, the one the report named in
		// full with it first.
		p = d.byGivenName(fw[k])
	}
	if p == nil && nameWords == 1 && byTitle {
		// "PM Shehbaz", "Chief Minister Maryam": an office before a given
		// name, as South Asian papers write, of the one the report named
		// in full with it first.
		p = d.byGivenName(fw[k])
	}
	if p == nil {
		p = d.findPerson(written, nameWords == 1)
	}
	if p == nil {
		if nameWords < 2 {
			return
		}
		p = d.newPerson(written, a.idx)
		p.check = d.ambiguous[fold(written)]
	}
	for _, h := range hons {
		p.addHonorific(h)
	}
	p.addForm(a.textOf(i, j))
	a.people = append(a.people, personMention{p: p, start: i, end: j, byTitle: byTitle})
	a.spans = append(a.spans, span{start: i, end: j, kind: schema.KindPerson, id: p.id})
	slices.SortFunc(a.spans, func(x, y span) int { return x.start - y.start })
}

func (p *person) addForm(f string) {
	f = strings.TrimSpace(f)
	if f != "" && !slices.Contains(p.forms, f) {
		p.forms = append(p.forms, f)
		if p.idx != nil {
			p.idx.add(p, f)
		}
	}
}

// knownPeople turns gazetteer person spans into mentions, taking in the
// name words and honorifics written just before them ("Senator Mohammad
// Ishaq Dar").
func (d *drafter) knownPeople(a *analysed) {
	var drop []int
	defer func() {
		for k := len(drop) - 1; k >= 0; k-- {
			a.spans = slices.Delete(a.spans, drop[k], drop[k]+1)
		}
	}()
	for si := range a.spans {
		s := &a.spans[si]
		if s.kind != schema.KindPerson || slices.ContainsFunc(a.people, func(m personMention) bool { return m.start == s.start }) {
			continue
		}
		start := s.start
		for start > 0 && (isCap(a.toks[start-1].text) && !allCaps(a.toks[start-1].text) || a.toks[start-1].text == "H.E." || a.toks[start-1].text == ".") && !a.covered(start-1) && (!notNameWords[a.folded[start-1]] || a.toks[start-1].text == "H.E.") {
			if a.toks[start-1].text == "." && (start < 2 || !honorifics[a.folded[start-2]]) {
				break
			}
			start--
		}
		hs, name := splitHonorifics(a.textOf(start, s.end))
		if start < s.start && strings.Count(fold(name), " ") > strings.Count(strings.Join(a.folded[s.start:s.end], " "), " ") && !d.isFormOf(fold(name), s.id) {
			// "Ahsan Iqbal" is not the "Iqbal" a report once called
			// Muhammad Iqbal: the longer name is someone else's.
			drop = append(drop, si)
			continue
		}
		end := s.end
		for end < len(a.toks) && isWord(a.toks[end].text) && isCap(a.toks[end].text) && !allCaps(a.toks[end].text) && !a.covered(end) &&
			!notNameWords[a.folded[end]] && orgHeads[a.folded[end]] == "" && !honorifics[a.folded[end]] {
			if _, _, isTitle := matchTitle(a.folded, end); isTitle {
				break
			}
			end++
		}
		if end > s.end {
			// "Mohammad Iqbal Hossain Khan" is not the Muhammad Iqbal the
			// records know: more of a name after the longest known one
			// is someone else's (the records' "Muhammad Iqbal Choudhary"
			// is another man too).
			drop = append(drop, si)
			continue
		}
		p := d.personByID(s.id)
		for _, h := range hs {
			p.addHonorific(h)
		}
		s.start = start
		p.addForm(a.textOf(start, s.end))
		a.people = append(a.people, personMention{p: p, start: start, end: s.end})
	}
}

// personByID returns the draft's person for a known id, adding it.
// isFormOf reports whether a folded name is a form of a person of the
// records (or of the draft).
func (d *drafter) isFormOf(k, id string) bool {
	forms := append(slices.Clone(d.g.forms[id]), d.g.people[id].Name)
	for _, p := range d.people {
		if p.id == id {
			forms = append(append(forms, p.name), p.forms...)
		}
	}
	for _, f := range forms {
		if nameVariant(k, fold(stripHonorifics(f)), true) != "" {
			return true
		}
	}
	return false
}

func (d *drafter) personByID(id string) *person {
	for _, p := range d.people {
		if p.id == id {
			return p
		}
	}
	gp := d.g.people[id]
	p := &person{id: id, name: gp.Name, nat: gp.Nationality.ID, known: true, first: d.cur}
	d.addPerson(p)
	return p
}

// maxNameWords bounds the words of a person's name, particles apart.
const maxNameWords = 6

func particleCount(ws []string) int {
	n := 0
	for _, w := range ws {
		if particles[w] || patronymics[w] {
			n++
		}
	}
	return n
}

// surname is the last word of a name, before a Turkic patronymic
// ("Turgunbek" of "Nurlanbek Turgunbek uulu"): the word ids are made of.
func surname(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	if len(ws) > 2 && patronymics[ws[len(ws)-1]] {
		return ws[len(ws)-2]
	}
	if len(ws) == 2 && koreanGivenName.MatchString(ws[1]) {
		return ws[0] // "Park Jin-woo": the surname first
	}
	return ws[len(ws)-1]
}

// headlineName is the full name the headline gives a surname ("Elnur
// Guliyev" for "guliyev"), with the country of a possessive or demonym
// just before it ("Azerbaijan's Elnur Guliyev"); "" when it gives none.
func (d *drafter) headlineName(surname string) (string, string) {
	ws := strings.Fields(d.rep.Title)
	for i := 1; i < len(ws); i++ {
		w := strings.Trim(ws[i], ",;:'\"")
		if fold(w) != surname || !isCap(w) || allCaps(w) || !isCap(ws[i-1]) || allCaps(ws[i-1]) {
			continue
		}
		first := ws[i-1]
		if strings.ContainsAny(first, ":;,.!?\"()") {
			continue // "Pezeshkian: Aras ...": no one's first name
		}
		if f := fold(first); notNameWords[f] || honorifics[f] || orgHeads[f] != "" || len(d.g.lookup(f)) > 0 {
			continue
		}
		nat := ""
		if i >= 2 {
			prev := fold(strings.TrimSuffix(strings.TrimSuffix(ws[i-2], "'s"), "’s"))
			for _, e := range d.g.lookup(prev) {
				if e.kind == schema.KindCountry {
					nat = e.id
				}
			}
			if c, ok := d.g.demonyms[prev]; ok && nat == "" {
				nat = c
			}
		}
		return first + " " + w, nat
	}
	return "", ""
}

// capsSurnameAt reports whether token i is a surname written in capitals
// before the given name, as Japanese and Korean names are after an office:
// "Ambassador of Japan TAKEDA Hiroshi".
func capsSurnameAt(a *analysed, i int) bool {
	t := a.toks[i].text
	if !isWord(t) || !allCaps(t) || len(t) < 3 || a.covered(i) || i+1 >= len(a.toks) || strings.Contains(t, ".") {
		return false // ("M.B. Nagaraj": initials, not a surname)
	}
	next := a.toks[i+1].text
	if !isWord(next) || !isCap(next) || allCaps(next) || a.covered(i+1) || honorifics[a.folded[i+1]] {
		return false
	}
	// "President IRS Nasir Qazi", "Director CSP Dr X": an office, the
	// body's abbreviation, then a name of its own; a surname in capitals
	// has one given name after it.
	if i+2 < len(a.toks) && isWord(a.toks[i+2].text) && isCap(a.toks[i+2].text) {
		return false
	}
	s := a.spanEnding(i)
	return s != nil && s.kind == "title" || i > 0 && honorifics[a.folded[i-1]]
}

// capsInitialsAt reports whether token i is initials written in capitals
// without stops, as South Asian papers write them: "Foreign Minister AK
// Abdul Momen", "MJ Akbar". Two or three letters after an office or an
// honorific, before two capitalized words, that name nothing the records
// know ("US", "UN" do). (Three letters are a body's: "President IRS X".)
func (d *drafter) capsInitialsAt(a *analysed, i int) bool {
	t := a.toks[i].text
	if len(t) != 2 || !allCaps(t) || a.covered(i) || i+2 >= len(a.toks) || len(d.lookupName(a.folded[i])) > 0 {
		return false
	}
	s := a.spanEnding(i)
	if !(s != nil && s.kind == "title" || i > 0 && honorifics[a.folded[i-1]]) {
		return false
	}
	for k, n := range a.toks[i+1 : i+3] {
		if !isWord(n.text) || !isCap(n.text) || allCaps(n.text) || honorifics[a.folded[i+1+k]] {
			return false
		}
	}
	return !a.covered(i+1) && !a.covered(i+2)
}

// koreanGivenName is a given name as Korean names are romanized after the
// surname: two syllables joined by a hyphen, the second in lower case.
var koreanGivenName = regexp.MustCompile(`^\p{Lu}\p{Ll}+-\p{Ll}+$`)

// bySurname finds someone the report has named by a last name.
func (d *drafter) bySurname(w string) *person {
	var found *person
	for _, p := range d.pidx.candidates(w) {
		ws := strings.Fields(fold(p.name))
		if len(ws) > 2 && patronymics[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1] // "Mr Turgunbek" for "Nurlanbek Turgunbek uulu"
		}
		// "Al-Kuwari" for "Khalid bin Rashid Al-Kuwari": a hyphenated
		// surname folds to two words.
		if len(ws) > 1 && (ws[len(ws)-1] == w || strings.Contains(w, " ") && len(ws) > len(strings.Fields(w)) && strings.HasSuffix(strings.Join(ws, " "), " "+w)) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	if found == nil && len(w) <= 5 {
		// "Chen" for "Chen Bo", "Kwon" for "Kwon Tae-jin": a short surname
		// written first, as Chinese and Korean names are, when no one's
		// name ends with it.
		for _, p := range d.pidx.candidates(w) {
			if ws := strings.Fields(fold(p.name)); len(ws) == 2 && ws[0] == w || len(ws) == 3 && ws[0] == w && strings.Contains(p.name, "-") {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// findPerson matches a name as written to a person of the draft or the
// records: the same name or form, a surname or initial form ("Mr
// Kistafin", "Y. Kistafin"), the same words in another order or some of
// them ("Khalid Iraqi"), or a close spelling ("Yerzan Kistanfin").
func (d *drafter) findPerson(written string, oneWord bool) *person {
	// "M.A. Kaya": initials run together, read as "M. A. Kaya".
	if m := dottedInitialsPrefixRe.FindString(written); m != "" {
		written = strings.Join(strings.SplitAfter(strings.TrimSpace(m), "."), " ") + written[len(m):]
	}
	k := fold(written)
	if p := d.pidx.byKey[k]; p != nil {
		return p
	}
	near := d.pidx.candidates(k)
	for _, e := range d.g.lookup(k) {
		if e.kind == schema.KindPerson {
			return d.personByID(e.id)
		}
	}
	// Draft people first (a later short form of someone just named), then
	// the records.
	for _, p := range near {
		if why := nameVariant(k, fold(p.name), false); why != "" {
			return p
		}
	}
	bestID, bestWhy := "", ""
	for _, id := range d.g.candidates(k) {
		for _, f := range d.g.forms[id] {
			if why := nameVariant(k, f, true); why != "" && !oneWord {
				if bestID != "" && bestID != id {
					// Two people of the records fit: draft a new one and
					// say so.
					d.ambiguous[k] = fmt.Sprintf("%q is close to %q and %q in the records; drafted as a new person", written, d.g.people[bestID].Name, d.g.people[id].Name)
					return nil
				}
				bestID, bestWhy = id, why
				break
			}
		}
	}
	if bestID == "" {
		return nil
	}
	best := d.personByID(bestID)
	if best.check == "" {
		best.check = fmt.Sprintf("%q matched to %q (%s)", written, best.name, bestWhy)
	}
	return best
}

// nameVariant says how folded name a is a form of folded name b, or "".
// Strict (for the records, where a short form could be anyone) takes
// fewer words of b only when they keep its first and last word.
func nameVariant(a, b string, strict bool) string {
	if a == b {
		return "same name"
	}
	if ga, gb := givenFirst(a), givenFirst(b); ga != a || gb != b {
		if why := nameVariant(ga, gb, strict); why != "" {
			return why + ", surname first"
		}
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 0 || len(wb) == 0 {
		return ""
	}
	// "Qasym-Jomart" for "Kassym-Jomart", "Shawkat" for "Shavkat",
	// "Toktogoulov" for "Toktogulov": one name in two transliterations.
	if len(wa) == len(wb) && len(wa) >= 2 {
		same := true
		for i := range wa {
			if translitKey(wa[i]) != translitKey(wb[i]) {
				same = false
				break
			}
		}
		if same {
			return "the same name, transliterated differently"
		}
	}
	// "Shavkat Yuldashev" for "Shavkat Miromonovich Yuldashev", "Rauf
	// Huseynzade" for "Rauf Alakbar oglu Huseynzade": the father's name
	// is often left out.
	if pa, pb := withoutPatronymic(wa), withoutPatronymic(wb); len(pa) != len(wa) || len(pb) != len(wb) {
		if len(pa) >= 2 && len(pb) >= 2 {
			if why := nameVariant(strings.Join(pa, " "), strings.Join(pb, " "), strict); why != "" {
				return why + ", the patronymic apart"
			}
		}
	}
	same := func(x, y string) bool {
		return x == y || len([]rune(x)) >= 5 && len([]rune(y)) >= 5 && jaroWinkler(x, y) >= 0.9
	}
	// "Y Kistafin" for "Yerzhan Kistafin", and "Kairat Seitkhanov" for the
	// "K. Seitkhanov" named first.
	// ("Sh. Sharif" for "Shehbaz Sharif": an initial of two letters.)
	initial := func(w string) bool { return len([]rune(w)) == 1 || foldedDigraphs[w] }
	if len(wa) == 2 && initial(wa[0]) && len(wb) >= 2 && strings.HasPrefix(wb[0], wa[0]) && same(wa[1], wb[len(wb)-1]) {
		return "initial and surname"
	}
	if !strict && len(wb) == 2 && initial(wb[0]) && len(wa) >= 2 && strings.HasPrefix(wa[0], wb[0]) && same(wb[1], wa[len(wa)-1]) {
		return "initial and surname"
	}
	// "M Iqbal Choudhary" for "Muhammad Iqbal Choudhary": initials where
	// the other has names, word for word.
	if len(wa) == len(wb) && len(wa) > 2 && slices.ContainsFunc(wa, func(w string) bool { return len([]rune(w)) == 1 }) {
		ok := true
		for i := range wa {
			if len([]rune(wa[i])) == 1 && strings.HasPrefix(wb[i], wa[i]) || len([]rune(wb[i])) == 1 && strings.HasPrefix(wa[i], wb[i]) || same(wa[i], wb[i]) {
				continue
			}
			ok = false
		}
		if ok && same(wa[len(wa)-1], wb[len(wb)-1]) && len([]rune(wa[len(wa)-1])) > 1 {
			return "initials and surname"
		}
	}
	// A form with fewer or more words than the other matches only word for
	// word: "Saleem Haider Khan" is not "Aleem Khan" (a spelling apart and
	// a word more), while "Maryam Nawaz Sharif" is "Maryam Sharif".
	inName := same
	if len(wa) != len(wb) {
		inName = func(x, y string) bool { return x == y }
	}
	contains := func(small, big []string) bool {
		used := make([]bool, len(big))
		for _, s := range small {
			ok := false
			for i, b := range big {
				if !used[i] && inName(s, b) {
					used[i], ok = true, true
					break
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	if strict && len(wa) < len(wb) && !(same(wa[0], wb[0]) && same(wa[len(wa)-1], wb[len(wb)-1])) && !(len(wa) == 2 && same(wa[0], wb[len(wb)-1]) && same(wa[1], wb[0])) {
		return ""
	}
	if short, long := wa, wb; len(short) >= 2 {
		if len(short) > len(long) {
			short, long = long, short
		}
		// "Muhammad Iqbal Hassan Raza" is not "Muhammad Iqbal": two more
		// words after a whole name are another man's surname, where one
		// ("Maryam Nawaz Sharif") is often the same person's.
		// Arab names grow by "bin X", "Al Y": those are the same man's.
		if len(long)-len(short) >= 2 && slices.Equal(short, long[:len(short)]) && !slices.ContainsFunc(long, func(w string) bool { return particles[w] }) {
			return ""
		}
	}
	if len(wa) >= 2 && len(wb) >= 2 && (contains(wa, wb) || contains(wb, wa)) {
		// Shared first and last word, or all words in another order.
		if same(wa[len(wa)-1], wb[len(wb)-1]) || len(wa) == len(wb) || contains(wa, wb) && same(wa[0], wb[0]) {
			return "same name words"
		}
		if contains(wb, wa) && len(wb) >= 2 {
			return "same name words"
		}
	}
	// "de la Fuente" for "Juan Ramón de la Fuente Ramírez", "dos Santos"
	// for "Paulo Roberto dos Santos Lima": a surname with its particle,
	// the mother's surname after it left out, as Spanish and Portuguese
	// names are told again.
	if !strict && len(wa) >= 2 && particles[wa[0]] && len(wb) > len(wa) {
		for i := 1; i+len(wa) <= len(wb); i++ {
			if slices.Equal(wa, wb[i:i+len(wa)]) {
				return "surname with its particle"
			}
		}
	}
	sa, sb := strings.ReplaceAll(a, " ", ""), strings.ReplaceAll(b, " ", "")
	if len(sa) >= 8 && len(sb) >= 8 && (strings.HasSuffix(sa, sb) || strings.HasSuffix(sb, sa)) {
		return "same name, joined differently"
	}
	if len(wa) >= 2 && len(wa) == len(wb) && jaroWinkler(sa, sb) >= 0.93 {
		return "close spelling"
	}
	return ""
}

// newPerson adds someone the records do not know.
func (d *drafter) newPerson(written string, sent int) *person {
	_, name := splitHonorifics(written)
	p := &person{name: givenFirst(name), first: sent}
	p.id = d.newID(slug(p.name))
	d.addPerson(p)
	return p
}

// addPerson adds someone to the report's people and to their index.
func (d *drafter) addPerson(p *person) {
	p.seq, p.idx = len(d.people), &d.pidx
	d.people = append(d.people, p)
	d.pidx.add(p, p.name)
	for _, f := range p.forms {
		d.pidx.add(p, f)
	}
}

// newID makes an entity id that neither the records nor the draft use.
func (d *drafter) newID(base string) string {
	if base == "" {
		base = "entity"
	}
	id := base
	// Counting on from the last number given to this base: a report of
	// ten thousand like sentences asks for one base ten thousand times.
	n := max(2, d.nextID[base])
	for d.g.ids[id] != "" || d.g.facts[id] || d.usedIDs[id] {
		id = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	d.nextID[base] = n
	d.usedIDs[id] = true
	return id
}

// addLocal makes a name the draft defined findable in later sentences.
func (d *drafter) addLocal(kind, id string, names ...string) {
	for _, n := range names {
		k := fold(n)
		if k == "" {
			continue
		}
		if !slices.Contains(d.local[k], entry{kind, id}) {
			d.local[k] = append(d.local[k], entry{kind, id})
		}
		addPrefixes(d.localPref, k)
	}
}

// countryOfLocal is the country of a place or organization the draft defines.
func (d *drafter) countryOfLocal(id string) string {
	for _, o := range d.orgs {
		if o.id == id {
			if o.country != "" {
				return o.country
			}
			if o.city != "" {
				if c := d.g.countryOf(o.city); c != "" {
					return c
				}
				return d.countryOfLocal(o.city)
			}
		}
	}
	for _, p := range d.places {
		if p.ID == id {
			if d.g.countries[p.In.ID].ID != "" {
				return p.In.ID
			}
			return d.g.countryOf(p.In.ID)
		}
	}
	return ""
}

// lastOrgNamed is the organization whose name has the word head that the
// report named last before token at of sentence a, or "".
func (d *drafter) lastOrgNamed(a *analysed, at int, head string) string {
	has := func(x *analysed, sp span) bool {
		return sp.kind == schema.KindOrganization && slices.Contains(strings.Fields(fold(x.textOf(sp.start, sp.end))), head)
	}
	for k := len(a.spans) - 1; k >= 0; k-- {
		if sp := a.spans[k]; sp.end <= at && has(a, sp) {
			return sp.id
		}
	}
	// A report names its bodies near their officers; looking back further
	// would make a long hostile text quadratic.
	for i := len(d.sents) - 1; i >= 0 && i >= len(d.sents)-40; i-- {
		x := d.sents[i]
		for k := len(x.spans) - 1; k >= 0; k-- {
			if has(x, x.spans[k]) {
				return x.spans[k].id
			}
		}
	}
	return ""
}

// patronymicWordRe is a Slavic-style patronymic ("Miromonovich",
// "Serikovna") or a Kazakh one written as one word ("Amanzholuly",
// "Nurlankyzy").
var patronymicWordRe = regexp.MustCompile(`(?:ovich|evich|ovna|evna|ichna|ovych|ivna|\pL{4}(?:uly|kyzy|qyzy))$`)

// givenFirst is a name written in the official Russian and Central Asian
// order, surname, given name, patronymic ("Nazarov Erkin Ismatovich"), as
// the given name and surname ("Erkin Nazarov"); any other name as it is.
func givenFirst(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 3 && patronymicWordRe.MatchString(strings.ToLower(ws[2])) && !patronymicWordRe.MatchString(strings.ToLower(ws[1])) {
		return ws[1] + " " + ws[0]
	}
	return name
}

// withoutPatronymic is a name's words without a patronymic between the
// given name and the surname.
func withoutPatronymic(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		last := i == len(ws)-1
		switch {
		case i > 0 && !last && patronymicWordRe.MatchString(ws[i]):
			continue
		case i > 0 && i+1 < len(ws)-1 && patronymics[ws[i+1]]:
			i++ // "Alakbar oglu" before the surname
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// translitSteps undo the usual differences between transliterations of
// Central Asian, Russian and Turkish names into English.
var translitSteps = strings.NewReplacer("dzh", "j", "zh", "j", "kh", "h", "gh", "g", "q", "k", "w", "v",
	"ou", "u", "ye", "e", "ey", "ei", "iy", "i", "yi", "i", "y", "i", "ck", "k", "x", "ks")

// translitKey is a folded name word with those differences and doubled
// letters undone: "kassym" and "qasym" are both "kasim".
func translitKey(w string) string {
	w = translitSteps.Replace(w)
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// accreditedTitle says whether an office may be accredited to a body:
// envoys and permanent representatives.
func accreditedTitle(title string) bool {
	t := fold(title)
	return envoyTitles[t] || strings.HasSuffix(t, "representative") || t == "head of mission"
}

// accreditedBody is the end of the body an envoy is accredited to at token
// k, "OSCE", "the United Nations Office in Geneva", "ECO and other
// international organizations in Vienna", when a name follows it.
func (d *drafter) accreditedBody(a *analysed, k int) (int, bool) {
	toks, fw := a.toks, a.folded
	e := k
	if s := a.spanAt(k); s != nil && s.kind == schema.KindOrganization {
		e = s.end
	} else if k < len(toks) && allCaps(toks[k].text) && len(toks[k].text) >= 2 && a.spanAt(k) == nil {
		e = k + 1
	} else {
		return 0, false
	}
	// "... and other international organizations", "... Office".
	if e+3 < len(toks) && fw[e] == "and" && fw[e+1] == "other" && fw[e+2] == "international" && strings.HasPrefix(fw[e+3], "organi") {
		e += 4
	}
	// "... in Vienna": where the body sits.
	if e+1 < len(toks) && fw[e] == "in" {
		if s := a.spanAt(e + 1); s != nil && s.kind == schema.KindPlace {
			e = s.end
		}
	}
	if e < len(toks) && (toks[e].text == "," || d.startsName(a, e) || honorifics[fw[e]]) {
		return e, true
	}
	return 0, false
}
