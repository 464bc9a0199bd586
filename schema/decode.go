package schema

import (
	"bytes"
	"errors"
	"fmt"
	"io"
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
)

// singular names a record in a list for error contexts ("event", "figure").
var singular = map[string]string{
	"countries": "country", "places": "place", "people": "person",
	"organizations": "organization", "posts": "post", "groups": "group",
	"mentions": "mention", "tenures": "tenure", "visits": "visit",
	"events": "event", "documents": "document", "relations": "relation",
	"participants": "participant", "figures": "figure",
}

// decoder fills records from yaml.Node trees, keeping every value's position
// and collecting every problem rather than stopping at the first.
type decoder struct {
	path string
	errs []*ParseError
	lay  *fileLayout
}

// layout holds where each value was written, keyed by its record's position
// and its key, so that the validator can point at `kind: metting` itself
// rather than at the start of its record; and which values did not decode,
// so that the validator does not also call them missing. It is kept per
// file so that files can be decoded in parallel.
type layout struct {
	files map[string]*fileLayout
}

// fileLayout is one file's part of a layout.
type fileLayout struct {
	vals map[keyAt]Pos
	bad  map[keyAt]bool
}

func newLayout() *layout { return &layout{files: map[string]*fileLayout{}} }

func newFileLayout() *fileLayout {
	return &fileLayout{vals: map[keyAt]Pos{}, bad: map[keyAt]bool{}}
}

type keyAt struct {
	rec Pos
	key string
}

// at returns where key's value was written in the record at rec, or rec.
func (l *layout) at(rec Pos, key string) Pos {
	if fl := l.files[rec.File]; fl != nil {
		if p, ok := fl.vals[keyAt{rec, key}]; ok {
			return p
		}
	}
	return rec
}

// isBad reports whether key's value in the record at rec failed to decode.
func (l *layout) isBad(rec Pos, key string) bool {
	fl := l.files[rec.File]
	return fl != nil && fl.bad[keyAt{rec, key}]
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.path, Line: n.Line, Col: n.Column} }

func (d *decoder) errorf(n *yaml.Node, field, format string, args ...any) {
	d.errs = append(d.errs, &ParseError{File: d.path, Line: n.Line, Col: n.Column, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// decodeFile parses one record file. It returns the file and the problems
// found; the file is nil when nothing could be read, and partial when some
// values could not, so that validation can still report on the rest.
func decodeFile(path string, data []byte, lay *fileLayout) (*File, []*ParseError) {
	d := &decoder{path: path, lay: lay}
	fail := func(line, col int, format string, args ...any) (*File, []*ParseError) {
		return nil, []*ParseError{{File: path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}}
	}
	if !utf8.Valid(data) {
		line, col, b := firstInvalidUTF8(data)
		return fail(line, col, "file is not valid UTF-8 (found byte 0x%02x; expected UTF-8 text)", b)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return fail(1, 1, "file is empty (expected a mapping with source:, entity lists or fact lists)")
		}
		line, msg := yamlError(err)
		return fail(line, 1, "%s", msg)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return fail(extra.Line, extra.Column, "second YAML document in one file (expected one document per file)")
	} else if !errors.Is(err, io.EOF) {
		line, msg := yamlError(err)
		return fail(line, 1, "%s", msg)
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
		return fmt.Sprintf("%q", n.Value)
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
				d.errorf(n, ctx, "found %q, expected a whole number", s)
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
	return n.Value, true
}

// mapping fills the struct v from the mapping node n by the fields' yaml
// tags. Keys that name no field, and keys given twice, are reported.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, ctx string) {
	t := v.Type()
	fields := map[string]int{}
	var keys []string
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Name == "Pos" && sf.Type == posType {
			v.Field(i).Set(reflect.ValueOf(d.pos(n)))
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields[name] = i
		keys = append(keys, name)
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, ctx, "found %s as a key, expected a key name", describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.errorf(k, ctx, "key %q given twice (first at line %d)", k.Value, first.Line)
			continue
		}
		seen[k.Value] = k
		at := keyAt{d.pos(n), k.Value}
		d.lay.vals[at] = d.pos(val)
		fi, ok := fields[k.Value]
		if !ok {
			guess := nearest(k.Value, keys)
			d.errorf(k, ctx, "unknown key %q%s", k.Value, suggestKey(guess, keys))
			// A misspelt required key is reported here; the validator
			// need not also call it missing.
			d.lay.bad[keyAt{d.pos(n), guess}] = true
			continue
		}
		f := v.Field(fi)
		if isNull(val) {
			// An empty list or value is as good as none; an empty
			// `source:` would silently turn a source file into an entity file.
			if f.Kind() == reflect.Pointer {
				d.errorf(val, join(ctx, k.Value), "found an empty value, expected a mapping")
				d.lay.bad[at] = true
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
			d.lay.bad[at] = true
		}
	}
}

// records decodes a list of records (events, participants, ...), each under
// a context naming it by its id when it has one: `event "piia-visit"`.
func (d *decoder) records(n *yaml.Node, v reflect.Value, ctx, key string) {
	if !d.checkKind(n, join(ctx, key), yaml.SequenceNode) {
		return
	}
	// A list item that is not a mapping is reported and left out, so that
	// the validator does not also report an empty record with no position.
	s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
	for i, item := range n.Content {
		if !d.checkKind(item, join(ctx, recordLabel(item, key, i)), yaml.MappingNode) {
			continue
		}
		s = reflect.Append(s, reflect.Zero(v.Type().Elem()))
		d.value(item, s.Index(s.Len()-1), join(ctx, recordLabel(item, key, i)))
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
			return fmt.Sprintf("%s %q", name, who)
		}
	case "tenures":
		if person, post := get("person"), get("post"); person != "" && post != "" {
			return fmt.Sprintf("%s %q as %q", name, person, post)
		}
	default:
		if id := get("id"); id != "" {
			return fmt.Sprintf("%s %q", name, id)
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
	if len(keys) <= 13 {
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
