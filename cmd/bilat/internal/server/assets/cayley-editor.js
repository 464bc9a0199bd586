// Bilat's stand-in for the Monaco editor in the Cayley web UI.
//
// The UI's bundle loads Monaco from a CDN; with no internet its editors
// stay on "Loading..." and no query can be run. The bundle's loader uses
// window.monaco when it is already there, so this script, loaded before the
// bundle, provides the few calls the UI makes on a plain <textarea>:
// editor.create, getValue/setValue, executeEdits, onDidChangeModelContent,
// addAction (Ctrl/Cmd+Enter runs the query), and no-op theme and language
// settings. It also draws the UI's three Material icons as characters, since
// Bilat serves the UI without the icon font (which came from Google).
// Nothing is fetched from anywhere.
(function () {
  "use strict";
  if (window.monaco && window.monaco.editor) {
    return;
  }

  var KEY_CTRLCMD = 2048;
  var KEY_ENTER = 3;

  function TextEditor(container, options) {
    var opts = options || {};
    var ta = document.createElement("textarea");
    ta.className = "bilat-editor";
    ta.spellcheck = false;
    ta.setAttribute("autocapitalize", "off");
    ta.setAttribute("autocomplete", "off");
    ta.setAttribute("aria-label", opts.readOnly ? "Result" : "Query");
    ta.style.cssText = "box-sizing:border-box;width:100%;height:100%;min-height:8em;" +
      "margin:0;padding:8px 12px;border:0;outline:none;resize:none;" +
      "font:13px/1.45 Menlo,Consolas,'DejaVu Sans Mono',monospace;background:#fff;color:#222;tab-size:2";
    ta.value = opts.value || "";
    ta.readOnly = !!opts.readOnly;
    container.appendChild(ta);

    var listeners = [];
    var actions = [];
    function changed() {
      listeners.slice().forEach(function (fn) { fn({}); });
    }
    ta.addEventListener("input", changed);
    ta.addEventListener("keydown", function (e) {
      if (e.key === "Tab" && !ta.readOnly) {
        // Indent rather than leave the editor.
        e.preventDefault();
        var s = ta.selectionStart;
        ta.value = ta.value.slice(0, s) + "  " + ta.value.slice(ta.selectionEnd);
        ta.selectionStart = ta.selectionEnd = s + 2;
        changed();
        return;
      }
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        actions.forEach(function (a) {
          if ((a.keybindings || []).indexOf(KEY_CTRLCMD | KEY_ENTER) >= 0) {
            e.preventDefault();
            a.run();
          }
        });
      }
    });

    var model = {
      getValue: function () { return ta.value; },
      getFullModelRange: function () { return { whole: true }; }
    };
    this.textarea = ta;
    this.getValue = function () { return ta.value; };
    this.setValue = function (v) {
      ta.value = v == null ? "" : String(v);
      changed();
    };
    this.getModel = function () { return model; };
    this.executeEdits = function (_source, edits) {
      // The UI only ever replaces the whole text.
      if (edits && edits.length) {
        this.setValue(edits[edits.length - 1].text);
      }
      return true;
    };
    this.pushUndoStop = function () { return true; };
    this.setScrollPosition = function () {};
    this.updateOptions = function (o) {
      if (o && "readOnly" in o) {
        ta.readOnly = !!o.readOnly;
      }
    };
    this.layout = function () {};
    this.focus = function () { ta.focus(); };
    this.onDidChangeModelContent = function (fn) {
      listeners.push(fn);
      return { dispose: function () { listeners = listeners.filter(function (f) { return f !== fn; }); } };
    };
    this.addAction = function (action) {
      actions.push(action);
      return { dispose: function () { actions = actions.filter(function (a) { return a !== action; }); } };
    };
    this.dispose = function () {
      listeners = [];
      actions = [];
      if (ta.parentNode) {
        ta.parentNode.removeChild(ta);
      }
    };
  }

  function noop() {}

  window.monaco = {
    bilatStandIn: true,
    editor: {
      create: function (container, options) { return new TextEditor(container, options); },
      setModelLanguage: noop,
      setTheme: noop,
      defineTheme: noop
    },
    languages: {
      typescript: {
        javascriptDefaults: { setCompilerOptions: noop, addExtraLib: noop },
        ScriptTarget: { ES5: 1 }
      }
    },
    KeyMod: { CtrlCmd: KEY_CTRLCMD },
    KeyCode: { Enter: KEY_ENTER }
  };

  // The UI's icons are ligatures of the Material Icons font: their names as
  // text. Each becomes a character, in the page's own font.
  var ICONS = { play_circle_filled: "\u25b6", check_circle: "\u2714", error: "\u26a0" };
  function drawIcons(root) {
    if (!root.querySelectorAll) {
      return;
    }
    Array.prototype.forEach.call(root.querySelectorAll(".material-icons:not([data-bilat-icon])"), function (i) {
      var name = i.textContent.trim();
      i.setAttribute("data-bilat-icon", name);
      i.setAttribute("title", name.replace(/_/g, " "));
      if (ICONS[name]) {
        i.textContent = ICONS[name];
      }
      i.style.fontFamily = "inherit";
      i.style.fontStyle = "normal";
    });
  }

  // A way over to Bilat's own pages.
  document.addEventListener("DOMContentLoaded", function () {
    drawIcons(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (c) {
        Array.prototype.forEach.call(c.addedNodes, function (n) {
          if (n.nodeType === 1) {
            drawIcons(n.parentNode || n);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });

    var a = document.createElement("a");
    a.href = "/explore";
    a.id = "bilat-explore-link";
    a.textContent = "Bilat explorer \u2192";
    a.style.cssText = "position:fixed;right:12px;bottom:10px;z-index:10;padding:6px 10px;" +
      "background:#1f4e79;color:#fff;border-radius:4px;font:13px sans-serif;text-decoration:none";
    document.body.appendChild(a);
  });
})();
