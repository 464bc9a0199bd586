package server

import (
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/bilat/bilat/queries"
)

// TestBrowserOpenInCayley follows the explorer's "Cayley UI" link: the
// Cayley UI opens with the query's assembled text in its editor, behind the
// parameters filled in on the explorer, and running it there gives the
// explorer's rows.
func TestBrowserOpenInCayley(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)
	b.do(t, "open /explore",
		chromedp.Navigate(ts.URL+"/explore?query=post-holders&post=Governor+of+Sindh&at=2021-10-15"),
		chromedp.WaitReady(chromedp.CSS(`body[data-ready="true"]`)),
	)
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
