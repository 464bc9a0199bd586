package graph

// Backends Bilat supports register themselves with Cayley's registry.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // "bolt": the embedded default
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // "leveldb": measured against bolt
	_ "github.com/cayleygraph/cayley/graph/memstore"   // "memory"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo" // the Gizmo query language
	_ "github.com/cayleygraph/cayley/writer"      // the "single" quad writer
)
