// Bilat explorer: pick a canned query, fill its parameters (names complete
// from the graph), see the rows as a table with source links and, when the
// rows are pairs of parties, as a network laid out here with a small force
// simulation. A click on a party shows its posts, events and sources.
// Everything comes from this server's own API; nothing else is fetched.
(function () {
  "use strict";

  var ROW_LIMIT = 2000;  // rows asked for; the API says when there were more
  var GRAPH_NODES = 150; // the graph keeps the best-connected parties
  // Columns that hold the two parties of a row, by the queries that have
  // them: ids or names, then the columns with their names, if any.
  var PAIRS = [["a", "b"], ["source", "target", "source_name", "target_name"]];
  // The country column of each party, where a query gives one.
  var COUNTRY_OF = { a: "a_country", b: "b_country", source: "source_country", target: "target_country" };
  var IDNS = "https://bilat.dev/id/";
  // Queries the detail pane runs for a party, and the parameter names that
  // may carry the party's name, in order of preference.
  var PARTY_PARAMS = ["person", "entity", "party", "name", "who", "visitor"];

  var $ = function (id) { return document.getElementById(id); };
  var catalog = [];
  var byName = {};
  var current = null; // the last result: {query, columns, rows, ...}

  var el = bilat.el, getJSON = bilat.getJSON, status = bilat.status;

  function svg(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // ---- the query form ------------------------------------------------

  function loadCatalog() {
    return getJSON("/api/queries").then(function (list) {
      catalog = Array.isArray(list) ? list : (list.queries || []);
      var sel = $("query-name");
      sel.textContent = "";
      catalog.forEach(function (q) {
        byName[q.name] = q;
        sel.appendChild(el("option", { value: q.name, text: q.name }));
      });
    });
  }

  function showForm(name, values) {
    var q = byName[name];
    if (!q) {
      return;
    }
    $("query-name").value = name;
    $("query-desc").textContent = q.description || "";
    var box = $("params");
    box.textContent = "";
    (q.params || []).forEach(function (p) {
      var id = "param-" + p.name;
      var v = values && values[p.name] !== undefined ? values[p.name] : "";
      var label = el("label", { for: id }, [p.name + " ", el("small", { text: p.type + (p.required ? ", required" : "") })]);
      var input;
      if (p.type === "bool") {
        input = el("input", { type: "checkbox", id: id, name: p.name });
        input.checked = v === "true" || (v === "" && p.default === "true");
        label = el("label", { class: "check", for: id }, [input, p.name]);
        input = null;
      } else {
        input = el("input", {
          type: p.type === "int" ? "number" : "text",
          id: id,
          name: p.name,
          placeholder: p.type === "date" ? "YYYY, YYYY-MM, YYYY-MM-DD or A/B" : (p.default || "")
        });
        if (p.type === "string") {
          input.setAttribute("list", "names");
          input.addEventListener("input", suggestNames);
          input.addEventListener("focus", suggestNames);
        }
        if (p.required) {
          input.required = true;
        }
        if (p.min !== undefined) {
          input.min = String(p.min);
        }
        if (p.max !== undefined) {
          input.max = String(p.max);
        }
        input.value = v;
      }
      if (p.description) {
        label.title = p.description;
      }
      box.appendChild(label);
      if (input) {
        box.appendChild(input);
      }
    });
    updateLinks();
  }

  // formParams reads the parameters the user filled in.
  function formParams() {
    var q = byName[$("query-name").value];
    var out = {};
    (q && q.params || []).forEach(function (p) {
      var input = $("param-" + p.name);
      if (!input) {
        return;
      }
      if (p.type === "bool") {
        if (input.checked !== (p.default === "true")) {
          out[p.name] = String(input.checked);
        }
      } else if (input.value.trim() !== "") {
        out[p.name] = input.value.trim();
      }
    });
    return out;
  }

  function queryURL(name, params, extra) {
    var u = new URLSearchParams(params);
    Object.keys(extra || {}).forEach(function (k) { u.set(k, extra[k]); });
    var qs = u.toString();
    return "/api/queries/" + encodeURIComponent(name) + (qs ? "?" + qs : "");
  }

  function updateLinks() {
    var name = $("query-name").value;
    var params = formParams();
    $("csv-link").href = queryURL(name, params, { format: "csv" });
    $("json-link").href = queryURL(name, params);
    $("cayley-link").href = "/api/queries/" + encodeURIComponent(name) + ".js";
  }

  // openInCayley opens the Cayley web UI with the query in its editor. The
  // UI takes no query from its address; it starts with the query it keeps
  // in localStorage under LAST_QUERY, which this page shares (same origin).
  // The text is the assembled file the server serves as NAME.js, behind
  // the parameters filled in here, bound as Bilat binds them. Without
  // script or storage the link opens the .js file itself.
  function openInCayley(ev) {
    var name = $("query-name").value;
    var q = byName[name];
    var bound = {};
    var params = formParams();
    (q && q.params || []).forEach(function (p) {
      if (params[p.name] === undefined) {
        return;
      }
      var v = params[p.name];
      bound[p.name] = p.type === "int" ? Number(v) : p.type === "bool" ? v === "true" : v;
    });
    ev.preventDefault();
    fetch("/api/queries/" + encodeURIComponent(name) + ".js").then(function (res) {
      if (!res.ok) {
        throw new Error(res.status + " " + res.statusText);
      }
      return res.text();
    }).then(function (src) {
      var text = (Object.keys(bound).length ? "var params = " + JSON.stringify(bound) + "; " : "") + src;
      localStorage.setItem("LAST_QUERY", JSON.stringify({ text: text, language: "gizmo" }));
      location.href = "/";
    }).catch(function (err) {
      status("The query text did not load: " + err.message, true);
    });
  }

  // suggestNames fills the datalist with names that contain what was typed.
  var suggestTimer = null;
  function suggestNames(ev) {
    var text = ev.target.value.trim();
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(function () {
      getJSON("/api/names?limit=50&q=" + encodeURIComponent(text)).then(function (names) {
        var dl = $("names");
        dl.textContent = "";
        names.forEach(function (n) {
          var o = el("option", { value: n.name });
          o.textContent = n.kind + (n.aliases && n.aliases.length ? " \u00b7 " + n.aliases.join(", ") : "");
          dl.appendChild(o);
        });
      }).catch(function () { /* suggestions are a convenience */ });
    }, 120);
  }

  function run(ev) {
    if (ev) {
      ev.preventDefault();
    }
    var name = $("query-name").value;
    var params = formParams();
    var page = new URLSearchParams(params);
    page.set("query", name);
    history.replaceState(null, "", "/explore?" + page.toString());
    $("run").disabled = true;
    status("Running " + name + "\u2026");
    var started = performance.now();
    return getJSON(queryURL(name, params, { limit: String(ROW_LIMIT) })).then(function (res) {
      current = res;
      var ms = Math.round(performance.now() - started);
      status(res.count + " row" + (res.count === 1 ? "" : "s") +
        (res.truncated ? " (the first " + res.limit + "; there are more: narrow the query)" : "") +
        " \u00b7 " + ms + " ms");
      renderTable(res);
      renderGraph(res);
    }).catch(function (err) {
      current = null;
      status(err.message, true);
      offerClosest(err.body);
      $("rows").textContent = "";
      $("graph-box").hidden = true;
    }).then(function () {
      $("run").disabled = false;
    });
  }

  // offerClosest turns the closest names of a miss into buttons that put
  // the name in its field and run the query again.
  function offerClosest(body) {
    if (!body || !body.param || !Array.isArray(body.closest) || !body.closest.length || !$("param-" + body.param)) {
      return;
    }
    var s = $("status");
    s.appendChild(document.createTextNode(" Did you mean: "));
    body.closest.forEach(function (name, i) {
      if (i) {
        s.appendChild(document.createTextNode(", "));
      }
      var b = el("button", { type: "button", class: "closest", text: name });
      b.addEventListener("click", function () {
        $("param-" + body.param).value = name;
        updateLinks();
        run();
      });
      s.appendChild(b);
    });
  }

  // ---- the table -----------------------------------------------------

  // cell renders one value: sources as links to the reports, records by
  // their ids, parties as buttons that show their details.
  function cell(col, value) {
    if (value === null || value === undefined) {
      return document.createTextNode("");
    }
    if (Array.isArray(value)) {
      var span = el("span");
      value.forEach(function (v, i) {
        if (i) {
          span.appendChild(document.createTextNode("; "));
        }
        span.appendChild(cell(col, v));
      });
      return span;
    }
    if (typeof value === "object" && typeof value.url === "string") {
      // A source: {id, publisher, url, published}.
      return value.url ? el("a", { href: value.url, target: "_blank", rel: "noopener noreferrer", title: value.url, text: value.publisher || value.url }) :
        document.createTextNode(value.publisher || value.id || "");
    }
    var s = typeof value === "object" ? JSON.stringify(value) : String(value);
    if (s.charAt(0) === "<" && s.charAt(s.length - 1) === ">") {
      s = s.slice(1, -1);
    }
    var links = sourceLinks(s);
    if (links) {
      return links;
    }
    if (s.indexOf(IDNS) === 0) {
      s = plain(s); // a record's IRI: its id
    } else if (/^https?:\/\//.test(s) && s.indexOf("https://bilat.dev/") !== 0) {
      return el("a", { href: s, target: "_blank", rel: "noopener noreferrer", text: s });
    }
    if (isPartyColumn(col) && s !== "") {
      return parties(s);
    }
    return document.createTextNode(s);
  }

  // parties renders a party, or several joined with "; " (a timeline's
  // counterparts, a visit's visitors), each as a button that shows its
  // details.
  function parties(text) {
    var span = el("span");
    String(text).split(/;\s*/).forEach(function (name, i) {
      if (i) {
        span.appendChild(document.createTextNode("; "));
      }
      span.appendChild(partyButton(name));
    });
    return span.childNodes.length === 1 ? span.firstChild : span;
  }

  function partyButton(name) {
    var a = el("span", { class: "party", tabindex: "0", role: "button", text: name });
    a.addEventListener("click", function () { showParty(name); });
    a.addEventListener("keydown", function (e) { if (e.key === "Enter") { showParty(name); } });
    return a;
  }

  // sourceLinks turns "Publisher (https://...)", or several of them joined
  // with "; ", into links to the reports.
  function sourceLinks(s) {
    var re = /\s*([^;]*?)\s*\((https?:\/\/[^\s)]+)\)\s*(;|$)/g;
    var parts = [];
    var m;
    var at = 0;
    while ((m = re.exec(s)) !== null && m.index === at) {
      parts.push(m);
      at = re.lastIndex;
      if (at >= s.length) {
        break;
      }
    }
    if (!parts.length || at < s.length) {
      return null;
    }
    var span = el("span", { class: "sources" });
    parts.forEach(function (p, i) {
      if (i) {
        span.appendChild(document.createTextNode("; "));
      }
      span.appendChild(el("a", { href: p[2], target: "_blank", rel: "noopener noreferrer", title: p[2], text: p[1] || p[2] }));
    });
    return span;
  }

  function isPartyColumn(col) {
    return PAIRS.some(function (p) { return p.indexOf(col) >= 0; }) ||
      ["who", "holder", "visitor", "visitors", "counterparts", "met_by"].indexOf(col) >= 0;
  }

  function renderTable(res) {
    var t = $("rows");
    t.textContent = "";
    var cols = res.columns || [];
    var tr = el("tr");
    cols.forEach(function (c) { tr.appendChild(el("th", { scope: "col", text: c })); });
    t.appendChild(el("thead", {}, [tr]));
    var body = el("tbody");
    (res.rows || []).forEach(function (row) {
      var r = el("tr");
      cols.forEach(function (c) { r.appendChild(el("td", {}, [cell(c, row[c])])); });
      body.appendChild(r);
    });
    t.appendChild(body);
  }

  // ---- the network ---------------------------------------------------

  function pairColumns(cols) {
    for (var i = 0; i < PAIRS.length; i++) {
      if (cols.indexOf(PAIRS[i][0]) >= 0 && cols.indexOf(PAIRS[i][1]) >= 0) {
        return PAIRS[i];
      }
    }
    return null;
  }

  // plain is a value as text; a record's IRI, bracketed or not, is its id.
  function plain(v) {
    var s = v === null || v === undefined ? "" : String(v);
    if (s.charAt(0) === "<" && s.charAt(s.length - 1) === ">") {
      s = s.slice(1, -1);
    }
    if (s.indexOf(IDNS) === 0) {
      s = s.slice(s.lastIndexOf("/") + 1);
    }
    return s;
  }

  // graphOf collects the parties and who met whom from the rows. A party
  // is known by its name where the rows give one.
  function graphOf(res, pair) {
    var nodes = {};
    var edges = {};
    (res.rows || []).forEach(function (row) {
      var a = String(row[pair[2]] || "") || plain(row[pair[0]]);
      var b = String(row[pair[3]] || "") || plain(row[pair[1]]);
      if (!a || !b || a === b) {
        return;
      }
      [[a, pair[0]], [b, pair[1]]].forEach(function (x) {
        var n = nodes[x[0]] || (nodes[x[0]] = { id: x[0], degree: 0, country: "" });
        n.country = n.country || String(row[COUNTRY_OF[x[1]]] || "");
      });
      var key = a < b ? a + "\u0000" + b : b + "\u0000" + a;
      var e = edges[key] || (edges[key] = { a: a, b: b, events: [] });
      if (row.events !== undefined) {
        e.events.push(row.events + " event" + (row.events === 1 ? "" : "s") +
          (row.first ? ", " + row.first + (row.last && row.last !== row.first ? " \u2013 " + row.last : "") : ""));
      } else {
        e.events.push([row.date, row.kind, row.event].filter(Boolean).join(" "));
      }
    });
    Object.keys(edges).forEach(function (k) {
      nodes[edges[k].a].degree++;
      nodes[edges[k].b].degree++;
    });
    var list = Object.keys(nodes).map(function (k) { return nodes[k]; });
    list.sort(function (x, y) { return y.degree - x.degree || (x.id < y.id ? -1 : 1); });
    var total = list.length;
    list = list.slice(0, GRAPH_NODES);
    var keep = {};
    list.forEach(function (n) { keep[n.id] = n; });
    var links = Object.keys(edges).map(function (k) { return edges[k]; })
      .filter(function (e) { return keep[e.a] && keep[e.b]; });
    return { nodes: list, links: links, total: total, index: keep };
  }

  // layout places the nodes with Fruchterman and Reingold's force model:
  // every pair of nodes repels (k²/d), every link pulls its ends together
  // (d²/k), a weak pull to the centre keeps unlinked parts in view, and each
  // step moves a node at most a "temperature" that cools to nothing. The
  // start positions are on a circle in a fixed order, so the same rows
  // always give the same picture.
  function layout(g, width, height) {
    var n = g.nodes.length;
    var cx = width / 2;
    var cy = height / 2;
    var margin = 40;
    g.nodes.forEach(function (node, i) {
      var angle = 2 * Math.PI * i / Math.max(n, 1);
      var r = Math.min(width, height) * 0.3;
      node.x = cx + r * Math.cos(angle);
      node.y = cy + r * Math.sin(angle);
    });
    var k = 0.75 * Math.sqrt((width - 2 * margin) * (height - 2 * margin) / Math.max(n, 1));
    var steps = 300;
    var temp = width / 8;
    for (var step = 0; step < steps; step++) {
      var i, j, dx, dy, d, f;
      g.nodes.forEach(function (node) {
        node.dx = (cx - node.x) * 0.015;
        node.dy = (cy - node.y) * 0.025;
      });
      for (i = 0; i < n; i++) {
        var p = g.nodes[i];
        for (j = i + 1; j < n; j++) {
          var q = g.nodes[j];
          dx = p.x - q.x;
          dy = p.y - q.y;
          d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          f = k * k / d / d;
          p.dx += dx * f;
          p.dy += dy * f;
          q.dx -= dx * f;
          q.dy -= dy * f;
        }
      }
      g.links.forEach(function (e) {
        var s = g.index[e.a];
        var t = g.index[e.b];
        dx = t.x - s.x;
        dy = t.y - s.y;
        d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        f = d / k;
        s.dx += dx * f;
        s.dy += dy * f;
        t.dx -= dx * f;
        t.dy -= dy * f;
      });
      var cool = temp * (1 - step / steps) + 0.5;
      g.nodes.forEach(function (node) {
        var len = Math.sqrt(node.dx * node.dx + node.dy * node.dy) || 0.01;
        var move = Math.min(len, cool);
        node.x = Math.min(width - margin, Math.max(margin, node.x + node.dx / len * move));
        node.y = Math.min(height - margin / 2, Math.max(margin / 2, node.y + node.dy / len * move));
      });
    }
  }

  function countryClass(c) {
    c = (c || "").toUpperCase();
    if (c === "KZ") {
      return "kz";
    }
    if (c === "PK") {
      return "pk";
    }
    return c ? "other" : "";
  }

  function renderGraph(res) {
    var box = $("graph-box");
    var pair = pairColumns(res.columns || []);
    var g = pair ? graphOf(res, pair) : null;
    var root = $("graph");
    root.textContent = "";
    if (!g || g.nodes.length === 0) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    var width = 900;
    var height = 560;
    layout(g, width, height);
    $("graph-caption").textContent = g.links.length + " pair" + (g.links.length === 1 ? "" : "s") + " among " +
      g.nodes.length + " parties" + (g.total > g.nodes.length ? " (the " + g.nodes.length + " best connected of " + g.total + ")" : "") +
      ". Click a party for its posts, events and sources.";
    var edges = svg("g", { class: "edges" });
    g.links.forEach(function (e) {
      var s = g.index[e.a];
      var t = g.index[e.b];
      var line = svg("line", {
        class: "edge", x1: s.x.toFixed(1), y1: s.y.toFixed(1), x2: t.x.toFixed(1), y2: t.y.toFixed(1),
        "stroke-width": Math.min(1 + e.events.length, 6)
      });
      var title = svg("title");
      title.textContent = e.a + " \u2013 " + e.b + "\n" + e.events.join("\n");
      line.appendChild(title);
      edges.appendChild(line);
    });
    root.appendChild(edges);
    var nodes = svg("g", { class: "nodes" });
    g.nodes.forEach(function (n) {
      var grp = svg("g", { class: "node " + countryClass(n.country), "data-name": n.id, tabindex: "0", role: "button" });
      grp.appendChild(svg("circle", { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: radius(n) }));
      var label = svg("text", { x: n.x.toFixed(1), y: n.y.toFixed(1) });
      label.textContent = n.id;
      grp.appendChild(label);
      n.label = label;
      var title = svg("title");
      title.textContent = n.id + (n.country ? " (" + n.country + ")" : "");
      grp.appendChild(title);
      grp.addEventListener("click", function () { showParty(n.id); });
      grp.addEventListener("keydown", function (e) { if (e.key === "Enter") { showParty(n.id); } });
      nodes.appendChild(grp);
    });
    root.appendChild(nodes);
    placeLabels(g, width, height);
    renderLegend(g);
  }

  function radius(n) { return Math.min(6 + n.degree * 1.5, 16); }

  // placeLabels puts each label beside its node where it overlaps no other
  // label and no node (labels.js), the best-connected parties' first; a
  // label with no free place shows when its node is pointed at.
  function placeLabels(g, width, height) {
    var items = g.nodes.map(function (n) {
      return { x: n.x, y: n.y, r: radius(n), w: n.label.getComputedTextLength(), h: 13, prev: -1 };
    });
    window.bilatLabels.place(items, { x1: 0, y1: 0, x2: width, y2: height }).forEach(function (p, i) {
      var n = g.nodes[i];
      if (!p) {
        n.label.setAttribute("class", "crowded");
        n.label.setAttribute("x", (n.x + radius(n) + 3).toFixed(1));
        n.label.setAttribute("y", (n.y + 4).toFixed(1));
        return;
      }
      n.label.setAttribute("x", (n.x + p.dx).toFixed(1));
      n.label.setAttribute("y", (n.y + p.dy).toFixed(1));
      n.label.setAttribute("text-anchor", p.anchor);
    });
  }

  // The legend names the colours the graph uses, with how many parties
  // have each, and what size and width stand for.
  var LEGEND = [["kz", "Kazakhstan"], ["pk", "Pakistan"], ["other", "another country"], ["", "country not given"]];
  function renderLegend(g) {
    var ul = $("graph-legend");
    ul.textContent = "";
    LEGEND.forEach(function (c) {
      var count = g.nodes.filter(function (n) { return countryClass(n.country) === c[0]; }).length;
      if (!count) {
        return;
      }
      ul.appendChild(el("li", { "data-country": c[0] || "none" }, [el("span", { class: "swatch " + c[0] }), c[1] + " (" + count + ")"]));
    });
    ul.appendChild(el("li", {}, [el("span", { class: "swatch size" }), "larger: more counterparts"]));
    ul.appendChild(el("li", {}, [el("span", { class: "swatch line" }), "wider: more events together"]));
  }

  // ---- a party's details ---------------------------------------------

  // partyQuery finds a canned query by name and the parameter that names a party.
  function partyQuery(name) {
    var q = byName[name];
    if (!q) {
      return null;
    }
    var names = (q.params || []).map(function (p) { return p.name; });
    for (var i = 0; i < PARTY_PARAMS.length; i++) {
      if (names.indexOf(PARTY_PARAMS[i]) >= 0) {
        return { name: name, param: PARTY_PARAMS[i] };
      }
    }
    return null;
  }

  function runFor(pq, value, param) {
    if (!pq && !param) {
      return Promise.resolve(null);
    }
    var p = {};
    p[param || pq.param] = value;
    return getJSON(queryURL(pq ? pq.name : "post-holders", p, { limit: "1000" })).catch(function (err) {
      return { error: err.message, rows: [] };
    });
  }

  function showParty(party) {
    Array.prototype.forEach.call(document.querySelectorAll("#graph .node"), function (n) {
      n.classList.toggle("selected", n.getAttribute("data-name") === party);
    });
    $("detail-hint").hidden = true;
    $("detail-party").hidden = false;
    $("detail-name").textContent = party;
    var body = $("detail-body");
    body.textContent = "Loading\u2026";
    var shown = party;
    return Promise.all([
      runFor(partyQuery("timeline"), party),
      runFor(partyQuery("provenance"), party)
    ]).then(function (rs) {
      var provenance = rs[1];
      // The posts the party holds, each with its holders' dates.
      var posts = [];
      (provenance && provenance.rows || []).forEach(function (row) {
        if (row.predicate === "org:holds" && posts.indexOf(row.object) < 0) {
          posts.push(row.object);
        }
      });
      var holders = byName["post-holders"] ? posts.map(function (post) {
        return runFor(null, post.replace(/^.*\//, ""), "post");
      }) : [];
      return Promise.all(holders).then(function (hs) {
        if ($("detail-name").textContent !== shown) {
          return; // another party was clicked meanwhile
        }
        body.textContent = "";
        renderDetail(body, party, rs[0], provenance, hs);
      });
    });
  }

  function closeParty() {
    $("detail-party").hidden = true;
    $("detail-hint").hidden = false;
    $("detail-name").textContent = "";
    Array.prototype.forEach.call(document.querySelectorAll("#graph .node.selected"), function (n) {
      n.classList.remove("selected");
    });
  }

  function listSection(body, title, items, empty) {
    body.appendChild(el("h3", { text: title + (items.length ? " (" + items.length + ")" : "") }));
    if (!items.length) {
      body.appendChild(el("p", { class: "meta", text: empty }));
      return;
    }
    var ul = el("ul");
    items.forEach(function (li) { ul.appendChild(li); });
    body.appendChild(ul);
  }

  function sameName(a, b) {
    return String(a || "").toLowerCase() === String(b || "").toLowerCase();
  }

  function renderDetail(body, party, timeline, provenance, holders) {
    var posts = [];
    (holders || []).forEach(function (h) {
      (h && h.rows || []).forEach(function (row) {
        if (!sameName(row.holder, party)) {
          return;
        }
        var attested = [].concat(row.attested || []);
        var when = row.from || row.until ?
          (row.from || "?") + " \u2013 " + (row.until || "") :
          (attested.length ? "attested " + attested[0] + (attested.length > 1 ? " \u2013 " + attested[attested.length - 1] : "") : "");
        posts.push(el("li", {}, [row.post + " ", el("span", { class: "meta", text: when })]));
      });
    });
    listSection(body, "Posts", posts, "No post on record.");

    var events = (timeline && timeline.rows || []).map(function (row) {
      var who = row.counterparts && row.counterparts.length ? el("span", {}, [" \u2014 with ", cell("counterparts", row.counterparts)]) : "";
      var tags = [row.kind, row.role, row.status !== "held" ? row.status : ""].filter(Boolean).join(", ");
      return el("li", {}, [
        el("strong", { text: String(row.date || "undated") }), " ",
        String(row.title || row.event || ""),
        el("span", { class: "meta", text: tags ? " (" + tags + ")" : "" }),
        who, row.place ? " \u00b7 " + row.place : ""
      ]);
    });
    listSection(body, "Events", events, timeline && timeline.error ? timeline.error : "No event on record.");

    // Sources: every report that states a fact about the party.
    var seen = {};
    var sources = [];
    (provenance && provenance.rows || []).forEach(function (row) {
      if (!row.url || seen[row.url]) {
        return;
      }
      seen[row.url] = true;
      sources.push(row);
    });
    sources.sort(function (a, b) { return String(a.published).localeCompare(String(b.published)); });
    listSection(body, "Sources", sources.map(function (row) {
      return el("li", {}, [
        el("span", { class: "meta", text: String(row.published || "") + " " }),
        el("a", { href: row.url, target: "_blank", rel: "noopener noreferrer", text: row.publisher || row.url })
      ]);
    }), provenance && provenance.error ? provenance.error : "No source on record.");
  }

  // ---- start ---------------------------------------------------------

  function start() {
    getJSON("/health").then(function (h) {
      $("health").textContent = h.quads + " quads \u00b7 " + h.backend + (h.readOnly ? " \u00b7 read-only" : "");
    }).catch(function () { /* the page works without it */ });
    $("query-form").addEventListener("submit", run);
    $("query-form").addEventListener("input", updateLinks);
    $("query-form").addEventListener("change", updateLinks);
    $("query-name").addEventListener("change", function () { showForm($("query-name").value, {}); });
    $("detail-close").addEventListener("click", closeParty);
    $("cayley-link").addEventListener("click", openInCayley);
    loadCatalog().then(function () {
      var page = new URLSearchParams(location.search);
      var name = page.get("query");
      var values = {};
      page.forEach(function (v, k) {
        if (k !== "query") {
          values[k] = v;
        }
      });
      if (!byName[name]) {
        name = byName["who-met-whom"] ? "who-met-whom" : (catalog[0] && catalog[0].name);
      }
      showForm(name, values);
      document.body.setAttribute("data-ready", "true");
      if (page.get("query")) {
        run();
      }
    }).catch(function (err) {
      status("The query catalog did not load: " + err.message, true);
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
