package queries

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/bilat/bilat/schema"
)

// NotFoundError is a parameter whose text names nothing in the graph: no
// person, post, place or country (the kinds the query looked for) matches
// it. Closest lists the names in the graph that come nearest.
type NotFoundError struct {
	Query   string
	Param   string
	Value   string
	Kinds   []string // schema kinds: person, org, group, country, ...
	Closest []string
}

func (e *NotFoundError) Error() string {
	var what []string
	for _, k := range e.Kinds {
		what = append(what, kindWord(k))
	}
	kinds := strings.Join(what, ", ")
	if n := len(what); n > 1 {
		kinds = strings.Join(what[:n-1], ", ") + " or " + what[n-1]
	}
	msg := fmt.Sprintf("query %q: parameter %q: no %s named %q in the graph", e.Query, e.Param, kinds, e.Value)
	if len(e.Closest) == 0 {
		return msg + " (and none with a similar name)"
	}
	quoted := make([]string, len(e.Closest))
	for i, c := range e.Closest {
		quoted[i] = fmt.Sprintf("%q", c)
	}
	return msg + " (closest: " + strings.Join(quoted, ", ") + ")"
}

func kindWord(k string) string {
	if k == schema.KindOrganization {
		return "organization"
	}
	return k
}

// missTag marks the message a query's matched() helper throws when a
// parameter names nothing: "[bilat-miss {json}]".
var missTag = regexp.MustCompile(`\[bilat-miss (\{.*\})\]`)

// asMiss turns the error a query threw for a parameter that names nothing
// into a *NotFoundError with the closest names; other errors stay as they
// are.
func asMiss(ctx context.Context, qs cgraph.QuadStore, q Query, err error) error {
	m := missTag.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	var miss struct {
		Param string   `json:"param"`
		Value string   `json:"value"`
		Kinds []string `json:"kinds"`
	}
	if json.Unmarshal([]byte(m[1]), &miss) != nil {
		return err
	}
	closest, cerr := Closest(ctx, qs, miss.Value, miss.Kinds, maxClosest)
	if cerr != nil {
		return cerr
	}
	return &NotFoundError{Query: q.Name, Param: miss.Param, Value: miss.Value, Kinds: miss.Kinds, Closest: closest}
}

// maxClosest is how many names a miss suggests.
const maxClosest = 5

// namePreds are the values a parameter's text is matched with, as the
// queries' resolve and resolveCountry read them.
var namePreds = []quad.IRI{schema.Name, schema.AlternateName, schema.Title, schema.OfficialName, schema.Demonym}

// Closest returns up to n canonical names of the records of the given
// kinds whose name, alias, title or id comes nearest to text (by edit
// distance between folded forms, a name's words compared with as many words
// of text), nearest first. It reads every name once: it is for misses, not
// for each query.
func Closest(ctx context.Context, qs cgraph.QuadStore, text string, kinds []string, n int) ([]string, error) {
	want := Fold(text)
	type cand struct {
		name string
		dist int
	}
	best := map[quad.IRI]*cand{}
	consider := func(iri quad.IRI, s string) {
		d := nameDistance(want, Fold(s))
		if c := best[iri]; c == nil || d < c.dist {
			if c == nil {
				c = &cand{}
				best[iri] = c
			}
			c.dist = d
		}
	}
	for _, k := range kinds {
		class, ok := kindClass[k]
		if !ok {
			continue
		}
		err := namesOf(ctx, qs, class, func(iri quad.IRI, pred quad.IRI, s string) {
			consider(iri, s)
			// A report is named by its id, which is what the source
			// parameter takes.
			if pred == schema.Name && k != schema.KindSource {
				best[iri].name = s
			}
			consider(iri, strings.ReplaceAll(string(iri)[strings.LastIndex(string(iri), "/")+1:], "-", " "))
		})
		if err != nil {
			return nil, err
		}
	}
	var out []cand
	seen := map[string]bool{}
	for iri, c := range best {
		if c.name == "" {
			c.name = string(iri)[strings.LastIndex(string(iri), "/")+1:]
		}
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b cand) int { return cmp.Or(cmp.Compare(a.dist, b.dist), strings.Compare(a.name, b.name)) })
	// Only names within reach: at most a third of the folded text's length
	// away.
	limit := max(1, len([]rune(want))/3)
	var names []string
	for _, c := range out {
		if len(names) == n || c.dist > limit {
			break
		}
		if !seen[c.name] {
			seen[c.name] = true
			names = append(names, c.name)
		}
	}
	return names, nil
}

