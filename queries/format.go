package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// Output formats of Write.
const (
	FormatTable  = "table"
	FormatJSON   = "json"
	FormatCSV    = "csv"
	FormatNDJSON = "ndjson"
)

// Formats lists the output formats Write knows.
func Formats() []string { return []string{FormatTable, FormatJSON, FormatCSV, FormatNDJSON} }

// Write writes the result in a format: an aligned table, CSV with a header
// row, a JSON array of objects or one JSON object per line. Objects keep the
// columns' order; a value a row lacks is null in JSON and empty elsewhere.
func Write(w io.Writer, res *Result, format string) error {
	return WriteOpts(w, res, format, WriteOptions{})
}

// WriteOptions tune Write.
type WriteOptions struct {
	// Width fits the table format into this many characters a line, cutting
	// long cells with an ellipsis (0: no limit, as on a pipe).
	Width int
}

// WriteOpts is Write with options.
func WriteOpts(w io.Writer, res *Result, format string, opts WriteOptions) error {
	switch format {
	case FormatTable:
		return writeTable(w, res, opts.Width)
	case FormatCSV:
		return writeCSV(w, res)
	case FormatJSON:
		return writeJSON(w, res)
	case FormatNDJSON:
		return writeNDJSON(w, res)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

// Text is a value as a table or CSV cell shows it.
func Text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Text(e)
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		data, _ := json.Marshal(x)
		return string(data)
	case Source:
		return x.String()
	}
	return fmt.Sprint(v)
}

// Select keeps the named columns of res, in the order given: what
// --columns asks for. An unknown column is an error listing the valid ones.
func (res *Result) Select(cols []string) error {
	for _, c := range cols {
		if !slices.Contains(res.Columns, c) {
			return fmt.Errorf("unknown column %q (want some of %s)", c, strings.Join(res.Columns, ", "))
		}
	}
	res.Columns = slices.Clone(cols)
	return nil
}

// tableGap is the space between two columns of a table.
const tableGap = 2

func writeTable(w io.Writer, res *Result, width int) error {
	grid := make([][]string, 0, len(res.Rows)+1)
	head := make([]string, len(res.Columns))
	for i, c := range res.Columns {
		head[i] = strings.ToUpper(c)
	}
	grid = append(grid, head)
	for _, row := range res.Rows {
		cells := make([]string, len(res.Columns))
		for i, c := range res.Columns {
			cells[i] = cellText(Text(row[c]))
		}
		grid = append(grid, cells)
	}
	if width > 0 {
		fit(grid, width)
	}
	tw := tabwriter.NewWriter(w, 0, 0, tableGap, ' ', 0)
	for _, cells := range grid {
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// minColumn is the narrowest a column is cut to.
const minColumn = 6

// fit cuts the cells of a table so that its lines fit width: the widest
// columns are narrowed first, all to one cap, and a cut cell ends with an
// ellipsis. Columns narrower than the cap keep their width, and what the
// cap leaves of the width widens the cut ones again. When even
// minColumn for every column is too wide, that is what it gets.
func fit(grid [][]string, width int) {
	if len(grid) == 0 || len(grid[0]) == 0 {
		return
	}
	n := len(grid[0])
	natural := make([]int, n)
	for _, cells := range grid {
		for i, c := range cells {
			natural[i] = max(natural[i], utf8.RuneCountInString(c))
		}
	}
	avail := width - tableGap*(n-1)
	total := func(limit int) int {
		sum := 0
		for _, w := range natural {
			sum += min(w, limit)
		}
		return sum
	}
	widest := slices.Max(natural)
	if total(widest) <= avail {
		return
	}
	limit := minColumn
	for l := widest; l > minColumn; l-- {
		if total(l) <= avail {
			limit = l
			break
		}
	}
	// What the cap leaves goes to the cut columns, left to right.
	cols := make([]int, n)
	left := avail - total(limit)
	for i, w := range natural {
		cols[i] = min(w, limit)
		if extra := min(max(left, 0), w-cols[i]); extra > 0 {
			cols[i] += extra
			left -= extra
		}
	}
	for _, cells := range grid {
		for i, c := range cells {
			if utf8.RuneCountInString(c) > cols[i] {
				r := []rune(c)
				cells[i] = string(r[:cols[i]-1]) + "…"
			}
		}
	}
}

// cellText is a value as one table cell shows it on a terminal: runs of
// white space (tabs and line breaks would break the alignment) become one
// space, and what a terminal would act on rather than print (control
// characters such as ESC, which start escape sequences, C1 controls,
// bidirectional overrides, bytes that are not UTF-8) is written as an
// escape, \x1b or \u202e, so a record cannot send commands to the
// terminal or reorder what it shows.
func cellText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unprintable(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x100 && unprintable(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unprintable(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unprintable reports the runes a table cell escapes: C0 and C1 controls,
// DEL, and the marks that change the direction of the text around them.
func unprintable(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

func writeCSV(w io.Writer, res *Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(res.Columns); err != nil {
		return err
	}
	rec := make([]string, len(res.Columns))
	for _, row := range res.Rows {
		for i, c := range res.Columns {
			rec[i] = Text(row[c])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// object encodes one row as a JSON object with the keys in column order.
func object(res *Result, row map[string]any, indent string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, c := range res.Columns {
		if i > 0 {
			b.WriteByte(',')
		}
		if indent != "" {
			b.WriteString("\n" + indent + "  ")
		}
		k, err := marshal(c)
		if err != nil {
			return nil, err
		}
		v, err := marshal(row[c])
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		if indent != "" {
			b.WriteByte(' ')
		}
		b.Write(v)
	}
	if indent != "" && len(res.Columns) > 0 {
		b.WriteString("\n" + indent)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeJSON(w io.Writer, res *Result) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range res.Rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  ")
		o, err := object(res, row, "  ")
		if err != nil {
			return err
		}
		b.Write(o)
	}
	if len(res.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeNDJSON(w io.Writer, res *Result) error {
	for _, row := range res.Rows {
		o, err := object(res, row, "")
		if err != nil {
			return err
		}
		if _, err := w.Write(append(o, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// marshal is json.Marshal without escaping <, > and &, so that IRIs and
// URLs stay readable.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
