package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ParseText reads a plain-text report: the first non-empty line is the
// headline, the rest the body. Empty, binary and non-UTF-8 input is an
// error naming the input.
func ParseText(name string, data []byte) (*Report, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: the report is empty", name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%s: byte %d is NUL: expected text, not a binary file", name, i)
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidAt(data)], []byte("\n"))
		return nil, fmt.Errorf("%s:%d: not UTF-8 text; expected a UTF-8 encoded report", name, line)
	}
	text := strings.TrimLeft(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n \t")
	title, body, _ := strings.Cut(text, "\n")
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("%s: the report has a headline but no text", name)
	}
	return &Report{Source: name, Title: strings.TrimSpace(title), Text: strings.TrimSpace(body)}, nil
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}
