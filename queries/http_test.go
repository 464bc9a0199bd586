package queries_test

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/bilat/bilat/queries"
)

// get fetches a path from a real server on 127.0.0.1.
func get(t *testing.T, srv *httptest.Server, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(queries.Handler(seed(t)))
	defer srv.Close()

	resp, body := get(t, srv, "/api/queries")
	var list []queries.Query
	if err := json.Unmarshal([]byte(body), &list); err != nil || resp.StatusCode != 200 {
		t.Fatalf("list: %d %v\n%s", resp.StatusCode, err, body)
	}
	if len(list) != len(queries.Catalog()) || list[0].Name == "" || len(list[0].Params) == 0 && list[0].Name == "who-met-whom" {
		t.Errorf("list: %+v", list)
	}

	q := url.Values{"post": {"Governor of Sindh"}, "at": {"2021-10-15"}}
	resp, body = get(t, srv, "/api/queries/post-holders?"+q.Encode())
	var out struct {
		Query     string           `json:"query"`
		Columns   []string         `json:"columns"`
		Rows      []map[string]any `json:"rows"`
		Count     int              `json:"count"`
		Truncated bool             `json:"truncated"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || resp.StatusCode != 200 {
		t.Fatalf("post-holders: %d %v\n%s", resp.StatusCode, err, body)
	}
	if out.Count != 1 || out.Rows[0]["holder"] != "Imran Ismail" || out.Truncated {
		t.Errorf("who was Governor of Sindh on 2021-10-15: %s", body)
	}
	// Rows keep the columns' order.
	if i, j := strings.Index(body, `"post":`), strings.Index(body, `"holder":`); i < 0 || j < i {
		t.Errorf("row keys out of column order: %s", body)
	}

	for _, how := range [][]string{{"?format=csv&"}, {"?", "Accept", "text/csv"}} {
		resp, body = get(t, srv, "/api/queries/post-holders"+how[0]+q.Encode(), how[1:]...)
		recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("csv %v: %d %v\n%s", how, resp.StatusCode, err, body)
		}
		if len(recs) != 2 || strings.Join(recs[0], ",") != "post,holder,from,until,attested,source" || recs[1][1] != "Imran Ismail" {
			t.Errorf("csv %v: %q", how, recs)
		}
	}

	resp, body = get(t, srv, "/api/queries/who-met-whom?person=Kistafin&limit=2")
	if err := json.Unmarshal([]byte(body), &out); err != nil || out.Count != 2 || !out.Truncated || resp.Header.Get("X-Bilat-Truncated") != "true" {
		t.Errorf("limit 2: %v %+v", err, out)
	}

	// columns=a,b picks and orders the columns.
	resp, body = get(t, srv, "/api/queries/post-holders?columns=holder,post&format=csv&"+q.Encode())
	if resp.StatusCode != 200 || body != "holder,post\nImran Ismail,Governor of Sindh\n" {
		t.Errorf("columns=holder,post: %d %q", resp.StatusCode, body)
	}

	// The assembled text, as the Cayley UI runs it.
	wmw, _ := queries.Lookup("who-met-whom")
	resp, body = get(t, srv, "/api/queries/who-met-whom.js")
	if resp.StatusCode != 200 || body != wmw.Source || resp.Header.Get("Content-Type") != "text/javascript; charset=utf-8" ||
		!strings.Contains(body, "\nfunction resolve(") || strings.Contains(body, "bilat:include") {
		t.Errorf("who-met-whom.js: %d %s, %d bytes", resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
	}

	for _, tc := range []struct {
		path   string
		status int
		msg    string
	}{
		{"/api/queries/nope", 404, `unknown query "nope"`},
		{"/api/queries/nope.js", 404, `unknown query "nope"`},
		{"/api/queries/who-met-whom?frm=2021", 400, `parameter "frm": unknown parameter`},
		{"/api/queries/who-met-whom?from=2021-02-30", 400, `date "2021-02-30" is not a day of the calendar`},
		{"/api/queries/post-holders", 400, `parameter "post": required`},
		{"/api/queries/who-met-whom?person=a&person=b", 400, `given 2 times`},
		{"/api/queries/who-met-whom?limit=-1", 400, `not a row count`},
		{"/api/queries/who-met-whom?format=xml", 400, `not json or csv`},
		{"/api/queries/who-met-whom?columns=a,nope", 400, `parameter "columns": unknown column "nope" (want some of event,`},
		{"/api/queries/who-met-whom?from=2023&to=2022", 400, `parameter "to": "2022" ends before from "2023" starts`},
		{"/api/queries/path?from=Kistafin&to=PIIA&max-hops=-3", 400, `parameter "max-hops": -3 is out of range (want 1 or more)`},
		{"/api/queries/visits?year=-1", 400, `parameter "year": -1 is out of range (want 1 to 9999)`},
	} {
		resp, body := get(t, srv, tc.path)
		var e struct{ Error string }
		if err := json.Unmarshal([]byte(body), &e); err != nil || resp.StatusCode != tc.status || !strings.Contains(e.Error, tc.msg) {
			t.Errorf("%s: %d %s, want %d with %q", tc.path, resp.StatusCode, body, tc.status, tc.msg)
		}
	}
}

// TestHandlerMiss: a name that matches nothing answers 404 with the
// parameter, its value and the closest names.
func TestHandlerMiss(t *testing.T) {
	srv := httptest.NewServer(queries.Handler(seed(t)))
	defer srv.Close()
	resp, body := get(t, srv, "/api/queries/who-met-whom?person=Kistafn")
	want := `{"error":"query \"who-met-whom\": parameter \"person\": no person or post named \"Kistafn\" in the graph (closest: \"Yerzhan Kistafin\")","param":"person","value":"Kistafn","closest":["Yerzhan Kistafin"]}` + "\n"
	if resp.StatusCode != http.StatusNotFound || body != want || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("miss: %d %s\nwant 404 %s", resp.StatusCode, body, want)
	}
	resp, body = get(t, srv, "/api/queries/path?from=Kistafin&to=nobody+at+all")
	if resp.StatusCode != http.StatusNotFound || !strings.HasSuffix(body, `"param":"to","value":"nobody at all","closest":[]}`+"\n") {
		t.Errorf("miss with nothing close: %d %s", resp.StatusCode, body)
	}
	// Names match without accents or punctuation over HTTP too.
	resp, body = get(t, srv, "/api/queries/who-met-whom?person=mehmet+pacaci&columns=a,b&format=csv")
	if resp.StatusCode != http.StatusOK || body != "a,b\nMehmet Paçaci,Muhammad Baligh ur Rehman\n" {
		t.Errorf("mehmet pacaci: %d %q", resp.StatusCode, body)
	}
	resp, body = get(t, srv, "/api/queries/who-met-whom?person=Masuma+Hasan&from=2030")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"rows":[],"count":0`) {
		t.Errorf("a known person with no rows: %d %s", resp.StatusCode, body)
	}
}

