/* bilat-query
name: topics
description: Topics discussed at held events between representatives of two countries, with the number of events and the first and last date.
columns: [topic, events, first, last, start, end, with]
params:
  - name: a
    type: string
    required: true
    description: one country, by ISO code or name
  - name: b
    type: string
    description: the other country; without it, any other country
  - name: from
    type: date
    description: events that end on or after this date
  - name: to
    type: date
    description: events that start on or before this date
example: bilat query topics --param a=KZ --param b=PK
*/
// An event counts when a party standing for `a` and a party standing for
// `b` (any other known country when b is not given) took part in it; its
// topics are the schema:about values the report gives. `with` lists the
// other side's countries. Rows: most discussed first, then by first date.

var P = (typeof params === "undefined") ? {} : params;
var a = param("a", "");
var b = param("b", "");
var from = param("from", "");
var to = param("to", "");

// bilat:include lib/helpers.js

var lo = from ? firstDay(from) : "", hi = to ? lastDay(to) : "";
var ca = matched("a", a, resolveCountry(a), ["country"]), cb = b ? matched("b", b, resolveCountry(b), ["country"]) : [];
// With both countries given, the events of each pair of them, from the
// pair's index node (bilat:countryPair, written by Bilat's loader).
var events;
if (narrow(lo, hi)) events = between(lo, hi, "event");
else if (!b) events = eventsOfCountries(ca);
else {
  var pairNodes = [];
  ca.forEach(function (x) {
    cb.forEach(function (y) {
      if (x !== y) pairNodes.push("<" + ID + "pair/" + [code(x), code(y)].sort().join("-") + ">");
    });
  });
  events = nodesOf(pairNodes, "in", "<" + B + "countryPair>");
}
events = events.filter(function (e) { return isHeld(e) && inRange(e, lo, hi); });

var byTopic = {};
events.forEach(function (e) {
  var cs = all(e, B + "partyCountry");
  if (!cs.some(function (c) { return ca.indexOf(c) >= 0; })) return;
  var others = uniq(cs.filter(function (c) { return ca.indexOf(c) < 0 && (!b || cb.indexOf(c) >= 0); }));
  if (!others.length) return;
  all(e, S + "about").forEach(function (t) {
    var r = byTopic[t] = byTopic[t] || {events: [], with: []};
    r.events.push(e);
    r.with = r.with.concat(others);
  });
});

function dateKey(e) { return (one(e, S + "startDate") || "9999") + " " + one(e, S + "endDate") + " " + e; }

var rows = Object.keys(byTopic).map(function (t) {
  var r = byTopic[t], evs = uniq(r.events).sort(function (x, y) { return dateKey(x) < dateKey(y) ? -1 : 1; });
  return {
    topic: t, events: evs.length, first: one(evs[0], B + "date"), last: one(evs[evs.length - 1], B + "date"),
    start: spanOf(evs)[0], end: spanOf(evs)[1],
    with: uniq(r.with).map(code).sort(), _n: -evs.length, _first: dateKey(evs[0])
  };
});
sortEmit(rows, ["_n", "_first", "topic"]);
