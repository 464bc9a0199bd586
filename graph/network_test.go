package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
)

// seedStore is data/ in a memory store.
func seedStore(t *testing.T) *graph.Store {
	t.Helper()
	s := openT(t, graph.Config{Backend: graph.Memory})
	loadT(t, s, schema.Units(seedFiles(t)), graph.LoadOptions{})
	return s
}

// rdfCounts counts what the RDF view of s must hold, from the store itself
// rather than from the corpus's totals (which grow with every report):
// its quads, the distinct subjects and objects, and the literals by
// datatype as an RDF tool reads them ("" for plain strings).
func rdfCounts(t *testing.T, s *graph.Store) (quads, nodes int, literals map[string]int) {
	t.Helper()
	qs, err := s.Quads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	literals = map[string]int{}
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Object} {
			seen[quad.ToString(v)+"\x00"+fmtType(v)] = true
		}
		switch v := q.Object.(type) {
		case quad.String:
			literals[""]++
		case quad.TypedString:
			literals[string(v.Type)]++
		case quad.Int:
			literals["http://www.w3.org/2001/XMLSchema#integer"]++
		}
	}
	return len(qs), len(seen), literals
}

func fmtType(v quad.Value) string {
	switch v.(type) {
	case quad.IRI:
		return "iri"
	case quad.BNode:
		return "bnode"
	}
	return "literal"
}

// exportFile writes one export to dir (csv: dir/nodes.csv and
// dir/edges.csv) and returns the path a reader takes.
func exportFile(t *testing.T, s *graph.Store, dir string, opts graph.ExportOptions) string {
	t.Helper()
	if opts.Format == graph.FormatCSV {
		var nodes, edges bytes.Buffer
		if err := s.ExportCSV(context.Background(), &nodes, &edges, opts); err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		os.WriteFile(filepath.Join(dir, "nodes.csv"), nodes.Bytes(), 0o644)
		os.WriteFile(filepath.Join(dir, "edges.csv"), edges.Bytes(), 0o644)
		return dir
	}
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, opts); err != nil {
		t.Fatalf("%+v: %v", opts, err)
	}
	path := filepath.Join(dir, "export."+opts.Format)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// netRead is what testdata/readnet.py found in a file with networkx.
type netRead struct {
	Nodes, Edges         int
	Directed, Multigraph bool
	Mode                 string
	Bracketed            []string       `json:"bracketed_labels"`
	Kistafin             map[string]any `json:"kistafin"`
	KistafinDegree       int            `json:"kistafin_degree"`
	KistafinEdge         map[string]any `json:"kistafin_edge"`
}