func TestHandlerTimeout(t *testing.T) {
	srv := httptest.NewServer(queries.NewHandler(seed(t), queries.HandlerOptions{Timeout: time.Nanosecond}))
	defer srv.Close()
	resp, body := get(t, srv, "/api/queries/who-met-whom")
	if resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(body, `"error"`) {
		t.Errorf("timeout: %d %s", resp.StatusCode, body)
	}
}

// TestHandlerNoServerErrors sends odd and edge values for every parameter
// of every query: each answers 200, 400 or 404, never a script error (500).
func TestHandlerNoServerErrors(t *testing.T) {
	srv := httptest.NewServer(queries.Handler(seed(t)))
	defer srv.Close()
	values := map[string][]string{
		queries.TypeString: {"", " ", "%", `\`, "'", "\x00", strings.Repeat("a", 3000), "ÇÇ", "<>", "..."},
		queries.TypeDate:   {"", "0001", "9999-12-31", "2021-02-29", "2021/2020", "0001-01-01/9999-12-31"},
		queries.TypeInt:    {"", "-1", "0", "1", "9999", "99999999999999999999", "1.5"},
		queries.TypeBool:   {"", "yes", "0"},
	}
	for _, q := range queries.Catalog() {
		for _, p := range q.Params {
			for _, v := range values[p.Type] {
				params := url.Values{p.Name: {v}}
				for _, r := range q.Params {
					if r.Required && r.Name != p.Name {
						params.Set(r.Name, "Kistafin")
					}
				}
				resp, body := get(t, srv, "/api/queries/"+q.Name+"?"+params.Encode())
				if resp.StatusCode >= 500 {
					t.Errorf("%s %s=%.20q: %d %s", q.Name, p.Name, v, resp.StatusCode, body)
				}
			}
		}
	}
}
