package schema

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Types the decoder treats as leaves rather than walking their fields.
var (
	posType  = reflect.TypeFor[Pos]()
	refType  = reflect.TypeFor[Ref]()
	dateType = reflect.TypeFor[Date]()
	textType = reflect.TypeFor[Text]()
	numType  = reflect.TypeFor[*float64]() // a number that may be left out
)

// singular names a record in a list for error contexts ("event", "figure").
var singular = map[string]string{
	"countries": "country", "places": "place", "people": "person",
	"organizations": "organization", "posts": "post", "groups": "group",
	"mentions": "mention", "tenures": "tenure", "visits": "visit",
	"events": "event", "documents": "document", "relations": "relation",
	"participants": "participant", "figures": "figure",
	"invitations": "invitation", "commitments": "commitment", "signatories": "signatory",
}

// decoder fills records from yaml.Node trees, keeping every value's position
// and collecting every problem rather than stopping at the first.
type decoder struct {
	path   string
	errs   []*ParseError
	lay    *fileLayout
	types  map[reflect.Type]*structFields
	lazy   map[*yaml.Node]*lazyList // lists whose items are still text (chunk.go)
	fatal  bool                     // an item of a lazy list did not parse
	syntax *ParseError              // the first syntax error in a chunk
	ctx    context.Context          // stops the parse of lazy lists (nil when there are none)
}

// layout holds where each value was written, keyed by its record's position
// and its key, so that the validator can point at `kind: metting` itself
// rather than at the start of its record; and which values did not decode,
// so that the validator does not also call them missing. It is kept per
// file so that files can be decoded in parallel.
type layout struct {
	files map[string]*fileLayout
}

// fileLayout is one file's part of a layout: per record (by line and
// column), its keys. A slice per record rather than a map entry per key
// keeps it to a fraction of the file's size.
type fileLayout struct {
	recs map[lineCol][]keyPos
}

type lineCol struct{ line, col int32 }

// keyPos is where one key's value was written (line 0: not known), and
// whether it failed to decode.
type keyPos struct {
	key       string
	line, col int32
	bad       bool
}

func newLayout() *layout { return &layout{files: map[string]*fileLayout{}} }

func newFileLayout() *fileLayout { return &fileLayout{recs: map[lineCol][]keyPos{}} }

func at(p Pos) lineCol { return lineCol{int32(p.Line), int32(p.Col)} }

// find returns key's entry in the record at rec, or nil.
func (fl *fileLayout) find(rec Pos, key string) *keyPos {
	ks := fl.recs[at(rec)]
	for i := range ks {
		if ks[i].key == key {
			return &ks[i]
		}
	}
	return nil
}

// entry returns key's entry in the record at rec, adding it if need be.
func (fl *fileLayout) entry(rec Pos, key string) *keyPos {
	if k := fl.find(rec, key); k != nil {
		return k
	}
	ks := append(fl.recs[at(rec)], keyPos{key: key})
	fl.recs[at(rec)] = ks
	return &ks[len(ks)-1]
}

// at returns where key's value was written in the record at rec, or rec.
func (l *layout) at(rec Pos, key string) Pos {
	if fl := l.files[rec.File]; fl != nil {
		if k := fl.find(rec, key); k != nil && k.line > 0 {
			return Pos{File: rec.File, Line: int(k.line), Col: int(k.col)}
		}
	}
	return rec
}