// readPython runs a script of testdata/ and decodes the JSON it prints.
func readPython(t *testing.T, py, script string, out any, args ...string) {
	t.Helper()
	cmd := exec.Command(py, append([]string{filepath.Join("testdata", script)}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", script, strings.Join(args, " "), err, stderr.String())
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("%s: %v\n%s", script, err, b)
	}
}

// TestExportNetworkX reads every network format of both views of the seed
// data back with networkx: exact node and edge counts, the declared kind
// of graph, labels without RDF brackets.
func TestExportNetworkX(t *testing.T) {
	py := graphtest.Python(t, "networkx")
	s := seedStore(t)
	type want struct {
		view         string
		format       string
		nodes, edges int
		directed     bool
		multi        bool
	}
	var cases []want
	var args []string
	quads, rdfNodes, _ := rdfCounts(t, s)
	for _, c := range []want{
		// 47 parties of held events, 65 pairs of them (as the network query).
		{graph.ViewNetwork, "", 47, 65, false, false},
		// Every distinct subject and object, an edge per quad; parallel
		// edges (two predicates or two sources for one pair).
		{graph.ViewRDF, "", rdfNodes, quads, true, true},
	} {
		for _, f := range []string{graph.FormatGEXF, graph.FormatGraphML, graph.FormatGML, graph.FormatCSV} {
			c.format = f
			cases = append(cases, c)
			args = append(args, f, exportFile(t, s, t.TempDir(), graph.ExportOptions{Format: f, View: c.view}))
		}
	}
	// One interpreter reads them all: starting one per file took 9 s.
	var read []netRead
	readPython(t, py, "readnet.py", &read, args...)
	if len(read) != len(cases) {
		t.Fatalf("readnet.py read %d files, want %d", len(read), len(cases))
	}
	for i, c := range cases {
		got, f := read[i], c.format
		if got.Nodes != c.nodes || got.Edges != c.edges || got.Directed != c.directed || got.Multigraph != c.multi {
			t.Errorf("%s %s: networkx read %d nodes, %d edges, directed %v, multigraph %v; want %d, %d, %v, %v",
				c.view, f, got.Nodes, got.Edges, got.Directed, got.Multigraph, c.nodes, c.edges, c.directed, c.multi)
		}
		if len(got.Bracketed) > 0 {
			t.Errorf("%s %s: labels written as RDF terms: %q", c.view, f, got.Bracketed[:min(3, len(got.Bracketed))])
		}
		if c.view != graph.ViewNetwork {
			continue
		}
		if got.KistafinDegree != 26 || got.Kistafin["kind"] != "person" || got.Kistafin["country"] != "KZ" {
			t.Errorf("%s: Kistafin: degree %d, %v", f, got.KistafinDegree, got.Kistafin)
		}
		if k := got.KistafinEdge["kinds"]; k != "ceremony; meeting; talks" {
			t.Errorf("%s: Kistafin's strongest contact: %v", f, got.KistafinEdge)
		}
		if f == graph.FormatGEXF {
			spells, _ := got.Kistafin["spells"].([]any)
			if got.Mode != "dynamic" || len(spells) != 13 || got.KistafinEdge["weight"] != 3.0 {
				t.Errorf("gexf: mode %q, Kistafin's spells %v, strongest edge %v; want dynamic, 13 spells, weight 3",
					got.Mode, spells, got.KistafinEdge)
			}
		}
	}
}

// TestExportGMLASCII: GML is ASCII, other characters as entities.
func TestExportGMLASCII(t *testing.T) {
	s := seedStore(t)
	for _, view := range []string{graph.ViewNetwork, graph.ViewRDF} {
		b, err := os.ReadFile(exportFile(t, s, t.TempDir(), graph.ExportOptions{Format: graph.FormatGML, View: view}))
		if err != nil {
			t.Fatal(err)
		}
		if i := bytes.IndexFunc(b, func(r rune) bool { return r > 0x7e || r < 0x20 && r != '\n' }); i >= 0 {
			t.Errorf("%s: byte %q at %d is not printable ASCII", view, b[i], i)
		}
		if !bytes.Contains(b, []byte("&#")) {
			t.Errorf("%s: no character entity: the seed's non-ASCII names are lost", view)
		}
		if multi := bytes.Contains(b, []byte("\n  multigraph 1\n")); multi != (view == graph.ViewRDF) {
			t.Errorf("%s: multigraph declared: %v", view, multi)
		}
	}
}

// TestNetworkMatchesQuery: the network export has exactly the pairs, event
// counts and dates of the canned network query.
func TestNetworkMatchesQuery(t *testing.T) {
	s := seedStore(t)
	n, err := s.Network(context.Background(), graph.NetworkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	q, err := queries.Lookup("network")
	if err != nil {
		t.Fatal(err)
	}
	res, err := queries.Run(context.Background(), s.QuadStore(), q, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := func(v any) string { return strings.TrimPrefix(v.(string), schema.IDNS) }
	var want, got []string
	for _, r := range res.Rows {
		a, b := id(r["source"]), id(r["target"])
		if a > b {
			a, b = b, a
		}
		want = append(want, strings.Join([]string{a, b, jsonText(r["events"]), r["first"].(string), r["last"].(string)}, " | "))
	}
	for _, e := range n.Edges {
		got = append(got, strings.Join([]string{e.Source, e.Target, jsonText(len(e.Events)), e.First, e.Last}, " | "))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("network export and query differ:\nexport %q\nquery  %q", got, want)
	}
	if len(n.Nodes) != 47 || len(n.Edges) != 65 {
		t.Errorf("network: %d nodes, %d edges; want 47, 65", len(n.Nodes), len(n.Edges))
	}
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestNetworkCuts: --from/--to and --country give exact sizes, and every
// pair who-met-whom finds with the same parameters is an edge of the cut.
func TestNetworkCuts(t *testing.T) {
	s := seedStore(t)
	q, err := queries.Lookup("who-met-whom")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		opts         graph.NetworkOptions
		params       map[string]string
		nodes, edges int
	}{
		{graph.NetworkOptions{From: "2022", To: "2023"}, map[string]string{"from": "2022", "to": "2023"}, 15, 25},
		{graph.NetworkOptions{Country: "KZ"}, map[string]string{"country": "KZ"}, 43, 43},
		{graph.NetworkOptions{Country: "uzbek"}, map[string]string{"country": "uzbek"}, 6, 3},
		{graph.NetworkOptions{From: "2024-06", Country: "Pakistan"}, map[string]string{"from": "2024-06", "country": "Pakistan"}, 8, 8},
		{graph.NetworkOptions{To: "2021-10"}, map[string]string{"to": "2021-10"}, 8, 7},
	} {
		n, err := s.Network(context.Background(), c.opts)
		if err != nil {
			t.Fatalf("%+v: %v", c.opts, err)
		}
		if len(n.Nodes) != c.nodes || len(n.Edges) != c.edges {
			t.Errorf("%+v: %d nodes, %d edges; want %d, %d", c.opts, len(n.Nodes), len(n.Edges), c.nodes, c.edges)
		}
		byLabel := map[string]string{}
		for _, x := range n.Nodes {
			byLabel[x.Label] = x.ID
		}
		edges := map[string]bool{}
		for _, e := range n.Edges {
			edges[e.Source+" "+e.Target] = true
		}
		res, err := queries.Run(context.Background(), s.QuadStore(), q, mergeParams(c.params, "include-groups", "true"))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) == 0 {
			t.Errorf("%v: who-met-whom found nothing to compare with", c.params)
		}
		for _, r := range res.Rows {
			a, b := byLabel[r["a"].(string)], byLabel[r["b"].(string)]
			if a > b {
				a, b = b, a
			}
			if !edges[a+" "+b] {
				t.Errorf("%+v: who-met-whom's %q and %q (%s) are not linked", c.opts, r["a"], r["b"], r["event"])
			}
		}
	}
	for _, c := range []struct {
		opts graph.NetworkOptions
		err  string
	}{
		{graph.NetworkOptions{Country: "Narnia"}, `no country matches "Narnia" (want an ISO code or a country's name)`},
		{graph.NetworkOptions{From: "2022-13"}, `--from: date "2022-13" is not a valid month (expected YYYY-MM with MM 01-12)`},
		{graph.NetworkOptions{To: "2021/2022"}, `--to: "2021/2022" is an interval (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{graph.NetworkOptions{From: "2023", To: "2022-05"}, `--to 2022-05 is before --from 2023`},
	} {
		if _, err := s.Network(context.Background(), c.opts); err == nil || err.Error() != c.err {
			t.Errorf("%+v: %v, want %s", c.opts, err, c.err)
		}
	}
}

func mergeParams(m map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// rdfRead is what testdata/readrdf.py found in an export with rdflib.
type rdfRead struct {
	Quads      int
	Literals   map[string]int
	Predicates map[string][]string
	Unread     []string
	ValueTypes []string `json:"value_types"`
}

// TestTypedLiteralsRDFLib reads the N-Quads and JSON-LD exports of the seed
// with rdflib: every typed literal has a full XSD datatype that rdflib
// turns into a Python date or int.
func TestTypedLiteralsRDFLib(t *testing.T) {
	py := graphtest.Python(t, "rdflib")
	s := seedStore(t)
	const xsd = "http://www.w3.org/2001/XMLSchema#"
	quads, _, wantLiterals := rdfCounts(t, s)
	for _, dt := range []string{"", xsd + "date", xsd + "gYear", xsd + "gYearMonth", xsd + "integer"} {
		if wantLiterals[dt] == 0 {
			t.Fatalf("the seed has no literal of datatype %q to read back", dt)
		}
	}
	wantValues := []string{xsd + "date date", xsd + "gYear date", xsd + "gYearMonth date", xsd + "integer int"}
	for _, f := range []struct{ format, rdflib string }{{graph.FormatNQuads, "nquads"}, {graph.FormatJSONLD, "json-ld"}} {
		path := exportFile(t, s, t.TempDir(), graph.ExportOptions{Format: f.format})
		var got rdfRead
		readPython(t, py, "readrdf.py", &got, f.rdflib, path)
		if got.Quads != quads || len(got.Unread) > 0 {
			t.Errorf("%s: rdflib read %d quads (want %d); literals it could not read as their type: %q", f.format, got.Quads, quads, got.Unread)
		}
		if !maps.Equal(got.Literals, wantLiterals) || !slices.Equal(got.ValueTypes, wantValues) {
			t.Errorf("%s: literals by datatype %v, want %v; Python types %q, want %q", f.format, got.Literals, wantLiterals, got.ValueTypes, wantValues)
		}
		for _, p := range []quad.IRI{schema.StartDate, schema.EndDate, schema.DateAsGiven, schema.DatePublished, schema.Attested} {
			if !slices.Contains(got.Predicates[xsd+"date"], string(p)) {
				t.Errorf("%s: no xsd:date on %s", f.format, p)
			}
		}
		if !slices.Contains(got.Predicates[xsd+"integer"], string(schema.StatedEvents)) {
			t.Errorf("%s: no xsd:integer on %s", f.format, schema.StatedEvents)
		}
	}
}
