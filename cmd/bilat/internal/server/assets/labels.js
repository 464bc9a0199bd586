// Bilat's label placement, shared by the explorer's graph and the Cayley
// UI's Visualize tab: each node's label goes at the first place beside its
// node where it overlaps no label placed before it, no node and nothing
// outside the picture; nodes come in the caller's order (the best connected
// first), and a label with no free place is left out (the pages show it
// when its node is pointed at). A place a label had before is tried first,
// so that labels stay put while a layout moves a little.
(function () {
  "use strict";

  // Places beside a node of radius r, in order of preference: the text's
  // anchor point relative to the node's centre, and its text-anchor.
  function places(r) {
    var g = r + 3;
    return [
      [g, 4, "start"], [-g, 4, "end"], [0, -g - 2, "middle"], [0, g + 11, "middle"],
      [g - 2, -g + 1, "start"], [-g + 2, -g + 1, "end"], [g - 2, g + 9, "start"], [-g + 2, g + 9, "end"]
    ];
  }

  function overlap(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  // place takes items {x, y, r, w, h, prev} (centre, node radius, label
  // width and height, index of the place it had or -1) and bounds {x1, y1,
  // x2, y2} or null, and returns for each item {dx, dy, anchor, index}, or
  // null where the label has no free place.
  function place(items, bounds) {
    var taken = items.map(function (it) {
      return { x1: it.x - it.r, y1: it.y - it.r, x2: it.x + it.r, y2: it.y + it.r };
    });
    return items.map(function (it) {
      var ps = places(it.r);
      var order = ps.map(function (_, i) { return i; });
      if (it.prev >= 0 && it.prev < ps.length) {
        order.unshift(it.prev);
      }
      for (var k = 0; k < order.length; k++) {
        var p = ps[order[k]];
        var x1 = it.x + p[0] - (p[2] === "end" ? it.w : p[2] === "middle" ? it.w / 2 : 0);
        var box = { x1: x1 - 1, y1: it.y + p[1] - it.h + 2, x2: x1 + it.w + 1, y2: it.y + p[1] + 3 };
        if (bounds && (box.x1 < bounds.x1 || box.y1 < bounds.y1 || box.x2 > bounds.x2 || box.y2 > bounds.y2)) {
          continue;
        }
        if (!taken.some(function (o) { return overlap(o, box); })) {
          taken.push(box);
          return { dx: p[0], dy: p[1], anchor: p[2], index: order[k] };
        }
      }
      return null;
    });
  }

  window.bilatLabels = { place: place };
})();
