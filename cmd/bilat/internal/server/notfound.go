package server

import (
	"fmt"
	"net/http"
	"strings"
)

// serveAPINotFound answers a path under /api/ that no endpoint has: 404,
// in JSON as the rest of the API, whatever the method.
func serveAPINotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("no API endpoint at %s", r.URL.Path))
}

// apiV2Paths are the endpoints of Cayley's API v2.
var apiV2Paths = map[string]bool{
	"/api/v2/query": true, "/api/v2/read": true, "/api/v2/formats": true,
	"/api/v2/write": true, "/api/v2/delete": true, "/api/v2/node/delete": true,
}

// apiV2Gaps fills two gaps of Cayley's API v2: a path under /api/v2/ that
// it does not have gets Bilat's JSON 404 rather than its router's
// plain-text one, and a query in MQL, whose results have no JSON-LD form,
// is answered in JSON when JSON-LD is asked for (as the Cayley UI always
// asks), rather than refused with "unsupported collation".
func apiV2Gaps(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !apiV2Paths[r.URL.Path] {
			serveAPINotFound(w, r)
			return
		}
		if r.URL.Path == "/api/v2/query" && r.URL.Query().Get("lang") == "mql" &&
			strings.Contains(r.Header.Get("Accept"), "application/ld+json") {
			r = r.Clone(r.Context())
			r.Header.Set("Accept", "application/json")
		}
		next.ServeHTTP(w, r)
	})
}
