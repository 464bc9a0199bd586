package synth_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

// readDir returns every file under dir by its slash path.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	ctx := context.Background()
	cfg := synth.Config{Seed: 7, Events: 300}
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	sumA, err := synth.WriteDir(ctx, a, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synth.WriteDir(ctx, b, cfg); err != nil {
		t.Fatal(err)
	}
	filesA, filesB := readDir(t, a), readDir(t, b)
	if len(filesA) != sumA.Files+1 { // the summary too
		t.Errorf("wrote %d files, summary says %d (+1)", len(filesA), sumA.Files)
	}
	for name, data := range filesA {
		if !bytes.Equal(data, filesB[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	if len(filesA) != len(filesB) {
		t.Errorf("runs wrote %d and %d files", len(filesA), len(filesB))
	}

	if _, err := synth.WriteDir(ctx, c, synth.Config{Seed: 8, Events: 300}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(readDir(t, c)["entities/people.yaml"], filesA["entities/people.yaml"]) {
		t.Error("seeds 7 and 8 gave the same people")
	}
	got, err := synth.ReadSummary(a)
	if err != nil || got != sumA {
		t.Errorf("ReadSummary = %+v, %v; want %+v", got, err, sumA)
	}
}

// TestReadBack checks that the files pass validation and that what the
// reader makes of them maps to exactly the quads of the generated records:
// the encoder loses nothing.
func TestReadBack(t *testing.T) {
	dir := t.TempDir()
	var generated []*schema.File
	sum, err := synth.Generate(synth.Config{Seed: 3, Events: 400}, func(f synth.File) error {
		generated = append(generated, f.Record)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synth.WriteDir(context.Background(), dir, synth.Config{Seed: 3, Events: 400}); err != nil {
		t.Fatal(err)
	}
	read, err := schema.ReadFiles(dir)
	if err != nil {
		t.Fatalf("generated corpus does not validate:\n%v", err)
	}
	if len(read) != sum.Files {
		t.Errorf("read %d files, summary says %d", len(read), sum.Files)
	}
	want, got := nquads(schema.Units(generated)), nquads(schema.Units(read))
	if !slices.Equal(got, want) {
		t.Errorf("read back %d quads, generated %d; first difference near %q", len(got), len(want), firstDiff(got, want))
	}

	// What the summary promises exists in the corpus.
	if sum.PathHops != 3 || sum.BusiestEvents < 10 || sum.RestatedEvents == 0 || sum.PlannedVisits == 0 {
		t.Errorf("summary lacks a feature: %+v", sum)
	}
	all := strings.Join(want, "\n")
	for _, id := range []string{sum.BusiestPerson, sum.TypicalPerson, sum.PathFrom, sum.PathTo} {
		if !strings.Contains(all, "<"+string(schema.IRI(schema.KindPerson, id))+">") {
			t.Errorf("summary names %q, which is not in the graph", id)
		}
	}
}

func TestEncodeQuotes(t *testing.T) {
	f := &schema.File{Countries: []schema.Country{{
		ID: "KZ", Name: "yes", OfficialName: "a: b", Demonym: "1992",
		Aliases: []string{"x, y", "[z]", "plain words"},
	}}}
	var b bytes.Buffer
	if err := synth.Encode(&b, f); err != nil {
		t.Fatal(err)
	}
	want := `countries:
  - id: KZ
    name: "yes"
    official_name: "a: b"
    demonym: "1992"
    aliases:
      - x, y
      - "[z]"
      - plain words
`
	if b.String() != want {
		t.Errorf("Encode wrote\n%s\nwant\n%s", b.String(), want)
	}
}

func nquads(units []schema.Unit) []string {
	var out []string
	for _, u := range units {
		for _, q := range u.Quads {
			out = append(out, q.NQuad())
		}
	}
	slices.Sort(out)
	return out
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return a[i] + " / " + b[i]
		}
	}
	return "the end"
}
