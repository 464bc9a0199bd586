// Package graph is Bilat's adapter to Cayley: it opens a store by backend,
// loads schema units (replacing a source's quads as a whole), imports and
// exports quad formats, counts what the graph holds, and exposes the store
// over HTTP with Cayley's API v2 and web UI.
package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"encoding/json"
	"slices"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// Backend names accepted by Config.Backend.
const (
	Bolt     = "bolt"     // a single bolt file: the embedded default
	Memory   = "memory"   // Cayley's memstore: tests and quick looks
	Postgres = "postgres" // PostgreSQL through Cayley's SQL backend; Path is a DSN
	LevelDB  = "leveldb"  // a leveldb directory, kept for measurement
)

// DefaultPath is the bolt file used when Config.Path is empty.
const DefaultPath = "bilat.db"

// Backends lists the valid values of Config.Backend.
func Backends() []string { return []string{Bolt, Memory, Postgres, LevelDB} }

// Config says which store to open: Backend is "bolt" (the embedded default),
// "memory", "postgres" or "leveldb"; Path is the file (bolt), the directory
// (leveldb) or the DSN (postgres). A read-only store refuses writes, and a
// read-only bolt file can be shared by several processes.
type Config struct {
	Backend  string
	Path     string
	ReadOnly bool
}

// ErrReadOnly is returned by writes to a store opened read-only.
var ErrReadOnly = errors.New("store is read-only")

// boltLockTimeout bounds the wait for another process's lock on a bolt file;
// bolt would otherwise wait forever.
const boltLockTimeout = 2 * time.Second

// boltMapSize is the address space bolt maps a file into from the start.
// A write that outgrows the map must remap it, and remapping waits for
// every open read transaction; a reader that opens a second one meanwhile
// (nested Cayley iterators do, the server's name index among them) waits
// for the writer: a deadlock. Mapped this large, the file is never
// remapped below 8 GiB; the map is address space, not memory.
const boltMapSize = int(min(uint64(8<<30), uint64(math.MaxInt)/2))

// Store is an open Cayley store.
type Store struct {
	cfg Config
	h   *cgraph.Handle
	// wmu is held by every write, so that a replace, its diff read first,
	// is not interleaved with another writer's.
	wmu sync.Mutex
	// kv is the key-value store under a bolt or leveldb store; nil otherwise.
	// Stats also reads it directly, scanning Cayley's quad log in order.
	kv *sharedKV
	// pg is Bilat's own connection to a postgres store, used for bulk writes
	// and reads that Cayley's SQL backend does one row per round trip.
	pg *sql.DB
	// loads makes Loads through this Store take turns.
	loads sync.Mutex
}

// Open opens the store, creating and initialising it when missing (unless
// it is opened read-only).
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Backend == "" {
		cfg.Backend = Bolt
	}
	var (
		qs  cgraph.QuadStore
		kv  *sharedKV
		pg  *sql.DB
		err error
	)
	switch cfg.Backend {
	case Bolt:
		if cfg.Path == "" {
			cfg.Path = DefaultPath
		}
		qs, kv, err = openBolt(ctx, cfg)
	case Memory:
		if qs, err = cgraph.NewQuadStore("memstore", "", nil); err == nil {
			qs = newLockedMemStore(qs)
		}
	case LevelDB:
		if cfg.Path == "" {
			return nil, errors.New("leveldb: no path given (--dbpath DIR)")
		}
		qs, kv, err = openLevelDB(ctx, cfg)
	case Postgres:
		if cfg.Path == "" {
			return nil, errors.New("postgres: no DSN given (--dbpath 'postgres://user@host/db?sslmode=disable')")
		}
		qs, pg, err = openPostgres(ctx, cfg)
	default:
		return nil, fmt.Errorf("unknown backend %q (want one of %s)", cfg.Backend, strings.Join(Backends(), ", "))
	}
	if err != nil {
		return nil, err
	}
	s := &Store{cfg: cfg, h: &cgraph.Handle{QuadStore: qs, QuadWriter: readOnlyWriter{}}, kv: kv, pg: pg}
	if !cfg.ReadOnly {
		w, err := cgraph.NewQuadWriter("single", writerQS{QuadStore: qs, s: s}, cgraph.Options{"ignore_missing": true, "ignore_duplicate": true})
		if err != nil {
			qs.Close()
			if pg != nil {
				pg.Close()
			}
			return nil, err
		}
		s.h.QuadWriter = w
	}
	return s, nil
}

// openBolt opens the bolt file itself rather than through Cayley's registry,
// which treats the path as a directory, waits forever on a locked file and
// cannot open read-only.
func openBolt(ctx context.Context, cfg Config) (cgraph.QuadStore, *sharedKV, error) {
	_, statErr := os.Stat(cfg.Path)
	missing := errors.Is(statErr, os.ErrNotExist)
	if missing && cfg.ReadOnly {
		return nil, nil, fmt.Errorf("bolt: no store at %q (run bilat load first)", cfg.Path)
	}
	if missing {
		if dir := filepath.Dir(cfg.Path); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, nil, err
			}
		}
	}
	db, err := hbolt.Open(cfg.Path, &bolt.Options{Timeout: boltLockTimeout, ReadOnly: cfg.ReadOnly, InitialMmapSize: boltMapSize})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("bolt: %q is locked by another process (a running bilat serve or load?)", cfg.Path)
	} else if err != nil {
		return nil, nil, fmt.Errorf("bolt: open %q: %w", cfg.Path, err)
	}
	qs, kv, err := openKV(ctx, db, cfg.ReadOnly)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("bolt: %q: %w", cfg.Path, err)
	}
	return qs, kv, nil
}

