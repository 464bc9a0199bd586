package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/schema"
)

// dataDir is the repository's seed data.
var dataDir = filepath.Join("..", "..", "..", "..", "data")

// testServer is a real server on a loopback port over a store loaded with
// the seed data.
type testServer struct {
	URL   string
	Store *graph.Store
	srv   *Server
	stop  func() error // ends Serve and returns its error
}

// openSeed opens a store of the given config and loads the seed data.
func openSeed(t testing.TB, cfg graph.Config) *graph.Store {
	t.Helper()
	files, err := schema.ReadFiles(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), schema.Units(files), graph.LoadOptions{}); err != nil {
		s.Close()
		t.Fatal(err)
	}
	return s
}

// start serves store with cfg on 127.0.0.1 until the test ends.
func start(t testing.TB, store *graph.Store, cfg Config) *testServer {
	t.Helper()
	srv, err := New(store, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	var once sync.Once
	var serveErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case serveErr = <-done:
			case <-time.After(30 * time.Second):
				serveErr = errors.New("Serve did not return 30s after its context ended")
			}
		})
		return serveErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Error(err)
		}
	})
	return &testServer{srv: srv, URL: "http://" + ln.Addr().String(), Store: store, stop: stop}
}

// startSeed serves the seed data from a memory store.
func startSeed(t testing.TB, cfg Config) *testServer {
	t.Helper()
	s := openSeed(t, graph.Config{Backend: graph.Memory})
	ts := start(t, s, cfg)
	t.Cleanup(func() { s.Close() })
	return ts
}

type response struct {
	Status int
	Header http.Header
	Body   []byte
}

func (ts *testServer) do(t testing.TB, method, path string, header map[string]string, body string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	return ts.send(t, method, path, header, rd)
}

// send is do with any body: one that is not a strings.Reader (or the
// like) is sent chunked.
func (ts *testServer) send(t testing.TB, method, path string, header map[string]string, rd io.Reader) response {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, path, err)
	}
	return response{Status: res.StatusCode, Header: res.Header, Body: data}
}

func decode[T any](t testing.TB, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.Body, &v); err != nil {
		t.Fatalf("body is not the JSON expected: %v\n%s", err, r.Body)
	}
	return v
}

const kistafinIRI = "<https://bilat.dev/id/person/yerzhan-kistafin>"

