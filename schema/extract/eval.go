package extract

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/extract/article"
)

// gold is the part of a corpus gold file the scores read.
type gold struct {
	ID     string `json:"id"`
	Source struct {
		URL       string  `json:"url"`
		Publisher string  `json:"publisher"`
		Published *string `json:"published"`
	} `json:"source"`
	People []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
		Roles   []struct {
			Title string  `json:"title"`
			Of    string  `json:"organization_or_country"`
			AsOf  *string `json:"as_of"`
		} `json:"roles"`
	} `json:"people"`
	Organizations []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"organizations"`
	Places []struct {
		Name string `json:"name"`
	} `json:"places"`
	Events []goldEvent `json:"events"`
	Met    [][]any     `json:"met"`
}

type goldEvent struct {
	Type         string   `json:"type"`
	Date         *string  `json:"date"`
	Status       string   `json:"status"`
	Participants []string `json:"participants"`
	Topics       []string `json:"topics"`
	Outcomes     []string `json:"outcomes"`
}

// Count is a precision/recall tally.
type Count struct {
	TP, Draft, Gold int
}

// P, R and F1 of a tally; 1 when there was nothing to find and nothing found.
func (c Count) P() float64 { return ratio(c.TP, c.Draft) }

// R is the recall.
func (c Count) R() float64 { return ratio(c.TP, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		if a == 0 {
			return 1
		}
		return 0
	}
	return float64(a) / float64(b)
}

// MarshalJSON writes the tally with its precision, recall and F1.
func (c Count) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP    int     `json:"tp"`
		Draft int     `json:"draft"`
		Gold  int     `json:"gold"`
		Prec  float64 `json:"p"`
		Rec   float64 `json:"r"`
		F     float64 `json:"f1"`
	}{TP: c.TP, Draft: c.Draft, Gold: c.Gold, Prec: round3(c.P()), Rec: round3(c.R()), F: round3(c.F1())})
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func (c *Count) add(o Count) { c.TP += o.TP; c.Draft += o.Draft; c.Gold += o.Gold }

// ArticleScore is one report's scores.
type ArticleScore struct {
	ID              string
	Source          string // curated source id, "" when none
	People          Count
	Organizations   Count
	Places          Count
	Events          Count
	Dates           Count // gold events paired by type: Gold = paired, TP = date right
	Tenures         Count
	Met             Count
	Subjects        Count // topics and outcomes, matched by shared words
	PlannedAsMet    int
	DraftLines      int
	CuratedLines    int
	Changes         int // lines of the draft a curator changes or adds
	Extraction      time.Duration
	DraftYAML       string `json:"-"`
	EntitiesYAML    string `json:"-"`
	MissingMetPairs []string
	ExtraMetPairs   []string
}

// EvalReport is the scores of a corpus.
type EvalReport struct {
	Articles []ArticleScore
	Total    ArticleScore
	MaxTime  time.Duration
}

// Evaluate drafts every article of a corpus (articles/NNN.txt, gold/NNN.json,
// index.csv) with the records of dataDir left one out, and scores the drafts
// against the gold.
func Evaluate(corpus, dataDir string) (*EvalReport, error) {
	files, err := schema.ReadFiles(dataDir)
	if err != nil {
		return nil, fmt.Errorf("records %s: %w", dataDir, err)
	}
	f, err := os.Open(filepath.Join(corpus, "index.csv"))
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(corpus, "index.csv"), err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no articles listed", filepath.Join(corpus, "index.csv"))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, c := range []string{"id", "published", "publisher", "headline", "url"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s:1: no column %q; expected id, published, publisher, headline and url", filepath.Join(corpus, "index.csv"), c)
		}
	}
	byURL := map[string]*schema.File{}
	for _, f := range files {
		if f.Source != nil {
			byURL[f.Source.URL] = f
		}
	}
	rep := &EvalReport{}
	for _, row := range rows[1:] {
		id := row[col["id"]]
		s, err := evalArticle(corpus, id, row, col, files, byURL)
		if err != nil {
			return nil, err
		}
		rep.Articles = append(rep.Articles, *s)
		t := &rep.Total
		t.People.add(s.People)
		t.Organizations.add(s.Organizations)
		t.Places.add(s.Places)
		t.Events.add(s.Events)
		t.Dates.add(s.Dates)
		t.Tenures.add(s.Tenures)
		t.Met.add(s.Met)
		t.Subjects.add(s.Subjects)
		t.PlannedAsMet += s.PlannedAsMet
		t.DraftLines += s.DraftLines
		t.CuratedLines += s.CuratedLines
		t.Changes += s.Changes
		t.Extraction += s.Extraction
		rep.MaxTime = max(rep.MaxTime, s.Extraction)
	}
	rep.Total.ID = "all"
	return rep, nil
}

func evalArticle(corpus, id string, row []string, col map[string]int, files []*schema.File, byURL map[string]*schema.File) (*ArticleScore, error) {
	txtPath := filepath.Join(corpus, "articles", id+".txt")
	data, err := os.ReadFile(txtPath)
	if err != nil {
		return nil, err
	}
	a, err := article.Parse(txtPath, data, "text/plain")
	if err != nil {
		return nil, err
	}
	r := &Report{Source: a.Source, Title: a.Title, Text: a.Text, URL: row[col["url"]],
		Publisher: row[col["publisher"]], Published: row[col["published"]]}
	goldPath := filepath.Join(corpus, "gold", id+".json")
	gdata, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, err
	}
	var g gold
	if err := json.Unmarshal(gdata, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	s := &ArticleScore{ID: id}
	// Leave one out: the report's own source and what only it states.
	gazFiles := files
	curated := byURL[r.URL]
	if curated != nil {
		s.Source = curated.Source.ID
		gazFiles = LeaveOneOut(files, curated.Source.ID)
	}
	start := time.Now()
	gz := NewGazetteer(gazFiles)
	dr, err := Extract(*r, gz)
	s.Extraction = time.Since(start)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", txtPath, err)
	}
	y := dr.YAML()
	s.DraftYAML, s.EntitiesYAML = string(y), string(dr.EntitiesYAML())
	score(s, dr, &g, gz)
	if curated != nil {
		cdata, err := os.ReadFile(curated.Path)
		if err != nil {
			return nil, err
		}
		a, b := dataLines(string(y)), dataLines(string(cdata))
		s.DraftLines, s.CuratedLines = len(a), len(b)
		s.Changes = lineChanges(a, b)
	}
	return s, nil
}

// dataLines are a YAML file's lines without comments and blank lines, so
// that `# check:` notes and headers do not count as a curator's work.
func dataLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, " # "); i >= 0 && !strings.Contains(l[:i], "'") && !strings.Contains(l[:i], `"`) {
			l = l[:i]
		}
		l = strings.TrimRight(l, " ")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// lineChanges counts the edits that turn a into b: in each changed stretch,
