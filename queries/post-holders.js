/* bilat-query
name: post-holders
description: Who held a post (optionally on a date), with the dates the reports give and the sources.
columns: [post, holder, from, until, attested, source]
params:
  - name: post
    type: string
    required: true
    description: a post by name, alias, title or id ("Governor of Sindh", "Governor", "governor-of-sindh"); any case, part of a name matches
  - name: at
    type: date
    description: only who held it on this date (or during this month, year or interval)
example: bilat query post-holders --param post="Governor of Sindh" --param at=2021-10-15
*/
// A tenure counts from its `from` date to its `until` date when the reports
// give them. A bound they leave out is taken from the dates the reports
// attest the post (as_of), widened by half a year (183 days) on that side:
// reports that a person held a post on 15 October 2021 make them its holder
// from 15 April 2021 to 15 April 2022, unless a from or until says
// otherwise. With neither a bound nor an attestation that end is open.
// `attested` lists the dates as the reports give them.

var P = (typeof params === "undefined") ? {} : params;
var post = param("post", "");
var at = param("at", "");

// bilat:include lib/helpers.js

var lo = at ? firstDay(at) : "", hi = at ? lastDay(at) : "";
var rows = [];
var posts = matched("post", post, resolve(post, ["post"]), ["post"]);
ofKind(nodesOf(posts, "in", "<" + B + "post>"), [B + "Tenure"]).forEach(function (t) {
  var holder = one(t, "http://www.w3.org/ns/org#member");
  var ten = tenures(holder).filter(function (x) { return x.node === t; })[0];
  if (!ten || (at && !overlaps(ten.start, ten.end, lo, hi))) return;
  rows.push({
    post: name(ten.post), holder: name(holder), from: ten.from || null, until: ten.until || null,
    attested: ten.attested, source: sources(t), _start: ten.start || "0000"
  });
});
sortEmit(rows, ["post", "_start", "holder"]);
