package server

import (
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/bilat/bilat/queries"
)

// openExplorer opens a page of the explorer on the seed, in a browser.
func openExplorer(t *testing.T, page string) *browser {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)
	b.do(t, "open "+page, chromedp.Navigate(ts.URL+page), chromedp.WaitReady(chromedp.CSS(`body[data-ready="true"]`)))
	return b
}

// TestBrowserOpenInCayley follows the explorer's "Cayley UI" link: the
// Cayley UI opens with the query's assembled text in its editor, behind the
// parameters filled in on the explorer, and running it there gives the
// explorer's rows.
func TestBrowserOpenInCayley(t *testing.T) {
	b := openExplorer(t, "/explore?query=post-holders&post=Governor+of+Sindh&at=2021-10-15")
	if got := eval[string](t, b, `document.getElementById("cayley-link").getAttribute("href")`); got != "/api/queries/post-holders.js" {
		t.Errorf("the link without script: %q, want /api/queries/post-holders.js", got)
	}
	b.do(t, "follow the Cayley UI link", chromedp.Click(chromedp.CSS("#cayley-link")),
		chromedp.WaitVisible(chromedp.CSS(".App .mdc-drawer")),
		chromedp.WaitVisible(chromedp.CSS("textarea.bilat-editor")))
	q, err := queries.Lookup("post-holders")
	if err != nil {
		t.Fatal(err)
	}
	want := `var params = {"post":"Governor of Sindh","at":"2021-10-15"}; ` + q.Source
	if got := eval[string](t, b, `document.querySelector("textarea.bilat-editor:not([readonly])").value`); got != want {
		t.Errorf("the editor holds %d bytes starting %.80q, want the assembled post-holders.js (%d bytes) behind its params", len(got), got, len(want))
	}
	b.do(t, "run it", chromedp.Click(chromedp.CSS(".QueryEditor .actions button")))
	b.waitFor(t, "the result", `Array.from(document.querySelectorAll("textarea.bilat-editor[readonly]")).some(ta => ta.value.includes("Imran Ismail"))`)
	b.screenshot(t, "cayley-ui-from-explorer")
}

// TestBrowserMiss: a name that matches nothing shows the message with the
// closest names as buttons; one click runs the query with that name. In
// the details of a party, the counterparts of its events are clickable.
func TestBrowserMiss(t *testing.T) {
	b := openExplorer(t, "/explore?query=who-met-whom&person=Kistafn")
	b.waitFor(t, "the miss", `document.querySelectorAll("#status button.closest").length > 0`)
	want := `query "who-met-whom": parameter "person": no person or post named "Kistafn" in the graph (closest: "Yerzhan Kistafin") Did you mean: Yerzhan Kistafin`
	if got := eval[string](t, b, `document.getElementById("status").textContent`); got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	b.screenshot(t, "explore-miss")
	b.do(t, "take the suggestion", chromedp.Click(chromedp.CSS("#status button.closest")))
	b.waitFor(t, "the rows", `document.querySelectorAll("#rows tbody tr").length > 0 && !document.getElementById("run").disabled`)
	if got := eval[string](t, b, `document.getElementById("param-person").value`); got != "Yerzhan Kistafin" {
		t.Errorf("the field holds %q after the click", got)
	}

	b.do(t, "click Imran Ismail", chromedp.Click(chromedp.CSS(`#graph .node[data-name="Imran Ismail"] circle`)))
	b.waitFor(t, "the details", `document.querySelectorAll("#detail-body h3").length === 3`)
	b.do(t, "click a counterpart in his events", chromedp.Click(chromedp.CSS(`#detail-body li .party`)))
	b.waitFor(t, "the counterpart's details", `document.getElementById("detail-name").textContent !== "Imran Ismail"`)
	if got := eval[string](t, b, `document.getElementById("detail-name").textContent`); got != "Yerzhan Kistafin" {
		t.Errorf("details of %q after clicking a counterpart of Imran Ismail, want Yerzhan Kistafin", got)
	}
}
