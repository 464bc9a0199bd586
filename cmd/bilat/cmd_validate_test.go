package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/bilat/bilat/graph/graphtest"
)

func TestValidate(t *testing.T) {
	bad, err := os.ReadFile("../../schema/testdata/bad/several-errors.err")
	if err != nil {
		t.Fatal(err)
	}
	// A curated folder of its own (the schema tests' base: 2 countries,
	// 2 places, 2 people, 1 organization, 1 post, one report), so that
	// adding a report to data/ changes no expected output here.
	work := t.TempDir()
	graphtest.CopyTree(t, "../../schema/testdata/base", filepath.Join(work, "data"))
	writeFile(t, filepath.Join(work, "new.yaml"), `source:
  id: new-report
  url: https://example.org/new
  publisher: Example
  title: Envoy meets think tank head
events:
  - id: new-meeting
    kind: meeting
    date: 2024-03-01
    participants:
      - {who: yerzhan-kistafin, role: guest}
      - {who: masuma-hassan, role: host}
`)
	for _, tc := range []struct {
		name        string
		dir         string
		args        []string
		code        int
		out, errOut string
	}{
		{"default data", work, []string{"validate"}, 0, "OK: 1 sources, 8 entities\n", ""},
		{"paths", work, []string{"validate", "data/entities.yaml"}, 0, "OK: 0 sources checked against data (8 entities)\n", ""},
		{"folders", work, []string{"validate", "data"}, 0, "OK: 1 sources, 8 entities\n", ""},
		{"problems", "../../schema", []string{"validate", "testdata/base", "testdata/bad/several-errors.yaml"}, 1, "",
			string(bad) + "bilat: 7 problems\n"},
		{"one problem", ".", []string{"validate", "nope"}, 1, "", "nope: no such file or directory\nbilat: 1 problem\n"},
		// A new report alone is checked against data/: its references to
		// the curated people resolve, and only its own problems are listed.
		{"new file against data", work, []string{"validate", "new.yaml"}, 1, "",
			"new.yaml:12:15: event \"new-meeting\": participant \"masuma-hassan\": no such person, group, organization or post (did you mean \"masuma-hasan\"?)\nbilat: 1 problem\n"},
		{"new file alone", work, []string{"validate", "--against", "", "new.yaml"}, 1, "",
			"new.yaml:11:15: event \"new-meeting\": participant \"yerzhan-kistafin\": no such person, group, organization or post\n" +
				"new.yaml:12:15: event \"new-meeting\": participant \"masuma-hassan\": no such person, group, organization or post\nbilat: 2 problems\n"},
		{"file in data", work, []string{"validate", "./data/report.yaml"}, 0, "OK: 1 sources checked against data (8 entities)\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(tc.dir)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tc.args, &stdout, &stderr)
			if code != tc.code || stdout.String() != tc.out || stderr.String() != tc.errOut {
				t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s", code, &stdout, &stderr, tc.code, tc.out, tc.errOut)
			}
		})
	}
}
