/* bilat-query
name: timeline
description: One person's, organization's or group's events and visits in date order, with their role, the counterparts, place and source.
columns: [date, start, end, precision, date_basis, who_id, who, event, kind, title, status, role, counterpart_ids, counterparts, topics, place, source]
params:
  - name: who
    type: string
    required: true
    description: a person, organization or group by name, alias or id; any case, part of a name matches
  - name: from
    type: date
    description: events that end on or after this date
  - name: to
    type: date
    description: events that start on or before this date
example: bilat query timeline --param who=yerzhan-kistafin
*/
// An entity's events are those it took part in (in any role and any status:
// planned and cancelled ones are listed with their status), the events held
// at an organization (role "venue"), those a group it leads, belongs to or
// is part of took part in (role "via <group>"), and the visits it made
// (kind "visit", role "visitor"). Undated entries come last.

var P = (typeof params === "undefined") ? {} : params;
var who = param("who", "");
var from = param("from", "");
var to = param("to", "");

// bilat:include lib/helpers.js

var lo = from ? firstDay(from) : "", hi = to ? lastDay(to) : "";
var rows = [];

function addRow(ent, node, kind, role, others) {
  if (!inRange(node, lo, hi)) return;
  var place = all(node, S + "location").map(name).sort().join("; ");
  var ed = eventDate(node), date = ed.date, span = days(date), cps = byName(others);
  rows.push({
    date: date, start: span[0], end: span[1], precision: ed.precision, date_basis: ed.basis, who_id: slug(ent), who: name(ent),
    event: slug(node), kind: kind, title: one(node, S + "name"), status: latestStatus(node), role: role,
    counterpart_ids: cps.map(function (c) { return slug(c.node); }), counterparts: cps.map(function (c) { return c.name; }),
    topics: all(node, S + "about"), place: place, source: sources(node),
    _start: one(node, S + "startDate") || "9999", _end: one(node, S + "endDate")
  });
}

matched("who", who, resolve(who, ["person", "org", "group"]), ["person", "org", "group"]).forEach(function (ent) {
  var seen = {};
  // Groups the entity leads, belongs to, or that are part of it.
  var groups = ofKind(nodes(g.V(ent).in(["<" + B + "ledBy>", "<" + B + "member>", "<" + B + "partOf>"])), [B + "Group"]);
  [[ent]].concat(groups.map(function (gr) { return [gr]; })).forEach(function (via) {
    nodesOf(via, "in", ROLES).forEach(function (e) {
      if (seen[e]) return;
      seen[e] = true;
      var ps = parties(e), mine = ps.filter(function (p) { return p.node === via[0]; });
      var role = via[0] === ent ? mine.map(function (p) { return p.role; }).join(", ") : "via " + name(via[0]);
      addRow(ent, e, one(e, B + "kind"), role, ps.filter(function (p) { return p.node !== via[0]; }).map(function (p) { return p.node; }));
    });
  });
  // Events that name an office the entity held at their dates, not the
  // person ("the Governor of Punjab received ..."): its events too.
  if (isA(ent, S + "Person")) {
    uniq(tenures(ent).map(function (t) { return t.post; })).forEach(function (post) {
      nodesOf([post], "in", ROLES).forEach(function (e) {
        if (seen[e] || holderAt(post, one(e, S + "startDate"), all(e, S + "endDate").slice(-1)[0] || "") !== ent) return;
        seen[e] = true;
        var ps = parties(e), mine = ps.filter(function (p) { return p.node === post; });
        addRow(ent, e, one(e, B + "kind"), mine.map(function (p) { return p.role; }).join(", ") + " (as " + name(post) + ")",
          ps.filter(function (p) { return p.node !== post; }).map(function (p) { return p.node; }));
      });
    });
  }
  nodes(g.V(ent).in("<" + B + "venue>")).forEach(function (e) {
    if (seen[e]) return;
    seen[e] = true;
    addRow(ent, e, one(e, B + "kind"), "venue", parties(e).map(function (p) { return p.node; }));
  });
  nodesOf([ent].concat(groups), "in", "<" + B + "visitor>").forEach(function (v) {
    if (seen[v]) return;
    seen[v] = true;
    var others = all(v, B + "visitor").filter(function (x) { return x !== ent; });
    addRow(ent, v, "visit", "visitor", others);
  });
});
sortEmit(rows, ["_start", "_end", "who", "event"]);
