package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// testdata/corpus is one report of our own with its gold, laid out as the
// development corpus is.
func TestEvalTable(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"eval", "--data", "../../data", "testdata/corpus"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := "     all       1.00     1.00       0.50       1.00    1/1        1.00   1.00   1.00    1.00          -               0                -"
	if !strings.Contains(stdout.String(), want) {
		t.Errorf("no %q in\n%s", want, stdout.String())
	}
	if !strings.Contains(stdout.String(), "met pairs P 1.000 R 1.000 F1 1.000 | planned as met 0\n") {
		t.Errorf("summary:\n%s", stdout.String())
	}
}

func TestEvalJSONAndFloor(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"eval", "--data", "../../data", "--format", "json", "testdata/corpus"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var rep struct {
		Total struct {
			Met, People struct{ TP, Draft, Gold int }
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Total.Met.TP != 1 || rep.Total.Met.Gold != 1 || rep.Total.People.TP != 2 {
		t.Errorf("totals = %+v", rep.Total)
	}
	stdout.Reset()
	code := run(context.Background(), []string{"eval", "--data", "../../data", "--floor-people", "1.01", "testdata/corpus"}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "bilat: below the floor: met-pair F1 1.000 (floor 0.92), people F1 1.000 (floor 1.01)") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run(context.Background(), []string{"eval", "--format", "xml", "testdata/corpus"}, &stdout, &stderr); code != 2 {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
}