func TestEndpoints(t *testing.T) {
	ts := startSeed(t, Config{})
	counts, err := ts.Store.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	quads := counts[0].N

	index := ts.do(t, "GET", "/", nil, "")
	mainJS := regexp.MustCompile(`/static/js/main\.[0-9a-f]+\.chunk\.js`).Find(index.Body)
	if mainJS == nil {
		t.Fatalf("/ links no main chunk:\n%s", index.Body)
	}

	type check func(t *testing.T, r response)
	contains := func(subs ...string) check {
		return func(t *testing.T, r response) {
			for _, s := range subs {
				if !strings.Contains(string(r.Body), s) {
					t.Errorf("body lacks %q:\n%.600s", s, r.Body)
				}
			}
		}
	}
	lacks := func(s string) check {
		return func(t *testing.T, r response) {
			if strings.Contains(string(r.Body), s) {
				t.Errorf("body holds %q", s)
			}
		}
	}
	errorIs := func(want string) check {
		return func(t *testing.T, r response) {
			if got := decode[errorBody](t, r).Error; got != want {
				t.Errorf("error = %q, want %q", got, want)
			}
		}
	}
	errorHas := func(want string) check {
		return func(t *testing.T, r response) {
			if got := decode[errorBody](t, r).Error; !strings.Contains(got, want) {
				t.Errorf("error = %q, want it to hold %q", got, want)
			}
		}
	}
	const (
		jsonType    = "application/json; charset=utf-8"
		apiJSON     = "application/json"
		htmlType    = "text/html; charset=utf-8"
		jsType      = "text/javascript; charset=utf-8"
		readOnlyMsg = "the server is read-only (start it with --writable to accept writes)"
	)
	nameQuery := `g.V("` + kistafinIRI + `").Out("<http://schema.org/name>").All()`
	tests := []struct {
		name   string
		method string
		path   string
		header map[string]string
		body   string
		status int
		ctype  string
		checks []check
	}{
		{name: "health", method: "GET", path: "/health", status: 200, ctype: jsonType, checks: []check{
			func(t *testing.T, r response) {
				want := health{Status: "ok", Quads: quads, Backend: "memory", ReadOnly: true}
				if got := decode[health](t, r); got != want {
					t.Errorf("health = %+v, want %+v", got, want)
				}
			}}},
		{name: "health POST", method: "POST", path: "/health", status: 405, ctype: jsonType},
		{name: "cayley ui", method: "GET", path: "/", status: 200, ctype: htmlType,
			checks: []check{contains(`<div id="root"></div>`, editorScript)}},
		{name: "cayley ui bundle", method: "GET", path: string(mainJS), status: 200, ctype: jsType,
			checks: []check{contains("window.location.origin"), lacks("localhost:64210")}},
		{name: "cayley ui gizmo types", method: "GET", path: "/gizmo.d.ts", status: 200},
		{name: "cayley ui missing file", method: "GET", path: "/static/js/nope.js", status: 404},
		{name: "cayley ui POST", method: "POST", path: "/", status: 405, ctype: jsonType},
		{name: "explore", method: "GET", path: "/explore", status: 200, ctype: htmlType,
			checks: []check{contains(`<script src="/explore/assets/explore.js" defer></script>`)}},
		{name: "explore script", method: "GET", path: "/explore/assets/explore.js", status: 200, ctype: jsType},
		{name: "explore style", method: "GET", path: "/explore/assets/explore.css", status: 200, ctype: "text/css; charset=utf-8"},
		{name: "editor stand-in", method: "GET", path: "/explore/assets/cayley-editor.js", status: 200, ctype: jsType},
		{name: "explore missing asset", method: "GET", path: "/explore/assets/nope.js", status: 404},
		{name: "explore elsewhere", method: "GET", path: "/explore/nope", status: 404},
		{name: "query catalog", method: "GET", path: "/api/queries", status: 200, ctype: jsonType, checks: []check{
			func(t *testing.T, r response) {
				var names []string
				for _, q := range decode[[]struct{ Name string }](t, r) {
					names = append(names, q.Name)
				}
				for _, want := range []string{"network", "provenance", "timeline", "who-met-whom"} {
					if !slices.Contains(names, want) {
						t.Errorf("catalog %q lacks %q", names, want)
					}
				}
			}}},
		{name: "canned query", method: "GET", path: "/api/queries/who-met-whom?person=Kistafin", status: 200, ctype: jsonType,
			checks: []check{counterparts("Imran Ismail", "Masuma Hasan")}},
		{name: "canned query again, from the cache", method: "GET", path: "/api/queries/who-met-whom?person=Kistafin", status: 200, ctype: jsonType,
			checks: []check{counterparts("Imran Ismail", "Masuma Hasan"), func(t *testing.T, r response) {
				if got := r.Header.Get(cacheHeaderKey); got != "hit" {
					t.Errorf("%s = %q, want hit", cacheHeaderKey, got)
				}
			}}},
		{name: "canned query as CSV", method: "GET", path: "/api/queries/who-met-whom?person=Kistafin",
			header: map[string]string{"Accept": "text/csv"}, status: 200, ctype: "text/csv; charset=utf-8",
			checks: []check{contains("event,kind,date,start,end,precision,date_basis,place,a_id,a,", "Imran Ismail")}},
		{name: "unknown query", method: "GET", path: "/api/queries/nope", status: 404, ctype: jsonType, checks: []check{errorHas(`unknown query "nope"`)}},
		{name: "bad parameter", method: "GET", path: "/api/queries/who-met-whom?from=someday", status: 400, ctype: jsonType, checks: []check{errorHas(`parameter "from"`)}},
		{name: "names", method: "GET", path: "/api/names?q=kistafin&kind=person", status: 200, ctype: jsonType, checks: []check{
			func(t *testing.T, r response) {
				got := decode[[]Name](t, r)
				if len(got) != 1 || got[0].ID != "yerzhan-kistafin" || got[0].Name != "Yerzhan Kistafin" || !slices.Contains(got[0].Aliases, "Y.Kistafin") {
					t.Errorf("names = %+v, want Yerzhan Kistafin alone, with his alias Y.Kistafin", got)
				}
			}}},
		{name: "names by word first", method: "GET", path: "/api/names?q=kist&limit=1", status: 200, ctype: jsonType, checks: []check{
			func(t *testing.T, r response) {
				if got := decode[[]Name](t, r); len(got) != 1 || got[0].ID != "yerzhan-kistafin" {
					t.Errorf("names = %+v, want Yerzhan Kistafin first (before Pakistan)", got)
				}
			}}},
		{name: "names bad kind", method: "GET", path: "/api/names?kind=planet", status: 400, ctype: jsonType,
			checks: []check{errorIs(`unknown kind "planet" (want person, org, country, group, place, post)`)}},
		{name: "names bad limit", method: "GET", path: "/api/names?limit=0", status: 400, ctype: jsonType},
		{name: "api v2 query", method: "POST", path: "/api/v2/query?lang=gizmo", body: nameQuery, status: 200, ctype: apiJSON,
			checks: []check{contains(`{"result":[{"id":"Yerzhan Kistafin"}]}`)}},
		{name: "api v2 query GET", method: "GET", path: "/api/v2/query?lang=gizmo&qu=" + urlQuery(nameQuery), status: 200, ctype: apiJSON,
			checks: []check{contains(`{"result":[{"id":"Yerzhan Kistafin"}]}`)}},
		{name: "api v2 query JSON-LD", method: "POST", path: "/api/v2/query?lang=gizmo", body: `g.V("` + kistafinIRI + `").All()`,
			header: map[string]string{"Accept": "application/ld+json"}, status: 200, ctype: "application/ld+json",
			checks: []check{contains(`{"result":[{"id":{"@id":"https://bilat.dev/id/person/yerzhan-kistafin"}}]}`)}},
		{name: "api v2 no language", method: "POST", path: "/api/v2/query", body: "g.V().All()", status: 400, ctype: jsonType, checks: []check{errorIs("query language not specified")}},
		{name: "api v2 bad language", method: "POST", path: "/api/v2/query?lang=sparql", body: "g.V().All()", status: 400, ctype: jsonType, checks: []check{errorIs(`unknown query language "sparql"`)}},
		{name: "api v2 script error", method: "POST", path: "/api/v2/query?lang=gizmo", body: "g.V(", status: 400, ctype: jsonType},
		{name: "api v2 formats", method: "GET", path: "/api/v2/formats", status: 200, ctype: apiJSON, checks: []check{contains(`"id":"nquads"`)}},
		{name: "api v2 read", method: "GET", path: "/api/v2/read?format=nquads&sub=" + urlQuery(kistafinIRI) + "&pred=" + urlQuery("<http://schema.org/name>"),
			status: 200, ctype: "application/n-quads",
			checks: []check{contains(kistafinIRI + ` <http://schema.org/name> "Yerzhan Kistafin" <https://bilat.dev/id/curation> .`)}},
		{name: "api v2 write refused", method: "POST", path: "/api/v2/write", body: "<a> <b> <c> .", status: 403, ctype: jsonType, checks: []check{errorIs(readOnlyMsg)}},
		{name: "api v2 delete refused", method: "POST", path: "/api/v2/delete", body: "<a> <b> <c> .", status: 403, ctype: jsonType, checks: []check{errorIs(readOnlyMsg)}},
		{name: "api v2 node delete refused", method: "POST", path: "/api/v2/node/delete", body: kistafinIRI, status: 403, ctype: jsonType, checks: []check{errorIs(readOnlyMsg)}},
		{name: "api v2 body too large", method: "POST", path: "/api/v2/query?lang=gizmo", body: strings.Repeat(" ", DefaultMaxBody+1), status: 413, ctype: jsonType,
			checks: []check{errorIs(fmt.Sprintf("request body of %d bytes is over the limit of %d", DefaultMaxBody+1, DefaultMaxBody))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ts.do(t, tt.method, tt.path, tt.header, tt.body)
			if r.Status != tt.status {
				t.Fatalf("status = %d, want %d; body:\n%.600s", r.Status, tt.status, r.Body)
			}
			if tt.ctype != "" && r.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type = %q, want %q", r.Header.Get("Content-Type"), tt.ctype)
			}
			for _, c := range tt.checks {
				c(t, r)
			}
		})
	}

	// Nothing is fetched from elsewhere by Bilat's own pages.
	r := ts.do(t, "GET", "/explore", nil, "")
	if csp := r.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
		t.Errorf("/explore Content-Security-Policy = %q, want default-src 'self'", csp)
	}
	for _, h := range []string{"Access-Control-Allow-Origin"} {
		r := ts.do(t, "GET", "/api/queries", map[string]string{"Origin": "https://elsewhere.example"}, "")
		if v := r.Header.Get(h); v != "" {
			t.Errorf("%s = %q with no --cors-origin, want none", h, v)
		}
	}
}

