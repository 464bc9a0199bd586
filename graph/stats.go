package graph

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// Count is one line of Stats: what was counted and how many.
type Count struct {
	Name string `json:"name"`
	N    int64  `json:"count"`
}

// statClasses are the record kinds Stats counts, by rdf:type, in the order
// they are shown.
var statClasses = []struct {
	name  string
	class quad.IRI
}{
	{"sources", schema.ClassArticle},
	{"countries", schema.ClassCountry},
	{"places", schema.ClassPlace},
	{"people", schema.ClassPerson},
	{"organizations", schema.ClassOrganization},
	{"groups", schema.ClassGroup},
	{"posts", schema.ClassPost},
	{"visits", schema.ClassVisit},
	{"events", schema.ClassEvent},
	{"tenures", schema.ClassTenure},
	{"documents", schema.ClassDocument},
	{"relations", schema.ClassRelation},
}

// Stats counts the quads and the records of each kind: distinct subjects
// with that rdf:type, whichever sources state it. Events do not include
// visits, which are typed schema:Event too.
func (s *Store) Stats(ctx context.Context) ([]Count, error) {
	qs := s.h.QuadStore
	n, err := s.QuadCount(ctx)
	if err != nil {
		return nil, err
	}
	out := []Count{{Name: "quads", N: n}}
	typ, err := refOf(qs, schema.Type)
	if err != nil {
		return nil, err
	}
	var visits map[any]bool
	for _, c := range statClasses {
		subjects, err := typedSubjects(ctx, qs, typ, c.class)
		if err != nil {
			return nil, err
		}
		switch c.class {
		case schema.ClassVisit:
			visits = subjects
		case schema.ClassEvent:
			for k := range visits {
				delete(subjects, k)
			}
		}
		out = append(out, Count{Name: c.name, N: int64(len(subjects))})
	}
	return out, nil
}

// typedSubjects returns the keys of the subjects of `?s rdf:type class`.
// It compares store references only, so no value is read back.
func typedSubjects(ctx context.Context, qs cgraph.QuadStore, typ cgraph.Ref, class quad.IRI) (map[any]bool, error) {
	out := map[any]bool{}
	if typ == nil {
		return out, nil
	}
	cls, err := refOf(qs, class)
	if err != nil || cls == nil {
		return out, err
	}
	typKey := refs.ToKey(typ)
	it := qs.QuadIterator(quad.Object, cls).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		p, err := qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return nil, err
		}
		if refs.ToKey(p) != typKey {
			continue
		}
		subj, err := qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return nil, err
		}
		out[refs.ToKey(subj)] = true
	}
	return out, it.Err()
}

// QuadCount counts the quads in the store; a key-value store that was
// created but never written to (a first load killed before its first
// commit) holds none. Cayley's SQL store caches its count until its own
// writer writes, so Bilat's writes (or another process's) would go unseen:
// a postgres store is asked directly.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	if s.pg != nil {
		var n int64
		err := s.pg.QueryRowContext(ctx, "SELECT count(*) FROM quads").Scan(&n)
		return n, err
	}
	st, err := s.h.QuadStore.Stats(ctx, true)
	if errors.Is(err, ckv.ErrNoBucket) {
		return 0, nil // a key-value store that was never written to
	}
	return st.Quads.Value, err
}
