package queries

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// Result is what a query returned: its columns, in order, and its rows.
type Result struct {
	Columns []string
	Rows    []map[string]any
	// Limit is the row limit the run was given (0: none); Truncated says
	// that the query had more rows than Limit and only Limit are here.
	Limit     int
	Truncated bool
}

// Options tune a run.
type Options struct {
	// Limit keeps at most this many rows (0: all). A cut is reported in
	// Result.Truncated, never silent.
	Limit int
}

// TimeoutError is returned when the context's deadline ends a query.
type TimeoutError struct {
	Query string
	Err   error
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("query %q: %v (the query took too long; narrow it with parameters)", e.Query, e.Err)
}

func (e *TimeoutError) Unwrap() error { return e.Err }

// QueryError is an error the Gizmo query itself raised (a syntax error in
// an ad-hoc file, an exception thrown by the script).
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return fmt.Sprintf("query %q: %v", e.Query, e.Err) }

func (e *QueryError) Unwrap() error { return e.Err }

// Run binds params to q and runs it on qs. The context's deadline bounds it.
func Run(ctx context.Context, qs cgraph.QuadStore, q Query, params map[string]string) (*Result, error) {
	return RunOpts(ctx, qs, q, params, Options{})
}

// RunSource runs an ad-hoc query file (a header is optional) on qs.
func RunSource(ctx context.Context, qs cgraph.QuadStore, src string, params map[string]string) (*Result, error) {
	q, err := Parse("ad-hoc", src)
	if err != nil {
		return nil, err
	}
	return Run(ctx, qs, q, params)
}

// RunOpts is Run with options.
func RunOpts(ctx context.Context, qs cgraph.QuadStore, q Query, params map[string]string, opts Options) (*Result, error) {
	bound, err := Bind(q, params)
	if err != nil {
		return nil, err
	}
	prog, err := Program(q.Source, bound)
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: slices.Clone(q.Columns), Limit: opts.Limit}
	if err := execute(ctx, qs, prog, opts.Limit, res); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &TimeoutError{Query: q.Name, Err: ctx.Err()}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if miss := asMiss(ctx, qs, q, err); miss != err {
			return nil, miss
		}
		return nil, &QueryError{Query: q.Name, Err: err}
	}
	if !q.Declared {
		res.Columns = columnsOf(res.Rows)
	}
	return res, nil
}

// execute runs a Gizmo program and appends its results to res: objects
// passed to g.emit, and the tag maps of path.all().
func execute(ctx context.Context, qs cgraph.QuadStore, prog string, limit int, res *Result) error {
	it, err := gizmo.NewSession(qs).Execute(ctx, prog, query.Options{Collation: query.JSON})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.Next(ctx) {
		row := toRow(it.Result())
		if row == nil {
			continue
		}
		if limit > 0 && len(res.Rows) == limit {
			res.Truncated = true
			break
		}
		res.Rows = append(res.Rows, row)
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// toRow turns one Gizmo result into a row. A value that is a JSON-LD node
// reference ({"@id": iri}, as the network query writes its source and
// target for the Cayley UI's Visualize tab) becomes the plain IRI.
func toRow(v any) map[string]any {
	switch m := v.(type) {
	case map[string]any:
		row := make(map[string]any, len(m))
		for k, x := range m {
			row[k] = flatten(x)
		}
		return row
	case nil:
		return nil
	default:
		return map[string]any{"value": flatten(m)}
	}
}

func flatten(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) == 1 {
			return id
		}
		if src, ok := asSource(x); ok {
			return src
		}
	case []any:
		for i, e := range x {
			x[i] = flatten(e)
		}
	}
	return v
}

// Source is a report as the queries cite it. Rows hold it as a Source, so
// that JSON gives its keys in this order and a cell shows "Publisher (URL)".
type Source struct {
	ID        string `json:"id"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// asSource reads an object with exactly a source's keys, all strings.
func asSource(m map[string]any) (Source, bool) {
	if len(m) != 4 {
		return Source{}, false
	}
	var s Source
	for k, p := range map[string]*string{"id": &s.ID, "publisher": &s.Publisher, "url": &s.URL, "published": &s.Published} {
		v, ok := m[k].(string)
		if !ok {
			return Source{}, false
		}
		*p = v
	}
	return s, true
}

// String is the source as a table or CSV cell shows it.
func (s Source) String() string {
	switch {
	case s.Publisher != "" && s.URL != "":
		return s.Publisher + " (" + s.URL + ")"
	case s.Publisher != "" || s.URL != "":
		return s.Publisher + s.URL
	}
	return s.ID
}

// columnsOf lists the keys of ad-hoc rows: "id" first (Gizmo's tag for the
// path's end), the others sorted.
func columnsOf(rows []map[string]any) []string {
	seen := map[string]bool{}
	var cols []string
	for _, r := range rows {
		for k := range r {
			if !seen[k] {
				seen[k] = true
				cols = append(cols, k)
			}
		}
	}
	slices.SortFunc(cols, func(a, b string) int {
		if a == "id" || b == "id" {
			return boolCmp(b == "id", a == "id")
		}
		return strings.Compare(a, b)
	})
	return cols
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
