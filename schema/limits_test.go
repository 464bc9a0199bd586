package schema

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// writeFile writes a test input and returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestProblemCap: a run with more than MaxProblems problems lists the first
// MaxProblems by position, then counts the rest.
func TestProblemCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("source: {id: s, url: \"https://x.example/s\", publisher: P, title: T}\nmentions:\n")
	for i := range MaxProblems + 5 {
		fmt.Fprintf(&b, "  - {id: nobody-%d, as: [N]}\n", i)
	}
	p := writeFile(t, "many.yaml", b.String())
	_, err := ReadFiles(p)
	errs := err.(interface{ Unwrap() []error }).Unwrap()
	if len(errs) != MaxProblems+1 {
		t.Fatalf("%d problems listed, want %d and a count", len(errs), MaxProblems)
	}
	if got, want := errs[MaxProblems-1].Error(), p+":1002:10: mention \"nobody-999\": id \"nobody-999\": no such country, place, person, organization, post or group"; got != want {
		t.Errorf("last listed:\n%s\nwant:\n%s", got, want)
	}
	if got, want := errs[MaxProblems].Error(), "… and 5 more problems (only the first 1000 are listed)"; got != want {
		t.Errorf("count: %s, want %s", got, want)
	}
	if n := CountProblems(err); n != MaxProblems+5 {
		t.Errorf("CountProblems = %d, want %d", n, MaxProblems+5)
	}
}

// TestFileTooBig: a file over MaxFileSize is refused by name and size
// before it is read.
func TestFileTooBig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: no disk is used.
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadFiles(p)
	if want := p + ": file is 200 MiB, over the limit of 64 MiB for one record file (expected it split into several files)"; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestReadFilesCancelled: a done context stops reading with its error.
func TestReadFilesCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	files, err := ReadFilesContext(ctx, "../data")
	if files != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("got %d files, %v; want none, context.Canceled", len(files), err)
	}
}

// placeChain writes places level-1 (in KZ) to level-n, each in the one
// before; loop makes level-1 in level-n instead.
func placeChain(t *testing.T, n int, loop bool) string {
	var b strings.Builder
	b.WriteString("countries:\n  - {id: KZ, name: Kazakhstan}\nplaces:\n")
	for i := 1; i <= n; i++ {
		in := fmt.Sprintf("level-%d", i-1)
		if i == 1 {
			in = "KZ"
			if loop {
				in = fmt.Sprintf("level-%d", n)
			}
		}
		fmt.Fprintf(&b, "  - {id: level-%d, name: L, kind: district, in: %s}\n", i, in)
	}
	return writeFile(t, "places.yaml", b.String())
}

// TestPlaceChains: a chain 4000 deep gets one problem, at the first place
// too deep (it took 21.8 s when walked from every place); a loop of 4000
// gets one, its chain cut; a chain MaxPlaceDepth deep keeps its country.
func TestPlaceChains(t *testing.T) {
	p := placeChain(t, 4000, false)
	_, err := ReadFiles(p)
	if want := p + `:20:49: place "level-17": in "level-16": the place is 17 steps below its country "KZ"; expected at most 16 (city, district, province, country)`; err == nil || err.Error() != want {
		t.Errorf("deep chain: %v\nwant %s", err, want)
	}
	p = placeChain(t, 4000, true)
	_, err = ReadFiles(p)
	if want := p + `:4:48: place "level-1": in "level-4000": the chain level-1 → level-4000 → level-3999 → level-3998 → … (4000 places in the loop) → level-1 loops; expected it to end at a country`; err == nil || err.Error() != want {
		t.Errorf("loop: %v\nwant %s", err, want)
	}
	p = placeChain(t, MaxPlaceDepth, false)
	files, err := ReadFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	deepest := fmt.Sprintf("level-%d", MaxPlaceDepth)
	want := quad.Make(IRI(KindPlace, deepest), InCountry, IRI(KindCountry, "KZ"), CurationLabel)
	found := false
	for _, u := range Units(files) {
		found = found || slices.Contains(u.Quads, want)
	}
	if !found {
		t.Errorf("%s lost its country: no quad %s", deepest, want.NQuad())
	}
}

// TestLongIDCut: a dangling 200 KB id is quoted by its first 64
// characters and its length, once.
func TestLongIDCut(t *testing.T) {
	id := strings.Repeat("x", 200000)
	p := writeFile(t, "long.yaml", "source: {id: s, url: \"https://x.example/s\", publisher: P, title: T}\nmentions:\n  - {id: "+id+", as: [N]}\n")
	_, err := ReadFiles(p)
	cut := `"` + strings.Repeat("x", 64) + `"… (200000 characters)`
	if want := p + ":3:10: mention " + cut + ": id " + cut + ": no such country, place, person, organization, post or group"; err == nil || err.Error() != want {
		t.Errorf("got %.300v\nwant %s", err, want)
	}
}

// TestDecodeStops: a file being decoded when ctx is done is left between
// two batches of items, not read to its end.
func TestDecodeStops(t *testing.T) {
	var b strings.Builder
	b.WriteString("people:\n")
	for i := range 20000 {
		fmt.Fprintf(&b, "  - {id: p-%d, name: P}\n", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if f, errs := decodeFile(ctx, "people.yaml", []byte(b.String()), newFileLayout()); f != nil || errs != nil {
		t.Errorf("a file (%v) and %d problems after ctx was done; want nothing", f != nil, len(errs))
	}
	if f, errs := decodeFile(context.Background(), "people.yaml", []byte(b.String()), newFileLayout()); f == nil || len(f.People) != 20000 || errs != nil {
		t.Errorf("decoded %v, %v; want 20000 people", f != nil, errs)
	}
}

// TestLargeFileShape: a file over MaxWholeFile is read item by item; in
// flow style it cannot be, and is refused; a syntax error in one of its
// items is the one yaml.v3 gives the whole file.
func TestLargeFileShape(t *testing.T) {
	n := MaxWholeFile/25 + 1
	var block, flow strings.Builder
	block.WriteString("people:\n")
	flow.WriteString("people: [\n")
	for i := range n {
		fmt.Fprintf(&block, "  - id: person-%d\n    name: \"P %d\"\n", i, i)
		fmt.Fprintf(&flow, "  {id: person-%d, name: \"P %d\"},\n", i, i)
	}
	flow.WriteString("]\n")
	if f, errs := decodeFile(context.Background(), "block.yaml", []byte(block.String()), newFileLayout()); f == nil || len(f.People) != n || errs != nil {
		t.Fatalf("block style: read %v, %.200v", f != nil, errs)
	}
	p := writeFile(t, "flow.yaml", flow.String())
	_, err := ReadFiles(p)
	if want := p + ":1:1: file is " + mib(int64(flow.Len())) + ` and not in block style, which a file over 8 MiB must be (keys at the start of their lines, each list item on lines of its own starting with "- ", spaces not tabs)`; err == nil || err.Error() != want {
		t.Errorf("flow style: %v\nwant %s", err, want)
	}
	bad := strings.Replace(block.String(), `name: "P 1000"`, `name: "P 1000`, 1)
	_, got := decodeFile(context.Background(), "bad.yaml", []byte(bad), newFileLayout())
	_, want := decodeWhole("bad.yaml", []byte(bad), newFileLayout())
	if len(got) != 1 || !reflect.DeepEqual(got, want) {
		t.Errorf("syntax error: %v, want %v", got, want)
	}
}
