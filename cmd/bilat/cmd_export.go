package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/graph"
)

// exportOptions are the flags of `bilat export`.
type exportOptions struct {
	store   storeOptions
	Format  string
	View    string
	Output  string
	From    string
	To      string
	Country string
	Data    string
}

// exportExts maps file extensions to the format -o picks when --format is
// not given (after a final .gz, which gzips the file).
var exportExts = []struct{ ext, format string }{
	{".nq", graph.FormatNQuads}, {".nquads", graph.FormatNQuads},
	{".jsonld", graph.FormatJSONLD}, {".json", graph.FormatJSONLD},
	{".gexf", graph.FormatGEXF},
	{".graphml", graph.FormatGraphML},
	{".gml", graph.FormatGML},
	{".dot", graph.FormatDOT}, {".gv", graph.FormatDOT},
}

func newExportCmd() *cobra.Command {
	opts := exportOptions{store: storeOptions{ReadOnly: true}}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph: RDF with each quad's source, or the contact network for Gephi and networkx",
		Long: `Write the graph in one of the formats. N-Quads, JSON-LD and DOT hold the RDF graph
(every quad; N-Quads and JSON-LD keep its source). GEXF (Gephi, with spells for
its timeline), GraphML, GML and CSV (nodes.csv and edges.csv in the directory
-o names) hold the co-participation network by default: people, organizations
and groups linked by the held events they took part in; --view rdf gives them
the RDF graph instead. --from, --to and --country cut the network.

Without --format, -o picks it from the file's extension (` + extList() + `);
a name ending in .gz is written gzipped. The file is written whole or not at
all, and never over the store itself.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.store.bind(cmd)
	bindData(cmd, &opts.Data)
	cmd.Flags().StringVar(&opts.Format, "format", "", "output format: "+strings.Join(graph.ExportFormats(), ", ")+" (default: from -o's extension, else nquads)")
	cmd.Flags().StringVar(&opts.View, "view", "", "network or rdf (default: network for gexf, graphml, gml and csv; rdf for the others)")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to this file (for csv: this directory) instead of standard output")
	cmd.Flags().StringVar(&opts.From, "from", "", "network: only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.To, "to", "", "network: only events on or before this date")
	cmd.Flags().StringVar(&opts.Country, "country", "", "network: only contacts where either party stood for this country (ISO code or name)")
	return cmd
}

func extList() string {
	var out []string
	for _, e := range exportExts {
		out = append(out, e.ext)
	}
	return strings.Join(out, " ")
}

// formatOf picks the format for an output file from its extension.
func formatOf(path string) (string, error) {
	name := strings.TrimSuffix(strings.ToLower(path), ".gz")
	for _, e := range exportExts {
		if strings.HasSuffix(name, e.ext) {
			return e.format, nil
		}
	}
	return "", usageErrorf("cannot tell the format of %q from its extension (want one of %s, or give --format)", path, extList())
}

func runExport(ctx context.Context, opts exportOptions, stdout, stderr io.Writer) (err error) {
	defer func() {
		if errors.Is(err, graph.ErrDamaged) {
			err = fmt.Errorf("%w; bilat load --repair removes them", err)
		}
	}()
	eo := graph.ExportOptions{Format: opts.Format, View: opts.View,
		Network: graph.NetworkOptions{From: opts.From, To: opts.To, Country: opts.Country}}
	switch {
	case eo.Format != "":
	case opts.Output != "":
		f, err := formatOf(opts.Output)
		if err != nil {
			return err
		}
		eo.Format = f
	default:
		eo.Format = graph.FormatNQuads
	}
	if !contains(graph.ExportFormats(), eo.Format) {
		return usageErrorf("unknown format %q for --format (want one of %s)", eo.Format, strings.Join(graph.ExportFormats(), ", "))
	}
	if opts.View != "" && opts.View != graph.ViewNetwork && opts.View != graph.ViewRDF {
		return usageErrorf("unknown view %q for --view (want network or rdf)", opts.View)
	}
	if err := eo.Check(); err != nil {
		return usageError{err}
	}
	csvOut := eo.Format == graph.FormatCSV
	if csvOut && opts.Output == "" {
		return usageErrorf("format csv writes two files (nodes.csv and edges.csv): name their directory with -o")
	}
	s, err := opts.store.openToRead(ctx, opts.Data, stderr)
	if err != nil {
		return err
	}
	defer s.Close()
	if opts.Output == "" {
		bw := bufio.NewWriter(stdout)
		if err := s.Export(ctx, bw, eo); err != nil {
			return err
		}
		return bw.Flush()
	}
	if !csvOut {
		return writeOutput(s, opts.Output, func(w io.Writer) error { return s.Export(ctx, w, eo) })
	}
	if err := os.MkdirAll(opts.Output, 0o755); err != nil {
		return err
	}
	// The nodes are written while the edges' file is open: both come from
	// one reading of the store.
	nodes := filepath.Join(opts.Output, "nodes.csv")
	edges := filepath.Join(opts.Output, "edges.csv")
	return writeOutput(s, edges, func(ew io.Writer) error {
		return writeOutput(s, nodes, func(nw io.Writer) error { return s.ExportCSV(ctx, nw, ew, eo) })
	})
}

// writeOutput writes a file whole or not at all: into a temporary file in
// the same directory, renamed over path once write has succeeded, so that
// a failed or interrupted export leaves no file and an existing one as it
// was. A path that is the open store (by any link) is refused: writing it
// truncated the store. A name ending in .gz is written gzipped.
func writeOutput(s *graph.Store, path string, write func(io.Writer) error) (err error) {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target // write through a symlink, as creating the file would
	}
	if held, err := s.HoldsFile(path); err != nil {
		return err
	} else if held {
		return fmt.Errorf("refusing to write the export to %q: it is the store being exported", path)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("cannot write the export to %q: not a regular file", path)
		}
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	var w io.Writer = bw
	var zw *gzip.Writer
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zw = gzip.NewWriter(bw)
		w = zw
	}
	if err := write(w); err != nil {
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
