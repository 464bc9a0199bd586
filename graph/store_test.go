package graph_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
)

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	_, err := graph.Open(ctx, graph.Config{Backend: "oracle"})
	if err == nil || err.Error() != `unknown backend "oracle" (want one of bolt, memory, postgres, leveldb)` {
		t.Errorf("unknown backend: %v", err)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	_, err = graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: missing, ReadOnly: true})
	if err == nil || err.Error() != `bolt: no store at "`+missing+`" (run bilat load first)` {
		t.Errorf("read-only open of a missing file: %v", err)
	}
}

// TestBoltLock checks that a second writer is refused rather than left
// waiting, that Close releases the lock, and that readers share a file.
func TestBoltLock(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bilat.db")
	s, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, schema.Units(fixture()), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	_, err = graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: path})
	if err == nil || !strings.Contains(err.Error(), "is locked by another process") {
		t.Errorf("second writer: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r1 := openT(t, graph.Config{Backend: graph.Bolt, Path: path, ReadOnly: true})
	r2 := openT(t, graph.Config{Backend: graph.Bolt, Path: path, ReadOnly: true})
	if a, b := dump(t, r1), dump(t, r2); len(a) == 0 || len(a) != len(b) {
		t.Errorf("readers see %d and %d quads", len(a), len(b))
	}
	if _, err := r1.Load(ctx, schema.Units(fixture()), graph.LoadOptions{}); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("load into a read-only store: %v", err)
	}
	if err := r1.Handle().AddQuad(fixtureQuad()); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("Cayley write to a read-only store: %v", err)
	}
}

// TestLevelDB runs the store suite on leveldb, kept for measurement.
func TestLevelDB(t *testing.T) {
	testSuite(t, func(t testing.TB) graph.Config {
		return graph.Config{Backend: graph.LevelDB, Path: filepath.Join(t.TempDir(), "leveldb")}
	})
}
