package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestHelperBilat is not a test: it is the child process `bilat` when the
// bench test runs this test binary in its place.
func TestHelperBilat(t *testing.T) {
	if os.Getenv("BILAT_BENCH_HELPER") != "1" {
		t.Skip("the child process of TestBenchSmoke")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(run(context.Background(), args, os.Stdout, os.Stderr))
}

// TestBenchSmoke runs the benchmark's whole path on a tiny corpus: gen, load
// in a child process, export, query timing, serve, report. The real sizes are
// opt-in (.ci/bench).
func TestBenchSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	t.Setenv("BILAT_BENCH_HELPER", "1")
	opts := benchOptions{
		Seed:       1,
		LoadSizes:  []string{"2k"},
		QuerySizes: []string{"2k"},
		Backends:   []string{"bolt"},
		Work:       t.TempDir(),
		Runs:       2,
		Serve:      true,
		Data:       "../../data",
		bilat:      []string{os.Args[0], "-test.run=^TestHelperBilat$", "--"},
	}
	var out, log bytes.Buffer
	if err := runBench(context.Background(), opts, &out, &log); err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	report := out.String()
	t.Log(report)
	for _, want := range []string{"## Machine", "| 2k | 54 |", "| 2k | bolt | bilat |",
		"| 2k | bolt | who-met-whom | person=", "| 2k | bolt | path | from=", "| loaded |",
		"| 2k | bolt | who-met-whom | (none) |", "| 2k | bolt | topics | a=", "## Stats", "| 2k | bolt | "} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}
