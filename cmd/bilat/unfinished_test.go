package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
)

// envServeChild holds, for the child process, the bolt file and the
// --data folder, separated by a tab.
const envServeChild = "BILAT_SERVE_CHILD"

// TestServeChild is the child process of TestServeFinishesKilledLoad:
// `bilat serve` on an empty store, loading --data 100 quads a transaction
// and printing a line per committed unit, until it is killed.
func TestServeChild(t *testing.T) {
	db, data, ok := strings.Cut(os.Getenv(envServeChild), "\t")
	if !ok {
		t.Skip("only run as the child of TestServeFinishesKilledLoad")
	}
	opts := serveOpts(db)
	opts.Data = data
	n := 0
	opts.load = graph.LoadOptions{BatchQuads: 100, Progress: func(graph.UnitReport) {
		n++
		fmt.Printf("committed %d\n", n)
	}}
	if err := runServe(context.Background(), opts, io.Discard, os.Stderr); err != nil {
		t.Fatal(err)
	}
}

// killServeChild starts `bilat serve` in a child process on an empty bolt
// file, kills it with SIGKILL once it reports n committed units of its first
// load, and returns how many it had reported.
func killServeChild(t *testing.T, db, data string, n int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeChild$", "-test.v")
	cmd.Env = append(os.Environ(), envServeChild+"="+db+"\t"+data)
	return graphtest.KillAfter(t, cmd, n)
}

// storeQuads counts the quads of the bolt file at db.
func storeQuads(t *testing.T, db string) int {
	t.Helper()
	return strings.Count(exportOf(t, graph.Config{Backend: graph.Bolt, Path: db}), "\n")
}

// TestServeFinishesKilledLoad: `bilat serve` killed during the first load
// of its --data left part of the corpus in the store, and a second serve
// used to answer from that part without a word (it loaded only an empty
// store). Now the store lists the load as unfinished, and serve finishes it,
// writing only the sources not yet stored, and says so.
func TestServeFinishesKilledLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	corpus := filepath.Join(t.TempDir(), "corpus")
	if err := runGen(context.Background(), genOptions{Seed: 1, Events: 200, Out: corpus}, io.Discard); err != nil {
		t.Fatal(err)
	}
	cleanDB := filepath.Join(t.TempDir(), "clean.db")
	out := mustBilat(t, "load", "-q", "--dbpath", cleanDB, corpus)
	var units int
	if _, err := fmt.Sscanf(out, "%d sources:", &units); err != nil {
		t.Fatalf("load printed %q: %v", out, err)
	}
	want := exportOf(t, graph.Config{Backend: graph.Bolt, Path: cleanDB})
	wantQuads := strings.Count(want, "\n")

	db := filepath.Join(t.TempDir(), "bilat.db")
	committed := killServeChild(t, db, corpus, 5)
	partial := storeQuads(t, db)
	t.Logf("killed after %d of %d units committed; %d of %d quads stored", committed, units, partial, wantQuads)
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: db, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	unfinished, err := s.UnfinishedLoads(context.Background())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(unfinished, []string{corpus}) {
		t.Errorf("unfinished loads after the kill: %q, want %q", unfinished, corpus)
	}

	opts := serveOpts(db)
	opts.Data = corpus
	var stdout, stderr safeBuffer
	addr, stop := serveUntil(t, opts, &stdout, &stderr)
	res, err := http.Get("http://" + addr + "/health")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Quads int `json:"quads"`
	}
	json.NewDecoder(res.Body).Decode(&h)
	res.Body.Close()
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if h.Quads != wantQuads {
		t.Errorf("serve after the kill answers with %d quads, want %d", h.Quads, wantQuads)
	}
	// The kill left the marker besides whole units; finishing writes the
	// rest of the quads and removes nothing else.
	const format = "bilat: the store held an unfinished load of %s; finished it: %d sources loaded, %d unchanged; %d quads added, %d removed\n"
	var loaded, unchanged, added, removed int
	got := stderr.String()
	fmt.Sscanf(got, "bilat: the store held an unfinished load of "+corpus+"; finished it: %d sources loaded, %d unchanged; %d quads added, %d removed\n", &loaded, &unchanged, &added, &removed)
	if got != fmt.Sprintf(format, corpus, loaded, unchanged, added, removed) ||
		loaded+unchanged != units || unchanged < committed || loaded < 1 ||
		added != wantQuads-(partial-1) || removed != 0 {
		t.Errorf("serve after the kill said:\n%s\nwant %d sources in all, at least %d unchanged and 1 loaded, %d quads added, 0 removed",
			got, units, committed, wantQuads-(partial-1))
	}
	if got := exportOf(t, graph.Config{Backend: graph.Bolt, Path: db}); got != want {
		t.Error("the finished store differs from a clean load")
	}

	// Finished: the next start finds nothing to do or say.
	var stdout2, stderr2 safeBuffer
	_, stop = serveUntil(t, opts, &stdout2, &stderr2)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if stderr2.String() != "" {
		t.Errorf("the next start said:\n%s", stderr2.String())
	}
}

