package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// A write that grows the bolt file while a reader holds one read
// transaction and opens another (as nested Cayley iterators do, the
// server's name index among them) must not deadlock: bolt remaps the file
// only when it outgrows the map, and the map is sized for that not to
// happen.
func TestWriteWhileReadsAreNested(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Config{Backend: Bolt, Path: filepath.Join(t.TempDir(), "bilat.db")})
	if err != nil {
		t.Fatal(err)
	}
	outer, err := s.kv.Tx(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	written := make(chan error, 1)
	go func() {
		var deltas []cgraph.Delta
		long := strings.Repeat("a value long enough to grow the file ", 250)
		for i := 0; i < 800; i++ {
			deltas = append(deltas, cgraph.Delta{Action: cgraph.Add, Quad: quad.Make(quad.IRI(fmt.Sprintf("x:s%d", i)), quad.IRI("x:p"), quad.String(fmt.Sprintf("%s%d", long, i)), quad.IRI("x:src"))})
		}
		written <- s.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{})
	}()
	time.Sleep(3 * time.Second) // let the writer reach its commit
	read := make(chan error, 1)
	go func() {
		inner, err := s.kv.Tx(ctx, false)
		if err == nil {
			inner.Close()
		}
		outer.Close()
		read <- err
	}()
	deadline := time.After(60 * time.Second)
	for n := 0; n < 2; n++ {
		select {
		case err := <-written:
			if err != nil {
				t.Fatal(err)
			}
		case err := <-read:
			if err != nil {
				t.Fatal(err)
			}
		case <-deadline:
			// Not closed: the store cannot close while they wait.
			t.Fatal("the write and the nested read are deadlocked")
		}
	}
	s.Close()
}
