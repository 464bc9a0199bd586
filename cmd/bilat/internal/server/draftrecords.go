package server

import (
	"cmp"
	"context"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// gazetteerPredicates are the predicates whose quads hold what a drafting
// gazetteer knows: names, kinds, where things are, posts and who held them,
// the reports' metadata, and the ids already taken. Reading only these keeps
// a large store's events, topics and outcomes out of memory.
var gazetteerPredicates = []quad.IRI{
	schema.Type, schema.Name, schema.AlternateName, schema.Honorific, schema.Nationality,
	schema.Identifier, schema.OfficialName, schema.Demonym, schema.Kind, schema.ContainedIn,
	schema.Location, schema.InCountry, schema.Represents, schema.PartOf, schema.Title,
	schema.PostIn, schema.Toward, schema.Member, schema.TenurePost, schema.StartDate,
	schema.EndDate, schema.Attested, schema.URL, schema.Publisher, schema.Headline,
	schema.DatePublished,
}

// storeRecords rebuilds from the store the records a gazetteer is made of,
// so that a server drafts against what it serves, read-only, whatever
// loaded it (see recordsFromQuads). It walks the store's indexes, not its
// quads: the nodes of each class through the object index (the key-value
// backends have none on predicates), then the statements about entities,
// tenures and reports through the subject index. Events and the like need
// only their type (their ids are taken), so the bulk of a large store,
// what its events say, is never read.
func storeRecords(ctx context.Context, qs cgraph.QuadStore) ([]*schema.File, error) {
	want := map[quad.IRI]bool{}
	for _, p := range gazetteerPredicates {
		want[p] = true
	}
	var quads []quad.Quad
	each := func(d quad.Direction, ref cgraph.Ref, fn func(cgraph.Ref, quad.Quad) error) error {
		it := qs.QuadIterator(d, ref).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			if err := fn(it.Result(), q); err != nil {
				return err
			}
		}
		return it.Err()
	}
	seen := map[quad.IRI]bool{}
	for _, class := range recordClasses {
		ref, err := qs.ValueOf(class.iri)
		if err != nil {
			return nil, err
		}
		if ref == nil {
			continue // no record of the class
		}
		err = each(quad.Object, ref, func(id cgraph.Ref, q quad.Quad) error {
			if q.Predicate != schema.Type {
				return nil
			}
			subj, _ := q.Subject.(quad.IRI)
			if !class.statements {
				quads = append(quads, q)
				return nil
			}
			if seen[subj] {
				return nil
			}
			seen[subj] = true
			sref, err := qs.QuadDirection(id, quad.Subject)
			if err != nil {
				return err
			}
			return each(quad.Subject, sref, func(_ cgraph.Ref, q quad.Quad) error {
				if p, ok := q.Predicate.(quad.IRI); ok && want[p] {
					quads = append(quads, q)
				}
				return nil
			})
		})
		if err != nil {
			return nil, err
		}
	}
	return recordsFromQuads(quads), nil
}

// recordClasses are the classes storeRecords reads, and whether it reads
// what their nodes' statements say or only that they exist.
var recordClasses = []struct {
	iri        quad.IRI
	statements bool
}{
	{schema.ClassCountry, true}, {schema.ClassPlace, true}, {schema.ClassPerson, true},
	{schema.ClassOrganization, true}, {schema.ClassPost, true}, {schema.ClassGroup, true},
	{schema.ClassTenure, true}, {schema.ClassArticle, true},
	{schema.ClassEvent, false}, {schema.ClassVisit, false}, {schema.ClassDocument, false}, {schema.ClassRelation, false},
}

