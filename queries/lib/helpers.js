// ---- helpers: kept once, in queries/lib/helpers.js, and put into each query when it is loaded ----

var S = "http://schema.org/", B = "https://bilat.dev/ns/", ID = "https://bilat.dev/id/";
var TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var ROLE = {};
ROLE[B + "host"] = "host";
ROLE[B + "guest"] = "guest";
ROLE[S + "attendee"] = "attendee";
ROLE[B + "organiser"] = "organiser";
ROLE[B + "coChair"] = "co-chair";
var ROLES = Object.keys(ROLE).map(function (r) { return "<" + r + ">"; });
var HELD = ["held", "background"];

function param(name, def) {
  return (P[name] === undefined || P[name] === null) ? def : P[name];
}

// val normalises what Gizmo returns: IRIs as "<iri>" (JSON) or {"@id": iri}
// (JSON-LD, as the Cayley UI's Visualize tab asks), literals as plain values.
// Dates are typed literals (xsd:date, xsd:gYearMonth, xsd:gYear), which
// JSON gives as "\"2021-10-12\"^^<...#date>": val keeps their text.
function val(v) {
  if (v !== null && typeof v === "object") {
    if ("@id" in v) return "<" + v["@id"] + ">";
    if ("@value" in v) return v["@value"];
  }
  var typed = typeof v === "string" && /^"([^"\\]*)"\^\^<[^>]*>$/.exec(v);
  return typed ? typed[1] : v;
}

function plain(iri) { return String(iri).replace(/^<(.*)>$/, "$1"); }

// slug is the id part of a Bilat IRI: <https://bilat.dev/id/person/x> -> x.
function slug(iri) { return plain(iri).replace(/^.*\//, ""); }

function uniq(list) {
  var seen = {}, out = [];
  list.forEach(function (x) { if (!seen[x]) { seen[x] = true; out.push(x); } });
  return out;
}

function nodes(path) { return uniq(path.toArray().map(val)); }

// all lists a node's values of one predicate, in a stable order. Values
// are read when first needed, one node and one predicate at a time: Cayley
// answers g.V(node).out(pred) from an index prefix, while several start
// nodes, a list of predicates, or a tag on the predicate make it intersect
// with every quad of those predicates, hundreds of times slower.
var cache = {};
function all(node, pred) {
  var c = cache[node] = cache[node] || {};
  // nodes() keeps a fact that two sources state (two quads) once.
  if (!(pred in c)) c[pred] = nodes(g.V(node).out("<" + pred + ">")).sort();
  return c[pred];
}

function one(node, pred) { return all(node, pred)[0] || ""; }

// forget drops what the query read of a node it will not visit again (an
// event once its rows are made), so that a query over every event holds
// one event's values at a time, not all of them.
function forget(node) {
  delete cache[node];
  delete labelCache[node];
}

// labelsOf lists, in order, the labels (reports, and the entity files'
// curation label) of the quads a node is the subject or the object of;
// read once per node: a labels() lookup costs as much as ten of all's.
var labelCache = {};
function labelsOf(node) {
  if (!labelCache[node]) labelCache[node] = nodes(g.V(node).labels()).sort();
  return labelCache[node];
}

function isA(node, cls) { return all(node, TYPE.slice(1, -1)).indexOf("<" + cls + ">") >= 0; }

// ofKind keeps the nodes of the given classes.
function ofKind(list, classes) {
  return list.filter(function (n) { return classes.some(function (c) { return isA(n, c); }); });
}

function name(node) { return one(node, S + "name") || slug(node); }

// nodesOf follows pred into (in) or out of each node of a list, one node
// at a time (see all), and returns the nodes reached.
function nodesOf(list, dir, preds) {
  var out = [];
  uniq(list).forEach(function (n) { out.push.apply(out, nodes(g.V(n)[dir](preds))); });
  return uniq(out);
}

var KIND_CLASS = {person: S + "Person", org: S + "Organization", group: B + "Group", country: S + "Country",
  place: S + "Place", post: "http://www.w3.org/ns/org#Post", event: S + "Event", visit: B + "Visit"};

// resolve finds the nodes of the given kinds (person, org, ...) that text
// names: by id, else by exact name, alias or title, else by a part of one in
// any case, with or without accents and punctuation ("mehmet pacaci" finds
// Mehmet Paçaci, "Y Kistafin" finds Y.Kistafin). The text is only ever a
// value, never query code.
function resolve(text, kinds) {
  text = String(text).trim();
  if (text === "") return [];
  var classes = kinds.map(function (k) { return KIND_CLASS[k]; });
  var id = text.toLowerCase();
  var found = [];
  if (/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    found = ofKind(kinds.map(function (k) { return "<" + ID + k + "/" + id + ">"; }), classes);
    if (found.length) return found;
  }
  var named = ["<" + S + "name>", "<" + S + "alternateName>", "<" + B + "title>"];
  // The usual ways of writing a name in other case are looked up as they
  // are (an index answers); only then is every name scanned.
  var lower = text.toLowerCase(), words = lower.replace(/(^|[\s.-])(\S)/g, function (m, a, b) { return a + b.toUpperCase(); });
  uniq([text, lower, text.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1), words]).forEach(function (v) {
    found = found.concat(nodes(g.V(str(v)).in(named)));
  });
  found = ofKind(uniq(found), classes).sort();
  if (found.length) return found;
  var re = namePattern(text);
  return re ? ofKind(nodes(g.V().filter(regex(re)).in(named)), classes).sort() : [];
}

// fold is a name as matching compares it: lower case, accents dropped,
// punctuation and runs of space as one space.
function fold(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/\u0131/g, "i").replace(/\u00f8/g, "o").replace(/\u0142/g, "l").replace(/\u0111/g, "d")
    .replace(NON_WORD, " ").trim();
}

