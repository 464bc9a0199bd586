package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A report of our own, drafted against the curated data.
const testReport = `Kazakh envoy meets Punjab minister

LAHORE, March 3: Yerzhan Kistafin, the Ambassador of Kazakhstan to Pakistan, called on Punjab Minister for Industries Bilal Yasin on Thursday. The two sides discussed textile exports and rail freight.
`

func TestExtractWritesADraftThatValidates(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(in, []byte(testReport), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "drafts")
	args := []string{"extract", "--data", "../../data", "--out", out, "--url", "https://example.org/r1", "--publisher", "Test Wire", "--published", "2022-03-03", in}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	src := filepath.Join(out, "sources", "example-2022-03-03-kistafin-yasin.yaml")
	if !strings.HasPrefix(stdout.String(), src+"\n") {
		t.Errorf("stdout = %q, want it to start with %s", stdout.String(), src)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"  - id: kistafin-yasin-meeting-2022-03-03\n", "      - {who: yerzhan-kistafin, role: guest}\n", "      - textile exports and rail freight\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("draft lacks %q:\n%s", want, data)
		}
	}
	// The draft and the data validate together.
	stdout.Reset()
	if code := run(context.Background(), []string{"validate", "../../data", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("validate: exit %d: %s", code, stderr.String())
	}
	// The same report again: refused without --force, nothing changed.
	stderr.Reset()
	if code := run(context.Background(), args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), `is already the source "example-2022-03-03-kistafin-yasin"`) {
		t.Errorf("second run: exit %d, stderr %q", code, stderr.String())
	}
	if code := run(context.Background(), append([]string{"extract", "--force"}, args[1:]...), &stdout, &stderr); code != 0 {
		t.Errorf("--force: exit %d: %s", code, stderr.String())
	}
	// A file a curator has taken over (the draft header removed) is not
	// replaced, even with --force.
	if err := os.WriteFile(src, []byte(strings.SplitN(string(data), "\n", 3)[2]), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run(context.Background(), append([]string{"extract", "--force"}, args[1:]...), &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "--force replaces only drafts bilat extract wrote") {
		t.Errorf("--force on a curated file: exit %d, stderr %q", code, stderr.String())
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "drafts")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"extract", "--data", "../../data", "--out", out, "--url", "https://example.org/e", "--publisher", "P", empty}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "empty.txt") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("something was written: %v", err)
	}
}

func TestExtractToStdout(t *testing.T) {
	var stdout, stderr bytes.Buffer
	cmd := []string{"extract", "--data", "../../data", "-o", "-", "--url", "https://example.org/r2", "--publisher", "Test Wire", "--published", "2022-03-03", "-"}
	root := newRootCmd()
	root.SetIn(strings.NewReader(testReport))
	root.SetArgs(cmd)
	root.SetOut(&stdout)
	root.SetErr(&stderr)
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "# data/sources/example-2022-03-03-kistafin-yasin.yaml\n") || !strings.Contains(stdout.String(), "---\n") {
		t.Errorf("stdout:\n%s", stdout.String())
	}
}

// Run outside the repository (no data/ in the working folder), a draft
// fits the records of --out alone; with no records anywhere, the error
// says which folder is missing and nothing is written.
func TestExtractOutsideTheRepository(t *testing.T) {
	records, err := filepath.Abs("../../data")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine")
	if err := os.CopyFS(mine, os.DirFS(records)); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(in, []byte(testReport), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	args := []string{"extract", "--url", "https://example.org/r9", "--publisher", "Test Wire", "--published", "2022-03-03", in}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), append(args, "--out", "mine"), &stdout, &stderr); code != 0 {
		t.Fatalf("--out mine: exit %d: %s", code, stderr.String())
	}
	if code := run(context.Background(), []string{"validate", "mine"}, &stdout, &stderr); code != 0 {
		t.Fatalf("validate mine: %s", stderr.String())
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--out", "drafts"}, "--data data: no such folder: expected the records the draft must fit (the repository's data/, or a folder of records as --data or --out)\n"},
		{[]string{"--out", "mine", "--force", "--data", "gone"}, "--data gone: no such folder"},
	} {
		stderr.Reset()
		if code := run(context.Background(), append(args, tc.args...), &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, code, stderr.String(), tc.want)
		}
	}
	if _, err := os.Stat("drafts"); !os.IsNotExist(err) {
		t.Errorf("drafts was written: %v", err)
	}
}

// Drafts made one after another into one folder reuse what the earlier
// ones defined: the second report's minister is the first's, one id.
func TestExtractReusesEarlierDrafts(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "drafts")
	second := "Punjab minister hosts Uzbek envoy\n\nLAHORE, April 9: Minister for Industries Bilal Yasin received the Uzbek Ambassador Timur Nazarov on Saturday.\n"
	for i, text := range []string{testReport, second} {
		in := filepath.Join(dir, "r.txt")
		if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		args := []string{"extract", "--data", "../../data", "--out", out, "--url", "https://example.org/s" + string(rune('0'+i)), "--publisher", "Test Wire", "--published", "2022-04-09", in}
		if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
			t.Fatalf("report %d: exit %d: %s", i, code, stderr.String())
		}
	}
	data, err := os.ReadFile(filepath.Join(out, "entities", "example-2022-04-09-yasin-nazarov.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "id: bilal-yasin") || !strings.Contains(string(data), "id: timur-nazarov") {
		t.Errorf("second draft's entities:\n%s", data)
	}
	src, err := os.ReadFile(filepath.Join(out, "sources", "example-2022-04-09-yasin-nazarov.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "  - id: bilal-yasin\n") {
		t.Errorf("second draft does not mention bilal-yasin:\n%s", src)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"validate", "../../data", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("validate: %s", stderr.String())
	}
}

// A saved page served by a real server on loopback: the article reader
// takes the text and metadata, the flags override them.
func TestExtractFromURL(t *testing.T) {
	page := `<!doctype html><html><head><title>Envoy meets minister</title>
<link rel="canonical" href="https://example.org/news/envoy">
<meta property="article:published_time" content="2022-03-03T10:00:00Z">
<meta property="og:site_name" content="Example News"></head><body><article>
<h1>Kazakh envoy meets Punjab minister</h1>
<p>LAHORE, March 3: Yerzhan Kistafin, the Ambassador of Kazakhstan to Pakistan, called on Punjab Minister for Industries Bilal Yasin on Thursday. The two sides discussed textile exports and rail freight, and agreed to set up a joint working group on trade between the two provinces.</p>
<p>Mr Kistafin said interest in trade with Punjab was growing among Kazakh companies, and invited the minister to visit Almaty.</p>
</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer srv.Close()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"extract", "--data", "../../data", "-o", "-", "--publisher", "Given Publisher", srv.URL + "/news/envoy"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"  url: https://example.org/news/envoy\n", "  publisher: Given Publisher\n", "  published: 2022-03-03\n", "      - {who: yerzhan-kistafin, role: guest}\n"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("no %q in\n%s", want, stdout.String())
		}
	}
}
