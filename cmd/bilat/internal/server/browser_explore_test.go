package server

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// checkExploreGraph checks the explorer's picture: the labels shown
// overlap neither each other nor a node, and the legend names each colour
// the nodes have, with how many have it.
func (b *browser) checkExploreGraph(t *testing.T) {
	t.Helper()
	type box struct {
		Name    string
		Label   bool
		Crowded bool
		X1, Y1  float64
		X2, Y2  float64
	}
	boxes := eval[[]box](t, b, `Array.from(document.querySelectorAll("#graph .node"), g => {
		const c = g.querySelector("circle").getBBox(), l = g.querySelector("text"), lb = l.getBBox();
		return [
			{name: g.getAttribute("data-name"), label: false, crowded: false, x1: c.x, y1: c.y, x2: c.x + c.width, y2: c.y + c.height},
			{name: g.getAttribute("data-name"), label: true, crowded: l.classList.contains("crowded"), x1: lb.x, y1: lb.y, x2: lb.x + lb.width, y2: lb.y + lb.height},
		];
	}).flat()`)
	const slack = 1.5 // a glyph's box reaches past its ink
	shown := 0
	for i, a := range boxes {
		if !a.Label || a.Crowded {
			continue
		}
		shown++
		if a.X1 < 0 || a.Y1 < 0 || a.X2 > 900 || a.Y2 > 560 {
			t.Errorf("label %q at (%.0f,%.0f)-(%.0f,%.0f) leaves the picture", a.Name, a.X1, a.Y1, a.X2, a.Y2)
		}
		for j, c := range boxes {
			if i == j || (c.Label && (c.Crowded || j < i)) {
				continue
			}
			if a.X1+slack < c.X2 && c.X1+slack < a.X2 && a.Y1+slack < c.Y2 && c.Y1+slack < a.Y2 {
				what := "label"
				if !c.Label {
					what = "node"
				}
				t.Errorf("label %q overlaps the %s of %q", a.Name, what, c.Name)
			}
		}
	}
	if total := len(boxes) / 2; shown < total*2/3 {
		t.Errorf("only %d of %d labels are shown", shown, total)
	}

	legend := eval[[]string](t, b, `Array.from(document.querySelectorAll("#graph-legend li"), li => li.textContent)`)
	counts := eval[map[string]int](t, b, `(() => {
		const out = {};
		document.querySelectorAll("#graph .node").forEach(g => {
			const c = ["kz", "pk", "other"].find(k => g.classList.contains(k)) || "none";
			out[c] = (out[c] || 0) + 1;
		});
		return out;
	})()`)
	names := map[string]string{"kz": "Kazakhstan", "pk": "Pakistan", "other": "another country", "none": "country not given"}
	want := []string{}
	for _, k := range []string{"kz", "pk", "other", "none"} {
		if counts[k] > 0 {
			want = append(want, fmt.Sprintf("%s (%d)", names[k], counts[k]))
		}
	}
	want = append(want, "larger: more counterparts", "wider: more events together")
	if strings.Join(legend, "|") != strings.Join(want, "|") {
		t.Errorf("legend %q, want %q", legend, want)
	}
}

// graphSize is the size the graph is drawn at on the page.
func (b *browser) graphSize(t *testing.T) [2]float64 {
	t.Helper()
	return eval[[2]float64](t, b, `(() => { const r = document.getElementById("graph").getBoundingClientRect(); return [r.width, r.height]; })()`)
}

// checkCounterparts runs the timeline of a party and clicks one of the
// counterparts its table lists, then one its details list: each shows
// that party's details.
func (b *browser) checkCounterparts(t *testing.T, who string) {
	t.Helper()
	b.do(t, "pick the timeline", chromedp.SetValue(chromedp.CSS("#query-name"), "timeline"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("query-name").dispatchEvent(new Event("change"))`),
		chromedp.SendKeys(chromedp.CSS("#param-who"), who),
		chromedp.Click(chromedp.CSS("#run")),
	)
	b.waitFor(t, "the timeline", `Array.from(document.querySelectorAll("#rows thead th"), th => th.textContent).includes("counterparts") &&
		!document.getElementById("run").disabled`)
	col := eval[int](t, b, `Array.from(document.querySelectorAll("#rows thead th"), th => th.textContent).indexOf("counterparts")`)
	// A row with several counterparts: each is a button of its own.
	type cell struct {
		Text    string
		Buttons []string
	}
	cells := eval[[]cell](t, b, fmt.Sprintf(`Array.from(document.querySelectorAll("#rows tbody tr"), tr => tr.cells[%d]).map(td => ({
		text: td.textContent, buttons: Array.from(td.querySelectorAll(".party"), s => s.textContent)}))`, col))
	var several *cell
	for i, c := range cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		if got := strings.Join(c.Buttons, "; "); got != c.Text {
			t.Errorf("counterparts %q are buttons %q", c.Text, c.Buttons)
		}
		if len(c.Buttons) > 1 && several == nil {
			several = &cells[i]
		}
	}
	if several == nil {
		t.Fatalf("no timeline row of %s lists several counterparts: %+v", who, cells)
	}
	other := several.Buttons[1]
	b.do(t, "click a counterpart in the table", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`
		Array.from(document.querySelectorAll("#rows tbody tr")).map(tr => tr.cells[%d])
			.flatMap(td => Array.from(td.querySelectorAll(".party"))).find(s => s.textContent === %s).click()`, col, jsString(other))))
	b.waitFor(t, "the counterpart's details", fmt.Sprintf(`document.getElementById("detail-name").textContent === %s &&
		document.querySelectorAll("#detail-body h3").length === 3`, jsString(other)))
	b.screenshot(t, "explore-timeline-counterpart")

	// The details' events name their counterparts as buttons too.
	next := eval[string](t, b, fmt.Sprintf(`(Array.from(document.querySelectorAll("#detail-body li .party")).find(s => s.textContent !== %s) || {}).textContent || ""`, jsString(other)))
	if next == "" {
		t.Fatalf("the details of %s name no counterpart to click", other)
	}
	b.do(t, "click a counterpart in the details", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`
		Array.from(document.querySelectorAll("#detail-body li .party")).find(s => s.textContent === %s).click()`, jsString(next))))
	b.waitFor(t, "the next details", fmt.Sprintf(`document.getElementById("detail-name").textContent === %s &&
		document.querySelectorAll("#detail-body h3").length === 3`, jsString(next)))
}
