package extract

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/bilat/bilat/schema"
)

// drafter holds one report's extraction while it runs.
type drafter struct {
	// rewrites maps offices the sentences wrote out from brackets to the
	// report's words (sentence.rewrites).
	rewrites map[string]string
	// later names, for a post the report names its holder with only after
	// telling the office bare, that holder (post id -> name).
	later   map[string]string
	g       *Gazetteer
	rep     Report
	pub     time.Time
	dl      dateline
	dlPlace string // place id of the dateline
	dlDate  resolved
	// itemDate is the date of the dateline opening the item of a digest
	// being read ("Lahore, 25 October."), for the contacts it tells.
	itemDate resolved
	// bodyWords are the folded words of the report's body.
	bodyWords map[string]bool
	host      string // country of the dateline place
	people    []*person
	pidx      peopleIndex // people by the first letters of their name words
	orgs      []*org
	places    []schema.Place // new places
	posts     map[string]*post
	events    []*event
	docs      []schema.Document
	docEvent  []*event
	ctx       context.Context    // stops the rules between sentences
	verbs     map[string]verbHit // contactVerb's answers
	local     map[string][]entry // names the draft defined
	localPref map[string]bool    // their leading runs of words, as Gazetteer.prefixes
	abbrevs   map[string]string
	usedIDs   map[string]bool
	nextID    map[string]int      // per id base, the number newID tries next
	federal   *string             // federalCountry's answer, once found
	used      map[string][]string // known entity id -> forms (countries, places, orgs)
	cur       int                 // sentence index
	reading   *analysed           // the sentence being analysed
	sents     []*analysed
	lastSubj  *person
	// traveller is the one a visit told so far takes abroad.
	traveller *person
	trip      *event // the journey being told, if any
	// delegationLead heads the delegation the report told of ("a
	// delegation ... led by X"), whom "the delegation" later stands for.
	delegationLead *person
	interviewee    *person // in an interview, who answers ("I")
	// delegationMembers are the others of that delegation the report
	// named ("The delegation included A and B"), with it where "the
	// delegation" is said to meet someone.
	delegationMembers []*person
	escorts           []escort // people "at both meetings" of someone's
	// delegationCountry is the country of the delegation the report
	// named last ("A delegation of the Mejlis of Turkmenistan").
	delegationCountry string
	// statedPlace marks the sentences that say where their contact was.
	statedPlace map[int]bool
	// unknownPlace marks those that say it with a place the records do
	// not know: neither the dateline's place nor its country then.
	unknownPlace map[int]bool
	placeChecks  map[string]string // new place id -> why to check it
	ambiguous    map[string]string // folded name -> why it matched no one
	// seenTitles are the offices the report has named, in order.
	seenTitles []*titlePhrase
	yearHint   int // year of dates written without one, from the URL, when there is no publication date
	notes      []string
}

func (d *drafter) analyse(s sentence, idx int) *analysed {
	d.cur = idx
	a := &analysed{sentence: s, idx: idx, folded: d.foldTokens(s.toks)}
	d.reading = a
	d.gazetteerSpans(a)
	formalStateNames(a)
	d.countryReferences(a)
	d.newPlaces(a)
	d.orgRuns(a)
	d.titleSpans(a)
	d.knownPeople(a)
	d.nameRuns(a)
	d.possessiveNationality(a)
	d.delegationLeaders(a)
	d.delegationHeads(a)
	d.sideMembers(a)
	d.representedBy(a)
	d.companions(a) // before the titles, for the companions' offices
	d.attachTitles(a)
	d.companions(a) // and after, for a leader whose office gives the side
	d.spouses(a)
	d.pronouns(a)
	d.noteUses(a)
	return a
}

// formalStateNames widens a country's span over the formal name of its
// state that the records may not hold: "the Islamic Emirate of
// Afghanistan", "the Kingdom of Saudi Arabia", "the People's Republic of
// China" name the country.
func formalStateNames(a *analysed) {
	for k := range a.spans {
		s := &a.spans[k]
		if s.kind != schema.KindCountry || s.demonym || s.start < 2 || a.folded[s.start-1] != "of" || !stateForms[a.folded[s.start-2]] || !isCap(a.toks[s.start-2].text) {
			continue
		}
		// (Not a body named after the country: "the Federation of
		// Pakistan Chambers of Commerce".)
		if s.end < len(a.toks) && isWord(a.toks[s.end].text) && isCap(a.toks[s.end].text) {
			continue
		}
		st := s.start - 2
		for st > 0 && (stateAdjectives[a.folded[st-1]] || isPossessive(a.toks[st-1].text)) && !a.covered(st-1) {
			st--
		}
		if slices.ContainsFunc(a.spans, func(o span) bool { return o.start < s.start && o.end > st }) {
			continue
		}
		s.start = st
	}
}

// stateForms and stateAdjectives make the formal names of states.
var (
	stateForms      = set("republic", "emirate", "kingdom", "state", "sultanate", "principality")
	stateAdjectives = set("islamic", "people", "people's", "federal", "democratic", "united", "socialist", "arab", "hashemite", "federative", "plurinational", "bolivarian", "kyrgyz", "swiss")
)

// countryReferences reads "the Central Asian country's deputy minister",
// "the nation's president": a country told again by what it is, which is
// the one named last before it (in the sentence, else in the one before).
func (d *drafter) countryReferences(a *analysed) {
	toks, fw := a.toks, a.folded
	for i := 0; i+2 < len(toks); i++ {
		if fw[i] != "the" || a.covered(i) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+4 && isWord(toks[j].text) && isCap(toks[j].text) && !a.covered(j) {
			j++
		}
		if j+1 >= len(toks) || !countryNouns[fw[j]] || toks[j+1].text != "'s" && toks[j+1].text != "’s" {
			continue
		}
		c := ""
		for _, s := range a.spans {
			if s.kind == schema.KindCountry && s.end <= i {
				c = s.id
			}
		}
		if c == "" && a.idx > 0 && a.idx <= len(d.sents) {
			for _, s := range d.sents[a.idx-1].spans {
				if s.kind == schema.KindCountry {
					c = s.id
				}
			}
		}
		if c != "" {
			// The noun alone, as a demonym is one word: "the Central
			// Asian [country]'s".
			a.spans = append(a.spans, span{start: j, end: j + 1, kind: schema.KindCountry, id: c})
			i = j
		}
	}
}

// talkingToRe opens a sentence with whom its subject talks to: "Talking
// to the Ambassador, X said".
var talkingToRe = regexp.MustCompile(`(?i)^\s*(?:while\s+)?(?:talking|speaking|meeting|conversing|interacting)\s+(?:to|with)\s+(?:the\s+)?(?:visiting\s+)?$`)

// countryNouns are what a country is called when told again.
var countryNouns = set("country", "nation", "republic", "kingdom")

// orgRuns finds organizations the records do not know: a run of
// capitalized words holding a word such as "University", "Ministry" or
// "Authority", with an abbreviation in brackets as its alias.
func (d *drafter) orgRuns(a *analysed) {
	toks, fw := a.toks, a.folded
	for i := 0; i < len(toks); i++ {
		if !isWord(toks[i].text) || !(isCap(toks[i].text) || allCaps(toks[i].text)) {
			continue
		}
		if s := a.spanAt(i); s != nil && (s.kind == schema.KindOrganization || s.kind == schema.KindPost) {
			i = s.end - 1
			continue
		}
		// "H.E. Mr. Nurbek Sadvakassov and Lahore College for Women
		// University": after an honorific, a person's name, never the
		// start of a body's.
		if h := i - 1; h >= 0 && (toks[h].text == "." && h > 0 && honorifics[fw[h-1]] || toks[h].text == "H.E." || honorifics[fw[h]] && orgHeads[fw[h]] == "") {
			for i+1 < len(toks) && isWord(toks[i+1].text) && isCap(toks[i+1].text) && orgHeads[fw[i+1]] == "" && !a.covered(i+1) {
				i++
			}
			continue
		}
		j := i
		seenHead := false
		placeKindEnd := -1
		absorbed := map[int]bool{}
		for j < len(toks) {
			t := toks[j].text
			if s := a.spanAt(j); s != nil && s.kind != schema.KindPost && s.kind != schema.KindOrganization {
				if s.kind == schema.KindPerson && seenHead {
					break
				}
				j = s.end
				continue
			}
			if s := a.spanAt(j); s != nil && s.kind == schema.KindOrganization && j > i {
				// "Punjab Board of Investment": a province's own body, not
				// the one the records know by the shorter name.
				if p := a.spanEnding(j); p != nil && p.kind == schema.KindPlace && d.g.places[p.id].Kind != "city" && !d.orgIn(s.id, p.id) {
					for k := s.start; k < s.end; k++ {
						absorbed[k] = true
					}
					j = s.end
					seenHead = true
					continue
				}
				break
			}
			// After its head word, a name ends where a person's begins:
			// "Minister for Railways and Aviation Khawaja Saad Rafique".
			if seenHead && isCap(t) && !isDomainWord(fw[j]) && !notNameWords[fw[j]] && (orgHeads[fw[j]] == "" || lastOnlyHeads[fw[j]]) &&
				j+1 < len(toks) && isCap(toks[j+1].text) && !isDomainWord(fw[j+1]) && orgHeads[fw[j+1]] == "" {
				break
			}
			if orgHeads[fw[j]] != "" {
				seenHead = true
			}
			// "Osh State University Prof. Kanybek Toktogulov": after its
			// head, an honorific starts someone's name.
			if hon := j + 1; seenHead && honorifics[fw[j]] && orgHeads[fw[j]] == "" {
				if hon < len(toks) && toks[hon].text == "." {
					hon++
				}
				if hon < len(toks) && (isCap(toks[hon].text) || ordinalRanks[fw[hon]]) {
					break // ("... Naval Forces of Kazakhstan Captain 1st Rank X")
				}
			}
			if isWord(t) && (isCap(t) || allCaps(t)) && !a.covered(j) {
				j++
				continue
			}
			if fw[j] == "and" && j+1 < len(toks) {
				if _, _, ok := matchTitle(fw, j+1); ok {
					break // "Cabinet of Ministers and Foreign Minister of X": a body, then an office
				}
				// "X Academy and Mongolia's Institute for Diplomacy": a
				// body of another country.
				if s := a.spanAt(j + 1); seenHead && s != nil && s.kind == schema.KindCountry && s.end < len(toks) && possessiveRe.MatchString(toks[s.end].text) {
					break
				}
			}
			// "Intergovernmental Commission on Trade and Economic
			// Cooperation": what a commission is on is part of its name.
			// ("the Arts Council on Saturday": a day, not what it is on.)
			if fw[j] == "on" && seenHead && j > 0 && commissionHeads[fw[j-1]] && j+1 < len(toks) && isCap(toks[j+1].text) && !isDayWord(fw[j+1]) {
				j++
				continue
			}
			if (fw[j] == "of" || fw[j] == "the" || fw[j] == "and" || fw[j] == "for" || t == "&" || t == "'s" || t == "’s") && j+1 < len(toks) && (isCap(toks[j+1].text) || fw[j+1] == "the" && fw[j] != "and") && j > i {
				j++
				continue
			}
			// "the Institute for Strategic and Regional Studies under the
			// President of the Republic of Uzbekistan": the body's name,
			// as Central Asian states name their agencies.
			if fw[j] == "under" && seenHead && j+2 < len(toks) && fw[j+1] == "the" && underHeads[fw[j+2]] {
				j += 2
				continue
			}
			// "the Government of the Samara region": a place the records
			// do not know, ended by its kind in lower case, is the body's.
			if seenHead && placeTypeNouns[fw[j]] && isCap(toks[j-1].text) && a.spanEnding(j) == nil && slices.Contains(fw[i:j], "of") {
				j++
				placeKindEnd = j
				continue
			}
			break
		}
		for j > i && j != placeKindEnd && !isCap(toks[j-1].text) && !allCaps(toks[j-1].text) {
			j--
		}
		// "the University of World Economy and Diplomacy and ADA
		// University": two bodies, when the words after the last "and"
		// end in a head of their own and a head came before.
		if j-i > 3 && orgHeads[fw[j-1]] != "" && !fieldNouns[fw[j-1]] {
			for x := j - 3; x > i; x-- {
				if fw[x] != "and" {
					continue
				}
				if slices.ContainsFunc(fw[i:x], func(w string) bool { return orgHeads[w] != "" }) {
					j = x
				}
				break
			}
		}
		head := -1
		for k := i; k < j; k++ {
			if orgHeads[fw[k]] != "" && isCap(toks[k].text) && (!a.covered(k) || absorbed[k]) && (buildingWords[fw[k]] || !rightAfterTitle(fw, i, k)) && (k == j-1 || !lastOnlyHeads[fw[k]]) {
				head = k
			}
		}
		if head < 0 || j-i < 2 && !(j-i == 1 && (fw[i] == "mazhilis" || fw[i] == "akorda")) {
			i = max(i, j-1) // a run of no words must still move on
			continue
		}
		// A title before the organization is not part of its name:
		// "President of the Islamabad Policy Research Institute"; nor is
		// a country's possessive ("Mongolia's Institute for Diplomacy"),
		// unless only the head is left ("Kazakhstan's Parliament").
		start, ofCountry, stripped := i, "", -1
		if s := a.spanAt(i); s != nil && s.kind == schema.KindCountry && s.end+1 <= head && j-(s.end+1) >= 2 && possessiveRe.MatchString(toks[s.end].text) {
			start, ofCountry = s.end+1, s.id
			stripped = start
		}
		// "Asad Qureshi of the Sindh Board of Investment": a body named
		// "X of Y" has its head before the "of"; words with none before it
		// are someone's name, and the body starts after it.
		if k := slices.Index(fw[start:head], "of"); k > 0 && !a.covered(start+k) && !slices.ContainsFunc(fw[start:start+k], func(w string) bool { return orgHeads[w] != "" }) {
			start += k + 1
		}
		// "signed by Cheema and Kazakh Cricket Federation president Ali
		// Turanli": someone the report has named, then "and", starts no
		// body's name.
		if k := slices.Index(fw[start:head], "and"); k > 0 && d.namesSomeone(fw[start:start+k]) {
			start += k + 1
		}
		for k := i; k < head; k++ {
			if _, next, ok := matchTitle(fw, k); ok && next < j && (fw[next] == "of" || fw[next] == "at" || fw[next] == "for") {
				start = next + 1
				for start < j && fw[start] == "the" {
					start++
				}
			} else if ok && next <= head && k == start && isWord(toks[next].text) && isCap(toks[next].text) && next+1 < j && !buildingWords[fw[next]] {
				// "Secretary Power Division": the office, then the body.
				start = next
			}
		}
		// "Chairman of the Board of the Regional Chamber of X": the board
		// is the body's own; the body is the chamber.
		for start+2 < head && fw[start] == "board" && fw[start+1] == "of" {
			next := start + 2
			if next+1 < head && (fw[next] == "directors" || fw[next] == "trustees" || fw[next] == "governors") && fw[next+1] == "of" {
				next += 2
			}
			for next < head && fw[next] == "the" {
				next++
			}
			start = next
		}
		// "Senate Chairman": an office of the body, not a body.
		// "Cabinet of Ministers", "Council of Foreign Ministers" keep their end.
		for j > start+1 && j-1 > head && fw[j-2] != "of" && !strings.HasSuffix(fw[j-1], "ministers") {
			if _, next, ok := matchTitle(fw[:j], j-1); ok && next == j {
				j--
				continue
			}
			break
		}
		if _, next, ok := matchTitle(fw, head); ok && next == head+1 && j == head+1 {
			i = j - 1
			continue
		}
		for start < j && (fw[start] == "the" || fw[start] == "a") {
			start++
		}
		if start >= j || head < start || forField(toks, fw, start) || head == start && lastOnlyHeads[fw[head]] {
			i = j - 1
			continue
		}
		if j-start == 1 && toks[start].text != "Mazhilis" && toks[start].text != "Akorda" {
			// "the Council": the body of that kind named before.
			if o := d.lastOrgWith(fw[start]); o != nil && start > 0 && fw[start-1] == "the" {
				o.addForm(a.textOf(start-1, j))
				a.spans = append(a.spans, span{start: start - 1, end: j, kind: schema.KindOrganization, id: o.id})
				slices.SortFunc(a.spans, func(x, y span) int { return x.start - y.start })
			}
			i = j - 1
			continue
		}
		name := a.textOf(start, j)
		o := d.findOrg(name)
		if o == nil {
			o = d.longerOrgNamed(name)
		}
		if o == nil {
			o = d.newOrg(a, start, j, orgHeads[fw[head]])
			if o.country == "" && start == stripped {
				o.country = ofCountry
			}
		}
		o.addForm(name)
		end := j
		// "Kyrgyz State Technical University named after I. Razzakov
		// (KSTU)": whom a body is named after is part of its name, and no
		// one the report tells of.
		if j+2 < len(toks) && fw[j] == "named" && fw[j+1] == "after" {
			k := j + 2
			for k < len(toks) && k < j+7 && (isWord(toks[k].text) && isCap(toks[k].text) || isInitial(toks[k].text)) {
				k++
			}
			if k > j+2 {
				o.addForm(a.textOf(start, k))
				j, end = k, k
			}
		}
		if j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && isWord(toks[j+1].text) && isCap(toks[j+1].text) {
			ab := toks[j+1].text
			if !slices.Contains(o.aliases, ab) && !o.known {
				o.aliases = append(o.aliases, ab)
			}
			o.addForm(name + " (" + ab + ")")
			d.addLocal(schema.KindOrganization, o.id, ab)
			d.abbrevs[ab] = o.name
			end = j + 3
		}
		var kept []span
		for _, s := range a.spans {
			if s.start >= start && s.end <= j {
				continue
			}
			kept = append(kept, s)
		}
		a.spans = append(kept, span{start: start, end: end, kind: schema.KindOrganization, id: o.id})
		slices.SortFunc(a.spans, func(x, y span) int { return x.start - y.start })
		i = end - 1
	}
}

