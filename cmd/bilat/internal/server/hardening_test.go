package server

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/graph"
)

// runaways sends n scripts that never end and returns a channel that
// yields their answers as they come.
func (ts *testServer) runaways(t *testing.T, n int) <-chan response {
	t.Helper()
	done := make(chan response, n)
	for i := range n {
		// Each unlike the others, or the cache would let one run for all.
		go func() {
			done <- ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, fmt.Sprintf("while(true){} // %d", i))
		}()
	}
	// Wait until they hold their slots (a fixed sleep lost the race on a
	// busy machine): the ad-hoc pool fills, up to its size.
	want := min(n, cap(ts.srv.adhoc.slots))
	for deadline := time.Now().Add(10 * time.Second); len(ts.srv.adhoc.slots) < want; {
		if time.Now().After(deadline) {
			t.Fatalf("%d runaway queries: %d hold a slot after 10s", n, len(ts.srv.adhoc.slots))
		}
		time.Sleep(5 * time.Millisecond)
	}
	return done
}

// TestAdhocPool: ten scripts that never end take only the ad-hoc slots;
// canned queries, name completion and the explorer answer while they run.
func TestAdhocPool(t *testing.T) {
	const timeout = 5 * time.Second
	ts := startSeed(t, Config{Timeout: timeout, MaxQueries: 4})
	done := ts.runaways(t, 10)
	for _, path := range []string{
		"/api/queries/who-met-whom?person=Kistafin",
		"/api/queries/timeline?who=imran-ismail",
		"/api/names?q=kist",
		"/explore",
		"/health",
	} {
		if r := ts.do(t, "GET", path, nil, ""); r.Status != 200 {
			t.Errorf("%s while ten runaway queries run: status %d: %.300s", path, r.Status, r.Body)
		}
	}
	if n := len(done); n > 0 {
		t.Errorf("%d runaway queries were answered before the canned ones: these waited for their slots", n)
	}
	for range 10 {
		if r := <-done; r.Status != http.StatusGatewayTimeout {
			t.Errorf("runaway query: status %d, want 504: %s", r.Status, r.Body)
		}
	}
}

// TestReadUnderSlots: /api/v2/read waits for a query slot like the
// queries, and its --timeout cuts it.
func TestReadUnderSlots(t *testing.T) {
	const timeout = 2 * time.Second
	ts := startSeed(t, Config{Timeout: timeout, MaxQueries: 1})
	began := time.Now()
	done := ts.runaways(t, 1)
	read := "/api/v2/read?format=nquads&sub=" + urlQuery(kistafinIRI)
	res0, err := http.Get(ts.URL + read)
	status := 0 // a connection cut by the read's own timeout, which counts its wait
	if err == nil {
		status = res0.StatusCode
		io.Copy(io.Discard, res0.Body)
		res0.Body.Close()
	}
	// The slot is free only once the runaway is stopped by its timeout; its
	// own answer may reach the client a moment after the read's, so the
	// read's wait is what is checked (a lower bound, safe on a busy machine).
	if waited := time.Since(began); waited < timeout-100*time.Millisecond {
		t.Errorf("read answered %d after %s while the only query slot was taken for %s: it did not wait for it", status, waited, timeout)
	}
	if status != 0 && status != 200 && status != http.StatusGatewayTimeout {
		t.Errorf("read after its turn: status %d, want 200, 504 or a cut connection", status)
	}
	if r := <-done; r.Status != http.StatusGatewayTimeout {
		t.Errorf("runaway query: status %d, want 504", r.Status)
	}

	// A read of 200,000 quads takes longer than a 20 ms timeout: it stops
	// there, not after sending them all.
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Memory})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var qs []quad.Quad
	for i := range 200_000 {
		qs = append(qs, quad.MakeIRI(fmt.Sprintf("https://bilat.dev/id/person/p%d", i), "http://schema.org/name", fmt.Sprintf("name %d", i), ""))
	}
	if err := s.Handle().QuadWriter.AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	slow := start(t, s, Config{Timeout: 20 * time.Millisecond})
	res, err := http.Get(slow.URL + "/api/v2/read?format=nquads")
	if err != nil {
		return // the connection was cut by the timeout: the read stopped
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if lines := strings.Count(string(body), "\n"); err == nil && res.StatusCode == 200 && lines == len(qs) {
		t.Errorf("read of %d quads with a 20ms timeout: answered them all", lines)
	}
	if err == nil && res.StatusCode != http.StatusGatewayTimeout {
		t.Errorf("read stopped by its timeout: status %d and a whole answer (%d bytes), want 504 or a cut connection", res.StatusCode, len(body))
	}
}

