package schema

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadFile feeds arbitrary bytes to the decoder and validator: they must
// report problems, never panic, and whatever passes validation must map to
// quads without panicking either. Seeds: the data set and the bad cases.
func FuzzReadFile(f *testing.F) {
	addSeeds(f, "../data/*/*.yaml", "testdata/*/*.yaml", "testdata/bad/*/*.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		fl := newFileLayout()
		file, errs := decodeFile(context.Background(), "fuzz.yaml", data, fl)
		if file == nil {
			if len(errs) == 0 {
				t.Fatal("no file and no problem")
			}
			return
		}
		lay := newLayout()
		lay.files["fuzz.yaml"] = fl
		verrs, err := validate(context.Background(), []*File{file}, lay)
		if err != nil {
			t.Fatal(err)
		}
		errs = append(errs, verrs...)
		for _, e := range errs {
			if e.File != "fuzz.yaml" || e.Line < 1 || e.Col < 1 || strings.Contains(e.Msg, "\n") && !strings.HasPrefix(e.Msg, "yaml") {
				t.Errorf("bad problem %#v", e)
			}
		}
		if len(errs) == 0 {
			Units([]*File{file})
		}
	})
}

// addSeeds adds the files that the glob patterns match to f's corpus.
func addSeeds(f *testing.F, patterns ...string) {
	for _, pattern := range patterns {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range m {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}
