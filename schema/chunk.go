package schema

import (
	"bytes"
	"errors"
	"io"
	"regexp"

	"gopkg.in/yaml.v3"
)

// A YAML tree takes some twenty times the size of its text, and yaml.v3
// builds a document's whole tree before handing it over. Record files are
// mostly long block lists, so a file of the usual shape is cut into its
// top-level sections, and a section that is a block list into its items;
// the decoder then parses a batch of items (about batchSize of text) at a
// time and lets each go once decoded, and memory holds the text, the
// records and one batch's tree. A file of
// any other shape (flow style at the top, tabs in indentation, several
// documents, odd indentation) is parsed whole, which also gives its syntax
// errors the positions yaml.v3 gives them.

// section is one top-level key of a file and its value. The first
// section's text starts with the comments above its key, so that every byte
// of the file is parsed (yaml.v3 refuses control characters even there).
type section struct {
	line  int    // where text starts: the key's line, or 1 for the first
	text  []byte // from there to the first item, or the whole section
	items []chunk
	list  bool // items holds the value: a block list
	col   int  // of the items' dashes
}

// chunk is the text of one list item (or section), and its first line.
type chunk struct {
	line int
	text []byte
}

// Top-level lines a file is cut at: a plain key, and (topList) a key whose
// value starts on the next line. Any other line at column 1 that is not a
// list item (the "]" closing a flow list, say) means the file is not cut.
var (
	topKey  = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_ -]*:(\s|$)`)
	topList = regexp.MustCompile(`^[a-z_]+:[ \t]*(#.*)?\r?\n?$`)
)

// splitFile cuts data into sections, or says it cannot.
func splitFile(data []byte) ([]section, bool) {
	var secs []section
	indent := -1 // of the current list's dashes, once known
	for line, off := 1, 0; off < len(data); line++ {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += off + 1
		}
		l := data[off:end]
		off = end
		body := bytes.TrimLeft(l, " ")
		ind := len(l) - len(body)
		if len(body) > 0 && body[0] == '\t' {
			return nil, false
		}
		if blank(body) {
			if len(secs) > 0 {
				extend(&secs[len(secs)-1], l)
			}
			continue // before the first key: taken in by it, below
		}
		dash := body[0] == '-' && (len(body) == 1 || body[1] == ' ' || body[1] == '\n' || body[1] == '\r')
		if ind == 0 && (bytes.HasPrefix(body, []byte("---")) || bytes.HasPrefix(body, []byte("...")) || body[0] == '%') {
			return nil, false // document markers and directives
		}
		if ind == 0 && !dash {
			// A new top-level key.
			if !topKey.Match(body) {
				return nil, false
			}
			s := section{line: line, text: l, list: topList.Match(body)}
			if len(secs) == 0 {
				s.line, s.text = 1, data[:end]
			}
			secs = append(secs, s)
			indent = -1
			continue
		}
		if len(secs) == 0 {
			return nil, false
		}
		s := &secs[len(secs)-1]
		if s.list && indent < 0 {
			if !dash {
				s.list = false // a mapping under the key: one chunk
			} else {
				indent = ind
				s.col = ind + 1
			}
		}
		switch {
		case !s.list:
			extend(s, l)
		case ind < indent:
			return nil, false
		case ind == indent && dash:
			s.items = append(s.items, chunk{line: line, text: l})
		case ind == indent:
			return nil, false
		default:
			extend(s, l)
		}
	}
	if len(secs) == 0 {
		return nil, false
	}
	for i := range secs {
		if secs[i].list && len(secs[i].items) == 0 {
			secs[i].list = false // an empty value: the key's line is all
		}
	}
	return secs, true
}

// blank reports a line with nothing but a comment or spaces.
func blank(body []byte) bool {
	b := bytes.TrimSpace(body)
	return len(b) == 0 || b[0] == '#'
}

// extend adds line l to the last item of s, or to its text. The lines are
// consecutive in the file, so a chunk's text stays one slice of it.
func extend(s *section, l []byte) {
	grow := func(b []byte) []byte { return b[:len(b)+len(l)] }
	if n := len(s.items); n > 0 {
		s.items[n-1].text = grow(s.items[n-1].text)
		return
	}
	s.text = grow(s.text)
}