func (p *person) dropForm(f string) {
	p.forms = slices.DeleteFunc(p.forms, func(x string) bool { return x == f })
}

func (o *org) addForm(f string) {
	if !slices.Contains(o.forms, f) {
		o.forms = append(o.forms, f)
	}
}

// forField reports whether the words from start are the field of a
// minister ("Minister for Railways and Aviation", "for Privatisation, Board
// of Investment and Communications"), not an organization.
func forField(toks []token, fw []string, start int) bool {
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		switch {
		case fw[k] == "for":
			return true
		case toks[k].text == "," || fw[k] == "and" || toks[k].text == "&" || isCap(toks[k].text):
			continue
		}
		return false
	}
	return false
}

// lastOrgWith is the organization named last whose name holds a word.
func (d *drafter) lastOrgWith(w string) *org {
	for i := len(d.orgs) - 1; i >= 0; i-- {
		if slices.Contains(strings.Fields(fold(d.orgs[i].name)), w) {
			return d.orgs[i]
		}
	}
	return nil
}

// findOrg returns an organization of the draft or the records by name.
func (d *drafter) findOrg(name string) *org {
	k := fold(name)
	for _, o := range d.orgs {
		if fold(o.name) == k || slices.ContainsFunc(o.aliases, func(a string) bool { return fold(a) == k }) {
			return o
		}
	}
	for _, e := range d.lookupName(k) {
		if e.kind == schema.KindOrganization {
			return d.orgByID(e.id)
		}
	}
	return nil
}

// longerOrgNamed is the body the report named before in full, of which
// name is the start up to "of": "the Manipal Academy" after "the Manipal
// Academy of Higher Education of India".
func (d *drafter) longerOrgNamed(name string) *org {
	k := fold(name)
	if len(strings.Fields(k)) < 2 {
		return nil
	}
	var found *org
	for _, o := range d.orgs {
		if o.known || !strings.HasPrefix(fold(o.name), k+" of ") {
			continue
		}
		if found != nil && found != o {
			return nil // two bodies begin so: neither is meant
		}
		found = o
	}
	return found
}

func (d *drafter) orgByID(id string) *org {
	for _, o := range d.orgs {
		if o.id == id {
			return o
		}
	}
	gr := d.g.orgs[id]
	o := &org{id: id, name: gr.Name, kind: gr.Kind, known: true}
	d.orgs = append(d.orgs, o)
	return o
}

// newOrg defines an organization from its name as written; its kind comes
// from its head word, its city or country from a known place in its name.
func (d *drafter) newOrg(a *analysed, i, j int, kind string) *org {
	name := a.textOf(i, j)
	o := &org{name: name, kind: kind, check: fmt.Sprintf("new organization; kind %q from its name", kind)}
	for _, s := range a.spans {
		if s.start >= i && s.end <= j {
			switch s.kind {
			case schema.KindCountry:
				o.country = s.id
			case schema.KindPlace:
				if d.g.places[s.id].Kind == "city" {
					o.city = s.id
				} else if o.country == "" {
					o.country = d.g.countryOf(s.id)
				}
			}
		}
	}
	// "Al-Farabi Kazakh National University of Kazakhstan": the name
	// without its country is how others write it.
	// "National Assembly of the Republic of Korea": the country may be
	// written with "of" in it.
	for k, found := strings.Index(name, " of "), false; k > 0 && !found; {
		rest := strings.TrimPrefix(fold(name[k+4:]), "the ")
		for _, e := range d.g.lookup(rest) {
			if e.kind == schema.KindCountry && !found {
				o.short, o.country, found = name[:k], e.id, true
				// "Ministry of Energy", "National Assembly": every
				// country has one, so the short name is no alias.
				if !genericBody(fold(o.short)) {
					o.aliases = append(o.aliases, o.short)
				}
			}
		}
		next := strings.Index(name[k+4:], " of ")
		if next < 0 {
			break
		}
		k += 4 + next
	}
	o.id = d.newID(slug(name))
	d.orgs = append(d.orgs, o)
	d.addLocal(schema.KindOrganization, o.id, name)
	for _, al := range o.aliases {
		// "Senate" for "Senate of Kazakhstan" in a report that goes on to
		// "Chairman Senate X": a short name the records give a body of
		// another country stays that body's.
		if len(d.g.lookup(fold(al))) == 0 {
			d.addLocal(schema.KindOrganization, o.id, al)
		}
	}
	return o
}

// newPlaces reads "Burabay, Kazakhstan": a place the records do not know,
// written with its country, is a new city of that country (the kind is
// assumed, with a check).
func (d *drafter) newPlaces(a *analysed) {
	toks, fw := a.toks, a.folded
	// "the Kazakh city of Shymkent": a place of that kind in that country.
	for i := 1; i+2 < len(toks); i++ {
		kind := placeNouns[fw[i]]
		if kind == "" || fw[i+1] != "of" || !isCap(toks[i+2].text) || a.covered(i+2) {
			continue
		}
		c := a.spanEnding(i)
		if c == nil || c.kind != schema.KindCountry {
			continue
		}
		j := i + 2
		for j < len(toks) && j < i+5 && isCap(toks[j].text) && !a.covered(j) && !notNameWords[fw[j]] && orgHeads[fw[j]] == "" {
			j++
		}
		id := d.newPlace(a.textOf(i+2, j), kind, c.id)
		a.spans = append(a.spans, span{start: i + 2, end: j, kind: schema.KindPlace, id: id})
		slices.SortFunc(a.spans, func(x, y span) int { return x.start - y.start })
		i = j
	}
	for i := 0; i+2 < len(toks); i++ {
		if a.covered(i) || !isCap(toks[i].text) || allCaps(toks[i].text) || notNameWords[fw[i]] || orgHeads[fw[i]] != "" {
			continue
		}
		j := i + 1
		if j < len(toks) && isCap(toks[j].text) && !a.covered(j) && !notNameWords[fw[j]] && orgHeads[fw[j]] == "" {
			j++
		}
		if j+1 >= len(toks) || toks[j].text != "," {
			continue
		}
		c := a.spanAt(j + 1)
		if c == nil || c.kind != schema.KindCountry || c.demonym {
			continue
		}
		// Only after "in", "to", "at" or "of": where something is.
		if i == 0 || (fw[i-1] != "in" && fw[i-1] != "to" && fw[i-1] != "at" && fw[i-1] != "of" && fw[i-1] != "from") {
			continue
		}
		id := d.newPlace(a.textOf(i, j), "city", c.id)
		a.spans = append(a.spans, span{start: i, end: j, kind: schema.KindPlace, id: id})
		slices.SortFunc(a.spans, func(x, y span) int { return x.start - y.start })
		i = j
	}
}

// rightAfterTitle says whether an office ends right before token k (from
// token i on): "Foreign Minister Park Jin" is a minister named Park, not a
// park.
func rightAfterTitle(fw []string, i, k int) bool {
	for x := max(i, k-5); x < k; x++ {
		if _, next, ok := matchTitle(fw, x); ok && next == k {
			return true
		}
	}
	return false
}

