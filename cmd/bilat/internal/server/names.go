package server

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
)

// Name is one entry of /api/names: a record that a query parameter can
// name, with its canonical name and the aliases reports wrote.
type Name struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

type nameClass struct {
	kind  string
	class quad.IRI
}

// nameClasses are the kinds of record /api/names lists, by rdf:type.
var nameClasses = []nameClass{
	{schema.KindPerson, schema.ClassPerson},
	{schema.KindOrganization, schema.ClassOrganization},
	{schema.KindCountry, schema.ClassCountry},
	{schema.KindGroup, schema.ClassGroup},
	{schema.KindPlace, schema.ClassPlace},
	{schema.KindPost, schema.ClassPost},
}

const (
	defaultNames = 100
	maxNames     = 1000
)

// nameIndex lists the named records of the store. It is built on first use
// and again whenever the store's quad count changes (writes through API v2).
type nameIndex struct {
	store *graph.Store

	mu    sync.Mutex
	quads int64
	names []Name
	built bool
}

func newNameIndex(store *graph.Store) *nameIndex { return &nameIndex{store: store} }

func (x *nameIndex) get(ctx context.Context, quads int64) ([]Name, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.built && x.quads == quads {
		return x.names, nil
	}
	names, err := listNames(ctx, x.store)
	if err != nil {
		return nil, err
	}
	x.names, x.quads, x.built = names, quads, true
	return names, nil
}

// listNames reads every record of nameClasses with its names, sorted by
// name then id.
func listNames(ctx context.Context, store *graph.Store) ([]Name, error) {
	qs := store.QuadStore()
	byIRI := map[quad.IRI]*Name{}
	var out []*Name
	for _, c := range nameClasses {
		err := path.StartPath(qs, c.class).In(schema.Type).Tag("id").Save(schema.Name, "name").
			Iterate(ctx).TagValues(qs, func(tags map[string]quad.Value) error {
			iri, ok := tags["id"].(quad.IRI)
			if !ok || byIRI[iri] != nil {
				return nil
			}
			n := &Name{ID: shortID(iri), Kind: c.kind, Name: quad.NativeOf(tags["name"]).(string)}
			byIRI[iri] = n
			out = append(out, n)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err := path.StartPath(qs).Tag("id").Save(schema.AlternateName, "alias").
		Iterate(ctx).TagValues(qs, func(tags map[string]quad.Value) error {
		iri, _ := tags["id"].(quad.IRI)
		if n := byIRI[iri]; n != nil {
			if a, ok := quad.NativeOf(tags["alias"]).(string); ok && !slices.Contains(n.Aliases, a) {
				n.Aliases = append(n.Aliases, a)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	names := make([]Name, 0, len(out))
	for _, n := range out {
		slices.Sort(n.Aliases)
		names = append(names, *n)
	}
	slices.SortFunc(names, func(a, b Name) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.ID, b.ID))
	})
	return names, nil
}

// shortID is a record's id without the namespace and kind of its IRI.
func shortID(iri quad.IRI) string {
	s := strings.TrimPrefix(string(iri), schema.IDNS)
	if _, id, ok := strings.Cut(s, "/"); ok {
		return id
	}
	return s
}

// serveNames answers GET /api/names?kind=person,org&q=kist&limit=20 with
// the records whose name, alias or id contains q (in any case, with or
// without accents and punctuation).
func (s *Server) serveNames(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on /api/names", r.Method))
		return
	}
	q := r.URL.Query()
	kinds := map[string]bool{}
	for _, k := range strings.FieldsFunc(q.Get("kind"), func(r rune) bool { return r == ',' || r == ' ' }) {
		if !slices.ContainsFunc(nameClasses, func(c nameClass) bool { return c.kind == k }) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown kind %q (want %s)", k, nameKinds()))
			return
		}
		kinds[k] = true
	}
	limit := defaultNames
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxNames {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("limit %q is not a number from 1 to %d", v, maxNames))
			return
		}
		limit = n
	}
	quads, err := s.quadCount(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	all, err := s.names.get(r.Context(), quads)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	// Accents and punctuation do not count, as in the queries' matching.
	needle := queries.Fold(q.Get("q"))
	// Names with a word that starts with what was typed come first, then
	// names that merely contain it ("kist" finds Kistafin before Pakistan).
	var first, rest []Name
	for _, n := range all {
		if len(kinds) > 0 && !kinds[n.Kind] {
			continue
		}
		switch match(n, needle) {
		case wordMatch:
			first = append(first, n)
		case partMatch:
			rest = append(rest, n)
		}
	}
	out := append(first, rest...)
	if out == nil {
		out = []Name{}
	}
	writeJSON(w, http.StatusOK, out[:min(len(out), limit)])
}

// How a name matches what was typed.
const (
	noMatch = iota
	partMatch
	wordMatch
)

func match(n Name, needle string) int {
	if needle == "" {
		return wordMatch
	}
	best := noMatch
	for _, s := range append([]string{n.Name, n.ID}, n.Aliases...) {
		s = queries.Fold(s)
		i := strings.Index(s, needle)
		switch {
		case i < 0:
		case i == 0 || !isLetter(s[i-1]):
			return wordMatch
		default:
			best = partMatch
		}
	}
	return best
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 }

func nameKinds() string {
	var ks []string
	for _, c := range nameClasses {
		ks = append(ks, c.kind)
	}
	return strings.Join(ks, ", ")
}
