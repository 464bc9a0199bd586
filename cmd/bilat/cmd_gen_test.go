package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

func TestGen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"gen", "--seed", "5", "--events", "200", "--out", dir}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	sum, err := synth.ReadSummary(dir)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Seed != 5 || sum.Events != 200 {
		t.Errorf("summary %+v", sum)
	}
	if !strings.HasPrefix(stdout.String(), "wrote ") || !strings.Contains(stdout.String(), sum.BusiestPerson) {
		t.Errorf("output:\n%s", stdout.String())
	}
	if _, err := schema.ReadFiles(dir); err != nil {
		t.Errorf("generated corpus does not validate:\n%v", err)
	}

	// A second run into the same directory would mix two corpora.
	stdout.Reset()
	stderr.Reset()
	code = run(context.Background(), []string{"gen", "--out", dir}, &stdout, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), "is not empty") {
		t.Errorf("gen into a full directory: exit %d, %q", code, stderr.String())
	}
	for _, args := range [][]string{{"gen"}, {"gen", "--out", t.TempDir(), "--events", "0"}} {
		if code := run(context.Background(), args, &stdout, &stderr); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "entities", "people.yaml")); err != nil {
		t.Error(err)
	}
}