// root builds the file's top-level mapping from its sections, or says the
// file is better parsed whole. A list's node is left empty; its items are
// in d.lazy, for records to parse one by one.
func (d *decoder) root(secs []section) (*yaml.Node, bool) {
	root := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Column: 1}
	for _, s := range secs {
		n, ok := d.parseChunk(chunk{s.line, s.text})
		if !ok || n.Kind != yaml.MappingNode || len(n.Content) != 2 {
			return nil, false
		}
		if root.Line == 0 {
			root.Line = n.Content[0].Line
		}
		if !s.list {
			root.Content = append(root.Content, n.Content...)
			continue
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: s.items[0].line, Column: s.col}
		if d.lazy == nil {
			d.lazy = map[*yaml.Node]*lazyList{}
		}
		d.lazy[seq] = &lazyList{batches: batch(s.items), size: len(s.items)}
		root.Content = append(root.Content, n.Content[0], seq)
	}
	return root, true
}

// lazyList is a list whose items are still text: batches of them, each
// parsed when the one before is used up.
type lazyList struct {
	batches []chunk
	parsed  []*yaml.Node // of the batch being read
	size    int          // items in all
}

// batchSize is about how much text is parsed at a time: enough that
// setting up a parse costs little, small enough that a batch's tree is a
// small part of a large file's.
const batchSize = 64 << 10

// batch joins consecutive items into chunks of about batchSize.
func batch(items []chunk) []chunk {
	var out []chunk
	for _, it := range items {
		if n := len(out); n > 0 && len(out[n-1].text) < batchSize {
			// Items are consecutive slices of the file: the batch grows
			// over the next one.
			out[n-1].text = out[n-1].text[:len(out[n-1].text)+len(it.text)]
			continue
		}
		out = append(out, it)
	}
	return out
}

// item returns the i-th item of the list n, letting go of it in n: a long
// list's records then take the place of its nodes rather than add to them.
// The items of a list cut by root are parsed here, in order; nil ends the
// list, or marks a syntax error (d.fatal).
func (d *decoder) item(n *yaml.Node, i int) *yaml.Node {
	l, lazy := d.lazy[n]
	if !lazy {
		if i >= len(n.Content) {
			return nil
		}
		it := n.Content[i]
		n.Content[i] = nil
		return it
	}
	for len(l.parsed) == 0 {
		if len(l.batches) == 0 || d.fatal || d.ctx != nil && d.ctx.Err() != nil {
			delete(d.lazy, n)
			return nil
		}
		seq, ok := d.parseChunk(l.batches[0])
		l.batches = l.batches[1:]
		if !ok || seq.Kind != yaml.SequenceNode || len(seq.Content) == 0 {
			d.fatal = true
			return nil
		}
		l.parsed = seq.Content
	}
	it := l.parsed[0]
	l.parsed[0] = nil
	l.parsed = l.parsed[1:]
	return it
}

// checkRest parses the items no record took (under an unknown key, say),
// so that their syntax errors are still reported.
func (d *decoder) checkRest() {
	for seq := range d.lazy {
		for i := 0; d.item(seq, i) != nil; i++ {
		}
	}
}

// parseChunk parses one chunk into its document's root, with the lines of
// the file. On a syntax error it keeps the first in d.syntax, for a file
// too large to be parsed again whole for yaml.v3's own account of it.
func (d *decoder) parseChunk(c chunk) (*yaml.Node, bool) {
	// A second Decode, which must find the end: yaml.Unmarshal would not
	// see what follows the first document, as `{0},000`'s ",000".
	dec := yaml.NewDecoder(bytes.NewReader(c.text))
	var doc, extra yaml.Node
	err := dec.Decode(&doc)
	if err == nil {
		if err = dec.Decode(&extra); errors.Is(err, io.EOF) {
			err = nil
		} else if err == nil {
			err = errors.New("yaml: second YAML document in one file (expected one document per file)")
		}
	}
	if err != nil {
		if d.syntax == nil {
			line, col, msg := syntaxError(c.text, err)
			d.syntax = &ParseError{File: d.path, Line: line + c.line - 1, Col: col, Msg: msg}
		}
		return nil, false
	}
	if len(doc.Content) != 1 {
		return nil, false
	}
	shift(&doc, c.line-1)
	return doc.Content[0], true
}

// shift moves a tree's lines down by n.
func shift(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shift(c, by)
	}
}
