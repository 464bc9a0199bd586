// Helpers shared by Bilat's explorer pages (explore.js, draft.js): building
// elements without innerHTML, the status line, and reading this server's
// JSON answers, whose errors are {"error": "..."}.
var bilat = (function () {
  "use strict";

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") {
        e.textContent = attrs[k];
      } else if (k === "class") {
        e.className = attrs[k];
      } else {
        e.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function status(msg, isError) {
    var s = document.getElementById("status");
    s.textContent = msg;
    s.className = isError ? "error" : "";
  }

  // answer reads a fetch response's JSON body, or throws the server's
  // error message.
  function answer(res) {
    return res.json().catch(function () { return {}; }).then(function (body) {
      if (!res.ok) {
        var err = new Error((body && body.error) || (res.status + " " + res.statusText));
        err.body = body; // a query's miss carries {param, value, closest}
        throw err;
      }
      return body;
    });
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(answer);
  }

  return { el: el, status: status, answer: answer, getJSON: getJSON };
})();
