package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/bilat/bilat/graph/graphtest"
)

// syncWriter is a buffer that tells, once, when a line holding want has
// been written to it.
type syncWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan struct{}
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, err := w.buf.Write(p)
	if w.seen != nil && strings.Contains(w.buf.String(), w.want) {
		close(w.seen)
		w.seen = nil
	}
	return n, err
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestLoadWaitsPostgres: a load into a PostgreSQL store that another load
// is writing says so and waits for it, then loads.
func TestLoadWaitsPostgres(t *testing.T) {
	cfg := graphtest.Postgres(t)
	mustBilat(t, "load", "-q", "--db", "postgres", "--dbpath", cfg.Path, "../../data/entities")

	// Another load's turn, taken as Bilat's loader takes it.
	db, err := sql.Open("postgres", cfg.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const key = `1651076193, 'quads'::regclass::oid::int`
	if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_lock(`+key+`)`); err != nil {
		t.Fatal(err)
	}
	msg := "bilat: another load is writing to this store; waiting for it to end\n"
	stderr := &syncWriter{want: msg, seen: make(chan struct{})}
	seen := stderr.seen
	var stdout bytes.Buffer
	done := make(chan int)
	go func() {
		done <- run(context.Background(), []string{"load", "-q", "--db", "postgres", "--dbpath", cfg.Path, "../../data"}, &stdout, stderr)
	}()
	select {
	case <-seen:
	case code := <-done:
		t.Fatalf("the load did not wait: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(`+key+`)`); err != nil {
		t.Fatal(err)
	}
	n := len(seedUnits(t))
	if code := <-done; code != 0 || stderr.String() != msg ||
		!strings.HasPrefix(stdout.String(), fmt.Sprintf("%d sources: %d loaded, 1 unchanged, 0 pruned; ", n, n-1)) {
		t.Errorf("load after waiting: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}
