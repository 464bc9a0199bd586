package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"
	"github.com/lib/pq"
	"google.golang.org/protobuf/proto"

	"github.com/bilat/bilat/schema"
)

// Count is one line of Stats: what was counted and how many.
type Count struct {
	Name string `json:"name"`
	N    int64  `json:"count"`
}

// statClasses are the record kinds Stats counts, by rdf:type, in the order
// they are shown.
var statClasses = []struct {
	name  string
	class quad.IRI
}{
	{"sources", schema.ClassArticle},
	{"countries", schema.ClassCountry},
	{"places", schema.ClassPlace},
	{"people", schema.ClassPerson},
	{"organizations", schema.ClassOrganization},
	{"groups", schema.ClassGroup},
	{"posts", schema.ClassPost},
	{"visits", schema.ClassVisit},
	{"events", schema.ClassEvent},
	{"tenures", schema.ClassTenure},
	{"documents", schema.ClassDocument},
	{"relations", schema.ClassRelation},
}

// Stats counts the quads and the records of each kind: distinct subjects
// with that rdf:type, whichever sources state it. Events do not include
// visits, which are typed schema:Event too. After the events comes
// met-pairs, the pairs of people who met (see metPairs).
//
// It reads the store once, keeping the quads of the few predicates it
// counts by (statPredicates) as store keys: in order from Cayley's quad log
// on bolt and leveldb, in one query on PostgreSQL. Values are read back only
// where the rule compares them as text.
func (s *Store) Stats(ctx context.Context) ([]Count, error) {
	n, err := s.QuadCount(ctx)
	if err != nil {
		return nil, err
	}
	out := []Count{{Name: "quads", N: n}}
	r := s.statReader()
	g, err := readStatGraph(ctx, r)
	if err != nil {
		return nil, err
	}
	typed := func(c quad.IRI) map[any]bool { return g.typed[g.classes[c]] }
	for _, c := range statClasses {
		subjects := typed(c.class)
		n := len(subjects)
		if c.class == schema.ClassEvent {
			for k := range subjects {
				if typed(schema.ClassVisit)[k] {
					n--
				}
			}
		}
		out = append(out, Count{Name: c.name, N: int64(n)})
		if c.class == schema.ClassEvent {
			pairs, err := metPairs(ctx, r, g, subjects, typed(schema.ClassPerson))
			if err != nil {
				return nil, err
			}
			out = append(out, Count{Name: "met-pairs", N: pairs})
		}
	}
	return out, nil
}

// statReader is what Stats reads from a store. Nodes are opaque comparable
// keys, valid for one reader.
type statReader interface {
	// key is the key of a value, nil when the store does not hold it.
	key(ctx context.Context, v quad.Value) (any, error)
	// quads calls fn with the keys of every quad whose predicate is one of
	// preds (keys too), once per quad: a triple two sources state comes twice.
	quads(ctx context.Context, preds []any, fn func(s, p, o any)) error
	// texts returns the nodes' values as the canned queries compare them
	// (see queryText).
	texts(ctx context.Context, nodes []any) ([]string, error)
}

// edge is one quad of a node, by predicate and object key.
type edge struct{ p, o any }

// statGraph is what Stats keeps of the store: the subjects of each class
// and the edges of statPredicates, by subject.
type statGraph struct {
	classes map[quad.IRI]any     // class IRI -> key (nil when not stored)
	typed   map[any]map[any]bool // class key -> its subjects
	out     map[any][]edge       // subject -> its statPredicates edges
}

func readStatGraph(ctx context.Context, r statReader) (*statGraph, error) {
	g := &statGraph{classes: map[quad.IRI]any{}, typed: map[any]map[any]bool{}, out: map[any][]edge{}}
	for _, c := range statClasses {
		k, err := r.key(ctx, c.class)
		if err != nil {
			return nil, err
		}
		g.classes[c.class] = k
		if k != nil {
			g.typed[k] = map[any]bool{}
		}
	}
	typ, err := r.key(ctx, schema.Type)
	if err != nil || typ == nil {
		return g, err
	}
	preds := []any{typ}
	for _, p := range statPredicates {
		k, err := r.key(ctx, p)
		if err != nil {
			return nil, err
		}
		if k != nil {
			preds = append(preds, k)
		}
	}
	err = r.quads(ctx, preds, func(s, p, o any) {
		if p != typ {
			g.out[s] = append(g.out[s], edge{p: p, o: o})
		} else if subjects := g.typed[o]; subjects != nil {
			subjects[s] = true
		}
	})
	return g, err
}

