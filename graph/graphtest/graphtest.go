// Package graphtest gives tests fresh, empty stores of every backend, so that
// one test suite can run over memory, bolt and PostgreSQL.
package graphtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/lib/pq" // the "postgres" database/sql driver

	"github.com/bilat/bilat/graph"
)

// EnvPostgres names the variable holding the DSN of a PostgreSQL database
// the tests may use (each test gets a schema of its own in it).
const EnvPostgres = "BILAT_TEST_POSTGRES"

// Backend is one store backend, with a way to get an empty store of it.
type Backend struct {
	Name  string
	Fresh func(t testing.TB) graph.Config
}

// Backends are the backends every store suite runs over.
func Backends() []Backend {
	return []Backend{
		{graph.Memory, Memory},
		{graph.Bolt, Bolt},
		{graph.Postgres, Postgres},
	}
}

// Memory returns the Config of an empty memory store.
func Memory(testing.TB) graph.Config { return graph.Config{Backend: graph.Memory} }

// Bolt returns the Config of a new bolt file in a temporary directory.
func Bolt(t testing.TB) graph.Config {
	return graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), "bilat.db")}
}

// EnvPostgresStandby names the variable holding the DSN of the same
// database on a hot standby streaming from BILAT_TEST_POSTGRES's server.
const EnvPostgresStandby = "BILAT_TEST_POSTGRES_STANDBY"

// Postgres returns the Config of an empty store in a schema of its own in
// the database BILAT_TEST_POSTGRES names, dropped when the test ends. With no
// database it skips the test, or fails it under CI=true.
func Postgres(t testing.TB) graph.Config {
	t.Helper()
	cfg, _ := postgresSchema(t, requireEnv(t, EnvPostgres))
	return cfg
}

// PostgresStandby returns an empty store on the primary, as Postgres does,
// and the Config that reads the same schema on the hot standby named by
// BILAT_TEST_POSTGRES_STANDBY. What the primary writes reaches the standby
// once WaitReplay returns.
func PostgresStandby(t testing.TB) (primary, standby graph.Config) {
	t.Helper()
	sdsn := requireEnv(t, EnvPostgresStandby)
	primary, schemaName := postgresSchema(t, requireEnv(t, EnvPostgres))
	return primary, graph.Config{Backend: graph.Postgres, Path: withSearchPath(t, sdsn, schemaName)}
}

// WaitReplay waits until the standby has replayed everything the primary
// had written when it was called.
func WaitReplay(t testing.TB, primary, standby graph.Config) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p, err := sql.Open("postgres", primary.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var lsn string
	if err := p.QueryRowContext(ctx, `SELECT pg_current_wal_lsn()::text`).Scan(&lsn); err != nil {
		t.Fatalf("postgres primary: %v", err)
	}
	s, err := sql.Open("postgres", standby.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for {
		var done bool
		err := s.QueryRowContext(ctx, `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn`, lsn).Scan(&done)
		if err != nil {
			t.Fatalf("postgres standby: %v", err)
		}
		if done {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("postgres standby: not at the primary's %s after a minute", lsn)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func requireEnv(t testing.TB, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the PostgreSQL tests (.ci/run sets it)", name)
		}
		t.Skipf("%s is not set", name)
	}
	return v
}

// postgresSchema creates a schema of a random name in the database dsn
// names, dropped when the test ends, and returns the Config of a store in it.
func postgresSchema(t testing.TB, dsn string) (graph.Config, string) {
	t.Helper()
	var b [6]byte
	rand.Read(b[:])
	schemaName := "bilat_test_" + hex.EncodeToString(b[:])

	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(context.Background(), "CREATE SCHEMA "+schemaName); err != nil {
		db.Close()
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec("DROP SCHEMA " + schemaName + " CASCADE"); err != nil {
			t.Errorf("postgres: drop schema: %v", err)
		}
	})
	return graph.Config{Backend: graph.Postgres, Path: withSearchPath(t, dsn, schemaName)}, schemaName
}

// withSearchPath points dsn at schemaName: lib/pq passes unknown DSN
// parameters on as run-time settings.
func withSearchPath(t testing.TB, dsn, schemaName string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("postgres DSN: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schemaName)
	u.RawQuery = q.Encode()
	return u.String()
}

// CopyTree copies the files under from into to, for tests that edit a copy
// of data/.
func CopyTree(t testing.TB, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
