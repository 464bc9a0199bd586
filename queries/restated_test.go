package queries_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
)

// restatedEvent is one report's account of the talks of Aidar Bekov (KZ,
// guest) and Omar Farooq (PK, host) in Islamabad.
type restatedEvent struct{ kind, status, date string }

// writeRestated writes two reports that state the same event, each in its
// own words, next to the fixture's entities.
func writeRestated(t *testing.T, a, b restatedEvent) string {
	t.Helper()
	dir := t.TempDir()
	for i, e := range []restatedEvent{a, b} {
		id := []string{"ra", "rb"}[i]
		status := ""
		if e.status != "" {
			status = "\n    status: " + e.status
		}
		src := fmt.Sprintf(`source:
  id: %[1]s-2021-06-10
  url: https://%[1]s.example/2021/06/10
  publisher: Report %[2]s
  title: Talks in Islamabad
  published: 2021-06-10

events:
  - id: bekov-farooq-restated
    kind: %[3]s%[4]s
    title: Talks of Aidar Bekov and Omar Farooq
    date: %[5]s
    place: islamabad
    participants:
      - {who: aidar-bekov, role: guest}
      - {who: omar-farooq, role: host}
`, id, []string{"A", "B"}[i], e.kind, status, e.date)
		if err := os.WriteFile(filepath.Join(dir, id+".yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestRestatedDisagreeing checks that who-met-whom keeps a held meeting
// whatever a second report that restates it says of its kind, status or
// date: a held (or background) status from any report counts, and the
// event spans the days of every report that dates it. (Validation refuses
// a restatement whose date does not overlap the first's, so the second
// report's dates here are a span around the first's day.)
func TestRestatedDisagreeing(t *testing.T) {
	const sources = "Report A (https://ra.example/2021/06/10); Report B (https://rb.example/2021/06/10)"
	row := func(kind, date string) map[string]string {
		return map[string]string{
			"event": "bekov-farooq-restated", "kind": kind, "date": date, "start": date, "end": date, "precision": "day", "date_basis": "", "place": "Islamabad",
			"a": "Aidar Bekov", "a_id": "aidar-bekov", "a_post": "", "a_country": "KZ",
			"b": "Omar Farooq", "b_id": "omar-farooq", "b_post": "", "b_country": "PK", "topics": "", "source": sources,
		}
	}
	cases := []struct {
		name   string
		a, b   restatedEvent
		params map[string]string
		want   []map[string]string // nil: no row; columns as the CSV gives them
	}{
		{"held, restated as planned", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"talks", "planned", "2021-06-04"}, nil, []map[string]string{row("talks", "2021-06-04")}},
		{"held, restated as cancelled", restatedEvent{"talks", "held", "2021-06-04"}, restatedEvent{"talks", "cancelled", "2021-06-04"}, nil, []map[string]string{row("talks", "2021-06-04")}},
		{"planned, restated as held", restatedEvent{"talks", "planned", "2021-06-04"}, restatedEvent{"talks", "held", "2021-06-04"}, nil, []map[string]string{row("talks", "2021-06-04")}},
		{"cancelled, restated as background", restatedEvent{"talks", "cancelled", "2021-06-04"}, restatedEvent{"talks", "background", "2021-06-04"}, nil, []map[string]string{row("talks", "2021-06-04")}},
		{"planned, restated as cancelled", restatedEvent{"talks", "planned", "2021-06-04"}, restatedEvent{"talks", "cancelled", "2021-06-04"}, nil, nil},
		{"kind and date differ", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"meeting", "", "2021-06-04/2021-06-05"}, nil, []map[string]string{row("meeting", "2021-06-04")}},
		{"kind and date differ, by person", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"meeting", "", "2021-06-04/2021-06-05"}, map[string]string{"person": "Bekov"}, []map[string]string{row("meeting", "2021-06-04")}},
		{"kind and date differ, by country", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"meeting", "", "2021-06-04/2021-06-05"}, map[string]string{"country": "PK"}, []map[string]string{row("meeting", "2021-06-04")}},
		{"dates differ, range of the first", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"talks", "", "2021-06-04/2021-06-05"}, map[string]string{"from": "2021-06-04", "to": "2021-06-04"}, []map[string]string{row("talks", "2021-06-04")}},
		{"dates differ, range of the second", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"talks", "", "2021-06-04/2021-06-05"}, map[string]string{"from": "2021-06-05", "to": "2021-06-05"}, []map[string]string{row("talks", "2021-06-04")}},
		{"dates differ, held on the second's", restatedEvent{"talks", "planned", "2021-06-04"}, restatedEvent{"talks", "held", "2021-06-04/2021-06-05"}, map[string]string{"person": "aidar-bekov", "from": "2021-06-05"}, []map[string]string{row("talks", "2021-06-04")}},
		{"dates differ, range of neither", restatedEvent{"talks", "", "2021-06-04"}, restatedEvent{"talks", "", "2021-06-04/2021-06-05"}, map[string]string{"from": "2021-06-06"}, nil},
	}
	backends := []graphtest.Backend{{Name: graph.Memory, Fresh: graphtest.Memory}, {Name: graph.Bolt, Fresh: graphtest.Bolt}, {Name: graph.Postgres, Fresh: graphtest.Postgres}}
	for _, b := range backends {
		t.Run(b.Name, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					qs := open(t, b.Fresh(t), "testdata/fixture/entities.yaml", writeRestated(t, c.a, c.b))
					res := run(t, qs, "who-met-whom", c.params)
					if len(res.Rows) != len(c.want) {
						t.Fatalf("%d rows, want %d:\n%s", len(res.Rows), len(c.want), render(t, res))
					}
					for i, want := range c.want {
						for k, v := range want {
							if queries.Text(res.Rows[i][k]) != v {
								t.Errorf("row %d: %s = %#v, want %#v", i, k, res.Rows[i][k], v)
							}
						}
						if len(res.Rows[i]) != len(want) {
							t.Errorf("row %d has columns %v", i, res.Rows[i])
						}
					}
				})
			}
		})
	}
}
