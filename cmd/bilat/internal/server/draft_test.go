package server

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bilat/bilat/graph"
)

// corpusArticle is an article of the shared development corpus.
func corpusArticle(t *testing.T, id string) string {
	t.Helper()
	for _, p := range []string{
		filepath.Join("..", "..", "..", "..", "..", "shared", "corpus", "articles", id+".txt"),
		filepath.Join("/work", "shared", "corpus", "articles", id+".txt"),
	} {
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	t.Fatalf("corpus article %s not found", id)
	return ""
}

func postForm(t *testing.T, ts *testServer, form url.Values) (int, draftAnswer, string) {
	t.Helper()
	res, err := http.PostForm(ts.URL+"/api/draft", form)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var raw json.RawMessage
	if err := json.NewDecoder(res.Body).Decode(&raw); err != nil {
		t.Fatal(err)
	}
	var ans draftAnswer
	var e errorBody
	json.Unmarshal(raw, &ans)
	json.Unmarshal(raw, &e)
	return res.StatusCode, ans, e.Error
}

// TestDraftAPI drafts a corpus report on a read-only server over the seed
// data: the answer carries the YAML and the report cut at its mentions.
func TestDraftAPI(t *testing.T) {
	ts := startSeed(t, Config{})
	text := corpusArticle(t, "008")
	code, ans, msg := postForm(t, ts, url.Values{"text": {text}, "published": {"2022-03-01"},
		"publisher": {"UrduPoint"}, "url": {"https://www.urdupoint.com/en/pakistan/kazakhstan-business-delegation-calls-on-gover-1478047.html"}})
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, msg)
	}
	if ans.Published != "2022-03-01" || ans.Publisher != "UrduPoint" || !strings.HasPrefix(ans.Title, "Governor Sindh receives Kazakh business delegation") {
		t.Errorf("metadata: %+v", ans)
	}
	if !strings.Contains(ans.YAML, "source:") || !strings.Contains(ans.YAML, "published: \"2022-03-01\"") && !strings.Contains(ans.YAML, "published: 2022-03-01") {
		t.Errorf("YAML has no source with the date given:\n%s", ans.YAML)
	}
	// The files `bilat extract` would write, and the stream of both.
	if ans.SourcePath != "data/sources/"+ans.ID+".yaml" || !strings.Contains(ans.YAML, "# "+ans.SourcePath+"\n"+ans.SourceYAML) {
		t.Errorf("source %q not in the stream:\n%s", ans.SourcePath, ans.YAML)
	}
	if ans.EntitiesYAML != "" && (ans.EntitiesPath != "data/entities/"+ans.ID+".yaml" || !strings.HasPrefix(ans.YAML, "# "+ans.EntitiesPath+"\n"+ans.EntitiesYAML+"---\n")) {
		t.Errorf("entities %q not first in the stream:\n%s", ans.EntitiesPath, ans.YAML)
	}
	// The segments are the text, cut: joined, they give it back.
	var joined strings.Builder
	marked := map[string]string{}
	for _, s := range ans.Segments {
		joined.WriteString(s.Text)
		if s.Kind != "" {
			marked[s.Text] = s.Kind + " " + s.ID
		}
	}
	_, body, _ := strings.Cut(strings.TrimLeft(text, "\n"), "\n")
	if strings.TrimSpace(joined.String()) != strings.TrimSpace(body) {
		t.Errorf("segments do not join to the text:\n%q\nvs\n%q", joined.String(), body)
	}
	for form, want := range map[string]string{
		"Imran Ismail": "person imran-ismail",
		"Kistafin":     "person yerzhan-kistafin",
	} {
		found := false
		for f, got := range marked {
			if strings.Contains(f, form) && got == want {
				found = true
			}
		}
		if !found {
			t.Errorf("no mention %q marked as %s; marked: %v", form, want, marked)
		}
	}
}

func TestDraftAPIErrors(t *testing.T) {
	ts := startSeed(t, Config{MaxBody: 4096})
	for _, tt := range []struct {
		form url.Values
		code int
		want string
	}{
		{url.Values{}, 400, "pasted text: empty: expected a report (the headline on its first line, then the text) or an HTML page"},
		{url.Values{"text": {"Only a headline"}}, 400, "pasted text: only a headline: expected the report's text after its first line"},
		{url.Values{"text": {"H\n\nBody."}, "published": {"1 March 2022"}}, 400, `published "1 March 2022": expected a date as YYYY-MM-DD`},
		{url.Values{"text": {"H\n\nBody."}, "published": {"2022-02-30"}}, 400, `published "2022-02-30": expected a date as YYYY-MM-DD`},
		{url.Values{"text": {"H\n\nBody."}, "url": {"www.example.com"}}, 400, `url "www.example.com": expected an http(s) address`},
		{url.Values{"text": {strings.Repeat("x", 5000)}}, 413, "request body of 5005 bytes is over the limit of 4096"},
	} {
		code, _, msg := postForm(t, ts, tt.form)
		if code != tt.code || msg != tt.want {
			t.Errorf("%v: got %d %q, want %d %q", tt.form, code, msg, tt.code, tt.want)
		}
	}
	// An upload over the limit with no length declared is cut off while
	// it is read.
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		fw, _ := mw.CreateFormFile("file", "big.txt")
		fw.Write([]byte("Headline\n\n" + strings.Repeat("Words of the report. ", 1000)))
		mw.Close()
		pw.Close()
	}()
	res, err := http.Post(ts.URL+"/api/draft", mw.FormDataContentType(), pr)
	if err != nil {
		t.Fatal(err)
	}
	var e errorBody
	json.NewDecoder(res.Body).Decode(&e)
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge || e.Error != "request body is over the limit of 4096 bytes" {
		t.Errorf("chunked upload: %d %q", res.StatusCode, e.Error)
	}

	r := ts.do(t, "GET", "/api/draft", nil, "")
	if r.Status != http.StatusMethodNotAllowed || r.Header.Get("Allow") != "POST" {
		t.Errorf("GET /api/draft: %d %s", r.Status, r.Body)
	}
}