// isBad reports whether key's value in the record at rec failed to decode.
func (l *layout) isBad(rec Pos, key string) bool {
	if fl := l.files[rec.File]; fl != nil {
		k := fl.find(rec, key)
		return k != nil && k.bad
	}
	return false
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.path, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, field, format string, args ...any) {
	d.errs = append(d.errs, &ParseError{File: d.path, Line: n.Line, Col: n.Column, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// decodeFile parses one record file. It returns the file and the problems
// found; the file is nil when nothing could be read, and partial when some
// values could not, so that validation can still report on the rest.
// Once ctx is done, it stops between batches of items and returns nothing.
func decodeFile(ctx context.Context, path string, data []byte, lay *fileLayout) (*File, []*ParseError) {
	if !utf8.Valid(data) {
		line, col, b := firstInvalidUTF8(data)
		return nil, []*ParseError{{File: path, Line: line, Col: col, Msg: fmt.Sprintf("file is not valid UTF-8 (found byte 0x%02x; expected UTF-8 text)", b)}}
	}
	if secs, ok := splitFile(data); ok {
		d := &decoder{path: path, lay: lay, ctx: ctx}
		if root, ok := d.root(secs); ok {
			f := &File{Path: path}
			d.value(root, reflect.ValueOf(f).Elem(), "")
			d.checkRest()
			if ctx.Err() != nil {
				return nil, nil
			}
			if !d.fatal {
				return f, d.errs
			}
		}
		if d.syntax != nil && len(data) > MaxWholeFile {
			return nil, []*ParseError{d.syntax}
		}
		// A syntax error, or a shape the cut did not foresee: parse the
		// whole file, for the error yaml.v3 gives it.
		clear(lay.recs)
	}
	if len(data) > MaxWholeFile {
		return nil, []*ParseError{{File: path, Line: 1, Col: 1, Msg: fmt.Sprintf("file is %s and not in block style, which a file over %s must be (keys at the start of their lines, each list item on lines of its own starting with \"- \", spaces not tabs)", mib(int64(len(data))), mib(MaxWholeFile))}}
	}
	return decodeWhole(path, data, lay)
}

// MaxWholeFile is the largest record file parsed as one YAML tree (some
// twenty times its size in memory): larger ones are read item by item,
// which needs block style (see chunk.go).
const MaxWholeFile = 8 << 20

// decodeWhole is decodeFile parsing the file's whole tree at once.
func decodeWhole(path string, data []byte, lay *fileLayout) (*File, []*ParseError) {
	d := &decoder{path: path, lay: lay}
	fail := func(line, col int, format string, args ...any) (*File, []*ParseError) {
		return nil, []*ParseError{{File: path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}}
	}
	syntax := func(err error) (*File, []*ParseError) {
		line, col, msg := syntaxError(data, err)
		return fail(line, col, "%s", msg)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return fail(1, 1, "file is empty (expected a mapping with source:, entity lists or fact lists)")
		}
		return syntax(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return fail(extra.Line, extra.Column, "second YAML document in one file (expected one document per file)")
	} else if !errors.Is(err, io.EOF) {
		return syntax(err)
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return fail(1, 1, "file is empty (expected a mapping with source:, entity lists or fact lists)")
	}
	root := doc.Content[0]
	f := &File{Path: path}
	if !d.checkKind(root, "", yaml.MappingNode) {
		return nil, d.errs
	}
	d.value(root, reflect.ValueOf(f).Elem(), "")
	return f, d.errs
}

// yamlLine matches the position yaml.v3 puts in its syntax errors.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// syntaxError places a yaml.v3 syntax error in data: yaml.v3 gives a line
// only, often the start of the enclosing block, so the mistake itself is
// looked for (a tab in indentation, a ": " in a plain value, a line
// indented out of step).
func syntaxError(data []byte, err error) (line, col int, msg string) {
	line, msg = yamlError(err)
	col = 1
	if strings.Contains(msg, "tab character") {
		if l, c, ok := tabAt(data, line); ok {
			line, col = l, c
		}
	} else if strings.Contains(msg, "mapping values are not allowed") {
		// A plain value holding ": " reads as a second key on its line.
		if c, ok := strayColon(data, line); ok {
			l := strings.TrimSpace(strings.Split(string(data), "\n")[line-1])
			key, value, _ := strings.Cut(strings.TrimPrefix(l, "- "), ": ")
			col, msg = c, fmt.Sprintf(`yaml syntax: ": " inside a plain value; expected the value quoted: %s: %q`, key, value)
		}
	} else if strings.Contains(msg, "did not find expected") {
		// yaml.v3 names the start of the block; the mistake is the
		// first line indented out of step with the lines above it.
		if l, c, ok := dedented(data, line); ok {
			line, col = l, c
			msg += "; this line is indented less than the one before it but more than the key it belongs under (expected it in line with a key above)"
		}
	} else if strings.Contains(msg, "cannot start any token") {
		// yaml.v3's words for a tab that starts a line's indentation.
		if l, c, ok := tabAt(data, line); ok && l == line {
			col = c
			msg += " (a tab in indentation; expected spaces)"
		}
	}
	return line, col, msg
}

// yamlError turns a yaml.v3 syntax error into a line (it gives no column)
// and a message without the "yaml:" prefix.
func yamlError(err error) (int, string) {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return line, "yaml syntax: " + msg[len(m[0]):]
	}
	return 1, "yaml syntax: " + strings.TrimPrefix(msg, "yaml: ")
}

// strayColon finds, on a line that yaml.v3 says holds a second mapping
// value, the ": " after the key's own: where the value should have been
// quoted.
func strayColon(data []byte, line int) (col int, ok bool) {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return 0, false
	}
	l := lines[line-1]
	first := strings.Index(l, ": ")
	if first < 0 {
		return 0, false
	}
	rest := l[first+2:]
	if strings.HasPrefix(strings.TrimSpace(rest), `"`) || strings.HasPrefix(strings.TrimSpace(rest), "'") {
		return 0, false
	}
	second := strings.Index(rest, ": ")
	if second < 0 && strings.HasSuffix(rest, ":") {
		second = len(rest) - 1
	}
	if second < 0 {
		return 0, false
	}
	return utf8.RuneCountInString(l[:first+2+second]) + 1, true
}

// dedented finds, from a block's first line on, the first line that
// returns from a deeper indentation to none of the levels open above it:
// shallower than the line before, deeper than the key it belongs under.
func dedented(data []byte, from int) (line, col int, ok bool) {
	var levels []int
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimLeft(l, " ")
		if i+1 < from || t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		ind := len(l) - len(t)
		popped := false
		for len(levels) > 0 && levels[len(levels)-1] > ind {
			levels = levels[:len(levels)-1]
			popped = true
		}
		if popped && (len(levels) == 0 || levels[len(levels)-1] != ind) {
			return i + 1, ind + 1, true
		}
		if len(levels) == 0 || levels[len(levels)-1] < ind {
			levels = append(levels, ind)
		}
	}
	return 0, 0, false
}