// counterparts checks that who-met-whom rows for Kistafin hold the names
// as the other party.
func counterparts(names ...string) func(*testing.T, response) {
	return func(t *testing.T, r response) {
		res := decode[struct {
			Rows []map[string]any `json:"rows"`
		}](t, r)
		var got []string
		for _, row := range res.Rows {
			if row["a"] != "Yerzhan Kistafin" {
				t.Errorf("row %v: a = %v, want Yerzhan Kistafin", row, row["a"])
			}
			got = append(got, fmt.Sprint(row["b"]))
		}
		for _, n := range names {
			if !slices.Contains(got, n) {
				t.Errorf("counterparts %q lack %q", got, n)
			}
		}
	}
}

func urlQuery(s string) string {
	r := strings.NewReplacer("%", "%25", "&", "%26", "+", "%2B", " ", "%20", "#", "%23", "<", "%3C", ">", "%3E", `"`, "%22")
	return r.Replace(s)
}

// TestLimit checks that API v2 answers as many rows as Config.Limit, not
// Cayley's silent default of 100.
func TestLimit(t *testing.T) {
	count := func(ts *testServer) int {
		r := ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, "g.V().All()")
		if r.Status != 200 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		return len(decode[struct{ Result []any }](t, r).Result)
	}
	s := openSeed(t, graph.Config{Backend: graph.Memory})
	defer s.Close()
	all := count(start(t, s, Config{Limit: 1 << 30}))
	if all <= 100 {
		t.Fatalf("the seed data has %d nodes; the test needs more than 100", all)
	}
	if got := count(start(t, s, Config{Limit: 7})); got != 7 {
		t.Errorf("Limit 7: %d rows, want 7", got)
	}
	if got := count(start(t, s, Config{})); got != all {
		t.Errorf("default limit: %d rows, want every node (%d)", got, all)
	}
}