// placeNouns name a kind of place before "of" and its name.
var placeNouns = map[string]string{"city": "city", "town": "town", "province": "province", "region": "region"}

// newPlace defines a place the records do not know (once per name), of
// an assumed kind in a country, flagged for a check.
func (d *drafter) newPlace(name, kind, country string) string {
	for _, p := range d.places {
		if p.Name == name {
			return p.ID
		}
	}
	id := d.newID(slug(name))
	d.places = append(d.places, schema.Place{ID: id, Name: name, Kind: kind, In: schema.Ref{ID: country}})
	d.placeChecks[id] = fmt.Sprintf("new place; %q taken as a %s of %s", name, kind, d.nameOf(country))
	d.addLocal(schema.KindPlace, id, name)
	return id
}

// possessiveNationality reads "Kazakhstan's Murat Nurtleu" and "Uzbek
// Ambassador": a country right before a name is the person's country.
func (d *drafter) possessiveNationality(a *analysed) {
	for _, m := range a.people {
		j := m.start
		if j > 0 && (a.toks[j-1].text == "'s" || a.toks[j-1].text == "’s") {
			j--
		}
		if s := a.spanEnding(j); s != nil && s.kind == schema.KindCountry && m.p.nat == "" {
			m.p.nat, m.p.explicitNat = s.id, true
			continue
		}
		// "the Azerbaijani businessman Elnur Mammadov": a demonym, a
		// common noun or two, the name.
		k := j
		for k > 0 && j-k < 2 && isWord(a.toks[k-1].text) && !isCap(a.toks[k-1].text) && !notNameWords[a.folded[k-1]] && !a.covered(k-1) {
			k--
		}
		if s := a.spanEnding(k); k < j && s != nil && s.kind == schema.KindCountry && s.demonym && m.p.nat == "" {
			m.p.nat, m.p.explicitNat = s.id, true
			continue
		}
		// "Brig Gen X of the General Staff of the Armed Forces of
		// Kazakhstan": of the body's country.
		if e := m.end; e+1 < len(a.toks) && a.folded[e] == "of" && m.p.nat == "" && !m.p.known {
			k := e + 1
			if a.folded[k] == "the" {
				k++
			}
			if s := a.spanAt(k); s != nil && s.kind == schema.KindOrganization {
				if c := d.orgCountry(s.id); c != "" {
					m.p.nat, m.p.natCheck = c, "nationality assumed: of the country of "+a.textOf(s.start, s.end)
					continue
				}
			}
		}
		// "X, a Saudi scholar,": a demonym in an apposition after the
		// name, before a common noun.
		e := m.end
		if e+3 < len(a.toks) && a.toks[e].text == "," && (a.folded[e+1] == "a" || a.folded[e+1] == "an") && !m.p.explicitNat {
			if s := a.spanAt(e + 2); s != nil && s.kind == schema.KindCountry && s.demonym && s.end < len(a.toks) && isWord(a.toks[s.end].text) && !isCap(a.toks[s.end].text) {
				m.p.nat, m.p.explicitNat = s.id, true
			}
		}
	}
}

// countryNamedLast is the country a name ends with after "of": "Ministry
// of Energy of the Republic of Azerbaijan" -> AZ.
func (d *drafter) countryNamedLast(words []string) string {
	for i := len(words) - 2; i >= 0; i-- {
		if words[i] != "of" {
			continue
		}
		rest := words[i+1:]
		if len(rest) > 0 && rest[0] == "the" {
			rest = rest[1:]
		}
		for _, e := range d.lookupName(strings.Join(rest, " ")) {
			if e.kind == schema.KindCountry {
				return e.id
			}
		}
		return ""
	}
	return ""
}

// officeNouns name an office as such: "the post of Speaker".
var officeNouns = set("office", "post", "position", "role", "rank", "portfolio")

// premierTitles are offices and what reports call their holders later.
var premierTitles = map[string]string{"prime minister": "premier", "premier": "premier", "deputy prime minister": "deputy premier",
	"first deputy prime minister": "deputy premier", "vice premier": "deputy premier"}

// headOfPlaceRe is a region's or city's head told by what he heads.
var headOfPlaceRe = regexp.MustCompile(`(?i)^\s+of\s+the\s+(?:region|province|oblast|district|city)\b`)

// placeHeads are the offices that head a region or city.
var placeHeads = set("akim", "khokim", "hokim", "governor", "mayor", "chief minister")

// delegationNouns name a party that travels under a head: "a Kazakh
// trade mission led by X", "the Uzbek side was headed by Y".
var delegationNouns = set("delegation", "side", "mission")

// whoLeadsRe follows the name of a delegation's head.
var whoLeadsRe = regexp.MustCompile(`(?i)^,\s*(?:[^,;.]{1,80},\s*)?(?:who\s+(?:is\s+)?(?:leading|leads|heads|heading|led)|leading|heading)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}delegation\b`)

// delegationLeaders reads "a delegation from Kazakhstan led by Deputy
// Minister of Trade Aibek Zhanuzakov" and "a Kazakh business delegation
// headed by ...": the leader is of the delegation's country, and so is an
// office the report writes without saying whose.
func (d *drafter) delegationLeaders(a *analysed) {
	fw := a.folded
	// "Y, director of the Atameken branch, who is leading a 12-member
	// business delegation": Y heads the delegation told of later.
	for _, m := range a.people {
		if m.end < len(a.toks) && whoLeadsRe.MatchString(a.text[a.toks[m.end-1].end:]) {
			d.delegationLead = m.p
		}
	}
	// "The delegation, comprising A, director of X, B and C, held a
	// meeting with Y": A, B and C are of the side its head is on.
	if m := delegationComprisingRe.FindStringIndex(a.text); m != nil && d.delegationLead != nil {
		end := len(a.text)
		if v := commaVerbRe.FindStringIndex(a.text[m[1]:]); v != nil {
			end = m[1] + v[0]
		}
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at >= m[1] && at < end && pm.p != d.delegationLead {
				d.delegationMembers = appendPerson(d.delegationMembers, pm.p)
				pm.p.joinSide(d.delegationLead)
			}
		}
	}
	// "A delegation of the Mejlis of Turkmenistan held a meeting ...":
	// whose delegation "the delegation" of a later sentence is.
	for k := 0; k+2 < len(fw); k++ {
		if fw[k] != "delegation" || fw[k+1] != "of" && fw[k+1] != "from" {
			continue
		}
		// The first country of the words after, within the body's name
		// ("of the Mejlis of Turkmenistan").
		for x := k + 2; x < len(fw) && x < k+9 && a.toks[x].text != "," && a.toks[x].text != "."; x++ {
			s := a.spanAt(x)
			if s != nil && s.kind == schema.KindCountry {
				d.delegationCountry = s.id
				break
			}
			if s != nil && s.kind == schema.KindOrganization {
				if c := d.orgCountry(s.id); c != "" {
					d.delegationCountry = c
					break
				}
				if c := d.countryNamedLast(fw[s.start:s.end]); c != "" {
					d.delegationCountry = c
					break
				}
			}
		}
	}
	for b := 1; b+1 < len(fw); b++ {
		if fw[b+1] != "by" || fw[b] != "led" && fw[b] != "headed" {
			continue
		}
		country, body := "", ""
		for k := b - 1; k >= 0 && k >= b-14 && country == ""; k-- {
			if !delegationNouns[fw[k]] {
				continue
			}
			// "delegation from/of (the) X" after it, "X (business) delegation" before it.
			for x := k + 1; x < b; x++ {
				if s := a.spanAt(x); s != nil && s.kind == schema.KindCountry {
					country = s.id
				} else if s != nil && s.kind == schema.KindOrganization && country == "" {
					// "a delegation of the Milli Majlis of Azerbaijan".
					if o := d.findOrgID(s.id); o != nil {
						country, body = o.country, o.id
					}
					// "a delegation of the Ministry of Energy of the
					// Republic of Azerbaijan": a body the records do not
					// know, named by its country.
					if country == "" {
						country = d.countryNamedLast(fw[s.start:s.end])
					}
				}
			}
			for x := k - 1; x >= 0 && x >= k-3 && country == ""; x-- {
				if s := a.spanAt(x); s != nil && s.kind == schema.KindCountry {
					country = s.id
				}
			}
		}
		at, its := b+2, false
		if country == "" && d.delegationCountry != "" && b >= 3 && theDelegationRe.MatchString(a.text[:a.toks[b].start]) {
			// "the visiting delegation was led by X": the delegation the
			// report named before, of its country.
			country = d.delegationCountry
		}
		if country == "" {
			// "a 12-member delegation led by X", "a delegation of the
			// Lahore Chamber of Commerce and Industry led by its President
			// X": no country, still its head.
			if at < len(fw) && fw[at] == "its" {
				at++
			}
			for k := b - 1; k >= 0 && k >= b-12; k-- {
				if delegationNouns[fw[k]] && fw[k] != "side" {
					for _, m := range a.people {
						if m.start == at || m.start > at && a.spanEnding(m.start) != nil && a.spanEnding(m.start).start == at {
							d.delegationLead = m.p
						}
					}
					break
				}
			}
			continue
		}
		if at < len(fw) && fw[at] == "its" {
			at, its = at+1, true // "led by its Deputy Speaker": the body's office
		} else if at < len(fw) && fw[at] == "the" {
			at++ // "headed by the Chairman of the region X"
		}
		for _, m := range a.people {
			if m.start < at {
				continue
			}
			if m.start > at {
				s := a.spanEnding(m.start)
				if s == nil || s.kind != "title" || s.start != at {
					// "headed by the Chairman of the region X": an office
					// read no further than its title word, then the head.
					// "led by the Chairman of the Friendship Group, Member
					// of the National Assembly X": offices, then the head,
					// never past a verb.
					// (A country there is the delegation's own, as in
					// "... of the Majlisi Oli of the Republic of
					// Tajikistan, Mr. X", or another's office.)
					if _, _, isTitle := matchTitle(fw, at); isTitle && m.start-at <= 24 && !d.hasContactVerb(a.text[a.toks[at].start:a.toks[m.start].start]) && !slices.ContainsFunc(a.spans, func(s span) bool {
						return s.kind == schema.KindCountry && s.start > at && s.end <= m.start && s.id != country
					}) {
						if m.p.nat == "" {
							m.p.nat, m.p.explicitNat = country, true
						}
						d.delegationLead = m.p
					}
					break
				}
				if tp := s.title; tp.of == "" && tp.ofText == "" && tp.postID == "" {
					tp.of = country
					if its && body != "" {
						tp.of = body
					}
				}
			}
			if m.p.nat == "" {
				m.p.nat, m.p.explicitNat = country, true
			}
			d.delegationLead = m.p
			break
		}
	}
}

// delegationHeads reads "B headed the Pakistani delegation" and "A led
// the Uzbek side": the one named just before the verb is of that country;
// and "Uzbekistan was represented by X": X is.
func (d *drafter) delegationHeads(a *analysed) {
	fw := a.folded
	// "Dr. X, who is leading a German academic delegation": X is German.
	for _, m := range a.people {
		k := m.end
		for k < len(fw) && k < m.end+12 && a.toks[k].text != "." && a.toks[k].text != ";" {
			if (fw[k] == "leading" || fw[k] == "leads" || fw[k] == "heading" || fw[k] == "heads") && k+1 < len(fw) && (fw[k+1] == "a" || fw[k+1] == "an" || fw[k+1] == "the") {
				for x := k + 2; x < len(fw) && x < k+6; x++ {
					if s := a.spanAt(x); s != nil && s.kind == schema.KindCountry {
						if y := slices.Index(fw[x:min(len(fw), x+5)], "delegation"); y >= 0 && !m.p.known && !m.p.explicitNat {
							m.p.nat, m.p.explicitNat = s.id, true
						}
						break
					}
				}
				break
			}
			k++
		}
	}
	for _, c := range a.spans {
		k := c.end
		if c.kind != schema.KindCountry || c.demonym || k+2 >= len(fw) || fw[k] != "was" || fw[k+1] != "represented" || fw[k+2] != "by" {
			continue
		}
		for _, m := range a.people {
			if m.start > k+2 && m.start <= k+20 {
				if !m.p.known && !m.p.explicitNat {
					m.p.nat, m.p.explicitNat = c.id, true
				}
				break
			}
		}
	}
	for b := 1; b+2 < len(fw); b++ {
		if fw[b] != "led" && fw[b] != "headed" || fw[b+1] != "the" {
			continue
		}
		c := a.spanAt(b + 2)
		if c == nil || c.kind != schema.KindCountry {
			continue
		}
		if k := c.end; k >= len(fw) || !delegationNouns[fw[k]] && (k+1 >= len(fw) || !delegationNouns[fw[k+1]]) {
			continue
		}
		for _, m := range a.people {
			if m.end == b && m.p.nat == "" {
				m.p.nat, m.p.explicitNat = c.id, true
			}
		}
	}
	// "The Kyrgyz delegation was headed by A, and the Uzbek side by B":
	// the one named after "by" is of that country.
	for _, c := range a.spans {
		k := c.end
		if c.kind != schema.KindCountry || k >= len(fw) || !delegationNouns[fw[k]] {
			continue
		}
		k++
		if k < len(fw) && (fw[k] == "was" || fw[k] == "were") {
			k++
		}
		if k < len(fw) && (fw[k] == "headed" || fw[k] == "led") {
			k++
		}
		if k >= len(fw) || fw[k] != "by" {
			continue
		}
		for _, m := range a.people {
			st := m.start
			if t := a.spanEnding(st); t != nil && t.kind == "title" {
				st = t.start
			}
			if st == k+1 || st == k+2 && fw[k+1] == "the" {
				if !m.p.known && !m.p.explicitNat {
					m.p.nat, m.p.explicitNat = c.id, true
				}
				break
			}
		}
	}
}

