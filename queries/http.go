package queries

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// HandlerOptions tune the HTTP handler.
type HandlerOptions struct {
	// Timeout bounds each query (DefaultTimeout if 0); a query that runs
	// out of time answers 504.
	Timeout time.Duration
}

// DefaultTimeout bounds a query run over HTTP when no timeout is set.
const DefaultTimeout = 30 * time.Second

// Reserved query-string keys: they tune the response, not the query.
const (
	keyFormat = "format"  // json (default) or csv; Accept: text/csv works too
	keyLimit  = "limit"   // at most this many rows; a cut is reported
	keyCols   = "columns" // a,b,c: these columns, in this order
)

// Handler serves the catalog over HTTP with default options.
func Handler(qs cgraph.QuadStore) http.Handler { return NewHandler(qs, HandlerOptions{}) }

// NewHandler serves the catalog over HTTP:
//
//	GET /api/queries               the catalog as JSON
//	GET /api/queries/NAME?k=v&...  run a query: JSON {query, columns, rows,
//	                               count, limit, truncated}, or CSV with
//	                               Accept: text/csv or format=csv; columns=a,b
//	                               picks and orders the columns
//	GET /api/queries/NAME.js       the query's assembled Gizmo text, as the
//	                               Cayley UI runs it
//
// Errors are JSON {"error": "..."}: 400 for a bad parameter, 404 for an
// unknown query or a name that matches nothing (with "param", "value" and
// "closest", the names nearest to it), 504 when the query runs out of time. Mount it at both
// "/api/queries" and "/api/queries/".
func NewHandler(qs cgraph.QuadStore, opts HandlerOptions) http.Handler {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	h := &handler{qs: qs, opts: opts}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/queries", h.list)
	mux.HandleFunc("GET /api/queries/{$}", h.list)
	mux.HandleFunc("GET /api/queries/{name}", h.run)
	return mux
}

type handler struct {
	qs   cgraph.QuadStore
	opts HandlerOptions
}

func (h *handler) list(w http.ResponseWriter, _ *http.Request) {
	respondJSON(w, http.StatusOK, Catalog())
}

func (h *handler) run(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if base, ok := strings.CutSuffix(name, ".js"); ok {
		h.source(w, base)
		return
	}
	q, err := Lookup(name)
	if err != nil {
		writeError(w, err)
		return
	}
	params := map[string]string{}
	format, limit := FormatJSON, 0
	var cols []string
	for k, vs := range r.URL.Query() {
		if len(vs) != 1 {
			writeError(w, &ParamError{Query: q.Name, Param: k, Msg: fmt.Sprintf("given %d times, want once", len(vs))})
			return
		}
		switch k {
		case keyFormat:
			format = vs[0]
		case keyLimit:
			if limit, err = strconv.Atoi(vs[0]); err != nil || limit < 0 {
				writeError(w, &ParamError{Query: q.Name, Param: k, Msg: fmt.Sprintf("%q is not a row count (want 0 for all, or more)", vs[0])})
				return
			}
		case keyCols:
			cols = strings.Split(vs[0], ",")
			if err := (&Result{Columns: q.Columns}).Select(cols); err != nil && q.Declared {
				writeError(w, &ParamError{Query: q.Name, Param: k, Msg: err.Error()})
				return
			}
		default:
			params[k] = vs[0]
		}
	}
	if accepts(r, "text/csv") && r.URL.Query().Get(keyFormat) == "" {
		format = FormatCSV
	}
	if format != FormatJSON && format != FormatCSV {
		writeError(w, &ParamError{Query: q.Name, Param: keyFormat, Msg: fmt.Sprintf("%q is not json or csv", format)})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	res, err := RunOpts(ctx, h.qs, q, params, Options{Limit: limit})
	if err != nil {
		writeError(w, err)
		return
	}
	if cols != nil {
		if err := res.Select(cols); err != nil {
			writeError(w, &ParamError{Query: q.Name, Param: keyCols, Msg: err.Error()})
			return
		}
	}
	w.Header().Set("X-Bilat-Rows", strconv.Itoa(len(res.Rows)))
	w.Header().Set("X-Bilat-Truncated", strconv.FormatBool(res.Truncated))
	if format == FormatCSV {
		var b bytes.Buffer
		if err := Write(&b, res, FormatCSV); err != nil {
			writeError(w, err)
			return
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", fmt.Sprintf("inline; filename=%q", q.Name+".csv"))
		w.Write(b.Bytes())
		return
	}
	rows := make([]rawJSON, len(res.Rows))
	for i, row := range res.Rows {
		o, err := object(res, row, "")
		if err != nil {
			writeError(w, err)
			return
		}
		rows[i] = o
	}
	respondJSON(w, http.StatusOK, struct {
		Query     string    `json:"query"`
		Columns   []string  `json:"columns"`
		Rows      []rawJSON `json:"rows"`
		Count     int       `json:"count"`
		Limit     int       `json:"limit"`
		Truncated bool      `json:"truncated"`
	}{q.Name, res.Columns, rows, len(rows), res.Limit, res.Truncated})
}

// source answers a query's assembled text, the file a Cayley UI user pastes.
func (h *handler) source(w http.ResponseWriter, name string) {
	q, err := Lookup(name)
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf("inline; filename=%q", q.Name+".js"))
	io.WriteString(w, q.Source)
}

// rawJSON is an encoded row, kept as is so that its keys stay in column order.
type rawJSON []byte

func (r rawJSON) MarshalJSON() ([]byte, error) { return r, nil }

// accepts reports whether the request's Accept header names the media type.
func accepts(r *http.Request, mediaType string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		if mt, _, err := mime.ParseMediaType(strings.TrimSpace(part)); err == nil && mt == mediaType {
			return true
		}
	}
	return false
}

// StatusOf is the HTTP status an error of Run answers with.
func StatusOf(err error) int {
	var (
		pe *ParamError
		ue *UnknownQueryError
		te *TimeoutError
		nf *NotFoundError
	)
	switch {
	case errors.As(err, &pe):
		return http.StatusBadRequest
	case errors.As(err, &ue), errors.As(err, &nf):
		return http.StatusNotFound
	case errors.As(err, &te):
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

func writeError(w http.ResponseWriter, err error) {
	var nf *NotFoundError
	if errors.As(err, &nf) {
		respondJSON(w, StatusOf(err), struct {
			Error   string   `json:"error"`
			Param   string   `json:"param"`
			Value   string   `json:"value"`
			Closest []string `json:"closest"`
		}{err.Error(), nf.Param, nf.Value, append([]string{}, nf.Closest...)})
		return
	}
	respondJSON(w, StatusOf(err), map[string]string{"error": err.Error()})
}

func respondJSON(w http.ResponseWriter, status int, v any) {
	data, err := marshal(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"error": "encoding the response"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(data, '\n'))
}