var NON_WORD = /[\s!-\/:-@\[-`{-~\u00a0-\u00bf\u2010-\u205f]+/g;

// namePattern is a regular expression (Go's syntax, as Cayley's regex filter
// reads it) that finds text inside a name in any case, a letter with or
// without its accents, words apart or joined by any punctuation; "" when
// the text has no letter or digit.
var ACCENTED = "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u0101\u0103\u0105\u01ce\u00e7\u0107\u0109\u010b\u010d\u010f\u0111" +
  "\u00e8\u00e9\u00ea\u00eb\u0113\u0115\u0117\u0119\u011b\u011d\u011f\u0121\u0123\u0125\u0127\u00ec\u00ed\u00ee\u00ef" +
  "\u0129\u012b\u012d\u012f\u0131\u0135\u0137\u013a\u013c\u013e\u0140\u0142\u00f1\u0144\u0146\u0148\u00f2\u00f3\u00f4" +
  "\u00f5\u00f6\u00f8\u014d\u014f\u0151\u01d2\u0155\u0157\u0159\u015b\u015d\u015f\u0161\u0219\u0163\u0165\u021b\u00f9" +
  "\u00fa\u00fb\u00fc\u0169\u016b\u016d\u016f\u0171\u0173\u01d4\u0175\u00fd\u00ff\u0177\u017a\u017c\u017e";
function namePattern(text) {
  var words = fold(text);
  if (words === "") return "";
  var variants = {};
  ACCENTED.split("").forEach(function (c) { var b = fold(c); variants[b] = (variants[b] || "") + c; });
  // Written for both engines that run it: Go's regexp (memory, bolt) and
  // PostgreSQL's, which has no \pL; a separator is anything but a letter of
  // the table or a digit, alike in both.
  var out = "", sep = "[^a-zA-Z0-9" + ACCENTED + "]*";
  words.split("").forEach(function (c) {
    if (c === " ") out += sep;
    else if (variants[c]) out += "[" + c + variants[c] + "]";
    else out += c.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  });
  return "(?i)" + out;
}

// resolveCountry finds countries by ISO code, name, official name, alias or
// demonym, in any case, with or without accents and punctuation.
function resolveCountry(text) {
  text = String(text).trim();
  if (text === "") return [];
  if (/^[A-Za-z]{2}$/.test(text)) {
    var code = ofKind(["<" + ID + "country/" + text.toUpperCase() + ">"], [S + "Country"]);
    if (code.length) return code;
  }
  var want = fold(text), names = [S + "name", S + "alternateName", B + "officialName", B + "demonym"];
  var countries = nodes(g.V("<" + S + "Country>").in(TYPE));
  return countries.filter(function (c) {
    return names.some(function (k) {
      return all(c, k).some(function (v) { return fold(v) === want; });
    });
  }).sort();
}

// matched returns what resolve or resolveCountry found for a parameter, or,
// when its text names nothing, stops the query with a message saying so;
// Bilat answers it with the closest names in the graph. The bracketed part
// is for Bilat to read.
var KIND_WORD = {person: "person", org: "organization", group: "group", country: "country",
  place: "place", post: "post", event: "event", visit: "visit"};
function matched(param, text, list, kinds) {
  if (list.length || String(text).trim() === "") return list;
  var what = kinds.map(function (k) { return KIND_WORD[k]; });
  throw new Error("no " + what.join(", ") + " matches " + param + "=" + JSON.stringify(String(text)) +
    " [bilat-miss " + JSON.stringify({param: param, value: String(text), kinds: kinds}) + "]");
}

// xsdDate is a YYYY-MM-DD day as the store holds it, to look it up.
function xsdDate(day) { return '"' + day + '"^^<http://www.w3.org/2001/XMLSchema#date>'; }

// Dates are ISO 8601 strings; the day bounds of YYYY, YYYY-MM, YYYY-MM-DD
// and A/B intervals compare as text.
function firstDay(d) {
  d = String(d).split("/")[0];
  return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d;
}

function lastDay(d) {
  var parts = String(d).split("/");
  d = parts[parts.length - 1];
  if (d.length === 4) return d + "-12-31";
  if (d.length === 7) return addDays(nextMonth(d) + "-01", -1);
  return d;
}

function nextMonth(ym) {
  var y = +ym.slice(0, 4), m = +ym.slice(5, 7) + 1;
  if (m > 12) { y++; m = 1; }
  return y + "-" + (m < 10 ? "0" : "") + m;
}

// addDays stays within the years 0001-9999 that dates are written in, so
// that a bound near either end stays a date.
function addDays(day, n) {
  var t = new Date(day + "T00:00:00Z");
  t.setUTCDate(t.getUTCDate() + n);
  var y = t.getUTCFullYear();
  if (y < 1) return "0001-01-01";
  if (y > 9999) return "9999-12-31";
  return t.toISOString().slice(0, 10);
}

// overlaps says whether [a1, a2] and [b1, b2] share a day; "" is an open end.
function overlaps(a1, a2, b1, b2) {
  return (b2 === "" || a1 === "" || a1 <= b2) && (b1 === "" || a2 === "" || a2 >= b1);
}

// tenures lists the posts a person held, each with the span it counts for:
// from and until when the reports give them; a bound they leave out is the
// earliest or latest date a report attests the post, widened by half a
// year; with neither, that end is open.
var MARGIN_DAYS = 183;
var tenureCache = {};
function tenures(personNode) {
  if (tenureCache[personNode]) return tenureCache[personNode];
  // A person's tenure of a post is the node bilatid:tenure/PERSON--POST.
  var ts = all(personNode, "http://www.w3.org/ns/org#holds").map(function (p) {
    return "<" + ID + "tenure/" + slug(personNode) + "--" + slug(p) + ">";
  });
  var out = ts.map(function (t) {
    var att = all(t, B + "attested");
    var lo = att.length ? addDays(firstDay(att[0]), -MARGIN_DAYS) : "";
    var hi = att.length ? addDays(lastDay(att[att.length - 1]), MARGIN_DAYS) : "";
    return {
      node: t, post: one(t, B + "post"), former: one(t, B + "tenureStatus") === "former",
      from: one(t, S + "startDate"), until: one(t, S + "endDate"), attested: att,
      start: one(t, S + "startDate") || lo, end: one(t, S + "endDate") || hi
    };
  });
  tenureCache[personNode] = out;
  return out;
}

// postAt names the posts a party held during [start, end].
// heldAt says whether a tenure was held at some time in [start, end]. A
// tenure a report calls former ("a former Vice President") with no dates
// says when it was not held, not when it was: it is held at no date.
function heldAt(t, start, end) {
  return !(t.former && !t.from && !t.until) && overlaps(t.start, t.end, start, end);
}

function postAt(party, start, end) {
  if (!isA(party, S + "Person") || start === "") return [];
  return uniq(tenures(party).filter(function (t) { return heldAt(t, start, end); })
    .map(function (t) { return name(t.post); }).sort());
}

// eventDate is, of the dates the reports give a node, the most precise one
// (a day before a month before a year; of two intervals the shorter), with
// its precision read from it, and where the reports say the date comes
// from (date_basis: stated, dateline, relative, inferred, not-stated), so
// that an inferred date is never shown as a stated one.
function eventDate(node) {
  var ds = all(node, B + "date"), basis = all(node, B + "dateBasis");
  if (!ds.length) return {date: "", precision: one(node, B + "datePrecision") || "unknown", basis: basis};
  var width = function (d) { return (Date.parse(lastDay(d)) - Date.parse(firstDay(d))) || 0; };
  var best = ds.slice().sort(function (x, y) { return width(x) - width(y) || (x < y ? -1 : x > y ? 1 : 0); })[0];
  var precision = best.indexOf("/") >= 0 ? "interval" : {4: "year", 7: "month"}[best.length] || "day";
  return {date: best, precision: precision, basis: basis};
}

// latestStatus is the status the latest report gives a node (by its
// publication date; reports of one day in id order): a visit first
// announced and then reported held shows as held.
function latestStatus(node) {
  var st = all(node, B + "status");
  if (st.length < 2) return st[0] || "";
  var told = labelsOf(node).filter(function (l) { return l !== CURATION; }).map(function (l) {
    return {pub: one(l, S + "datePublished"), label: l, status: nodes(g.V(node).labelContext(l).out("<" + B + "status>"))[0] || ""};
  }).filter(function (x) { return x.status; });
  told.sort(function (x, y) { return x.pub < y.pub ? 1 : x.pub > y.pub ? -1 : x.label < y.label ? 1 : -1; });
  return told.length ? told[0].status : st[0];
}

// postsAt are a party's posts at an event's dates; for an undated event,
// its posts as of its reports' publication, marked as such.
function postsAt(party, event, start, end) {
  if (start !== "") return postAt(party, start, end);
  var pub = labelsOf(event).map(function (l) { return one(l, S + "datePublished"); }).filter(Boolean).sort();
  if (!pub.length) return [];
  var day = firstDay(pub[pub.length - 1]);
  return postAt(party, day, day).map(function (p) { return p + " (as of publication " + day + ")"; });
}

// resolveSource finds a report by its source id or URL.
function resolveSource(text) {
  text = String(text).trim();
  var id = ofKind(["<" + ID + "source/" + text + ">"], [S + "NewsArticle"]);
  if (id.length) return id;
  return nodes(g.V(str(text)).in("<" + S + "url>")).filter(function (n) { return n.indexOf("<" + ID + "source/") === 0; });
}

// sources cites the reports that state a node's facts, each as {id,
// publisher, url, published}; a table or CSV shows "Publisher (URL)".
var CURATION = "<" + ID + "curation>";
function sources(node) {
  var labels = labelsOf(node).filter(function (l) { return l !== CURATION; });
  return labels.map(function (l) {
    return {id: slug(l), publisher: one(l, S + "publisher"), url: one(l, S + "url"), published: one(l, S + "datePublished")};
  });
}

// days are the first and last day of a date as a report gives it
// ("2023" -> 2023-01-01 and 2023-12-31): what scripts
// sort and filter by (null when undated).
function days(date) { return date ? [firstDay(date), lastDay(date)] : [null, null]; }

// spanOf is the first and last day of a list of events or visits: from
// the earliest first day to the latest last day of their dates (null when
// none is dated).
function spanOf(list) {
  var lo = null, hi = null;
  list.forEach(function (n) {
    var d = days(one(n, B + "date"));
    if (d[0] !== null && (lo === null || d[0] < lo)) lo = d[0];
    if (d[1] !== null && (hi === null || d[1] > hi)) hi = d[1];
  });
  return [lo, hi];
}

// byName sorts parties (nodes) by name, then id.
function byName(list) {
  return list.map(function (n) { return {node: n, name: name(n)}; })
    .sort(function (x, y) { return x.name < y.name ? -1 : x.name > y.name ? 1 : x.node < y.node ? -1 : 1; });
}

// countryOf is the country a party stood for at an event: the one it
// represented there, else what it stands for. "" when unknown. The
// countries of all of an event's parties are stored with it
// (bilat:partyCountry), worked out by the loader by this rule.
function countryOf(party, event) {
  var parts = all(event, B + "participation");
  for (var i = 0; i < parts.length; i++) {
    if (one(parts[i], "http://www.w3.org/ns/org#member") === party && one(parts[i], B + "represents")) {
      return one(parts[i], B + "represents");
    }
  }
  return standsFor(party);
}

// sideUnknown says whether a report states that it does not know which side
// a party was on at an event (`side: unknown`): such a party is paired with
// no one.
function sideUnknown(party, event) {
  return all(event, B + "participation").some(function (p) {
    return one(p, "http://www.w3.org/ns/org#member") === party && one(p, B + "side") === "unknown";
  });
}

// apart says whether two parties of one event were on different sides:
// their countries differ or, when a country is not known, one was the host
// and the other the guest. An attendee of unknown country is paired with
// no one by role alone (three unnamed-country attendees were nine pairs).
function apart(a, b) {
  if (a.country && b.country) return a.country !== b.country;
  return a.role !== b.role && (a.role === "host" || a.role === "guest") && (b.role === "host" || b.role === "guest");
}

// holderAt resolves an office named as a participant ("the Governor of
// Punjab received ...") to whoever held it at the event's dates, when the
// graph knows exactly one; otherwise the office itself stays the party.
var POST = "http://www.w3.org/ns/org#Post";
function holderAt(node, start, end) {
  if (start === "" || !isA(node, POST)) return node;
  var holders = nodes(g.V(node).in("<http://www.w3.org/ns/org#holds>")).filter(function (p) {
    return tenures(p).some(function (t) { return t.post === node && heldAt(t, start, end); });
  });
  return holders.length === 1 ? holders[0] : node;
}

// standsFor is the country a person, organization or group stands for,
// as Bilat's loader works it out from all the records (bilat:standsFor: a
// person's nationality, else what it represents, else its country, a
// group's through what it is part of; see README, "Derived quads").
function standsFor(party) { return one(party, B + "standsFor"); }

// parties lists an event's parties with their roles, in role order.
function parties(event) {
  var out = [], seen = {};
  Object.keys(ROLE).forEach(function (r) {
    all(event, r).forEach(function (who) {
      if (!seen[who]) { seen[who] = true; out.push({node: who, role: ROLE[r]}); }
    });
  });
  return out;
}

// isHeld says whether any report gives the event a held (or background)
// status: another report restating it as planned or cancelled does not undo
// one that says it took place.
function isHeld(event) {
  return all(event, B + "status").some(function (s) { return HELD.indexOf(s) >= 0; });
}

function code(countryNode) { return countryNode ? slug(countryNode) : ""; }

// eventsOf lists the held events in which any of the given nodes took part.
// Their status is read per event: has(status, ...) would make Cayley
// intersect with every held event.
function eventsOf(list) { return nodesOf(list, "in", ROLES).filter(isHeld); }

// eventsOfCountries lists the held events in which a party standing for
// one of the countries took part (countryOf's rule). Bilat's loader writes
// that rule's answers as bilat:partyCountry, one quad per event and
// country, so this is one index lookup per country.
function eventsOfCountries(countries) {
  return nodesOf(countries, "in", "<" + B + "partyCountry>").filter(isHeld);
}

// between lists the events or visits (kind "event" or "visit") that overlap
// [lo, hi]. It asks for each start day's date value, which an index
// answers, instead of comparing every event's date: days from two years
// before lo (an event may have begun earlier) to hi. An event whose dates
// span more than two years is found through a person or country instead.
// Without both bounds, or for a span over ten years, it reads every event.
// Kinds are told apart by their IRIs (bilatid:event/..., bilatid:visit/...),
// which costs no lookup.
var SPAN_DAYS = 731;
function between(lo, hi, kind) {
  var found, prefix = "<" + ID + kind + "/";
  if (lo === "" || hi === "" || hi > addDays(lo, 3653)) {
    found = nodes(g.V("<" + KIND_CLASS[kind] + ">").in(TYPE));
  } else {
    var days = [];
    // addDays stops at 9999-12-31: so does the walk.
    for (var d = addDays(lo, -SPAN_DAYS); d <= hi; d = d === "9999-12-31" ? "~" : addDays(d, 1)) days.push(d);
    found = nodesOf(days.map(xsdDate), "in", "<" + S + "startDate>");
  }
  return found.filter(function (n) { return n.indexOf(prefix) === 0 && inRange(n, lo, hi); });
}

// narrow says whether [lo, hi] spans at most two years: then the days of
// the range are a better start than all of a country's people.
function narrow(lo, hi) { return lo !== "" && hi !== "" && hi <= addDays(lo, SPAN_DAYS); }

// inRange says whether a node's dates overlap [lo, hi]; with no bounds any
// node is, with a bound an undated one is not. Reports that date a node
// differently widen it, from the earliest start to the latest end.
function inRange(n, lo, hi) {
  if (lo === "" && hi === "") return true;
  var start = one(n, S + "startDate");
  return start !== "" && overlaps(start, all(n, S + "endDate").slice(-1)[0] || "", lo, hi);
}

// sortEmit sorts rows by keys, drops the keys that only served the sort
// (their names start with "_") and emits the rows.
function sortEmit(rows, keys) {
  rows.sort(byKeys(keys));
  rows.forEach(function (r) {
    Object.keys(r).forEach(function (k) { if (k.charAt(0) === "_") delete r[k]; });
    g.emit(r);
  });
}

function byKeys(keys) {
  return function (x, y) {
    for (var i = 0; i < keys.length; i++) {
      var a = x[keys[i]], b = y[keys[i]];
      if (a < b) return -1;
      if (a > b) return 1;
    }
    return 0;
  };
}

// ---- end of helpers ----