// recordsFromQuads is the inverse of schema's mapping for what a gazetteer
// reads: one entity file with the countries, places, people,
// organizations, posts and groups that the curation label states, and one
// source file per report label with its metadata, mentions (the names it
// used), tenures, and the ids of its events, visits, documents, relations
// and groups. Dates that mapping widened to day bounds (a tenure "from
// 2021" is stored as 2021-01-01) come back as those bounds.
func recordsFromQuads(quads []quad.Quad) []*schema.File {
	type node struct {
		iri   quad.IRI
		types map[quad.IRI]bool
		str   map[quad.IRI][]string   // curation-labelled strings
		ref   map[quad.IRI][]quad.IRI // curation-labelled references
	}
	nodes := map[quad.IRI]*node{}
	get := func(iri quad.IRI) *node {
		n := nodes[iri]
		if n == nil {
			n = &node{iri: iri, types: map[quad.IRI]bool{}, str: map[quad.IRI][]string{}, ref: map[quad.IRI][]quad.IRI{}}
			nodes[iri] = n
		}
		return n
	}
	sources := map[quad.IRI]*schema.File{}
	source := func(label quad.IRI) *schema.File {
		f := sources[label]
		if f == nil {
			f = &schema.File{Path: string(label), Source: &schema.Source{ID: shortID(label)}}
			sources[label] = f
		}
		return f
	}
	// Source-labelled statements, gathered per report before they become
	// mentions and tenures.
	type said struct {
		label quad.IRI
		subj  quad.IRI
		pred  quad.IRI
		obj   quad.Value
	}
	var stated []said
	for _, q := range quads {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		label, _ := q.Label.(quad.IRI)
		if label != schema.CurationLabel && label != "" && s != label {
			stated = append(stated, said{label, s, q.Predicate.(quad.IRI), q.Object})
			if q.Predicate == schema.Type {
				get(s).types[q.Object.(quad.IRI)] = true
			}
			continue
		}
		n := get(s)
		p, _ := q.Predicate.(quad.IRI)
		switch o := q.Object.(type) {
		case quad.IRI:
			if p == schema.Type {
				n.types[o] = true
			} else {
				n.ref[p] = append(n.ref[p], o)
			}
		default:
			if v, ok := schema.Lexical(o); ok {
				n.str[p] = append(n.str[p], v)
			}
		}
	}

	first := func(vs []string) string {
		if len(vs) == 0 {
			return ""
		}
		return vs[0]
	}
	ref := func(iris []quad.IRI) schema.Ref {
		if len(iris) == 0 {
			return schema.Ref{}
		}
		return schema.Ref{ID: shortID(iris[0])}
	}
	entities := &schema.File{Path: string(schema.CurationLabel)}
	var order []*node
	for _, n := range nodes {
		order = append(order, n)
	}
	slices.SortFunc(order, func(a, b *node) int { return strings.Compare(string(a.iri), string(b.iri)) })
	for _, n := range order {
		for _, vs := range n.str {
			slices.Sort(vs) // the store's order is its own
		}
		id := shortID(n.iri)
		name := first(n.str[schema.Name])
		aliases := n.str[schema.AlternateName]
		switch {
		case n.types[schema.ClassArticle]:
			f := source(n.iri)
			f.Source.URL = first(n.str[schema.URL])
			f.Source.Publisher = first(n.str[schema.Publisher])
			f.Source.Title = cmp.Or(first(n.str[schema.Headline]), name)
			f.Source.Published = schema.Date{Value: first(n.str[schema.DatePublished])}
			f.Source.Dateline = ref(n.ref[schema.Location])
		case n.types[schema.ClassCountry]:
			entities.Countries = append(entities.Countries, schema.Country{ID: id, Name: name,
				OfficialName: first(n.str[schema.OfficialName]), Demonym: first(n.str[schema.Demonym]), Aliases: aliases})
		case n.types[schema.ClassPlace]:
			entities.Places = append(entities.Places, schema.Place{ID: id, Name: name, Kind: first(n.str[schema.Kind]),
				In: ref(n.ref[schema.ContainedIn]), Aliases: aliases})
		case n.types[schema.ClassPerson]:
			entities.People = append(entities.People, schema.Person{ID: id, Name: name,
				Honorifics: n.str[schema.Honorific], Aliases: aliases, Nationality: ref(n.ref[schema.Nationality])})
		case n.types[schema.ClassOrganization]:
			o := schema.Organization{ID: id, Name: name, Kind: first(n.str[schema.Kind]), Aliases: aliases,
				City: ref(n.ref[schema.Location]), Represents: ref(n.ref[schema.Represents]),
				PartOf: ref(n.ref[schema.PartOf]), URL: first(n.str[schema.URL])}
			if o.City.IsZero() {
				o.Country = ref(n.ref[schema.InCountry]) // else derived from the city
			}
			entities.Organizations = append(entities.Organizations, o)
		case n.types[schema.ClassPost]:
			entities.Posts = append(entities.Posts, schema.Post{ID: id, Name: name, Title: first(n.str[schema.Title]),
				Of: ref(n.ref[schema.PostIn]), Toward: ref(n.ref[schema.Toward]), Aliases: aliases})
		case n.types[schema.ClassGroup] && len(n.str[schema.Name]) > 0:
			entities.Groups = append(entities.Groups, schema.Group{ID: id, Name: name, Kind: first(n.str[schema.Kind]),
				PartOf: ref(n.ref[schema.PartOf]), Place: ref(n.ref[schema.Location]), Represents: ref(n.ref[schema.Represents])})
		}
	}

	// What each report states: the names it used, the posts it says were
	// held, and the ids its facts take.
	tenures := map[quad.IRI]map[quad.IRI]*schema.Tenure{}
	mentions := map[quad.IRI]map[string]*schema.Mention{}
	for _, st := range stated {
		f := source(st.label)
		obj, _ := schema.Lexical(st.obj)
		oiri, _ := st.obj.(quad.IRI)
		subj := nodes[st.subj]
		switch {
		case st.pred == schema.AlternateName && obj != "":
			byID := mentions[st.label]
			if byID == nil {
				byID = map[string]*schema.Mention{}
				mentions[st.label] = byID
			}
			id := shortID(st.subj)
			m := byID[id]
			if m == nil {
				m = &schema.Mention{ID: schema.Ref{ID: id}}
				byID[id] = m
			}
			m.As = append(m.As, obj)
		case subj != nil && subj.types[schema.ClassTenure]:
			byNode := tenures[st.label]
			if byNode == nil {
				byNode = map[quad.IRI]*schema.Tenure{}
				tenures[st.label] = byNode
			}
			t := byNode[st.subj]
			if t == nil {
				t = &schema.Tenure{}
				byNode[st.subj] = t
			}
			switch st.pred {
			case schema.Member:
				t.Person = schema.Ref{ID: shortID(oiri)}
			case schema.TenurePost:
				t.Post = schema.Ref{ID: shortID(oiri)}
			case schema.StartDate:
				t.From = schema.Date{Value: obj}
			case schema.EndDate:
				t.Until = schema.Date{Value: obj}
			case schema.Attested:
				t.AsOf = schema.Date{Value: obj}
			}
		case st.pred == schema.Type:
			id := shortID(st.subj)
			switch oiri {
			case schema.ClassVisit:
				f.Visits = append(f.Visits, schema.Visit{ID: id})
			case schema.ClassEvent:
				if !nodes[st.subj].types[schema.ClassVisit] {
					f.Events = append(f.Events, schema.Event{ID: id})
				}
			case schema.ClassDocument:
				f.Documents = append(f.Documents, schema.Document{ID: id})
			case schema.ClassRelation:
				f.Relations = append(f.Relations, schema.Relation{ID: id})
			case schema.ClassGroup:
				f.Groups = append(f.Groups, schema.Group{ID: id})
			}
		}
	}
	out := []*schema.File{entities}
	var labels []quad.IRI
	for l := range sources {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	for _, l := range labels {
		f := sources[l]
		var ids []string
		for id := range mentions[l] {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			m := mentions[l][id]
			slices.Sort(m.As)
			f.Mentions = append(f.Mentions, *m)
		}
		var tnodes []quad.IRI
		for n := range tenures[l] {
			tnodes = append(tnodes, n)
		}
		slices.Sort(tnodes)
		for _, n := range tnodes {
			f.Tenures = append(f.Tenures, *tenures[l][n])
		}
		out = append(out, f)
	}
	return out
}