// tabAt finds the tab in indentation that yaml.v3 complains of: it names
// the line of the token before it, so the first line from there whose
// indentation holds a tab, if any.
func tabAt(data []byte, from int) (line, col int, ok bool) {
	for i, l := range strings.SplitAfter(string(data), "\n") {
		if i+1 < from {
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if t := strings.IndexByte(l[:indent], '\t'); t >= 0 {
			return i + 1, t + 1, true
		}
	}
	return 0, 0, false
}

// firstInvalidUTF8 finds the first byte that is not UTF-8, counting columns
// in runes.
func firstInvalidUTF8(data []byte) (line, col int, b byte) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col, data[0]
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col, 0
}

var kindNames = map[yaml.Kind]string{
	yaml.DocumentNode: "a document",
	yaml.SequenceNode: "a list",
	yaml.MappingNode:  "a mapping",
	yaml.ScalarNode:   "a single value",
	yaml.AliasNode:    "an alias",
}

// checkKind reports a node of the wrong kind. Aliases are refused outright:
// records are short, and following aliases could blow up in size.
func (d *decoder) checkKind(n *yaml.Node, field string, want yaml.Kind) bool {
	// A tag (`!!binary`, `!custom`) would be read as its bare text, which
	// it is not; `!!str` only says what the value is anyway.
	if n.Style&yaml.TaggedStyle != 0 && n.Tag != "!!str" {
		d.errorf(n, field, "tag %q is not supported (expected %s with no tag)", n.Tag, kindNames[want])
		return false
	}
	if n.Kind == want {
		return true
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, field, "alias %q: aliases are not supported (expected %s written out)", "*"+n.Value, kindNames[want])
		return false
	}
	d.errorf(n, field, "found %s, expected %s", describe(n), kindNames[want])
	return false
}

// describe says what a node is, for "found X, expected Y".
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		if isNull(n) {
			if n.Value == "" {
				return "an empty value"
			}
			return fmt.Sprintf("an empty value %q", n.Value)
		}
		return clip(n.Value)
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	return kindNames[n.Kind]
}

// isNull reports an empty value (`key:` or `key: null`), which leaves the
// field at its zero value.
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// join appends a key to an error context.
func join(ctx, key string) string {
	if ctx == "" {
		return key
	}
	return ctx + ": " + key
}