// statPredicates are the predicates metPairs follows out of events,
// participations and people.
var statPredicates = []quad.IRI{
	schema.Host, schema.Guest, schema.Attendee, schema.Organiser, schema.CoChair,
	schema.Participation, schema.Member, schema.Represents, schema.Nationality, schema.InCountry,
	schema.Status,
}

func (s *Store) statReader() statReader {
	switch {
	case s.pg != nil:
		return pgStatReader{db: s.pg}
	case s.kv != nil:
		return kvStatReader{qsStatReader{qs: s.h.QuadStore}, s.kv}
	}
	return qsStatReader{qs: s.h.QuadStore}
}

// queryText is a value as the canned queries see it after val(): an IRI in
// angle brackets, a literal as its text.
func queryText(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return v.String()
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// metPairs counts the pairs of people who met, by the rule of the canned
// who-met-whom query (queries/who-met-whom.js): two people met when both
// took part, in any role, in one event (an IRI under id/event/) whose status
// is held or background, and they were on different sides: the countries
// they stood for differ or, when one is unknown, their roles differ. A
// person's role is the first of host, guest, attendee, organiser, co-chair
// they hold at the event; their country is the one their participation
// says they represented, else their nationality, else what they represent
// or belong to. Where a node has several values of one of these, the first
// in the query's text order counts, as `one()` takes it there. Each pair
// counts once, however many events they met at, and a pair is two nodes:
// namesakes are not merged.
func metPairs(ctx context.Context, r statReader, g *statGraph, events, people map[any]bool) (int64, error) {
	if len(events) == 0 || len(people) == 0 {
		return 0, nil
	}
	var k metKeys
	if err := k.init(ctx, r); err != nil {
		return 0, err
	}
	// The query reads the events typed schema:Event whose IRI is an
	// event's; a visit is typed schema:Event too.
	evs := make([]any, 0, len(events))
	for e := range events {
		evs = append(evs, e)
	}
	texts, err := r.texts(ctx, evs)
	if err != nil {
		return 0, err
	}
	prefix := quad.IRI(schema.IDNS + schema.KindEvent + "/").String()
	prefix = prefix[:len(prefix)-1] // "<https://bilat.dev/id/event/"
	m := metCounter{r: r, g: g, k: &k, people: people, ids: map[any]uint32{},
		countries: map[any]any{}, pairs: map[uint64]struct{}{}}
	for i, e := range evs {
		if !strings.HasPrefix(texts[i], prefix) {
			continue
		}
		if err := m.event(ctx, e); err != nil {
			return 0, err
		}
	}
	return int64(len(m.pairs)), nil
}

// metKeys are the keys of the values metPairs compares.
type metKeys struct {
	roles                                              []any // in the query's role order
	participation, member, represents, nationality, in any
	status, held, background                           any
}

func (k *metKeys) init(ctx context.Context, r statReader) error {
	k.roles = make([]any, 5)
	dst := []*any{&k.roles[0], &k.roles[1], &k.roles[2], &k.roles[3], &k.roles[4],
		&k.participation, &k.member, &k.represents, &k.nationality, &k.in, &k.status, &k.held, &k.background}
	var vals []quad.Value
	for _, p := range statPredicates {
		vals = append(vals, p)
	}
	vals = append(vals, quad.String(heldStatuses[0]), quad.String(heldStatuses[1]))
	for i, v := range vals {
		key, err := r.key(ctx, v)
		if err != nil {
			return err
		}
		*dst[i] = key
	}
	return nil
}

// metCounter collects the pairs of people who met, event by event.
type metCounter struct {
	r         statReader
	g         *statGraph
	k         *metKeys
	people    map[any]bool
	ids       map[any]uint32 // a small number per person, for the pair keys
	countries map[any]any    // a person's own country (standsFor), nil if none
	pairs     map[uint64]struct{}
}

// party is one person at an event.
type party struct {
	node    any
	role    int
	country any
}

func (m *metCounter) event(ctx context.Context, e any) error {
	edges := m.g.out[e]
	held, err := m.isHeld(ctx, objects(edges, m.k.status))
	if err != nil || !held {
		return err
	}
	var ps []party
	seen := map[any]bool{}
	for role, p := range m.k.roles {
		if p == nil {
			continue
		}
		for _, ed := range edges {
			if ed.p == p && !seen[ed.o] {
				seen[ed.o] = true
				if m.people[ed.o] {
					ps = append(ps, party{node: ed.o, role: role})
				}
			}
		}
	}
	if len(ps) < 2 {
		return nil
	}
	reps, err := m.represented(ctx, objects(edges, m.k.participation))
	if err != nil {
		return err
	}
	for i := range ps {
		if c, ok := reps[ps[i].node]; ok {
			ps[i].country = c
		} else if ps[i].country, err = m.standsFor(ctx, ps[i].node); err != nil {
			return err
		}
	}
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			a, b := ps[i], ps[j]
			apart := a.role != b.role
			if a.country != nil && b.country != nil {
				apart = a.country != b.country
			}
			if apart {
				m.pairs[pairKey(m.id(a.node), m.id(b.node))] = struct{}{}
			}
		}
	}
	return nil
}