// TestQueryUnfinishedLoad: `bilat query` tells of an unfinished load of
// other records, and finishes one of its --data.
func TestQueryUnfinishedLoad(t *testing.T) {
	cleanDB := filepath.Join(t.TempDir(), "clean.db")
	mustBilat(t, "load", "-q", "--dbpath", cleanDB, "../../data")
	want := exportOf(t, graph.Config{Backend: graph.Bolt, Path: cleanDB})
	data, err := filepath.Abs("../../data")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "bilat.db")
	units := seedUnits(t)
	// breakLoad runs a load of origin that meets a bad unit at units[k]:
	// it has committed units[:k-1] by then, one a transaction.
	breakLoad := func(origin string, k int) {
		t.Helper()
		s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: db})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var labels []quad.IRI
		for _, u := range units {
			labels = append(labels, u.Label)
		}
		bad := units[k]
		bad.Quads = append(slices.Clone(bad.Quads), quad.MakeIRI("x:s", "x:p", "x:o", "x:other"))
		seq := slices.Values(append(slices.Clone(units[:k]), bad))
		if _, err := s.LoadSeq(context.Background(), labels, seq, graph.LoadOptions{Origin: origin, BatchQuads: 1}); err == nil {
			t.Fatal("the broken load succeeded")
		}
	}
	args := []string{"query", "who-met-whom", "-p", "person=Kistafin", "--dbpath", db, "--data", "../../data", "--format", "csv"}

	elsewhere := "/elsewhere/corpus"
	breakLoad(elsewhere, 5)
	tell := "bilat: the store holds an unfinished load of " + elsewhere + " (killed, failed or still running): answers may lack its sources; `bilat load " + elsewhere + "` finishes it\n"
	code, _, errOut := bilat(t, args...)
	if code != 0 || errOut != tell {
		t.Errorf("query on a store with an unfinished load of other records: exit %d, stderr:\n%s\nwant:\n%s", code, errOut, tell)
	}

	breakLoad(data, 10)
	partial := storeQuads(t, db) - 2 // the two loads' marks

	// While another process reads the store, the load cannot be finished:
	// the query answers from what is there, and says so.
	reader, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: db, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut = bilat(t, args...)
	reader.Close()
	cannot := "bilat: the store holds an unfinished load of " + data + ", which cannot be finished now (bolt: \"" + db + "\" is locked by another process (a running bilat serve or load?)): answers may lack its sources\n"
	if code != 0 || errOut != cannot+tell {
		t.Errorf("query on a store another process reads: exit %d, stderr:\n%s\nwant:\n%s", code, errOut, cannot+tell)
	}

	code, out, errOut := bilat(t, args...)
	finished := fmt.Sprintf("bilat: the store held an unfinished load of %s; finished it: %d sources loaded, 9 unchanged; %d quads added, 0 removed\n",
		data, len(units)-9, strings.Count(want, "\n")-partial)
	if code != 0 || errOut != finished+tell || !strings.Contains(out, "Imran Ismail") {
		t.Errorf("query on a store with an unfinished load of its --data: exit %d, stderr:\n%s\nwant:\n%s", code, errOut, finished+tell)
	}
	// Finished: the store is a clean load plus the other origin's mark.
	mark := quad.Quad{Subject: graph.LoadLabel, Predicate: graph.UnfinishedLoad, Object: quad.String(elsewhere), Label: graph.LoadLabel}
	wantLines := append(strings.SplitAfter(want, "\n"), mark.NQuad()+"\n")
	slices.Sort(wantLines)
	gotLines := strings.SplitAfter(exportOf(t, graph.Config{Backend: graph.Bolt, Path: db}), "\n")
	slices.Sort(gotLines)
	if !slices.Equal(gotLines, wantLines) {
		t.Errorf("the finished store holds %d lines, want a clean load's %d and the mark", len(gotLines), len(wantLines))
	}
	code, _, errOut = bilat(t, args...)
	if code != 0 || errOut != tell {
		t.Errorf("the next query: exit %d, stderr:\n%s\nwant:\n%s", code, errOut, tell)
	}
	// A load of other records tells of it too.
	code, out, errOut = bilat(t, "load", "-q", "--dbpath", db, "../../data/entities")
	if code != 0 || out != "1 sources: 0 loaded, 1 unchanged, 0 pruned; 0 quads added, 0 removed\n" || errOut != tell {
		t.Errorf("load: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errOut, tell)
	}
}

// TestQueryStoreNeverWritten: a bolt file created and never written to, as
// a first load killed before its first commit leaves it, is an empty store
// and gets loaded; it used to fail every query and serve with "kv: no
// bucket".
func TestQueryStoreNeverWritten(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bilat.db")
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: db})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := bilat(t, "query", "who-met-whom", "-p", "person=Kistafin", "--dbpath", db, "--data", "../../data", "--format", "csv")
	if code != 0 || !strings.HasPrefix(errOut, "bilat: the store was empty; loaded ") || !strings.Contains(out, "Imran Ismail") {
		t.Errorf("query on a store never written to: exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}
