package graph

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"    // registers "graphviz" (dot)
	_ "github.com/cayleygraph/quad/jsonld" // registers "jsonld"
	_ "github.com/cayleygraph/quad/nquads" // registers "nquads"
)

// Views of the store an export writes.
const (
	ViewNetwork = "network" // the co-participation network (see Network)
	ViewRDF     = "rdf"     // every quad, as the store holds it
)

// Export formats.
const (
	FormatNQuads  = "nquads"
	FormatJSONLD  = "jsonld"
	FormatGEXF    = "gexf"
	FormatGraphML = "graphml"
	FormatGML     = "gml"
	FormatCSV     = "csv" // two files, nodes and edges: see ExportCSV
	FormatDOT     = "dot"
)

// exportFormat says which views a format can write, its default view
// first, and for the RDF formats the name quad's writer is registered under.
type exportFormat struct {
	name  string
	views []string
	quad  string
}

var exportFormats = []exportFormat{
	{FormatNQuads, []string{ViewRDF}, "nquads"},
	{FormatJSONLD, []string{ViewRDF}, "jsonld"},
	{FormatGEXF, []string{ViewNetwork, ViewRDF}, ""},
	{FormatGraphML, []string{ViewNetwork, ViewRDF}, ""},
	{FormatGML, []string{ViewNetwork, ViewRDF}, ""},
	{FormatCSV, []string{ViewNetwork, ViewRDF}, ""},
	{FormatDOT, []string{ViewRDF}, "graphviz"},
}

// ExportFormats lists the formats Export and ExportCSV write.
func ExportFormats() []string {
	out := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		out[i] = f.name
	}
	return out
}

// ExportOptions say what an export writes.
type ExportOptions struct {
	Format string // one of ExportFormats
	// View is ViewNetwork or ViewRDF; "" is the format's default: the
	// network for GEXF, GraphML, GML and CSV, the RDF graph for the others.
	View string
	// Network cuts the network view; it must be zero for the RDF view.
	Network NetworkOptions
}

// DefaultView is the view a format writes when none is asked for ("" for
// an unknown format).
func DefaultView(format string) string {
	if f := lookupFormat(format); f != nil {
		return f.views[0]
	}
	return ""
}

func lookupFormat(name string) *exportFormat {
	for i := range exportFormats {
		if exportFormats[i].name == name {
			return &exportFormats[i]
		}
	}
	return nil
}

// Check says what is wrong with the options, before a store is opened.
func (o ExportOptions) Check() error {
	_, err := o.check()
	return err
}

// check resolves the view and says what is wrong with the options.
func (o *ExportOptions) check() (*exportFormat, error) {
	f := lookupFormat(o.Format)
	if f == nil {
		return nil, fmt.Errorf("unknown export format %q (want one of %s)", o.Format, strings.Join(ExportFormats(), ", "))
	}
	if o.View == "" {
		o.View = f.views[0]
	}
	if !slices.Contains(f.views, o.View) {
		return nil, fmt.Errorf("format %s has no %s view (want %s)", o.Format, o.View, strings.Join(f.views, " or "))
	}
	if o.View == ViewRDF && o.Network != (NetworkOptions{}) {
		return nil, fmt.Errorf("from, to and country cut the network view, not the %s view", o.View)
	}
	if _, _, err := dayRange(o.Network.From, o.Network.To); err != nil {
		return nil, err
	}
	return f, nil
}

// Export writes the store to w in one of ExportFormats (not CSV, which is
// two files: see ExportCSV), sorted so that two exports of the same store
// are byte-identical. The RDF view writes every quad: N-Quads keeps each
// quad's label (its source) as the fourth term, JSON-LD writes a named
// graph per source, GEXF, GraphML and GML keep it as an edge's
// `named_graph`, and DOT drops it. Literals carry full XSD datatype IRIs.
func (s *Store) Export(ctx context.Context, w io.Writer, opts ExportOptions) error {
	f, err := opts.check()
	if err != nil {
		return err
	}
	if f.name == FormatCSV {
		return fmt.Errorf("format csv writes two files (nodes and edges): use ExportCSV")
	}
	if f.quad != "" {
		return s.exportQuads(ctx, w, f.quad)
	}
	d, err := s.doc(ctx, opts)
	if err != nil {
		return err
	}
	switch f.name {
	case FormatGEXF:
		return writeGEXF(w, d)
	case FormatGraphML:
		return writeGraphML(w, d)
	}
	return writeGML(w, d)
}

// ExportCSV writes a view as Gephi's spreadsheet import: the nodes table to
// nodes and the edges table to edges. opts.Format must be csv or empty.
func (s *Store) ExportCSV(ctx context.Context, nodes, edges io.Writer, opts ExportOptions) error {
	if opts.Format == "" {
		opts.Format = FormatCSV
	}
	f, err := opts.check()
	if err != nil {
		return err
	}
	if f.name != FormatCSV {
		return fmt.Errorf("ExportCSV writes csv, not %s", f.name)
	}
	d, err := s.doc(ctx, opts)
	if err != nil {
		return err
	}
	return writeCSV(nodes, edges, d)
}

// doc builds the graphDoc of a checked view.
func (s *Store) doc(ctx context.Context, opts ExportOptions) (*graphDoc, error) {
	if opts.View == ViewRDF {
		qs, err := s.Quads(ctx)
		if err != nil {
			return nil, err
		}
		return rdfDoc(qs), nil
	}
	n, err := s.Network(ctx, opts.Network)
	if err != nil {
		return nil, err
	}
	return networkDoc(n), nil
}

// exportQuads writes every quad with one of quad's writers.
func (s *Store) exportQuads(ctx context.Context, w io.Writer, name string) error {
	f := quad.FormatByName(name)
	if f == nil || f.Writer == nil {
		return fmt.Errorf("no quad writer %q", name)
	}
	qs, err := s.Quads(ctx)
	if err != nil {
		return err
	}
	// Quad writers refuse such quads with a bare "invalid N-Quad".
	if err := damagedError(qs); err != nil {
		return err
	}
	for i := range qs {
		qs[i].Object = fullDatatype(qs[i].Object)
	}
	qw := f.Writer(w)
	if _, err := qw.WriteQuads(qs); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}

// fullDatatype writes a literal with its datatype's full IRI: Cayley's
// integers (quad.Int) say `xsd:integer`, which RDF tools read as an IRI of
// the scheme "xsd:". Other values are returned as they are.
func fullDatatype(v quad.Value) quad.Value {
	if t := fullTyped(v); t != nil {
		return t
	}
	return v
}

// fullTyped is v as a TypedString with a full datatype IRI, or nil when v
// is not a typed literal (an IRI, a plain or language-tagged string).
func fullTyped(v quad.Value) quad.Value {
	var t quad.TypedString
	switch x := v.(type) {
	case quad.TypedString:
		t = x
	case quad.String, quad.LangString, quad.IRI, quad.BNode, nil:
		return nil
	case interface{ TypedString() quad.TypedString }:
		t = x.TypedString()
	default:
		return nil
	}
	t.Type = t.Type.Full()
	return t
}