// openLevelDB opens (or creates) a leveldb directory, as openBolt does a file.
func openLevelDB(ctx context.Context, cfg Config) (cgraph.QuadStore, *sharedKV, error) {
	ldb, err := hleveldb.Open(cfg.Path, &opt.Options{ReadOnly: cfg.ReadOnly, ErrorIfMissing: cfg.ReadOnly})
	if err != nil {
		return nil, nil, fmt.Errorf("leveldb: open %q: %w", cfg.Path, err)
	}
	ldb.SetWriteOptions(&opt.WriteOptions{Sync: true})
	db := flat.Upgrade(ldb)
	qs, kv, err := openKV(ctx, db, cfg.ReadOnly)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("leveldb: %q: %w", cfg.Path, err)
	}
	return qs, kv, nil
}

// kvOptions turn off the bloom filters Cayley's key-value store keeps to
// speed up writes: sized for 100M values, they cost hundreds of MB on every
// open of an empty store and during loads, and Bilat's writes are diffed
// against the store already.
var kvOptions = cgraph.Options{ckv.OptNoBloom: true}

// openKV opens Cayley's key-value quad store on db, initialising it first
// when it is new. Cayley gets db through a sharedKV, which lets a replace
// span several ApplyDeltas calls in one transaction.
func openKV(ctx context.Context, db hkv.KV, readOnly bool) (cgraph.QuadStore, *sharedKV, error) {
	kv := &sharedKV{KV: db}
	qs, err := ckv.New(kv, kvOptions)
	if errors.Is(err, cgraph.ErrNotInitialized) && !readOnly {
		if err = initKV(ctx, db); err == nil {
			qs, err = ckv.New(kv, kvOptions)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	return qs, kv, nil
}

// labelKVIndex indexes quads by label, so that the quads of one source are
// found without a scan: by Bilat's loader and by any query by label.
var labelKVIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// initKV initialises a new key-value store with Cayley's default indexes
// plus labelKVIndex. Cayley reads the list of indexes from the store's
// "meta/indexes" key when it opens it, and keeps each index in the bucket
// named by its directions' prefixes.
func initKV(ctx context.Context, db hkv.KV) error {
	if err := ckv.Init(db, nil); err != nil {
		return err
	}
	indexes := append(slices.Clone(ckv.DefaultQuadIndexes), labelKVIndex)
	data, err := json.Marshal(indexes)
	if err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{[]byte{quad.Label.Prefix()}}); err != nil {
			return err
		}
		return tx.Put(ctx, hkv.Key{[]byte("meta"), []byte("indexes")}, data)
	})
}

// Config returns the configuration the store was opened with, defaults filled in.
func (s *Store) Config() Config { return s.cfg }

// Handle is the Cayley handle, for Gizmo sessions and the API v2 handler.
func (s *Store) Handle() *cgraph.Handle { return s.h }

// QuadStore is the store's reading side.
func (s *Store) QuadStore() cgraph.QuadStore { return s.h.QuadStore }

// Close flushes and closes the store, releasing a bolt file's lock.
func (s *Store) Close() error {
	err := s.h.QuadWriter.Close()
	if cerr := s.h.QuadStore.Close(); err == nil {
		err = cerr
	}
	if s.pg != nil {
		if cerr := s.pg.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// readOnlyWriter refuses every write of a read-only store.
type readOnlyWriter struct{}

func (readOnlyWriter) AddQuad(quad.Quad) error                    { return ErrReadOnly }
func (readOnlyWriter) AddQuadSet([]quad.Quad) error               { return ErrReadOnly }
func (readOnlyWriter) RemoveQuad(quad.Quad) error                 { return ErrReadOnly }
func (readOnlyWriter) ApplyTransaction(*cgraph.Transaction) error { return ErrReadOnly }
func (readOnlyWriter) RemoveNode(quad.Value) error                { return ErrReadOnly }
func (readOnlyWriter) Close() error                               { return nil }

// HoldsFile reports whether path is (or, for a leveldb directory, lies in)
// the store's own files, through any symlink or hard link: writing there
// would destroy the open store. A path that does not exist is not.
func (s *Store) HoldsFile(path string) (bool, error) {
	if s.cfg.Backend != Bolt && s.cfg.Backend != LevelDB {
		return false, nil
	}
	store, err := os.Stat(s.cfg.Path)
	if err != nil {
		return false, err
	}
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		// A new file can still be inside a leveldb directory.
		fi, err = nil, nil
	} else if err != nil {
		return false, err
	}
	if fi != nil && os.SameFile(fi, store) {
		return true, nil
	}
	if !store.IsDir() {
		return false, nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false, err
	}
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if di, err := os.Stat(dir); err == nil && os.SameFile(di, store) {
			return true, nil
		}
		if dir == filepath.Dir(dir) {
			return false, nil
		}
	}
}