// TestRunawayQuery sends a query that never ends; the server stops it at
// the timeout with a clean 504 and answers other requests meanwhile.
func TestRunawayQuery(t *testing.T) {
	const timeout = time.Second
	ts := startSeed(t, Config{Timeout: timeout})
	began := time.Now()
	done := make(chan response, 1)
	go func() { done <- ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, "while(true){}") }()

	time.Sleep(200 * time.Millisecond) // the loop is running
	for _, path := range []string{"/health", "/api/queries/who-met-whom?person=Kistafin"} {
		t0 := time.Now()
		r := ts.do(t, "GET", path, nil, "")
		if r.Status != 200 {
			t.Errorf("%s during the runaway query: status %d: %s", path, r.Status, r.Body)
		}
		if d := time.Since(t0); d > timeout/2 {
			t.Errorf("%s took %s while the runaway query ran", path, d)
		}
	}
	select {
	case <-done:
		t.Fatalf("the runaway query returned after %s, before the other requests were done", time.Since(began))
	default:
	}

	r := <-done
	took := time.Since(began)
	if r.Status != http.StatusGatewayTimeout {
		t.Fatalf("runaway query: status %d, want 504: %s", r.Status, r.Body)
	}
	if got, want := decode[errorBody](t, r).Error, timeoutMessage(timeout); got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	if took < timeout || took > timeout+2*time.Second {
		t.Errorf("runaway query answered after %s, want about %s", took, timeout)
	}
	// The interrupted script does not keep running: the next query is quick.
	t0 := time.Now()
	if r := ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, `g.V("`+kistafinIRI+`").All()`); r.Status != 200 {
		t.Errorf("query after the runaway one: status %d: %s", r.Status, r.Body)
	}
	if d := time.Since(t0); d > timeout/2 {
		t.Errorf("query after the runaway one took %s", d)
	}
}

