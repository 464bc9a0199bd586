/* bilat-query
name: visits
description: Visits with their visitors, destinations, host country, dates and number of events, newest last.
columns: [visit, title, visitors, from_country, destinations, host_country, date, start, end, precision, status, events, stated_meetings, source]
params:
  - name: visitor
    type: string
    description: a visitor (person, organization or group, or a delegation a person led) by name, alias or id
  - name: from-country
    type: string
    description: a visitor's country, by ISO code or name
  - name: to-country
    type: string
    description: the host country, by ISO code or name
  - name: year
    type: int
    min: 1
    max: 9999
    description: visits whose dates fall (at least partly) in this year
example: bilat query visits --param to-country=PK --param year=2021
*/
// `events` counts the events a source records as part of the visit;
// `stated_meetings` is the number of meetings a report says were held. A
// visitor's country is a person's nationality or what an organization or
// group represents. The query starts from the visitor, else the host
// country, else the year, else all visits.

var P = (typeof params === "undefined") ? {} : params;
var visitor = param("visitor", "");
var fromCountry = param("from-country", "");
var toCountry = param("to-country", "");
var year = param("year", 0);

// bilat:include lib/helpers.js

var y4 = ("000" + year).slice(-4); // year 1 is 0001 in a date
var lo = year ? y4 + "-01-01" : "", hi = year ? y4 + "-12-31" : "";
var who = [], fromC = [], toC = [], visits;
if (visitor) {
  who = matched("visitor", visitor, resolve(visitor, ["person", "org", "group"]), ["person", "org", "group"]);
  who = uniq(who.concat(ofKind(nodesOf(who, "in", ["<" + B + "ledBy>", "<" + B + "member>"]), [B + "Group"])));
}
if (fromCountry) fromC = matched("from-country", fromCountry, resolveCountry(fromCountry), ["country"]);
if (toCountry) toC = matched("to-country", toCountry, resolveCountry(toCountry), ["country"]);
if (visitor) {
  visits = nodesOf(who, "in", "<" + B + "visitor>");
} else if (toCountry) {
  visits = nodesOf(toC, "in", "<" + B + "hostCountry>");
} else if (year) {
  visits = between(lo, hi, "visit");
} else if (fromCountry) {
  var reps = nodesOf(fromC, "in", ["<" + S + "nationality>", "<" + B + "represents>"]);
  visits = nodesOf(reps, "in", "<" + B + "visitor>");
} else {
  visits = nodes(g.V("<" + B + "Visit>").in(TYPE));
}

visits = visits.filter(function (v) { return v.indexOf("<" + ID + "visit/") === 0; });
var rows = [];
visits.forEach(function (v) {
  if (!inRange(v, lo, hi)) return;
  var vis = all(v, B + "visitor");
  var visCountries = uniq(vis.map(function (x) { return standsFor(x); }).filter(Boolean)).sort();
  var host = one(v, B + "hostCountry");
  if (visitor && !vis.some(function (x) { return who.indexOf(x) >= 0; })) return;
  if (fromCountry && !visCountries.some(function (c) { return fromC.indexOf(c) >= 0; })) return;
  if (toCountry && toC.indexOf(host) < 0) return;
  rows.push({
    visit: slug(v), title: one(v, S + "name"), visitors: vis.map(name),
    from_country: visCountries.map(code),
    destinations: all(v, B + "destination").map(name).sort(), host_country: code(host),
    date: one(v, B + "date"), start: days(one(v, B + "date"))[0], end: days(one(v, B + "date"))[1], precision: one(v, B + "datePrecision"), status: latestStatus(v),
    events: nodes(g.V(v).in("<" + S + "superEvent>")).length, stated_meetings: one(v, B + "statedMeetings") || null,
    source: sources(v), _start: one(v, S + "startDate") || "9999", _end: one(v, S + "endDate")
  });
});
sortEmit(rows, ["_start", "_end", "visit"]);
