package server

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserDraft drafts a corpus report on the "Draft from a report"
// page of a read-only server, in headless Chromium.
func TestBrowserDraft(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)

	b.do(t, "open /explore/draft",
		chromedp.Navigate(ts.URL+"/explore/draft"),
		chromedp.WaitReady(chromedp.CSS(`body[data-ready="true"]`)),
	)
	// Nothing given: the page says so and sends nothing.
	b.do(t, "draft nothing", chromedp.Click(chromedp.CSS("#draft-run")))
	if got := eval[string](t, b, `document.getElementById("status").textContent`); got != "Paste a report or choose a file first." {
		t.Errorf("status %q", got)
	}
	// A date the server refuses: its message is shown.
	b.do(t, "fill a bad date",
		chromedp.Evaluate[chromedp.Void](`document.getElementById("report-text").value = "Headline\n\nThe envoy met the minister."`),
		chromedp.SendKeys(chromedp.CSS("#report-published"), "01/03/2022"),
		chromedp.Click(chromedp.CSS("#draft-run")),
	)
	b.waitFor(t, "the error", `document.getElementById("status").className === "error" && !document.getElementById("draft-run").disabled`)
	if got := eval[string](t, b, `document.getElementById("status").textContent`); got != `published "01/03/2022": expected a date as YYYY-MM-DD` {
		t.Errorf("status %q", got)
	}

	text := corpusArticle(t, "008")
	b.do(t, "fill the report",
		chromedp.Evaluate[chromedp.Void](`document.getElementById("report-text").value = `+jsString(text)),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("report-published").value = "2022-03-01"`),
		chromedp.SendKeys(chromedp.CSS("#report-publisher"), "UrduPoint"),
		chromedp.SendKeys(chromedp.CSS("#report-url"), "https://www.urdupoint.com/en/pakistan/kazakhstan-business-delegation-calls-on-gover-1478047.html"),
		chromedp.Click(chromedp.CSS("#draft-run")),
	)
	b.waitFor(t, "the draft", `document.querySelectorAll("#yaml-view .line").length > 10 && !document.getElementById("draft-run").disabled`)

	type mark struct{ Text, ID, Kind string }
	marks := eval[[]mark](t, b, `Array.from(document.querySelectorAll("#report-view mark"), m => ({
		text: m.textContent, id: m.getAttribute("data-id"), kind: m.className.split(" ")[0]}))`)
	has := func(text, id, kind string) bool {
		return slices.ContainsFunc(marks, func(m mark) bool { return strings.Contains(m.Text, text) && m.ID == id && m.Kind == kind })
	}
	for _, w := range []mark{{"Imran Ismail", "imran-ismail", "person"}, {"Kistafin", "yerzhan-kistafin", "person"}} {
		if !has(w.Text, w.ID, w.Kind) {
			t.Errorf("no %s mark %q for %s in %+v", w.Kind, w.Text, w.ID, marks)
		}
	}
	yaml := eval[string](t, b, `document.getElementById("yaml-view").textContent`)
	if !strings.Contains(yaml, "source:") || !strings.Contains(yaml, "imran-ismail") {
		t.Errorf("YAML lacks the source or Imran Ismail:\n%s", yaml)
	}
	// A click on a mention lights the YAML lines about that person.
	b.do(t, "click Imran Ismail", chromedp.Click(chromedp.CSS(`#report-view mark[data-id="imran-ismail"]`)))
	lit := eval[[]string](t, b, `Array.from(document.querySelectorAll("#yaml-view .line.lit"), l => l.textContent)`)
	if len(lit) == 0 || !slices.ContainsFunc(lit, func(l string) bool { return strings.Contains(l, "imran-ismail") }) {
		t.Errorf("lit lines %q", lit)
	}
	for _, l := range lit {
		if !strings.Contains(l, "imran-ismail") {
			t.Errorf("line %q lit for imran-ismail", l)
		}
	}
	type link struct{ Title, Download string }
	save := eval[link](t, b, `({title: document.getElementById("save-source").title,
		download: document.getElementById("save-source").getAttribute("download")})`)
	id := eval[string](t, b, `document.getElementById("status").textContent.replace(/^Draft (\S+):.*$/, "$1")`)
	if save.Title != "the file bilat extract writes: data/sources/"+id+".yaml" || save.Download != id+".yaml" {
		t.Errorf("source download %+v for draft %q", save, id)
	}
	b.screenshot(t, "draft-from-a-report")

	// A saved page as a file: its headline and date come from the page.
	page, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "schema", "extract", "article", "testdata", "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	b.do(t, "upload a saved page",
		chromedp.Evaluate[chromedp.Void](`for (const id of ["report-text", "report-published", "report-publisher", "report-url"]) document.getElementById(id).value = ""`),
		chromedp.SetUploadFiles(chromedp.CSS("#report-file"), []string{page}),
		chromedp.Click(chromedp.CSS("#draft-run")),
	)
	b.waitFor(t, "the page's draft", `document.querySelector("#report-view h2").textContent === "Envoy and university chief plan joint research" && !document.getElementById("draft-run").disabled`)
	if got := eval[string](t, b, `document.getElementById("status").textContent`); !strings.Contains(got, "2024-03-08") || !strings.Contains(got, "The Harbour Gazette") {
		t.Errorf("status %q lacks the page's date and publisher", got)
	}
	b.screenshot(t, "draft-from-a-saved-page")

	if ext := b.externalRequests(); len(ext) > 0 {
		t.Errorf("the draft page asked for %q; it must fetch nothing from elsewhere", ext)
	}
}