// sideMembers reads "The Korean delegation also included A and B" and
// "On the Kazakh side, the meeting was attended by A, B and C": those
// named after are of that country.
func (d *drafter) sideMembers(a *analysed) {
	fw := a.folded
	// "The Qatari side was chaired by X, while the Kazakh side was chaired
	// by Y": X of Qatar, Y of Kazakhstan.
	for _, s := range a.spans {
		k := s.end
		if s.kind != schema.KindCountry || k+4 >= len(fw) || fw[k] != "side" && fw[k] != "delegation" || fw[k+1] != "was" && fw[k+1] != "were" ||
			fw[k+2] != "led" && fw[k+2] != "headed" && fw[k+2] != "chaired" || fw[k+3] != "by" {
			continue
		}
		// "... and included A and B": all of them.
		all := slices.Contains(fw[k+4:], "included")
		for _, m := range a.people {
			if m.start > k+3 {
				if m.p.nat == "" && !m.p.known {
					m.p.nat, m.p.explicitNat = s.id, true
				}
				if !all {
					break
				}
			}
		}
	}
	country, from := "", -1
	if len(fw) > 4 && (fw[0] == "on" || fw[0] == "from") && fw[1] == "the" {
		if s := a.spanAt(2); s != nil && s.kind == schema.KindCountry && s.end < len(fw) && fw[s.end] == "side" {
			country, from = s.id, s.end+1
		}
	}
	if loc := delegationIncludedRe.FindStringIndex(a.text); loc != nil && country == "" {
		for k, t := range a.toks {
			if t.start < loc[0] || t.end > loc[1] || fw[k] != "delegation" && fw[k] != "side" {
				continue
			}
			for x := k - 1; x >= 0 && x >= k-3; x-- {
				if s := a.spanAt(x); s != nil && s.kind == schema.KindCountry {
					country = s.id
				}
			}
			from = k + 1
			break
		}
	}
	// "Major General X of the Azerbaijan Army": of that country's forces
	// or government.
	for _, m := range a.people {
		k := m.end
		if m.p.nat != "" || m.p.known || k+3 >= len(fw) || fw[k] != "of" || fw[k+1] != "the" {
			continue
		}
		if s := a.spanAt(k + 2); s != nil && s.kind == schema.KindCountry && s.end < len(fw) && forcesNouns[fw[s.end]] {
			m.p.nat, m.p.explicitNat = s.id, true
		}
	}
	// "The delegation was led by X and included A; B; and C": A, B and C
	// of X's side.
	if loc := delegationLedIncludedRe.FindStringIndex(a.text); loc != nil {
		var lead *person
		for _, m := range a.people {
			at := a.toks[m.start].start
			if at >= loc[1] && lead == nil {
				lead = m.p
				continue
			}
			if lead != nil && at > loc[1] && strings.Contains(a.text[loc[1]:at], "included") {
				m.p.joinSide(lead)
			}
		}
	}
	// "The commander of the Pakistani contingent, Brigadier X": of the
	// country of the body the office is of.
	for _, sp := range a.spans {
		if sp.kind != "title" || sp.title == nil {
			continue
		}
		tp := sp.title
		k := tp.end
		if _, ok := d.g.countries[tp.of]; !ok || k+1 >= len(fw) || !forcesNouns[fw[k]] || a.toks[k+1].text != "," {
			continue
		}
		for _, m := range a.people {
			if m.start > k+1 && m.start <= k+5 && m.p.nat == "" && !m.p.known {
				m.p.nat, m.p.explicitNat = tp.of, true
			}
		}
	}
	if country == "" {
		// "A and B attended on the Turkish side": those named before.
		for k := 0; k+3 < len(fw); k++ {
			if fw[k] != "on" || fw[k+1] != "the" {
				continue
			}
			if s := a.spanAt(k + 2); s != nil && s.kind == schema.KindCountry && s.end < len(fw) && fw[s.end] == "side" {
				clause := 0
				for x := k - 1; x >= 0; x-- {
					if a.toks[x].text == ";" || fw[x] == "while" || fw[x] == "whereas" {
						clause = x + 1
						break
					}
				}
				for _, m := range a.people {
					if m.start >= clause && m.end <= k && m.p.nat == "" && !m.p.known {
						m.p.nat, m.p.explicitNat = s.id, true
					}
				}
			}
		}
		return
	}
	for _, m := range a.people {
		if m.start >= from && m.p.nat == "" && !m.p.known {
			m.p.nat, m.p.explicitNat = country, true
		}
	}
}

var delegationLedIncludedRe = regexp.MustCompile(`(?i)\bdelegation\s+(?:was|were)\s+(?:led|headed)\s+by\b`)

// representedBy reads "the Chamber of Commerce of Uzbekistan, represented
// by its Deputy Chairman A and by B": A and B are of the body's country.
func (d *drafter) representedBy(a *analysed) {
	fw := a.folded
	for b := 1; b+1 < len(fw); b++ {
		if fw[b] != "represented" {
			continue
		}
		// "was represented, among others, by X": an aside before "by".
		by := b + 1
		for by < len(fw) && by <= b+5 && (a.toks[by].text == "," || asideWords[fw[by]]) {
			by++
		}
		if by >= len(fw) || fw[by] != "by" {
			continue
		}
		country := ""
		for _, s := range a.spans {
			if s.end > b || s.end < b-4 {
				continue // the body, place or country right before
			}
			switch s.kind {
			case schema.KindCountry:
				country = s.id
			case schema.KindOrganization:
				if c := d.orgCountry(s.id); c != "" {
					country = c
				}
			case schema.KindPlace:
				if country == "" { // where the body is, when it says no country
					country = d.g.countryOf(s.id)
				}
			}
		}
		if country == "" {
			continue
		}
		for _, m := range d.byPhrase(a, by-1) {
			if m.p.nat == "" && !m.p.known {
				m.p.nat, m.p.explicitNat = country, true
			}
		}
	}
}

// spouses reads "Mrs X, wife of the Ambassador of Uzbekistan Y": X, of
// no country the report states, is taken as of Y's.
func (d *drafter) spouses(a *analysed) {
	for i, m := range a.people {
		k := m.end
		if k+2 >= len(a.toks) || a.toks[k].text != "," || !spouseNouns[a.folded[k+1]] || a.folded[k+2] != "of" || m.p.nat != "" || m.p.known {
			continue
		}
		if i+1 < len(a.people) && a.people[i+1].p.nat != "" {
			n := a.people[i+1].p
			m.p.nat, m.p.natCheck = n.nat, "nationality assumed: of the spouse, "+n.name
		}
	}
}

// spouseNouns name someone by marriage to the one named after "of".
var spouseNouns = set("wife", "spouse", "husband", "widow")

// companions reads "X, accompanied by Y," and "X was accompanied by Y":
// Y is of X's side.
func (d *drafter) companions(a *analysed) {
	fw := a.folded
	for b := 1; b+1 < len(fw); b++ {
		if fw[b] != "accompanied" || fw[b+1] != "by" {
			continue
		}
		var lead *person
		for _, m := range a.people {
			if m.end <= b {
				lead = m.p
			}
		}
		if lead == nil {
			continue
		}
		if lead.nat == "" {
			// "The Commanding Officer of the ship, X, accompanied by the
			// Naval Attache of Turkiye Y, called on ...": X of Y's side.
			if !lead.known {
				for _, m := range d.byPhrase(a, b) {
					if m.p.nat != "" {
						lead.nat, lead.natCheck = m.p.nat, "nationality assumed: of the side of "+m.p.name+", who accompanied this person"
						break
					}
				}
			}
			continue
		}
		for _, m := range d.byPhrase(a, b) {
			if m.p.nat == "" && !d.localCompanion(a, m, lead) {
				m.p.nat, m.p.explicitNat = lead.nat, true
			}
		}
	}
}

// byPhrase is the people named after "accompanied by" or "represented
// by" (the verb at token b), to the end of the phrase: a full stop, a
// semicolon or another contact.
func (d *drafter) byPhrase(a *analysed, b int) []personMention {
	var out []personMention
	for _, m := range a.people {
		if m.start < b+2 {
			continue
		}
		// (A ";" between items of a list goes on: "by A, chairman of X;
		// B, vice president of Y; and C".)
		listGoesOn := func(i int) bool {
			n := i + 1
			if n < len(a.toks) && a.folded[n] == "and" {
				n++
			}
			return slices.ContainsFunc(a.people, func(q personMention) bool { return q.start == n })
		}
		stop := false
		for i := b + 2; i < m.start; i++ {
			// ("accompanied by A, while B was also present": B is not.)
			if t := a.toks[i].text; t == "." || t == ";" && !listGoesOn(i) || a.folded[i] == "while" || a.folded[i] == "whereas" {
				stop = true
			}
		}
		if stop || d.hasContactVerb(a.text[a.toks[b].end:a.toks[m.start].start]) {
			break
		}
		out = append(out, m)
	}
	return out
}

// namesSomeone reports whether folded words are a name or surname of
// someone the report has named.
func (d *drafter) namesSomeone(ws []string) bool {
	w := strings.Join(ws, " ")
	return d.bySurname(w) != nil || slices.ContainsFunc(d.lookupName(w), func(e entry) bool { return e.kind == schema.KindPerson })
}

// joinSide gives a member of lead's delegation whose country the report
// does not state lead's, with a check.
func (p *person) joinSide(lead *person) {
	if p.nat == "" && !p.known && lead.nat != "" {
		p.nat, p.natCheck = lead.nat, fmt.Sprintf("nationality assumed: a member of %s's delegation", lead.name)
	}
}

// localCompanion tells a companion of a visitor abroad who holds an office
// there: "Kazemi was accompanied by Y, the director of the Aktau port" is
// no Iranian; "by Y, the Ambassador" would be.
func (d *drafter) localCompanion(a *analysed, m personMention, lead *person) bool {
	if d.host == "" || d.host == lead.nat {
		return false
	}
	k := m.end
	if k >= len(a.toks) || a.toks[k].text != "," {
		return false
	}
	k++
	if k < len(a.toks) && a.folded[k] == "the" {
		k++
	}
	title, _, ok := matchTitle(a.folded, k)
	return ok && !envoyTitles[fold(title)]
}

