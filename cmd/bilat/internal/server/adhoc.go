package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// Ad-hoc queries are scripts from anyone who can reach the server. Gizmo
// runs them on goja, which bounds neither their time nor what they
// allocate: the timeout bounds the first, and the heap guard below the
// second. What they answer is bounded while it is built, by
// Config.MaxAnswer, rather than once it sits whole in memory.

// serveQuery answers API v2's /api/v2/query as Cayley's handler does
// ({"result": [...]} as JSON, or JSON-LD when asked; 400 {"error": ...}
// for a bad query) within the query timeout, the heap guard and the
// answer cap.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, POST")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
		return
	}
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		writeError(w, http.StatusBadRequest, "query language not specified")
		return
	}
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q", lang))
		return
	}
	text := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		data, err := io.ReadAll(r.Body) // limitBody has bounded it
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("reading the query: %v", err))
			return
		}
		text = string(data)
	}
	if text == "" {
		writeError(w, http.StatusBadRequest, "query is empty")
		return
	}
	if l.HTTPQuery != nil {
		// GraphQL answers in a shape of its own ({"data": ...}), written by
		// the language itself, as on `cayley http`; the timeout still holds.
		ctx, cancel := s.queryContext(r)
		defer cancel()
		l.HTTPQuery(ctx, s.store.QuadStore(), w, strings.NewReader(text))
		return
	}
	opt := query.Options{Collation: query.JSON, Limit: s.cfg.Limit}
	ctype := "application/json"
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) > 0 && specs[0].Value == "application/ld+json" {
		opt.Collation, ctype = query.JSONLD, "application/ld+json"
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	body, err := s.runQuery(ctx, l.Session, text, opt)
	if err != nil {
		status, msg, stopped := s.stopped(ctx)
		if !stopped {
			status, msg = http.StatusBadRequest, err.Error()
			if _, ok := err.(*answerError); ok {
				status = http.StatusInsufficientStorage
			}
		}
		if status == http.StatusInsufficientStorage {
			// The query's garbage is unreachable now: give it back.
			debug.FreeOSMemory()
		}
		writeError(w, status, msg)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write(body)
}

// answerError is an answer over Config.MaxAnswer.
type answerError struct{ max int64 }

func (e *answerError) Error() string {
	return fmt.Sprintf("the answer is over %d MiB, the most one query may answer; ask for less (a limit, fewer tags)", e.max>>20)
}

// runQuery runs text and returns the encoded answer, {"result":[...]},
// as it is built: it stops the query once the answer passes MaxAnswer.
func (s *Server) runQuery(ctx context.Context, session func(cgraph.QuadStore) query.Session, text string, opt query.Options) ([]byte, error) {
	it, err := session(s.store.QuadStore()).Execute(ctx, text, opt)
	if err != nil {
		return nil, err
	}
	defer func() {
		it.Close()
		// Close interrupts the script but does not wait for it. Its
		// goroutine ends soon after; waiting for it means that no part of
		// the query reads the store once the handler has returned (and
		// the store may be closed: a bolt file unmapped under a reader
		// faults).
		for it.Next(context.Background()) {
		}
	}()
	var (
		out  bytes.Buffer
		elem bytes.Buffer
		n    int
	)
	enc := json.NewEncoder(&elem)
	enc.SetEscapeHTML(false)
	out.WriteString(`{"result":[`)
	for it.Next(ctx) {
		v := it.Result()
		// A single value is measured before it is encoded, so that one
		// huge string is refused without being copied.
		if budget := s.cfg.MaxAnswer - int64(out.Len()); !fits(v, budget) {
			return nil, &answerError{s.cfg.MaxAnswer}
		}
		elem.Reset()
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		if n > 0 {
			out.WriteByte(',')
		}
		out.Write(bytes.TrimSuffix(elem.Bytes(), []byte("\n")))
		if int64(out.Len()) > s.cfg.MaxAnswer {
			return nil, &answerError{s.cfg.MaxAnswer}
		}
		n++
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		// As Cayley's handler, which encodes a nil slice.
		return []byte("{\"result\":null}\n"), nil
	}
	out.WriteString("]}\n")
	return out.Bytes(), nil
}

// fits reports whether v's JSON may fit in budget bytes: it adds up the
// bytes of v's strings and keys (a lower bound of the encoding) and stops
// as soon as they pass the budget.
func fits(v any, budget int64) bool {
	var walk func(v any) bool
	walk = func(v any) bool {
		switch v := v.(type) {
		case string:
			budget -= int64(len(v)) + 2
		case map[string]any:
			for k, x := range v {
				budget -= int64(len(k)) + 4
				if budget < 0 || !walk(x) {
					return false
				}
			}
		case []any:
			for _, x := range v {
				budget--
				if budget < 0 || !walk(x) {
					return false
				}
			}
		default:
			budget -= 4
		}
		return budget >= 0
	}
	return walk(v)
}

// heapError is what the heap guard cancels a query with.
type heapError struct{ heap, max int64 }

func (e *heapError) Error() string {
	return fmt.Sprintf("query stopped: the server's memory reached %d MiB, over its cap of %d MiB (--max-memory); the ad-hoc queries running were stopped", e.heap>>20, e.max>>20)
}

// heapGuard samples the Go heap while ad-hoc queries run and, when it
// passes max, cancels every one of them: the heap cannot be charged to one
// goroutine, and a script that allocates without bound is one of them.
// Together with the soft memory limit that `bilat serve` sets, which makes
// the collector work harder near the cap, it keeps one script from taking
// the process down.
type heapGuard struct {
	max      int64
	interval time.Duration
	log      io.Writer

	mu       sync.Mutex
	next     int
	watching map[int]context.CancelCauseFunc
}

const heapMetric = "/memory/classes/heap/objects:bytes" // live and not yet swept

func newHeapGuard(max int64, log io.Writer) *heapGuard {
	return &heapGuard{max: max, interval: 5 * time.Millisecond, log: log, watching: map[int]context.CancelCauseFunc{}}
}

// watch registers a query's cancel func until the returned func is called;
// the first query starts the sampling, which ends with the last.
func (g *heapGuard) watch(cancel context.CancelCauseFunc) func() {
	g.mu.Lock()
	defer g.mu.Unlock()
	id := g.next
	g.next++
	g.watching[id] = cancel
	if len(g.watching) == 1 {
		go g.sample()
	}
	return func() {
		g.mu.Lock()
		delete(g.watching, id)
		g.mu.Unlock()
	}
}

func (g *heapGuard) sample() {
	sample := []metrics.Sample{{Name: heapMetric}}
	tick := time.NewTicker(g.interval)
	defer tick.Stop()
	for range tick.C {
		metrics.Read(sample)
		heap := int64(sample[0].Value.Uint64())
		g.mu.Lock()
		if len(g.watching) == 0 {
			g.mu.Unlock()
			return
		}
		if heap > g.max {
			err := &heapError{heap: heap, max: g.max}
			for id, cancel := range g.watching {
				cancel(err)
				delete(g.watching, id)
			}
			fmt.Fprintf(g.log, "bilat: %v\n", err)
			g.mu.Unlock()
			return
		}
		g.mu.Unlock()
	}
}
