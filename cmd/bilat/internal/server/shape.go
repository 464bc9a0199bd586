package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// The Cayley web UI's Query Shape tab posts a query to
// /api/v1/shape/LANG and shows the JSON it gets back; an answer with an
// "error" key makes it throw. `cayley http` answers 501 there (its shape API
// was dropped), so the tab stays blank. Bilat answers with the shapes of the
// paths the query runs, as Cayley's optimizer hands them over, without
// reading the store: the query runs in its own language over a store with
// no data (shapeStore), which records each path's shape and answers it with
// nothing, so the query's program goes on to its next path, if any.

const (
	shapePrefix = "/api/v1/shape/"
	maxShapes   = 50 // shapes answered; a query that loops may build many
)

// shapeAnswer is what /api/v1/shape/LANG answers: the shapes, in the order
// the query built them, or a message that says why there are none.
type shapeAnswer struct {
	Shapes  []shapeNode `json:"shapes,omitempty"`
	More    int         `json:"more_shapes,omitempty"`
	Note    string      `json:"note,omitempty"`
	Message string      `json:"message,omitempty"`
}

// shapeNode is one node of a shape tree, named as Cayley names its shape
// types, with the fields that type has.
type shapeNode struct {
	Type      string              `json:"type"`
	Direction string              `json:"direction,omitempty"`
	Values    []string            `json:"values,omitempty"`
	Tags      []string            `json:"tags,omitempty"`
	TagValues map[string]string   `json:"tag_values,omitempty"`
	Filters   []string            `json:"filters,omitempty"`
	Skip      int64               `json:"skip,omitempty"`
	Limit     int64               `json:"limit,omitempty"`
	Match     map[string]string   `json:"match,omitempty"`
	Save      map[string][]string `json:"save,omitempty"`
	Quads     []quadFilterNode    `json:"quads,omitempty"`
	Exclude   *shapeNode          `json:"exclude,omitempty"`
	From      *shapeNode          `json:"from,omitempty"`
	Of        []shapeNode         `json:"of,omitempty"`
	Optional  []shapeNode         `json:"optional,omitempty"`
}

type quadFilterNode struct {
	Direction string    `json:"direction"`
	Values    shapeNode `json:"values"`
}

const (
	noShapeMessage = "this query runs no path, so it has no shape: a path runs when it ends in a final call such as .All(), .ToArray() or .ForEach()"
	unshapedNote   = "parts of this query (such as .FollowRecursive) are built only when they run, and have no shape to show"
)

// serveShape answers the UI's Query Shape tab.
func (s *Server) serveShape(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s (post the query)", r.Method, r.URL.Path))
		return
	}
	lang := strings.TrimPrefix(r.URL.Path, shapePrefix)
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		langs := query.Languages()
		slices.Sort(langs)
		writeError(w, http.StatusNotFound, fmt.Sprintf("unknown query language %q (want %s)", lang, strings.Join(langs, ", ")))
		return
	}
	text, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ans, err := shapeOf(r.Context(), l, string(text))
	switch {
	case errors.Is(r.Context().Err(), context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, timeoutMessage(s.cfg.Timeout))
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error())
	default:
		writeJSON(w, http.StatusOK, ans)
	}
}

// shapeOf runs text in language l over a shapeStore and describes the
// shapes it recorded.
func shapeOf(ctx context.Context, l *query.Language, text string) (shapeAnswer, error) {
	st := &shapeStore{}
	it, err := l.Session(st).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: 1})
	if err != nil {
		return shapeAnswer{}, err
	}
	for it.Next(ctx) {
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return shapeAnswer{}, err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	var ans shapeAnswer
	for _, sh := range st.roots {
		if len(ans.Shapes) == maxShapes {
			ans.More++
			continue
		}
		ans.Shapes = append(ans.Shapes, describeShape(sh))
	}
	if st.unshaped {
		ans.Note = unshapedNote
	}
	if len(ans.Shapes) == 0 && !st.unshaped {
		ans.Message = noShapeMessage
	}
	return ans, nil
}

// shapeStore is a graph.QuadStore with no data. A value is its own
// reference (refs.PreFetched), so shapes keep the values the query names.
// As the store-specific optimizer it wraps every shape in a recordedShape;
// the root of each path is then one, and building its iterator records
// the path's shape and answers an empty iterator.
type shapeStore struct {
	mu       sync.Mutex
	roots    []shape.Shape
	unshaped bool // an iterator was asked of the store directly
}

var _ cgraph.QuadStore = (*shapeStore)(nil)
var _ shape.Optimizer = (*shapeStore)(nil)

func (st *shapeStore) OptimizeShape(_ context.Context, s shape.Shape) (shape.Shape, bool) {
	if _, ok := s.(recordedShape); ok {
		return s, false
	}
	return recordedShape{s: s, st: st}, true
}

func (st *shapeStore) record(s shape.Shape) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.roots = append(st.roots, s)
}

func (st *shapeStore) empty() iterator.Shape {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.unshaped = true
	return iterator.NewNull()
}

func (st *shapeStore) ValueOf(v quad.Value) (refs.Ref, error) {
	if v == nil {
		return nil, nil
	}
	return refs.PreFetched(v), nil
}

func (st *shapeStore) NameOf(r refs.Ref) (quad.Value, error) {
	if v, ok := r.(refs.PreFetchedValue); ok {
		return v.NameOf(), nil
	}
	return nil, nil
}

