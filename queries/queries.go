// Package queries is Bilat's library of canned Gizmo queries: the .js files
// embedded here, the metadata each file declares in its header, binding
// parameters as data, running a query on a Cayley store, writing its rows as
// a table, CSV, JSON or NDJSON, and serving the library over HTTP.
//
// Each NAME.js starts with a block comment holding YAML:
//
//	/* bilat-query
//	name: who-met-whom
//	description: Every pair of parties who took part in the same event.
//	columns: [event, date, a, b]
//	params:
//	  - {name: person, type: string, description: "name, alias or id"}
//	  - {name: from, type: date}
//	example: bilat query who-met-whom --param person=Kistafin
//	*/
//
// Parameters reach the query as data: Run puts `var params = {...};`,
// produced by json.Marshal, in front of the file (on its first line, so line
// numbers in errors stay right), and the file reads them with
// `var P = (typeof params === "undefined") ? {} : params;`. No parameter
// value is ever pasted into query text, and the same file runs unchanged in
// the Cayley web UI, where its own defaults apply.
//
// The helper functions every query uses are kept once, in lib/helpers.js. A
// query file names them with a line of its own, `// bilat:include
// lib/helpers.js`, and Parse puts the file there: Query.Source is the
// assembled text, the one Bilat runs, `bilat queries --source` prints and a
// Cayley UI user pastes.
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed *.js lib/*.js
var files embed.FS

// includeTag starts a line that Assemble replaces with a file of lib/.
const includeTag = "// bilat:include "

// Assemble returns src with each include line (`// bilat:include
// lib/NAME.js`, alone on its line) replaced by that embedded file, so that
// the text runs on its own. An include of a file that is not embedded is an
// error naming its line.
func Assemble(name, src string) (string, error) {
	if !strings.Contains(src, includeTag) {
		return src, nil
	}
	var b strings.Builder
	for i, line := range strings.SplitAfter(src, "\n") {
		text := strings.TrimRight(line, "\r\n")
		if !strings.HasPrefix(text, includeTag) {
			b.WriteString(line)
			continue
		}
		file := strings.TrimSpace(strings.TrimPrefix(text, includeTag))
		lib, err := files.ReadFile(file)
		if !strings.HasPrefix(file, "lib/") || err != nil {
			libs, _ := fs.Glob(files, "lib/*.js")
			return "", fmt.Errorf("%s:%d: include %q: no such file (want one of %s)", name, i+1, file, strings.Join(libs, ", "))
		}
		b.Write(lib)
		if !strings.HasSuffix(string(lib), "\n") {
			b.WriteString(line[len(text):])
		}
	}
	return b.String(), nil
}

// Parameter types a header may declare.
const (
	TypeString = "string"
	TypeDate   = "date" // YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B, checked with schema.Date.Check
	TypeInt    = "int"
	TypeBool   = "bool"
)

// Types lists the parameter types, in the order the docs give them.
func Types() []string { return []string{TypeString, TypeDate, TypeInt, TypeBool} }

// Param is one parameter a query declares.
type Param struct {
	Name        string `yaml:"name" json:"name"`
	Type        string `yaml:"type" json:"type"`
	Default     string `yaml:"default" json:"default,omitempty"` // as it would be written on the command line
	Required    bool   `yaml:"required" json:"required"`
	Description string `yaml:"description" json:"description"`
	// Min and Max bound an int parameter, when set.
	Min *int64 `yaml:"min" json:"min,omitempty"`
	Max *int64 `yaml:"max" json:"max,omitempty"`
}

// Query is one Gizmo query with the metadata of its header.
type Query struct {
	Name        string   `yaml:"name" json:"name"`
	Description string   `yaml:"description" json:"description"`
	Columns     []string `yaml:"columns" json:"columns"`
	Params      []Param  `yaml:"params" json:"params"`
	Example     string   `yaml:"example" json:"example"`
	// Source is the whole .js file, header included, assembled: with the
	// helpers of lib/ in place of its include lines.
	Source string `yaml:"-" json:"-"`
	// Declared is false for an ad-hoc file without a header: any parameter
	// is then accepted and passed on as a string.
	Declared bool `yaml:"-" json:"-"`
}

// Param returns the parameter named name.
func (q Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// headerTag opens the block comment that holds a query's metadata.
const headerTag = "/* bilat-query"

// Parse reads a query file and assembles it (see Assemble). A file that
// does not start with a header is accepted as an ad-hoc query named name,
// with no declared parameters.
func Parse(name, src string) (Query, error) {
	src, err := Assemble(name, src)
	if err != nil {
		return Query{}, err
	}
	body := strings.TrimLeft(src, "\ufeff \t\r\n")
	if !strings.HasPrefix(body, headerTag) {
		return Query{Name: name, Source: src}, nil
	}
	end := strings.Index(body, "*/")
	if end < 0 {
		return Query{}, fmt.Errorf("%s: header %q is not closed with */", name, headerTag)
	}
	var q Query
	dec := yaml.NewDecoder(strings.NewReader(body[len(headerTag):end]))
	dec.KnownFields(true)
	if err := dec.Decode(&q); err != nil {
		return Query{}, fmt.Errorf("%s: header: %w", name, err)
	}
	if q.Name == "" {
		q.Name = name
	}
	q.Source, q.Declared = src, true
	if err := q.check(); err != nil {
		return Query{}, fmt.Errorf("%s: header: %w", name, err)
	}
	return q, nil
}

// check validates the header: parameter names and types, and defaults that
// are valid values of their type.
func (q Query) check() error {
	seen := map[string]bool{}
	for _, p := range q.Params {
		switch {
		case p.Name == "":
			return fmt.Errorf("a parameter has no name")
		case seen[p.Name]:
			return fmt.Errorf("parameter %q is declared twice", p.Name)
		case !slices.Contains(Types(), p.Type):
			return fmt.Errorf("parameter %q: type %q is not one of %s", p.Name, p.Type, strings.Join(Types(), ", "))
		case p.Required && p.Default != "":
			return fmt.Errorf("parameter %q: a required parameter has no default", p.Name)
		case (p.Min != nil || p.Max != nil) && p.Type != TypeInt:
			return fmt.Errorf("parameter %q: min and max bound int parameters only", p.Name)
		}
		seen[p.Name] = true
		if p.Default != "" {
			if _, err := convert(p, p.Default); err != nil {
				return fmt.Errorf("default: %w", err)
			}
		}
	}
	if len(q.Columns) == 0 {
		return fmt.Errorf("no columns declared")
	}
	return nil
}

// Catalog returns every canned query, sorted by name. The headers are part
// of the binary and checked by the package's tests, so a bad one panics.
func Catalog() []Query {
	names, err := fs.Glob(files, "*.js")
	if err != nil {
		panic(err)
	}
	out := make([]Query, 0, len(names))
	for _, n := range names {
		out = append(out, mustLoad(n))
	}
	slices.SortFunc(out, func(a, b Query) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func mustLoad(file string) Query {
	src, err := files.ReadFile(file)
	if err != nil {
		panic(err)
	}
	q, err := Parse(strings.TrimSuffix(path.Base(file), ".js"), string(src))
	if err != nil {
		panic(fmt.Sprintf("queries: embedded %s", err))
	}
	return q
}

// Names lists the names of the canned queries.
func Names() []string {
	var names []string
	for _, q := range Catalog() {
		names = append(names, q.Name)
	}
	return names
}

// Lookup returns the canned query named name, or an *UnknownQueryError.
func Lookup(name string) (Query, error) {
	for _, q := range Catalog() {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, &UnknownQueryError{Name: name, Valid: Names()}
}