// the larger of the lines removed and the lines added (a replaced line is
// one change).
func lineChanges(a, b []string) int {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	changes, del, ins := 0, 0, 0
	flush := func() { changes += max(del, ins); del, ins = 0, 0 }
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			flush()
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			ins++
			j++
		default:
			del++
			i++
		}
	}
	flush()
	return changes
}

// names folds the name forms of a gold or draft entity, honorifics off;
// anaphora ("the envoy") are not names.
func names(forms ...string) []string {
	var out []string
	for _, f := range forms {
		f = strings.TrimPrefix(strings.TrimPrefix(f, "the "), "The ")
		if !isCap(f) {
			continue
		}
		k := fold(stripHonorifics(f))
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// match pairs draft items with gold items one to one, in order, by ok.
func match(nd, ng int, ok func(i, j int) bool) map[int]int {
	out := map[int]int{}
	taken := map[int]bool{}
	for i := range nd {
		for j := range ng {
			if !taken[j] && ok(i, j) {
				out[i] = j
				taken[j] = true
				break
			}
		}
	}
	return out
}

// goldType is the coarse event type a draft kind or a gold type is scored
// as: the development corpus's gold names five (meeting, talks,
// conference, ceremony, visit); a gold that names a finer one (call,
// session, signing) is scored as its coarse type, as a draft is.
func goldType(kind string) string {
	switch kind {
	case "meeting", "reception", "call", "session":
		return "meeting"
	case "talks":
		return "talks"
	case "conference", "summit", "lecture":
		return "conference"
	case "ceremony", "signing":
		return "ceremony"
	}
	return "visit"
}

// sameDate compares a draft date with a gold one at the gold's precision.
func sameDate(draft string, gold *string) bool {
	if gold == nil || *gold == "" {
		return draft == ""
	}
	g := *gold
	if draft == g {
		return true
	}
	if strings.Contains(g, "/") || strings.Contains(draft, "/") {
		return false
	}
	return len(draft) >= len(g) && draft[:len(g)] == g
}

// compatibleDate says whether a draft contact's date can be the gold's.
func compatibleDate(draft string, gold any) bool {
	gs, _ := gold.(string)
	if gs == "" {
		return true
	}
	if draft == "" {
		return false
	}
	d, g := schema.Date{Value: draft}, schema.Date{Value: gs}
	return d.Start() <= g.End() && g.Start() <= d.End()
}

func score(s *ArticleScore, dr *Draft, g *gold, gz *Gazetteer) {
	// People.
	type dp struct {
		id    string
		names []string
		nat   string
	}
	var people []dp
	var ents []schema.Person
	if dr.Entities != nil {
		ents = dr.Entities.People
	}
	for _, m := range dr.Source.Mentions {
		p, known := gz.people[m.ID.ID]
		if !known {
			i := slices.IndexFunc(ents, func(e schema.Person) bool { return e.ID == m.ID.ID })
			if i < 0 {
				continue
			}
			p = ents[i]
		}
		people = append(people, dp{id: p.ID, names: names(append([]string{p.Name}, m.As...)...), nat: p.Nationality.ID})
	}
	gnames := make([][]string, len(g.People))
	for j, gp := range g.People {
		gnames[j] = names(append([]string{gp.Name}, gp.Aliases...)...)
	}
	pm := match(len(people), len(g.People), func(i, j int) bool { return overlap(people[i].names, gnames[j]) })
	s.People = Count{TP: len(pm), Draft: len(people), Gold: len(g.People)}
	goldOf := map[string]int{}
	for i, j := range pm {
		goldOf[people[i].id] = j
	}

	// Organizations and places: by name forms.
	var orgs, places [][]string
	var entOrgs []schema.Organization
	if dr.Entities != nil {
		entOrgs = dr.Entities.Organizations
	}
	seen := map[string]bool{}
	for _, m := range dr.Source.Mentions {
		seen[m.ID.ID] = true
		if o, ok := gz.orgs[m.ID.ID]; ok {
			orgs = append(orgs, names(append(append([]string{o.Name}, o.Aliases...), m.As...)...))
		} else if i := slices.IndexFunc(entOrgs, func(o schema.Organization) bool { return o.ID == m.ID.ID }); i >= 0 {
			orgs = append(orgs, names(append(append([]string{entOrgs[i].Name}, entOrgs[i].Aliases...), m.As...)...))
		} else if p, ok := gz.places[m.ID.ID]; ok {
			places = append(places, names(append(append([]string{p.Name}, p.Aliases...), m.As...)...))
		} else if c, ok := gz.countries[m.ID.ID]; ok {
			places = append(places, names(append(append([]string{c.Name, c.OfficialName}, c.Aliases...), m.As...)...))
		}
	}
	for _, o := range entOrgs {
		if !seen[o.ID] {
			orgs = append(orgs, names(append([]string{o.Name}, o.Aliases...)...))
		}
	}
	addPlace := func(id string) {
		if id == "" || seen[id] {
			return
		}
		seen[id] = true
		if p, ok := gz.places[id]; ok {
			places = append(places, names(append([]string{p.Name}, p.Aliases...)...))
		}
		if c, ok := gz.countries[id]; ok {
			places = append(places, names(append([]string{c.Name, c.OfficialName}, c.Aliases...)...))
		}
	}
	addPlace(dr.Source.Source.Dateline.ID)
	for _, e := range dr.Source.Events {
		addPlace(e.Place.ID)
	}
	for _, v := range dr.Source.Visits {
		for _, p := range v.Destinations {
			addPlace(p.ID)
		}
	}
	gorgs := make([][]string, len(g.Organizations))
	for j, o := range g.Organizations {
		gorgs[j] = names(append([]string{o.Name}, o.Aliases...)...)
	}
	om := match(len(orgs), len(gorgs), func(i, j int) bool { return overlap(orgs[i], gorgs[j]) })
	s.Organizations = Count{TP: len(om), Draft: len(orgs), Gold: len(gorgs)}
	gplaces := make([][]string, len(g.Places))
	for j, p := range g.Places {
		gplaces[j] = names(p.Name)
	}
	plm := match(len(places), len(gplaces), func(i, j int) bool { return overlap(places[i], gplaces[j]) })
	s.Places = Count{TP: len(plm), Draft: len(places), Gold: len(gplaces)}

	// Events: type and date at the gold's precision.
	type de struct {
		typ, date, status string
		parts             []string
	}
	var events []de
	for _, v := range dr.Source.Visits {
		e := de{typ: "visit", date: v.Date.Value, status: v.Status}
		for _, p := range v.Visitors {
			e.parts = append(e.parts, p.ID)
		}
		events = append(events, e)
	}
	for _, e := range dr.Source.Events {
		x := de{typ: goldType(e.Kind), date: e.Date.Value, status: e.Status}
		for _, p := range e.Participants {
			x.parts = append(x.parts, p.Who.ID)
		}
		events = append(events, x)
	}
	em := match(len(events), len(g.Events), func(i, j int) bool {
		return events[i].typ == goldType(g.Events[j].Type) && sameDate(events[i].date, g.Events[j].Date)
	})
	s.Events = Count{TP: len(em), Draft: len(events), Gold: len(g.Events)}
	// Dates: of the gold events a draft event of the same type answers, how
	// many carry the gold's date; exact pairs first.
	paired := map[int]bool{}
	usedD := map[int]bool{}
	for i, j := range em {
		paired[j], usedD[i] = true, true
	}
	right := len(em)
	for j, ge := range g.Events {
		if paired[j] {
			continue
		}
		for i, e := range events {
			if !usedD[i] && e.typ == goldType(ge.Type) {
				usedD[i], paired[j] = true, true
				break
			}
		}
	}
	s.Dates = Count{TP: right, Draft: len(paired), Gold: len(paired)}

	// Tenures: the person, and the title's head word(s).
	type dt struct {
		person int
		title  string
	}
	var tenures []dt
	var entPosts []schema.Post
	if dr.Entities != nil {
		entPosts = dr.Entities.Posts
	}
	for _, t := range dr.Source.Tenures {
		title := gz.posts[t.Post.ID].Title
		if i := slices.IndexFunc(entPosts, func(p schema.Post) bool { return p.ID == t.Post.ID }); i >= 0 {
			title = entPosts[i].Title
		}
		j, ok := goldOf[t.Person.ID]
		if !ok {
			j = -1
		}
		tenures = append(tenures, dt{person: j, title: titleHead(title)})
	}
	type gt struct {
		person int
		title  string
	}
	var gtenures []gt
	for j, gp := range g.People {
		for _, r := range gp.Roles {
			gtenures = append(gtenures, gt{person: j, title: titleHead(r.Title)})
		}
	}
	tm := match(len(tenures), len(gtenures), func(i, j int) bool {
		a, b := tenures[i].title, gtenures[j].title
		return tenures[i].person >= 0 && tenures[i].person == gtenures[j].person &&
			(a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a))
	})
	s.Tenures = Count{TP: len(tm), Draft: len(tenures), Gold: len(gtenures)}

	s.Subjects = scoreSubjects(dr, g)

	// Met pairs: held contacts, different countries, compatible dates; as
	// who-met-whom pairs them, a party of unknown country met the other
	// when one hosted and the other was the guest.
	nat := map[string]string{}
	for _, p := range people {
		nat[p.id] = p.nat
	}
	type pair struct {
		a, b int
		date string
	}
	var pairs []pair
	// A pair met once a day: two pairs when they met on two days, as
	// who-met-whom answers a row per contact.
	type dayPair struct {
		a, b int
		date string
	}
	have := map[dayPair]bool{}
	for _, e := range dr.Source.Events {
		if e.Status == "planned" || e.Status == "cancelled" {
			continue
		}
		side := func(p schema.Participant) string {
			if !p.Represents.IsZero() {
				return p.Represents.ID
			}
			return nat[p.Who.ID]
		}
		isPerson := func(p schema.Participant) bool { _, ok := nat[p.Who.ID]; return ok }
		for x, p := range e.Participants {
			for _, q := range e.Participants[x+1:] {
				if !isPerson(p) || !isPerson(q) {
					continue // who-met-whom pairs people
				}
				na, nb := side(p), side(q)
				byRole := (p.Role == "host" && q.Role == "guest" || p.Role == "guest" && q.Role == "host") && p.Side != "unknown" && q.Side != "unknown"
				if na == nb && na != "" || (na == "" || nb == "") && !byRole {
					continue
				}
				ga, oka := goldOf[p.Who.ID]
				gb, okb := goldOf[q.Who.ID]
				if !oka {
					ga = -1 - len(pairs)*2
				}
				if !okb {
					gb = -2 - len(pairs)*2
				}
				k := dayPair{min(ga, gb), max(ga, gb), e.Date.Value}
				if have[k] {
					continue
				}
				have[k] = true
				pairs = append(pairs, pair{a: ga, b: gb, date: e.Date.Value})
			}
		}
	}
	gindex := func(name string) int {
		k := names(name)
		for j := range g.People {
			if overlap(k, gnames[j]) {
				return j
			}
		}
		return -100
	}
	gpairs := make([][2]int, len(g.Met))
	for j, m := range g.Met {
		a, _ := m[0].(string)
		b, _ := m[1].(string)
		gpairs[j] = [2]int{gindex(a), gindex(b)}
	}
	mm := match(len(pairs), len(g.Met), func(i, j int) bool {
		p, q := pairs[i], gpairs[j]
		return (p.a == q[0] && p.b == q[1] || p.a == q[1] && p.b == q[0]) && compatibleDate(p.date, g.Met[j][2])
	})
	s.Met = Count{TP: len(mm), Draft: len(pairs), Gold: len(g.Met)}
	matchedG := map[int]bool{}
	for _, j := range mm {
		matchedG[j] = true
	}
	for j, m := range g.Met {
		if !matchedG[j] {
			s.MissingMetPairs = append(s.MissingMetPairs, fmt.Sprintf("%v-%v", m[0], m[1]))
		}
	}
	// Planned contacts counted as met: a draft pair of two people the gold
	// has only at a planned contact, at a date that contact may have (a
	// pair the draft dates to their recalled meeting of last year is not
	// their planned one of next month).
	for i, p := range pairs {
		if _, ok := mm[i]; ok {
			continue
		}
		s.ExtraMetPairs = append(s.ExtraMetPairs, fmt.Sprintf("%s-%s", gname(g, p.a), gname(g, p.b)))
		if p.a < 0 || p.b < 0 {
			continue
		}
		// Gold events of both, at a date the draft pair may have.
		var planned, other bool
		for _, ge := range g.Events {
			in := func(j int) bool {
				return slices.ContainsFunc(ge.Participants, func(n string) bool { return overlap(names(n), gnames[j]) })
			}
			if !in(p.a) || !in(p.b) || ge.Date != nil && p.date != "" && !compatibleDate(p.date, *ge.Date) {
				continue
			}
			if ge.Status == "planned" {
				planned = true
			} else {
				other = true // held, or recalled: the draft pair may be that one
			}
		}
		if planned && !other {
			s.PlannedAsMet++
		}
	}
}

func gname(g *gold, j int) string {
	if j >= 0 && j < len(g.People) {
		return g.People[j].Name
	}
	return "(not in gold)"
}

// titleHead is a title without what it is of: "Ambassador to Pakistan" ->
// "ambassador", "Director, Regional Integration Centre" -> "director".
func titleHead(t string) string {
	t = fold(t)
	for _, sep := range []string{",", " to ", " of ", " for ", " in ", " at ", " ("} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return strings.TrimPrefix(strings.TrimSpace(t), "federal ")
}

// scoreSubjects pools the topics and outcomes of all the report's contacts
// (the curators split them differently: a proposal is a topic in one gold
// file and an outcome in another) and pairs a draft item with a gold item
// when it has at least half the gold item's content words (at least one).
// A curator's own summary ("cultural, economic and business cooperation")
// matches the report's words ("cooperation in culture, the economy and
// business") through word stems.
func scoreSubjects(dr *Draft, g *gold) Count {
	var draft, want [][]string
	for _, e := range dr.Source.Events {
		for _, t := range append(slices.Clone(e.Topics), e.Outcomes...) {
			if w := subjectWords(t); len(w) > 0 {
				draft = append(draft, w)
			}
		}
	}
	for _, d := range dr.Source.Documents {
		if w := subjectWords(d.Title + " " + strings.Join(d.Subjects, " ")); len(w) > 0 {
			draft = append(draft, w)
		}
	}
	for _, e := range g.Events {
		for _, t := range append(slices.Clone(e.Topics), e.Outcomes...) {
			if w := subjectWords(t); len(w) > 0 {
				want = append(want, w)
			}
		}
	}
	m := match(len(draft), len(want), func(i, j int) bool {
		n := 0
		for _, w := range want[j] {
			if slices.Contains(draft[i], w) {
				n++
			}
		}
		return n > 0 && 2*n >= len(want[j])
	})
	return Count{TP: len(m), Draft: len(draft), Gold: len(want)}
}
