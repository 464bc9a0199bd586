package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/extract"
	"github.com/bilat/bilat/schema/extract/article"
)

// draftPage serves /explore/draft, the "Draft from a report" page; its
// script and styles are under /explore/assets/ with the explorer's.
func draftPage() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed on "+r.URL.Path)
			return
		}
		page, err := fs.ReadFile(assets, "assets/draft.html")
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		securePage(w.Header())
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
}

// draftAPI is POST /api/draft with its own cache of the store's gazetteer.
func (s *Server) draftAPI() http.Handler {
	c := &gazetteerCache{store: s.store}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.serveDraft(w, r, c) })
}

// draftAnswer is what POST /api/draft answers: the draft and the report
// cut into segments at the mentions the draft used.
type draftAnswer struct {
	ID            string    `json:"id"`   // the draft's source id
	YAML          string    `json:"yaml"` // both files as one stream, as `bilat extract -o -` prints them
	SourcePath    string    `json:"source_path"`
	SourceYAML    string    `json:"source_yaml"`
	EntitiesPath  string    `json:"entities_path,omitempty"` // "" when the draft names no new entity
	EntitiesYAML  string    `json:"entities_yaml,omitempty"`
	Summary       string    `json:"summary"`
	Title         string    `json:"title"`
	URL           string    `json:"url,omitempty"`
	Published     string    `json:"published,omitempty"`
	Publisher     string    `json:"publisher,omitempty"`
	TitleSegments []Segment `json:"title_segments"`
	Segments      []Segment `json:"segments"`
}

// gazetteerCache holds the gazetteer of the store's records, rebuilt when
// the store's quad count changes (a load or a write through API v2).
type gazetteerCache struct {
	store *graph.Store

	mu    sync.Mutex
	quads int64
	built bool
	g     *extract.Gazetteer
	known knownRecords
}

// knownRecords are the store's records by id: their kind, and their names
// (canonical name and aliases), to mark where the report names a record
// the draft refers to by id alone (a dateline, an event's place).
type knownRecords struct {
	kinds schema.Kinds
	names map[string][]string
}

func newKnownRecords(files []*schema.File) knownRecords {
	k := knownRecords{kinds: schema.KindsOf(files), names: map[string][]string{}}
	add := func(id, name string, aliases []string) {
		k.names[id] = append(append(k.names[id], name), aliases...)
	}
	for _, f := range files {
		for _, c := range f.Countries {
			add(c.ID, c.Name, c.Aliases)
		}
		for _, p := range f.Places {
			add(p.ID, p.Name, p.Aliases)
		}
		for _, p := range f.People {
			add(p.ID, p.Name, p.Aliases)
		}
		for _, o := range f.Organizations {
			add(o.ID, o.Name, o.Aliases)
		}
	}
	return k
}

func (c *gazetteerCache) get(ctx context.Context, quads int64) (*extract.Gazetteer, knownRecords, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.built && c.quads == quads {
		return c.g, c.known, nil
	}
	files, err := storeRecords(ctx, c.store.QuadStore())
	if err != nil {
		return nil, knownRecords{}, err
	}
	c.g, c.known, c.quads, c.built = extract.NewGazetteer(files), newKnownRecords(files), quads, true
	return c.g, c.known, nil
}

// serveDraft answers POST /api/draft (multipart or URL-encoded form): a
// report as `text` (headline on its first line) or as a `file` (.txt or a
// saved HTML page), and `url`, `published`, `publisher`, `title`, which
// override what the report says. It drafts against the store's records
// and writes nothing.
func (s *Server) serveDraft(w http.ResponseWriter, r *http.Request, gazetteers *gazetteerCache) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on /api/draft (POST a form)", r.Method))
		return
	}
	a, err := s.draftInput(r)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("report over the server's limit of %d bytes", mbe.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ans, err := s.draft(r.Context(), a, gazetteers)
	if code, msg, stopped := s.stopped(r.Context()); stopped {
		if code == http.StatusGatewayTimeout {
			msg = fmt.Sprintf("drafting stopped after %s (the server's --timeout); draft a shorter text here, or the whole report with `bilat extract`", s.cfg.Timeout)
		}
		writeError(w, code, msg)
		return
	}
	var inputErr *draftInputError
	switch {
	case errors.As(err, &inputErr):
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, ans)
}

// draftInputError is a report the rules cannot draft.
type draftInputError struct{ err error }

func (e *draftInputError) Error() string { return e.err.Error() }
func (e *draftInputError) Unwrap() error { return e.err }

// draft drafts a report against the store's records as they are now.
func (s *Server) draft(ctx context.Context, a *article.Article, gazetteers *gazetteerCache) (*draftAnswer, error) {
	quads, err := quadCount(ctx, s.store)
	if err != nil {
		return nil, err
	}
	g, known, err := gazetteers.get(ctx, quads)
	if err != nil {
		return nil, err
	}
	ans, err := draftReport(ctx, a, g, known)
	if err != nil {
		return nil, &draftInputError{err}
	}
	return ans, nil
}

