/* bilat-query
name: who-met-whom
description: Every pair of parties on different sides of the same held event, with their posts at that date, the event, date, place and source.
columns: [event, kind, date, start, end, precision, date_basis, place, a_id, a, a_post, a_country, b_id, b, b_post, b_country, topics, source]
params:
  - name: person
    type: string
    description: a person (or, with include-groups, an organization or group) by name, alias or id; any case, part of a name matches
  - name: country
    type: string
    description: either party's country, by ISO code or name (nationality, or the country represented at the event)
  - name: from
    type: date
    description: events that end on or after this date
  - name: to
    type: date
    description: events that start on or before this date
  - name: source
    type: string
    description: only the events this report states, by source id or URL (to review the pairs one report adds)
  - name: include-groups
    type: bool
    default: "false"
    description: count organizations and groups as parties too, not only people
example: bilat query who-met-whom --param person=Kistafin
*/
// Two parties met when both took part (host, guest, attendee, organiser,
// co-chair) in one event whose status is held or background, and they were
// on different sides: their countries differ or, when a country is unknown,
// one was the host and the other the guest (attendees of unknown country
// are paired with no one; a party a report marks `side: unknown` neither).
// An office named as a participant stands for whoever held it at the
// event's dates when the graph knows exactly one holder, else for itself. One row per pair per event; with `person`, that person
// is `a`, otherwise a and b are in name order. A party's country is the one
// it represented at the event, else a person's nationality, else what an
// organization or group represents or belongs to. A post is the one held at
// the event's dates (see post-holders for the rule). Rows are in date order.
// The query starts from the most selective anchor: the person, else a date
// range of up to two years, else the country, else all events.

var P = (typeof params === "undefined") ? {} : params;
var person = param("person", "");
var country = param("country", "");
var from = param("from", "");
var to = param("to", "");
var source = param("source", "");
var includeGroups = param("include-groups", false);

// bilat:include lib/helpers.js

var lo = from ? firstDay(from) : "", hi = to ? lastDay(to) : "";
var kinds = includeGroups ? ["person", "org", "group"] : ["person"];
// A post's name finds whoever held it, each at the dates of their events.
// Parties and posts are looked for at once (one scan of the names, when
// it comes to that); a party found wins.
var matches = person ? resolve(person, kinds.concat(["post"])) : [];
var who = ofKind(matches, kinds.map(function (k) { return KIND_CLASS[k]; }));
var posts = who.length ? [] : ofKind(matches, [KIND_CLASS.post]);
if (posts.length) who = ofKind(nodesOf(posts, "in", "<http://www.w3.org/ns/org#holds>"), [S + "Person"]);
matched("person", person, who.length ? who : posts, posts.length ? ["post"] : kinds.concat(["post"]));

// isWho says whether a party is the one asked for at an event's dates: the
// person, or a holder of the post then.
function isWho(node, start, end) {
  if (who.indexOf(node) < 0) return false;
  return !posts.length || start !== "" && tenures(node).some(function (t) {
    return posts.indexOf(t.post) >= 0 && heldAt(t, start, end);
  });
}
var countries = country ? matched("country", country, resolveCountry(country), ["country"]) : [];
var reports = source ? matched("source", source, resolveSource(source), ["source"]) : [];
var events;
if (reports.length && !person) {
  events = nodes(g.V("<" + S + "Event>").labelContext(reports[0]).in(TYPE));
} else if (person) {
  events = eventsOf(who);
} else if (country && !narrow(lo, hi)) {
  events = eventsOfCountries(countries);
} else {
  events = between(lo, hi, "event");
}
events = events.filter(function (e) {
  return isHeld(e) && inRange(e, lo, hi) && (!reports.length || labelsOf(e).indexOf(reports[0]) >= 0);
});

var rows = [];
events.forEach(function (e) {
  var start = one(e, S + "startDate"), end = all(e, S + "endDate").slice(-1)[0] || "";
  var ps = parties(e).filter(function (p) { return !sideUnknown(p.node, e); });
  ps.forEach(function (p) { p.node = holderAt(p.node, start, end); });
  ps = ps.filter(function (p) { return includeGroups || isA(p.node, S + "Person") || isA(p.node, POST); });
  ps.forEach(function (p) { p.country = countryOf(p.node, e); });
  pairs(e, e, ps, start, end, one(e, B + "kind"));
  forget(e);
});

// A document that a report says was signed for two sides is a contact
// between its signatories, with no event made up to hold them: dated by
// the document, else by the event it was signed at.
var SIGNED = ["signed", "ratified"];
var docs = person ? nodesOf(nodesOf(who, "in", "<" + B + "signatory>"), "in", "<" + B + "signature>")
  : nodes(g.V("<" + B + "Document>").in(TYPE));
docs.forEach(function (d) {
  var sigs = all(d, B + "signature");
  if (sigs.length < 2 || !all(d, B + "status").some(function (s) { return SIGNED.indexOf(s) >= 0; })) return;
  var at = one(d, B + "signedAt"), dated = one(d, S + "startDate") ? d : at;
  if (!dated || !inRange(dated, lo, hi)) {
    if (lo !== "" || hi !== "") return;
  }
  if (reports.length && labelsOf(d).indexOf(reports[0]) < 0) return;
  var start = dated ? one(dated, S + "startDate") : "", end = dated ? all(dated, S + "endDate").slice(-1)[0] || "" : "";
  var ps = sigs.map(function (sg) {
    var node = holderAt(one(sg, B + "signatory"), start, end), side = one(sg, B + "signedFor");
    return {node: node, role: "signatory", country: side ? (isA(side, S + "Country") ? side : standsFor(side)) : standsFor(node)};
  }).filter(function (p) { return p.node && (includeGroups || isA(p.node, S + "Person") || isA(p.node, POST)); });
  pairs(d, dated || d, ps, start, end, "signing");
});

// pairs adds a row for each two parties of one contact on different sides.
function pairs(node, dated, ps, start, end, kind) {
  var ed = eventDate(dated), date = ed.date, span = days(date);
  ps.forEach(function (p) { p.name = name(p.node); });
  for (var i = 0; i < ps.length; i++) {
    for (var j = i + 1; j < ps.length; j++) {
      var a = ps[i], b = ps[j];
      if (!apart(a, b)) continue;
      var wa = who.length && isWho(a.node, start, end), wb = who.length && isWho(b.node, start, end);
      if (who.length && !wa && !wb) continue;
      if (countries.length && countries.indexOf(a.country) < 0 && countries.indexOf(b.country) < 0) continue;
      var swap = who.length ? !wa : (a.name > b.name || a.name === b.name && a.node > b.node);
      if (wa && wb) swap = a.name > b.name;
      if (swap) { var t = a; a = b; b = t; }
      rows.push({
        event: slug(node), kind: kind, date: date, start: span[0], end: span[1], precision: ed.precision, date_basis: ed.basis,
        place: one(dated, S + "location") ? name(one(dated, S + "location")) : "",
        a_id: slug(a.node), a: a.name, a_post: postsAt(a.node, node, start, end), a_country: code(a.country),
        b_id: slug(b.node), b: b.name, b_post: postsAt(b.node, node, start, end), b_country: code(b.country),
        topics: all(node, S + "about"), source: sources(node), _start: start || "9999", _end: end
      });
    }
  }
}

sortEmit(rows, ["_start", "_end", "event", "a", "b"]);