// TestDraftUpload sends a saved HTML page as a file, the way the page's
// form does: its headline and date come from the page, the form's
// publisher overrides the page's.
func TestDraftUpload(t *testing.T) {
	store := openSeed(t, graph.Config{Backend: graph.Memory})
	defer store.Close()
	ts := start(t, store, Config{})
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "schema", "extract", "article", "testdata", "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "report.html")
	fw.Write(page)
	mw.WriteField("publisher", "Harbour Gazette (print)")
	mw.WriteField("text", "")
	mw.Close()
	res, err := http.Post(ts.URL+"/api/draft", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var ans draftAnswer
	if err := json.NewDecoder(res.Body).Decode(&ans); err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	if ans.Title != "Envoy and university chief plan joint research" || ans.Published != "2024-03-08" || ans.Publisher != "Harbour Gazette (print)" {
		t.Errorf("got title %q published %q publisher %q", ans.Title, ans.Published, ans.Publisher)
	}
}

// TestDraftReadOnlyStore drafts on a bolt store opened read-only, as
// `bilat serve` can run it: the page only reads.
func TestDraftReadOnlyStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bilat.db")
	seed := openSeed(t, graph.Config{Backend: graph.Bolt, Path: path})
	if err := seed.Close(); err != nil {
		t.Fatal(err)
	}
	store, err := graph.Open(t.Context(), graph.Config{Backend: graph.Bolt, Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ts := start(t, store, Config{})
	code, ans, msg := postForm(t, ts, url.Values{"text": {corpusArticle(t, "008")}, "published": {"2022-03-01"}})
	if code != http.StatusOK || !strings.Contains(ans.YAML, "imran-ismail") {
		t.Fatalf("status %d %s; YAML:\n%s", code, msg, ans.YAML)
	}
}

func TestDraftPage(t *testing.T) {
	ts := startSeed(t, Config{})
	r := ts.do(t, "GET", "/explore/draft", nil, "")
	if r.Status != 200 || !strings.Contains(string(r.Body), `<form id="draft-form"`) ||
		!strings.Contains(r.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("GET /explore/draft: %d %q %s", r.Status, r.Header.Get("Content-Security-Policy"), r.Body)
	}
	for _, asset := range []string{"/explore/assets/draft.js", "/explore/assets/draft.css", "/explore/assets/page.js"} {
		if r := ts.do(t, "GET", asset, nil, ""); r.Status != 200 {
			t.Errorf("GET %s: %d", asset, r.Status)
		}
	}
	if r := ts.do(t, "POST", "/explore/draft", nil, "x"); r.Status != http.StatusMethodNotAllowed {
		t.Errorf("POST /explore/draft: %d", r.Status)
	}
}

// TestDraftBodyWithTitle: a pasted body without its headline, the title
// given apart, keeps its first paragraph as text.
func TestDraftBodyWithTitle(t *testing.T) {
	ts := startSeed(t, Config{})
	body := "KARACHI: Ambassador Yerzhan Kistafin called on Governor of Sindh Imran Ismail on Monday.\n\nThey discussed trade."
	code, ans, msg := postForm(t, ts, url.Values{"text": {body}, "title": {"Envoy calls on Governor"}, "published": {"2021-10-15"}})
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, msg)
	}
	var joined strings.Builder
	for _, s := range ans.Segments {
		joined.WriteString(s.Text)
	}
	if ans.Title != "Envoy calls on Governor" || joined.String() != body {
		t.Errorf("title %q, text %q", ans.Title, joined.String())
	}
}

// TestDraftTimeout: drafting takes time in proportion to the text, so a
// pasted report that takes longer than the server's timeout is stopped
// there, with a message, rather than drafted on while holding a slot.
func TestDraftTimeout(t *testing.T) {
	ts := startSeed(t, Config{Timeout: 300 * time.Millisecond})
	text := "Talks\n\n" + strings.Repeat("The Governor of Sindh met the Ambassador of Kazakhstan. ", 15000)
	code, _, msg := postForm(t, ts, url.Values{"text": {text}, "published": {"2022-03-01"}, "publisher": {"Wire"}})
	want := "drafting stopped after 300ms (the server's --timeout); draft a shorter text here, or the whole report with `bilat extract`"
	if code != http.StatusGatewayTimeout || msg != want {
		t.Errorf("got %d %q, want 504 %q", code, msg, want)
	}
	// The slot is free again: a short report drafts.
	code, _, msg = postForm(t, ts, url.Values{"text": {"Talks\n\nThe Governor of Sindh Imran Ismail met the Kazakh Ambassador Yerzhan Kistafin in Karachi on Monday."},
		"published": {"2022-03-01"}, "publisher": {"Wire"}, "url": {"https://example.org/short"}})
	if code != http.StatusOK {
		t.Errorf("short report after the timeout: %d %s", code, msg)
	}
}
