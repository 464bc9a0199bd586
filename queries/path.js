/* bilat-query
name: path
description: The shortest chain of co-participation in held events between two people or organizations, one row per event on it.
columns: [step, a, event, date, start, end, kind, place, b, source]
params:
  - name: from
    type: string
    required: true
    description: where the chain starts - a person, organization or group by name, alias or id
  - name: to
    type: string
    required: true
    description: where it ends - a person, organization or group by name, alias or id
  - name: max-hops
    type: int
    default: "6"
    min: 1
    description: give up after this many events
example: bilat query path --param from=Kistafin --param "to=Masuma Hasan"
*/
// A breadth-first search from both ends at once, one event at a time,
// growing the end with fewer parties to visit, until they meet: from the
// parties reached to the held events they took part in, and on to those
// events' other parties. Each step is an event that a and b both took part
// in. Of several shortest chains the first in IRI order is shown; with no
// chain of at most max-hops events, no rows.

var P = (typeof params === "undefined") ? {} : params;
var from = param("from", "");
var to = param("to", "");
var maxHops = param("max-hops", 6);

// bilat:include lib/helpers.js

var kinds = ["person", "org", "group"];

// side is one end of the search: for every party and event reached, the
// step it was reached by (toward that end), and the parties last reached.
function side(starts) {
  var s = {via: {}, frontier: starts.slice().sort(), events: 0};
  starts.forEach(function (n) { s.via[n] = ""; });
  return s;
}

// expand moves a side one event further: from its frontier to the held
// events they took part in, and on to those events' other parties. Nodes
// are taken in IRI order, so that of several shortest chains the same one
// is always found.
function expand(s) {
  var next = [];
  s.frontier.forEach(function (n) {
    nodesOf([n], "in", ROLES).filter(isHeld).sort().forEach(function (e) {
      if (e in s.via) return;
      s.via[e] = n;
      parties(e).map(function (p) { return p.node; }).sort().forEach(function (p) {
        if (!(p in s.via)) { s.via[p] = e; next.push(p); }
      });
    });
  });
  s.frontier = next;
  s.events++;
}

// meet returns the first party both sides reached, or "".
function meet(a, b) {
  return a.frontier.concat(b.frontier).filter(function (n) { return (n in a.via) && (n in b.via); }).sort()[0] || "";
}

var fwd = side(matched("from", from, resolve(from, kinds), kinds)), bwd = side(matched("to", to, resolve(to, kinds), kinds));
var at = meet(fwd, bwd);
// Grow the side with fewer parties to visit, until they meet.
while (!at && fwd.frontier.length && bwd.frontier.length && fwd.events + bwd.events < maxHops) {
  expand(fwd.frontier.length <= bwd.frontier.length ? fwd : bwd);
  at = meet(fwd, bwd);
}

// The chain: from `from` to the meeting party, then on to `to`.
var chain = [];
for (var n = at; n && fwd.via[n]; n = fwd.via[fwd.via[n]]) chain.unshift({a: fwd.via[fwd.via[n]], event: fwd.via[n], b: n});
for (n = at; n && bwd.via[n]; n = bwd.via[bwd.via[n]]) chain.push({a: n, event: bwd.via[n], b: bwd.via[bwd.via[n]]});
if (at && fwd.via[at] === "" && bwd.via[at] === "") chain = [];
chain.forEach(function (c, i) {
  g.emit({
    step: i + 1, a: name(c.a), event: slug(c.event), date: one(c.event, B + "date"),
    start: days(one(c.event, B + "date"))[0], end: days(one(c.event, B + "date"))[1], kind: one(c.event, B + "kind"),
    place: one(c.event, S + "location") ? name(one(c.event, S + "location")) : "", b: name(c.b), source: sources(c.event)
  });
});
