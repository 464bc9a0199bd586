package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/schema"
)

// benchUnits is the benchmark corpus: 500 sources of 200 quads, 100k quads.
func benchUnits() ([]schema.Unit, int) {
	units := graphtest.SynthUnits(500, 200, 1)
	n := 0
	for _, u := range units {
		n += len(u.Quads)
	}
	return units, n
}

// BenchmarkLoad measures Bilat's loader into an empty store of each backend.
func BenchmarkLoad(b *testing.B) {
	units, n := benchUnits()
	benchWrites(b, n, func(s *graph.Store) error {
		_, err := s.Load(context.Background(), units, graph.LoadOptions{})
		return err
	})
}

// BenchmarkCayleyLoad measures what `cayley load` does with the same quads:
// the store's own quad writer in batches of quad.DefaultBatch.
func BenchmarkCayleyLoad(b *testing.B) {
	units, n := benchUnits()
	var all []quad.Quad
	for _, u := range units {
		all = append(all, u.Quads...)
	}
	benchWrites(b, n, func(s *graph.Store) error {
		qw, err := s.QuadStore().NewQuadWriter()
		if err != nil {
			return err
		}
		if _, err := quad.CopyBatch(qw, quad.NewReader(all), quad.DefaultBatch); err != nil {
			qw.Close()
			return err
		}
		return qw.Close()
	})
}

// benchWrites times write on an empty store of each backend, n quads a run.
func benchWrites(b *testing.B, n int, write func(*graph.Store) error) {
	for _, be := range graphtest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			b.ReportAllocs()
			var elapsed time.Duration
			for range b.N {
				b.StopTimer()
				s, err := graph.Open(context.Background(), be.Fresh(b))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				if err := write(s); err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(start)
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "quads/s")
		})
	}
}

// BenchmarkReload measures a load where no unit changed: content hashes only.
func BenchmarkReload(b *testing.B) {
	units, n := benchUnits()
	for _, be := range graphtest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			s := loadedStore(b, be, units)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				rep, err := s.Load(context.Background(), units, graph.LoadOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if rep.Added != 0 {
					b.Fatalf("reload added %d quads", rep.Added)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkEdit measures loads that edit every unit, alternately to a
// version with other topics and half of them dropped (more quads out than
// in) and back.
func BenchmarkEdit(b *testing.B) {
	v1, _ := benchUnits()
	v2 := dropTopics(graphtest.SynthUnits(500, 200, 2))
	for _, be := range graphtest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			s := loadedStore(b, be, v1)
			b.ReportAllocs()
			b.ResetTimer()
			changes := 0
			for i := range b.N {
				units := v2
				if i%2 == 1 {
					units = v1
				}
				rep, err := s.Load(context.Background(), units, graph.LoadOptions{})
				if err != nil {
					b.Fatal(err)
				}
				changes += rep.Added + rep.Removed
			}
			b.ReportMetric(float64(changes)/b.Elapsed().Seconds(), "changes/s")
		})
	}
}

// loadedStore opens an empty store of a backend and loads units into it.
func loadedStore(b *testing.B, be graphtest.Backend, units []schema.Unit) *graph.Store {
	b.Helper()
	s, err := graph.Open(context.Background(), be.Fresh(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if _, err := s.Load(context.Background(), units, graph.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	return s
}
