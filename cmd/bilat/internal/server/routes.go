package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

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
	canned := s.cors(s.cache.wrap(s.withTimeout(s.oneOfMaxQueries(
		queries.NewHandler(s.store.QuadStore(), queries.HandlerOptions{Timeout: s.cfg.Timeout})))))
	mux.Handle("/api/queries", canned)
	mux.Handle("/api/queries/", canned)
	mux.Handle("/api/names", s.cors(s.withTimeout(http.HandlerFunc(s.serveNames))))
	mux.Handle("/health", s.cors(http.HandlerFunc(s.serveHealth)))
	mux.Handle(shapePrefix, s.cors(s.withTimeout(s.oneOfMaxQueries(http.HandlerFunc(s.serveShape)))))
	mux.Handle("/api/", http.HandlerFunc(serveAPINotFound))
	mux.Handle("/explore", explore)
	mux.Handle("/explore/draft", draftPage())
	mux.Handle("/api/draft", s.cors(s.withTimeout(s.oneOfMaxQueries(s.draftAPI()))))
	mux.Handle("/explore/", explore)
	return s.limitBody(mux), nil
}

// apiV2 is Cayley's API v2 with Bilat's limits: the row limit and the
// query timeout from Config, writes refused unless the server is writable
// and the request carries its token, and a query cut off by the timeout
// answered with 504 rather than API v2's 400.
func (s *Server) apiV2() http.Handler {
	api := cayleyhttp.NewAPIv2(s.store.Handle())
	api.SetReadOnly(!s.cfg.Writable)
	api.SetQueryLimit(s.cfg.Limit)
	api.SetQueryTimeout(s.cfg.Timeout)
	query := s.cache.wrap(s.oneOfMaxQueries(api))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if writePaths[r.URL.Path] {
			if !s.cfg.Writable {
				writeError(w, http.StatusForbidden, "the server is read-only (start it with --writable to accept writes)")
				return
			}
			if subtle.ConstantTimeCompare([]byte(bearer(r)), []byte(s.cfg.Token)) != 1 {
				writeError(w, http.StatusForbidden, "writes need the server's token (Authorization: Bearer TOKEN)")
				return
			}
			defer s.cache.invalidate()
		}
		if r.URL.Path == "/api/v2/query" {
			ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
			defer cancel()
			query.ServeHTTP(&deadlineWriter{ResponseWriter: w, ctx: ctx, timeout: s.cfg.Timeout}, r.WithContext(ctx))
			return
		}
		api.ServeHTTP(w, r)
	})
}

// deadlineWriter replaces the error API v2 writes for a query its context
// cut off (400 "context deadline exceeded") with a 504 that says what
// happened, and labels API v2's other query errors as the JSON they are.
type deadlineWriter struct {
	http.ResponseWriter
	ctx      context.Context
	timeout  time.Duration
	replaced bool
}

func (w *deadlineWriter) WriteHeader(code int) {
	if code >= 400 && errors.Is(w.ctx.Err(), context.DeadlineExceeded) {
		w.replaced = true
		writeError(w.ResponseWriter, http.StatusGatewayTimeout, timeoutMessage(w.timeout))
		return
	}
	if code >= 400 && w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *deadlineWriter) Write(p []byte) (int, error) {
	if w.replaced {
		return len(p), nil
	}
	return w.ResponseWriter.Write(p)
}

func timeoutMessage(d time.Duration) string {
	return fmt.Sprintf("query stopped after %s (the server's --timeout); narrow it with parameters or a limit", d)
}

// oneOfMaxQueries lets a query run when fewer than Config.MaxQueries do, so
// that a burst of queries cannot starve the rest of the server of CPU; a
// query waits for its turn within its own timeout.
func (s *Server) oneOfMaxQueries(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		case <-r.Context().Done():
			writeError(w, http.StatusGatewayTimeout, fmt.Sprintf("the server is busy: %d queries ran for as long as this one could wait", s.cfg.MaxQueries))
			return
		}
		defer func() { <-s.slots }()
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
// it is read.
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
		next.ServeHTTP(w, r)
	})
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
	n, err := s.quadCount(r.Context())
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "error", "error": err.Error()})
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, health{Status: "ok", Quads: n, Backend: s.store.Config().Backend, ReadOnly: !s.cfg.Writable})
}

// quadCount asks the store how many quads it holds. A key-value store that
// was never written to has no buckets yet: it holds none.
func (s *Server) quadCount(ctx context.Context) (int64, error) {
	st, err := s.store.QuadStore().Stats(ctx, false)
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
