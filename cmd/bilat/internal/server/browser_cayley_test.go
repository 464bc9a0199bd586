package server

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// setEditor types src into the Cayley UI's query editor (Bilat's stand-in).
func (b *browser) setEditor(t *testing.T, src string) {
	t.Helper()
	b.do(t, "type the query", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.querySelector("textarea.bilat-editor:not([readonly])");
		ta.value = %s;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, jsString(src))))
}

// openCayleyUI opens the Cayley UI on one of its tabs (1 Query, 2 Query
// Shape, 3 Visualize, 4 Write) and records the page's uncaught errors.
func (b *browser) openCayleyUI(t *testing.T, tab int) {
	t.Helper()
	b.do(t, "open /",
		chromedp.Navigate(b.base+"/"),
		chromedp.WaitVisible(chromedp.CSS(".App .mdc-drawer")),
		chromedp.Evaluate[chromedp.Void](`window.bilatErrors = [];
			window.addEventListener("error", e => bilatErrors.push(String(e.message)));
			window.addEventListener("unhandledrejection", e => bilatErrors.push(String(e.reason)));`),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(".mdc-drawer .mdc-list-item:nth-child(%d)", tab))),
		chromedp.WaitVisible(chromedp.CSS("textarea.bilat-editor")),
	)
}

// noUncaught fails the test if the page threw anything it did not catch.
func (b *browser) noUncaught(t *testing.T) {
	t.Helper()
	if errs := eval[[]string](t, b, `window.bilatErrors || []`); len(errs) > 0 {
		t.Errorf("uncaught in the page: %q", errs)
	}
}

// run clicks the Run button of the tab shown.
func (b *browser) run(t *testing.T) {
	t.Helper()
	b.do(t, "run", chromedp.Click(chromedp.CSS(".App > main .actions button")))
}

// resultText waits for the read-only result viewer to hold want, and
// returns its text.
func (b *browser) resultText(t *testing.T, what, want string) string {
	t.Helper()
	b.waitFor(t, what, fmt.Sprintf(`Array.from(document.querySelectorAll("textarea.bilat-editor[readonly]")).some(ta => ta.value.includes(%s))`, jsString(want)))
	return eval[string](t, b, `Array.from(document.querySelectorAll("textarea.bilat-editor[readonly]"), ta => ta.value).join("\n")`)
}

// The Query Shape tab shows the shape of a Gizmo query, and a message
// where there is none or the query is wrong; never a blank tab or an
// uncaught exception.
func TestBrowserCayleyUIShape(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)
	b.openCayleyUI(t, 2)

	b.setEditor(t, `g.V("`+kistafinIRI+`").Out("<http://schema.org/name>").All()`)
	b.run(t)
	got := b.resultText(t, "the shape", "QuadsAction")
	for _, want := range []string{`"type": "QuadsAction"`, `"subject": "<https://bilat.dev/id/person/yerzhan-kistafin>"`, `"predicate": "<http://schema.org/name>"`} {
		if !strings.Contains(got, want) {
			t.Errorf("the shape shown lacks %s:\n%s", want, got)
		}
	}
	b.screenshot(t, "cayley-ui-shape")

	b.setEditor(t, `g.V("<a>").Out("<b>")`)
	b.run(t)
	if got := b.resultText(t, "the message", "no shape"); !strings.Contains(got, noShapeMessage) {
		t.Errorf("a query without a final shows %q, want the message %q", got, noShapeMessage)
	}
	b.screenshot(t, "cayley-ui-shape-none")

	b.setEditor(t, `g.V(`)
	b.run(t)
	want := "No shape: SyntaxError: (anonymous): Line 1:5 Unexpected end of input"
	if got := b.resultText(t, "the error", "No shape:"); !strings.Contains(got, want) {
		t.Errorf("a syntax error shows %q, want %q", got, want)
	}
	b.screenshot(t, "cayley-ui-shape-error")
	b.noUncaught(t)
}

// A refused write shows its reason under the Write tab's buttons: a
// read-only server, or a writable one the UI cannot send the token to.
func TestBrowserCayleyUIWrite(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"read-only", Config{}, "Write refused (403): the server is read-only (start it with --writable to accept writes)"},
		{"no-token", Config{Writable: true, Token: "secret"}, "Write refused (403): writes need the server's token (Authorization: Bearer TOKEN)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts := startSeed(t, tt.cfg)
			b := newBrowser(t, ts.URL)
			b.openCayleyUI(t, 4)
			b.setEditor(t, `<https://bilat.dev/id/person/x> <http://schema.org/name> "X" .`)
			b.run(t)
			b.waitFor(t, "the reason", `!!document.getElementById("bilat-write-status")`)
			if got := eval[string](t, b, `document.getElementById("bilat-write-status").textContent`); got != tt.want {
				t.Errorf("the Write tab says %q, want %q", got, tt.want)
			}
			if cls := eval[string](t, b, `document.getElementById("bilat-write-status").className`); cls != "bilat-status bilat-error" {
				t.Errorf("the reason's class is %q, want it shown as an error", cls)
			}
			b.screenshot(t, "cayley-ui-write-refused-"+tt.name)
			b.noUncaught(t)
		})
	}
}