func TestWritable(t *testing.T) {
	const token = "s3cret"
	ts := startSeed(t, Config{Writable: true, Token: token})
	quads := func() int64 { return decode[health](t, ts.do(t, "GET", "/health", nil, "")).Quads }
	before := quads()
	const quad = `<https://bilat.dev/id/person/test> <http://schema.org/name> "Test" .`
	// A cached answer does not outlive a write.
	const nameOfTest = `g.V("<https://bilat.dev/id/person/test>").Out("<http://schema.org/name>").All()`
	ask := func(wantCache, wantBody string) {
		t.Helper()
		r := ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, nameOfTest)
		if got := r.Header.Get(cacheHeaderKey); got != wantCache || !strings.Contains(string(r.Body), wantBody) {
			t.Errorf("query: cache %q, body %s; want cache %q, body with %s", got, r.Body, wantCache, wantBody)
		}
	}
	ask("miss", `{"result":null}`)
	ask("hit", `{"result":null}`)
	for _, tc := range []struct {
		name   string
		header map[string]string
		status int
	}{
		{"no token", nil, 403},
		{"wrong token", map[string]string{"Authorization": "Bearer nope"}, 403},
		{"token", map[string]string{"Authorization": "Bearer " + token}, 200},
	} {
		r := ts.do(t, "POST", "/api/v2/write", tc.header, quad)
		if r.Status != tc.status {
			t.Errorf("write with %s: status %d, want %d: %s", tc.name, r.Status, tc.status, r.Body)
		}
	}
	if got := quads(); got != before+1 {
		t.Errorf("after the write: %d quads, want %d", got, before+1)
	}
	ask("miss", `{"result":[{"id":"Test"}]}`)
	if r := ts.do(t, "POST", "/api/v2/delete", nil, quad); r.Status != 403 {
		t.Errorf("delete without token: status %d, want 403", r.Status)
	}
	r := ts.do(t, "POST", "/api/v2/delete", map[string]string{"Authorization": "Bearer " + token}, quad)
	if r.Status != 200 {
		t.Errorf("delete with token: status %d: %s", r.Status, r.Body)
	}
	if got := quads(); got != before {
		t.Errorf("after the delete: %d quads, want %d", got, before)
	}
	if _, err := New(ts.Store, Config{Writable: true}); err == nil {
		t.Error("New made a writable server with no token")
	}
}

func TestCORS(t *testing.T) {
	const origin = "http://tools.example:8000"
	ts := startSeed(t, Config{CORSOrigin: origin})
	r := ts.do(t, "OPTIONS", "/api/queries/who-met-whom", map[string]string{"Origin": origin, "Access-Control-Request-Method": "GET"}, "")
	if r.Status != 204 || r.Header.Get("Access-Control-Allow-Origin") != origin || r.Header.Get("Access-Control-Allow-Methods") == "" {
		t.Errorf("preflight: status %d, headers %v", r.Status, r.Header)
	}
	r = ts.do(t, "GET", "/health", map[string]string{"Origin": origin}, "")
	if got := r.Header.Get("Access-Control-Allow-Origin"); got != origin {
		t.Errorf("GET from %s: Access-Control-Allow-Origin = %q", origin, got)
	}
	r = ts.do(t, "GET", "/health", map[string]string{"Origin": "http://evil.example"}, "")
	if got := r.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("GET from another origin: Access-Control-Allow-Origin = %q, want none", got)
	}
}

