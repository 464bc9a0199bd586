/* bilat-query
name: institutions
description: Organizations that a country's representatives visited or met, with kind, city, number of events, first and last date and who met them.
columns: [institution, kind, city, country, events, first, last, start, end, met_by]
params:
  - name: country
    type: string
    description: the visiting country, by ISO code or name; without it, every held event counts
  - name: from
    type: date
    description: events that end on or after this date
  - name: to
    type: date
    description: events that start on or before this date
example: bilat query institutions --param country=KZ
*/
// An organization was visited or met when a held event took place at it
// (venue), or it, or a group that is part of it, took part in a held event
// with a representative of the country. The country's own organizations
// are left out. `met_by` names the country's people at those events;
// `first` and `last` are dates as the reports give them.

var P = (typeof params === "undefined") ? {} : params;
var country = param("country", "");
var from = param("from", "");
var to = param("to", "");

// bilat:include lib/helpers.js

var lo = from ? firstDay(from) : "", hi = to ? lastDay(to) : "";
var countries = country ? matched("country", country, resolveCountry(country), ["country"]) : [];
var events;
if (country && !narrow(lo, hi)) {
  events = eventsOfCountries(countries);
} else {
  events = between(lo, hi, "event");
}
events = events.filter(function (e) { return isHeld(e) && inRange(e, lo, hi); });

// orgOf is the organization a party is or is part of ("" for a person).
function orgOf(party) {
  for (var n = party, i = 0; n && i < 4; n = one(n, B + "partOf"), i++) {
    if (isA(n, S + "Organization")) return n;
    if (!isA(n, B + "Group")) return "";
  }
  return "";
}

var byOrg = {};
events.forEach(function (e) {
  var ps = parties(e).map(function (p) { return {node: p.node, country: countryOf(p.node, e)}; });
  var mine = ps.filter(function (p) { return !country || countries.indexOf(p.country) >= 0; });
  if (!mine.length) return;
  var orgs = ps.map(function (p) { return orgOf(p.node); }).concat(all(e, B + "venue"));
  uniq(orgs.filter(Boolean)).forEach(function (o) {
    if (country && countries.indexOf(standsFor(o)) >= 0) return;
    var r = byOrg[o] = byOrg[o] || {org: o, events: [], people: []};
    r.events.push(e);
    mine.forEach(function (p) { if (isA(p.node, S + "Person")) r.people.push(p.node); });
  });
});

function dateKey(e) { return (one(e, S + "startDate") || "9999") + " " + one(e, S + "endDate") + " " + e; }

var rows = Object.keys(byOrg).map(function (o) {
  var r = byOrg[o], evs = uniq(r.events).sort(function (x, y) { return dateKey(x) < dateKey(y) ? -1 : 1; });
  return {
    institution: name(o), kind: one(o, B + "kind"), city: one(o, S + "location") ? name(one(o, S + "location")) : "",
    country: code(standsFor(o)), events: evs.length,
    first: one(evs[0], B + "date"), last: one(evs[evs.length - 1], B + "date"),
    start: spanOf(evs)[0], end: spanOf(evs)[1],
    met_by: uniq(r.people.map(name)).sort(), _start: dateKey(evs[0])
  };
});
sortEmit(rows, ["_start", "institution"]);