// The Query tab answers GraphQL and MQL, which it offers.
func TestBrowserCayleyUILanguages(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)
	b.openCayleyUI(t, 1)
	for _, tt := range []struct{ lang, query, want string }{
		{"graphql", `{ nodes(id: "` + kistafinIRI + `") { id name: <http://schema.org/name> } }`, `"name": "Yerzhan Kistafin"`},
		{"mql", `[{"id": "` + kistafinIRI + `", "<http://schema.org/name>": null}]`, `"<http://schema.org/name>": "Yerzhan Kistafin"`},
	} {
		b.do(t, "pick "+tt.lang, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
			const sel = document.querySelector(".App > main .actions select");
			sel.value = %s;
			sel.dispatchEvent(new Event("change", {bubbles: true}));
		})()`, jsString(tt.lang))))
		b.setEditor(t, tt.query)
		b.run(t)
		if got := b.resultText(t, tt.lang+" result", tt.want); !strings.Contains(got, tt.want) || strings.Contains(got, "unknown query language") {
			t.Errorf("%s shows %q, want %s", tt.lang, got, tt.want)
		}
		b.screenshot(t, "cayley-ui-"+tt.lang)
	}
	b.noUncaught(t)
}

// checkVisualizeLabels checks the Visualize tab's picture: every node is
// labelled by name or id, never by its IRI; want are among the labels; and
// the labels shown overlap neither each other nor another node.
func (b *browser) checkVisualizeLabels(t *testing.T, want []string) {
	t.Helper()
	type box struct {
		Label    string
		Crowded  bool
		X1, Y1   float64
		X2, Y2   float64
		IsCircle bool
	}
	boxes := eval[[]box](t, b, `[
		...Array.from(document.querySelectorAll(".graph svg g > text"), t => {
			const r = t.getBoundingClientRect();
			return {label: t.textContent, crowded: t.classList.contains("bilat-crowded"), x1: r.left, y1: r.top, x2: r.right, y2: r.bottom, isCircle: false};
		}),
		...Array.from(document.querySelectorAll(".graph svg circle"), c => {
			const r = c.getBoundingClientRect();
			return {label: "", crowded: false, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom, isCircle: true};
		}),
	]`)
	var labels []string
	shown := 0
	for _, l := range boxes {
		if l.IsCircle {
			continue
		}
		labels = append(labels, l.Label)
		if strings.Contains(l.Label, "://") {
			t.Errorf("a node is labelled with its IRI %q", l.Label)
		}
		if !l.Crowded {
			shown++
		}
	}
	for _, w := range want {
		if !slices.Contains(labels, w) {
			t.Errorf("Visualize labels %q, want %q among them", labels, w)
		}
	}
	if shown < len(labels)/2 {
		t.Errorf("only %d of %d labels are shown", shown, len(labels))
	}
	const slack = 1 // the boxes' rounding
	for i, a := range boxes {
		if a.IsCircle || a.Crowded {
			continue
		}
		for j, c := range boxes {
			if i == j || c.Crowded || (c.IsCircle && j == i) {
				continue
			}
			if a.X1+slack < c.X2 && c.X1+slack < a.X2 && a.Y1+slack < c.Y2 && c.Y1+slack < a.Y2 {
				if c.IsCircle {
					t.Errorf("label %q covers a node", a.Label)
				} else if i < j {
					t.Errorf("labels %q and %q overlap", a.Label, c.Label)
				}
			}
		}
	}
	t.Logf("Visualize: %d labels, %d shown, the rest on pointing", len(labels), shown)
}

// Where Visualize has nothing to draw, it says why.
func TestBrowserCayleyUIVisualizeMessages(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)
	b.openCayleyUI(t, 3)
	status := func(what, want string) {
		t.Helper()
		b.run(t)
		b.waitFor(t, what, fmt.Sprintf(`(document.getElementById("bilat-visualize-status") || {}).textContent === %s`, jsString(want)))
	}
	b.setEditor(t, `g.V("`+kistafinIRI+`").All()`)
	status("no source and target", "1 row, none with both a source and a target tag holding a node: "+
		"Visualize draws rows tagged source and target (the network query gives them).")
	b.screenshot(t, "cayley-ui-visualize-no-pairs")
	b.setEditor(t, `g.V(`)
	status("the error", "The query failed: SyntaxError: (anonymous): Line 1:5 Unexpected end of input (and 1 more errors)")
	b.screenshot(t, "cayley-ui-visualize-error")
	b.noUncaught(t)
}