func (st *shapeStore) Quad(refs.Ref) (quad.Quad, error) { return quad.Quad{}, nil }
func (st *shapeStore) QuadIterator(quad.Direction, refs.Ref) iterator.Shape {
	return st.empty()
}
func (st *shapeStore) QuadIteratorSize(context.Context, quad.Direction, refs.Ref) (refs.Size, error) {
	return refs.Size{Exact: true}, nil
}
func (st *shapeStore) QuadDirection(refs.Ref, quad.Direction) (refs.Ref, error) { return nil, nil }
func (st *shapeStore) Stats(context.Context, bool) (cgraph.Stats, error) {
	return cgraph.Stats{Nodes: refs.Size{Exact: true}, Quads: refs.Size{Exact: true}}, nil
}
func (st *shapeStore) ApplyDeltas([]cgraph.Delta, cgraph.IgnoreOpts) error {
	return errors.New("the shape of a query is found without writing")
}
func (st *shapeStore) NewQuadWriter() (quad.WriteCloser, error) {
	return nil, errors.New("the shape of a query is found without writing")
}
func (st *shapeStore) NodesAllIterator() iterator.Shape { return st.empty() }
func (st *shapeStore) QuadsAllIterator() iterator.Shape { return st.empty() }
func (st *shapeStore) Close() error                     { return nil }

// recordedShape is a shape that went through shapeStore's optimizer.
// Only a path's root is ever built: its children are not.
type recordedShape struct {
	s  shape.Shape
	st *shapeStore
}

func (r recordedShape) BuildIterator(cgraph.QuadStore) iterator.Shape {
	r.st.record(r.s)
	return iterator.NewNull()
}

func (r recordedShape) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) {
	return r, false
}

// describeShape turns a shape tree into its JSON description.
func describeShape(s shape.Shape) shapeNode {
	if r, ok := s.(recordedShape); ok {
		s = r.s
	}
	sub := func(c shape.Shape) *shapeNode {
		if c == nil {
			return nil
		}
		d := describeShape(c)
		return &d
	}
	list := func(cs []shape.Shape) []shapeNode {
		out := make([]shapeNode, 0, len(cs))
		for _, c := range cs {
			out = append(out, describeShape(c))
		}
		return out
	}
	switch s := s.(type) {
	case nil, shape.Null:
		return shapeNode{Type: "Null"}
	case shape.AllNodes:
		return shapeNode{Type: "AllNodes"}
	case shape.Fixed:
		return shapeNode{Type: "Fixed", Values: refNames(s)}
	case shape.Lookup:
		vals := make([]string, 0, len(s))
		for _, v := range s {
			vals = append(vals, quadString(v))
		}
		return shapeNode{Type: "Lookup", Values: vals}
	case shape.FixedTags:
		tags := map[string]string{}
		for k, v := range s.Tags {
			tags[k] = refName(v)
		}
		return shapeNode{Type: "FixedTags", TagValues: tags, From: sub(s.On)}
	case shape.Save:
		return shapeNode{Type: "Save", Tags: s.Tags, From: sub(s.From)}
	case shape.NodesFrom:
		return shapeNode{Type: "NodesFrom", Direction: s.Dir.String(), From: sub(s.Quads)}
	case shape.Quads:
		n := shapeNode{Type: "Quads", Quads: []quadFilterNode{}}
		for _, f := range s {
			n.Quads = append(n.Quads, quadFilterNode{Direction: f.Dir.String(), Values: describeShape(f.Values)})
		}
		return n
	case shape.QuadsAction:
		n := shapeNode{Type: "QuadsAction", Direction: s.Result.String()}
		for d, v := range s.Filter {
			if n.Match == nil {
				n.Match = map[string]string{}
			}
			n.Match[d.String()] = refName(v)
		}
		for d, tags := range s.Save {
			if n.Save == nil {
				n.Save = map[string][]string{}
			}
			n.Save[d.String()] = tags
		}
		return n
	case shape.Intersect:
		return shapeNode{Type: "Intersect", Of: list(s)}
	case shape.IntersectOpt:
		return shapeNode{Type: "IntersectOpt", Of: list(s.Sub), Optional: list(s.Opt)}
	case shape.Union:
		return shapeNode{Type: "Union", Of: list(s)}
	case shape.Except:
		from := sub(s.From)
		if from == nil {
			from = &shapeNode{Type: "AllNodes"}
		}
		return shapeNode{Type: "Except", Exclude: sub(s.Exclude), From: from}
	case shape.Filter:
		n := shapeNode{Type: "Filter", From: sub(s.From)}
		for _, f := range s.Filters {
			n.Filters = append(n.Filters, filterString(f))
		}
		return n
	case shape.Page:
		return shapeNode{Type: "Page", Skip: s.Skip, Limit: s.Limit, From: sub(s.From)}
	case shape.Unique:
		return shapeNode{Type: "Unique", From: sub(s.From)}
	case shape.Sort:
		return shapeNode{Type: "Sort", From: sub(s.From)}
	case shape.Count:
		return shapeNode{Type: "Count", From: sub(s.Values)}
	case shape.Materialize:
		return shapeNode{Type: "Materialize", From: sub(s.Values)}
	default:
		// Shapes of Cayley's that are built only when they run, such
		// as FollowRecursive's: their insides are not data.
		return shapeNode{Type: fmt.Sprintf("%T", s)}
	}
}

func filterString(f shape.ValueFilter) string {
	switch f := f.(type) {
	case shape.Comparison:
		return f.Op.String() + " " + quadString(f.Val)
	case shape.Regexp:
		return "regex " + f.Re.String()
	case shape.Wildcard:
		return "like " + f.Pattern
	default:
		return fmt.Sprintf("%T", f)
	}
}

func refNames(rs []refs.Ref) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, refName(r))
	}
	return out
}

func refName(r refs.Ref) string {
	if v, ok := r.(refs.PreFetchedValue); ok {
		return quadString(v.NameOf())
	}
	return fmt.Sprint(r)
}

func quadString(v quad.Value) string {
	if v == nil {
		return "null"
	}
	return v.String()
}
