package main

import (
	"bytes"
	"context"
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
	for _, want := range []string{"  - id: kistafin-yasin-meeting-2022-03-03\n", "      - {who: yerzhan-kistafin, role: guest}\n", "      - textile exports\n"} {
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
