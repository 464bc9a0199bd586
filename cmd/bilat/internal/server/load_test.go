package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

// loadMix is what the load test asks, in turn: canned queries (the
// explorer's work), name completion, a raw API v2 query and the health check.
var loadMix = []struct{ method, path, body string }{
	{"GET", "/api/queries/who-met-whom?person=Kistafin", ""},
	{"GET", "/api/queries/timeline?who=imran-ismail", ""},
	{"GET", "/api/queries/post-holders?post=Governor%20of%20Sindh&at=2021-10-15", ""},
	{"GET", "/api/queries/network?person=Kistafin", ""},
	{"GET", "/api/queries/provenance?entity=masuma-hasan", ""},
	{"GET", "/api/names?q=kist", ""},
	{"POST", "/api/v2/query?lang=gizmo", `g.V("` + kistafinIRI + `").Out("<http://schema.org/name>").All()`},
	{"GET", "/health", ""},
}

// TestLoad is a bounded loopback load test, run only when BILAT_LOAD is set:
// BILAT_LOAD_REQUESTS requests (20000) from BILAT_LOAD_CLIENTS concurrent
// clients (32) against a bolt store with the seed data, or the bolt file
// BILAT_LOAD_DBPATH (opened read-only) with the parameters of the corpus
// in BILAT_LOAD_CORPUS (its synth.json, from bilat gen). Every answer must
// be 200; it reports requests per second and latency percentiles. With
// BILAT_LOAD_COLD=1 no two requests are alike, so every query runs rather
// than comes from the server's cache.
//
//	BILAT_LOAD=1 go test -run TestLoad -v ./cmd/bilat/internal/server/
//	BILAT_LOAD=1 BILAT_LOAD_COLD=1 BILAT_LOAD_REQUESTS=2000 go test -run TestLoad -v ./cmd/bilat/internal/server/
//	BILAT_LOAD=1 BILAT_LOAD_COLD=1 BILAT_LOAD_REQUESTS=2000 BILAT_LOAD_CLIENTS=16 \
//	  BILAT_LOAD_DBPATH=/tmp/corpus.db BILAT_LOAD_CORPUS=/tmp/corpus go test -run TestLoad -v ./cmd/bilat/internal/server/
func TestLoad(t *testing.T) {
	if os.Getenv("BILAT_LOAD") == "" {
		t.Skip("set BILAT_LOAD=1 to run the load test")
	}
	requests := envInt(t, "BILAT_LOAD_REQUESTS", 20000)
	cold := os.Getenv("BILAT_LOAD_COLD") != ""
	clients := envInt(t, "BILAT_LOAD_CLIENTS", 32)
	const limit = 10 * time.Minute // the test stops by itself

	mix := loadMix
	var s *graph.Store
	if path := os.Getenv("BILAT_LOAD_DBPATH"); path != "" {
		var err error
		if s, err = graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path, ReadOnly: true}); err != nil {
			t.Fatal(err)
		}
		mix = corpusMix(t, os.Getenv("BILAT_LOAD_CORPUS"))
	} else {
		s = openSeed(t, graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), "bilat.db")})
	}
	t.Cleanup(func() { s.Close() })
	ts := start(t, s, Config{})
	if os.Getenv("BILAT_LOAD_DBPATH") != "" {
		waitForNames(t, ts)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}

	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var (
		next     atomic.Int64
		failures atomic.Int64
		mu       sync.Mutex
		firstErr string
		lat      = make([]time.Duration, requests)
		byPath   = make([][]time.Duration, len(mix))
		wg       sync.WaitGroup
	)
	began := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= requests {
					return
				}
				m := mix[i%len(mix)]
				path, body := m.path, m.body
				if cold {
					path, body = coldRequest(path, body, i)
				}
				t0 := time.Now()
				status, err := hit(ctx, client, m.method, ts.URL+path, body)
				d := time.Since(t0)
				lat[i] = d
				mu.Lock()
				byPath[i%len(mix)] = append(byPath[i%len(mix)], d)
				if (err != nil || status != 200) && firstErr == "" {
					firstErr = fmt.Sprintf("%s %s: status %d, %v", m.method, m.path, status, err)
				}
				mu.Unlock()
				if err != nil || status != 200 {
					failures.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(began)
	if ctx.Err() != nil {
		t.Fatalf("the load test hit its %s limit after %d requests", limit, next.Load())
	}
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d requests failed; the first: %s", n, requests, firstErr)
	}
	slices.Sort(lat)
	t.Logf("%d requests (cold: %v), %d clients, %s: %.0f requests/s; latency p50 %s, p90 %s, p99 %s, max %s",
		requests, cold, clients, elapsed.Round(time.Millisecond), float64(requests)/elapsed.Seconds(),
		pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[len(lat)-1].Round(time.Microsecond))
	for i, m := range mix {
		d := byPath[i]
		slices.Sort(d)
		t.Logf("  %-70s p50 %8s  p99 %8s", m.method+" "+m.path, pct(d, 50), pct(d, 99))
	}
}

// coldRequest makes request i unlike any other: a row limit no answer
// reaches, or a comment in the query text.
func coldRequest(path, body string, i int) (string, string) {
	switch {
	case strings.HasPrefix(path, "/api/queries/"):
		path += "&limit=" + strconv.Itoa(1_000_000+i)
	case body != "":
		body += " // " + strconv.Itoa(i)
	}
	return path, body
}

func hit(ctx context.Context, c *http.Client, method, url, body string) (int, error) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, err
	}
	res, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, err = io.Copy(io.Discard, res.Body)
	return res.StatusCode, err
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)].Round(time.Microsecond)
}

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", name, v)
	}
	return n
}

// corpusMix is loadMix with the parameters of a generated corpus: its
// typical person, its post with the most holders.
func corpusMix(t *testing.T, dir string) []struct{ method, path, body string } {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, synth.SummaryFile))
	if err != nil {
		t.Fatalf("BILAT_LOAD_CORPUS: %v", err)
	}
	var sum synth.Summary
	if err := json.Unmarshal(data, &sum); err != nil {
		t.Fatal(err)
	}
	who, post := url.QueryEscape(sum.TypicalPerson), url.QueryEscape(sum.Post)
	return []struct{ method, path, body string }{
		{"GET", "/api/queries/who-met-whom?person=" + who, ""},
		{"GET", "/api/queries/timeline?who=" + who, ""},
		{"GET", "/api/queries/post-holders?post=" + post, ""},
		{"GET", "/api/queries/network?person=" + who, ""},
		{"GET", "/api/queries/provenance?entity=" + who, ""},
		{"GET", "/api/names?q=" + url.QueryEscape(sum.TypicalPerson[:min(4, len(sum.TypicalPerson))]), ""},
		{"POST", "/api/v2/query?lang=gizmo", `g.V("<` + schema.IDNS + `person/` + sum.TypicalPerson + `>").Out("<http://schema.org/name>").All()`},
		{"GET", "/health", ""},
	}
}

// waitForNames waits for the name list the server builds when it starts,
// and logs how long it took.
func waitForNames(t *testing.T, ts *testServer) {
	t.Helper()
	t0 := time.Now()
	for time.Since(t0) < 5*time.Minute {
		r := ts.do(t, "GET", "/api/names?limit=1", nil, "")
		if r.Status == 200 {
			t.Logf("name list built %s after the server started", time.Since(t0).Round(time.Millisecond))
			return
		}
		if r.Status != http.StatusServiceUnavailable {
			t.Fatalf("names while the list is built: status %d: %s", r.Status, r.Body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the name list was not built within 5 minutes")
}