// kindClass is the class of each kind's records, as the queries' KIND_CLASS
// has it.
var kindClass = map[string]quad.IRI{
	schema.KindPerson: schema.ClassPerson, schema.KindOrganization: schema.ClassOrganization,
	schema.KindGroup: schema.ClassGroup, schema.KindCountry: schema.ClassCountry, schema.KindPlace: schema.ClassPlace,
	schema.KindPost: schema.ClassPost, schema.KindEvent: schema.ClassEvent, schema.KindVisit: schema.ClassVisit,
	schema.KindSource: schema.ClassArticle,
}

// namesOf calls fn with each name (namePreds) of every node of a class. It
// reads the nodes from the object index (?, rdf:type, class) and their
// names from the subject index: the store has no index led by a predicate,
// and a scan of every name or node takes seconds at a million quads.
func namesOf(ctx context.Context, qs cgraph.QuadStore, class quad.IRI, fn func(node, pred quad.IRI, name string)) error {
	classRef, err := qs.ValueOf(class)
	if err != nil || classRef == nil {
		return err
	}
	typeRef, err := qs.ValueOf(schema.Type)
	if err != nil || typeRef == nil {
		return err
	}
	preds := map[any]quad.IRI{}
	for _, p := range namePreds {
		if ref, err := qs.ValueOf(p); err == nil && ref != nil {
			preds[ref.Key()] = p
		}
	}
	seen := map[any]bool{}
	typed := qs.QuadIterator(quad.Object, classRef).Iterate()
	defer typed.Close()
	for typed.Next(ctx) {
		if p, err := qs.QuadDirection(typed.Result(), quad.Predicate); err != nil || p.Key() != typeRef.Key() {
			continue
		}
		sub, err := qs.QuadDirection(typed.Result(), quad.Subject)
		if err != nil {
			return err
		}
		if seen[sub.Key()] {
			continue // typed by two sources
		}
		seen[sub.Key()] = true
		node, err := qs.NameOf(sub)
		if err != nil {
			return err
		}
		iri, ok := node.(quad.IRI)
		if !ok {
			continue
		}
		if err := eachName(ctx, qs, sub, preds, func(pred quad.IRI, name string) { fn(iri, pred, name) }); err != nil {
			return err
		}
	}
	return typed.Err()
}

// eachName calls fn with the names of one node.
func eachName(ctx context.Context, qs cgraph.QuadStore, sub cgraph.Ref, preds map[any]quad.IRI, fn func(pred quad.IRI, name string)) error {
	it := qs.QuadIterator(quad.Subject, sub).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		p, err := qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return err
		}
		pred, ok := preds[p.Key()]
		if !ok {
			continue
		}
		o, err := qs.QuadDirection(it.Result(), quad.Object)
		if err != nil {
			return err
		}
		v, err := qs.NameOf(o)
		if err != nil {
			return err
		}
		if s, ok := quad.NativeOf(v).(string); ok {
			fn(pred, s)
		}
	}
	return it.Err()
}

// nameDistance is the edit distance from what was asked to a name, or to
// the run of the name's words as long as what was asked ("kistafn" is one
// edit from "yerzhan kistafin").
func nameDistance(want, name string) int {
	d := schema.EditDistance(want, name)
	ww, nw := strings.Fields(want), strings.Fields(name)
	for i := 0; i+len(ww) <= len(nw) && len(ww) > 0; i++ {
		d = min(d, schema.EditDistance(want, strings.Join(nw[i:i+len(ww)], " ")))
	}
	return d
}

// Fold is a name as Bilat compares names, the same as the queries' fold
// helper: lower case, accents dropped, punctuation and runs of space as one
// space ("Y.Kistafin" and "y kistafin", "Paçaci" and "pacaci" fold alike).
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(t, s)
	if err != nil {
		folded = s
	}
	folded = strings.Map(func(r rune) rune {
		switch r {
		case 'ı':
			return 'i'
		case 'ø', 'Ø':
			return 'o'
		case 'ł', 'Ł':
			return 'l'
		case 'đ', 'Đ':
			return 'd'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, folded)
	return strings.Join(strings.Fields(folded), " ")
}
