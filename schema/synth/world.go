package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/bilat/bilat/schema"
)

// Days count from epoch; the corpus spans reports from firstDay to lastDay,
// and posts have holders from before firstDay to after lastDay.
var epoch = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

const (
	firstDay  = 3652  // 2000-01-01
	lastDay   = 13148 // 2025-12-31
	termsFrom = 1461  // 1994-01-01
)

func dayString(d int) string { return epoch.AddDate(0, 0, d).Format("2006-01-02") }
func monthString(d int) string {
	return epoch.AddDate(0, 0, d).Format("2006-01")
}
func yearString(d int) string { return epoch.AddDate(0, 0, d).Format("2006") }

type country struct {
	info      countryInfo
	region    *region
	provinces []*place
	cities    []*place
	capital   *place
	experts   []*person // slots, filled on first use
	formers   []*person // people whose last post has ended: candidates for another
}

type place struct {
	rec      schema.Place
	country  *country
	province *place // nil for a province
	orgSlots []*org // the city's organizations, made on first use
}

type org struct {
	rec     schema.Organization
	country *country
	head    *post
}

type post struct {
	rec     schema.Post
	country *country
	terms   []*term
	seen    bool // written to posts.yaml only when some report names it
}

type term struct {
	from, until int // days; until is -1 for a holder still in office
	holder      *person
}

type person struct {
	rec     schema.Person
	country *country
	first   string
	surname string
	freeAt  int // day after which the person holds no post; -1 while in office
	events  int // held events taken part in
	idx     int32
}

// gen holds the world and what has been made of it so far. Entities are made
// when a report first needs them, so entity files grow with the corpus.
type gen struct {
	cfg       Config
	r         *rand.Rand
	ids       map[string]bool
	countries []*country
	places    []*place
	orgs      []*org
	posts     []*post
	people    []*person
	cache     map[string]any // lazily made orgs and posts, by key
}

func newGen(cfg Config) *gen {
	g := &gen{
		cfg:   cfg,
		r:     rand.New(rand.NewPCG(cfg.Seed, 0x62696c6174)), // "bilat"
		ids:   map[string]bool{},
		cache: map[string]any{},
	}
	g.buildPlaces()
	return g
}

// newID returns base, or base-2, base-3, ... when taken: ids are unique
// across every kind of record.
func (g *gen) newID(base string) string {
	base = slug(base)
	id := base
	for n := 2; g.ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	g.ids[id] = true
	return id
}

func (g *gen) intn(n int) int { return g.r.IntN(n) }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// skewed picks an index in [0, n) favouring low ones: a few busy cities,
// experts and countries, many quiet ones.
func (g *gen) skewed(n int) int {
	u := g.r.Float64()
	return int(float64(n) * u * u * u)
}

func pick[T any](g *gen, xs []T) T { return xs[g.intn(len(xs))] }

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// buildPlaces makes the countries, their provinces and cities: the fixed
// frame reports are set in. Their number grows with the corpus.
func (g *gen) buildPlaces() {
	n := g.cfg.Events
	nc := clamp(2+n/1000, 2, len(countryList))
	citiesPer := clamp(n/(30*nc), 2, 60)
	for i := 0; i < nc; i++ {
		c := &country{info: countryList[i], region: &regions[countryList[i].region]}
		g.ids[c.info.id] = true
		nprov := clamp(citiesPer/4, 1, 12)
		for p := 0; p < nprov; p++ {
			name := g.placeName(c)
			pv := &place{country: c, rec: schema.Place{
				ID: g.newID(name + "-" + strings.ToLower(c.info.id)), Name: name + " " + pick(g, c.region.provinceSuffixes),
				Kind: "province", In: ref(c.info.id),
			}}
			c.provinces = append(c.provinces, pv)
			g.places = append(g.places, pv)
		}
		for k := 0; k < citiesPer; k++ {
			pv := c.provinces[k%nprov]
			name := g.placeName(c)
			city := &place{country: c, province: pv, rec: schema.Place{
				ID: g.newID(name), Name: name, Kind: "city", In: ref(pv.rec.ID),
			}}
			if k%5 == 4 {
				city.rec.Kind = "town"
			}
			if g.chance(0.2) {
				city.rec.Aliases = []string{"City of " + name}
			}
			city.orgSlots = make([]*org, 4+g.intn(5))
			c.cities = append(c.cities, city)
			g.places = append(g.places, city)
		}
		c.capital = c.cities[0]
		c.capital.rec.Note = "capital of " + c.info.name
		c.experts = make([]*person, clamp(n/(8*nc), 4, 5000))
		g.countries = append(g.countries, c)
	}
}