// value decodes n into v. ctx names the record being read; key is the YAML
// key n was found under, for messages.
func (d *decoder) value(n *yaml.Node, v reflect.Value, ctx string) {
	switch v.Type() {
	case refType:
		if s, ok := d.scalar(n, ctx); ok {
			v.Set(reflect.ValueOf(Ref{ID: s, Pos: d.pos(n)}))
		}
		return
	case dateType:
		if s, ok := d.scalar(n, ctx); ok {
			v.Set(reflect.ValueOf(Date{Value: s, Pos: d.pos(n)}))
		}
		return
	case textType:
		if s, ok := d.scalar(n, ctx); ok {
			v.Set(reflect.ValueOf(Text{Value: s, Pos: d.pos(n)}))
		}
		return
	case numType:
		if s, ok := d.scalar(n, ctx); ok {
			f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
			if tag := n.ShortTag(); err != nil || (tag != "!!int" && tag != "!!float") || math.IsInf(f, 0) || math.IsNaN(f) {
				d.errorf(n, ctx, "found %q, expected a number such as 1200000 or 1.2e6", s)
				return
			}
			v.Set(reflect.ValueOf(&f))
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if s, ok := d.scalar(n, ctx); ok {
			v.SetString(s)
		}
	case reflect.Int:
		if s, ok := d.scalar(n, ctx); ok {
			i, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, 32)
			if err != nil || n.ShortTag() != "!!int" {
				d.errorf(n, ctx, "found %s, expected a whole number", clip(s))
				return
			}
			v.SetInt(i)
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if d.checkKind(n, ctx, yaml.MappingNode) {
			d.value(n, p.Elem(), ctx)
			v.Set(p)
		}
	case reflect.Slice:
		if !d.checkKind(n, ctx, yaml.SequenceNode) {
			return
		}
		s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
		for _, item := range n.Content {
			before := len(d.errs)
			s = reflect.Append(s, reflect.Zero(v.Type().Elem()))
			d.value(item, s.Index(s.Len()-1), ctx)
			if len(d.errs) > before {
				s = s.Slice(0, s.Len()-1)
			}
		}
		v.Set(s)
	case reflect.Struct:
		if d.checkKind(n, ctx, yaml.MappingNode) {
			d.mapping(n, v, ctx)
		}
	default:
		panic(fmt.Sprintf("schema: decoder cannot fill %s", v.Type()))
	}
}

// scalar returns a scalar's text; it reports lists and mappings.
func (d *decoder) scalar(n *yaml.Node, ctx string) (string, bool) {
	if !d.checkKind(n, ctx, yaml.ScalarNode) {
		return "", false
	}
	// `key: ~` leaves a field empty before this; a null here is a list
	// item, which would otherwise be kept as the text "~" or "null".
	if isNull(n) {
		d.errorf(n, ctx, "found %s, expected a single value", describe(n))
		return "", false
	}
	return n.Value, true
}

// mapping fills the struct v from the mapping node n by the fields' yaml
// tags. Keys that name no field, and keys given twice, are reported.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, ctx string) {
	sf := d.fieldsOf(v.Type())
	fields, keys := sf.index, sf.keys
	if sf.pos >= 0 {
		v.Field(sf.pos).Set(reflect.ValueOf(d.pos(n)))
	}
	// Records have a dozen keys at most: a map to find repeats pays only
	// for a mapping written with many.
	var seen map[string]*yaml.Node
	if len(n.Content) > 32 {
		seen = map[string]*yaml.Node{}
	}
	rec := d.pos(n)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, ctx, "found %s as a key, expected a key name", describe(k))
			continue
		}
		if first := repeatOf(n.Content[:i], seen, k); first != nil {
			d.errorf(k, ctx, "key %q given twice (first at line %d)", k.Value, first.Line)
			continue
		}
		e := d.lay.entry(rec, k.Value)
		e.line, e.col = int32(val.Line), int32(val.Column)
		fi, ok := fields[k.Value]
		if !ok {
			guess := nearest(k.Value, keys)
			d.errorf(k, ctx, "unknown key %s%s", clip(k.Value), suggestKey(guess, keys))
			// A misspelt required key is reported here; the validator
			// need not also call it missing.
			d.lay.entry(rec, guess).bad = true
			continue
		}
		f := v.Field(fi)
		if isNull(val) && val.Style&yaml.TaggedStyle == 0 {
			// An empty list or value is as good as none; an empty
			// `source:` would silently turn a source file into an entity file.
			if f.Kind() == reflect.Pointer {
				d.errorf(val, join(ctx, k.Value), "found an empty value, expected a mapping")
				d.lay.entry(rec, k.Value).bad = true
			}
			continue
		}
		before := len(d.errs)
		if f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct && f.Type().Elem() != refType {
			d.records(val, f, ctx, k.Value)
		} else {
			d.value(val, f, join(ctx, k.Value))
		}
		if len(d.errs) > before {
			d.lay.entry(rec, k.Value).bad = true
		}
	}
}

