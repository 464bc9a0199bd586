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

// Postgres returns the Config of an empty store in a schema of its own in
// the database BILAT_TEST_POSTGRES names, dropped when the test ends. With no
// database it skips the test, or fails it under CI=true.
func Postgres(t testing.TB) graph.Config {
	t.Helper()
	dsn := os.Getenv(EnvPostgres)
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the PostgreSQL tests (.ci/run sets it)", EnvPostgres)
		}
		t.Skipf("%s is not set", EnvPostgres)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
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
	// lib/pq passes unknown DSN parameters on as run-time settings.
	q := u.Query()
	q.Set("search_path", schemaName)
	u.RawQuery = q.Encode()
	return graph.Config{Backend: graph.Postgres, Path: u.String()}
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
