package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/extract"
	"github.com/bilat/bilat/schema/extract/article"
)

// extractOptions are the flags of `bilat extract`.
type extractOptions struct {
	url, published, publisher, title string
	out                              string // folder the draft goes to
	data                             string // curated records the gazetteer is read from
	dataSet                          bool   // --data given, not its default
	output                           string // "-" writes the draft to stdout
	force                            bool
	timeout                          time.Duration
	maxBytes                         int64
}

func newExtractCmd() *cobra.Command {
	var opts extractOptions
	cmd := &cobra.Command{
		Use:   "extract REPORT",
		Short: "Draft the records of a report (text, HTML, - or URL) for a curator to review",
		Long: `Extract reads a report (a .txt file whose first line is the headline, a
saved HTML page, - for standard input, or an http(s) URL) and drafts its
records: DIR/sources/<id>.yaml and, for entities the records do not know
yet, DIR/entities/<id>.yaml. The gazetteer is the curated records (--data)
and every record already in DIR, so drafts made one after another reuse the
same people, places and posts. Every uncertain choice carries a
"# check: <why>" comment. The draft validates together with the records.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.dataSet = cmd.Flags().Changed("data")
			return runExtract(cmd.Context(), opts, args[0], cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.url, "url", "", "the report's URL (overrides the page's)")
	f.StringVar(&opts.published, "published", "", "publication date, YYYY-MM-DD (overrides the page's)")
	f.StringVar(&opts.publisher, "publisher", "", "publisher (overrides the page's)")
	f.StringVar(&opts.title, "title", "", "headline (overrides the page's)")
	f.StringVar(&opts.out, "out", "data", "folder the draft is written to (sources/ and entities/ under it)")
	f.StringVar(&opts.data, "data", "data", "curated records the draft must fit")
	f.StringVarP(&opts.output, "output", "o", "", `"-" writes the draft to standard output as one YAML stream instead`)
	f.BoolVar(&opts.force, "force", false, "overwrite an existing draft of the same id")
	f.DurationVar(&opts.timeout, "timeout", 20*time.Second, "how long to wait for a URL")
	f.Int64Var(&opts.maxBytes, "max-bytes", 10<<20, "largest report read")
	return cmd
}

func runExtract(ctx context.Context, opts extractOptions, src string, stdin io.Reader, stdout io.Writer) error {
	if opts.output != "" && opts.output != "-" {
		return usageErrorf(`-o %q: expected "-" (standard output)`, opts.output)
	}
	if opts.published != "" {
		if _, err := time.Parse("2006-01-02", opts.published); err != nil {
			return usageErrorf("--published %q: expected a date as YYYY-MM-DD", opts.published)
		}
	}
	rep, err := readReport(ctx, src, opts, stdin)
	if err != nil {
		return err
	}
	if opts.url != "" {
		rep.URL = opts.url
	}
	if opts.published != "" {
		rep.Published = opts.published
	}
	if opts.publisher != "" {
		rep.Publisher = opts.publisher
	}
	if opts.title != "" {
		rep.Title = opts.title
	}
	if rep.URL == "" {
		return fmt.Errorf("%s: the report has no URL; give it with --url", rep.Source)
	}
	if rep.Publisher == "" {
		return fmt.Errorf("%s: the report names no publisher; give it with --publisher", rep.Source)
	}
	if rep.Title == "" {
		return fmt.Errorf("%s: the report has no headline; give it with --title", rep.Source)
	}
	files, err := readGazetteer(opts)
	if err != nil {
		return err
	}
	// A draft of the same report is replaced only with --force; it is left
	// out of the gazetteer so that the new draft does not match itself.
	var replaced []string
	var kept []*schema.File
	for _, f := range files {
		if f.Source != nil && f.Source.URL == rep.URL {
			if !opts.force || opts.output == "-" {
				return fmt.Errorf("%s: url %q is already the source %q in %s (use --force to replace a draft)", rep.Source, rep.URL, f.Source.ID, f.Path)
			}
			if !isUnder(f.Path, opts.out) || !isDraft(f.Path) {
				return fmt.Errorf("%s: url %q is the curated source %q in %s; --force replaces only drafts bilat extract wrote", rep.Source, rep.URL, f.Source.ID, f.Path)
			}
			replaced = append(replaced, f.Path, entityPath(opts.out, f.Source.ID))
			continue
		}
		kept = append(kept, f)
	}
	if len(replaced) > 0 {
		kept = dropFile(kept, replaced[1])
	}
	g := extract.NewGazetteer(kept)
	dr, err := extract.ExtractContext(ctx, *rep, g)
	if ctx.Err() != nil {
		return errors.New("interrupted")
	}
	if err != nil {
		return fmt.Errorf("%s: %w", rep.Source, err)
	}
	srcYAML, entYAML := dr.YAML(), dr.EntitiesYAML()
	srcPath := filepath.Join(opts.out, "sources", dr.ID+".yaml")
	entPath := entityPath(opts.out, dr.ID)
	// The draft must validate with the records before anything is written.
	if err := validateDraft(kept, srcPath, srcYAML, entPath, entYAML); err != nil {
		return fmt.Errorf("%s: the draft does not validate (a bug in the extractor): %w", rep.Source, err)
	}
	if opts.output == "-" {
		if entYAML != nil {
			fmt.Fprintf(stdout, "# %s\n%s---\n", entPath, entYAML)
		}
		fmt.Fprintf(stdout, "# %s\n%s", srcPath, srcYAML)
		return nil
	}
	for _, p := range []string{srcPath, entPath} {
		if _, err := os.Stat(p); err == nil && !opts.force && !samePath(replaced, p) {
			return fmt.Errorf("%s: %s exists (use --force to overwrite it)", rep.Source, p)
		}
	}
	for _, p := range replaced {
		if p != srcPath && p != entPath {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	if err := writeDraftFile(srcPath, srcYAML); err != nil {
		return err
	}
	if entYAML != nil {
		if err := writeDraftFile(entPath, entYAML); err != nil {
			return err
		}
	} else if err := os.Remove(entPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	fmt.Fprintln(stdout, srcPath)
	if entYAML != nil {
		fmt.Fprintln(stdout, entPath)
	}
	s := dr.Summary
	fmt.Fprintf(stdout, "people: %d matched (%s), %d new (%s)\n", len(s.PeopleMatched), strings.Join(s.PeopleMatched, ", "),
		len(s.PeopleNew), strings.Join(s.PeopleNew, ", "))
	fmt.Fprintf(stdout, "events: %d\n", len(s.Events))
	for _, e := range s.Events {
		fmt.Fprintf(stdout, "  %s\n", e)
	}
	fmt.Fprintf(stdout, "checks: %d (lines marked \"# check:\")\n", len(dr.Checks))
	return nil
}

// isDraft reports whether a record file is a draft this command wrote (its
// first line says so) and not one a curator has taken over.
func isDraft(path string) bool {
	data, err := os.ReadFile(path)
	return err == nil && strings.HasPrefix(string(data), extract.DraftHeader)
}

func entityPath(out, id string) string { return filepath.Join(out, "entities", id+".yaml") }

func samePath(ss []string, s string) bool {
	abs := func(p string) string {
		if a, err := filepath.Abs(p); err == nil {
			return a
		}
		return filepath.Clean(p)
	}
	for _, x := range ss {
		if abs(x) == abs(s) {
			return true
		}
	}
	return false
}

func dropFile(files []*schema.File, path string) []*schema.File {
	var out []*schema.File
	for _, f := range files {
		if filepath.Clean(f.Path) != filepath.Clean(path) {
			out = append(out, f)
		}
	}
	return out
}

func isUnder(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && !strings.HasPrefix(rel, "..")
}

// readGazetteer reads the curated records and the drafts already in --out.
// Run outside the repository (no data/ here) with --out naming a folder of
// records, that folder alone is the gazetteer: a group's own records.
func readGazetteer(opts extractOptions) ([]*schema.File, error) {
	var paths []string
	if _, err := os.Stat(opts.data); err == nil {
		paths = append(paths, opts.data)
	} else if opts.dataSet || !hasRecords(opts.out) {
		return nil, fmt.Errorf("--data %s: no such folder: expected the records the draft must fit (the repository's data/, or a folder of records as --data or --out)", opts.data)
	}
	if !samePath(paths, opts.out) {
		if _, err := os.Stat(opts.out); err == nil && hasRecords(opts.out) {
			paths = append(paths, opts.out)
		}
	}
	files, err := schema.ReadFiles(paths...)
	if err != nil {
		return nil, fmt.Errorf("the records the draft must fit do not validate: %w", err)
	}
	return files, nil
}

func hasRecords(dir string) bool {
	found := false
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// validateDraft checks the draft files together with the records, by
// writing them to a scratch folder and reading everything as validate does.
func validateDraft(files []*schema.File, srcPath string, srcYAML []byte, entPath string, entYAML []byte) error {
	dir, err := os.MkdirTemp("", "bilat-draft-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	for _, x := range []struct {
		name string
		data []byte
	}{{srcPath, srcYAML}, {entPath, entYAML}} {
		if x.data == nil {
			continue
		}
		p := filepath.Join(dir, filepath.Base(filepath.Dir(x.name)), filepath.Base(x.name))
		if err := writeDraftFile(p, x.data); err != nil {
			return err
		}
		paths = append(paths, p)
	}
	_, err = schema.ReadFiles(paths...)
	return err
}

func writeDraftFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// readReport reads the report with the article reader and turns it into
// the extractor's input.
func readReport(ctx context.Context, src string, opts extractOptions, stdin io.Reader) (*extract.Report, error) {
	a, err := article.Read(ctx, src, article.Options{MaxBytes: opts.maxBytes, Timeout: opts.timeout, Stdin: stdin})
	if err != nil {
		return nil, err
	}
	return &extract.Report{Source: a.Source, Title: a.Title, Text: a.Text, URL: a.URL,
		Publisher: a.Publisher, Published: a.Published, Byline: a.Byline}, nil
}