// repeatOf returns the earlier key node among pairs (key, value, ...) with
// k's name, or nil; seen, when not nil, indexes them and gets k.
func repeatOf(pairs []*yaml.Node, seen map[string]*yaml.Node, k *yaml.Node) *yaml.Node {
	if seen != nil {
		if first, dup := seen[k.Value]; dup {
			return first
		}
		seen[k.Value] = k
		return nil
	}
	for j := 0; j+1 < len(pairs); j += 2 {
		if pairs[j].Kind == yaml.ScalarNode && pairs[j].Value == k.Value {
			return pairs[j]
		}
	}
	return nil
}

// structFields is what mapping needs of a record type: its keys, the field
// of each, and the field that takes the record's position (or -1).
type structFields struct {
	index map[string]int
	keys  []string
	pos   int
}

// fieldsOf returns t's fields, worked out once per decoder.
func (d *decoder) fieldsOf(t reflect.Type) *structFields {
	if sf := d.types[t]; sf != nil {
		return sf
	}
	sf := &structFields{index: map[string]int{}, pos: -1}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name == "Pos" && f.Type == posType {
			sf.pos = i
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		sf.index[name] = i
		sf.keys = append(sf.keys, name)
	}
	if d.types == nil {
		d.types = map[reflect.Type]*structFields{}
	}
	d.types[t] = sf
	return sf
}

// records decodes a list of records (events, participants, ...), each under
// a context naming it by its id when it has one: `event "piia-visit"`.
func (d *decoder) records(n *yaml.Node, v reflect.Value, ctx, key string) {
	if !d.checkKind(n, join(ctx, key), yaml.SequenceNode) {
		return
	}
	// A list item that is not a mapping is reported and left out, so that
	// the validator does not also report an empty record with no position.
	size := len(n.Content)
	if l, lazy := d.lazy[n]; lazy {
		size = l.size
	}
	s := reflect.MakeSlice(v.Type(), 0, size)
	for i := 0; ; i++ {
		item := d.item(n, i)
		if item == nil {
			break
		}
		rctx := join(ctx, recordLabel(item, key, i))
		if !d.checkKind(item, rctx, yaml.MappingNode) {
			continue
		}
		s = reflect.Append(s, reflect.Zero(v.Type().Elem()))
		d.value(item, s.Index(s.Len()-1), rctx)
	}
	v.Set(s)
}

// recordLabel names the i-th record of a list for messages.
func recordLabel(n *yaml.Node, key string, i int) string {
	name := singular[key]
	if name == "" {
		name = key
	}
	get := func(k string) string {
		if n.Kind != yaml.MappingNode {
			return ""
		}
		for j := 0; j+1 < len(n.Content); j += 2 {
			if n.Content[j].Value == k && n.Content[j+1].Kind == yaml.ScalarNode {
				return n.Content[j+1].Value
			}
		}
		return ""
	}
	switch key {
	case "participants":
		if who := get("who"); who != "" {
			return name + " " + clip(who)
		}
	case "tenures":
		if person, post := get("person"), get("post"); person != "" && post != "" {
			return name + " " + clip(person) + " as " + clip(post)
		}
	default:
		if id := get("id"); id != "" {
			return name + " " + clip(id)
		}
	}
	return fmt.Sprintf("%s[%d]", key, i)
}

// suggestKey is the tail of an unknown-key message: the likely key meant,
// and the valid keys when there are not too many to read.
func suggestKey(guess string, keys []string) string {
	var b strings.Builder
	if guess != "" {
		fmt.Fprintf(&b, " (did you mean %q?)", guess)
	}
	if len(keys) <= 16 { // a file's top-level keys are still listed
		sorted := append([]string(nil), keys...)
		sort.Strings(sorted)
		fmt.Fprintf(&b, "; expected one of %s", strings.Join(sorted, ", "))
	}
	return b.String()
}

// nearest returns the candidate closest to got by edit distance (ignoring
// case), if it is close enough to be a likely typo.
func nearest(got string, candidates []string) string {
	best, bestD := "", -1
	lg := strings.ToLower(got)
	for _, c := range candidates {
		dist := editDistance(lg, strings.ToLower(c))
		limit := min(max(len(c)/3, 1), 3)
		if dist > limit {
			continue
		}
		if bestD < 0 || dist < bestD || dist == bestD && c < best {
			best, bestD = c, dist
		}
	}
	return best
}

// EditDistance is the Levenshtein distance between a and b, by runes: the
// measure of "did you mean" suggestions, here and in the queries' misses.
func EditDistance(a, b string) int { return editDistance(a, b) }

// editDistance is the Levenshtein distance between a and b, by runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