// chunked is a body of unknown length: the client sends it chunked.
type chunked struct{ io.Reader }

// TestChunkedBody: a chunked body over the cap is refused with 413, as
// one that declares its length; under the cap it is read whole.
func TestChunkedBody(t *testing.T) {
	ts := startSeed(t, Config{Writable: true, Token: "t", MaxWriteBody: 1000})
	post := func(path, body string, header map[string]string) response {
		t.Helper()
		return ts.send(t, "POST", path, header, chunked{strings.NewReader(body)})
	}
	query := `g.V("` + kistafinIRI + `").Out("<http://schema.org/name>").All()`
	// Cut at 1 MiB, this is a whole script that runs.
	long := query + strings.Repeat(" ", DefaultMaxBody-len(query)) + "; g.Emit('the tail ran')"
	r := post("/api/v2/query?lang=gizmo", long, nil)
	if r.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("chunked query of %d bytes: status %d, want 413: %.300s", len(long), r.Status, r.Body)
	}
	if got, want := decode[errorBody](t, r).Error, fmt.Sprintf("request body is over the limit of %d bytes", DefaultMaxBody); got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	if r := post("/api/v2/query?lang=gizmo", query, nil); r.Status != 200 || !strings.Contains(string(r.Body), "Yerzhan Kistafin") {
		t.Errorf("chunked query under the cap: status %d: %s", r.Status, r.Body)
	}

	auth := map[string]string{"Authorization": "Bearer t"}
	before := decode[health](t, ts.do(t, "GET", "/health", nil, "")).Quads
	var quads strings.Builder
	for i := 0; quads.Len() <= 1000; i++ {
		fmt.Fprintf(&quads, "<https://bilat.dev/id/person/w%d> <http://schema.org/name> \"W\" .\n", i)
	}
	if r := post("/api/v2/write", quads.String(), auth); r.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked write of %d bytes over a 1000-byte cap: status %d, want 413: %s", quads.Len(), r.Status, r.Body)
	}
	if after := decode[health](t, ts.do(t, "GET", "/health", nil, "")).Quads; after != before {
		t.Errorf("the refused write left %d quads, want %d: part of it was written", after, before)
	}
	if r := post("/api/v2/write", "<https://bilat.dev/id/person/w> <http://schema.org/name> \"W\" .\n", auth); r.Status != 200 {
		t.Errorf("chunked write under the cap: status %d: %s", r.Status, r.Body)
	}
}

