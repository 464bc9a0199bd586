package graph

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// kvBackends opens a new store of each key-value backend.
func kvBackends(t *testing.T) map[string]func(t *testing.T) Config {
	return map[string]func(t *testing.T) Config{
		Bolt: func(t *testing.T) Config {
			return Config{Backend: Bolt, Path: filepath.Join(t.TempDir(), "bilat.db")}
		},
		LevelDB: func(t *testing.T) Config {
			return Config{Backend: LevelDB, Path: filepath.Join(t.TempDir(), "leveldb")}
		},
	}
}

func openKVT(t *testing.T, cfg Config) *Store {
	t.Helper()
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openAB opens a store holding kvA and kvB.
func openAB(t *testing.T, cfg Config) *Store {
	t.Helper()
	s := openKVT(t, cfg)
	if err := s.Handle().AddQuadSet([]quad.Quad{kvA, kvB}); err != nil {
		t.Fatal(err)
	}
	return s
}

func nquads(t *testing.T, s *Store) []string {
	t.Helper()
	qs, err := s.Quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, q := range qs {
		out = append(out, q.NQuad())
	}
	return out
}

var (
	kvA = quad.MakeIRI("x:s", "x:p", "x:a", "x:l")
	kvB = quad.MakeIRI("x:s", "x:p", "x:b", "x:l")
	kvC = quad.MakeIRI("x:s", "x:p", "x:c", "x:l")
)

// TestAtomicSpansCalls checks that the ApplyDeltas calls of one replace
// share a transaction: a reader between the calls sees the store as it was,
// and after the commit it sees both calls' writes.
func TestAtomicSpansCalls(t *testing.T) {
	for name, cfg := range kvBackends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := openAB(t, cfg(t))
			before := nquads(t, s)
			qs := s.QuadStore()
			var between []string
			err := s.kv.atomic(ctx, func() error {
				if err := qs.ApplyDeltas([]cgraph.Delta{{Quad: kvC, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
					return err
				}
				// A reader elsewhere, as a server's query would be.
				done := make(chan struct{})
				go func() { defer close(done); between = nquads(t, s) }()
				<-done
				return qs.ApplyDeltas([]cgraph.Delta{{Quad: kvA, Action: cgraph.Delete}}, cgraph.IgnoreOpts{})
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(between, before) {
				t.Errorf("between the calls a reader saw %q, want %q", between, before)
			}
			want := []string{kvB.NQuad(), kvC.NQuad()}
			if got := nquads(t, s); !slices.Equal(got, want) {
				t.Errorf("after the commit: %q, want %q", got, want)
			}
		})
	}
}

// TestAtomicFailure checks that a failed replace leaves nothing of its
// first calls, and that the store then refuses writes, whose ids Cayley's
// caches could mix up, until it is reopened.
func TestAtomicFailure(t *testing.T) {
	for name, cfg := range kvBackends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			c := cfg(t)
			s := openAB(t, c)
			before := nquads(t, s)
			boom := errors.New("boom")
			err := s.kv.atomic(ctx, func() error {
				if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: kvC, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
					return err
				}
				return boom
			})
			if !errors.Is(err, boom) {
				t.Fatalf("atomic: %v, want boom", err)
			}
			if got := nquads(t, s); !slices.Equal(got, before) {
				t.Errorf("after the failure: %q, want %q", got, before)
			}
			const want = "an earlier write failed and was rolled back; reopen the store to write again (it failed with: boom)"
			if err := s.Handle().AddQuad(kvC); err == nil || err.Error() != want {
				t.Errorf("write after the failure: %v, want %q", err, want)
			}
			unit := schema.Unit{Label: quad.IRI("x:u"), Quads: []quad.Quad{quad.MakeIRI("x:s", "x:p", "x:o", "x:u")}}
			if _, err := s.Load(ctx, []schema.Unit{unit}, LoadOptions{}); err == nil || err.Error() != "write 1 changes: "+want { // the unfinished-load mark is the first write
				t.Errorf("load after the failure: %v, want %q", err, want)
			}
			s.Close()
			s = openKVT(t, c)
			if err := s.Handle().AddQuad(kvC); err != nil {
				t.Fatalf("write after reopening: %v", err)
			}
			want3 := []string{kvA.NQuad(), kvB.NQuad(), kvC.NQuad()}
			if got := nquads(t, s); !slices.Equal(got, want3) {
				t.Errorf("after reopening and writing: %q, want %q", got, want3)
			}
		})
	}
}

