package graph

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"     // registers "graphviz" (dot)
	_ "github.com/cayleygraph/quad/gml"     // registers "gml"
	_ "github.com/cayleygraph/quad/graphml" // registers "graphml"
	_ "github.com/cayleygraph/quad/jsonld"  // registers "jsonld"
	_ "github.com/cayleygraph/quad/nquads"  // registers "nquads"
)

// exportFormats maps Bilat's format names to the names quad's writers are
// registered under.
var exportFormats = map[string]string{
	"nquads":  "nquads",
	"jsonld":  "jsonld",
	"graphml": "graphml",
	"gml":     "gml",
	"dot":     "graphviz",
}

// ExportFormats lists the formats Export writes.
func ExportFormats() []string { return []string{"nquads", "jsonld", "graphml", "gml", "dot"} }

// Export writes every quad in the store to w in one of ExportFormats, sorted
// by their N-Quads form so the output is stable. N-Quads keeps each quad's
// label (its source) as the fourth term.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	f := quad.FormatByName(exportFormats[format])
	if f == nil || f.Writer == nil {
		return fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(ExportFormats(), ", "))
	}
	qs, err := s.Quads(ctx)
	if err != nil {
		return err
	}
	// Quad writers refuse such quads with a bare "invalid N-Quad".
	if err := damagedError(qs); err != nil {
		return err
	}
	qw := f.Writer(w)
	if _, err := qw.WriteQuads(qs); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}
