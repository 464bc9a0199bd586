package queries_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
)

// sidesReport has an office as a participant, attendees of no known
// country, and a party whose side the report does not give.
const sidesReport = `source:
  id: sides-2022-03-02
  url: https://sides.example/2022/03/02
  publisher: Sides Daily
  title: Governor receives envoy; reception at the think tank
  published: 2022-03-02
tenures:
  - {person: omar-farooq, post: governor-of-punjab, as_of: 2022-03-01}
  - {person: aidar-bekov, post: uz-ambassador-to-pk, as_of: 2022-03-02, status: former}
events:
  - id: governor-receives-envoy
    kind: meeting
    date: 2022-03-01
    participants:
      - {who: aidar-bekov, role: guest}
      - {who: governor-of-punjab, role: host}
  - id: think-tank-reception
    kind: reception
    date: 2022-03-01
    participants:
      - {who: aidar-bekov, role: host}
      - {who: omar-farooq, role: guest}
      - {who: nadia-rahim, role: attendee}
      - {who: unnamed-side-one, role: attendee}
  - id: talks-side-unknown
    kind: talks
    date: 2022-03-01
    participants:
      - {who: aidar-bekov, role: guest}
      - {who: unnamed-side-two, role: host, side: unknown}
  - id: talks-country-unknown
    kind: talks
    date: 2022-03-01
    participants:
      - {who: aidar-bekov, role: guest}
      - {who: unnamed-side-one, role: host}
documents:
  - id: sides-memorandum
    kind: memorandum
    date: 2022-03-01
    signatories:
      - {who: dana-serikova, for: KZ}
      - {who: bilal-khan, for: PK}
  - id: sides-draft-plan
    kind: action-plan
    status: proposed
    signatories:
      - {who: dana-serikova, for: KZ}
      - {who: sara-malik, for: PK}
`

const sidesPeople = `people:
  - {id: unnamed-side-one, name: Side One}
  - {id: unnamed-side-two, name: Side Two}
`

// TestSides: who met whom when a report names an office, gives attendees
// no country, or says it does not know a party's side. The office stands
// for its holder at the date; an attendee of unknown country is paired
// with no one by role alone; a party of unknown side with no one at all;
// a host of unknown country still met the guest; the signatories of a
// signed document for two countries met (a proposed one's did not); a
// post a report calls former, with no dates, is no post at any date.
func TestSides(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"sides.yaml": sidesReport, "people.yaml": sidesPeople} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		"governor-receives-envoy: Aidar Bekov (KZ) - Omar Farooq (PK), Governor of Punjab",
		"sides-memorandum: Bilal Khan (PK) - Dana Serikova (KZ)",
		"talks-country-unknown: Aidar Bekov (KZ) - Side One ()",
		"think-tank-reception: Aidar Bekov (KZ) - Omar Farooq (PK), Governor of Punjab",
	}
	for _, b := range []graphtest.Backend{{Name: graph.Memory, Fresh: graphtest.Memory}, {Name: graph.Bolt, Fresh: graphtest.Bolt}, {Name: graph.Postgres, Fresh: graphtest.Postgres}} {
		t.Run(b.Name, func(t *testing.T) {
			qs := open(t, b.Fresh(t), "testdata/fixture/entities.yaml", dir)
			res := run(t, qs, "who-met-whom", map[string]string{"source": "sides-2022-03-02"})
			var got []string
			for _, r := range res.Rows {
				got = append(got, queries.Text(r["event"])+": "+queries.Text(r["a"])+" ("+queries.Text(r["a_country"])+")"+post(queries.Text(r["a_post"]))+" - "+
					queries.Text(r["b"])+" ("+queries.Text(r["b_country"])+")"+post(queries.Text(r["b_post"])))
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("rows:\n%q\nwant\n%q", got, want)
			}
		})
	}
}

func post(p string) string {
	if p == "" {
		return ""
	}
	return ", " + p
}

// TestLatestStatus: a visit announced by one report and reported held by a
// later one shows, in the timeline, the later report's status, whichever
// order the store keeps them in; both reports are cited.
func TestLatestStatus(t *testing.T) {
	report := func(id, published, status string) string {
		return `source:
  id: ` + id + `
  url: https://` + id + `.example/
  publisher: ` + id + `
  title: Envoy in Lahore
  published: ` + published + `
events:
  - id: envoy-lahore-visit
    kind: site-visit
    status: ` + status + `
    date: 2022-05-10
    participants:
      - {who: dana-serikova, role: guest}
`
	}
	for _, c := range []struct{ aStatus, bStatus, want string }{
		{"planned", "held", "held"},
		{"cancelled", "held", "held"},  // the first in text order would be cancelled
		{"held", "planned", "planned"}, // ... and held here
		{"held", "cancelled", "cancelled"},
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(report("zz-early", "2022-05-01", c.aStatus)), 0o644)
		os.WriteFile(filepath.Join(dir, "b.yaml"), []byte(report("aa-late", "2022-05-12", c.bStatus)), 0o644)
		qs := open(t, graph.Config{Backend: graph.Memory}, "testdata/fixture/entities.yaml", dir)
		res := run(t, qs, "timeline", map[string]string{"who": "dana-serikova"})
		var got []string
		for _, r := range res.Rows {
			if queries.Text(r["event"]) == "envoy-lahore-visit" {
				got = append(got, queries.Text(r["status"])+" | "+queries.Text(r["source"]))
			}
		}
		want := []string{c.want + " | aa-late (https://aa-late.example/); zz-early (https://zz-early.example/)"}
		if !slices.Equal(got, want) {
			t.Errorf("%s then %s: %q, want %q", c.aStatus, c.bStatus, got, want)
		}
	}
}

// TestTimelineOffice: an event that names an office, not a person, is in
// the timeline of whoever held the office at its date.
func TestTimelineOffice(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"sides.yaml": sidesReport, "people.yaml": sidesPeople} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qs := open(t, graph.Config{Backend: graph.Memory}, "testdata/fixture/entities.yaml", dir)
	res := run(t, qs, "timeline", map[string]string{"who": "omar-farooq"})
	var got []string
	for _, r := range res.Rows {
		got = append(got, queries.Text(r["event"])+": "+queries.Text(r["role"])+" with "+queries.Text(r["counterparts"]))
	}
	want := []string{"governor-receives-envoy: host (as Governor of Punjab) with Aidar Bekov", "think-tank-reception: guest with Aidar Bekov; Nadia Rahim; Side One"}
	if !slices.Equal(got, want) {
		t.Errorf("timeline of omar-farooq:\n%q\nwant\n%q", got, want)
	}
}
