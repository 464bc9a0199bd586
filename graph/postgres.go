package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" with Cayley
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"

	"github.com/bilat/bilat/schema"
)

// openPostgres opens Cayley's SQL store on the DSN, creating its tables when
// they are missing, and a connection of Bilat's own for bulk work.
func openPostgres(ctx context.Context, cfg Config) (cgraph.QuadStore, *sql.DB, error) {
	dsn := withBinaryParameters(cfg.Path)
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("postgres: connect: %w", err)
	}
	var exists, standby bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL, pg_is_in_recovery()`).Scan(&exists, &standby); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	if standby && !cfg.ReadOnly {
		err := fmt.Errorf("postgres: %s is a hot standby, which only replays the primary's changes: load on the primary%s, and point reads (serve, query) at either: %w",
			dsnAddr(dsn), primaryOf(ctx, db), ErrStandby)
		db.Close()
		return nil, nil, err
	}
	if !exists {
		if cfg.ReadOnly {
			db.Close()
			if standby {
				return nil, nil, errors.New("postgres: the standby holds no Bilat store yet (run bilat load on the primary)")
			}
			return nil, nil, errors.New("postgres: the database holds no Bilat store (run bilat load first)")
		}
		if err := cgraph.InitQuadStore(Postgres, dsn, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("postgres: create tables: %w", err)
		}
	}
	if !cfg.ReadOnly {
		if _, err := db.ExecContext(ctx, labelIndex); err != nil {
			db.Close()
			return nil, nil, fmt.Errorf("postgres: %w", err)
		}
	}
	qs, err := cgraph.NewQuadStore(Postgres, dsn, nil)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("postgres: %w", err)
	}
	return qs, db, nil
}

// ErrStandby is returned when a store is opened for writing on a PostgreSQL
// hot standby: it accepts no writes, so loads must go to its primary.
var ErrStandby = errors.New("standby is read-only")

// primaryOf names the primary a standby streams from, when the role may
// see it (pg_stat_wal_receiver shows the sender to privileged roles only).
func primaryOf(ctx context.Context, db *sql.DB) string {
	var host sql.NullString
	var port sql.NullInt64
	err := db.QueryRowContext(ctx, `SELECT sender_host, sender_port FROM pg_stat_wal_receiver`).Scan(&host, &port)
	if err != nil || !host.Valid || host.String == "" {
		return ""
	}
	return fmt.Sprintf(" (it streams from %s)", net.JoinHostPort(host.String, fmt.Sprint(port.Int64)))
}

// dsnAddr is the host:port part of a DSN, for messages (no password).
func dsnAddr(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Host != "" {
		return u.Host
	}
	return "the server"
}

// withBinaryParameters asks lib/pq to send []byte parameters (Cayley's node
// hashes) in binary, which also sends a statement with parameters in one
// round trip instead of two. Every Gizmo step on PostgreSQL is such a
// statement: the canned queries ran 15-25% faster, with identical rows.
// A DSN that sets binary_parameters itself is left alone.
func withBinaryParameters(dsn string) string {
	if strings.Contains(dsn, "binary_parameters") {
		return dsn
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return dsn // sql.Open reports it
		}
		q := u.Query()
		q.Set("binary_parameters", "yes")
		u.RawQuery = q.Encode()
		return u.String()
	}
	return strings.TrimSpace(dsn) + " binary_parameters=yes"
}

// pgReplacer writes units with a handful of set-based statements per batch.
// Cayley's SQL writer sends one INSERT per node and per quad, each a round
// trip to the server, and ends every batch with deletes that scan the
// nodes table; Bilat keeps Cayley's tables, hashes and reference counts
// but moves a batch in with COPY and lets the server do the diff.
type pgReplacer struct {
	db *sql.DB
}

// labelIndex lets the diff find a label's quads without a table scan; Cayley
// indexes no label column. Cayley ignores indexes it did not create.
const labelIndex = `CREATE INDEX IF NOT EXISTS bilat_label_index ON quads (label_hash)`

// Temporary tables live per connection and are emptied at each commit.
var pgTempTables = []string{
	`CREATE TEMP TABLE IF NOT EXISTS bilat_in (s BYTEA, p BYTEA, o BYTEA, l BYTEA) ON COMMIT DELETE ROWS`,
	`CREATE TEMP TABLE IF NOT EXISTS bilat_add (s BYTEA, p BYTEA, o BYTEA, l BYTEA) ON COMMIT DELETE ROWS`,
	`CREATE TEMP TABLE IF NOT EXISTS bilat_touched (h BYTEA) ON COMMIT DELETE ROWS`,
	`CREATE TEMP TABLE IF NOT EXISTS bilat_nodes_in (
		hash BYTEA, value BYTEA, value_string TEXT, datatype TEXT, language TEXT, iri BOOLEAN,
		bnode BOOLEAN, value_int BIGINT, value_bool BOOLEAN, value_float DOUBLE PRECISION,
		value_time TIMESTAMP WITH TIME ZONE) ON COMMIT DELETE ROWS`,
}

// nodeColumns are the value columns of Cayley's nodes table, after hash.
var nodeColumns = []string{"value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time"}

const (
	// pgRemove deletes the batch's labels' quads that are not in bilat_in,
	// takes their references off the nodes, and notes the nodes touched.
	pgRemove = `WITH del AS (
		DELETE FROM quads q WHERE q.label_hash = ANY($1) AND NOT EXISTS (
			SELECT 1 FROM bilat_in i WHERE i.s = q.subject_hash AND i.p = q.predicate_hash
				AND i.o = q.object_hash AND i.l = q.label_hash)
		RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
	), dec AS (
		SELECT h, count(*) AS n FROM (
			SELECT subject_hash AS h FROM del UNION ALL SELECT predicate_hash FROM del
			UNION ALL SELECT object_hash FROM del UNION ALL SELECT label_hash FROM del) x
		GROUP BY h
	), upd AS (
		UPDATE nodes SET refs = nodes.refs - dec.n FROM dec WHERE nodes.hash = dec.h
	), touched AS (
		INSERT INTO bilat_touched SELECT h FROM dec
	)
	SELECT label_hash, count(*) FROM del GROUP BY label_hash`

	pgFindAdds = `INSERT INTO bilat_add SELECT i.s, i.p, i.o, i.l FROM bilat_in i WHERE NOT EXISTS (
		SELECT 1 FROM quads q WHERE q.subject_hash = i.s AND q.predicate_hash = i.p
			AND q.object_hash = i.o AND q.label_hash = i.l)`

	// pgAddNodes inserts the added quads' nodes or counts the new references,
	// in hash order so that concurrent loads lock rows in the same order.
	pgAddNodes = `INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode,
			value_int, value_bool, value_float, value_time)
		SELECT n.hash, c.n, n.value, n.value_string, n.datatype, n.language, n.iri, n.bnode,
			n.value_int, n.value_bool, n.value_float, n.value_time
		FROM (SELECT h, count(*) AS n FROM (
				SELECT s AS h FROM bilat_add UNION ALL SELECT p FROM bilat_add
				UNION ALL SELECT o FROM bilat_add UNION ALL SELECT l FROM bilat_add) x
			GROUP BY h) c
		JOIN bilat_nodes_in n ON n.hash = c.h
		ORDER BY n.hash
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`

	// pgAddQuads inserts in subject order, so that the subject-first indexes
	// take their entries in order rather than at random pages.
	pgAddQuads = `WITH ins AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM bilat_add ORDER BY s, p, o
		RETURNING label_hash
	) SELECT label_hash, count(*) FROM ins GROUP BY label_hash`

	pgDropNodes = `DELETE FROM nodes n USING bilat_touched t WHERE n.hash = t.h AND n.refs <= 0`
)

// Loads of one store take turns under a session-level advisory lock, keyed
// by Bilat's class and the quads table's oid so that stores in two schemas
// of one database do not wait for each other. Two loads interleaving their
// transactions would both insert what neither saw the other add.
const (
	pgLoadLockClass = 0x62696c61 // "bila"
	pgTryLoadLock   = `SELECT pg_try_advisory_lock($1, 'quads'::regclass::oid::int)`
	pgLoadLock      = `SELECT pg_advisory_lock($1, 'quads'::regclass::oid::int)`
	pgLoadUnlock    = `SELECT pg_advisory_unlock($1, 'quads'::regclass::oid::int)`
)

// pgLockLoads takes the load lock on a connection of its own, calling
// waiting first when another load holds it, and returns what releases it.
func pgLockLoads(ctx context.Context, db *sql.DB, waiting func()) (func(), error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	var got bool
	if err := conn.QueryRowContext(ctx, pgTryLoadLock, pgLoadLockClass).Scan(&got); err != nil {
		conn.Close()
		return nil, fmt.Errorf("postgres: lock for the load: %w", err)
	}
	if !got {
		if waiting != nil {
			waiting()
		}
		if _, err := conn.ExecContext(ctx, pgLoadLock, pgLoadLockClass); err != nil {
			// The lock may have been granted as the wait was cancelled:
			// ending the session releases it.
			discardConn(conn)
			return nil, fmt.Errorf("postgres: wait for another load of this store to end: %w", err)
		}
	}
	return func() {
		if _, err := conn.ExecContext(context.Background(), pgLoadUnlock, pgLoadLockClass); err != nil {
			discardConn(conn)
			return
		}
		conn.Close()
	}, nil
}

// discardConn closes a connection's session instead of pooling it.
func discardConn(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

func hashBytes(v quad.Value) []byte {
	h := refs.HashOf(v)
	return h[:]
}

func (r *pgReplacer) replace(ctx context.Context, batch []pending) (added, removed []int, err error) {
	added, removed = make([]int, len(batch)), make([]int, len(batch))
	index := make(map[string]int, len(batch))
	labels := make(pq.ByteaArray, len(batch))
	for i, p := range batch {
		labels[i] = hashBytes(p.label)
		index[string(labels[i])] = i
	}
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	for _, q := range pgTempTables {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, nil, fmt.Errorf("postgres: %w", err)
		}
	}
	if err := copyBatch(ctx, tx, batch); err != nil {
		return nil, nil, err
	}
	count := func(query string, args []any, into []int) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				l []byte
				n int
			)
			if err := rows.Scan(&l, &n); err != nil {
				return err
			}
			into[index[string(l)]] = n
		}
		return rows.Err()
	}
	if err := count(pgRemove, []any{labels}, removed); err != nil {
		return nil, nil, fmt.Errorf("postgres: remove: %w", err)
	}
	for _, q := range []string{pgFindAdds, pgAddNodes} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, nil, fmt.Errorf("postgres: add: %w", err)
		}
	}
	if err := count(pgAddQuads, nil, added); err != nil {
		return nil, nil, fmt.Errorf("postgres: add: %w", err)
	}
	if _, err := tx.ExecContext(ctx, pgDropNodes); err != nil {
		return nil, nil, fmt.Errorf("postgres: drop nodes: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, fmt.Errorf("postgres: commit: %w", err)
	}
	return added, removed, nil
}

// copyBatch streams the batch's quads (as hashes) and their distinct nodes
// into the temporary tables with COPY.
func copyBatch(ctx context.Context, tx *sql.Tx, batch []pending) error {
	quads, err := tx.PrepareContext(ctx, pq.CopyIn("bilat_in", "s", "p", "o", "l"))
	if err != nil {
		return fmt.Errorf("postgres: copy: %w", err)
	}
	nodes := map[refs.ValueHash]quad.Value{}
	for _, p := range batch {
		for _, q := range p.quads {
			var row [4]any
			for i, d := range quad.Directions {
				v := q.Get(d)
				h := refs.HashOf(v)
				if _, ok := nodes[h]; !ok {
					nodes[h] = v
				}
				row[i] = h[:]
			}
			if _, err := quads.ExecContext(ctx, row[:]...); err != nil {
				quads.Close()
				return fmt.Errorf("postgres: copy: %w", err)
			}
		}
	}
	if _, err := quads.ExecContext(ctx); err != nil {
		quads.Close()
		return fmt.Errorf("postgres: copy: %w", err)
	}
	if err := quads.Close(); err != nil {
		return fmt.Errorf("postgres: copy: %w", err)
	}

	cols := append([]string{"hash"}, nodeColumns...)
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("bilat_nodes_in", cols...))
	if err != nil {
		return fmt.Errorf("postgres: copy: %w", err)
	}
	defer stmt.Close()
	row := make([]any, len(cols))
	for h, v := range nodes {
		if err := nodeRow(row, h, v); err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("postgres: copy: %w", err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("postgres: copy: %w", err)
	}
	return stmt.Close()
}

// nodeRow fills row (hash, then nodeColumns) with the columns Cayley's SQL
// store would write for v, through Cayley's own csql.NodeValues.
func nodeRow(row []any, h refs.ValueHash, v quad.Value) error {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
	if err != nil {
		return fmt.Errorf("postgres: node %v: %w", v, err)
	}
	for i := range row {
		row[i] = nil
	}
	row[0] = vals[0]
	for i, c := range typ.Columns() {
		row[1+slices.Index(nodeColumns, c)] = vals[1+i]
	}
	return nil
}

// pgStoredHashes reads label -> content hash in one query.
const pgStoredHashes = `SELECT l.value_string, o.value_string FROM quads q
	JOIN nodes l ON l.hash = q.label_hash JOIN nodes o ON o.hash = q.object_hash
	WHERE q.predicate_hash = $1 AND q.subject_hash = q.label_hash AND l.iri`

// contentHashes reads all stored hashes in one query (by predicate, which
// Cayley's SQL store indexes) and keeps those asked for.
// repair has nothing to do: Bilat's own SQL writes never left a quad
// lacking a term.
func (r *pgReplacer) repair(context.Context) (int, []quad.Quad, error) { return 0, nil, nil }

func (r *pgReplacer) dropTwins(context.Context, []quad.Quad) (int, error) { return 0, nil }

func (r *pgReplacer) contentHashes(ctx context.Context, labels []quad.IRI) (map[quad.IRI]string, error) {
	want := make(map[quad.IRI]bool, len(labels))
	for _, l := range labels {
		want[l] = true
	}
	rows, err := r.db.QueryContext(ctx, pgStoredHashes, hashBytes(ContentHash))
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer rows.Close()
	out := map[quad.IRI]string{}
	for rows.Next() {
		var l, h sql.NullString
		if err := rows.Scan(&l, &h); err != nil {
			return nil, err
		}
		if l := quad.IRI(l.String); want[l] {
			out[l] = h.String
		}
	}
	return out, rows.Err()
}

// pgSourceLabels finds the labels that are sources: they carry a content
// hash or type themselves schema:NewsArticle, or are the curation label.
const pgSourceLabels = `SELECT DISTINCT l.value_string FROM quads q JOIN nodes l ON l.hash = q.label_hash
	WHERE q.subject_hash = q.label_hash AND l.iri
		AND (q.predicate_hash = $1 OR (q.predicate_hash = $2 AND q.object_hash = $3))
	UNION
	SELECT n.value_string FROM nodes n WHERE n.hash = $4 AND EXISTS (SELECT 1 FROM quads WHERE label_hash = $4)`

func (r *pgReplacer) sourceLabels(ctx context.Context) ([]quad.IRI, error) {
	rows, err := r.db.QueryContext(ctx, pgSourceLabels, hashBytes(ContentHash), hashBytes(schema.Type),
		hashBytes(schema.ClassArticle), hashBytes(schema.CurationLabel))
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer rows.Close()
	set := map[quad.IRI]bool{}
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return nil, err
		}
		set[quad.IRI(l)] = true
	}
	return sortedLabels(set), rows.Err()
}

// pgAllQuads reads every quad with its four values in one query; Cayley's
// reader asks for each value not in its small cache with a query of its own.
func pgAllQuads() string {
	return `SELECT ` + pgNodeCols("s") + `, ` + pgNodeCols("p") + `, ` + pgNodeCols("o") + `, ` + pgNodeCols("l") + `
	FROM quads q JOIN nodes s ON s.hash = q.subject_hash JOIN nodes p ON p.hash = q.predicate_hash
	JOIN nodes o ON o.hash = q.object_hash LEFT JOIN nodes l ON l.hash = q.label_hash`
}

func pgNodeCols(t string) string {
	cols := make([]string, len(nodeColumns))
	for i, c := range nodeColumns {
		cols[i] = t + "." + c
	}
	return strings.Join(cols, ", ")
}

// pgNode receives one node's value columns.
type pgNode struct {
	value          []byte
	str, typ, lang sql.NullString
	iri, bnode     sql.NullBool
	vint           sql.NullInt64
	vbool          sql.NullBool
	vfloat         sql.NullFloat64
	vtime          sql.NullTime
}

func (n *pgNode) dest() []any {
	return []any{&n.value, &n.str, &n.typ, &n.lang, &n.iri, &n.bnode, &n.vint, &n.vbool, &n.vfloat, &n.vtime}
}

// quadValue decodes a node as Cayley's SQL store does; a missing node (no
// label) is nil.
func (n *pgNode) quadValue() (quad.Value, error) {
	switch {
	case n.str.Valid:
		s := strings.ReplaceAll(n.str.String, `\x00`, "\x00") // Cayley escapes NUL bytes
		switch {
		case n.iri.Bool:
			return quad.IRI(s), nil
		case n.bnode.Bool:
			return quad.BNode(s), nil
		case n.lang.Valid:
			return quad.LangString{Value: quad.String(s), Lang: n.lang.String}, nil
		case n.typ.Valid:
			return quad.TypedString{Value: quad.String(s), Type: quad.IRI(n.typ.String)}, nil
		}
		return quad.String(s), nil
	case n.vint.Valid:
		return quad.Int(n.vint.Int64), nil
	case n.vbool.Valid:
		return quad.Bool(n.vbool.Bool), nil
	case n.vfloat.Valid:
		return quad.Float(n.vfloat.Float64), nil
	case n.vtime.Valid:
		return quad.Time(n.vtime.Time.UTC()), nil
	case n.value != nil:
		return pquads.UnmarshalValue(n.value)
	}
	return nil, nil
}

// pgQuads returns every quad of a postgres store, unsorted.
func pgQuads(ctx context.Context, db *sql.DB) ([]quad.Quad, error) {
	return pgQuadsWhere(ctx, db, "")
}

func (r *pgReplacer) subjectQuads(ctx context.Context, node quad.IRI) ([]quad.Quad, error) {
	return pgQuadsWhere(ctx, r.db, " WHERE q.subject_hash = $1", hashBytes(node))
}

// pgQuadsWhere returns the quads a condition on pgAllQuads's tables picks.
func pgQuadsWhere(ctx context.Context, db *sql.DB, where string, args ...any) ([]quad.Quad, error) {
	rows, err := db.QueryContext(ctx, pgAllQuads()+where, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	defer rows.Close()
	var (
		nodes [4]pgNode
		dest  []any
		out   []quad.Quad
	)
	for i := range nodes {
		dest = append(dest, nodes[i].dest()...)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("postgres: %w", err)
		}
		var q quad.Quad
		for i, d := range quad.Directions {
			v, err := nodes[i].quadValue()
			if err != nil {
				return nil, fmt.Errorf("postgres: %w", err)
			}
			q.Set(d, v)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}
