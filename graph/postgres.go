package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" and lib/pq's driver
)

// openPostgres opens Cayley's SQL store on the DSN, creating its tables when
// they are missing, and a connection of Bilat's own for bulk work.
func openPostgres(ctx context.Context, cfg Config) (cgraph.QuadStore, *sql.DB, error) {
	db, err := sql.Open("postgres", cfg.Path)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("postgres: connect: %w", err)
	}
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&exists); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	if !exists {
		if cfg.ReadOnly {
			db.Close()
			return nil, nil, errors.New("postgres: the database holds no Bilat store (run bilat load first)")
		}
		if err := cgraph.InitQuadStore(Postgres, cfg.Path, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("postgres: create tables: %w", err)
		}
	}
	qs, err := cgraph.NewQuadStore(Postgres, cfg.Path, nil)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	return qs, db, nil
}
