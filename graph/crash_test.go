package graph_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/schema"
)

// The crash corpus: 150 units of ~120 quads, written 1,000 quads a
// transaction so that a kill lands between and inside many commits.
const (
	crashUnits   = 150
	crashPerUnit = 120
	crashBatch   = 1000
	envCrashDB   = "BILAT_CRASH_CHILD_DB" // backend, a space, path or DSN
	crashOrigin  = "crash corpus v2"
)

// crashCorpus is the crash corpus at a version. Version 2 also drops every
// other topic, so that each unit loses more quads than it gains and its
// replace takes both kinds of write (see Store.applyDeltas).
func crashCorpus(version int) []schema.Unit {
	units := graphtest.SynthUnits(crashUnits, crashPerUnit, version)
	if version < 2 {
		return units
	}
	return dropTopics(units)
}

// dropTopics drops every other topic quad of each unit, in place.
func dropTopics(units []schema.Unit) []schema.Unit {
	for i, u := range units {
		var kept []quad.Quad
		topics := 0
		for _, q := range u.Quads {
			if q.Predicate == schema.Topic {
				topics++
				if topics%2 == 0 {
					continue
				}
			}
			kept = append(kept, q)
		}
		units[i].Quads = kept
	}
	return units
}

// TestCrashChild is the child process of TestKilledLoadRecovers: it loads
// version 2 of the crash corpus into the store it is given, printing a
// line per committed unit, until it is killed.
func TestCrashChild(t *testing.T) {
	backend, path, ok := strings.Cut(os.Getenv(envCrashDB), " ")
	if !ok {
		t.Skip("only run as the child of TestKilledLoadRecovers")
	}
	s, err := graph.Open(context.Background(), graph.Config{Backend: backend, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	_, err = s.Load(context.Background(), crashCorpus(2), graph.LoadOptions{
		Origin:     crashOrigin,
		BatchQuads: crashBatch,
		Progress: func(graph.UnitReport) {
			n++
			fmt.Printf("committed %d\n", n)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestKilledLoadRecovers kills a real loading process at some point of a
// load that replaces an older version of the corpus, loads again, and
// checks the store holds exactly what a clean load gives: on bolt, and on
// PostgreSQL, whose writes take another path.
func TestKilledLoadRecovers(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	stores := []graphtest.Backend{
		{Name: graph.Bolt, Fresh: graphtest.Bolt},
		{Name: graph.Postgres, Fresh: graphtest.Postgres},
	}
	for _, b := range stores {
		t.Run(b.Name, func(t *testing.T) { testKilledLoad(t, b.Fresh(t)) })
	}
}

func testKilledLoad(t *testing.T, cfg graph.Config) {
	s := openT(t, cfg)
	loadT(t, s, crashCorpus(1), graph.LoadOptions{})
	s.Close()

	// Kill the child at a different point of the load each time.
	for _, killAfter := range []int{1, crashUnits / 3, crashUnits * 2 / 3} {
		committed := runAndKill(t, cfg, killAfter)
		t.Logf("killed after %d committed units", committed)
	}

	s = openT(t, cfg)
	unfinished := func(want ...string) {
		t.Helper()
		if got, err := s.UnfinishedLoads(context.Background()); err != nil || !slices.Equal(got, want) {
			t.Errorf("unfinished loads: %q, %v; want %q", got, err, want)
		}
	}
	// Each kill came after a commit, so the store says the load is unfinished.
	unfinished(crashOrigin)
	partial := dump(t, s)
	rep := loadT(t, s, crashCorpus(2), graph.LoadOptions{Origin: crashOrigin})
	if rep.Skipped == 0 || rep.Loaded == 0 {
		t.Errorf("re-run after the kills: %d units skipped, %d loaded; want some of each (was the child killed mid-load?)", rep.Skipped, rep.Loaded)
	}
	unfinished()
	clean := openT(t, graph.Config{Backend: graph.Memory})
	loadT(t, clean, crashCorpus(2), graph.LoadOptions{})
	want := dump(t, clean)
	diffLines(t, "store after kill and re-load vs clean load", dump(t, s), want)
	if slices.Equal(partial, want) {
		t.Error("the killed loads had already finished: the test proves nothing")
	}
}

// runAndKill starts the child on the store, waits until it reports at
// least n committed units, kills it with SIGKILL and returns how many units
// it had reported.
func runAndKill(t *testing.T, cfg graph.Config, n int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
	cmd.Env = append(os.Environ(), envCrashDB+"="+cfg.Backend+" "+cfg.Path)
	return graphtest.KillAfter(t, cmd, n)
}
