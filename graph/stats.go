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
	var counts []Count
	switch {
	case s.pg != nil:
		counts, err = statsOf[refs.ValueHash](ctx, pgStatReader{db: s.pg})
	case s.kv != nil:
		counts, err = statsOf[uint64](ctx, kvStatReader{qs: s.h.QuadStore, db: s.kv.KV})
	default:
		counts, err = statsOf[any](ctx, qsStatReader{qs: s.h.QuadStore})
	}
	if err != nil {
		return nil, err
	}
	return append([]Count{{Name: "quads", N: n}}, counts...), nil
}

// statsOf counts what Stats does after the quads, through r.
func statsOf[K comparable](ctx context.Context, r statReader[K]) ([]Count, error) {
	g, err := readStatGraph(ctx, r)
	if err != nil {
		return nil, err
	}
	typed := func(c quad.IRI) map[K]bool { return g.typed[g.classes[c]] }
	var out []Count
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

// statReader is what Stats reads from a store. Nodes are keys of type K,
// comparable and valid for one store; the zero K is no node.
type statReader[K comparable] interface {
	// key is the key of a value, zero when the store does not hold it.
	key(ctx context.Context, v quad.Value) (K, error)
	// quads calls fn with the keys of every quad whose predicate is one of
	// preds, once per quad: a triple two sources state comes twice.
	quads(ctx context.Context, preds []K, fn func(s, p, o K)) error
	// texts returns the nodes' values as the canned queries compare them
	// (see queryText).
	texts(ctx context.Context, nodes []K) ([]string, error)
}

// edge is one quad of a node, by predicate and object key.
type edge[K comparable] struct{ p, o K }

// statGraph is what Stats keeps of the store: the subjects of each class
// and the edges of statPredicates, by subject.
type statGraph[K comparable] struct {
	classes map[quad.IRI]K   // class IRI -> key (zero when not stored)
	typed   map[K]map[K]bool // class key -> its subjects
	out     map[K][]edge[K]  // subject -> its statPredicates edges
}

func readStatGraph[K comparable](ctx context.Context, r statReader[K]) (*statGraph[K], error) {
	var zero K
	g := &statGraph[K]{classes: map[quad.IRI]K{}, typed: map[K]map[K]bool{}, out: map[K][]edge[K]{}}
	for _, c := range statClasses {
		k, err := r.key(ctx, c.class)
		if err != nil {
			return nil, err
		}
		g.classes[c.class] = k
		if k != zero {
			g.typed[k] = map[K]bool{}
		}
	}
	typ, err := r.key(ctx, schema.Type)
	if err != nil || typ == zero {
		return g, err
	}
	preds := []K{typ}
	for _, p := range statPredicates {
		k, err := r.key(ctx, p)
		if err != nil {
			return nil, err
		}
		if k != zero {
			preds = append(preds, k)
		}
	}
	err = r.quads(ctx, preds, func(s, p, o K) {
		if p != typ {
			g.out[s] = append(g.out[s], edge[K]{p: p, o: o})
		} else if subjects := g.typed[o]; subjects != nil {
			subjects[s] = true
		}
	})
	return g, err
}

// statPredicates are the predicates metPairs follows out of events,
// participations and people, in the order metKeys.init takes their keys:
// the roles first, in the queries' role order.
var statPredicates = []quad.IRI{
	schema.Host, schema.Guest, schema.Attendee, schema.Organiser, schema.CoChair,
	schema.Participation, schema.Member, schema.Represents, schema.StandsFor,
	schema.Status, schema.Side,
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
// took part, in any role, in one event (an IRI under id/event/) that a
// report gives as held or background, and they were on different sides:
// the countries they stood for differ or, when one is unknown, one was the
// host and the other the guest; a party a report marks `side: unknown` is
// paired with no one. (An office named as a participant, which the query
// resolves to its holder, is not counted here: it is no person.) A
// person's role is the first of host, guest, attendee, organiser, co-chair
// they hold at the event; their country is the one their participation
// says they represented, else their nationality, else what they represent
// or belong to. Where a node has several values of one of these, the first
// in the query's text order counts, as `one()` takes it there. Each pair
// counts once, however many events they met at, and a pair is two nodes:
// namesakes are not merged.
func metPairs[K comparable](ctx context.Context, r statReader[K], g *statGraph[K], events, people map[K]bool) (int64, error) {
	if len(events) == 0 || len(people) == 0 {
		return 0, nil
	}
	var k metKeys[K]
	if err := k.init(ctx, r); err != nil {
		return 0, err
	}
	// The query reads the events typed schema:Event whose IRI is an
	// event's; a visit is typed schema:Event too.
	evs := make([]K, 0, len(events))
	for e := range events {
		evs = append(evs, e)
	}
	texts, err := r.texts(ctx, evs)
	if err != nil {
		return 0, err
	}
	prefix := quad.IRI(schema.IDNS + schema.KindEvent + "/").String()
	prefix = prefix[:len(prefix)-1] // "<https://bilat.dev/id/event/"
	m := metCounter[K]{r: r, g: g, k: &k, people: people, ids: map[K]uint32{},
		countries: map[K]K{}, pairs: map[uint64]struct{}{}}
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
type metKeys[K comparable] struct {
	roles                                        []K // in the query's role order
	participation, member, represents, standsFor K
	status, side, held, background, unknown      K
}

func (k *metKeys[K]) init(ctx context.Context, r statReader[K]) error {
	k.roles = make([]K, 5)
	dst := []*K{&k.roles[0], &k.roles[1], &k.roles[2], &k.roles[3], &k.roles[4],
		&k.participation, &k.member, &k.represents, &k.standsFor, &k.status, &k.side, &k.held, &k.background, &k.unknown}
	var vals []quad.Value
	for _, p := range statPredicates {
		vals = append(vals, p)
	}
	vals = append(vals, quad.String(heldStatuses[0]), quad.String(heldStatuses[1]), quad.String("unknown"))
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
type metCounter[K comparable] struct {
	r         statReader[K]
	g         *statGraph[K]
	k         *metKeys[K]
	people    map[K]bool
	ids       map[K]uint32 // a small number per person, for the pair keys
	countries map[K]K      // a person's own country (standsFor), zero if none
	// unknownSide holds the parties of the current event that a report says
	// it gives no side: they are paired with no one.
	unknownSide map[K]bool
	pairs       map[uint64]struct{}
}

// party is one person at an event.
type party[K comparable] struct {
	node    K
	role    int
	country K
}

func (m *metCounter[K]) event(ctx context.Context, e K) error {
	edges := m.g.out[e]
	held, err := m.isHeld(ctx, objects(edges, m.k.status))
	if err != nil || !held {
		return err
	}
	var zero K
	var ps []party[K]
	seen := map[K]bool{}
	for role, p := range m.k.roles {
		if p == zero {
			continue
		}
		for _, ed := range edges {
			if ed.p == p && !seen[ed.o] {
				seen[ed.o] = true
				if m.people[ed.o] {
					ps = append(ps, party[K]{node: ed.o, role: role})
				}
			}
		}
	}
	if len(ps) < 2 {
		return nil
	}
	m.unknownSide = map[K]bool{}
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
			if m.unknownSide[a.node] || m.unknownSide[b.node] {
				continue
			}
			// Roles 0 and 1 are host and guest (statPredicates' order).
			apart := a.role != b.role && a.role <= 1 && b.role <= 1
			if a.country != zero && b.country != zero {
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
func (m *metCounter[K]) isHeld(_ context.Context, statuses []K) (bool, error) {
	for _, s := range statuses {
		if s == m.k.held || s == m.k.background {
			return true, nil
		}
	}
	return false, nil
}

// represented maps each party an event's participations name (their first
// member) to the country the participation says it represented, from the
// first such participation in text order.
func (m *metCounter[K]) represented(ctx context.Context, parts []K) (map[K]K, error) {
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
		sorted := make([]K, len(parts))
		for i, j := range order {
			sorted[i] = parts[j]
		}
		parts = sorted
	}
	var zero K
	out := map[K]K{}
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
		if member == zero {
			continue
		}
		if slices.Contains(objects(edges, m.k.side), m.k.unknown) {
			m.unknownSide[member] = true
		}
		if rep == zero {
			continue
		}
		if _, done := out[member]; !done {
			out[member] = rep
		}
	}
	return out, nil
}

// standsFor is a person's own country, as the loader derived it
// (bilat:standsFor, schema/derived.go); zero when none.
func (m *metCounter[K]) standsFor(ctx context.Context, person K) (K, error) {
	if c, ok := m.countries[person]; ok {
		return c, nil
	}
	c, err := first(ctx, m.r, objects(m.g.out[person], m.k.standsFor))
	m.countries[person] = c
	return c, err
}

func (m *metCounter[K]) id(node K) uint32 {
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
func objects[K comparable](edges []edge[K], p K) []K {
	var out []K
	if p == *new(K) {
		return nil
	}
	for _, e := range edges {
		if e.p == p && !slices.Contains(out, e.o) {
			out = append(out, e.o)
		}
	}
	return out
}

// first is the node whose text sorts first, zero for none: what the
// queries' one() returns. A single node needs no reading.
func first[K comparable](ctx context.Context, r statReader[K], nodes []K) (K, error) {
	var zero K
	switch len(nodes) {
	case 0:
		return zero, nil
	case 1:
		return nodes[0], nil
	}
	texts, err := r.texts(ctx, nodes)
	if err != nil {
		return zero, err
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

// texts reads values by reference: the memory store's node references are
// their own keys.
func (r qsStatReader) texts(_ context.Context, nodes []any) ([]string, error) {
	return nameTexts(r.qs, nodes, func(n any) (cgraph.Ref, bool) { ref, ok := n.(cgraph.Ref); return ref, ok })
}

// nameTexts reads the values of nodes from a QuadStore.
func nameTexts[K any](qs cgraph.QuadStore, nodes []K, ref func(K) (cgraph.Ref, bool)) ([]string, error) {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		r, ok := ref(n)
		if !ok {
			return nil, fmt.Errorf("stats: node key %v is not a reference", n)
		}
		v, err := qs.NameOf(r)
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
// quad), which made up most of the time. Keys are Cayley's node ids.
type kvStatReader struct {
	qs cgraph.QuadStore
	db hkv.KV
}

func (r kvStatReader) key(_ context.Context, v quad.Value) (uint64, error) {
	ref, err := refOf(r.qs, v)
	if err != nil || ref == nil {
		return 0, err
	}
	id, ok := ref.(ckv.Int64Value)
	if !ok {
		return 0, fmt.Errorf("stats: reference %T is not a key-value store's", ref)
	}
	return uint64(id), nil
}

// kvLog is the bucket where Cayley's key-value store keeps its nodes and
// quads by id, as protobuf primitives.
var kvLog = hkv.Key{[]byte("log")}

func (r kvStatReader) quads(ctx context.Context, preds []uint64, fn func(s, p, o uint64)) error {
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
			if p.IsNode() || p.Deleted || !slices.Contains(preds, p.Predicate) {
				continue
			}
			fn(p.Subject, p.Predicate, p.Object)
		}
		return it.Err()
	})
}

func (r kvStatReader) texts(_ context.Context, nodes []uint64) ([]string, error) {
	return nameTexts(r.qs, nodes, func(n uint64) (cgraph.Ref, bool) { return ckv.Int64Value(n), true })
}

// pgStatReader reads a postgres store with set-based queries on Bilat's own
// connection: Cayley's SQL store would ask once per node and predicate, a
// round trip each. Keys are value hashes.
type pgStatReader struct{ db *sql.DB }

func (r pgStatReader) key(_ context.Context, v quad.Value) (refs.ValueHash, error) {
	return refs.HashOf(v), nil
}

const pgStatQuads = `SELECT subject_hash, predicate_hash, object_hash FROM quads WHERE predicate_hash = ANY($1)`

func (r pgStatReader) quads(ctx context.Context, preds []refs.ValueHash, fn func(s, p, o refs.ValueHash)) error {
	arr := make(pq.ByteaArray, len(preds))
	for i := range preds {
		arr[i] = preds[i][:]
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

func (r pgStatReader) texts(ctx context.Context, nodes []refs.ValueHash) ([]string, error) {
	hashes := make(pq.ByteaArray, len(nodes))
	for i := range nodes {
		hashes[i] = nodes[i][:]
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
		out[i] = text[n]
	}
	return out, nil
}
