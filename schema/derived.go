package schema

import (
	"slices"

	"github.com/cayleygraph/quad"
)

// derived are the facts the loader works out from all files at once and
// writes with the records (see README, "Derived quads"): each unit that
// states a node carries them under its own label, and they depend on other
// files (entity files, restatements), so a change there changes the unit's
// content hash and the loader replaces the unit like any edited one: the
// store stays what a clean load gives.
type derived struct {
	// standsFor is the country each person, organization and group stands
	// for (StandsFor).
	standsFor map[string]quad.IRI
	// partyCountries are each event's PartyCountry values, sorted.
	partyCountries map[string][]quad.IRI
}

// derive works out the derived facts of validated files.
//
// An entity stands for a person's nationality, else the country an
// organization or group represents, else an organization's country (given,
// or its city's), else, for a group, what the group or organization it is
// part of stands for (four steps up at most). A party stood for a country
// at an event when a participant entry says it represented it there (of
// two reports' differing entries, the first by IRI), else for what it
// stands for. The queries read these values instead of working them out
// per row (queries/lib/helpers.js countryOf).
func derive(files []*File, kinds Kinds, placeIn map[string]Ref) derived {
	type standing struct {
		country Ref // nationality, else represents, else country
		partOf  Ref // a group's parent
		group   bool
	}
	stands := map[string]standing{}
	type party struct{ event, who string }
	represented := map[party]quad.IRI{}
	parties := map[string][]string{}
	for _, f := range files {
		for _, p := range f.People {
			stands[p.ID] = standing{country: p.Nationality}
		}
		for _, o := range f.Organizations {
			c := o.Represents
			if c.IsZero() {
				c = o.Country
			}
			if c.IsZero() {
				c = countryOf(kinds, placeIn, o.City)
			}
			stands[o.ID] = standing{country: c}
		}
		for _, g := range f.Groups {
			stands[g.ID] = standing{country: g.Represents, partOf: g.PartOf, group: true}
		}
		for _, ev := range f.Events {
			for _, p := range ev.Participants {
				parties[ev.ID] = append(parties[ev.ID], p.Who.ID)
				if p.Represents.IsZero() {
					continue
				}
				k, c := party{ev.ID, p.Who.ID}, kinds.IRIOf(p.Represents)
				if old, ok := represented[k]; !ok || c < old {
					represented[k] = c
				}
			}
		}
	}
	d := derived{standsFor: make(map[string]quad.IRI, len(stands)), partyCountries: make(map[string][]quad.IRI, len(parties))}
	for id := range stands {
		for at, depth := id, 0; ; depth++ {
			s := stands[at]
			if !s.country.IsZero() {
				d.standsFor[id] = kinds.IRIOf(s.country)
				break
			}
			if depth > 3 || !s.group || s.partOf.IsZero() {
				break
			}
			at = s.partOf.ID
		}
	}
	for ev, whos := range parties {
		var cs []quad.IRI
		for _, who := range whos {
			c, ok := represented[party{ev, who}]
			if !ok {
				c = d.standsFor[who]
			}
			if c != "" {
				cs = append(cs, c)
			}
		}
		slices.Sort(cs)
		d.partyCountries[ev] = slices.Compact(cs)
	}
	return d
}
