package article

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilat/bilat/schema"
)

// parseText reads a plain-text report: its first non-blank line is the
// headline, the rest the body.
func parseText(name string, data []byte) (*Article, error) {
	if err := checkUTF8(name, data); err != nil {
		return nil, err
	}
	s := dropInvisible(string(data))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimLeft(s, " \t\n")
	title, body, _ := strings.Cut(s, "\n")
	a := &Article{Source: name, Title: strings.TrimSpace(title), Text: paragraphs(strings.Split(body, "\n"))}
	if a.Text == "" {
		return nil, inputError(name, errors.New("only a headline: expected the report's text after its first line"))
	}
	return a, nil
}

// checkUTF8 reports the first byte that is not UTF-8, with its line and
// column (in characters), so the user can find it in an editor.
func checkUTF8(name string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return &schema.ParseError{File: display(name), Line: line, Col: col,
				Msg: fmt.Sprintf("not UTF-8 text (byte 0x%02x): save the report as UTF-8", data[i])}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return nil
}

// paragraphs joins lines into the Text layout: trailing spaces trimmed,
// single line breaks kept, runs of blank lines made one blank line, no
// blank lines at either end.
func paragraphs(lines []string) string {
	var b bytes.Buffer
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0")
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// dropInvisible removes the format characters that web pages and word
// processors leave inside words: soft hyphens ("Kista\u00adfin"), zero-width
// spaces and joiners, direction marks and byte-order marks. They show as
// nothing, so a reader sees one name where a program sees two words.
func dropInvisible(s string) string {
	if !strings.ContainsFunc(s, isInvisible) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

func isInvisible(r rune) bool { return r >= 0x80 && unicode.Is(unicode.Cf, r) }
