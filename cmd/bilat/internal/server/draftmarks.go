package server

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment is a stretch of the report's text as the draft page shows it:
// plain, or a mention the draft used, with what it names. Sending the text
// cut into segments spares the page converting Go's byte offsets into
// JavaScript's UTF-16 ones.
type Segment struct {
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"`  // person, org, place, country, post, group
	ID    string `json:"id,omitempty"`    // record id the draft gives it
	Known bool   `json:"known,omitempty"` // the store already has the record
	Check string `json:"check,omitempty"` // the draft's `# check:` reason, if any
}

// markForm is one way the draft says the report names a record.
type markForm struct {
	form, kind, id string
	known          bool
	check          string
}

// markMentions cuts text into segments at every place one of the forms
// occurs as whole words, case-insensitively and with any run of spaces or
// line breaks where the form has a space. Where matches overlap the
// longer one wins ("Governor of Sindh Imran Ismail" over "Sindh").
func markMentions(text string, forms []markForm) []Segment {
	type hit struct {
		start, end int
		f          *markForm
	}
	var hits []hit
	for i := range forms {
		f := &forms[i]
		words := strings.Fields(f.form)
		if len(words) == 0 {
			continue
		}
		for k, w := range words {
			words[k] = regexp.QuoteMeta(w)
		}
		re, err := regexp.Compile(`(?i)` + strings.Join(words, `\s+`))
		if err != nil {
			continue
		}
		for _, m := range re.FindAllStringIndex(text, -1) {
			if letterBefore(text, m[0]) || letterAfter(text, m[1]) {
				continue // inside a longer word: "Kazakh" in "Kazakhstan"
			}
			hits = append(hits, hit{m[0], m[1], f})
		}
	}
	// Longest first among overlapping hits, then left to right.
	slices.SortStableFunc(hits, func(a, b hit) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		return a.start - b.start
	})
	taken := make([]bool, len(text)+1)
	var kept []hit
	for _, h := range hits {
		if slices.Contains(taken[h.start:h.end], true) {
			continue
		}
		for i := h.start; i < h.end; i++ {
			taken[i] = true
		}
		kept = append(kept, h)
	}
	slices.SortFunc(kept, func(a, b hit) int { return a.start - b.start })
	var out []Segment
	at := 0
	for _, h := range kept {
		if h.start > at {
			out = append(out, Segment{Text: text[at:h.start]})
		}
		out = append(out, Segment{Text: text[h.start:h.end], Kind: h.f.kind, ID: h.f.id, Known: h.f.known, Check: h.f.check})
		at = h.end
	}
	if at < len(text) {
		out = append(out, Segment{Text: text[at:]})
	}
	return out
}

// letterBefore and letterAfter report whether a letter or digit touches
// byte offset i of s on that side.
func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func letterAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
