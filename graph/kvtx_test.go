package graph

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
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
			s := openKVT(t, cfg(t))
			if err := s.Handle().AddQuadSet([]quad.Quad{kvA, kvB}); err != nil {
				t.Fatal(err)
			}
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
			s := openKVT(t, c)
			if err := s.Handle().AddQuadSet([]quad.Quad{kvA, kvB}); err != nil {
				t.Fatal(err)
			}
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
			if _, err := s.Load(ctx, []schema.Unit{unit}, LoadOptions{}); err == nil || err.Error() != "write 2 changes: "+want {
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
