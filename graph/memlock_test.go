package graph_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
)

// TestMemoryReadDuringWrite: a memory store written through the API while
// the server's name index read it killed `bilat serve --backend memory
// --writable` with "concurrent map read and map write" (a CI run): Cayley's
// memstore has no lock. Readers here walk the store as the name index does
// (a subject's quads, then each quad) and as a path from all nodes does,
// while writes add and delete quads one at a time; the process must live
// and every reader see a whole quad.
func TestMemoryReadDuringWrite(t *testing.T) {
	s := openT(t, graph.Config{Backend: graph.Memory})
	w := s.Handle().QuadWriter
	subject := quad.IRI("urn:test:subject")
	const writes = 4000
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 3)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(stop)
		for i := range writes {
			q := quad.Make(subject, quad.IRI("urn:test:p"), quad.String(fmt.Sprint("value ", i)), quad.IRI("urn:test:label"))
			if err := w.AddQuad(q); err != nil {
				errs <- err
				return
			}
			if i%3 == 0 {
				if err := w.RemoveQuad(q); err != nil {
					errs <- err
					return
				}
			}
		}
	}()
	qs := s.QuadStore()
	read := func(all bool) {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			var sh iterator.Shape
			if all {
				sh = qs.NodesAllIterator()
			} else {
				ref, err := qs.ValueOf(subject)
				if err != nil {
					errs <- err
					return
				}
				if ref == nil {
					continue
				}
				sh = qs.QuadIterator(quad.Subject, ref)
			}
			err := iterator.Iterate(ctx, sh).Each(func(r cgraph.Ref) error {
				if all {
					_, err := qs.NameOf(r)
					return err
				}
				q, err := qs.Quad(r)
				if err == nil && q.Subject != nil && q.Subject != subject {
					err = fmt.Errorf("quad %v read with subject %v", r, q.Subject)
				}
				return err
			})
			if err != nil {
				errs <- err
				return
			}
		}
	}
	wg.Add(2)
	go read(false)
	go read(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	n, err := s.QuadCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(writes - (writes+2)/3); n != want {
		t.Errorf("store holds %d quads after the writes, want %d", n, want)
	}
}
