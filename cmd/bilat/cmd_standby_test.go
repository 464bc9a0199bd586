package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
)

// TestStandby: a group loads on the PostgreSQL primary and reads from its
// hot standby. `bilat load` refuses the standby and says where to load;
// `bilat query` and `bilat serve` answer from it with the primary's rows.
func TestStandby(t *testing.T) {
	primary, standby := graphtest.PostgresStandby(t)
	mustBilat(t, "load", "--quiet", "--db", graph.Postgres, "--dbpath", primary.Path, "../../data")
	graphtest.WaitReplay(t, primary, standby)

	code, _, errOut := bilat(t, "load", "--quiet", "--db", graph.Postgres, "--dbpath", standby.Path, "../../data")
	u, _ := url.Parse(standby.Path)
	want := "bilat: postgres: " + u.Host + " is a hot standby, which only replays the primary's changes: " +
		"load on the primary, and point reads (serve, query) at either: standby is read-only\n"
	if code != exitFailure || errOut != want {
		t.Errorf("load on the standby: exit %d\n got %q\nwant %q", code, errOut, want)
	}

	query := []string{"query", "who-met-whom", "--param", "person=Yerzhan Kistafin", "--format", "csv", "--db", graph.Postgres}
	fromPrimary := mustBilat(t, append(query, "--dbpath", primary.Path)...)
	if fromStandby := mustBilat(t, append(query, "--dbpath", standby.Path)...); fromStandby != fromPrimary || strings.Count(fromPrimary, "\n") < 2 {
		t.Errorf("bilat query on the standby:\n%s\non the primary:\n%s", fromStandby, fromPrimary)
	}

	opts := serveOpts("")
	opts.store = storeOptions{Backend: graph.Postgres, Path: standby.Path}
	var stdout, stderr safeBuffer
	addr, stop := serveUntil(t, opts, &stdout, &stderr)
	res, err := http.Get("http://" + addr + "/api/queries/who-met-whom?person=" + url.QueryEscape("Yerzhan Kistafin") + "&format=csv")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || string(body) != fromPrimary {
		t.Errorf("bilat serve on the standby: %s\n%s\nwant the primary's rows:\n%s", res.Status, body, fromPrimary)
	}
	if err := stop(); err != nil {
		t.Fatalf("bilat serve: %v", err)
	}
	if strings.Contains(stderr.String(), "loaded") {
		t.Errorf("serve tried to load the standby:\n%s", stderr.String())
	}

	// --writable needs a store that takes writes: the standby is refused.
	opts.Writable, opts.Token = true, "t"
	var out2, err2 safeBuffer
	if err := runServe(t.Context(), opts, &out2, &err2); err == nil || !strings.Contains(err.Error(), "is a hot standby") {
		t.Errorf("serve --writable on the standby: %v", err)
	}
}
