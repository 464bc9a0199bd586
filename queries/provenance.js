/* bilat-query
name: provenance
description: Every fact about one entity - each statement it is the subject or object of - with the source that states it (publisher, URL, date).
columns: [subject, predicate, object, source, publisher, url, published]
params:
  - name: entity
    type: string
    required: true
    description: a person, organization, group, place, country, post, event or visit by name, alias, ISO code or id
example: bilat query provenance --param entity=imran-ismail
*/
// A fact stated by two reports is listed once per report. Facts from the
// curated entity files have the source "curation". IRIs are written with
// the prefixes bilatid:, bilat:, schema:, org:, rdf:, prov: and wd:.

var P = (typeof params === "undefined") ? {} : params;
var entity = param("entity", "");

// bilat:include lib/helpers.js

var PREFIXES = [["bilatid:", ID], ["bilat:", B], ["schema:", S], ["org:", "http://www.w3.org/ns/org#"],
  ["prov:", "http://www.w3.org/ns/prov#"], ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"], ["wd:", "http://www.wikidata.org/entity/"]];

// compact writes an IRI with its prefix; a literal stays as it is.
function compact(v) {
  if (typeof v !== "string" || !/^<.*>$/.test(v)) return v;
  var iri = plain(v);
  for (var i = 0; i < PREFIXES.length; i++) {
    if (iri.indexOf(PREFIXES[i][1]) === 0) return PREFIXES[i][0] + iri.slice(PREFIXES[i][1].length);
  }
  return iri;
}

var kinds = ["person", "org", "group", "place", "country", "post", "event", "visit"];
var found = matched("entity", entity, uniq(resolveCountry(entity).concat(resolve(entity, kinds))), kinds);
var rows = [];
found.forEach(function (n) {
  // The labels as values, not as a path: Cayley's SQL store turns a path
  // in labelContext into a join over every quad (minutes at 1M quads).
  // Each report's label is asked on its own; the curation label is not:
  // on bolt and leveldb Cayley knows a label's size exactly and a node's
  // only as half the store, so it walks the label's quads to intersect,
  // every entity file's at once for the curation label (0.3 s at 1M
  // quads). The curated facts are the node's quads less the reports' ones.
  var labels = nodes(g.V(n).labels());
  ["out", "in"].forEach(function (dir) {
    var step = function (p) { return dir === "out" ? p.out(null, "p") : p.in(null, "p"); };
    var push = function (r, src) {
      var other = val(r.id), cur = src === CURATION;
      rows.push({
        subject: compact(dir === "out" ? n : other), predicate: compact(val(r.p)), object: compact(dir === "out" ? other : n),
        source: cur ? "curation" : slug(src), publisher: cur ? "" : one(src, S + "publisher"),
        url: cur ? "" : one(src, S + "url"), published: cur ? "" : one(src, S + "datePublished"),
        _dir: dir, _n: n
      });
    };
    var stated = {};
    labels.forEach(function (l) {
      if (l === CURATION) return;
      step(g.V(n).labelContext(l)).tagArray().forEach(function (r) {
        var k = r.p + " " + r.id;
        stated[k] = (stated[k] || 0) + 1;
        push(r, l);
      });
    });
    if (labels.indexOf(CURATION) < 0) return;
    step(g.V(n)).tagArray().forEach(function (r) {
      var k = r.p + " " + r.id;
      if (stated[k]) stated[k]--;
      else push(r, CURATION);
    });
  });
});
sortEmit(rows, ["_n", "_dir", "predicate", "subject", "object", "source"]);
