package graphtest

import (
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// SynthUnits makes n source units of about perUnit quads each, deterministic
// in (n, perUnit, version), for load tests and benchmarks. Units share some
// facts (the same triple under several labels), and a different version
// changes a few quads in every unit, as an edited corpus would.
func SynthUnits(n, perUnit, version int) []schema.Unit {
	units := make([]schema.Unit, n)
	for u := range units {
		label := schema.IRI(schema.KindSource, fmt.Sprintf("synth-%06d", u))
		add := func(qs []quad.Quad, s, p quad.IRI, o quad.Value) []quad.Quad {
			return append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
		}
		qs := make([]quad.Quad, 0, perUnit)
		qs = add(qs, label, schema.Type, schema.ClassArticle)
		qs = add(qs, label, schema.Headline, quad.String(fmt.Sprintf("Report %d, edition %d", u, version)))
		for e := 0; len(qs) < perUnit; e++ {
			// Every tenth event is also told by the previous report.
			id := fmt.Sprintf("ev-%d-%d", u, e)
			if e%10 == 0 && u > 0 {
				id = fmt.Sprintf("ev-%d-%d", u-1, e)
			}
			ev := schema.IRI(schema.KindEvent, id)
			host := schema.IRI(schema.KindPerson, fmt.Sprintf("p-%d", (u*7+e)%997))
			guest := schema.IRI(schema.KindPerson, fmt.Sprintf("p-%d", (u*13+e*3)%991))
			qs = add(qs, ev, schema.Type, schema.ClassEvent)
			qs = add(qs, ev, schema.Kind, quad.String("meeting"))
			qs = add(qs, ev, schema.Host, host)
			qs = add(qs, ev, schema.Guest, guest)
			qs = add(qs, ev, schema.Location, schema.IRI(schema.KindPlace, fmt.Sprintf("city-%d", e%50)))
			qs = add(qs, ev, schema.DateAsGiven, quad.String(fmt.Sprintf("20%02d-%02d-%02d", 10+u%14, 1+e%12, 1+e%28)))
			qs = add(qs, ev, schema.StatedEvents, quad.Int(e))
			qs = add(qs, ev, schema.Topic, quad.String(fmt.Sprintf("topic %d/%d", e%5, version)))
		}
		units[u] = schema.Unit{Label: label, Quads: qs}
	}
	return units
}