// damage writes what Cayley's key-value ApplyDeltas makes of one call that
// removes two quads and adds one with the same subject, predicate and label:
// the added quad without those three terms, whose reference counts drop
// over the call (cayleygraph/cayley#885). Bilat's loader no longer makes such calls.
func damage(t *testing.T, s *Store) {
	t.Helper()
	err := s.QuadStore().ApplyDeltas([]cgraph.Delta{
		{Quad: kvA, Action: cgraph.Delete},
		{Quad: kvB, Action: cgraph.Delete},
		{Quad: kvC, Action: cgraph.Add},
	}, cgraph.IgnoreOpts{})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCayleyDropsTerms pins the cause the loader works around: if it
// fails, Cayley stopped dropping terms and Store.applyDeltas may go back
// to one call.
func TestCayleyDropsTerms(t *testing.T) {
	for name, cfg := range kvBackends(t) {
		t.Run(name, func(t *testing.T) {
			s := openAB(t, cfg(t))
			damage(t, s)
			qs, err := s.Quads(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			want := quad.Quad{Object: kvC.Object} // x:s, x:p and x:l: two refs out, one in
			if len(qs) != 1 || qs[0] != want {
				t.Errorf("after one call removing two quads and adding one: %v, want only %v", qs, want)
			}
			// The same changes through the store's writer come out whole.
			s2 := openAB(t, cfg(t))
			tx := cgraph.NewTransaction()
			tx.RemoveQuad(kvA)
			tx.RemoveQuad(kvB)
			tx.AddQuad(kvC)
			if err := s2.Handle().ApplyTransaction(tx); err != nil {
				t.Fatal(err)
			}
			if got := nquads(t, s2); !slices.Equal(got, []string{kvC.NQuad()}) {
				t.Errorf("through the store's writer: %q, want %q", got, kvC.NQuad())
			}
		})
	}
}

// TestRepair damages a unit's replace as Bilat's loads before the fix did
// (all of it in one Cayley call), then checks that export names the damage
// and that a load with Repair leaves what a clean load gives: the new hash
// lost its subject and label, an added quad only its label.
func TestRepair(t *testing.T) {
	kvD := quad.MakeIRI("x:s2", "x:q", "x:d", "x:l")
	old := schema.Unit{Label: quad.IRI("x:l"), Quads: []quad.Quad{kvA, kvB}}
	edited := schema.Unit{Label: quad.IRI("x:l"), Quads: []quad.Quad{kvD}}
	for name, cfg := range kvBackends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := openKVT(t, cfg(t))
			if _, err := s.Load(ctx, []schema.Unit{old}, LoadOptions{}); err != nil {
				t.Fatal(err)
			}
			qs, err := s.Quads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var deltas []cgraph.Delta
			for _, q := range qs {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			}
			hash := quad.Quad{Subject: old.Label, Predicate: ContentHash, Object: quad.String("sha256:older"), Label: old.Label}
			deltas = append(deltas, cgraph.Delta{Quad: kvD, Action: cgraph.Add}, cgraph.Delta{Quad: hash, Action: cgraph.Add})
			if err := s.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			damaged := []string{`%!s(<nil>) <https://bilat.dev/ns/contentHash> "sha256:older" .`, `<x:s2> <x:q> <x:d> .`}
			if got := nquads(t, s); !slices.Equal(got, damaged) {
				t.Fatalf("damaged store: %q, want %q", got, damaged)
			}
			var b strings.Builder
			const want = `the store holds quads that lack a term: 1, such as ? <https://bilat.dev/ns/contentHash> "sha256:older" ?`
			if err := s.Export(ctx, &b, ExportOptions{Format: "nquads"}); !errors.Is(err, ErrDamaged) || err.Error() != want {
				t.Errorf("export of a damaged store: %v, want %q", err, want)
			}
			rep, err := s.Load(ctx, []schema.Unit{edited}, LoadOptions{Repair: true})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Repaired != 2 || rep.Loaded != 1 || rep.Added != 2 || rep.Removed != 0 {
				t.Errorf("repair: %+v", rep)
			}
			clean := openKVT(t, cfg(t))
			if _, err := clean.Load(ctx, []schema.Unit{edited}, LoadOptions{}); err != nil {
				t.Fatal(err)
			}
			if got, want := nquads(t, s), nquads(t, clean); !slices.Equal(got, want) {
				t.Errorf("after repair: %q, want %q", got, want)
			}
			if err := s.Export(ctx, &b, ExportOptions{Format: "nquads"}); err != nil {
				t.Errorf("export after repair: %v", err)
			}
			// An unlabeled quad without a labeled twin, as API v2 writes, stays.
			api := quad.MakeIRI("x:api", "x:p", "x:o", "")
			if err := s.Handle().AddQuad(api); err != nil {
				t.Fatal(err)
			}
			rep, err = s.Load(ctx, []schema.Unit{edited}, LoadOptions{Repair: true})
			if err != nil || rep.Repaired != 0 || rep.Skipped != 1 {
				t.Errorf("second repair: %+v, %v", rep, err)
			}
			if got := nquads(t, s); !slices.Contains(got, api.NQuad()) {
				t.Errorf("repair removed an unlabeled quad without a twin: %q", got)
			}
		})
	}
}