// TestSlowClient: a client that never finishes its headers is cut off.
func TestSlowClient(t *testing.T) {
	ts := startSeed(t, Config{HeaderTimeout: 300 * time.Millisecond})
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "GET /health HTTP/1.1\r\nHost: x\r\n") // and no more
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	t0 := time.Now()
	_, err = io.ReadAll(bufio.NewReader(conn))
	if d := time.Since(t0); err != nil || d > 3*time.Second {
		t.Errorf("the server kept a client slow to send its headers for %s (err %v)", d, err)
	}
}

// TestGracefulShutdown: on shutdown a request in flight is answered, the
// store is closed and a bolt file is left unlocked and whole.
func TestGracefulShutdown(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bilat.db")
	s := openSeed(t, graph.Config{Backend: graph.Bolt, Path: path})
	counts, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ts := start(t, s, Config{})
	slow := `var t0 = new Date().getTime(); while (new Date().getTime() - t0 < 700) {}; g.V("` + kistafinIRI + `").All()`
	done := make(chan response, 1)
	go func() { done <- ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, slow) }()
	time.Sleep(200 * time.Millisecond)
	if err := ts.stop(); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.Status != 200 || !strings.Contains(string(r.Body), "yerzhan-kistafin") {
		t.Errorf("request in flight at shutdown: status %d: %s", r.Status, r.Body)
	}
	if _, err := http.Get(ts.URL + "/health"); err == nil {
		t.Error("the server still answers after shutdown")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path})
	if err != nil {
		t.Fatalf("reopening the bolt file: %v", err)
	}
	defer again.Close()
	got, err := again.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != counts[0] {
		t.Errorf("after reopening: %v, want %v", got[0], counts[0])
	}
}

// TestShutdownCancels: a request still running when the grace period ends
// is cancelled, so that shutdown does not wait for the query timeout.
func TestShutdownCancels(t *testing.T) {
	ts := startSeed(t, Config{ShutdownGrace: 300 * time.Millisecond})
	done := make(chan struct{})
	go func() {
		defer close(done)
		req, _ := http.NewRequest("POST", ts.URL+"/api/v2/query?lang=gizmo", strings.NewReader("while(true){}"))
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
		}
	}()
	time.Sleep(200 * time.Millisecond)
	t0 := time.Now()
	if err := ts.stop(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(t0); d > 3*time.Second {
		t.Errorf("shutdown took %s with a runaway query in flight, want about the 300ms grace", d)
	}
	<-done
}

// TestMaxQueries: with every query slot taken, a query waits for its turn
// while the health check is answered at once.
func TestMaxQueries(t *testing.T) {
	const timeout = 2 * time.Second
	ts := startSeed(t, Config{Timeout: timeout, MaxQueries: 1})
	done := make(chan response, 1)
	go func() { done <- ts.do(t, "POST", "/api/v2/query?lang=gizmo", nil, "while(true){}") }()
	time.Sleep(200 * time.Millisecond)

	t0 := time.Now()
	if r := ts.do(t, "GET", "/health", nil, ""); r.Status != 200 || time.Since(t0) > time.Second {
		t.Errorf("health with the query slot taken: status %d after %s", r.Status, time.Since(t0))
	}
	t0 = time.Now()
	r := ts.do(t, "GET", "/api/queries/post-holders?post=governor-of-sindh", nil, "")
	waited := time.Since(t0)
	if r.Status != 200 {
		t.Errorf("query after its turn: status %d: %s", r.Status, r.Body)
	}
	if waited < timeout/2 {
		t.Errorf("query answered after %s, while the only slot was taken for %s", waited, timeout)
	}
	if r := <-done; r.Status != http.StatusGatewayTimeout {
		t.Errorf("runaway query: status %d, want 504", r.Status)
	}
}
