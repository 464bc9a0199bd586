// Bilat explorer, "Draft from a report": send a pasted report (or a file)
// and what is known of it to /api/draft, then show the report with every
// mention the draft used highlighted beside the draft's YAML. A click on a
// mention lights up the YAML lines about the same record. Nothing is
// written anywhere; everything comes from this server.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var KINDS = [["person", "person"], ["org", "organization"], ["place", "place"], ["country", "country"], ["post", "post"]];
  var downloads = []; // object URLs of the last draft's files

  var el = bilat.el, status = bilat.status;

  function markOf(seg) {
    var cls = seg.kind + (seg.check ? " check" : "") + (seg.known ? "" : " new");
    var tip = seg.kind + " " + seg.id + (seg.known ? " (in the graph)" : " (new in the draft)") +
      (seg.check ? " — check: " + seg.check : "");
    var m = el("mark", { "class": cls, title: tip, "data-id": seg.id, tabindex: "0", text: seg.text });
    m.addEventListener("click", function () { light(seg.id); });
    m.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { light(seg.id); } });
    return m;
  }

  function render(box, segments) {
    (segments || []).forEach(function (seg) {
      box.appendChild(seg.kind ? markOf(seg) : document.createTextNode(seg.text));
    });
  }

  // light marks the YAML lines that name id and the mentions of it, and
  // scrolls the first such line into view.
  function light(id) {
    var re = new RegExp("(^|[^\\w-])" + id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "($|[^\\w-])");
    var first = null;
    Array.prototype.forEach.call($("yaml-view").children, function (line) {
      var on = re.test(line.textContent);
      line.classList.toggle("lit", on);
      if (on && !first) { first = line; }
    });
    Array.prototype.forEach.call(document.querySelectorAll("#report-view mark"), function (m) {
      m.classList.toggle("lit", m.getAttribute("data-id") === id);
    });
    if (first) {
      var pane = $("yaml-view");
      pane.scrollTop = first.offsetTop - pane.offsetTop - 40;
    }
  }

  function showYAML(text) {
    var pre = $("yaml-view");
    pre.textContent = "";
    text.replace(/\n$/, "").split("\n").forEach(function (line) {
      var hash = line.indexOf("# check:");
      var span = el("span", { "class": "line" + (hash >= 0 ? " check" : "") });
      if (hash >= 0) {
        span.appendChild(document.createTextNode(line.slice(0, hash)));
        span.appendChild(el("span", { "class": "comment", text: line.slice(hash) }));
      } else {
        span.textContent = line;
      }
      pre.appendChild(span);
    });
  }

  // offer links a file of the draft for download under its own name.
  function offer(link, path, text) {
    link.hidden = !text;
    if (!text) { return; }
    var u = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    downloads.push(u);
    link.href = u;
    link.setAttribute("download", path.split("/").pop());
    link.title = "the file bilat extract writes: " + path;
  }

  function show(d) {
    var view = $("report-view");
    view.textContent = "";
    var h = el("h2");
    render(h, d.title_segments);
    view.appendChild(h);
    render(view, d.segments);
    showYAML(d.yaml);
    downloads.forEach(function (u) { URL.revokeObjectURL(u); });
    downloads = [];
    offer($("save-source"), d.source_path, d.source_yaml);
    offer($("save-entities"), d.entities_path || "", d.entities_yaml);
    var n = (d.segments || []).concat(d.title_segments || []).filter(function (s) { return s.kind; }).length;
    $("summary").textContent = d.summary || "";
    var meta = [d.publisher, d.published, d.url].filter(Boolean).join(" · ");
    status("Draft " + (d.id || "") + ": " + n + " mention" + (n === 1 ? "" : "s") + " highlighted" +
      (meta ? " — " + meta : "") + ".");
    $("draft-panes").hidden = false;
  }

  function submit(ev) {
    ev.preventDefault();
    var form = $("draft-form");
    var file = $("report-file").files[0];
    if (!file && !$("report-text").value.trim()) {
      status("Paste a report or choose a file first.", true);
      return;
    }
    var body = new FormData(form);
    if (!file) { body.delete("file"); }
    var btn = $("draft-run");
    btn.disabled = true;
    status("Drafting…");
    fetch("/api/draft", { method: "POST", body: body, headers: { Accept: "application/json" } })
      .then(bilat.answer)
      .then(show)
      .catch(function (err) {
        $("draft-panes").hidden = true;
        $("summary").textContent = "";
        status(err.message, true);
      })
      .then(function () { btn.disabled = false; });
  }

  function legend() {
    var box = $("legend");
    KINDS.forEach(function (k) { box.appendChild(el("mark", { "class": k[0], text: k[1] })); });
    box.appendChild(el("mark", { "class": "person new", text: "new" }));
    box.appendChild(el("mark", { "class": "person check", text: "to check" }));
  }

  legend();
  $("draft-form").addEventListener("submit", submit);
  document.body.setAttribute("data-ready", "true");
})();
