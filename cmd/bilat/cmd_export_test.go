package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDB loads data/ into a new bolt file.
func seedDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "bilat.db")
	mustBilat(t, "load", "-q", "--dbpath", db, "../../data")
	return db
}

func gunzip(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(b)
}

// noTemporaries fails if an export left a temporary file in dir.
func noTemporaries(t *testing.T, dir string) {
	t.Helper()
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// TestExportOutput: -o picks the format from the extension, gzips .gz,
// and writes the CSV pair into a directory.
func TestExportOutput(t *testing.T) {
	db := seedDB(t)
	dir := t.TempDir()
	for _, c := range []struct{ file, format string }{
		{"a.nq", "nquads"}, {"a.nquads", "nquads"}, {"a.jsonld", "jsonld"}, {"a.gexf", "gexf"},
		{"a.graphml", "graphml"}, {"a.GML", "gml"}, {"a.dot", "dot"}, {"a.nq.gz", "nquads"}, {"a.gexf.gz", "gexf"},
	} {
		want := mustBilat(t, "export", "--format", c.format, "--dbpath", db)
		path := filepath.Join(dir, c.file)
		if out := mustBilat(t, "export", "-o", path, "--dbpath", db); out != "" {
			t.Errorf("export -o %s printed %q", c.file, out)
		}
		var got string
		if strings.HasSuffix(c.file, ".gz") {
			got = gunzip(t, path)
		} else {
			b, _ := os.ReadFile(path)
			got = string(b)
		}
		if got != want {
			t.Errorf("export -o %s differs from export --format %s", c.file, c.format)
		}
	}
	// --format wins over the extension; .gz still gzips.
	path := filepath.Join(dir, "net.txt.gz")
	mustBilat(t, "export", "--format", "gml", "-o", path, "--dbpath", db)
	if got := gunzip(t, path); !strings.HasPrefix(got, "graph [\n  directed 0\n") {
		t.Errorf("--format gml -o net.txt.gz: %.40q", got)
	}

	csvDir := filepath.Join(dir, "csv")
	mustBilat(t, "export", "--format", "csv", "-o", csvDir, "--dbpath", db)
	for name, lines := range map[string]int{"nodes.csv": 48, "edges.csv": 66} {
		b, err := os.ReadFile(filepath.Join(csvDir, name))
		if n := bytes.Count(b, []byte("\n")); err != nil || n != lines {
			t.Errorf("%s: %d lines (%v), want %d (a header and 47 nodes, 65 edges)", name, n, err, lines)
		}
	}
	mustBilat(t, "export", "--format", "csv", "--from", "2022", "--to", "2023", "-o", csvDir, "--dbpath", db)
	if b, _ := os.ReadFile(filepath.Join(csvDir, "edges.csv")); bytes.Count(b, []byte("\n")) != 26 {
		t.Errorf("--from 2022 --to 2023: %d edges, want 25", bytes.Count(b, []byte("\n"))-1)
	}
	noTemporaries(t, dir)
	noTemporaries(t, csvDir)

	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-o", filepath.Join(dir, "a.txt")}, `cannot tell the format of "` + filepath.Join(dir, "a.txt") + `" from its extension (want one of .nq .nquads .jsonld .json .gexf .graphml .gml .dot .gv, or give --format)`},
		{[]string{"--format", "csv"}, "format csv writes two files (nodes.csv and edges.csv): name their directory with -o"},
		{[]string{"--view", "graph"}, `unknown view "graph" for --view (want network or rdf)`},
		{[]string{"--format", "dot", "--view", "network"}, "format dot has no network view (want rdf)"},
		{[]string{"--format", "gml", "--view", "rdf", "--country", "KZ"}, "from, to and country cut the network view, not the rdf view"},
		{[]string{"--format", "gexf", "--from", "2022-13"}, `--from: date "2022-13" is not a valid month (expected YYYY-MM with MM 01-12)`},
	} {
		code, out, errOut := bilat(t, append([]string{"export", "--dbpath", db}, c.args...)...)
		if code != 2 || out != "" || errOut != "bilat: "+c.msg+"\n" {
			t.Errorf("export %s: exit %d, %q %q; want 2 and %q", strings.Join(c.args, " "), code, out, errOut, c.msg)
		}
	}
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestExportRefusesStore: an output that is the store itself, by its name,
// a symlink or a hard link, is refused and the store is left as it was
// (it was truncated to 0 bytes, and the next read died of SIGBUS).
func TestExportRefusesStore(t *testing.T) {
	db := seedDB(t)
	before := sum(t, db)
	dir := filepath.Dir(db)
	link, hard := filepath.Join(dir, "link.nq"), filepath.Join(dir, "hard.nq")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(db, hard); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ out, named string }{{db, db}, {link, db}, {hard, hard}} {
		code, _, errOut := bilat(t, "export", "--format", "nquads", "-o", c.out, "--dbpath", db)
		want := `bilat: refusing to write the export to "` + c.named + `": it is the store being exported` + "\n"
		if code != 1 || errOut != want {
			t.Errorf("export -o %s: exit %d, %q; want 1 and %q", c.out, code, errOut, want)
		}
	}
	if sum(t, db) != before {
		t.Fatal("the store changed")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v %v", fi, err)
	}
	noTemporaries(t, dir)
	mustBilat(t, "stats", "--dbpath", db)

	// A leveldb store is a directory: no export into it either.
	ldb := filepath.Join(t.TempDir(), "ldb")
	mustBilat(t, "load", "-q", "--db", "leveldb", "--dbpath", ldb, "../../data")
	out := filepath.Join(ldb, "CURRENT")
	code, _, errOut := bilat(t, "export", "--db", "leveldb", "--dbpath", ldb, "-o", out, "--format", "nquads")
	if want := `bilat: refusing to write the export to "` + out + `": it is the store being exported` + "\n"; code != 1 || errOut != want {
		t.Errorf("export -o %s: exit %d, %q; want 1 and %q", out, code, errOut, want)
	}
	mustBilat(t, "stats", "--db", "leveldb", "--dbpath", ldb)
}

// TestExportFailureLeavesNoFile: an export that fails writes nothing: no
// new file, an existing one as it was, no temporary file.
func TestExportFailureLeavesNoFile(t *testing.T) {
	db := seedDB(t)
	dir := t.TempDir()
	fresh, old := filepath.Join(dir, "new.gexf"), filepath.Join(dir, "old.gexf")
	writeFile(t, old, "an earlier export\n")
	for _, out := range []string{fresh, old} {
		code, _, errOut := bilat(t, "export", "--country", "Narnia", "-o", out, "--dbpath", db)
		if code != 1 || errOut != "bilat: no country matches \"Narnia\" (want an ISO code or a country's name)\n" {
			t.Errorf("export --country Narnia -o %s: exit %d, %q", out, code, errOut)
		}
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s (%v)", fresh, err)
	}
	if b, _ := os.ReadFile(old); string(b) != "an earlier export\n" {
		t.Errorf("a failed export changed %s: %q", old, b)
	}
	noTemporaries(t, dir)
	// A directory in the way of the file is not replaced.
	sub := filepath.Join(dir, "sub.nq")
	os.Mkdir(sub, 0o755)
	if code, _, errOut := bilat(t, "export", "-o", sub, "--dbpath", db); code != 1 ||
		errOut != `bilat: cannot write the export to "`+sub+`": not a regular file`+"\n" {
		t.Errorf("export -o a directory: exit %d, %q", code, errOut)
	}
}
