package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// sharedKV is the key-value store under Cayley's quad store (bolt, leveldb).
// While atomic runs, every read-write transaction Cayley opens on it is the
// one atomic opened, with its commit left to atomic: several ApplyDeltas
// calls then commit together or not at all.
//
// Bilat needs this because Cayley's key-value ApplyDeltas cannot take adds
// and deletes in one call: it nets each value's reference count over the
// whole call, resolves only the values whose count does not drop, and writes
// an added quad without every term whose count drops (its subject, its
// label...): cayleygraph/cayley#885. Adds and deletes must go in calls of
// their own, and for a replace to stay atomic the calls must share one
// transaction.
type sharedKV struct {
	hkv.KV

	mu sync.Mutex
	tx hkv.Tx // the transaction atomic holds open; nil outside atomic
	// failed is set once atomic rolled back after Cayley had written into its
	// transaction: Cayley's caches may then name values that were never
	// committed, under ids the next write would hand out again, so no write
	// is safe until the store is reopened.
	failed error
}

// errStoreFailed wraps the error that made a sharedKV refuse writes.
var errStoreFailed = errors.New("an earlier write failed and was rolled back; reopen the store to write again")

// Tx gives Cayley the transaction atomic holds while it runs, a new one
// otherwise. Read-only transactions are always new: they see what was
// committed before, never half a replace.
func (k *sharedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if !rw {
		return k.KV.Tx(ctx, false)
	}
	k.mu.Lock()
	tx, failed := k.tx, k.failed
	k.mu.Unlock()
	if failed != nil {
		return nil, failed
	}
	if tx != nil {
		return heldTx{tx}, nil
	}
	return k.KV.Tx(ctx, true)
}

// atomic runs fn with all of Cayley's writes in one transaction, committed
// if fn succeeds and rolled back if it fails. The caller holds the store's
// write lock, so that no other writer's ApplyDeltas joins the transaction.
func (k *sharedKV) atomic(ctx context.Context, fn func() error) error {
	k.mu.Lock()
	failed := k.failed
	k.mu.Unlock()
	if failed != nil {
		return failed
	}
	tx, err := k.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	k.mu.Lock()
	k.tx = tx
	k.mu.Unlock()
	err = fn()
	if err == nil {
		err = tx.Commit(ctx)
	} else {
		tx.Close()
	}
	k.mu.Lock()
	k.tx = nil
	if err != nil {
		k.failed = fmt.Errorf("%w (it failed with: %v)", errStoreFailed, err)
	}
	k.mu.Unlock()
	return err
}

// heldTx is atomic's transaction as Cayley sees it: Cayley's own Commit and
// Close leave it open for atomic to end.
type heldTx struct{ hkv.Tx }

func (heldTx) Commit(context.Context) error { return nil }
func (heldTx) Close() error                 { return nil }

// applyDeltas applies deltas to the store as one transaction. On a
// key-value store the adds go in one ApplyDeltas call and the deletes in
// another (see sharedKV), adds first as Cayley orders them itself, so that a
// value named by both is never dropped on the way. The caller holds s.wmu.
func (s *Store) applyDeltas(ctx context.Context, deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	qs := s.h.QuadStore
	if s.kv == nil {
		return qs.ApplyDeltas(deltas, opts)
	}
	var adds, dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			dels = append(dels, d)
		} else {
			adds = append(adds, d)
		}
	}
	return s.kv.atomic(ctx, func() error {
		for _, part := range [][]cgraph.Delta{adds, dels} {
			if len(part) == 0 {
				continue
			}
			if err := qs.ApplyDeltas(part, opts); err != nil {
				return err
			}
		}
		return nil
	})
}

// writerQS is the quad store as the store's Cayley QuadWriter (API v2
// writes) sees it: its writes take the store's write lock, so that they wait
// for a replace rather than land in the middle of it, and go through
// Store.applyDeltas.
type writerQS struct {
	cgraph.QuadStore
	s *Store
}

func (w writerQS) ApplyDeltas(deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	w.s.wmu.Lock()
	defer w.s.wmu.Unlock()
	return w.s.applyDeltas(context.Background(), deltas, opts)
}