// attachTitles links offices to the people they are written with:
// "Title Name", "Title, Name," and "Name, (the) Title".
func (d *drafter) attachTitles(a *analysed) {
	used := map[*titlePhrase]bool{}
	for mi := range a.people {
		m := &a.people[mi]
		var tps []*titlePhrase
		if s := a.spanEnding(m.start); s != nil && s.kind == "title" {
			tps = append(tps, s.title)
			// "Deputy Prime Minister and Foreign Minister Senator X":
			// offices written one after another all go to the name.
			for at := s.start; ; {
				prev := a.spanEnding(at)
				if prev == nil && at > 1 && a.folded[at-1] == "and" {
					// "Deputy Chairman of the Cabinet of Ministers and
					// Foreign Minister of Turkmenistan X".
					if prev = a.spanEnding(at - 1); prev != nil && prev.title != nil && prev.title.anaphor {
						break
					}
				}
				if prev == nil && at > 1 && a.toks[at-1].text == "," && isCap(a.toks[at].text) {
					// "Ambassador of Turkmenistan to Austria, Permanent
					// Representative of Turkmenistan to the OSCE X": two
					// offices of one country, a comma between, the name
					// after the second.
					if p := a.spanEnding(at - 1); p != nil && p.kind == "title" && p.title != nil && !p.title.anaphor && !p.title.plural &&
						isCap(a.toks[p.start].text) && s.title.of != "" && p.title.of == s.title.of {
						prev = p
					}
				}
				if prev == nil || prev.kind != "title" {
					break
				}
				tps = append(tps, prev.title)
				at = prev.start
			}
			// "Turkmen Deputy Chairman of the Cabinet of Ministers and
			// Foreign Minister X": the country before the first office
			// is the later ones' too, not the dateline's.
			if i := slices.IndexFunc(tps, func(tp *titlePhrase) bool { return tp.side != "" }); i > 0 {
				for _, tp := range tps[:i] {
					if tp.of == "" && tp.ofText == "" && tp.side == "" && tp.postID == "" {
						tp.of, tp.side = tps[i].side, tps[i].side
					}
				}
			}
		}
		// "President of the Republic of Tajikistan, His Excellency X": the
		// office before a comma, honorifics apart.
		st := m.start
		for st > 0 && (honorifics[a.folded[st-1]] || a.folded[st-1] == "his" || a.folded[st-1] == "her") {
			st--
		}
		if st >= 2 && a.toks[st-1].text == "," {
			end := st - 1
			// "The Ambassador of Uzbekistan to Bangladesh, resident in New
			// Delhi, X": an aside of where the envoy sits between them.
			for c := st - 2; c > 0 && c >= st-10; c-- {
				if a.toks[c].text == "," {
					if residentWords[a.folded[c+1]] {
						end = c
					}
					break
				}
			}
			// (Not "Talking to the Ambassador, Malik said": the office is
			// whom the opening phrase tells, the name the sentence's subject.)
			if s := a.spanEnding(end); s != nil && s.kind == "title" && !used[s.title] && !talkingToRe.MatchString(a.text[:a.toks[s.start].start]) {
				tps = append(tps, s.title)
			}
		}
		k := m.end
		if k < len(a.toks) && a.toks[k].text == "," {
			k++
			if k < len(a.toks) && (a.folded[k] == "the" || a.folded[k] == "a" || a.folded[k] == "an") {
				k++
			}
			// "X and Y, the two countries' foreign ministers".
			for k < len(a.toks) && (passingModifiers[a.folded[k]] || a.folded[k] == "two" || a.folded[k] == "both" || a.folded[k] == "countries" || a.folded[k] == "sides" || a.toks[k].text == "'" || a.toks[k].text == "’") {
				k++
			}
			// "X, Tajik Deputy Foreign Minister Y and Z": an office before
			// a name is that name's, not an apposition of X; nor is "the
			// Ambassador of Iran and senior officials" after a titled X,
			// a list.
			// Nor is "During his meeting with X, the Head of State
			// pointed to ...": the opening phrase ends at the comma, and
			// the office is the subject of what follows.
			if s := a.spanAt(k); s != nil && s.kind == "title" && !used[s.title] &&
				!slices.ContainsFunc(a.people, func(n personMention) bool { return n.start == s.end }) &&
				!(len(tps) > 0 && s.end < len(a.toks) && a.folded[s.end] == "and") && !subjectAfterOpening(a, m.start, s.end) {
				tps = append(tps, s.title)
				// "X, Deputy Chairman of the Cabinet of Ministers and
				// Minister of Foreign Affairs of Turkmenistan": both
				// offices, the country written once at the end.
				if e := s.end; e+1 < len(a.toks) && a.folded[e] == "and" {
					if t := a.spanAt(e + 1); t != nil && t.kind == "title" && !used[t.title] && !slices.ContainsFunc(a.people, func(n personMention) bool { return n.start == t.end }) {
						tps = append(tps, t.title)
						if _, isCountry := d.g.countries[t.title.of]; isCountry && s.title.side == "" {
							if _, ok := d.g.countries[s.title.of]; !ok {
								s.title.side = t.title.of
							}
						}
					}
				}
			}
		}

		// "President X of Tajikistan": the country after the name.
		if len(tps) == 1 && tps[0].of == "" && tps[0].postID == "" && m.end+1 < len(a.toks) && a.folded[m.end] == "of" {
			if s := a.spanAt(m.end + 1); s != nil && s.kind == schema.KindCountry {
				c := *tps[0]
				c.of = s.id
				tps[0] = &c
			}
		}
		// A state's office of no stated country last: "Senator X, convenor
		// of the Pak-Kazakhstan Friendship Group" is a senator of the
		// group's country, not the dateline's.
		slices.SortStableFunc(tps, func(x, y *titlePhrase) int {
			// (Only a state's office waits: "Ambassador X, Pakistan's
			// National Coordinator" keeps the envoy's rank as it was.)
			known := func(tp *titlePhrase) int {
				if tp.of == "" && tp.postID == "" && tp.side == "" && tp.ofText == "" && tp.domain == "" && isNationalTitle(fold(tp.titles[0])) {
					return 1
				}
				return 0
			}
			return known(x) - known(y)
		})
		for _, tp := range tps {
			if tp.plural && !strings.HasSuffix(fold(tp.written), "ministers") {
				continue
			}
			if tp.plural {
				// Each name of the list before it holds it.
				for _, n := range a.people[:mi] {
					if n.end <= m.start && m.start-n.end <= 4 && n.p != m.p {
						d.holdTitle(n.p, tp)
					}
				}
			}
			used[tp] = true
			m.byTitle = true
			d.holdTitle(m.p, tp)
			if fold(tp.titles[0]) == "counterpart" {
				d.counterpartOffice(m.p, tp, a.people[:mi])
			}
			if tp.end == m.start {
				// "Ambassador Kistafin": one form, title and name.
				m.p.dropForm(tp.written)
				m.p.dropForm(a.textOf(m.start, m.end))
				m.p.addForm(a.textOf(tp.start, m.end))
			}
		}
	}
	for _, s := range a.spans {
		if s.kind == "title" && !used[s.title] {
			a.titles = append(a.titles, s.title)
		}
	}
}

// counterpartOffice reads "X met his Azerbaijani counterpart Y": Y holds
// X's office in Y's country (flagged for a check).
func (d *drafter) counterpartOffice(p *person, tp *titlePhrase, before []personMention) {
	if _, ok := d.g.countries[tp.of]; !ok {
		return
	}
	for k := len(before) - 1; k >= 0; k-- {
		// Of two offices ("Deputy Prime Minister and Foreign Minister"),
		// the last written names the portfolio a counterpart shares.
		posts := before[k].p.posts
		for hi := len(posts) - 1; hi >= 0; hi-- {
			h := posts[hi]
			pr := d.postRec(h.id)
			if _, ok := d.g.countries[pr.Of.ID]; !ok || pr.Of.ID == tp.of || envoyTitles[fold(pr.Title)] {
				continue
			}
			id, _ := d.resolvePost(&titlePhrase{titles: []string{pr.Title}, of: tp.of, written: tp.written}, pr.Title, p)
			if id != "" && !slices.ContainsFunc(p.posts, func(x heldPost) bool { return x.id == id }) {
				p.posts = append(p.posts, heldPost{id: id, check: fmt.Sprintf("%q: the office of %s, in %s", tp.written, before[k].p.name, d.nameOf(tp.of))})
			}
			return
		}
	}
}

// holdTitle gives a person the posts a title phrase names.
func (d *drafter) holdTitle(p *person, tp *titlePhrase) {
	if o := d.sameNamedOrgOf(tp.of, p); o != "" {
		// "a delegation of the National Assembly of the Republic of
		// Korea led by Member of the National Assembly X": X's office is
		// in the Korean body the report named, not in the Pakistani one
		// the records call so.
		c := *tp
		c.of = o
		tp = &c
	}
	if tp.former {
		// No tenure as of the report; an envoy stays of his country.
		if _, ok := d.g.countries[tp.of]; ok && envoyTitles[fold(tp.titles[0])] && p.nat == "" {
			p.nat = tp.of
		}
		return
	}
	for ti, t := range tp.titles {
		if tp.of == "" && tp.ofText == "" && tp.domain == "" && tp.postID == "" && slices.ContainsFunc(p.posts, func(h heldPost) bool {
			return strings.Contains(" "+fold(d.postRec(h.id).Title)+" ", " "+fold(t)+" ")
		}) {
			// "Speaker X" after "X, Speaker of the National Assembly",
			// "Minister X" after "Minister of Energy X".
			continue
		}
		if fold(t) == "counterpart" {
			// "his Kazakh counterpart X": of that country; the office is
			// the other side's, found by counterpartOffice.
			if _, ok := d.g.countries[tp.of]; ok && p.nat == "" {
				p.nat, p.explicitNat = tp.of, true
			}
			continue
		}
		own := tp
		if tp.domain != "" && ti < len(tp.titles)-1 {
			// "Deputy Prime Minister and Minister for Foreign Affairs": the
			// field is the last office's.
			c := *tp
			c.domain, c.domainOf = "", false
			own = &c
		}
		id, check := d.resolvePost(own, t, p)
		if id == "" {
			// "Ambassador X" of no country the report gives: no post,
			// still the one "the Ambassador" means later.
			if head := fold(t); !slices.Contains(p.titles, head) {
				p.titles = append(p.titles, head)
			}
			continue
		}
		if !slices.ContainsFunc(p.posts, func(h heldPost) bool { return h.id == id }) {
			p.posts = append(p.posts, heldPost{id: id, check: check})
		}
		bare := fold(d.postRec(id).Title)
		if !slices.Contains(p.titles, bare) {
			p.titles = append(p.titles, bare)
		}
		// "Deputy Minister of Trade X" is later "the deputy minister".
		if head := fold(t); !slices.Contains(p.titles, head) {
			p.titles = append(p.titles, head)
		}
		// "Deputy Minister of Foreign Affairs X" is later "the deputy
		// foreign minister", and the other way round.
		for _, v := range []string{strings.Replace(bare, "minister of foreign affairs", "foreign minister", 1), strings.Replace(bare, "foreign minister", "minister of foreign affairs", 1)} {
			if v != bare && !slices.Contains(p.titles, v) {
				p.titles = append(p.titles, v)
			}
		}
		for _, w := range []string{"minister", "ambassador", "governor", "commissioner", "chairman", "president", "speaker", "director", "senator"} {
			// A Prime Minister is not "the minister", a Vice President
			// not "the president".
			plain := strings.NewReplacer("prime minister", "", "vice president", "").Replace(bare)
			if strings.Contains(plain, w) && !slices.Contains(p.titles, w) {
				p.titles = append(p.titles, w)
			}
		}
		// A Prime Minister is later "the premier", a Deputy Prime Minister
		// or Deputy Chairman of the Cabinet of Ministers "the deputy
		// premier".
		if later := premierTitles[bare]; later != "" && !slices.Contains(p.titles, later) {
			p.titles = append(p.titles, later)
		} else if bare == "deputy chairman" && strings.Contains(d.postRec(id).Of.ID, "cabinet") && !slices.Contains(p.titles, "deputy premier") {
			p.titles = append(p.titles, "deputy premier")
		}
		// A country's President, King or Emir is later "the Head of
		// State"; its Prime Minister "the head of government".
		if _, ofCountry := d.g.countries[d.postRec(id).Of.ID]; ofCountry {
			if as := stateHeadTitles[bare]; as != "" && !slices.Contains(p.titles, as) {
				p.titles = append(p.titles, as)
			}
		}
		// The Chairman of a parliament's chamber is "the speaker".
		if (bare == "chairman" || bare == "chairperson" || bare == "chairwoman") && d.orgKind(d.postRec(id).Of.ID) == "parliament" && !slices.Contains(p.titles, "speaker") {
			p.titles = append(p.titles, "speaker")
		}
		pr := d.postRec(id)
		// A post placed under the dateline's country only because its
		// qualifier is unknown ("Akim of Almaty" in a report from Lahore)
		// says nothing of its holder's nationality.
		if p.nat == "" && !strings.HasSuffix(check, assumedUnderDateline) {
			c := pr.Of.ID
			if _, ok := d.g.countries[c]; !ok {
				c = d.g.countryOf(c)
				if c == "" {
					c = d.countryOfLocal(pr.Of.ID)
				}
				if c != "" && !envoyTitles[fold(pr.Title)] {
					p.natCheck = fmt.Sprintf("nationality assumed from the post %q", pr.Name)
				}
			}
			if c == "" && tp.side != "" {
				// "Turkmenistan's Deputy Chairman of the Cabinet of Ministers
				// X": an office of a body the records do not place, held
				// for the country named before it.
				c = tp.side
				p.natCheck = fmt.Sprintf("nationality from %q before the office %q", d.g.countries[tp.side].Name, pr.Name)
			}
			p.nat = c
		}
	}
	for _, t := range tp.titles {
		if c := d.titleCountry(fold(t)); p.nat == "" && c != "" {
			// "Mangystau region akim X", of a region the records do not
			// know: still an office of one country.
			p.nat = c
			p.natCheck = fmt.Sprintf("nationality assumed from the title %q, an office of %s", t, d.g.countries[c].Name)
		}
	}
	if fw := fold(tp.written); !strings.HasPrefix(fw, "the ") {
		p.addForm(tp.written)
	}
}

