package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/queries"
)

// API v2's endpoints that change the store.
var writePaths = map[string]bool{
	"/api/v2/write":       true,
	"/api/v2/delete":      true,
	"/api/v2/node/delete": true,
}

// routes builds the server's mux.
func (s *Server) routes() (http.Handler, error) {
	ui, err := cayleyUI()
	if err != nil {
		return nil, err
	}
	explore, err := explorePages()
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", ui)
	mux.Handle("/api/v2/", s.cors(apiV2Gaps(s.apiV2())))
	canned := s.cors(s.cache.wrap(s.withTimeout(s.inPools(
		queries.NewHandler(s.store.QuadStore(), queries.HandlerOptions{Timeout: s.cfg.Timeout}), s.shared))))
	mux.Handle("/api/queries", canned)
	mux.Handle("/api/queries/", canned)
	mux.Handle("/api/names", s.cors(s.withTimeout(http.HandlerFunc(s.serveNames))))
	mux.Handle("/health", s.cors(http.HandlerFunc(s.serveHealth)))
	mux.Handle(shapePrefix, s.cors(s.withTimeout(s.inPools(http.HandlerFunc(s.serveShape), s.adhoc, s.shared))))
	mux.Handle("/api/", http.HandlerFunc(serveAPINotFound))
	mux.Handle("/explore", explore)
	mux.Handle("/explore/draft", draftPage())
	mux.Handle("/api/draft", s.cors(s.withTimeout(s.inPools(s.draftAPI(), s.shared))))
	mux.Handle("/explore/", explore)
	return s.checkHost(s.limitBody(jsonAPIErrors(mux))), nil
}

// apiV2 is Cayley's API v2 with Bilat's limits: queries run by Bilat's own
// handler (the row limit, the query timeout, the answer and heap caps, a
// pool of their own), reads under the same pool and timeout, writes refused
// unless the server is writable and the request carries its token, and
// queries and writes refused to pages of other origins.
func (s *Server) apiV2() http.Handler {
	api := cayleyhttp.NewAPIv2(s.store.Handle())
	api.SetReadOnly(!s.cfg.Writable)
	query := s.refuseCrossSite(s.withTimeout(s.cache.wrap(s.inPools(http.HandlerFunc(s.serveQuery), s.adhoc, s.shared))))
	read := s.guarded(s.inPools(api, s.adhoc, s.shared))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case writePaths[r.URL.Path]:
			if !s.cfg.Writable {
				writeError(w, http.StatusForbidden, "the server is read-only (start it with --writable to accept writes)")
				return
			}
			if subtle.ConstantTimeCompare([]byte(bearer(r)), []byte(s.cfg.Token)) != 1 {
				writeError(w, http.StatusForbidden, "writes need the server's token (Authorization: Bearer TOKEN)")
				return
			}
			if !s.crossSiteOK(w, r) || !bufferBody(w, r, s.cfg.MaxWriteBody) {
				return
			}
			defer s.cache.invalidate()
			api.ServeHTTP(w, r)
		case r.URL.Path == "/api/v2/query":
			query.ServeHTTP(w, r)
		case r.URL.Path == "/api/v2/read":
			read.ServeHTTP(w, r)
		default:
			api.ServeHTTP(w, r)
		}
	})
}

// guarded runs next, an API v2 handler that streams its answer (read),
// within the query timeout and under the heap guard: once either ends it,
// its writes fail, which stops Cayley's copy of the quads, and an error not
// yet sent says why.
func (s *Server) guarded(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := s.queryContext(r)
		defer cancel()
		next.ServeHTTP(&deadlineWriter{ResponseWriter: w, ctx: ctx, s: s}, r.WithContext(ctx))
	})
}

// queryContext bounds an ad-hoc request by the query timeout and lets the
// heap guard stop it; cancel releases both.
func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	ctx, cancelTimeout := context.WithTimeout(r.Context(), s.cfg.Timeout)
	ctx, cancelCause := context.WithCancelCause(ctx)
	unwatch := s.guard.watch(cancelCause)
	return ctx, func() {
		unwatch()
		cancelCause(context.Canceled)
		cancelTimeout()
	}
}