func (g *gen) placeName(c *country) string {
	s := c.region.syllables
	name := pick(g, s) + pick(g, s)
	if g.chance(0.5) {
		name += pick(g, c.region.placeEnds)
	}
	return title(name)
}

// lazy returns the value made for key, making it on first use.
func lazy[T any](g *gen, key string, make func() T) T {
	if v, ok := g.cache[key]; ok {
		return v.(T)
	}
	v := make()
	g.cache[key] = v
	return v
}

// newPerson makes a person of country c; holder says the person is made to
// hold a post (honorifics differ).
func (g *gen) newPerson(c *country, honorific string) *person {
	female := g.chance(0.3)
	first := pick(g, c.region.male)
	if female {
		first = pick(g, c.region.female)
	}
	s := c.region.syllables
	stem := pick(g, s) + pick(g, s)
	if g.chance(0.3) {
		stem += pick(g, s)
	}
	surname := title(gendered(stem+pick(g, c.region.surnameEnds), female))
	p := &person{country: c, first: first, surname: surname, freeAt: -1, idx: int32(len(g.people))}
	p.rec = schema.Person{
		ID:          g.newID(first + " " + surname),
		Name:        first + " " + surname,
		Nationality: ref(c.info.id),
		Aliases:     []string{first[:1] + "." + surname},
	}
	switch {
	case honorific != "":
		p.rec.Honorifics = []string{honorific}
	case female:
		p.rec.Honorifics = []string{"Ms."}
	default:
		p.rec.Honorifics = []string{"Mr."}
	}
	if g.chance(0.15) {
		p.rec.Honorifics = append(p.rec.Honorifics, "Dr.")
	}
	g.people = append(g.people, p)
	return p
}

// newPost makes a post of country c whose holders change every 2–6 years
// from before the corpus starts to after it ends.
func (g *gen) newPost(c *country, id, name, title string, of, toward string) *post {
	p := &post{country: c, rec: schema.Post{ID: g.newID(id), Name: name, Title: title, Of: ref(of)}}
	if toward != "" {
		p.rec.Toward = ref(toward)
	}
	g.posts = append(g.posts, p)
	d := termsFrom - g.intn(5*365)
	for d <= lastDay {
		t := &term{from: d, until: d + 730 + g.intn(4*365)}
		p.terms = append(p.terms, t)
		d = t.until + 1
	}
	p.terms[len(p.terms)-1].until = -1
	return p
}

// holder is who held the post on day d, made on first need: a former holder
// of another post of the country when one is free, else a new person.
func (g *gen) holder(p *post, d int) (*person, *term) {
	var t *term
	for _, x := range p.terms {
		if x.from <= d && (x.until < 0 || d <= x.until) {
			t = x
			break
		}
	}
	if t.holder == nil {
		c := p.country
		for i := 0; i < 4 && len(c.formers) > 0 && t.holder == nil; i++ {
			k := g.intn(len(c.formers))
			if f := c.formers[k]; f.freeAt >= 0 && f.freeAt < t.from {
				t.holder = f
				c.formers = append(c.formers[:k], c.formers[k+1:]...)
			}
		}
		if t.holder == nil {
			hon := ""
			if p.rec.Title == "Ambassador" || strings.HasPrefix(p.rec.Title, "Minister") {
				hon = "H.E."
			}
			t.holder = g.newPerson(c, hon)
		}
		t.holder.freeAt = t.until
		if t.until >= 0 {
			c.formers = append(c.formers, t.holder)
		}
	}
	p.seen = true
	return t.holder, t
}

func (g *gen) newOrg(c *country, city *place, id, name, kind string) *org {
	o := &org{country: c, rec: schema.Organization{ID: g.newID(id), Name: name, Kind: kind}}
	if city != nil {
		o.rec.City = ref(city.rec.ID)
	} else {
		o.rec.Country = ref(c.info.id)
	}
	g.orgs = append(g.orgs, o)
	return o
}

// ministry returns ministry k of country c, with its minister's post.
func (g *gen) ministry(c *country, k int) *org {
	m := ministries[k]
	return lazy(g, "ministry/"+c.info.id+"/"+m.slug, func() *org {
		name := "Ministry of " + m.name + " of " + c.info.name
		o := g.newOrg(c, c.capital, strings.ToLower(c.info.id)+"-ministry-"+m.slug, name, "ministry")
		o.rec.Aliases = []string{c.info.demonym + " Ministry of " + m.name}
		if m.slug == "mfa" {
			o.rec.Aliases = append(o.rec.Aliases, c.info.demonym+" MFA")
		}
		o.head = g.newPost(c, o.rec.ID+"-minister", m.title+" of "+c.info.name, m.title, o.rec.ID, "")
		return o
	})
}

