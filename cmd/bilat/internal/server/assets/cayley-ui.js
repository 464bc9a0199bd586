// Bilat's additions to the Cayley web UI, loaded before its bundle.
//
// The UI's bundle is Cayley's, served unchanged; where it leaves the user
// with nothing, this script fills in, by watching the UI's own requests
// (window.fetch, which the bundle calls) and its page:
//
//   - Query Shape: the UI throws on an answer with an "error" key, leaving
//     the tab blank. An error answer becomes {"message": ...}, which the UI
//     shows as it shows a shape.
//   - Write: the UI ignores the answer to a write or delete. It is shown
//     under the Write tab's buttons: what was written, or why not.
//   - Visualize: the UI labels each node with its IRI, where they pile up.
//     Nodes are labelled with the names the rows carry (a tag X_name beside
//     a tag X, as the network query gives source_name and target_name),
//     else with the IRI's last part; labels go where they overlap nothing,
//     and a label with no free place shows when the node is pointed at.
//     An error answer is shown rather than an empty picture.
// Nothing is fetched but what the UI asks for.
(function () {
  "use strict";

  var names = {};    // node IRI -> label, from the rows of the last query
  var degree = {};   // node IRI -> links, from the same rows
  var lastQuery = null; // {error} or {rows} of the last /api/v2/query answer
  var origFetch = window.fetch.bind(window);

  function path(input) {
    try {
      return new URL(typeof input === "string" ? input : input.url, window.location.href).pathname;
    } catch (e) {
      return "";
    }
  }

  function jsonResponse(obj) {
    return new Response(JSON.stringify(obj), { status: 200, headers: { "Content-Type": "application/json" } });
  }

  function reason(res, body) {
    return (body && (body.error || body.message)) || (res.status + " " + res.statusText);
  }

  function readJSON(res) {
    return res.clone().json().catch(function () { return null; });
  }

  window.fetch = function (input, init) {
    var p = path(input);
    var req = origFetch(input, init);
    if (p.indexOf("/api/v1/shape/") === 0) {
      return req.then(function (res) {
        return readJSON(res).then(function (body) {
          if (res.ok && body && !body.error) {
            return res;
          }
          return jsonResponse({ message: "No shape: " + reason(res, body) });
        });
      }, function (err) {
        return jsonResponse({ message: "No shape: the server did not answer (" + err.message + ")" });
      });
    }
    if (p === "/api/v2/write" || p === "/api/v2/delete") {
      var what = p === "/api/v2/write" ? "Write" : "Delete";
      return req.then(function (res) {
        readJSON(res).then(function (body) {
          showStatus("bilat-write-status", res.ok ? (body && body.result) || what + " done" :
            what + " refused (" + res.status + "): " + reason(res, body), !res.ok);
        });
        return res;
      }, function (err) {
        showStatus("bilat-write-status", what + " failed: the server did not answer (" + err.message + ")", true);
        throw err;
      });
    }
    if (p === "/api/v2/query") {
      return req.then(function (res) {
        readJSON(res).then(function (body) {
          learn(res, body);
        });
        return res;
      });
    }
    return req;
  };

  // showStatus puts a message under the buttons of the page shown.
  function showStatus(id, text, isError) {
    var actions = document.querySelector(".App > main .actions");
    if (!actions) {
      return;
    }
    var el = document.getElementById(id);
    if (!el) {
      el = document.createElement("p");
      el.id = id;
      el.setAttribute("role", "status");
      actions.parentNode.insertBefore(el, actions.nextSibling);
    }
    el.className = "bilat-status" + (isError ? " bilat-error" : "");
    el.textContent = text;
  }

  // learn keeps the labels and link counts the rows of a query give.
  function learn(res, body) {
    names = {};
    degree = {};
    var rows = body && Array.isArray(body.result) ? body.result : [];
    lastQuery = res.ok && body && !body.error ? { rows: rows } : { error: reason(res, body) };
    rows.forEach(function (row) {
      if (!row || typeof row !== "object") {
        return;
      }
      Object.keys(row).forEach(function (k) {
        var id = idOf(row[k]);
        var n = row[k + "_name"];
        if (id && n !== undefined && n !== null && typeof n !== "object") {
          names[id] = String(n);
        }
      });
      var s = idOf(row.source);
      var t = idOf(row.target);
      if (s && t) {
        degree[s] = (degree[s] || 0) + 1;
        degree[t] = (degree[t] || 0) + 1;
      }
    });
    if (document.querySelector(".graph") || isVisualize()) {
      visualizeStatus();
    }
  }

  function idOf(v) {
    return v && typeof v === "object" && typeof v["@id"] === "string" ? v["@id"] : null;
  }

  function isVisualize() {
    var active = document.querySelector(".mdc-drawer .mdc-list-item--activated");
    return !!active && active.textContent.trim() === "Visualize";
  }

  function visualizeStatus() {
    if (!lastQuery) {
      return;
    }
    if (lastQuery.error) {
      showStatus("bilat-visualize-status", "The query failed: " + lastQuery.error, true);
    } else if (!Object.keys(degree).length) {
      var n = lastQuery.rows.length;
      showStatus("bilat-visualize-status", (n === 1 ? "1 row" : n + " rows") + ", none with both a source and a target tag " +
        "holding a node: Visualize draws rows tagged source and target (the network query gives them).", false);
    } else {
      var el = document.getElementById("bilat-visualize-status");
      if (el) {
        el.parentNode.removeChild(el);
      }
    }
  }

  // label is what a node is called: its name from the rows, else the last
  // part of its IRI.
  function label(id) {
    if (names[id]) {
      return names[id];
    }
    var m = /([^\/#]+)[\/#]?$/.exec(id);
    return m ? decodeURIComponent(m[1]) : id;
  }

  // ---- the Visualize tab's labels -------------------------------------

  var SVGNS = "http://www.w3.org/2000/svg";
  var shown = new WeakMap(); // text element -> {id, label, place}

  function nodeTexts() {
    return Array.prototype.filter.call(document.querySelectorAll(".graph svg text"), function (t) {
      return t.parentNode && t.parentNode.nodeName.toLowerCase() === "g";
    });
  }

  function relabel() {
    var texts = nodeTexts();
    texts.forEach(function (t) {
      var s = shown.get(t);
      if (s && t.textContent === s.label) {
        return;
      }
      var id = t.textContent; // the UI wrote the node's IRI
      var l = label(id);
      shown.set(t, { id: id, label: l, place: -1 });
      t.textContent = l;
      t.setAttribute("class", "bilat-label");
      t.setAttribute("data-bilat-id", id);
      var g = t.parentNode;
      var title = g.querySelector("title.bilat-title");
      if (!title) {
        title = document.createElementNS(SVGNS, "title");
        title.setAttribute("class", "bilat-title");
        g.appendChild(title);
      }
      title.textContent = l === id ? id : l + "\n" + id;
    });
    place(texts);
  }

  // place puts the labels apart (labels.js), the best-connected node's
  // first.
  function place(texts) {
    var items = texts.map(function (t) {
      var s = shown.get(t) || {};
      // The node's place in the picture: the UI moves its group.
      var m = t.parentNode.getCTM && t.parentNode.getCTM();
      return { t: t, s: s, x: m ? m.e : 0, y: m ? m.f : 0, r: 5, w: textWidth(t), h: 12, prev: s.place, d: degree[s.id] || 0 };
    });
    items.sort(function (a, b) { return b.d - a.d || (a.s.label < b.s.label ? -1 : 1); });
    window.bilatLabels.place(items, null).forEach(function (p, i) {
      var it = items[i];
      it.t.classList.toggle("bilat-crowded", !p);
      it.s.place = p ? p.index : -1;
      if (p) {
        it.t.setAttribute("x", p.dx);
        it.t.setAttribute("y", p.dy);
        it.t.style.textAnchor = p.anchor;
      }
    });
  }

  function textWidth(t) {
    try {
      return t.getComputedTextLength();
    } catch (e) {
      return t.textContent.length * 6;
    }
  }

  var pending = false;
  function schedule() {
    if (pending) {
      return;
    }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      if (document.querySelector(".graph svg")) {
        relabel();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        var n = changes[i].target;
        var el = n.nodeType === 1 ? n : n.parentNode;
        if (el && el.closest && el.closest(".graph") && !(changes[i].type === "attributes" && el.nodeName.toLowerCase() === "text")) {
          schedule();
          return;
        }
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["transform", "x1"], characterData: true });
  });
})();
