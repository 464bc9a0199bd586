/* bilat-query
name: network
description: The co-participation network for the Cayley UI's Visualize tab - one row per pair of parties that took part in the same held event, tagged source and target.
columns: [source, target, source_name, target_name, source_country, target_country, events, first, last, start, end]
params:
  - name: person
    type: string
    description: only the events this person (or organization or group) took part in; any case, part of a name matches
  - name: include-groups
    type: bool
    default: "true"
    description: count organizations and groups as parties too, not only people
example: bilat query network --param person=Kistafin
*/
// Any two parties of one held event are linked, on whichever side they
// were. `source` and `target` are IRIs written as JSON-LD node references
// ({"@id": ...}), which is what the Visualize tab draws; Bilat prints them
// as plain IRIs. A party's country (its ISO code, "" when unknown) is the one
// it stands for: a person's nationality, else what it represents or belongs
// to; the explorer colours the parties by it. `events` counts the events a
// pair shared; first and last
// are the dates of the first and the last, as the reports give them.

var P = (typeof params === "undefined") ? {} : params;
var person = param("person", "");
var includeGroups = param("include-groups", true);

// bilat:include lib/helpers.js

var kinds = includeGroups ? ["person", "org", "group"] : ["person"];
var events = (person ? eventsOf(matched("person", person, resolve(person, kinds), kinds)) : between("", "", "event")).filter(isHeld);
var links = {};
events.forEach(function (e) {
  var ps = parties(e).filter(function (p) { return includeGroups || isA(p.node, S + "Person"); })
    .map(function (p) { return p.node; }).sort();
  for (var i = 0; i < ps.length; i++) {
    for (var j = i + 1; j < ps.length; j++) {
      var k = ps[i] + " " + ps[j];
      (links[k] = links[k] || {a: ps[i], b: ps[j], events: []}).events.push(e);
    }
  }
});

function dateKey(e) { return (one(e, S + "startDate") || "9999") + " " + one(e, S + "endDate") + " " + e; }

var rows = Object.keys(links).map(function (k) {
  var l = links[k], evs = uniq(l.events).sort(function (x, y) { return dateKey(x) < dateKey(y) ? -1 : 1; });
  return {
    source: {"@id": plain(l.a)}, target: {"@id": plain(l.b)}, source_name: name(l.a), target_name: name(l.b),
    source_country: code(standsFor(l.a)), target_country: code(standsFor(l.b)),
    events: evs.length, first: one(evs[0], B + "date"), last: one(evs[evs.length - 1], B + "date"),
    start: spanOf(evs)[0], end: spanOf(evs)[1],
    _a: plain(l.a), _b: plain(l.b)
  };
});
sortEmit(rows, ["source_name", "target_name", "_a", "_b"]);