// isHeld says whether the first status (in text order) is held or background.
func (m *metCounter) isHeld(ctx context.Context, statuses []any) (bool, error) {
	s, err := first(ctx, m.r, statuses)
	return s != nil && (s == m.k.held || s == m.k.background), err
}

// represented maps each party an event's participations name (their first
// member) to the country the participation says it represented, from the
// first such participation in text order.
func (m *metCounter) represented(ctx context.Context, parts []any) (map[any]any, error) {
	if len(parts) == 0 {
		return nil, nil
	}
	if len(parts) > 1 {
		texts, err := m.r.texts(ctx, parts)
		if err != nil {
			return nil, err
		}
		order := make([]int, len(parts))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(texts[a], texts[b]) })
		sorted := make([]any, len(parts))
		for i, j := range order {
			sorted[i] = parts[j]
		}
		parts = sorted
	}
	out := map[any]any{}
	for _, pt := range parts {
		edges := m.g.out[pt]
		member, err := first(ctx, m.r, objects(edges, m.k.member))
		if err != nil {
			return nil, err
		}
		rep, err := first(ctx, m.r, objects(edges, m.k.represents))
		if err != nil {
			return nil, err
		}
		if member == nil || rep == nil {
			continue
		}
		if _, done := out[member]; !done {
			out[member] = rep
		}
	}
	return out, nil
}

// standsFor is a person's own country: nationality, else what they
// represent, else the country they belong to; nil when none. (The query
// follows a group's partOf further; people are not groups.)
func (m *metCounter) standsFor(ctx context.Context, person any) (any, error) {
	if c, ok := m.countries[person]; ok {
		return c, nil
	}
	edges := m.g.out[person]
	var c any
	var err error
	for _, p := range []any{m.k.nationality, m.k.represents, m.k.in} {
		if c, err = first(ctx, m.r, objects(edges, p)); err != nil || c != nil {
			break
		}
	}
	m.countries[person] = c
	return c, err
}

func (m *metCounter) id(node any) uint32 {
	id, ok := m.ids[node]
	if !ok {
		id = uint32(len(m.ids))
		m.ids[node] = id
	}
	return id
}

// pairKey is the key of an unordered pair.
func pairKey(a, b uint32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

// objects lists the distinct objects of the edges with predicate p.
func objects(edges []edge, p any) []any {
	var out []any
	if p == nil {
		return nil
	}
	for _, e := range edges {
		if e.p == p && !slices.Contains(out, e.o) {
			out = append(out, e.o)
		}
	}
	return out
}

// first is the node whose text sorts first, nil for none: what the queries'
// one() returns. A single node needs no reading.
func first(ctx context.Context, r statReader, nodes []any) (any, error) {
	switch len(nodes) {
	case 0:
		return nil, nil
	case 1:
		return nodes[0], nil
	}
	texts, err := r.texts(ctx, nodes)
	if err != nil {
		return nil, err
	}
	best := 0
	for i := range texts {
		if texts[i] < texts[best] {
			best = i
		}
	}
	return nodes[best], nil
}

// QuadCount counts the quads in the store; a key-value store that was
// created but never written to (a first load killed before its first
// commit) holds none. Cayley's SQL store caches its count until its own
// writer writes, so Bilat's writes (or another process's) would go unseen:
// a postgres store is asked directly.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	if s.pg != nil {
		var n int64
		err := s.pg.QueryRowContext(ctx, "SELECT count(*) FROM quads").Scan(&n)
		return n, err
	}
	// The quad count is exact without asking for exact stats, which would
	// walk every node of a key-value store to count the nodes as well.
	st, err := s.h.QuadStore.Stats(ctx, false)
	if errors.Is(err, ckv.ErrNoBucket) {
		return 0, nil // a key-value store that was never written to
	}
	return st.Quads.Value, err
}

// qsStatReader reads through Cayley's QuadStore interface (the memory
// store). Keys are the store's node references.
type qsStatReader struct{ qs cgraph.QuadStore }

func (r qsStatReader) key(_ context.Context, v quad.Value) (any, error) {
	ref, err := refOf(r.qs, v)
	if err != nil || ref == nil {
		return nil, err
	}
	return refs.ToKey(ref), nil
}