// stopped is the status and message for a request whose context ended
// (false if it has not): the timeout, the heap guard, or the client gone.
func (s *Server) stopped(ctx context.Context) (int, string, bool) {
	if ctx.Err() == nil {
		return 0, "", false
	}
	var heap *heapError
	switch cause := context.Cause(ctx); {
	case errors.As(cause, &heap):
		return http.StatusInsufficientStorage, heap.Error(), true
	case errors.Is(cause, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, timeoutMessage(s.cfg.Timeout), true
	default:
		return http.StatusServiceUnavailable, "request cancelled (the client went away, or the server is stopping)", true
	}
}

// deadlineWriter replaces the error API v2 writes for a request its
// context ended with one that says why, and stops a long answer once the
// context has ended: with that error if nothing was sent yet, else by
// cutting the connection, so that the client cannot take a part for the
// whole.
type deadlineWriter struct {
	http.ResponseWriter
	ctx      context.Context
	s        *Server
	started  bool // the status line is sent
	replaced bool
}

func (w *deadlineWriter) WriteHeader(code int) {
	if w.started || w.replaced {
		return
	}
	if code >= 400 && w.stop() {
		return
	}
	w.started = true
	w.ResponseWriter.WriteHeader(code)
}

// stop answers the error of an ended context, if it has ended and
// nothing was sent.
func (w *deadlineWriter) stop() bool {
	status, msg, ok := w.s.stopped(w.ctx)
	if ok {
		w.replaced = true
		writeError(w.ResponseWriter, status, msg)
	}
	return ok
}

func (w *deadlineWriter) Write(p []byte) (int, error) {
	switch {
	case w.replaced:
		return len(p), nil
	case w.ctx.Err() == nil:
		w.started = true
		return w.ResponseWriter.Write(p)
	case !w.started:
		w.stop()
		return 0, context.Cause(w.ctx)
	default:
		panic(http.ErrAbortHandler)
	}
}

func timeoutMessage(d time.Duration) string {
	return fmt.Sprintf("query stopped after %s (the server's --timeout); narrow it with parameters or a limit", d)
}

// pool is a number of slots, one per query running.
type pool struct {
	slots chan struct{}
	what  string // "queries", "ad-hoc queries": for the busy message
}

func newPool(n int, what string) *pool { return &pool{slots: make(chan struct{}, n), what: what} }

// inPools lets a request run once it holds a slot of each pool, taken in
// order, so that a burst of queries cannot starve the rest of the server
// of CPU; it waits for its turn within its own context. Ad-hoc queries take
// a slot of their own small pool first, so that however many of them run
// forever, canned queries and the explorer still find shared slots.
func (s *Server) inPools(next http.Handler, pools ...*pool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, p := range pools {
			select {
			case p.slots <- struct{}{}:
				defer func() { <-p.slots }()
			case <-r.Context().Done():
				writeError(w, http.StatusGatewayTimeout, fmt.Sprintf("the server is busy: %d %s ran for as long as this one could wait", cap(p.slots), p.what))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// withTimeout bounds a handler's work by the query timeout.
func (s *Server) withTimeout(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// limitBody caps every request body: MaxWriteBody for API v2's writes,
// MaxBody for everything else. A body declared too large is refused before
// it is read; a body of unknown length (chunked) is read here, up to the
// cap, so that one over it is refused too rather than cut and used (writes
// are read once their token is checked).
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		max := s.cfg.MaxBody
		if writePaths[r.URL.Path] {
			max = s.cfg.MaxWriteBody
		}
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body of %d bytes is over the limit of %d", r.ContentLength, max))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, max)
		if !writePaths[r.URL.Path] && !bufferBody(w, r, max) {
			return
		}
		next.ServeHTTP(w, r)
	})
}

// bufferBody reads a body of unknown length into memory, answering 413 if
// it is over max bytes (and false: the request is answered).
func bufferBody(w http.ResponseWriter, r *http.Request, max int64) bool {
	if r.ContentLength >= 0 || r.Body == nil || r.Body == http.NoBody {
		return true
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, max+1))
	r.Body.Close()
	var tooLarge *http.MaxBytesError
	switch {
	case int64(len(data)) > max || errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is over the limit of %d bytes", max))
		return false
	case err != nil:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("reading the request body: %v", err))
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(data))
	r.ContentLength = int64(len(data))
	return true
}

// jsonAPIErrors makes the plain-text 404 and 405 answers of the routers
// under /api/ (Go's mux, Cayley's httprouter) JSON, as every other error of
// the API is.
func jsonAPIErrors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(&jsonErrorWriter{ResponseWriter: w, r: r}, r)
	})
}

type jsonErrorWriter struct {
	http.ResponseWriter
	r        *http.Request
	replaced bool
}

func (w *jsonErrorWriter) WriteHeader(code int) {
	if (code == http.StatusNotFound || code == http.StatusMethodNotAllowed) &&
		!strings.Contains(w.Header().Get("Content-Type"), "json") {
		w.replaced = true
		w.Header().Del("Content-Length")
		msg := fmt.Sprintf("no endpoint %s", w.r.URL.Path)
		if code == http.StatusMethodNotAllowed {
			msg = fmt.Sprintf("method %s not allowed on %s", w.r.Method, w.r.URL.Path)
		}
		writeError(w.ResponseWriter, code, msg)
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *jsonErrorWriter) Write(p []byte) (int, error) {
	if w.replaced {
		return len(p), nil
	}
	return w.ResponseWriter.Write(p)
}

// cors lets pages from Config.CORSOrigin call the API. With no origin
// configured it adds nothing, and browsers keep other sites out.
func (s *Server) cors(next http.Handler) http.Handler {
	if s.cfg.CORSOrigin == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Add("Vary", "Origin")
		if origin == "" || (s.cfg.CORSOrigin != "*" && origin != s.cfg.CORSOrigin) {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// health is what /health answers.
type health struct {
	Status   string `json:"status"`
	Quads    int64  `json:"quads"`
	Backend  string `json:"backend"`
	ReadOnly bool   `json:"readOnly"`
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on /health", r.Method))
		return
	}
	n, err := quadCount(r.Context(), s.store)
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "error", "error": err.Error()})
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, health{Status: "ok", Quads: n, Backend: s.store.Config().Backend, ReadOnly: !s.cfg.Writable})
}

// quadCount asks the store how many quads it holds. A key-value store that
// was never written to has no buckets yet: it holds none.
func quadCount(ctx context.Context, store *graph.Store) (int64, error) {
	st, err := store.QuadStore().Stats(ctx, false)
	if errors.Is(err, ckv.ErrNoBucket) {
		return 0, nil
	}
	return st.Quads.Value, err
}

// securePage sets the headers of Bilat's own pages: a content security
// policy that allows nothing from elsewhere, so the pages provably fetch
// nothing from the internet.
func securePage(h http.Header) {
	h.Set("Content-Security-Policy", strings.Join([]string{
		"default-src 'self'",
		"img-src 'self' data:",
		"frame-ancestors 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	}, "; "))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}