// TestNamesIndex: /api/names is answered 503 with Retry-After while its
// list is being built, never 500; a name that is not a string (written
// through the API) is listed by its text.
func TestNamesIndex(t *testing.T) {
	ts := startSeed(t, Config{Writable: true, Token: "t"})
	names := func() response { return ts.do(t, "GET", "/api/names?q=42", nil, "") }
	// The list is built when the server starts; until then, 503.
	ready := false
	for range 100 {
		r := names()
		if r.Status == 200 {
			ready = true
			break
		}
		if r.Status != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" {
			t.Fatalf("names before the list is built: status %d, Retry-After %q, want 503 with it: %s", r.Status, r.Header.Get("Retry-After"), r.Body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !ready {
		t.Fatal("the name list was not built within 5s on the seed data")
	}

	const number = `<https://bilat.dev/id/person/n42> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<https://bilat.dev/id/person/n42> <http://schema.org/name> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://bilat.dev/id/person/n42> <http://schema.org/alternateName> "2021-10-15"^^<http://www.w3.org/2001/XMLSchema#date> .
`
	if r := ts.do(t, "POST", "/api/v2/write", map[string]string{"Authorization": "Bearer t"}, number); r.Status != 200 {
		t.Fatalf("write: status %d: %s", r.Status, r.Body)
	}
	// The list is rebuilt for the new quad count; meanwhile the old one
	// answers.
	var got []Name
	for range 100 {
		r := names()
		if r.Status != 200 {
			t.Fatalf("names after writing a number as a name: status %d: %s", r.Status, r.Body)
		}
		if got = decode[[]Name](t, r); len(got) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	want := Name{ID: "n42", Kind: "person", Name: "42", Aliases: []string{"2021-10-15"}}
	if len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(want) {
		t.Errorf("names q=42 = %+v, want %+v", got, want)
	}

	// While a build runs and none has ended, requests are not kept waiting.
	idle := &Server{store: ts.Store, names: newNameIndex(ts.Store, io.Discard)}
	idle.names.building = true
	rec := &recorder{header: http.Header{}}
	req, _ := http.NewRequest("GET", "/api/names", nil)
	idle.serveNames(rec, req)
	if rec.status != http.StatusServiceUnavailable || rec.header.Get("Retry-After") != "2" {
		t.Errorf("names during the first build: status %d, Retry-After %q, want 503 and 2", rec.status, rec.header.Get("Retry-After"))
	}
}

// TestHostAndOrigin: requests addressed to another name (DNS rebinding)
// are refused unless allowed; queries and writes from pages of other
// origins are refused; the UI and the explorer may not be framed.
func TestHostAndOrigin(t *testing.T) {
	ts := startSeed(t, Config{AllowHosts: []string{"graph.example"}, Writable: true, Token: "t"})
	port := ts.URL[strings.LastIndex(ts.URL, ":"):]
	query := `g.V("` + kistafinIRI + `").All()`
	for _, tc := range []struct {
		host   string
		status int
	}{
		{"evil.example" + port, 403},
		{"evil.example", 403},
		{"10.1.2.3" + port, 403},
		{"localhost" + port, 200},
		{"app.localhost" + port, 200},
		{"127.0.0.1" + port, 200},
		{"[::1]" + port, 200},
		{"GRAPH.example", 200},
	} {
		for _, path := range []string{"/health", "/", "/api/queries/who-met-whom?person=Kistafin"} {
			req, _ := http.NewRequest("GET", ts.URL+path, nil)
			req.Host = tc.host
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tc.status {
				t.Errorf("GET %s with Host %s: status %d, want %d: %.200s", path, tc.host, res.StatusCode, tc.status, body)
			}
		}
	}
	r := ts.do(t, "GET", "/health", nil, "")
	if r.Status != 200 {
		t.Errorf("health by the listen address: %d", r.Status)
	}

	self := ts.URL
	for _, tc := range []struct {
		name   string
		method string
		path   string
		header map[string]string
		body   string
		status int
	}{
		{"simple POST from another origin", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": "http://evil.example", "Content-Type": "text/plain"}, query, 403},
		{"no-cors POST, Origin null", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": "null", "Content-Type": "text/plain"}, query, 403},
		{"GET from another site", "GET", "/api/v2/query?lang=gizmo&qu=" + urlQuery(query), map[string]string{"Sec-Fetch-Site": "cross-site"}, "", 403},
		{"write from another origin, with the token", "POST", "/api/v2/write", map[string]string{"Origin": "http://evil.example", "Authorization": "Bearer t"}, "<a> <b> <c> .", 403},
		{"the UI's POST (same origin)", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": self, "Sec-Fetch-Site": "same-origin", "Content-Type": "text/plain;charset=UTF-8"}, query, 200},
		{"curl (no Origin)", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, query, 200},
		{"canned query linked from elsewhere", "GET", "/api/queries/who-met-whom?person=Kistafin", map[string]string{"Sec-Fetch-Site": "cross-site"}, "", 200},
	} {
		r := ts.do(t, tc.method, tc.path, tc.header, tc.body)
		if r.Status != tc.status {
			t.Errorf("%s: status %d, want %d: %.200s", tc.name, r.Status, tc.status, r.Body)
		}
	}
	r = ts.do(t, "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": "http://evil.example"}, query)
	if got, want := decode[errorBody](t, r).Error, "a page of http://evil.example may not send queries or writes to this server (--cors-origin allows one origin)"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	withCORS := startSeed(t, Config{CORSOrigin: "http://tools.example"})
	if r := withCORS.do(t, "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": "http://tools.example", "Sec-Fetch-Site": "cross-site"}, query); r.Status != 200 {
		t.Errorf("query from the --cors-origin: status %d: %s", r.Status, r.Body)
	}

	index := ts.do(t, "GET", "/", nil, "")
	inline := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindSubmatch(index.Body)
	if inline == nil {
		t.Fatal("index.html has no inline script: the test needs one")
	}
	sum := sha256.Sum256(inline[1])
	for _, path := range []string{"/", "/explore"} {
		csp := ts.do(t, "GET", path, nil, "").Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: Content-Security-Policy %q lacks frame-ancestors 'none'", path, csp)
		}
		if path == "/" && !strings.Contains(csp, "script-src 'self' 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
			t.Errorf("/: Content-Security-Policy %q does not allow the inline script by its hash", csp)
		}
	}
}

// TestAPIErrorsJSON: every 404 and 405 under /api/ is JSON.
func TestAPIErrorsJSON(t *testing.T) {
	ts := startSeed(t, Config{Writable: true, Token: "t"})
	for _, tc := range []struct {
		method, path string
		status       int
		err          string
	}{
		{"GET", "/api/nope", 404, "no API endpoint at /api/nope"},
		{"GET", "/api/v2/nope", 404, "no API endpoint at /api/v2/nope"},
		{"GET", "/api/queries/who-met-whom/x", 404, "no endpoint /api/queries/who-met-whom/x"},
		{"DELETE", "/api/v2/query", 405, "method DELETE not allowed on /api/v2/query"},
		{"PUT", "/api/v2/formats", 405, "method PUT not allowed on /api/v2/formats"},
		{"POST", "/api/queries", 405, "method POST not allowed on /api/queries"},
		{"POST", "/api/names", 405, "method POST not allowed on /api/names"},
	} {
		r := ts.do(t, tc.method, tc.path, nil, "")
		if r.Status != tc.status || r.Header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("%s %s: status %d, Content-Type %q, want %d JSON: %s", tc.method, tc.path, r.Status, r.Header.Get("Content-Type"), tc.status, r.Body)
			continue
		}
		if got := decode[errorBody](t, r).Error; got != tc.err {
			t.Errorf("%s %s: error %q, want %q", tc.method, tc.path, got, tc.err)
		}
	}
}

// TestAnswerCap: an answer over Config.MaxAnswer is refused as it is
// built, and one huge value before it is encoded.
func TestAnswerCap(t *testing.T) {
	ts := startSeed(t, Config{MaxAnswer: 1 << 20})
	want := "the answer is over 1 MiB, the most one query may answer; ask for less (a limit, fewer tags)"
	var wg sync.WaitGroup
	for _, script := range []string{
		`var s = new Array(100001).join("x"); for (var i = 0; i < 10000; i++) { g.emit(s) }`,
		`var s = "x"; while (s.length < 4 << 20) { s = s + s }; g.emit({big: s})`,
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, script)
			if r.Status != http.StatusInsufficientStorage {
				t.Errorf("%s: status %d, want 507: %.200s", script, r.Status, r.Body)
				return
			}
			if got := decode[errorBody](t, r).Error; got != want {
				t.Errorf("error = %q, want %q", got, want)
			}
		}()
	}
	wg.Wait()
	if r := ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, `g.V("`+kistafinIRI+`").All()`); r.Status != 200 {
		t.Errorf("a query under the cap: status %d", r.Status)
	}
}

// TestHeapGuard: a script that allocates without bound is stopped once
// the heap passes Config.MaxHeap, and answered 507, while /health answers.
func TestHeapGuard(t *testing.T) {
	ts := startSeed(t, Config{MaxHeap: 256 << 20})
	done := make(chan response, 1)
	go func() {
		done <- ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, `var a=[]; var s='x'; while(true){ s = s + s; a.push(s); }`)
	}()
	healthy := 0
	for len(done) == 0 {
		if r := ts.do(t, "GET", "/health", nil, ""); r.Status == 200 {
			healthy++
		}
	}
	r := <-done
	if r.Status != http.StatusInsufficientStorage || !strings.Contains(decode[errorBody](t, r).Error, "over its cap of 256 MiB (--max-memory)") {
		t.Errorf("memory bomb: status %d, want 507 saying the cap: %s", r.Status, r.Body)
	}
	if healthy == 0 {
		t.Error("/health never answered 200 while the memory bomb ran")
	}
	if r := ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, `g.V("`+kistafinIRI+`").All()`); r.Status != 200 {
		t.Errorf("a query after the bomb: status %d: %s", r.Status, r.Body)
	}
}
