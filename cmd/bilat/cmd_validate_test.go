package main

import (
	"bytes"
	"context"
	"os"
	"testing"
)

func TestValidate(t *testing.T) {
	bad, err := os.ReadFile("../../schema/testdata/bad/several-errors.err")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name        string
		dir         string
		args        []string
		code        int
		out, errOut string
	}{
		{"default data", "../..", []string{"validate"}, 0, "OK: 21 sources, 186 entities\n", ""},
		{"paths", ".", []string{"validate", "../../data/entities", "../../data/sources/2023-05-31-kistafin-multan.yaml"}, 0, "OK: 1 sources, 171 entities\n", ""},
		{"problems", "../../schema", []string{"validate", "testdata/base", "testdata/bad/several-errors.yaml"}, 1, "",
			string(bad) + "bilat: 7 problems\n"},
		{"one problem", ".", []string{"validate", "nope"}, 1, "", "nope: no such file or directory\nbilat: 1 problem\n"},
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
