package server

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
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

// nameIndex lists the named records of the store. It is built in the
// background when the server starts, and again when the store's quad
// count changes (writes through API v2, loads into PostgreSQL); requests
// never wait for a build: before the first one ends they are answered 503
// with Retry-After, and during a rebuild from the previous list.
type nameIndex struct {
	store *graph.Store
	log   io.Writer

	mu       sync.Mutex
	base     context.Context // builds end with it (Serve's)
	names    []Name
	built    bool  // names is a whole list
	quads    int64 // the quad count it was built at
	building bool
	failed   time.Time // when the last build failed
	err      error     // and why
	builds   sync.WaitGroup
}

// A build may take this long (a name list of a 1M-quad store takes a few
// seconds); one that failed is tried again after namesRetry.
const (
	namesBuildTimeout = 2 * time.Minute
	namesRetry        = 10 * time.Second
)

func newNameIndex(store *graph.Store, log io.Writer) *nameIndex {
	return &nameIndex{store: store, log: log, base: context.Background()}
}

// start builds the index under ctx, which ends every build.
func (x *nameIndex) start(ctx context.Context) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.base = ctx
	x.rebuild(-1)
}

// wait returns once no build runs.
func (x *nameIndex) wait() { x.builds.Wait() }

// get returns the list, and false while the first build runs (or failed:
// err says why). A list built at another quad count than quads is
// returned while a new one is built.
func (x *nameIndex) get(quads int64) ([]Name, bool, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if (!x.built || x.quads != quads) && time.Since(x.failed) > namesRetry {
		x.rebuild(quads)
	}
	return x.names, x.built, x.err
}

// rebuild starts a build unless one runs. x.mu is held.
func (x *nameIndex) rebuild(quads int64) {
	if x.building || x.base.Err() != nil {
		return
	}
	x.building = true
	x.builds.Add(1)
	go func() {
		defer x.builds.Done()
		ctx, cancel := context.WithTimeout(x.base, namesBuildTimeout)
		defer cancel()
		if quads < 0 {
			var err error
			if quads, err = quadCount(ctx, x.store); err != nil {
				x.done(nil, 0, err)
				return
			}
		}
		names, err := listNames(ctx, x.store)
		x.done(names, quads, err)
	}()
}

func (x *nameIndex) done(names []Name, quads int64, err error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.building = false
	if err != nil {
		x.failed, x.err = time.Now(), fmt.Errorf("building the name list: %w", err)
		if x.base.Err() == nil { // a server shutting down has nothing to report
			fmt.Fprintf(x.log, "bilat: %v\n", x.err)
		}
		return
	}
	x.names, x.quads, x.built, x.err, x.failed = names, quads, true, nil, time.Time{}
}

// listNames reads every record of nameClasses with its names, sorted by
// name then id. It reads each record's own quads from the subject index:
// its work grows with the named records, not with the store (a path that
// saves the names joins over every name quad, which took 15 s per class on
// a 1M-quad store).
func listNames(ctx context.Context, store *graph.Store) ([]Name, error) {
	qs := store.QuadStore()
	seen := map[quad.Value]bool{}
	var names []Name
	// Each step reads to its end before the next opens a transaction: a
	// bolt read transaction opened inside another one's iteration waits
	// behind a writer that waits for the outer one to end (a write through
	// the API that grows the file hung the build and the write for good).
	type record struct {
		ref  cgraph.Ref
		iri  quad.IRI
		kind string
	}
	var records []record
	for _, c := range nameClasses {
		err := path.StartPath(qs, c.class).In(schema.Type).Iterate(ctx).EachValuePair(qs, func(ref cgraph.Ref, v quad.Value) error {
			if iri, ok := v.(quad.IRI); ok && !seen[iri] {
				seen[iri] = true
				records = append(records, record{ref, iri, c.kind})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, r := range records {
		var qrefs []cgraph.Ref
		err := iterator.Iterate(ctx, qs.QuadIterator(quad.Subject, r.ref)).Each(func(qref cgraph.Ref) error {
			qrefs = append(qrefs, qref)
			return nil
		})
		if err != nil {
			return nil, err
		}
		n := Name{ID: shortID(r.iri), Kind: r.kind}
		named := false
		for _, qref := range qrefs {
			q, err := qs.Quad(qref)
			if err != nil {
				return nil, err
			}
			text, ok := literalText(q.Object)
			switch {
			case !ok:
			case q.Predicate == schema.Name && !named:
				n.Name, named = text, true
			case q.Predicate == schema.AlternateName && !slices.Contains(n.Aliases, text):
				n.Aliases = append(n.Aliases, text)
			}
		}
		if named {
			slices.Sort(n.Aliases)
			names = append(names, n)
		}
	}
	slices.SortFunc(names, func(a, b Name) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.ID, b.ID))
	})
	return names, nil
}

// literalText is the text of a literal: a string's own, a number's or a
// date's as written. Anything written through the API may be a name; a
// node (IRI, blank node) is not one.
func literalText(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case nil, quad.IRI, quad.BNode:
		return "", false
	case quad.String:
		return string(v), true
	case quad.LangString:
		return string(v.Value), true
	case quad.TypedString:
		return string(v.Value), true
	default:
		return fmt.Sprint(v.Native()), true
	}
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
	quads, err := quadCount(r.Context(), s.store)
	if err != nil {
		w.Header().Set("Retry-After", strconv.Itoa(int(namesRetry.Seconds())))
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("counting the store's quads: %v", err))
		return
	}
	all, ready, err := s.names.get(quads)
	if !ready {
		msg, after := "the name list is being built; ask again shortly", 2
		if err != nil {
			msg, after = fmt.Sprintf("%v; it is tried again", err), int(namesRetry.Seconds())
		}
		w.Header().Set("Retry-After", strconv.Itoa(after))
		writeError(w, http.StatusServiceUnavailable, msg)
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
