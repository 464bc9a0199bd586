package graph

// Backends and query languages Bilat supports register themselves with
// Cayley's registries.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // "bolt": the embedded default
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // "leveldb": measured against bolt
	_ "github.com/cayleygraph/cayley/graph/memstore"   // "memory"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // the Gizmo query language
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL and MQL, which the Cayley UI offers
	_ "github.com/cayleygraph/cayley/query/mql"     // and `cayley http` answers
	_ "github.com/cayleygraph/cayley/writer"        // the "single" quad writer
)
