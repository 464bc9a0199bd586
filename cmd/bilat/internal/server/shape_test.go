package server

import (
	"strings"
	"testing"
	"time"
)

// The Query Shape tab's endpoint answers the shapes Cayley's optimizer
// makes of a query's paths, in all three of the UI's languages, and a
// message where there is none; the UI throws on an "error" key, so only
// real errors carry one.
func TestShape(t *testing.T) {
	ts := startSeed(t, Config{})
	const (
		name   = `<http://schema.org/name>`
		jsonCT = "application/json; charset=utf-8"
	)
	tests := []struct {
		name, lang, query string
		status            int
		body              string
	}{
		{"gizmo out", "gizmo", `g.V("` + kistafinIRI + `").Out("` + name + `").All()`, 200,
			`{"shapes":[{"type":"QuadsAction","direction":"object","match":{"predicate":"<http://schema.org/name>","subject":"<https://bilat.dev/id/person/yerzhan-kistafin>"}}]}`},
		{"gizmo has, tag, in, limit", "gizmo", `g.V().Has("` + name + `", "Yerzhan Kistafin").Tag("who").In("<https://bilat.dev/ns/host>").Limit(3).All()`, 200,
			`{"shapes":[{"type":"Page","limit":3,"from":{"type":"NodesFrom","direction":"subject","from":{"type":"Quads","quads":[` +
				`{"direction":"predicate","values":{"type":"Fixed","values":["<https://bilat.dev/ns/host>"]}},` +
				`{"direction":"object","values":{"type":"Save","tags":["who"],"from":{"type":"QuadsAction","direction":"subject","match":{"object":"\"Yerzhan Kistafin\"","predicate":"<http://schema.org/name>"}}}}]}}}]}`},
		{"gizmo two paths, and a filter", "gizmo", `g.V("<a>").All(); g.V().Filter(regex("^Y")).ToArray()`, 200,
			`{"shapes":[{"type":"Fixed","values":["<a>"]},{"type":"Filter","filters":["regex ^Y"],"from":{"type":"AllNodes"}}]}`},
		{"gizmo without a final", "gizmo", `g.V("<a>").Out("<b>")`, 200, `{"message":"` + noShapeMessage + `"}`},
		{"gizmo recursive", "gizmo", `g.V("<a>").FollowRecursive("<b>").All()`, 200, `{"note":"` + unshapedNote + `"}`},
		{"gizmo syntax error", "gizmo", `g.V(`, 400, `{"error":"SyntaxError: (anonymous): Line 1:5 Unexpected end of input (and 1 more errors)"}`},
		{"graphql", "graphql", `{ nodes(id: "` + kistafinIRI + `") { id name: ` + name + ` } }`, 200,
			`{"shapes":[{"type":"Save","tags":["id"],"from":{"type":"QuadsAction","direction":"subject","match":{"predicate":"<http://schema.org/name>","subject":"<https://bilat.dev/id/person/yerzhan-kistafin>"},"save":{"object":["name"]}}}]}`},
		{"mql", "mql", `[{"id": "` + kistafinIRI + `", "` + name + `": null}]`, 200, ""},
		{"unknown language", "sparql", `SELECT * WHERE {}`, 404, `{"error":"unknown query language \"sparql\" (want gizmo, graphql, mql)"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ts.do(t, "POST", "/api/v1/shape/"+tt.lang, nil, tt.query)
			if r.Status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.Status, tt.status, r.Body)
			}
			if ct := r.Header.Get("Content-Type"); ct != jsonCT {
				t.Errorf("Content-Type %q, want %q", ct, jsonCT)
			}
			got := strings.TrimSpace(string(r.Body))
			if tt.body == "" {
				// MQL's shape is long; it names what the query asks.
				for _, want := range []string{`"type":"IntersectOpt"`, `"<https://bilat.dev/id/person/yerzhan-kistafin>"`, `"<http://schema.org/name>"`} {
					if !strings.Contains(got, want) {
						t.Errorf("shape lacks %s:\n%s", want, got)
					}
				}
				return
			}
			if got != tt.body {
				t.Errorf("answer\n%s\nwant\n%s", got, tt.body)
			}
		})
	}

	r := ts.do(t, "GET", "/api/v1/shape/gizmo", nil, "")
	if r.Status != 405 || r.Header.Get("Allow") != "POST" {
		t.Errorf("GET: status %d, Allow %q, want 405 and POST", r.Status, r.Header.Get("Allow"))
	}
}

// A query's program that never ends is stopped by the server's timeout.
func TestShapeTimeout(t *testing.T) {
	ts := startSeed(t, Config{Timeout: 300 * time.Millisecond})
	r := ts.do(t, "POST", "/api/v1/shape/gizmo", nil, `while (true) {}`)
	want := `{"error":"` + timeoutMessage(300*time.Millisecond) + `"}`
	if got := strings.TrimSpace(string(r.Body)); r.Status != 504 || got != want {
		t.Errorf("status %d, %s; want 504, %s", r.Status, got, want)
	}
}

// Paths that nothing answers are 404, whatever the method: in JSON under
// /api/, and as Go's file server says elsewhere.
func TestNotFound(t *testing.T) {
	ts := startSeed(t, Config{})
	for _, tt := range []struct{ method, path, ctype, body string }{
		{"POST", "/api/v1/query/gizmo", "application/json; charset=utf-8", `{"error":"no API endpoint at /api/v1/query/gizmo"}`},
		{"GET", "/api/v2/nope", "application/json; charset=utf-8", `{"error":"no API endpoint at /api/v2/nope"}`},
		{"POST", "/api/v2/nope", "application/json; charset=utf-8", `{"error":"no API endpoint at /api/v2/nope"}`},
		{"DELETE", "/api/nope", "application/json; charset=utf-8", `{"error":"no API endpoint at /api/nope"}`},
		{"POST", "/nope", "text/plain; charset=utf-8", "404 page not found"},
		{"GET", "/static/js/nope.js", "text/plain; charset=utf-8", "404 page not found"},
	} {
		r := ts.do(t, tt.method, tt.path, nil, "x")
		if got := strings.TrimSpace(string(r.Body)); r.Status != 404 || r.Header.Get("Content-Type") != tt.ctype || got != tt.body {
			t.Errorf("%s %s: %d %q %s; want 404 %q %s", tt.method, tt.path, r.Status, r.Header.Get("Content-Type"), got, tt.ctype, tt.body)
		}
	}
	// Where something is, another method is still 405.
	if r := ts.do(t, "POST", "/", nil, "x"); r.Status != 405 {
		t.Errorf("POST /: %d, want 405", r.Status)
	}
}

// GraphQL and MQL are answered on API v2 as `cayley http` answers them;
// MQL, which has no JSON-LD results, in JSON when the UI asks for JSON-LD.
func TestQueryLanguages(t *testing.T) {
	ts := startSeed(t, Config{})
	ld := map[string]string{"Accept": "application/ld+json"}
	for _, tt := range []struct {
		lang, query string
		header      map[string]string
		want        string
	}{
		{"graphql", `{ nodes(id: "` + kistafinIRI + `") { id name: <http://schema.org/name> } }`, ld,
			`{"data":{"nodes":{"id":"https://bilat.dev/id/person/yerzhan-kistafin","name":"Yerzhan Kistafin"}}}`},
		{"mql", `[{"id": "` + kistafinIRI + `", "<http://schema.org/name>": null}]`, nil,
			`{"result":[{"<http://schema.org/name>":"Yerzhan Kistafin","id":"<https://bilat.dev/id/person/yerzhan-kistafin>"}]}`},
		{"mql", `[{"id": "` + kistafinIRI + `", "<http://schema.org/name>": null}]`, ld,
			`{"result":[{"<http://schema.org/name>":"Yerzhan Kistafin","id":"<https://bilat.dev/id/person/yerzhan-kistafin>"}]}`},
	} {
		r := ts.do(t, "POST", "/api/v2/query?lang="+tt.lang, tt.header, tt.query)
		if got := strings.TrimSpace(string(r.Body)); r.Status != 200 || got != tt.want {
			t.Errorf("%s %v: %d %s; want 200 %s", tt.lang, tt.header, r.Status, got, tt.want)
		}
	}
}