// datePattern is what the published field takes.
var datePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// draftInput reads the report and its metadata from the form.
func (s *Server) draftInput(r *http.Request) (*article.Article, error) {
	// A URL-encoded form is parsed too, before ErrNotMultipart.
	if err := r.ParseMultipartForm(s.cfg.MaxBody); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return nil, err
	}
	field := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	published := field("published")
	if published != "" {
		if _, err := time.Parse(time.DateOnly, published); err != nil || !datePattern.MatchString(published) {
			return nil, fmt.Errorf("published %q: expected a date as YYYY-MM-DD", published)
		}
	}
	if u := field("url"); u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return nil, fmt.Errorf("url %q: expected an http(s) address", u)
	}
	title := field("title")
	var a *article.Article
	var err error
	if f, hdr, ferr := r.FormFile("file"); ferr == nil {
		a, err = readUpload(f, hdr)
	} else if !errors.Is(ferr, http.ErrMissingFile) && !errors.Is(ferr, http.ErrNotMultipart) {
		return nil, ferr
	} else {
		text := r.PostFormValue("text")
		if title != "" && !strings.HasPrefix(strings.TrimSpace(text), title) && !looksLikeHTML(text) {
			// A pasted body without its headline: the title field is it.
			text = title + "\n\n" + text
		}
		a, err = article.Parse("pasted text", []byte(text), "")
	}
	if err != nil {
		return nil, err
	}
	// What the form says wins over what the report says, as flags do for
	// `bilat extract`.
	if title != "" {
		a.Title = title
	}
	if u := field("url"); u != "" {
		a.URL = u
	}
	if published != "" {
		a.Published = published
	}
	if p := field("publisher"); p != "" {
		a.Publisher = p
	}
	return a, nil
}

func readUpload(f multipart.File, hdr *multipart.FileHeader) (*article.Article, error) {
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return article.Parse(hdr.Filename, data, hdr.Header.Get("Content-Type"))
}

func looksLikeHTML(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html")
}

// markForms lists the forms the draft says the report used for each
// record (its mentions, the names of the records it defines, and the
// names of known records it refers to by id: dateline, places, venues,
// participants, visit destinations), with the record's kind, whether the
// store has it, and the draft's doubt about which record it is, if any.
func markForms(dr *extract.Draft, known knownRecords) []markForm {
	draft := []*schema.File{dr.Source}
	if dr.Entities != nil {
		draft = append(draft, dr.Entities)
	}
	kinds := schema.KindsOf(draft)
	// Checks are keyed by record kind and id, then field: the doubts
	// about who or what a name is are those on a mention or a new record;
	// a doubt about a date or a role is not about the name.
	checks := map[string]string{}
	for k, why := range dr.Checks {
		parts := strings.Split(k, "\x00")
		if len(parts) == 2 && slices.Contains([]string{"mention", "person", "organization", "place", "post"}, parts[0]) && checks[parts[1]] == "" {
			checks[parts[1]] = why
		}
	}
	var out []markForm
	add := func(id, form string) {
		kind, inStore := known.kinds[id]
		if !inStore {
			kind = kinds[id]
		}
		out = append(out, markForm{form: form, kind: kind, id: id, known: inStore, check: checks[id]})
	}
	refer := func(rs ...schema.Ref) {
		for _, r := range rs {
			for _, n := range known.names[r.ID] {
				add(r.ID, n)
			}
		}
	}
	if src := dr.Source; src != nil {
		if src.Source != nil {
			refer(src.Source.Dateline)
		}
		for _, e := range src.Events {
			refer(e.Place, e.Venue)
			for _, p := range e.Participants {
				refer(p.Who)
			}
		}
		for _, v := range src.Visits {
			refer(v.Destinations...)
			refer(v.Visitors...)
			refer(v.HostCountry)
		}
	}
	for _, f := range draft {
		for _, m := range f.Mentions {
			for _, as := range m.As {
				add(m.ID.ID, as)
			}
		}
		for _, c := range f.Countries {
			add(c.ID, c.Name)
		}
		for _, p := range f.Places {
			add(p.ID, p.Name)
		}
		for _, p := range f.People {
			add(p.ID, p.Name)
		}
		for _, o := range f.Organizations {
			add(o.ID, o.Name)
		}
	}
	return out
}

// draftReport drafts a report against the store's gazetteer: the YAML of
// the files `bilat extract` would write, and the headline and text cut at
// the mentions.
func draftReport(ctx context.Context, a *article.Article, g *extract.Gazetteer, known knownRecords) (*draftAnswer, error) {
	dr, err := extract.ExtractContext(ctx, extract.Report{Source: a.Source, Title: a.Title, Text: a.Text, URL: a.URL,
		Publisher: a.Publisher, Published: a.Published, Byline: a.Byline}, g)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Source, err)
	}
	// The stream `bilat extract -o -` prints: the new entities first, each
	// document headed by the path `bilat extract` would write it to.
	src, ents := string(dr.YAML()), string(dr.EntitiesYAML())
	srcPath, entPath := "data/sources/"+dr.ID+".yaml", "data/entities/"+dr.ID+".yaml"
	yaml := "# " + srcPath + "\n" + src
	if ents != "" {
		yaml = "# " + entPath + "\n" + ents + "---\n" + yaml
	} else {
		entPath = ""
	}
	forms := markForms(dr, known)
	return &draftAnswer{
		ID: dr.ID, YAML: yaml, SourcePath: srcPath, SourceYAML: src, EntitiesPath: entPath, EntitiesYAML: ents,
		Summary: summarize(dr.Summary), Title: a.Title, URL: a.URL,
		Published: a.Published, Publisher: a.Publisher,
		TitleSegments: markMentions(a.Title, forms), Segments: markMentions(a.Text, forms),
	}, nil
}

// summarize says in a line what the draft found.
func summarize(s extract.Summary) string {
	var parts []string
	if n := len(s.PeopleMatched); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s matched in the graph (%s)", n, plural(n, "person", "people"), strings.Join(s.PeopleMatched, ", ")))
	}
	if n := len(s.PeopleNew); n > 0 {
		parts = append(parts, fmt.Sprintf("%d new (%s)", n, strings.Join(s.PeopleNew, ", ")))
	}
	if n := len(s.Events); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s: %s", n, plural(n, "event", "events"), strings.Join(s.Events, "; ")))
	}
	if len(parts) == 0 {
		return "No people or events found."
	}
	return strings.Join(parts, "; ") + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
