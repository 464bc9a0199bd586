package schema

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSplitMatchesWhole decodes record files item by item (decodeFile)
// and as one tree (decodeWhole) and wants the same records, positions and
// problems: the files of data/ and testdata/, and variants of them with a
// line dropped, repeated, indented or outdented, or a line of odd YAML put
// in; and with CRLF line ends, or a byte order mark.
func TestSplitMatchesWhole(t *testing.T) {
	var inputs []string
	for _, root := range []string{"../data", "testdata"} {
		err := filepath.WalkDir(root, func(p string, de fs.DirEntry, err error) error {
			if err == nil && !de.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
				inputs = append(inputs, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	odd := []string{"~", "- ~", "  - ~", "  -", "  - !!binary aGk=", "  - &a {id: x}", "  - *a", "\t- id: t", "---", "x: [", "  id: loose",
		"people:", "# note", "", "  - id: new\n    name: New", "    - nested", "  - \"a\n  b\""}
	split, cases := 0, 0
	for _, p := range inputs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		variants := []string{string(data), strings.ReplaceAll(string(data), "\n", "\r\n"), "\ufeff" + string(data)}
		lines := strings.SplitAfter(string(data), "\n")
		for range 20 {
			ls := append([]string(nil), lines...)
			i := r.IntN(len(ls))
			switch r.IntN(5) {
			case 0:
				ls = append(ls[:i], ls[i+1:]...)
			case 1:
				ls = append(ls[:i+1], ls[i:]...)
			case 2:
				ls[i] = "  " + ls[i]
			case 3:
				ls[i] = strings.TrimPrefix(ls[i], "  ")
			case 4:
				ls = append(ls[:i], append([]string{odd[r.IntN(len(odd))] + "\n"}, ls[i:]...)...)
			}
			variants = append(variants, strings.Join(ls, ""))
		}
		for j, v := range variants {
			if !utf8.ValidString(v) {
				continue // refused before either parse
			}
			cases++
			if _, ok := splitFile([]byte(v)); ok {
				split++
			}
			name := fmt.Sprintf("%s#%d", p, j)
			l1, l2 := newFileLayout(), newFileLayout()
			f1, e1 := decodeFile(context.Background(), name, []byte(v), l1)
			f2, e2 := decodeWhole(name, []byte(v), l2)
			if !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(e1, e2) || !reflect.DeepEqual(l1, l2) {
				t.Errorf("%s: item by item and whole differ:\n%v\n%v\ninput:\n%s", name, e1, e2, v)
			}
		}
	}
	// Most inputs must take the item-by-item path, or this proves little.
	if split < cases/2 {
		t.Errorf("only %d of %d inputs were cut into items", split, cases)
	}
	t.Logf("%d of %d inputs cut into items", split, cases)
}

// FuzzSplitMatchesWhole is TestSplitMatchesWhole on arbitrary bytes.
func FuzzSplitMatchesWhole(f *testing.F) {
	addSeeds(f, "../data/*/*.yaml", "testdata/*/*.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		l1, l2 := newFileLayout(), newFileLayout()
		f1, e1 := decodeFile(context.Background(), "f.yaml", data, l1)
		f2, e2 := decodeWhole("f.yaml", data, l2)
		if !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(e1, e2) || !reflect.DeepEqual(l1, l2) {
			t.Errorf("item by item and whole differ:\n%v\n%v", e1, e2)
		}
	})
}