// ambassador is the post of c's ambassador to host, with the embassy.
func (g *gen) ambassador(c, host *country) *post {
	return lazy(g, "ambassador/"+c.info.id+"/"+host.info.id, func() *post {
		emb := g.newOrg(host, host.capital,
			strings.ToLower(c.info.id)+"-embassy-"+strings.ToLower(host.info.id),
			"Embassy of "+c.info.name+" in "+host.info.name, "embassy")
		emb.rec.Represents = ref(c.info.id)
		emb.rec.PartOf = ref(g.ministry(c, 0).rec.ID)
		p := g.newPost(c, strings.ToLower(c.info.id)+"-ambassador-to-"+strings.ToLower(host.info.id),
			"Ambassador of "+c.info.name+" to "+host.info.name, "Ambassador", c.info.id, host.info.id)
		p.rec.Aliases = []string{c.info.demonym + " Ambassador to " + host.info.name}
		emb.head = p
		return p
	})
}

// governor is the post heading province pv.
func (g *gen) governor(pv *place) *post {
	return lazy(g, "governor/"+pv.rec.ID, func() *post {
		p := g.newPost(pv.country, "governor-of-"+pv.rec.ID, "Governor of "+pv.rec.Name, "Governor", pv.rec.ID, "")
		p.rec.Aliases = []string{"Head of " + pv.rec.Name}
		return p
	})
}

// mayor is the post heading city's administration.
func (g *gen) mayor(city *place) *post {
	return lazy(g, "mayor/"+city.rec.ID, func() *post {
		adm := g.newOrg(city.country, city, city.rec.ID+"-city-administration", city.rec.Name+" City Administration", "city-administration")
		adm.head = g.newPost(city.country, "mayor-of-"+city.rec.ID, "Mayor of "+city.rec.Name, "Mayor", adm.rec.ID, "")
		return adm.head
	})
}

// cityOrg returns one of city's organizations (busy ones more often), with
// the post of its head.
func (g *gen) cityOrg(city *place) *org {
	k := g.skewed(len(city.orgSlots))
	if o := city.orgSlots[k]; o != nil {
		return o
	}
	c := city.country
	kind := cityOrgKinds[g.intn(len(cityOrgKinds))]
	name := city.rec.Name + " " + kind.noun
	if kind.kind == "company" || kind.kind == "bank" {
		name = g.placeName(c) + " " + kind.noun
	}
	if kind.kind == "chamber" {
		name = city.rec.Name + " " + kind.noun + " and Industry"
	}
	o := g.newOrg(c, city, name, name, kind.kind)
	if g.chance(0.5) {
		o.rec.Founded = schema.Date{Value: fmt.Sprint(1850 + g.intn(170))}
	}
	if kind.kind == "think-tank" || kind.kind == "university" {
		o.rec.Aliases = []string{acronym(name)}
	}
	o.head = g.newPost(c, "head-of-"+o.rec.ID, kind.head+" of "+name, kind.head, o.rec.ID, "")
	city.orgSlots[k] = o
	return o
}

// expert is a person of c who holds no post: scholars, business people.
func (g *gen) expert(c *country) *person {
	k := g.skewed(len(c.experts))
	if c.experts[k] == nil {
		c.experts[k] = g.newPerson(c, "")
	}
	return c.experts[k]
}

func ref(id string) schema.Ref { return schema.Ref{ID: id} }

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// gendered turns a surname into its feminine or masculine form where the
// ending marks it (Kazakh -uly/-kyzy, Russian -ov/-ova, Polish -ski/-ska).
func gendered(s string, female bool) string {
	pairs := [][2]string{{"uly", "kyzy"}, {"ov", "ova"}, {"ev", "eva"}, {"in", "ina"}, {"ski", "ska"}}
	for _, p := range pairs {
		m, f := p[0], p[1]
		switch {
		case female && strings.HasSuffix(s, m):
			return strings.TrimSuffix(s, m) + f
		case !female && strings.HasSuffix(s, f):
			return strings.TrimSuffix(s, f) + m
		}
	}
	return s
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if w != "of" && w != "and" {
			b.WriteByte(w[0])
		}
	}
	return strings.ToUpper(b.String())
}