// sameNamedOrgOf is the body the draft defined, of p's country, that goes
// by the short name of the records' body id of another country; "" when
// there is none.
func (d *drafter) sameNamedOrgOf(id string, p *person) string {
	known, ok := d.g.orgs[id]
	if c := d.orgCountry(id); !ok || !p.explicitNat || c == "" || c == p.nat {
		return ""
	}
	names := append([]string{known.Name}, known.Aliases...)
	for _, o := range d.orgs {
		if o.known || o.country != p.nat || o.short == "" {
			continue
		}
		if slices.ContainsFunc(names, func(n string) bool { return fold(n) == fold(o.short) }) {
			return o.id
		}
	}
	return ""
}

// genericBody tells a folded name that any country's body may have:
// only the words of heads and fields ("ministry of energy", "national
// assembly", "senate").
func genericBody(name string) bool {
	for _, w := range strings.Fields(name) {
		if orgHeads[w] == "" && !isDomainWord(w) && !genericBodyWords[w] {
			return false
		}
	}
	return true
}

func (d *drafter) postRec(id string) schema.Post {
	if p, ok := d.posts[id]; ok {
		return p.rec
	}
	return d.g.posts[id]
}

// relativeOfRe is someone named by their relation to another: "the
// ambassador's predecessor".
var relativeOfRe = regexp.MustCompile(`^['’]s\s+(?:predecessor|successor|wife|husband|spouse|son|daughter|father|mother|brother|sister|deputy|aide|assistant|adviser|advisor|secretary|counterpart|envoy)\b`)

// federations are the countries whose ministers and secretaries are
// "federal" in English reports.
var federations = []string{"PK", "DE", "AT", "CH", "NG", "RU", "US", "BR", "AU", "CA", "MY", "AE", "IQ", "ET", "NP"}

// federalCountry is the one federation the report's text names ("" for
// none or several): whose "Federal Minister" an unqualified one is. It
// reads the whole text, so once a report.
func (d *drafter) federalCountry() string {
	if d.federal == nil {
		c := d.findFederalCountry()
		d.federal = &c
	}
	return *d.federal
}

