package server

import (
	"net/url"
	"testing"
)

// TestNamesFold: the explorer's suggestions ignore accents and
// punctuation, as the queries' matching does.
func TestNamesFold(t *testing.T) {
	ts := startSeed(t, Config{})
	waitForNames(t, ts)
	for q, want := range map[string]string{"mehmet pacaci": "mehmet-pacaci", "y kistafin": "yerzhan-kistafin", "PAÇACI": "mehmet-pacaci"} {
		got := decode[[]Name](t, ts.do(t, "GET", "/api/names?kind=person&q="+url.QueryEscape(q), nil, ""))
		if len(got) != 1 || got[0].ID != want {
			t.Errorf("/api/names?q=%s: %+v, want %s alone", q, got, want)
		}
	}
}

// TestQueryMiss: through the server, a name that matches nothing answers
// 404 with the closest names.
func TestQueryMiss(t *testing.T) {
	ts := startSeed(t, Config{})
	r := ts.do(t, "GET", "/api/queries/timeline?who=Masuma+Hasen", nil, "")
	got := decode[struct {
		Error   string
		Param   string
		Closest []string
	}](t, r)
	if r.Status != 404 || got.Param != "who" || len(got.Closest) != 1 || got.Closest[0] != "Masuma Hasan" {
		t.Errorf("miss: %d %s", r.Status, r.Body)
	}
}
