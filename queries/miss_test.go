package queries_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/queries"
)

// TestMisses: a name, post, place or country that matches nothing is an
// error naming the parameter, with the closest names in the graph.
func TestMisses(t *testing.T) {
	qs := seed(t)
	for _, tc := range []struct {
		query   string
		params  map[string]string
		want    string
		closest []string
	}{
		{"who-met-whom", map[string]string{"person": "Kistafn"},
			`query "who-met-whom": parameter "person": no person or post named "Kistafn" in the graph (closest: "Yerzhan Kistafin")`, []string{"Yerzhan Kistafin"}},
		{"who-met-whom", map[string]string{"country": "Pakistn"},
			`query "who-met-whom": parameter "country": no country named "Pakistn" in the graph (closest: "Pakistan")`, []string{"Pakistan"}},
		{"who-met-whom", map[string]string{"source": "pen-2021-10-15-kistafin-karach"},
			`query "who-met-whom": parameter "source": no source named "pen-2021-10-15-kistafin-karach" in the graph (closest: "pen-2021-10-15-kistafin-karachi", "urdupoint-2021-10-14-kistafin-karachi-university")`,
			[]string{"pen-2021-10-15-kistafin-karachi", "urdupoint-2021-10-14-kistafin-karachi-university"}},
		{"timeline", map[string]string{"who": "Masuma Hasen"},
			`query "timeline": parameter "who": no person, organization or group named "Masuma Hasen" in the graph (closest: "Masuma Hasan")`, []string{"Masuma Hasan"}},
		{"visits", map[string]string{"to-country": "Kazakstan"},
			`query "visits": parameter "to-country": no country named "Kazakstan" in the graph (closest: "Kazakhstan")`, []string{"Kazakhstan"}},
		{"post-holders", map[string]string{"post": "Governer of Sind"},
			`query "post-holders": parameter "post": no post named "Governer of Sind" in the graph (closest: "Governor of Sindh")`, []string{"Governor of Sindh"}},
		{"path", map[string]string{"from": "Kistafin", "to": "nobody at all"},
			`query "path": parameter "to": no person, organization or group named "nobody at all" in the graph (and none with a similar name)`, nil},
		{"provenance", map[string]string{"entity": "imran-ismael"},
			`query "provenance": parameter "entity": no person, organization, group, place, country, post, event or visit named "imran-ismael" in the graph (closest: "Imran Ismail")`, []string{"Imran Ismail"}},
		{"topics", map[string]string{"a": "KZ", "b": "Pakstan"},
			`query "topics": parameter "b": no country named "Pakstan" in the graph (closest: "Pakistan")`, []string{"Pakistan"}},
		{"institutions", map[string]string{"country": "Kazakstan"},
			`query "institutions": parameter "country": no country named "Kazakstan" in the graph (closest: "Kazakhstan")`, []string{"Kazakhstan"}},
		{"network", map[string]string{"person": "Imran Ismial"},
			`query "network": parameter "person": no person, organization or group named "Imran Ismial" in the graph (closest: "Imran Ismail")`, []string{"Imran Ismail"}},
	} {
		q, err := queries.Lookup(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = queries.Run(context.Background(), qs, q, tc.params)
		var nf *queries.NotFoundError
		if !errors.As(err, &nf) || err.Error() != tc.want || !slices.Equal(nf.Closest, tc.closest) {
			t.Errorf("%s %v:\n got %v\nwant %s", tc.query, tc.params, err, tc.want)
		}
	}
	// On the fixture: a post, a group and a person named nearly right.
	fx := fixture(t, graph.Config{Backend: graph.Memory})
	for _, tc := range []struct {
		query  string
		params map[string]string
		want   string
	}{
		{"post-holders", map[string]string{"post": "Govenor of Punjab"}, `query "post-holders": parameter "post": no post named "Govenor of Punjab" in the graph (closest: "Governor of Punjab")`},
		{"who-met-whom", map[string]string{"person": "Aidar Bekof"}, `query "who-met-whom": parameter "person": no person or post named "Aidar Bekof" in the graph (closest: "Aidar Bekov")`},
		{"timeline", map[string]string{"who": "Timur Yusupow"}, `query "timeline": parameter "who": no person, organization or group named "Timur Yusupow" in the graph (closest: "Timur Yusupov")`},
	} {
		q, _ := queries.Lookup(tc.query)
		if _, err := queries.Run(context.Background(), fx, q, tc.params); err == nil || err.Error() != tc.want {
			t.Errorf("fixture %s %v:\n got %v\nwant %s", tc.query, tc.params, err, tc.want)
		}
	}
	// A known person with no meetings in the range is an empty answer.
	if res := run(t, qs, "who-met-whom", map[string]string{"person": "Masuma Hasan", "from": "2030"}); len(res.Rows) != 0 {
		t.Errorf("Masuma Hasan from 2030: %d rows", len(res.Rows))
	}
}

// TestMissesBackends: the closest names come from the store's indexes,
// alike on every backend.
func TestMissesBackends(t *testing.T) {
	for _, b := range graphtest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			qs := open(t, b.Fresh(t), "../data")
			q, _ := queries.Lookup("who-met-whom")
			_, err := queries.Run(context.Background(), qs, q, map[string]string{"person": "Masuma Hasen", "country": "Pakistn"})
			var nf *queries.NotFoundError
			if !errors.As(err, &nf) || nf.Param != "person" || !slices.Equal(nf.Closest, []string{"Masuma Hasan"}) {
				t.Errorf("%v", err)
			}
			closest, err := queries.Closest(context.Background(), qs, "Pakstan", []string{"country", "place"}, 5)
			if err != nil || !slices.Equal(closest, []string{"Pakistan"}) {
				t.Errorf("Closest(Pakstan): %q %v", closest, err)
			}
		})
	}
}

