package graph

import (
	"context"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// lockedMemStore makes Cayley's memstore safe to read while it is written.
// The memstore keeps its values, quads and indexes in plain Go maps and
// b-trees with no lock (cayleygraph/cayley#690), so a write through the API
// while a query or the server's name index reads killed the process with
// "concurrent map read and map write". Every read here, down to each step
// of an iterator, holds a read lock and every write the write lock; an
// iterator that spans a write sees it or not, as on a bolt store between
// two of its transactions (the memstore's b-tree enumerators re-seek after
// a change).
type lockedMemStore struct {
	qs cgraph.QuadStore
	mu *sync.RWMutex
}

func newLockedMemStore(qs cgraph.QuadStore) lockedMemStore {
	return lockedMemStore{qs: qs, mu: new(sync.RWMutex)}
}

var _ cgraph.QuadStore = lockedMemStore{}

func (l lockedMemStore) ValueOf(v quad.Value) (refs.Ref, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.qs.ValueOf(v)
}

func (l lockedMemStore) NameOf(r refs.Ref) (quad.Value, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.qs.NameOf(r)
}

func (l lockedMemStore) Quad(r refs.Ref) (quad.Quad, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.qs.Quad(r)
}

func (l lockedMemStore) QuadIterator(d quad.Direction, r refs.Ref) iterator.Shape {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return lockShape(l.qs.QuadIterator(d, r), l.mu)
}

func (l lockedMemStore) QuadIteratorSize(ctx context.Context, d quad.Direction, r refs.Ref) (refs.Size, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.qs.QuadIteratorSize(ctx, d, r)
}

func (l lockedMemStore) QuadDirection(r refs.Ref, d quad.Direction) (refs.Ref, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.qs.QuadDirection(r, d)
}

func (l lockedMemStore) Stats(ctx context.Context, exact bool) (cgraph.Stats, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.qs.Stats(ctx, exact)
}

func (l lockedMemStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.qs.ApplyDeltas(in, opts)
}

func (l lockedMemStore) NewQuadWriter() (quad.WriteCloser, error) {
	w, err := l.qs.NewQuadWriter()
	if err != nil {
		return nil, err
	}
	return lockedQuadWriter{w: w, mu: l.mu}, nil
}

// The all-iterators take the write lock to be made: the memstore marks its
// list of values as shared with the new iterator, a write to its state.
func (l lockedMemStore) NodesAllIterator() iterator.Shape {
	l.mu.Lock()
	defer l.mu.Unlock()
	return lockShape(l.qs.NodesAllIterator(), l.mu)
}

func (l lockedMemStore) QuadsAllIterator() iterator.Shape {
	l.mu.Lock()
	defer l.mu.Unlock()
	return lockShape(l.qs.QuadsAllIterator(), l.mu)
}

func (l lockedMemStore) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.qs.Close()
}

type lockedQuadWriter struct {
	w  quad.WriteCloser
	mu *sync.RWMutex
}

func (w lockedQuadWriter) WriteQuad(q quad.Quad) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.WriteQuad(q)
}

func (w lockedQuadWriter) WriteQuads(buf []quad.Quad) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.WriteQuads(buf)
}

func (w lockedQuadWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Close()
}

// lockedShape is a memstore iterator shape whose scanners and indexes read
// under the store's read lock.
type lockedShape struct {
	s  iterator.Shape
	mu *sync.RWMutex
}

// lockShape wraps s, but for an empty iterator, which reads nothing and
// which Cayley's optimizer must still recognise as empty.
func lockShape(s iterator.Shape, mu *sync.RWMutex) iterator.Shape {
	if _, own := s.(lockedShape); own || iterator.IsNull(s) {
		return s
	}
	return lockedShape{s: s, mu: mu}
}

func (s lockedShape) String() string { return s.s.String() }

func (s lockedShape) Iterate() iterator.Scanner {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return lockedScanner{Scanner: s.s.Iterate(), mu: s.mu}
}

func (s lockedShape) Lookup() iterator.Index {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return lockedIndex{Index: s.s.Lookup(), mu: s.mu}
}

func (s lockedShape) Stats(ctx context.Context) (iterator.Costs, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.s.Stats(ctx)
}

func (s lockedShape) Optimize(ctx context.Context) (iterator.Shape, bool) {
	s.mu.RLock()
	o, ok := s.s.Optimize(ctx)
	s.mu.RUnlock()
	if !ok {
		return s, false
	}
	return lockShape(o, s.mu), true
}

func (s lockedShape) SubIterators() []iterator.Shape {
	subs := s.s.SubIterators()
	out := make([]iterator.Shape, len(subs))
	for i, sub := range subs {
		out[i] = lockShape(sub, s.mu)
	}
	return out
}

type lockedScanner struct {
	iterator.Scanner
	mu *sync.RWMutex
}

func (it lockedScanner) Next(ctx context.Context) bool {
	it.mu.RLock()
	defer it.mu.RUnlock()
	return it.Scanner.Next(ctx)
}

func (it lockedScanner) NextPath(ctx context.Context) bool {
	it.mu.RLock()
	defer it.mu.RUnlock()
	return it.Scanner.NextPath(ctx)
}

type lockedIndex struct {
	iterator.Index
	mu *sync.RWMutex
}

func (it lockedIndex) Contains(ctx context.Context, r refs.Ref) bool {
	it.mu.RLock()
	defer it.mu.RUnlock()
	return it.Index.Contains(ctx, r)
}

func (it lockedIndex) NextPath(ctx context.Context) bool {
	it.mu.RLock()
	defer it.mu.RUnlock()
	return it.Index.NextPath(ctx)
}
