package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold lowercases s and strips accents, so that "Paçaci" and "Pacaci" (or
// "Türkiye" and "Turkiye") compare equal. Hyphens and apostrophes become
// spaces: "ul-Haq" and "ul Haq" are one name.
func fold(s string) string {
	var b strings.Builder
	space := true
	s = possessiveRe.ReplaceAllString(s, "")
	rs := []rune(norm.NFD.String(s))
	for i, r := range rs {
		// "A.Rakhimov": an initial glued to a name is a word of its own
		// ("U.S.", "H.E." stay one).
		if r == '.' && i+2 < len(rs) && unicode.IsUpper(rs[i+1]) && unicode.IsLower(rs[i+2]) && !space {
			b.WriteByte(' ')
			space = true
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ı':
			r = 'i'
		case r == '’' || r == '\'' || r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		if r == '.' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// possessiveRe is a possessive "'s", which names leave out as often as
// they keep it ("Governor's House", "Governor House").
var possessiveRe = regexp.MustCompile(`['’]s\b`)

// isPossessive reports whether a token is a possessive "'s" (tokenRe makes
// it a token of its own).
func isPossessive(t string) bool { return t == "'s" || t == "’s" }

// token is one word or punctuation mark of a sentence, with its byte span.
type token struct {
	text       string
	start, end int // byte offsets in the sentence
}

// tokenRe splits words (letters, digits, inner hyphens and apostrophes),
// dotted abbreviations ("H.E.", "Y."), possessive "'s" and single marks.
var tokenRe = regexp.MustCompile(`(?:\p{Lu}\.){2,}|(?:Ch|Sh|Zh|Kh|Ts|Yu|Ya)\.|\p{Lu}\.|['’]s\b|[\p{L}\p{M}\p{N}]+(?:[-&][\p{L}\p{M}\p{N}]+|['’][\p{L}\p{M}\p{N}]{2,})*|\S`)

// digraphInitials are initials of two letters, as Russian and Central
// Asian names are transliterated: "Sh.Mirziyoyev", "Ch. Khurelbaatar".
var digraphInitials = set("Ch", "Sh", "Zh", "Kh", "Ts", "Yu", "Ya")

// foldedDigraphs are digraphInitials folded.
var foldedDigraphs = set("ch", "sh", "zh", "kh", "ts", "yu", "ya")

// isInitial reports whether a token is an initial: "Y.", "Sh.".
func isInitial(t string) bool {
	return len(t) == 2 && t[1] == '.' || len(t) == 3 && t[2] == '.' && digraphInitials[t[:2]]
}

func tokenize(s string) []token {
	var out []token
	for _, m := range tokenRe.FindAllStringIndex(s, -1) {
		out = append(out, token{text: s[m[0]:m[1]], start: m[0], end: m[1]})
	}
	return out
}

// isCap reports whether a word starts with an upper-case letter.
func isCap(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// isWord reports whether a token is a word (not punctuation).
func isWord(w string) bool {
	for _, r := range w {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// allCaps reports whether a word of two or more letters is all upper case
// ("KU", "COMSTECH"): an abbreviation, never part of a person's name.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// sentence is one sentence of the report with its paragraph number.
type sentence struct {
	text string
	para int
	toks []token
	// rewrites maps what officeInBrackets wrote to what the report says,
	// so that the draft's forms are the report's own.
	rewrites map[string]string
}

var blankLineRe = regexp.MustCompile(`\n\s*\n`)

// boilerplateRe is a line a web page adds around a report, not the
// report's words: a byline of no one ("By Staff Reporter", "RECORDER
// REPORT", "Our Correspondent"; a named author stays), publication stamps, share buttons, "Also
// Read:" links, tags, photo captions, copyright.
var boilerplateRe = regexp.MustCompile(`(?i)^\s*(?:by\s+(?:(?:our|staff|special|web|news|monitoring|a)\s+)*(?:reporter|correspondent|desk|staff|agencies|bureau|writer)\b.*|(?:[\p{L}-]+\s+){0,2}(?:report|reporter|correspondent|desk|bureau)|(?:published|updated|posted|last\s+updated)\s*:.*|(?:(?:share|tweet|email|whatsapp|facebook|twitter|messenger|telegram|linkedin|vk|reddit|print|copy\s+link|on|via|x|\||·|•)\s*)+|(?:also\s+read|read\s+more|read\s+also|related|see\s+also)\s*:.*|tags?\s*:.*|(?:photo|file\s+photo|picture|image|caption)\s*[:|-].*|(?:©|copyright\b).*)\s*$`)

// correctionRe opens a correction notice.
var correctionRe = regexp.MustCompile(`(?i)^\s*(?:(?:correction|clarification|editor['’]?s\s+note)\s*:|an\s+earlier\s+version\s+of\s+this\s+(?:report|article|story))`)

// blankBoilerplate blanks such lines, byte for byte, so that what is left
// keeps its offsets in the text as given (the draft page marks mentions
// by them).
func blankBoilerplate(text string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		body := strings.TrimRight(l, "\r\n")
		// (A correction notice is about the report, and tells no contact
		// of its own: "Correction: An earlier version of this report said
		// the call took place on Monday.")
		if strings.TrimSpace(body) != "" && (boilerplateRe.MatchString(body) && !sentenceEndRe.MatchString(strings.TrimSpace(body)) || correctionRe.MatchString(body)) {
			lines[i] = strings.Repeat(" ", len(body)) + l[len(body):]
		}
	}
	return strings.Join(lines, "")
}

// unshout rewrites a paragraph written in capitals ("EARLIER ON SUNDAY,
// THE FOREIGN SECRETARY SPOKE WITH ... ASKAR TEMIRBEKOV") in the case the
// rest of the report writes its words, so that names stand out as they do
// elsewhere: a word the report writes elsewhere takes that form, a short
// function word is lower case, any other word is capitalized after a
// capitalized word (a name after its title, most likely) or when the
// records know it as a name (known), and lower case otherwise. Letters
// keep their byte length, so offsets hold.
func unshout(text string, known func(string) bool) string {
	lines := strings.SplitAfter(text, "\n")
	shouting := func(l string) bool {
		up, low := 0, 0
		for _, r := range l {
			switch {
			case unicode.IsUpper(r):
				up++
			case unicode.IsLower(r):
				low++
			}
		}
		return up >= 20 && up >= 9*low
	}
	// A heading in capitals over an item ("PAKISTAN DAY RECEPTION") stays
	// as written: splitSentences tells it by its capitals.
	heading := func(i int) bool {
		return isHeadingLine(lines[i]) && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != ""
	}
	seen := map[string]string{}
	for _, l := range lines {
		if shouting(l) {
			continue
		}
		for _, w := range wordRe.FindAllString(l, -1) {
			k := strings.ToLower(w)
			if _, ok := seen[k]; !ok && w != strings.ToUpper(w) {
				seen[k] = w
			}
		}
	}
	changed := false
	for i, l := range lines {
		if !shouting(l) || heading(i) {
			continue
		}
		changed = true
		prevCap := false
		lines[i] = wordRe.ReplaceAllStringFunc(l, func(w string) string {
			k := strings.ToLower(w)
			var out string
			switch {
			case seen[k] != "":
				out = seen[k]
			case !functionWords[k] && known(strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "’s")):
				// A country, place or name the records know ("KAZAKHSTAN’S").
				r := []rune(k)
				out = strings.ToUpper(string(r[0])) + string(r[1:])
			case functionWords[k] || !prevCap:
				out = k
			default:
				// Unseen after a capitalized word ("... Foreign Minister
				// ASKAR TEMIRBEKOV"): a name's, capitalized.
				r := []rune(k)
				out = strings.ToUpper(string(r[0])) + string(r[1:])
			}
			if len(out) != len(w) {
				out = w // a letter whose cases differ in length ("İ")
			}
			r := []rune(out)
			prevCap = unicode.IsUpper(r[0])
			return out
		})
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "")
}

// wordRe is a run of letters, with inner apostrophes and hyphens.
var wordRe = regexp.MustCompile(`\p{L}+(?:['’-]\p{L}+)*`)

// functionWords are written in lower case inside a sentence.
var functionWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "with": true, "by": true, "from": true, "as": true, "is": true, "was": true, "were": true, "are": true, "be": true,
	"has": true, "had": true, "have": true, "that": true, "this": true, "which": true, "who": true, "also": true, "its": true, "his": true,
	"her": true, "their": true, "it": true, "he": true, "she": true, "they": true, "into": true, "over": true, "after": true, "before": true}

// sentenceEndRe ends a line of the report's own prose.
var sentenceEndRe = regexp.MustCompile(`[a-z][.!?]["”’]?$`)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "engr": true, "st": true,
	"sen": true, "gen": true, "lt": true, "col": true, "capt": true, "maj": true, "brig": true,
	"gov": true, "rep": true, "hon": true, "no": true, "vs": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "co": true, "ltd": true, "inc": true, "jr": true,
	"sr": true, "amb": true, "adm": true, "ch": true, "eng": true, "md": true, "mohd": true, "muhd": true,
	"smt": true, "retd": true,
}

// companySuffixes end a company's name: "Co.", "Ltd.", "Inc.".
var companySuffixes = map[string]bool{"co": true, "ltd": true, "limited": true, "inc": true, "llc": true, "plc": true, "corp": true, "kg": true, "ag": true}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// splitSentences splits paragraphs (separated by blank lines) into
// sentences. A period ends a sentence unless it closes an abbreviation
// ("Mr.", "Dr.", "Oct."), an initial ("Y. Kistafin") or a dotted
// abbreviation ("H.E."), and the next word starts with a capital, a digit
// or a quote.
func splitSentences(text string) []sentence {
	var out []sentence
	for pi, p := range paragraphs(text) {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		start := 0
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < len(p) && (p[j] == '"' || p[j] == '\'' || p[j] == ')' || p[j] == 0xe2) {
				if p[j] == 0xe2 && j+2 < len(p) { // closing curly quote
					j += 3
					continue
				}
				j++
			}
			if j >= len(p) {
				break
			}
			if p[j] != ' ' {
				continue
			}
			next := strings.TrimLeft(p[j+1:], "\"'“‘(")
			if next == "" || !(isCap(next) || (next[0] >= '0' && next[0] <= '9')) {
				continue
			}
			if c == '.' {
				w := lastWord(p[start:i])
				// "... Logistics Co. Jogorku Kenesh deputy X also took
				// part": a company's "Co." or "Ltd." ends the sentence
				// unless more of the company's name follows.
				ends := companySuffixes[strings.ToLower(w)] && !companySuffixes[strings.ToLower(strings.Trim(firstWord(next), ".,"))]
				if !ends && (abbreviations[strings.ToLower(w)] || (len([]rune(w)) == 1 && isCap(w)) || digraphInitials[w] || strings.Contains(w, ".")) {
					continue
				}
				// "were: 1. A and B - agreement; 2. C and D": the number of
				// a list's item, after a colon, a semicolon or a line's
				// start, ends nothing.
				if at := i - len(w); len(w) <= 2 && w != "" && strings.Trim(w, "0123456789") == "" && (at == start || strings.ContainsAny(strings.TrimRight(p[max(start, at-3):at], " "), ":;\n") || strings.TrimSpace(p[start:at]) == "") {
					continue
				}
			}
			out = appendSentence(out, p[start:j], pi)
			start = j + 1
		}
		if s := strings.TrimSpace(p[start:]); s != "" {
			out = appendSentence(out, s, pi)
		}
	}
	return out
}

// paragraphs splits a text at blank lines and around headings: a line in
// capitals over the first line of an item ("KARAGANDA", "LOOKING AHEAD")
// names the item, and is not the first words of its sentence.
func paragraphs(text string) []string {
	var out []string
	for _, p := range blankLineRe.Split(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
		lines := strings.Split(p, "\n")
		start := 0
		for i, l := range lines {
			if i+1 < len(lines) && isHeadingLine(l) && strings.TrimSpace(lines[i+1]) != "" {
				out = append(out, strings.Join(lines[start:i], "\n"), l)
				start = i + 1
			}
		}
		out = append(out, strings.Join(lines[start:], "\n"))
	}
	return out
}

// isHeadingLine reports whether a line reads as a heading: a few words in
// capitals, or parted by a bar ("MONDAY | Almaty"), with no mark that ends
// or continues a sentence.
func isHeadingLine(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" || strings.ContainsAny(l[len(l)-1:], ".!?:;,") || len(strings.Fields(l)) > 8 {
		return false
	}
	if strings.Contains(l, " | ") {
		return true
	}
	letters := 0
	for _, r := range l {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// maxSentence bounds a sentence in bytes. News sentences are a few hundred
// bytes; the rules look at every name of a sentence against its other
// words, so a run-on text of megabytes with no full stop is cut into
// pieces of this size (at a semicolon, a comma or a space when there is
// one), which keeps extraction linear in the length of the text.
const maxSentence = 2000

// appendSentence appends s, in pieces of at most maxSentence bytes.
func appendSentence(out []sentence, s string, para int) []sentence {
	for len(s) > maxSentence {
		cut := -1
		for _, sep := range []string{"; ", ", ", " "} {
			if i := strings.LastIndex(s[:maxSentence], sep); i > maxSentence/2 {
				cut = i + len(sep) - 1
				break
			}
		}
		if cut < 0 {
			// No space in the second half: cut at a character boundary.
			cut = maxSentence
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		out = append(out, newSentence(s[:cut], para))
		s = s[cut:]
	}
	if strings.TrimSpace(s) == "" {
		return out
	}
	return append(out, newSentence(s, para))
}

func newSentence(s string, para int) sentence {
	s, rw := officeInBrackets(strings.TrimSpace(s))
	return sentence{text: s, para: para, toks: tokenize(s), rewrites: rw}
}

// bracketOfficeRe is an office in brackets after a name, as rosters give
// it: "Zhou Min (General Manager, China Road and Bridge Corporation)".
var bracketOfficeRe = regexp.MustCompile(`(\p{L}) \(([A-Z][^(),;]{1,80}?)(?:, ([A-Z][^(),;]{1,80}?))?\)`)

// officeInBrackets writes such an office as the rules read one after a
// name: "Zhou Min, General Manager of China Road and Bridge Corporation,".
// What is no office stays as it is: "(IOM)", "(retd)", "(co-chair)". It
// also returns each office so written, with the words the report used.
func officeInBrackets(s string) (string, map[string]string) {
	if !strings.Contains(s, "(") {
		return s, nil
	}
	var b strings.Builder
	var rw map[string]string
	last := 0
	for _, loc := range bracketOfficeRe.FindAllStringSubmatchIndex(s, -1) {
		// A roster's item ends after the brackets; "Chairman (Akim) of
		// the Authority" glosses an office and goes on.
		if rest := s[loc[1]:]; rest != "" && !strings.ContainsAny(rest[:1], ";,.") && !strings.HasPrefix(rest, " and ") {
			continue
		}
		b.WriteString(s[last:loc[0]])
		written, office := bracketOffice(s[loc[0]:loc[1]])
		b.WriteString(written)
		if office != "" {
			if rw == nil {
				rw = map[string]string{}
			}
			rw[office] = s[loc[4] : loc[1]-1] // inside the brackets
		}
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String(), rw
}

// bracketOffice rewrites one office in brackets, if it is one, and says
// the office as written in its place when it joined two parts.
func bracketOffice(m string) (string, string) {
	g := bracketOfficeRe.FindStringSubmatch(m)
	fw := strings.Fields(fold(g[2]))
	if len(fw) == 0 || allCaps(g[2]) {
		return m, ""
	}
	if _, _, ok := matchTitle(fw, 0); !ok {
		return m, ""
	}
	if g[3] == "" {
		return g[1] + ", " + g[2] + ",", ""
	}
	// (Of the body, unless the office already names a field: "General
	// Manager for Central Asia at China Road and Bridge Corporation".)
	link := " of "
	if strings.Contains(g[2], " of ") || strings.Contains(g[2], " for ") {
		link = " at "
	}
	return g[1] + ", " + g[2] + link + g[3] + ",", g[2] + link + g[3]
}

// lastWord is the run of letters and dots before the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r := rune(s[i-1])
		if r == ' ' || r == '(' || r == ',' {
			break
		}
		i--
	}
	return s[i:]
}

// datelineRe matches a dateline at the start of the body: "KARACHI, Oct 14
// (APP):", "LAHORE.", "ASTANA —", "ISLAMABAD, Dec 9:", "BAKU, 3 March 2024
// /Trend/ -", "ASTANA. March 12. KAZINFORM -". datelineMixedRe matches one whose place is not in capitals,
// which then needs a date: "Tbilisi, 12 June 2024 /Agenda/ -", "Ankara,
// June 12, 2024 (AA) –", "Baku, January 26, AZERTAG.".
var (
	datelineRe = regexp.MustCompile(`^([A-Z][A-Z'.\- ]*[A-Z])` + datelineCountry + `(?:[,.]\s*(` + datelineDateRe + `))?\s*` + datelineAgency + `?\s*(?:[:.—–]|--|-)\s*`)
	// datelineParenRe: agency and date together in brackets, "KARACHI,
	// (UrduPoint / Pakistan Point News - 6th Mar, 2023) :".
	datelineParenRe = regexp.MustCompile(`^([A-Z][A-Z'.\- ]*[A-Z]),?\s*\(([^()]{2,80}?)\s+[-–]\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\)\s*[:.—–-]?\s*`)
	datelineLineRe  = regexp.MustCompile(`^([A-Z][A-Z'\-]*[A-Z](?: [A-Z][A-Z'\-]*[A-Z])?)[ \t]*\n`)
	// datelineAgencyOnlyRe: the agency in brackets and then the text,
	// with no mark between, as PTI files: "NEW DELHI, Jan 10 (PTI) India
	// and ...".
	// (A date is needed: "ICCI (Islamabad Chamber) President" is none.)
	datelineAgencyOnlyRe = regexp.MustCompile(`^([A-Z][A-Z'.\- ]*[A-Z])` + datelineCountry + `[,.]\s*(` + datelineDateRe + `)\s*\(([A-Za-z][A-Za-z .'&-]{0,30})\)\s+`)
	// Either may stand on a line of its own: "Baku, October 10, AZERTAC".
	datelineMixedRe = regexp.MustCompile(`^([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)` + datelineCountry + `,\s*(` + datelineDateRe + `)[ \t]*` + datelineAgency + `?(?:[ \t]*(?:[:.—–]|--|-)\s+|[ \t]*\n)`)
)

const (
	datelineDateRe = `[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:,?\s+\d{4})?|\d{1,2}\.\d{1,2}\.\d{4}`
	// datelineCountry is the country after the place: "SHYMKENT, Kazakhstan,
	// December 5.".
	// A country's name has four letters or more: "TOKYO, Oct. 16" is a
	// month.
	datelineCountry = `(?:,\s*[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?)?`
	datelineAgency  = `(?:\(([0-9][0-9.]*[A-Za-z][A-Za-z0-9 .'&-]*|[A-Za-z][A-Za-z .'&-]*)\)|/\s*([A-Za-z][A-Za-z .'&-]*?)\s*/|[,.]\s*([A-Z][A-Z]+)\b)`
)

// dateline is what a dateline says.
type dateline struct {
	place  string // as written, "KARACHI"
	date   string // "Oct 14", "" when none
	agency string // "APP"
	text   string // the whole dateline
}

// cutDateline takes a dateline off the start of the body.
func cutDateline(body string) (dateline, string) {
	body = strings.TrimLeft(body, " \n\t")
	if m := datelineParenRe.FindStringSubmatch(body); m != nil {
		return dateline{place: m[1], date: m[3], agency: strings.TrimSpace(m[2]), text: strings.TrimSpace(m[0])}, body[len(m[0]):]
	}
	if m := datelineLineRe.FindStringSubmatch(body); m != nil {
		// "ANKARA" on a line of its own, as agencies file it.
		return dateline{place: m[1], text: strings.TrimSpace(m[0])}, body[len(m[0]):]
	}
	m := datelineRe.FindStringSubmatch(body)
	if m == nil {
		m = datelineMixedRe.FindStringSubmatch(body)
	}
	if m == nil {
		if m := datelineAgencyOnlyRe.FindStringSubmatch(body); m != nil {
			return dateline{place: m[1], date: m[2], agency: m[3], text: strings.TrimSpace(m[0])}, body[len(m[0]):]
		}
		return dateline{}, body
	}
	dl := dateline{place: m[1], date: m[2], agency: m[3] + m[4] + m[5], text: strings.TrimSpace(m[0])}
	// "ASTANA. KAZINFORM -": the place, then the agency in capitals.
	if place, agency, ok := strings.Cut(dl.place, ". "); ok && dl.agency == "" {
		dl.place, dl.agency = place, agency
	}
	return dl, body[len(m[0]):]
}

// slug makes an id from words: lowercase ASCII letters and digits joined by
// single hyphens.
func slug(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		for _, w := range strings.Fields(fold(p)) {
			var ok strings.Builder
			for _, r := range w {
				if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
					ok.WriteRune(r)
				} else if lat, cyr := cyrillicLatin[unicode.ToLower(r)]; cyr {
					ok.WriteString(lat)
				} else if ok.Len() > 0 {
					if b.Len() > 0 {
						b.WriteByte('-')
					}
					b.WriteString(ok.String())
					ok.Reset()
				}
			}
			if ok.Len() > 0 {
				if b.Len() > 0 {
					b.WriteByte('-')
				}
				b.WriteString(ok.String())
			}
		}
	}
	return b.String()
}

// cyrillicLatin spells Russian, Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic
// letters in the Latin letters of an id, so that a name written in
// Cyrillic gets an id of its own rather than a generic one.
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ә': "a", 'ғ': "gh", 'қ': "q", 'ң': "ng", 'ө': "o", 'ұ': "u",
	'ү': "u", 'һ': "h", 'ҳ': "h", 'ӣ': "i", 'ӯ': "u", 'ҷ': "j", 'ў': "o", 'є': "ye", 'ї': "yi",
}