// TestMatching: names match in any case, with or without accents and
// punctuation, in every query that takes a name.
func TestMatching(t *testing.T) {
	qs := seed(t)
	for _, tc := range []struct {
		query, param, value, col, want string
	}{
		{"who-met-whom", "person", "mehmet pacaci", "a", "Mehmet Paçaci"},
		{"who-met-whom", "person", "MEHMET PAÇACI", "a", "Mehmet Paçaci"},
		{"who-met-whom", "person", "Y Kistafin", "a", "Yerzhan Kistafin"},
		{"who-met-whom", "person", "y-kistafin", "a", "Yerzhan Kistafin"},
		{"who-met-whom", "country", "turkiye", "a_country", "TR"},
		{"timeline", "who", "mehmet  pacaci", "event", "pacaci-governor-punjab-2023-06-28"},
		{"network", "person", "Y  Kistafin", "target_name", "Yerzhan Kistafin"},
		{"post-holders", "post", "governor of sindh.", "holder", "Imran Ismail"},
		{"visits", "to-country", "pakistan!", "host_country", "PK"},
		{"provenance", "entity", "Paçaci", "subject", "bilatid:event/pacaci-governor-punjab-2023-06-28"},
	} {
		res := run(t, qs, tc.query, map[string]string{tc.param: tc.value})
		if len(res.Rows) == 0 || queries.Text(res.Rows[0][tc.col]) != tc.want {
			var got any
			if len(res.Rows) > 0 {
				got = res.Rows[0][tc.col]
			}
			t.Errorf("%s %s=%q: %d rows, first %s = %v, want %q", tc.query, tc.param, tc.value, len(res.Rows), tc.col, got, tc.want)
		}
	}
	for in, want := range map[string]string{"Y.Kistafin": "y kistafin", "Mehmet Paçaci": "mehmet pacaci", "  İstanbul—Ankara ": "istanbul ankara", "Łódź": "lodz"} {
		if got := queries.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPostHolders: a post's name in who-met-whom gives the meetings of
// whoever held the post at each event's date, not of a former holder.
func TestPostHolders(t *testing.T) {
	extra := filepath.Join(t.TempDir(), "2022-06-01-farooq-later.yaml")
	// Omar Farooq, Governor of Punjab until 2022-04-30, meets an envoy in June 2022.
	os.WriteFile(extra, []byte(`source:
  id: lt-2022-06-02-farooq
  url: https://lahore-times.example/2022/06/02/farooq
  publisher: Lahore Times
  title: Former governor meets envoy
  published: 2022-06-02
  dateline: lahore
events:
  - id: farooq-bekov-2022-06-01
    kind: meeting
    title: Omar Farooq meets Aidar Bekov
    date: 2022-06-01
    place: lahore
    participants:
      - {who: aidar-bekov, role: guest}
      - {who: omar-farooq, role: host}
`), 0o644)
	qs := open(t, graph.Config{Backend: graph.Memory}, "testdata/fixture", extra)
	type pair struct{ event, a, b string }
	rows := func(person string) []pair {
		var out []pair
		for _, r := range run(t, qs, "who-met-whom", map[string]string{"person": person}).Rows {
			out = append(out, pair{r["event"].(string), r["a"].(string), r["b"].(string)})
		}
		return out
	}
	want := []pair{
		{"bekov-farooq-2019-11-19", "Omar Farooq", "Aidar Bekov"},
		{"bekov-farooq-talks-2021-06-04", "Omar Farooq", "Aidar Bekov"},
		{"bekov-farooq-talks-2021-06-04", "Omar Farooq", "Kamran Aziz"},
		{"serikova-khan-2022-10-14", "Bilal Khan", "Dana Serikova"},
		{"serikova-khan-2022-10-14", "Bilal Khan", "Ruslan Akhmetov"},
		{"kaya-khan-2023", "Bilal Khan", "Elif Kaya"},
	}
	for _, post := range []string{"Governor of Punjab", "governor-of-punjab"} {
		if got := rows(post); !slices.Equal(got, want) {
			t.Errorf("person=%s:\n got %v\nwant %v", post, got, want)
		}
	}
	if got := rows("Omar Farooq"); len(got) != 4 || got[3].event != "farooq-bekov-2022-06-01" {
		t.Errorf("Omar Farooq himself: %v, want his June 2022 meeting too", got)
	}
}
