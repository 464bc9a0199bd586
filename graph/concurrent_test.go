package graph_test

import (
	"context"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
)

// TestConcurrentLoadsPostgres: two loads into one PostgreSQL store, each
// through a connection of its own as two `bilat load` processes would, used
// to fail with a raw unique-constraint error. Loads take turns: the second
// waits for the first, then finds every unit unchanged.
func TestConcurrentLoadsPostgres(t *testing.T) {
	cfg := graphtest.Postgres(t)
	units := graphtest.SynthUnits(crashUnits, crashPerUnit, 1)
	clean := openT(t, graph.Config{Backend: graph.Memory})
	loadT(t, clean, units, graph.LoadOptions{})
	want := dump(t, clean)

	t.Run("turns", func(t *testing.T) {
		// The second load starts while the first is between two of its
		// transactions, and must wait for it (not interleave).
		cfg := graphtest.Postgres(t)
		a, b := openT(t, cfg), openT(t, cfg)
		type result struct {
			rep graph.LoadReport
			err error
		}
		second := make(chan result, 1)
		waiting := make(chan struct{})
		started := false
		repA, err := a.Load(context.Background(), units, graph.LoadOptions{
			BatchQuads: crashBatch,
			Progress: func(graph.UnitReport) {
				if started {
					return
				}
				started = true
				go func() {
					rep, err := b.Load(context.Background(), units, graph.LoadOptions{
						BatchQuads: crashBatch,
						Waiting:    func() { close(waiting) },
					})
					second <- result{rep, err}
				}()
				// Go on once the second load waits for this one, or has
				// ended without waiting (as it did before loads took turns).
				select {
				case <-waiting:
				case r := <-second:
					second <- r
				}
			},
		})
		if err != nil {
			t.Fatalf("first load: %v", err)
		}
		r := <-second
		if r.err != nil {
			t.Fatalf("second load: %v", r.err)
		}
		if repA.Loaded != crashUnits || repA.Skipped != 0 {
			t.Errorf("first load: %d loaded, %d unchanged; want %d, 0", repA.Loaded, repA.Skipped, crashUnits)
		}
		if r.rep.Loaded != 0 || r.rep.Skipped != crashUnits || r.rep.Added != 0 {
			t.Errorf("second load: %d loaded, %d unchanged, %d added; want 0, %d, 0", r.rep.Loaded, r.rep.Skipped, r.rep.Added, crashUnits)
		}
		diffLines(t, "store after two loads in turn vs clean load", dump(t, a), want)
	})

	t.Run("race", func(t *testing.T) {
		// Both start at once, with small transactions: without turns their
		// diffs interleave and one insert hits the other's rows.
		stores := []*graph.Store{openT(t, cfg), openT(t, cfg)}
		errs := make(chan error, len(stores))
		for _, s := range stores {
			go func() {
				_, err := s.Load(context.Background(), units, graph.LoadOptions{BatchQuads: 200})
				errs <- err
			}()
		}
		for range stores {
			if err := <-errs; err != nil {
				t.Errorf("concurrent load: %v", err)
			}
		}
		diffLines(t, "store after two concurrent loads vs clean load", dump(t, stores[0]), want)
	})
}
