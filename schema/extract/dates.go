package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date bases, as recorded in a draft's date_note.
const (
	basisStated   = "stated"
	basisDateline = "dateline"
	basisRelative = "relative to publication"
	basisEarlier  = "relative to the date before"
	basisNone     = "not stated"
)

// resolved is a date found in the text.
type resolved struct {
	value string // ISO 8601 at the precision the text supports
	basis string
	text  string // the words it came from
	note  string // how it was decided
	check string // why a curator should look, or ""
	pos   int    // byte offset in the sentence
}

// isDayWord reports whether a folded word names a weekday or a month.
func isDayWord(w string) bool {
	_, wd := weekdays[w]
	_, m := months[w]
	return wd || m
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"midweek":  time.Wednesday, // "Midweek, the ambassador ...": the week's Wednesday (a weekly column's)
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

// daysTo joins the first and last day of a span: "19-20 February", "from
// 4 to 7 March".
const daysTo = `(?:\s*[-–]\s*|\s+(?:to|till|until|through)\s+)`

var (
	spanDMYRe = regexp.MustCompile(`\b(\d{1,2})` + daysTo + `(\d{1,2})\s+` + monthRe + `,?\s+(\d{4})\b`)
	spanMDYRe = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})` + daysTo + `(\d{1,2}),?\s+(\d{4})\b`)
	dmyRe     = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`)
	mdyRe     = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	spanMDRe  = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})` + daysTo + `(\d{1,2})\b`)
	spanDMRe  = regexp.MustCompile(`\b(\d{1,2})` + daysTo + `(\d{1,2})\s+` + monthRe + `\b`)
	mdRe      = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	dmRe      = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\b`)
	myRe      = regexp.MustCompile(`\b(?:in\s+)?` + monthRe + `,?\s+(\d{4})\b`)
	weekdayRe = regexp.MustCompile(`\b(?:on\s+|last\s+|this\s+|next\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Mm]idweek)(?:\s+last\b)?`)
	// "two days ago": that many days before publication.
	daysAgoRe = regexp.MustCompile(`(?i)\b(a|one|two|three|four|five|six)\s+days?\s+ago\b`)
	// "at the weekend", "over the weekend", "last weekend": a Saturday and
	// Sunday.
	weekendRe       = regexp.MustCompile(`(?i)\b(?:(?:at|over|during|on)\s+the\s+(?:past\s+)?weekend|(this\s+past|this\s+coming|this|last|next)\s+weekend)\b`)
	relativeRe      = regexp.MustCompile(`(?i)\b(the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|(?:earlier\s+|later\s+)?(?:last|this|next|earlier this|the\s+current)\s+(week|month|year))\b`)
	monthInRe       = regexp.MustCompile(`\b[Ii]n\s+(?:early\s+|mid-|late\s+)?` + monthRe + `(?:\s|[,.;]|$)`)
	lastMonthNameRe = regexp.MustCompile(`(?i)\b(last|this\s+past|this|next|this\s+coming)\s+` + monthRe + `(?:\s|[,.;]|$)`)
	monthRelYearRe  = regexp.MustCompile(`(?i)\bin\s+(?:early\s+|mid-|late\s+)?` + monthRe + `\s+(?:of\s+)?(last|this|next)\s+year\b`)
	yearRe          = regexp.MustCompile(`\b[Ii]n\s+((?:19|20)\d{2})\b`)
	// "02.05.2025": day, month, year, as Central Asian and Russian
	// releases write dates.
	numericDMYRe = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b`)
	// "On the 12th": a day of the month the report is published in.
	// "on 3rd instant": a day of the publication's month, in the style of
	// Pakistani official releases.
	instantRe  = regexp.MustCompile(`(?i)\b(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:instant\b|inst\.)`)
	monthDayRe = regexp.MustCompile(`\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|the\s+current|last|the\s+previous)\s+month\b)?`)
)

func monthOf(s string) time.Month { return months[strings.ToLower(strings.TrimSuffix(s, "."))] }

func day(t time.Time) string { return t.Format("2006-01-02") }

func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// dayGap is the number of days between two YYYY-MM-DD dates, or a large
// number when either cannot be read.
func dayGap(a, b string) int {
	ta, ok1 := parseDay(a)
	tb, ok2 := parseDay(b)
	if !ok1 || !ok2 {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

func validDay(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && t.Month() == m
}

// findDates lists the dates a sentence states, resolved against the
// publication date (pub may be the zero time when the report has none).
// planned says the contact lies ahead, which decides which way a weekday
// or a day without a year points.
func findDates(s string, pub time.Time, planned bool) []resolved {
	return findDatesHint(s, pub, planned, 0)
}

// findDatesHint is findDates with a year to give dates written without one
// when the report has no publication date (yearHint 0: none).
func findDatesHint(s string, pub time.Time, planned bool, yearHint int) []resolved {
	var out []resolved
	taken := make([]bool, len(s)+1)
	claim := func(loc []int) bool {
		for i := loc[0]; i < loc[1]; i++ {
			if taken[i] {
				return false
			}
		}
		for i := loc[0]; i < loc[1]; i++ {
			taken[i] = true
		}
		return true
	}
	add := func(loc []int, r resolved) {
		if claim(loc) {
			r.pos, r.text = loc[0], s[loc[0]:loc[1]]
			out = append(out, r)
		}
	}
	num := func(x string) int { n, _ := strconv.Atoi(x); return n }
	for _, m := range spanDMYRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		a, ok1 := validDay(num(g[4]), monthOf(g[3]), num(g[1]))
		b, ok2 := validDay(num(g[4]), monthOf(g[3]), num(g[2]))
		if ok1 && ok2 && !b.Before(a) {
			add(m[:2], resolved{value: day(a) + "/" + day(b), basis: basisStated})
		}
	}
	for _, m := range spanMDYRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		a, ok1 := validDay(num(g[4]), monthOf(g[1]), num(g[2]))
		b, ok2 := validDay(num(g[4]), monthOf(g[1]), num(g[3]))
		if ok1 && ok2 && !b.Before(a) {
			add(m[:2], resolved{value: day(a) + "/" + day(b), basis: basisStated})
		}
	}
	for _, m := range dmyRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		if t, ok := validDay(num(g[3]), monthOf(g[2]), num(g[1])); ok {
			add(m[:2], resolved{value: day(t), basis: basisStated})
		}
	}
	for _, m := range mdyRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		if t, ok := validDay(num(g[3]), monthOf(g[1]), num(g[2])); ok {
			add(m[:2], resolved{value: day(t), basis: basisStated})
		}
	}
	for _, m := range numericDMYRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		if t, ok := validDay(num(g[3]), time.Month(num(g[2])), num(g[1])); ok && num(g[2]) <= 12 {
			add(m[:2], resolved{value: day(t), basis: basisStated})
		}
	}
	for _, m := range myRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		add(m[:2], resolved{value: fmt.Sprintf("%s-%02d", g[2], monthOf(g[1])), basis: basisStated})
	}
	noYear := func(mo time.Month, d int) (resolved, bool) {
		if pub.IsZero() {
			if yearHint == 0 {
				return resolved{}, false
			}
			t, ok := validDay(yearHint, mo, d)
			if !ok {
				return resolved{}, false
			}
			return resolved{value: day(t), basis: basisStated, note: "year from the report's URL",
				check: "day and month stated; the year is taken from the report's URL"}, true
		}
		t, ok := validDay(pub.Year(), mo, d)
		if !ok {
			return resolved{}, false
		}
		r := resolved{basis: basisStated, note: "year from the publication date"}
		// A held contact is not reported weeks before it happens, nor a
		// planned one long after: cross the new year when that fits better.
		if !planned && t.Sub(pub) > 7*24*time.Hour {
			t = t.AddDate(-1, 0, 0)
			r.check = "day and month stated; the year is taken as the one before publication"
		} else if planned && pub.Sub(t) > 60*24*time.Hour {
			t = t.AddDate(1, 0, 0)
			r.check = "day and month stated; the year is taken as the one after publication"
		}
		r.value = day(t)
		return r, true
	}
	// "on Feb. 19-20", "19-20 February": a span of days, of the year one
	// day would be.
	span := func(m []int, mo time.Month, d1, d2 int) {
		a, ok1 := noYear(mo, d1)
		b, ok2 := noYear(mo, d2)
		if ok1 && ok2 && a.value < b.value && a.value[:4] == b.value[:4] {
			a.value += "/" + b.value
			add(m[:2], a)
		}
	}
	for _, m := range spanMDRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		span(m, monthOf(g[1]), num(g[2]), num(g[3]))
	}
	for _, m := range spanDMRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		span(m, monthOf(g[3]), num(g[1]), num(g[2]))
	}
	for _, m := range mdRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		if r, ok := noYear(monthOf(g[1]), num(g[2])); ok {
			add(m[:2], r)
		}
	}
	for _, m := range dmRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		if r, ok := noYear(monthOf(g[2]), num(g[1])); ok {
			add(m[:2], r)
		}
	}
	if !pub.IsZero() {
		// "in July last year": that month of the year named against
		// publication, before "last year" is read alone.
		for _, m := range monthRelYearRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			y := pub.Year() + map[string]int{"last": -1, "next": 1}[strings.ToLower(g[2])]
			add(m[:2], resolved{value: fmt.Sprintf("%d-%02d", y, monthOf(g[1])), basis: basisRelative,
				note:  fmt.Sprintf("%q against publication on %s", s[m[0]:m[1]], day(pub)),
				check: "date resolved from " + strconvQuote(s[m[0]:m[1]]) + " against the publication date"})
		}
		for _, m := range monthDayRe.FindAllStringSubmatchIndex(s, -1) {
			// The publication's month, or the month before for a held
			// contact on a later day (the month after for a planned one
			// on an earlier day).
			g := subs(s, m)
			d := num(g[1])
			y, mo := pub.Year(), pub.Month()
			switch {
			case strings.HasSuffix(g[2], "this") || strings.HasSuffix(g[2], "current"):
				// "on the 3rd of this month": the publication's month.
			case g[2] != "":
				mo-- // "of last month"
			case !planned && d > pub.Day():
				mo--
			case planned && d < pub.Day():
				mo++
			}
			// time.Date carries month 0 or 13 into the year before or
			// after; a day the month lacks ("the 31st") is no date.
			if t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC); t.Day() == d {
				add(m[:2], resolved{value: day(t), basis: basisRelative,
					note:  fmt.Sprintf("%q against publication on %s", s[m[0]:m[1]], day(pub)),
					check: "date resolved from " + strconvQuote(s[m[0]:m[1]]) + " against the publication date"})
			}
		}
		for _, m := range instantRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			if t, ok := validDay(pub.Year(), pub.Month(), num(g[1])); ok {
				add(m[:2], resolved{value: day(t), basis: basisRelative,
					note:  fmt.Sprintf("%q: of the month of publication on %s", s[m[0]:m[1]], day(pub)),
					check: "date resolved from " + strconvQuote(s[m[0]:m[1]]) + " against the publication date"})
			}
		}
		// "last October": the latest October before publication; "next
		// March" the first after; "this May" the publication's year's.
		for _, m := range lastMonthNameRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			mo, y := monthOf(g[2]), pub.Year()
			switch w := strings.ToLower(strings.Join(strings.Fields(g[1]), " ")); {
			case (w == "last" || w == "this past") && mo >= pub.Month():
				y--
			case (w == "next" || w == "this coming") && mo <= pub.Month():
				y++
			}
			text := strings.TrimRight(s[m[0]:m[1]], " ,.;")
			add([]int{m[0], m[0] + len(text)}, resolved{value: fmt.Sprintf("%d-%02d", y, mo), basis: basisRelative,
				note:  fmt.Sprintf("%q against publication on %s", text, day(pub)),
				check: "date resolved from " + strconvQuote(text) + " against the publication date"})
		}
		for _, m := range daysAgoRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			n := map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[strings.ToLower(g[1])]
			add(m[:2], resolved{value: day(pub.AddDate(0, 0, -n)), basis: basisRelative,
				note:  fmt.Sprintf("%q against publication on %s", g[0], day(pub)),
				check: "date resolved from " + strconvQuote(g[0]) + " against the publication date"})
		}
		for _, m := range weekendRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			add(m[:2], weekendDate(strings.ToLower(g[1]), g[0], pub, planned))
		}
		for _, m := range weekdayRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			add(m[:2], weekdayDate(weekdays[strings.ToLower(g[1])], g[0], pub, planned))
		}
		for _, m := range relativeRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			if r, ok := relativeDate(strings.ToLower(g[1]), pub); ok {
				add(m[:2], r)
			}
		}
	}
	if !pub.IsZero() {
		// "in September": that month of the publication's year, or of the
		// year before for a held contact told later than it could be (the
		// year after for a planned one).
		for _, m := range monthInRe.FindAllStringSubmatchIndex(s, -1) {
			g := subs(s, m)
			mo, y := monthOf(g[1]), pub.Year()
			r := resolved{basis: basisStated, note: "year from the publication date"}
			if !planned && mo > pub.Month() {
				y--
				r.check = "month stated; the year is taken as the one before publication"
			} else if planned && mo < pub.Month() {
				y++
				r.check = "month stated; the year is taken as the one after publication"
			}
			r.value = fmt.Sprintf("%d-%02d", y, mo)
			add(m[:2], r)
		}
	}
	for _, m := range yearRe.FindAllStringSubmatchIndex(s, -1) {
		g := subs(s, m)
		add(m[:2], resolved{value: g[1], basis: basisStated})
	}
	return out
}

func subs(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// weekdayDate resolves "on Thursday": the same weekday as publication is
// that day; otherwise the last such day before it, or for a contact still
// ahead ("will arrive on Sunday") the next one after it.
func weekdayDate(w time.Weekday, text string, pub time.Time, planned bool) resolved {
	r := resolved{basis: basisRelative}
	pubDay := pub.Weekday().String()
	lower := strings.ToLower(text)
	if strings.HasSuffix(lower, " last") {
		// "on Monday last": the last Monday, as "last Monday".
		lower = "last " + strings.TrimSuffix(lower, " last")
	}
	switch {
	case strings.HasPrefix(lower, "next "):
		d := (int(w) - int(pub.Weekday()) + 7) % 7
		if d == 0 {
			d = 7
		}
		r.value = day(pub.AddDate(0, 0, d))
		r.note = fmt.Sprintf("%q after publication on %s %s", text, pubDay, day(pub))
	case pub.Weekday() == w && !strings.HasPrefix(lower, "last "):
		r.value = day(pub)
		r.note = fmt.Sprintf("%q is the publication day, %s %s", text, pubDay, day(pub))
	case planned && !strings.HasPrefix(lower, "last "):
		d := (int(w) - int(pub.Weekday()) + 7) % 7
		r.value = day(pub.AddDate(0, 0, d))
		r.note = fmt.Sprintf("%q, the next %s after publication on %s %s", text, w, pubDay, day(pub))
	default:
		d := (int(pub.Weekday()) - int(w) + 7) % 7
		if d == 0 {
			d = 7
		}
		r.value = day(pub.AddDate(0, 0, -d))
		r.note = fmt.Sprintf("%q, the last %s before publication on %s %s", text, w, pubDay, day(pub))
	}
	r.check = "date resolved from " + strconvQuote(text) + " against the publication date"
	return r
}

func strconvQuote(s string) string { return strconv.Quote(s) }

// weekendDate resolves "at the weekend": the Saturday and Sunday of the
// publication's weekend when it falls on one, else the last weekend before
// it, or for a contact still ahead (and "next weekend") the coming one;
// "last weekend" is always the one before.
func weekendDate(which, text string, pub time.Time, planned bool) resolved {
	r := resolved{basis: basisRelative, check: "date resolved from " + strconvQuote(text) + " against the publication date"}
	// The Saturday on or before publication.
	sat := pub.AddDate(0, 0, -((int(pub.Weekday()) + 1) % 7))
	switch {
	case which == "last" || which == "this past":
		if pub.Weekday() == time.Saturday || pub.Weekday() == time.Sunday {
			sat = sat.AddDate(0, 0, -7)
		}
	case which == "next" || which == "this coming" || planned && pub.Weekday() != time.Saturday && pub.Weekday() != time.Sunday:
		sat = sat.AddDate(0, 0, 7)
	}
	r.value = day(sat) + "/" + day(sat.AddDate(0, 0, 1))
	r.note = fmt.Sprintf("%q against publication on %s %s", text, pub.Weekday(), day(pub))
	return r
}

// relativeDate resolves "yesterday", "last month", "this week", "next
// year": days stay days, weeks become Monday-to-Sunday intervals, months
// and years keep their precision.
func relativeDate(text string, pub time.Time) (resolved, bool) {
	r := resolved{basis: basisRelative, check: "date resolved from " + strconvQuote(text) + " against the publication date"}
	r.note = fmt.Sprintf("%q against publication on %s", text, day(pub))
	words := strings.Fields(text)
	last := words[len(words)-1]
	offset := 0
	switch {
	case text == "yesterday":
		r.value = day(pub.AddDate(0, 0, -1))
		return r, true
	case strings.Join(words, " ") == "the day before yesterday":
		r.value = day(pub.AddDate(0, 0, -2))
		return r, true
	case text == "today" || text == "tonight" || strings.HasPrefix(text, "this ") && (last == "morning" || last == "afternoon" || last == "evening"):
		r.value = day(pub)
		return r, true
	case strings.Contains(text, "last"):
		offset = -1
	case strings.Contains(text, "next"):
		offset = 1
	}
	switch last {
	case "week":
		monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)+7*offset)
		end := monday.AddDate(0, 0, 6)
		if offset == 0 && strings.Contains(text, "earlier") {
			// "Earlier this week": already past, so it ends before the
			// publication day (on it, when that is the Monday).
			end = pub.AddDate(0, 0, -1)
			if end.Before(monday) {
				end = monday
			}
		}
		r.value = day(monday) + "/" + day(end)
	case "month":
		t := time.Date(pub.Year(), pub.Month()+time.Month(offset), 1, 0, 0, 0, 0, time.UTC)
		r.value = t.Format("2006-01")
	case "year":
		r.value = strconv.Itoa(pub.Year() + offset)
	default:
		return r, false
	}
	return r, true
}

// datelineDate resolves the date of a dateline ("Oct 14", "9 December")
// against the publication date's year.
func datelineDate(s string, pub time.Time) (resolved, bool) {
	if s == "" || pub.IsZero() {
		return resolved{}, false
	}
	ds := findDates(s, pub, false)
	if len(ds) == 0 || len(ds[0].value) != 10 {
		return resolved{}, false
	}
	r := ds[0]
	r.basis = basisDateline
	r.note = fmt.Sprintf("dateline %q, year from publication", s)
	if yearRe.MatchString(s) {
		r.note = fmt.Sprintf("dateline %q", s)
	}
	return r, true
}
