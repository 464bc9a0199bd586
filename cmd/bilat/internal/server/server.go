// Package server wires Bilat's HTTP server: Cayley's API v2 and web UI,
// the canned queries, a health check and Bilat's own exploration pages, on
// one http.ServeMux behind request limits, and serves them until its
// context ends, then shuts down gracefully.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/bilat/bilat/graph"
)

// Defaults of Config's zero fields.
const (
	DefaultTimeout       = 30 * time.Second // as `cayley http`
	DefaultLimit         = 10000            // API v2 rows; Cayley's own default is 100
	DefaultMaxBody       = 1 << 20          // queries and parameters
	DefaultMaxWriteBody  = 64 << 20         // quads posted to /api/v2/write with --writable
	DefaultShutdownGrace = 10 * time.Second
	DefaultMaxHeap       = 2 << 30  // Go heap at which ad-hoc queries are stopped
	DefaultMaxAnswer     = 64 << 20 // bytes of one API v2 query answer
)

// Slow clients are cut off by these (Config's zero timeouts take them);
// the write timeout leaves a query its whole Timeout plus time to send
// the answer.
const (
	DefaultHeaderTimeout = 10 * time.Second
	DefaultReadTimeout   = time.Minute
	DefaultIdleTimeout   = 2 * time.Minute
	writeSlack           = 30 * time.Second
	maxHeaderBytes       = 64 << 10
)

// Config tunes a Server. Zero fields take the defaults above.
type Config struct {
	// Timeout bounds each query (API v2, canned queries, name lists).
	Timeout time.Duration
	// Limit is the most rows API v2 answers a query with.
	Limit int
	// Writable opens API v2's write and delete endpoints to requests that
	// carry Token as "Authorization: Bearer TOKEN"; otherwise they answer 403.
	Writable bool
	Token    string
	// CORSOrigin, when set, is the one origin allowed to call /api/ from a
	// browser page served elsewhere. There is no wildcard by default.
	CORSOrigin string
	// MaxBody and MaxWriteBody cap request bodies, in bytes.
	MaxBody      int64
	MaxWriteBody int64
	// MaxQueries bounds the queries that run at once (4 per CPU if 0);
	// more wait for a turn, within their timeout. Answers from the cache,
	// the health check and the pages never wait.
	MaxQueries int
	// MaxAdhoc bounds the ad-hoc API v2 queries and reads among them (a
	// quarter of MaxQueries, at least 1, if 0), so that scripts that never
	// end leave slots to the canned queries and the explorer.
	MaxAdhoc int
	// MaxHeap is the Go heap, in bytes, past which the ad-hoc queries
	// running are stopped (their scripts may allocate without bound);
	// MaxAnswer caps the bytes of one API v2 query answer.
	MaxHeap   int64
	MaxAnswer int64
	// AllowHosts are the names, besides loopback names and the address a
	// request came to, that requests may give as their Host ("*": any).
	// Others are refused, so that a page whose name is made to resolve to
	// this server (DNS rebinding) cannot read from it.
	AllowHosts []string
	// HeaderTimeout, ReadTimeout and IdleTimeout cut off clients that are
	// slow to send their request's headers, its body, or their next request.
	HeaderTimeout time.Duration
	ReadTimeout   time.Duration
	IdleTimeout   time.Duration
	// ShutdownGrace is how long Serve waits for requests in flight once its
	// context ends before it cancels them.
	ShutdownGrace time.Duration
	// Log receives one line per server error; nil discards them.
	Log io.Writer
}

func (c *Config) fill() {
	orDefault(&c.Timeout, DefaultTimeout)
	orDefault(&c.Limit, DefaultLimit)
	orDefault(&c.MaxBody, DefaultMaxBody)
	orDefault(&c.MaxWriteBody, DefaultMaxWriteBody)
	orDefault(&c.MaxQueries, max(4, 4*runtime.GOMAXPROCS(0)))
	orDefault(&c.MaxAdhoc, max(1, c.MaxQueries/4))
	orDefault(&c.MaxHeap, DefaultMaxHeap)
	orDefault(&c.MaxAnswer, DefaultMaxAnswer)
	orDefault(&c.HeaderTimeout, DefaultHeaderTimeout)
	orDefault(&c.ReadTimeout, DefaultReadTimeout)
	orDefault(&c.IdleTimeout, DefaultIdleTimeout)
	orDefault(&c.ShutdownGrace, DefaultShutdownGrace)
	if c.Log == nil {
		c.Log = io.Discard
	}
}

func orDefault[T int | int64 | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// Server is Bilat's HTTP server over one open store. The store stays the
// caller's to close, after Serve returns.
type Server struct {
	store   *graph.Store
	cfg     Config
	handler http.Handler
	names   *nameIndex
	cache   *responseCache
	shared  *pool // every query
	adhoc   *pool // ad-hoc API v2 queries and reads, which take a shared slot too
	guard   *heapGuard

	mu       sync.Mutex
	inflight int
	idle     *sync.Cond // signalled when inflight drops to zero
	closing  bool
}

// New builds the server's routes over store.
func New(store *graph.Store, cfg Config) (*Server, error) {
	cfg.fill()
	if cfg.Writable && strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("a writable server needs a token that is not blank")
	}
	var ttl time.Duration
	if store.Config().Backend == graph.Postgres {
		ttl = postgresTTL // other processes may load into it
	}
	s := &Server{store: store, cfg: cfg, names: newNameIndex(store, cfg.Log), cache: newResponseCache(ttl),
		shared: newPool(cfg.MaxQueries, "queries"), adhoc: newPool(cfg.MaxAdhoc, "ad-hoc API v2 queries"),
		guard: newHeapGuard(cfg.MaxHeap, cfg.Log)}
	s.idle = sync.NewCond(&s.mu)
	h, err := s.routes()
	if err != nil {
		return nil, err
	}
	s.handler = s.track(h)
	return s, nil
}

// Handler is the server's whole HTTP handler, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve answers requests on ln until ctx ends, then stops accepting,
// lets the requests in flight finish for up to Config.ShutdownGrace,
// cancels those still running, and returns once every handler has
// returned, so that the caller can close the store safely.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	base, cancelBase := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelBase()
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.cfg.HeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.Timeout + writeSlack,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		BaseContext:       func(net.Listener) context.Context { return base },
		ErrorLog:          log.New(s.cfg.Log, "http: ", 0),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.names.start(base)

	var err error
	select {
	case err = <-errc:
		// The listener failed; nothing more will be accepted.
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
		if serr := srv.Shutdown(sctx); serr != nil {
			fmt.Fprintf(s.cfg.Log, "shutdown: %v after %s; cancelling the requests still running\n", serr, s.cfg.ShutdownGrace)
		}
		cancel()
		<-errc // http.ErrServerClosed
	}
	cancelBase()
	srv.Close()
	s.wait()
	s.names.wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// track counts the handlers running, so that Serve can wait for the last
// one before the store is closed; after that, requests get 503.
func (s *Server) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		if s.closing {
			s.mu.Unlock()
			writeError(w, http.StatusServiceUnavailable, "the server is shutting down")
			return
		}
		s.inflight++
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inflight--
			if s.inflight == 0 {
				s.idle.Broadcast()
			}
			s.mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}

// wait refuses new requests and waits until no handler runs.
func (s *Server) wait() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closing = true
	for s.inflight > 0 {
		s.idle.Wait()
	}
}

// errorBody is every error Bilat's own endpoints answer with; API v2 uses
// the same {"error": ...} shape.
type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// bearer returns the token of an "Authorization: Bearer TOKEN" header.
func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}
