package graph

import (
	"bufio"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// graphDoc is a graph as the network formats (GEXF, GraphML, GML, CSV)
// hold it: nodes and edges with a label and typed attributes. Both views
// of the store (the network and the raw RDF graph) are turned into one, so
// every format writes either.
type graphDoc struct {
	directed  bool
	multi     bool // some pair of nodes has more than one edge
	nodeAttrs []attrDef
	edgeAttrs []attrDef
	nodes     []docNode
	edges     []docEdge
}

// attrDef is an attribute's name (a GML key: letters, digits, "_") and
// type: "string" or "integer".
type attrDef struct{ name, typ string }

// docNode's vals line up with graphDoc.nodeAttrs: a string or an int, the
// zero value for "no value".
type docNode struct {
	id, label string
	vals      []any
	spells    []Spell
}

type docEdge struct {
	source, target, label string
	weight                int // 0: none
	vals                  []any
	spells                []Spell
}

// networkDoc lays the network out for the writers.
func networkDoc(n *Network) *graphDoc {
	d := &graphDoc{
		nodeAttrs: []attrDef{{"kind", "string"}, {"country", "string"}, {"iri", "string"}, {"wikidata", "string"}, {"events", "integer"}},
		edgeAttrs: []attrDef{{"kinds", "string"}, {"events", "string"}, {"first", "string"}, {"last", "string"}},
	}
	for _, x := range n.Nodes {
		d.nodes = append(d.nodes, docNode{id: x.ID, label: x.Label,
			vals: []any{x.Kind, x.Country, x.IRI, x.Wikidata, x.Events}, spells: x.Spells})
	}
	for _, e := range n.Edges {
		d.edges = append(d.edges, docEdge{source: e.Source, target: e.Target, label: strings.Join(e.Kinds, ", "),
			weight: len(e.Events),
			vals:   []any{strings.Join(e.Kinds, "; "), strings.Join(e.Events, "; "), e.First, e.Last}, spells: e.Spells})
	}
	return d
}

// rdfDoc lays the raw graph out: a node per distinct subject or object, an
// edge per quad labelled with its predicate, the quad's label (its source)
// kept as the edge's `named_graph`. Labels are values as a person reads them (no
// brackets or quotes); a label two nodes share gets its kind added.
func rdfDoc(qs []quad.Quad) *graphDoc {
	d := &graphDoc{
		directed:  true,
		nodeAttrs: []attrDef{{"kind", "string"}, {"datatype", "string"}, {"language", "string"}},
		edgeAttrs: []attrDef{{"named_graph", "string"}},
	}
	index := map[quad.Value]int{}
	node := func(v quad.Value) string {
		i, ok := index[v]
		if !ok {
			i = len(d.nodes)
			index[v] = i
			kind, dt, lang := "literal", "", ""
			switch v := v.(type) {
			case quad.IRI:
				kind = "iri"
			case quad.BNode:
				kind = "blank"
			case quad.LangString:
				lang = v.Lang
			default:
				if t := fullTyped(v); t != nil {
					dt = string(t.(quad.TypedString).Type)
				}
			}
			d.nodes = append(d.nodes, docNode{id: "n" + strconv.Itoa(i), label: text(v), vals: []any{kind, dt, lang}})
		}
		return d.nodes[i].id
	}
	pairs := map[[2]string]bool{}
	for _, q := range qs {
		e := docEdge{source: node(q.Subject), target: node(q.Object), label: text(q.Predicate), vals: []any{text(q.Label)}}
		k := [2]string{e.source, e.target}
		d.multi = d.multi || pairs[k]
		pairs[k] = true
		d.edges = append(d.edges, e)
	}
	seen := map[string]int{}
	for _, n := range d.nodes {
		seen[n.label]++
	}
	for i, n := range d.nodes {
		if seen[n.label] > 1 {
			q := n.vals[0].(string)
			if dt := n.vals[1].(string); dt != "" {
				q = shortIRI(dt)
			} else if lang := n.vals[2].(string); lang != "" {
				q = "@" + lang
			}
			d.nodes[i].label += " (" + q + ")"
		}
	}
	return d
}

// shortIRI writes an XSD datatype as xsd:name.
func shortIRI(s string) string { return string(quad.IRI(s).Short()) }

// The writers below write a graphDoc; each returns the first write error.

// gexfNS is GEXF 1.3's namespace.
const gexfNS = "http://gexf.net/1.3"

// writeGEXF writes GEXF 1.3. Spells make the graph dynamic (timeformat
// date), so that Gephi's timeline plays the contacts over the years.
func writeGEXF(w io.Writer, d *graphDoc) error {
	bw := bufio.NewWriter(w)
	dynamic := false
	for _, n := range d.nodes {
		dynamic = dynamic || len(n.spells) > 0
	}
	for _, e := range d.edges {
		dynamic = dynamic || len(e.spells) > 0
	}
	edgeType, mode := "undirected", "static"
	if d.directed {
		edgeType = "directed"
	}
	fmt.Fprintf(bw, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"%s\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"%s %s/gexf.xsd\" version=\"1.3\">\n", gexfNS, gexfNS, gexfNS)
	fmt.Fprintf(bw, "  <meta>\n    <creator>Bilat</creator>\n    <description>%s</description>\n  </meta>\n", xmlText("co-participation network of diplomatic contacts"))
	if dynamic {
		mode = "dynamic"
		fmt.Fprintf(bw, "  <graph mode=\"dynamic\" defaultedgetype=\"%s\" timeformat=\"date\" timerepresentation=\"interval\">\n", edgeType)
	} else {
		fmt.Fprintf(bw, "  <graph mode=\"%s\" defaultedgetype=\"%s\">\n", mode, edgeType)
	}
	gexfAttrs(bw, "node", d.nodeAttrs)
	gexfAttrs(bw, "edge", d.edgeAttrs)
	bw.WriteString("    <nodes>\n")
	for _, n := range d.nodes {
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">\n", xmlText(n.id), xmlText(n.label))
		gexfValues(bw, n.vals)
		gexfSpells(bw, n.spells)
		bw.WriteString("      </node>\n")
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range d.edges {
		fmt.Fprintf(bw, "      <edge id=\"%d\" source=\"%s\" target=\"%s\"", i, xmlText(e.source), xmlText(e.target))
		if e.label != "" {
			fmt.Fprintf(bw, " label=\"%s\"", xmlText(e.label))
		}
		if e.weight != 0 {
			fmt.Fprintf(bw, " weight=\"%d\"", e.weight)
		}
		bw.WriteString(">\n")
		gexfValues(bw, e.vals)
		gexfSpells(bw, e.spells)
		bw.WriteString("      </edge>\n")
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

func gexfAttrs(w *bufio.Writer, class string, defs []attrDef) {
	fmt.Fprintf(w, "    <attributes class=\"%s\">\n", class)
	for i, a := range defs {
		fmt.Fprintf(w, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, a.typ)
	}
	w.WriteString("    </attributes>\n")
}

func gexfValues(w *bufio.Writer, vals []any) {
	if !hasValue(vals) {
		return
	}
	w.WriteString("        <attvalues>\n")
	for i, v := range vals {
		if s := valueText(v); s != "" {
			fmt.Fprintf(w, "          <attvalue for=\"%d\" value=\"%s\"/>\n", i, xmlText(s))
		}
	}
	w.WriteString("        </attvalues>\n")
}

func gexfSpells(w *bufio.Writer, spells []Spell) {
	if len(spells) == 0 {
		return
	}
	w.WriteString("        <spells>\n")
	for _, s := range spells {
		fmt.Fprintf(w, "          <spell start=\"%s\" end=\"%s\"/>\n", s.Start, s.End)
	}
	w.WriteString("        </spells>\n")
}

// writeGraphML writes GraphML with a `label` on every node and edge and
// the weight as `weight`, the names networkx and Gephi read.
func writeGraphML(w io.Writer, d *graphDoc) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	typ := map[string]string{"string": "string", "integer": "int"}
	bw.WriteString("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
	for i, a := range d.nodeAttrs {
		fmt.Fprintf(bw, "  <key id=\"n%d\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, a.name, typ[a.typ])
	}
	bw.WriteString("  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
	bw.WriteString("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n")
	for i, a := range d.edgeAttrs {
		fmt.Fprintf(bw, "  <key id=\"e%d\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, a.name, typ[a.typ])
	}
	edgeType := "undirected"
	if d.directed {
		edgeType = "directed"
	}
	fmt.Fprintf(bw, "  <graph id=\"bilat\" edgedefault=\"%s\">\n", edgeType)
	for _, n := range d.nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n      <data key=\"label\">%s</data>\n", xmlText(n.id), xmlText(n.label))
		graphMLValues(bw, "n", n.vals)
		bw.WriteString("    </node>\n")
	}
	for i, e := range d.edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(e.source), xmlText(e.target))
		if e.label != "" {
			fmt.Fprintf(bw, "      <data key=\"elabel\">%s</data>\n", xmlText(e.label))
		}
		if e.weight != 0 {
			fmt.Fprintf(bw, "      <data key=\"weight\">%d</data>\n", e.weight)
		}
		graphMLValues(bw, "e", e.vals)
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func graphMLValues(w *bufio.Writer, prefix string, vals []any) {
	for i, v := range vals {
		if s := valueText(v); s != "" {
			fmt.Fprintf(w, "      <data key=\"%s%d\">%s</data>\n", prefix, i, xmlText(s))
		}
	}
}

// writeGML writes GML in ASCII, other characters as HTML entities (&#1178;)
// as networkx writes and reads them, and declares `multigraph 1` when a
// pair of nodes has more than one edge. Node ids are numbers, as GML
// wants; each node's own id is its `name`.
func writeGML(w io.Writer, d *graphDoc) error {
	bw := bufio.NewWriter(w)
	directed := 0
	if d.directed {
		directed = 1
	}
	fmt.Fprintf(bw, "graph [\n  directed %d\n", directed)
	if d.multi {
		bw.WriteString("  multigraph 1\n")
	}
	num := make(map[string]int, len(d.nodes))
	for i, n := range d.nodes {
		num[n.id] = i
		fmt.Fprintf(bw, "  node [\n    id %d\n    label %s\n    name %s\n", i, gmlString(n.label), gmlString(n.id))
		gmlValues(bw, d.nodeAttrs, n.vals)
		bw.WriteString("  ]\n")
	}
	for _, e := range d.edges {
		fmt.Fprintf(bw, "  edge [\n    source %d\n    target %d\n", num[e.source], num[e.target])
		if e.label != "" {
			fmt.Fprintf(bw, "    label %s\n", gmlString(e.label))
		}
		if e.weight != 0 {
			fmt.Fprintf(bw, "    weight %d\n", e.weight)
		}
		gmlValues(bw, d.edgeAttrs, e.vals)
		bw.WriteString("  ]\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

func gmlValues(w *bufio.Writer, defs []attrDef, vals []any) {
	for i, v := range vals {
		switch v := v.(type) {
		case int:
			if v != 0 {
				fmt.Fprintf(w, "    %s %d\n", defs[i].name, v)
			}
		case string:
			if v != "" {
				fmt.Fprintf(w, "    %s %s\n", defs[i].name, gmlString(v))
			}
		}
	}
}

// gmlString quotes s for GML: printable ASCII as it is, `"` and `&` and
// every other character as an HTML entity.
func gmlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString("&quot;")
		case r == '&':
			b.WriteString("&amp;")
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeCSV writes Gephi's spreadsheet import: a nodes table (Id, Label,
// attributes, Interval) and an edges table (Source, Target, Type, Id,
// Label, Weight, attributes, Interval). Interval is Gephi's
// `<[start, end]; ...>`.
func writeCSV(nodes, edges io.Writer, d *graphDoc) error {
	nw := csv.NewWriter(nodes)
	head := []string{"Id", "Label"}
	for _, a := range d.nodeAttrs {
		head = append(head, a.name)
	}
	nw.Write(append(head, "Interval"))
	for _, n := range d.nodes {
		row := []string{n.id, n.label}
		for _, v := range n.vals {
			row = append(row, valueText(v))
		}
		nw.Write(append(row, interval(n.spells)))
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	ew := csv.NewWriter(edges)
	head = []string{"Source", "Target", "Type", "Id", "Label", "Weight"}
	for _, a := range d.edgeAttrs {
		head = append(head, a.name)
	}
	ew.Write(append(head, "Interval"))
	typ := "Undirected"
	if d.directed {
		typ = "Directed"
	}
	for i, e := range d.edges {
		weight := ""
		if e.weight != 0 {
			weight = strconv.Itoa(e.weight)
		}
		row := []string{e.source, e.target, typ, strconv.Itoa(i), e.label, weight}
		for _, v := range e.vals {
			row = append(row, valueText(v))
		}
		ew.Write(append(row, interval(e.spells)))
	}
	ew.Flush()
	return ew.Error()
}

func interval(spells []Spell) string {
	if len(spells) == 0 {
		return ""
	}
	parts := make([]string, len(spells))
	for i, s := range spells {
		parts[i] = "[" + s.Start + ", " + s.End + "]"
	}
	return "<" + strings.Join(parts, "; ") + ">"
}

func hasValue(vals []any) bool {
	for _, v := range vals {
		if valueText(v) != "" {
			return true
		}
	}
	return false
}

// valueText is an attribute value as text; "" for none.
func valueText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		if v == 0 {
			return ""
		}
		return strconv.Itoa(v)
	}
	return ""
}

// xmlText escapes s for XML text and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