func (r qsStatReader) quads(ctx context.Context, preds []any, fn func(s, p, o any)) error {
	it := r.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		var k [3]any
		for i, d := range []quad.Direction{quad.Predicate, quad.Subject, quad.Object} {
			ref, err := r.qs.QuadDirection(it.Result(), d)
			if err != nil {
				return err
			}
			if k[i] = refs.ToKey(ref); i == 0 && !slices.Contains(preds, k[0]) {
				break
			}
		}
		if k[2] != nil {
			fn(k[1], k[0], k[2])
		}
	}
	return it.Err()
}

// texts reads values by reference; the memory and key-value stores' node
// references are their own keys.
func (r qsStatReader) texts(_ context.Context, nodes []any) ([]string, error) {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		ref, ok := n.(cgraph.Ref)
		if !ok {
			return nil, fmt.Errorf("stats: node key %T is not a reference", n)
		}
		v, err := r.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		out[i] = queryText(v)
	}
	return out, nil
}

// kvStatReader reads a bolt or leveldb store. Its quads are the quad
// records of Cayley's log bucket, read in key order in one transaction:
// Cayley's own iterators look each record up by id (a B-tree search per
// quad), which made up most of the time. Keys are Cayley's node ids
// (ckv.Int64Value), as its QuadStore gives them.
type kvStatReader struct {
	qsStatReader
	db hkv.KV
}

// kvLog is the bucket where Cayley's key-value store keeps its nodes and
// quads by id, as protobuf primitives.
var kvLog = hkv.Key{[]byte("log")}

func (r kvStatReader) quads(ctx context.Context, preds []any, fn func(s, p, o any)) error {
	want := map[uint64]bool{}
	for _, p := range preds {
		id, ok := p.(ckv.Int64Value)
		if !ok {
			return fmt.Errorf("stats: node key %T is not a key-value store's", p)
		}
		want[uint64(id)] = true
	}
	// A store never written to has no log bucket: the scan finds nothing.
	return hkv.View(ctx, r.db, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, hopts.WithPrefixKV(kvLog))
		defer it.Close()
		var p cproto.Primitive
		for it.Next(ctx) {
			p.Reset()
			if err := proto.Unmarshal(it.Val(), &p); err != nil {
				return fmt.Errorf("stats: quad log record %x: %w", it.Key(), err)
			}
			if p.IsNode() || p.Deleted || !want[p.Predicate] {
				continue
			}
			fn(ckv.Int64Value(p.Subject), ckv.Int64Value(p.Predicate), ckv.Int64Value(p.Object))
		}
		return it.Err()
	})
}

// pgStatReader reads a postgres store with set-based queries on Bilat's own
// connection: Cayley's SQL store would ask once per node and predicate, a
// round trip each. Keys are value hashes.
type pgStatReader struct{ db *sql.DB }

func (r pgStatReader) key(_ context.Context, v quad.Value) (any, error) {
	return refs.HashOf(v), nil
}

const pgStatQuads = `SELECT subject_hash, predicate_hash, object_hash FROM quads WHERE predicate_hash = ANY($1)`

func (r pgStatReader) quads(ctx context.Context, preds []any, fn func(s, p, o any)) error {
	arr := make(pq.ByteaArray, len(preds))
	for i, p := range preds {
		h := p.(refs.ValueHash)
		arr[i] = h[:]
	}
	rows, err := r.db.QueryContext(ctx, pgStatQuads, arr)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer rows.Close()
	var raw [3][]byte
	for rows.Next() {
		if err := rows.Scan(&raw[0], &raw[1], &raw[2]); err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		var h [3]refs.ValueHash
		for i, b := range raw {
			if len(b) != len(h[i]) {
				return fmt.Errorf("postgres: a hash of %d bytes, want %d", len(b), len(h[i]))
			}
			h[i] = refs.ValueHash(b)
		}
		fn(h[0], h[1], h[2])
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	return nil
}

func (r pgStatReader) texts(ctx context.Context, nodes []any) ([]string, error) {
	hashes := make(pq.ByteaArray, len(nodes))
	for i, n := range nodes {
		h := n.(refs.ValueHash)
		hashes[i] = h[:]
	}
	rows, err := r.db.QueryContext(ctx, `SELECT hash, `+strings.Join(nodeColumns, ", ")+` FROM nodes WHERE hash = ANY($1)`, hashes)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer rows.Close()
	text := make(map[refs.ValueHash]string, len(nodes))
	var (
		hash []byte
		n    pgNode
	)
	dest := append([]any{&hash}, n.dest()...)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("postgres: %w", err)
		}
		v, err := n.quadValue()
		if err != nil {
			return nil, fmt.Errorf("postgres: %w", err)
		}
		text[refs.ValueHash(hash)] = queryText(v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = text[n.(refs.ValueHash)]
	}
	return out, nil
}
