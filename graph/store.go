// Package graph is Bilat's adapter to Cayley: it opens a store by backend,
// loads schema units (replacing a source's quads as a whole), imports and
// exports quad formats, counts what the graph holds, and exposes the store
// over HTTP with Cayley's API v2 and web UI.
package graph

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// Config says which store to open: Backend is "bolt" (the embedded default),
// "memory" or "postgres"; Path is the file (bolt) or the DSN (postgres).
type Config struct {
	Backend  string
	Path     string
	ReadOnly bool
}

// Store is an open Cayley store.
type Store struct {
	h *cgraph.Handle
}

// Open opens the store, creating and initialising it when missing.
func Open(ctx context.Context, cfg Config) (*Store, error) { return nil, errors.New("TODO(graph)") }

// Handle is the Cayley handle, for Gizmo sessions and the API v2 handler.
func (s *Store) Handle() *cgraph.Handle { return s.h }

// QuadStore is the store's reading side.
func (s *Store) QuadStore() cgraph.QuadStore { return s.h.QuadStore }

// Close flushes and closes the store.
func (s *Store) Close() error { return errors.New("TODO(graph)") }