func (d *drafter) findFederalCountry() string {
	text := d.rep.Title + "\n" + d.rep.Text
	found := ""
	for _, id := range federations {
		c, ok := d.g.countries[id]
		if !ok {
			continue
		}
		named := strings.Contains(text, c.Name) || c.Demonym != "" && strings.Contains(text, c.Demonym)
		if !named {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// embassyCountry is the country of the one country's embassies the
// report has named ("" for none, or embassies of two countries).
func (d *drafter) embassyCountry() string {
	c := ""
	for _, o := range d.orgs {
		if o.kind != "embassy" || o.country == "" {
			continue
		}
		if c != "" && c != o.country {
			return ""
		}
		c = o.country
	}
	return c
}

// envoysCountry is the country of the one country's envoys the report
// has named ("" when none, or envoys of two countries).
func (d *drafter) envoysCountry() string {
	c := ""
	for _, p := range d.people {
		if p.nat == "" || !slices.ContainsFunc(p.titles, func(t string) bool { return envoyTitles[t] }) {
			continue
		}
		if c != "" && c != p.nat {
			return ""
		}
		c = p.nat
	}
	return c
}

// titleCountry is the country whose office a title names when only one
// country (of those the report names, for akim) has it: an akim heads a
// Kazakh region or city (a Kyrgyz district in a report of Kyrgyzstan
// alone), a hokim an Uzbek one; "" for titles many countries use.
func (d *drafter) titleCountry(ft string) string {
	switch ft {
	case "akim":
		if _, kg := d.used["KG"]; kg {
			if _, kz := d.used["KZ"]; !kz {
				return "KG"
			}
		}
		return "KZ"
	case "hokim", "khokim":
		return "UZ"
	case "external affairs minister", "minister of external affairs":
		return "IN" // India's foreign minister, "EAM"
	}
	return ""
}

// visitsHost reports whether the sentence being read tells the holder of
// a title, named before it, travelling to the dateline's country.
func (d *drafter) visitsHost(tp *titlePhrase) bool {
	a := d.reading
	if a == nil || tp.start >= len(a.toks) {
		return false
	}
	// "looked forward to welcoming President X to Islamabad", "the visit
	// of President X to Pakistan": a guest to the dateline's country.
	if welcomingBeforeRe.MatchString(a.text[:a.toks[tp.start].start]) {
		if m := toPlaceAfterRe.FindStringSubmatchIndex(a.text[a.toks[min(tp.end, len(a.toks)-1)].start:]); m != nil {
			at := a.toks[min(tp.end, len(a.toks)-1)].start + m[2]
			for _, s := range a.spans {
				if a.toks[s.start].start == at && (s.kind == schema.KindCountry || s.kind == schema.KindPlace) && d.g.countryOf(s.id) == d.host {
					return true
				}
			}
		}
	}
	for _, m := range tripRe.FindAllStringIndex(a.text, -1) {
		if a.toks[tp.start].start >= m[0] {
			continue
		}
		for _, s := range a.spans {
			if at := a.toks[s.start].start; at >= m[1] && at <= m[1]+1 && (s.kind == schema.KindCountry || s.kind == schema.KindPlace) && d.g.countryOf(s.id) == d.host {
				return true
			}
		}
	}
	return false
}

// welcomingBeforeRe ends the words before a guest's office: "welcoming",
// "the visit of"; toPlaceAfterRe is "(name) to Islamabad" after it.
var (
	welcomingBeforeRe = regexp.MustCompile(`(?i)\b(?:welcom(?:e|es|ed|ing)|(?:the|a|his|her)\s+(?:[\w-]+\s+)?visit\s+of)\s+$`)
	toPlaceAfterRe    = regexp.MustCompile(`^(?:\s*[\p{L}'’.-]+){0,4}?\s+to\s+(?:the\s+)?(\p{Lu})`)
)

// assumedUnderDateline ends the check of a post whose qualifier the
// records do not know, put under the dateline's country.
// countryInName is the one country whose places, bodies or name the
// words of a name hold ("Atameken Almaty": Almaty, in Kazakhstan), or "".
func (d *drafter) countryInName(name string) string {
	ws := strings.Fields(fold(name))
	found := ""
	for i := range ws {
		for n := 1; n <= 3 && i+n <= len(ws); n++ {
			for _, e := range d.lookupName(strings.Join(ws[i:i+n], " ")) {
				c := ""
				switch e.kind {
				case schema.KindCountry, schema.KindPlace:
					c = cmp.Or(d.g.countryOf(e.id), d.countryOfLocal(e.id))
				case schema.KindOrganization:
					if n == 1 && d.genericElsewhere(ws[i], e.id) {
						continue
					}
					c = d.orgCountry(e.id)
				}
				if c != "" && found != "" && c != found {
					return ""
				}
				if c != "" {
					found = c
				}
			}
		}
	}
	return found
}

// envoyAbroad is the country an envoy of the dateline's country, named so
// far, is accredited to ("Ambassador of Kazakhstan to Brazil" from
// Astana), when there is one such country; "" otherwise.
func (d *drafter) envoyAbroad() string {
	found := ""
	for _, st := range d.seenTitles {
		if d.host == "" || st.of != d.host || st.toward == "" || st.toward == d.host || !slices.ContainsFunc(st.titles, func(t string) bool { return envoyTitles[fold(t)] }) {
			continue
		}
		if found != "" && found != st.toward {
			return ""
		}
		found = st.toward
	}
	return found
}

const assumedUnderDateline = "the post is placed under the dateline's country"

// resolvePost finds or defines the post one title of a phrase names.
func (d *drafter) resolvePost(tp *titlePhrase, title string, p *person) (string, string) {
	if tp.postID != "" {
		d.usePost(tp.postID)
		return tp.postID, ""
	}
	check := ""
	of, toward := tp.of, tp.toward
	ft := fold(title)
	if of == "" && tp.ofText == "" && tp.domain == "" && !isNationalTitle(ft) && !envoyTitles[ft] {
		// "the office of the Commissioner of Lahore, where Commissioner X":
		// the office the report named with that title.
		for i := len(d.seenTitles) - 1; i >= 0; i-- {
			st := d.seenTitles[i]
			if st != tp && st.of != "" && slices.ContainsFunc(st.titles, func(x string) bool { return fold(x) == ft }) {
				of, toward = st.of, st.toward
				check = fmt.Sprintf("%q: of what, taken from %q earlier in the report", tp.written, st.written)
				break
			}
		}
	}
	if of == "" && tp.ofText == "" {
		switch {
		case p != nil && p.nat != "" && (isNationalTitle(ft) || envoyTitles[ft] || tp.domain != ""):
			of = p.nat
		case (strings.HasPrefix(ft, "federal ") || ft == "secretary" && tp.domain != "" && !tp.domainOf && !strings.Contains(fold(tp.written), " for ")) && d.federalCountry() == "PK":
			// "Secretary Commerce X", written as Pakistan's civil service
			// writes its secretaries, and "Federal Minister for X".
			of = "PK"
			check = fmt.Sprintf("%q: the report does not say of which country; an office as Pakistan, the one federation it names, writes it", tp.written)
		case envoyTitles[ft] && d.embassyCountry() != "":
			// "The Embassy of Azerbaijan hosted a reception ... Ambassador
			// X": the envoy of the embassy's country.
			of = d.embassyCountry()
			check = fmt.Sprintf("%q: the report does not say of which country; taken as that of the embassy it names", tp.written)
		case strings.HasPrefix(ft, "federal ") && d.federalCountry() != "":
			of = d.federalCountry()
			check = fmt.Sprintf("%q: the report does not say of which country; a federal office of %s, the one federation it names", tp.written, d.g.countries[of].Name)
		case isNationalTitle(ft) && d.envoyAbroad() != "":
			// "ASTANA - The Ambassador of Kazakhstan to Brazil X presented
			// his credentials to President Y": a report from home of its
			// envoy abroad tells the offices of the country he serves in.
			of = d.envoyAbroad()
			check = fmt.Sprintf("%q: the report does not say of which country; taken as the one the dateline's envoy is accredited to", tp.written)
		case (isNationalTitle(ft) || tp.domain != "") && d.host != "" && d.visitsHost(tp):
			// "Minister of State X, who is on a visit to Turkmenistan,
			// ...", datelined Ashgabat: not an office of the host.
			return "", ""
		case (isNationalTitle(ft) || tp.domain != "") && d.host != "":
			of = d.host
			check = fmt.Sprintf("%q: the report does not say of which country; taken as the dateline's", tp.written)
		case envoyTitles[ft] && p != nil && p.nat != "":
			of = p.nat
		case d.titleCountry(ft) != "" && !placeHeads[ft]:
			// "External Affairs Minister X": a state's office only one
			// country has (an akim's is of a place, which stays unknown).
			of = d.titleCountry(ft)
		default:
			return "", ""
		}
	}
	if of == "" && tp.ofCountry != "" {
		// "Chief of the Naval Staff of Pakistan": a body the records do
		// not know, of a country they do.
		of = tp.ofCountry
	}
	if c := d.envoysCountry(); of == "" && c != "" && fold(tp.ofText) == "embassy" {
		// "The Commercial Counsellor of the Embassy": the embassy of the
		// country whose envoy the report names.
		of = c
		check = fmt.Sprintf("%q: the Embassy taken as that of %s, whose envoy the report names", tp.written, d.g.countries[c].Name)
	}
	if c := d.titleCountry(ft); of == "" && c != "" {
		// "Mangystau region akim X": an office only one country has.
		of = c
		check = fmt.Sprintf("%q: %q is not in the records; %s is an office of %s", tp.written, tp.ofText, title, d.g.countries[c].Name)
	}
	if c := d.countryInName(tp.ofText); of == "" && c != "" {
		// "director of the Atameken Almaty branch": a body the records do
		// not know, named after a place of one country.
		of = c
		check = fmt.Sprintf("%q: %q is not in the records; an office of %s, which its name points to", tp.written, tp.ofText, d.g.countries[c].Name)
	}
	if of == "" {
		// A qualifier the records do not know: keep it in the post's name.
		of = d.host
		if of == "" {
			return "", ""
		}
		check = fmt.Sprintf("%q: %q is not in the records; %s", tp.written, tp.ofText, assumedUnderDateline)
	}
	if envoyTitles[ft] && toward == "" && tp.towardText == "" {
		if _, isCountry := d.g.countries[of]; isCountry && d.host != "" && d.host != of {
			toward = d.host
			check = fmt.Sprintf("%q: accredited to the dateline's country, assumed", tp.written)
		}
	}
	full := title
	if tp.domain != "" {
		full = title + " for " + tp.domain
		if tp.domainOf {
			full = title + " of " + tp.domain
		}
	}
	ofName := d.nameOf(of)
	if tp.ofText != "" {
		ofName = tp.ofText
	}
	// Known posts: by name or alias, then by title, holder body and country.
	cands := []string{full + " of " + ofName, full}
	if tp.towardText != "" {
		// "Permanent Representative of Kazakhstan to the OSCE": that body's
		// envoy only.
		cands = []string{full + " of " + ofName + " to " + tp.towardText}
	}
	if toward != "" {
		cands = append([]string{full + " of " + ofName + " to " + d.nameOf(toward)}, cands...)
	}
	// "Honorary Consul of Kazakhstan in Karachi": that city's post only.
	inCity := ""
	if tp.at != "" && tp.at != toward {
		inCity = " in " + d.nameOf(tp.at)
		cands = []string{full + " of " + ofName + inCity}
	}
	if tp.domain != "" && (title == "Minister" || title == "Federal Minister") {
		// A Minister of a field, never its Secretary (nor its Deputy).
		cands = append(cands, "minister for "+tp.domain, "federal minister for "+tp.domain)
		// "Minister of Foreign Affairs of Uzbekistan" is the "Foreign
		// Minister of Uzbekistan" the records know.
		if f := strings.TrimSuffix(tp.domain, " Affairs"); !strings.ContainsAny(f, ",&") && !strings.Contains(f, " and ") && strings.HasSuffix(title, "Minister") {
			cands = append(cands, strings.TrimSuffix(title, "Minister")+f+" Minister of "+ofName)
		}
	}
	for _, c := range cands {
		for _, e := range d.lookupName(fold(c)) {
			// (With a field, a post of the office's country, or of none.)
			if e.kind == schema.KindPost && (tp.domain != "" && slices.Contains([]string{"", d.g.countryOf(of)}, d.g.countryOf(e.id)) || d.postRec(e.id).Of.ID == of) {
				d.usePost(e.id)
				return e.id, check
			}
		}
	}
	for _, id := range d.postsTitled(full, tp.domain) {
		gp := d.postRec(id)
		// The same field, under the same office: "Federal Minister for
		// Interior" is not its Secretary's post.
		if fold(gp.Title) != fold(full) && !(tp.domain != "" && strings.HasSuffix(fold(gp.Title), fold(tp.domain)) && strings.Contains(fold(gp.Title), ft)) {
			continue
		}
		if inCity != "" && !strings.HasSuffix(fold(gp.Name), fold(inCity)) {
			continue
		}
		if gp.Of.ID == of || d.g.countryOf(gp.Of.ID) == of && tp.domain != "" {
			if toward == "" || gp.Toward.ID == toward || gp.Toward.IsZero() {
				d.usePost(id)
				return id, check
			}
		}
	}
	if tp.domain != "" && tp.ofText == "" && strings.Contains(tp.domain, " and ") {
		// "Minister for Privatisation, Board of Investment and
		// Communications": each field may be a post the records know.
	}
	// A new post.
	rec := schema.Post{Name: full + " of " + ofName, Title: full, Of: schema.Ref{ID: of}}
	if tp.ofText != "" {
		rec.Name = full + " of " + tp.ofText
	}
	if tp.towardText != "" {
		rec.Name += " to " + tp.towardText
	}
	if toward != "" {
		rec.Toward = schema.Ref{ID: toward}
		if inCity != "" {
			rec.Name += inCity
		} else {
			rec.Name += " to " + d.nameOf(toward)
		}
	}
	base := slug(full) + "-of-" + of
	if _, isCountry := d.g.countries[of]; isCountry {
		base = strings.ToLower(of) + "-" + slug(full)
		if tp.ofText != "" {
			base += "-of-" + slug(tp.ofText)
		}
		if tp.towardText != "" {
			base += "-to-" + slug(strings.TrimPrefix(strings.TrimPrefix(tp.towardText, "the "), "The "))
		}
		if inCity != "" {
			base += "-in-" + slug(d.nameOf(tp.at))
		} else if toward != "" {
			base += "-to-" + strings.ToLower(toward)
		}
	}
	for id, pp := range d.posts {
		if !pp.known && pp.rec.Name == rec.Name {
			return id, check
		}
	}
	rec.ID = d.newID(base)
	d.posts[rec.ID] = &post{rec: rec}
	d.addLocal(schema.KindPost, rec.ID, rec.Name)
	return rec.ID, check
}

// postsTitled lists, sorted, the posts of the records and of the draft
// with a title, or (for a minister's field) a title ending in the field.
func (d *drafter) postsTitled(title, domain string) []string {
	ids := slices.Clone(d.g.postsByTitle[fold(title)])
	if domain != "" {
		for t, ps := range d.g.postsByTitle {
			if strings.HasSuffix(t, fold(domain)) {
				ids = append(ids, ps...)
			}
		}
	}
	for id, p := range d.posts {
		if !p.known && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func (d *drafter) usePost(id string) {
	if _, ok := d.posts[id]; !ok {
		d.posts[id] = &post{rec: d.g.posts[id], known: true}
	}
}

// nameOf is the name of a country, place or organization.
func (d *drafter) nameOf(id string) string {
	if c, ok := d.g.countries[id]; ok {
		return c.Name
	}
	if p, ok := d.g.places[id]; ok {
		return p.Name
	}
	for _, p := range d.places {
		if p.ID == id {
			return p.Name
		}
	}
	for _, o := range d.orgs {
		if o.id == id {
			return "the " + o.name
		}
	}
	if o, ok := d.g.orgs[id]; ok {
		return "the " + o.Name
	}
	return id
}

// pronouns resolves "He", "the envoy", "the minister" to the person the
// report is talking about, and a bare office ("the Governor of Sindh") to
// whoever held it, by the report or by the records.
func (d *drafter) pronouns(a *analysed) {
	for _, tp := range a.titles {
		if tp.plural {
			continue
		}
		// "the ambassador's predecessor, Y": someone else, named after.
		if tp.end < len(a.toks) && (strings.HasPrefix(a.text[a.toks[tp.end-1].end:], "'s ") || strings.HasPrefix(a.text[a.toks[tp.end-1].end:], "’s ")) && relativeOfRe.MatchString(a.text[a.toks[tp.end-1].end:]) {
			continue
		}
		// "assumed the office of Speaker": the office, no one's mention.
		if st := tp.start; st >= 2 && a.folded[st-1] == "of" && officeNouns[a.folded[st-2]] {
			continue
		}
		// "the Institute for Strategic Studies under the President of
		// Uzbekistan": the end of a body's name, not its holder.
		if st := tp.start; st >= 2 && a.folded[st-1] == "the" && a.folded[st-2] == "under" {
			continue
		}
		var p *person
		check := ""
		if fold(tp.titles[0]) == "head" && headOfPlaceRe.MatchString(a.text[a.toks[tp.end-1].end:]) {
			// "the head of the region": the one the report named as the
			// region's akim, khokim or governor; of several, the traveller
			// the report follows, else the first named (flagged).
			var heads []*person
			for _, q := range d.people {
				// (An office the draft could not place still names him:
				// "the khokim of the region X".)
				if slices.ContainsFunc(q.titles, func(t string) bool { return placeHeads[t] }) || slices.ContainsFunc(q.forms, func(f string) bool {
					w := strings.Fields(fold(f))
					return len(w) > 1 && placeHeads[w[0]]
				}) {
					heads = append(heads, q)
				}
			}
			switch {
			case len(heads) == 1:
				p = heads[0]
			case slices.Contains(heads, d.traveller):
				p = d.traveller
			case len(heads) > 1:
				p = slices.MinFunc(heads, func(x, y *person) int { return x.first - y.first })
				check = fmt.Sprintf("%q: of the heads of places the report names, the first", a.textOf(tp.start, tp.end)+" of the region")
			}
		}
		switch {
		case p != nil:
		case tp.of == "" && tp.ofText == "" && tp.domain == "" && tp.postID == "":
			// "the envoy": someone the report named with that title.
			p = d.byTitle(fold(tp.titles[0]), a)
		default:
			id, _ := d.resolvePostQuiet(tp)
			if id != "" {
				for _, q := range d.people {
					if slices.ContainsFunc(q.posts, func(h heldPost) bool { return h.id == id }) {
						p = q
						break
					}
				}
				if p == nil {
					date := d.dlDate.value
					if date == "" && !d.pub.IsZero() {
						date = day(d.pub)
					}
					if who, why := d.g.holder(id, date); who != "" {
						p = d.personByID(who)
						check = fmt.Sprintf("%q resolved by the records: %s", tp.written, why)
						p.posts = appendPost(p.posts, heldPost{id: id, check: check})
						d.usePost(id)
					} else if name := d.later[id]; name != "" {
						if p = d.findPerson(name, false); p == nil {
							p = d.newPerson(name, a.idx)
						}
						check = fmt.Sprintf("%q: %s, whom the report names with the office later", tp.written, name)
						p.posts = appendPost(p.posts, heldPost{id: id})
					}
				}
			}
		}
		if p == nil && tp.side != "" && tp.ofText == "" && tp.domain == "" && tp.toward == "" {
			// "the Azerbaijani minister": the one person of that country
			// the report named with that title.
			p = d.byTitleOf(fold(tp.titles[0]), tp.side)
		}
		if p == nil && strings.Contains(fold(tp.written), " at ") && tp.domain == "" && !strings.Contains(fold(tp.written), " at large") {
			// "received the ambassador at PHD House": where, not whose;
			// the one the report named with that title.
			p = d.byTitle(fold(tp.titles[0]), a)
		}
		if p == nil {
			// "Fidan receives Pakistan's Ishaq Dar", over "received
			// Pakistan's deputy prime minister": the one of that country
			// the headline names and the body never does.
			if full := d.headlineOnlyOf(cmp.Or(tp.of, tp.side)); full != "" {
				p = d.findPerson(full, false)
				if p == nil {
					p = d.newPerson(full, a.idx)
					p.addForm(full)
					p.nat, p.explicitNat = cmp.Or(tp.of, tp.side), true
				}
				check = fmt.Sprintf("%q: %s, whom only the headline names", tp.written, full)
			}
		}
		if p == nil {
			if tp.of != "" || tp.ofText != "" || tp.domain != "" {
				// An office the records cannot resolve: kept as written.
				a.offices = append(a.offices, tp)
			}
			continue
		}
		if !strings.HasPrefix(fold(tp.written), "the ") || tp.of != "" {
			p.addForm(tp.written)
		} else {
			p.addForm(tp.written)
		}
		if check != "" && p.check == "" {
			p.check = check
		}
		a.people = append(a.people, personMention{p: p, start: tp.start, end: tp.end, byTitle: true})
	}
	// "the Azerbaijani leader": the one head of state or government of
	// that country the report named.
	// "the Kazakh diplomat": its one envoy the report named.
	for _, sp := range a.spans {
		if sp.kind == schema.KindCountry && sp.end < len(a.toks) && (a.folded[sp.end] == "general" || a.folded[sp.end] == "admiral") {
			// "the Kazakh general": the one of that country the report
			// named with that rank.
			var p *person
			for _, q := range d.people {
				if q.nat == sp.id && slices.ContainsFunc(q.honorifics, func(h string) bool {
					return fold(strings.TrimSuffix(h, ".")) == a.folded[sp.end] || fold(strings.TrimSuffix(h, ".")) == "gen" && a.folded[sp.end] == "general"
				}) {
					if p != nil {
						p = nil
						break
					}
					p = q
				}
			}
			if p != nil {
				p.addForm(a.textOf(sp.start, sp.end+1))
				a.people = append(a.people, personMention{p: p, start: sp.start, end: sp.end + 1, byTitle: true})
			}
			continue
		}
		if sp.kind != schema.KindCountry || sp.end >= len(a.toks) || a.folded[sp.end] != "leader" && a.folded[sp.end] != "diplomat" {
			continue
		}
		heads := []string{"president", "prime minister"}
		if a.folded[sp.end] == "diplomat" {
			heads = []string{"ambassador", "high commissioner", "consul general", "consul", "charge d affaires", "envoy", "counsellor"}
		}
		var p *person
		for _, h := range heads {
			if p = d.byTitleOf(h, sp.id); p != nil {
				break
			}
		}
		if p != nil {
			p.addForm(a.textOf(sp.start, sp.end+1))
			a.people = append(a.people, personMention{p: p, start: sp.start, end: sp.end + 1, byTitle: true})
		}
	}
	// "a trilateral meeting of the leaders of Azerbaijan, Türkiye and
	// Pakistan": the one head of state or government of each the report
	// named.
	for k := 0; k+2 < len(a.folded); k++ {
		j := k + 2
		switch {
		case (a.folded[k] == "leaders" || a.folded[k] == "presidents") && a.folded[k+1] == "of":
		case a.folded[k] == "heads" && j+2 < len(a.folded) && a.folded[k+1] == "of" && a.folded[k+2] == "state" && a.folded[k+3] == "of":
			j = k + 4
		default:
			continue
		}
		for j < len(a.toks) {
			if a.folded[j] == "the" || a.folded[j] == "and" || a.toks[j].text == "," {
				j++
				continue
			}
			sp := a.spanAt(j)
			if sp == nil || sp.kind != schema.KindCountry {
				break
			}
			for _, h := range []string{"president", "prime minister"} {
				if p := d.byTitleOf(h, sp.id); p != nil {
					if !slices.ContainsFunc(a.people, func(m personMention) bool { return m.p == p }) {
						// At "leaders", all of them: one party of the clause.
						a.people = append(a.people, personMention{p: p, start: k, end: k + 1, byTitle: true})
					}
					break
				}
			}
			j = sp.end
		}
	}
	// "Later in the day, the diplomat visited ...": the one envoy the
	// report named. "On Monday, the Admiral called on ...": the one the
	// report named with that rank.
	for k := 1; k < len(a.folded); k++ {
		rank := rankAnaphors[a.folded[k]]
		if a.folded[k] != "diplomat" && rank == "" || a.folded[k-1] != "the" || a.covered(k) {
			continue
		}
		if rank != "" && (!isCap(a.toks[k].text) || k+1 < len(a.toks) && (isWord(a.toks[k+1].text) && isCap(a.toks[k+1].text) || a.folded[k+1] == "of")) {
			continue // "the General Assembly", "the Admiral of the Fleet"
		}
		var envoys []*person
		for _, q := range d.people {
			if rank != "" && slices.ContainsFunc(q.honorifics, func(h string) bool { return rankAnaphors[fold(strings.TrimSuffix(h, "."))] == rank }) ||
				rank == "" && slices.ContainsFunc(q.titles, func(t string) bool { return envoyTitles[t] || t == "consul general" }) {
				envoys = append(envoys, q)
			}
		}
		var p *person
		if len(envoys) == 1 {
			p = envoys[0]
		}
		// Of several, the one named last.
		for i := len(d.sents) - 1; p == nil && len(envoys) > 1 && i >= 0 && i >= len(d.sents)-3; i-- {
			for x := len(d.sents[i].people) - 1; x >= 0; x-- {
				if slices.Contains(envoys, d.sents[i].people[x].p) {
					p = d.sents[i].people[x].p
					break
				}
			}
		}
		if p != nil {
			p.addForm(a.textOf(k-1, k+1))
			a.people = append(a.people, personMention{p: p, start: k - 1, end: k + 1, byTitle: true})
		}
	}
	// "He was received by ...": the subject of the sentence before.
	if len(a.toks) > 0 && (a.folded[0] == "he" || a.folded[0] == "she") && a.toks[0].text != "H.E." && d.lastSubj != nil {
		a.people = append(a.people, personMention{p: d.lastSubj, start: 0, end: 1})
	}
	slices.SortFunc(a.people, func(x, y personMention) int { return x.start - y.start })
	if len(a.people) > 0 {
		d.lastSubj = a.people[0].p
		// The one named before the trip's verb: not Y of "the delegation
		// travelled to Bursa, where a meeting was held with Y".
		if loc := tripRe.FindStringIndex(a.text); loc != nil && a.toks[a.people[0].start].start < loc[0] {
			d.traveller = a.people[0].p
		}
	}
}

func appendPost(ps []heldPost, h heldPost) []heldPost {
	if slices.ContainsFunc(ps, func(x heldPost) bool { return x.id == h.id }) {
		return ps
	}
	return append(ps, h)
}

// laterHolders are, when the report tells an office bare that it names a
// holder of only after, the holders of the posts the report defines.
func (d *drafter) laterHolders() map[string]string {
	bare := false
	for _, a := range d.sents {
		if len(a.offices) > 0 {
			bare = true
		}
	}
	if !bare {
		return nil
	}
	out := map[string]string{}
	for _, p := range d.people {
		for _, h := range p.posts {
			out[h.id] = p.name
		}
	}
	return out
}

// resolvePostQuiet finds the post a bare office names without defining one.
func (d *drafter) resolvePostQuiet(tp *titlePhrase) (string, string) {
	if tp.postID != "" {
		return tp.postID, ""
	}
	n := len(d.posts)
	saved := make(map[string]*post, n)
	for k, v := range d.posts {
		saved[k] = v
	}
	id, why := d.resolvePost(tp, tp.titles[0], nil)
	if _, known := d.g.posts[id]; !known && d.later[id] == "" {
		if _, had := saved[id]; !had {
			d.posts = saved
			delete(d.usedIDs, id) // free for the post when someone holds it
			return "", ""
		}
	}
	return id, why
}

// byTitleOf finds the one person of a country the report named with a
// title.
func (d *drafter) byTitleOf(t, country string) *person {
	var found *person
	for _, p := range d.people {
		if p.nat == country && slices.Contains(p.titles, t) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	if found == nil {
		// "the Iranian deputy minister": the one Iranian whose title has
		// those words, first and last ("Deputy Foreign Minister").
		for _, p := range d.people {
			if p.nat == country && slices.ContainsFunc(p.titles, func(x string) bool { return titleWithin(x, t) }) {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// titleWithin says whether the words of the short title t are, in order,
// words of title x, which begins and ends as t does.
func titleWithin(x, t string) bool {
	xs, ts := strings.Fields(x), strings.Fields(t)
	if len(ts) < 2 || len(xs) <= len(ts) || xs[0] != ts[0] || xs[len(xs)-1] != ts[len(ts)-1] {
		return false
	}
	i := 0
	for _, w := range xs {
		if i < len(ts) && w == ts[i] {
			i++
		}
	}
	return i == len(ts)
}

// headlineOnlyOf is the full name the headline gives someone of a country
// ("Pakistan's Ishaq Dar") whose surname the body never writes; "" when
// there is none, or more than one.
func (d *drafter) headlineOnlyOf(country string) string {
	if _, ok := d.g.countries[country]; !ok {
		return ""
	}
	if d.bodyWords == nil {
		d.bodyWords = map[string]bool{}
		for _, w := range strings.FieldsFunc(fold(d.rep.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			d.bodyWords[w] = true
		}
	}
	found := ""
	for _, w := range strings.Fields(d.rep.Title) {
		sur := fold(strings.Trim(w, ",;:'\"‘’“”"))
		full, nat := d.headlineName(sur)
		// (A word of the body: "Dar" is not in "standard".)
		if full == "" || nat != country || d.bodyWords[sur] {
			continue
		}
		if found != "" && found != full {
			return ""
		}
		found = full
	}
	return found
}

// subjectAfterOpening says whether an office ending at token end, after
// "NAME," at start, begins the main clause after a sentence's opening
// phrase: the sentence opens with a preposition, has no comma before the
// name, and a word in lower case that is no preposition follows the office.
func subjectAfterOpening(a *analysed, start, end int) bool {
	if len(a.toks) == 0 || !openingWords[a.folded[0]] || end >= len(a.toks) {
		return false
	}
	for i := 0; i < start; i++ {
		if a.toks[i].text == "," {
			return false
		}
	}
	t := a.toks[end].text
	return isWord(t) && !isCap(t) && !linkWords[a.folded[end]]
}

// byTitle finds the one person of the report holding a title. When
// several do, "the minister held talks with Minister X" is none of those
// the sentence names, "the minister" is sooner the Minister of Economy
// than a Deputy Minister, and in a visit's story the traveller.
func (d *drafter) byTitle(t string, a *analysed) *person {
	var found []*person
	for _, p := range d.people {
		if slices.Contains(p.titles, t) {
			found = append(found, p)
		}
	}
	if len(found) > 1 {
		found = slices.DeleteFunc(found, func(p *person) bool {
			return slices.ContainsFunc(a.people, func(m personMention) bool { return m.p == p })
		})
	}
	if len(found) > 1 {
		plain := slices.DeleteFunc(slices.Clone(found), func(p *person) bool {
			return !slices.ContainsFunc(p.titles, func(x string) bool { return x == t || strings.HasPrefix(x, t+" ") })
		})
		if len(plain) > 0 {
			found = plain
		}
	}
	if len(found) > 1 && len(a.people) > 0 && d.traveller != nil && slices.Contains(found, d.traveller) {
		// "the minister met X", told of a visit: the traveller the report
		// follows (alone, "The minister said" may be either).
		found = []*person{d.traveller}
	}
	if first := d.firstNamed(); len(found) > 1 && len(a.people) > 0 && first != nil && slices.Contains(found, first) {
		// "On Wednesday, the president met Y", in a report whose lede is
		// President X's: the one the report follows. The lede may name
		// no one ("The Embassy celebrated Pakistan Day ... Ambassador X
		// welcomed"): the first one named.
		found = []*person{first}
	}
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// delegationComprisingRe opens a sentence with a delegation and, in an
// apposition, its members; commaVerbRe is where the apposition ends and
// the sentence's verb begins (", held a meeting").
var (
	delegationComprisingRe = regexp.MustCompile(`(?i)^\s*the\s+(?:[\w-]+\s+){0,2}delegation,\s+(?:comprising|consisting\s+of|including|made\s+up\s+of|which\s+(?:included|comprised))\s+`)
	commaVerbRe            = regexp.MustCompile(`,\s+(?:also\s+)?(?:held|met|called|visited|had|toured|signed|discussed|attended|was|were)\b`)
)

// underHeads are what a state's agency is "under the ..." of, in its name.
var underHeads = set("president", "cabinet", "government", "prime", "ministry", "council")

// firstNamed is the first person the report names, nil if none yet.
func (d *drafter) firstNamed() *person {
	for _, a := range d.sents {
		if len(a.people) > 0 {
			return a.people[0].p
		}
	}
	return nil
}

// noteUses records the forms used for known countries, places and
// organizations, for the draft's mentions.
func (d *drafter) noteUses(a *analysed) {
	for _, s := range a.spans {
		d.noteUse(a, s)
	}
}

func (d *drafter) noteUse(a *analysed, s span) {
	switch s.kind {
	case schema.KindCountry, schema.KindPlace, schema.KindOrganization:
		if s.id == "" {
			return
		}
		if s.kind == schema.KindOrganization {
			if o := d.findOrgID(s.id); o != nil {
				o.addForm(a.textOf(s.start, s.end))
				return
			}
		}
		f := a.textOf(s.start, s.end)
		if !slices.Contains(d.used[s.id], f) {
			d.used[s.id] = append(d.used[s.id], f)
		}
	}
}

// findOrgID is the draft's organization with an id, if it has it.
func (d *drafter) findOrgID(id string) *org {
	for _, o := range d.orgs {
		if o.id == id {
			return o
		}
	}
	return nil
}

// orgKind is the kind of an organization the records or the report
// define, or "".
func (d *drafter) orgKind(id string) string {
	if o, ok := d.g.orgs[id]; ok {
		return o.Kind
	}
	if o := d.findOrgID(id); o != nil {
		return o.kind
	}
	return ""
}

// orgIn reports whether a known organization sits in a place.
func (d *drafter) orgIn(org, place string) bool {
	o := d.g.orgs[org]
	for _, id := range []string{o.City.ID, o.Country.ID} {
		for cur, n := id, 0; cur != "" && n < 10; n++ {
			if cur == place {
				return true
			}
			cur = d.g.places[cur].In.ID
		}
	}
	return false
}
