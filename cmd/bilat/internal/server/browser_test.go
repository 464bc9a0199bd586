package server

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/bilat/bilat/queries"
)

// The browser tests drive a real headless Chromium: Debian's chromium at
// /usr/bin/chromium, or BILAT_TEST_CHROMIUM. Under CI=true a missing
// browser fails them; otherwise they are skipped. Screenshots go to
// BILAT_ARTIFACTS, or to the test's temporary directory.

func chromiumPath(t *testing.T) string {
	t.Helper()
	p := os.Getenv("BILAT_TEST_CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is needed under CI=true: %v (install Debian's chromium, or set BILAT_TEST_CHROMIUM)", err)
		}
		t.Skipf("no chromium at %s (set BILAT_TEST_CHROMIUM): %v", p, err)
	}
	return p
}

// browser is one headless Chromium tab that can reach the test server and
// nothing else: every other request fails, and is recorded.
type browser struct {
	ctx       context.Context
	base      string
	artifacts string

	mu        sync.Mutex
	external  []string       // requests to anywhere but the server, blocked
	responses map[string]int // status of each response from the server, by path
	queries   []int          // status of each /api/v2/query response, in order
}

func newBrowser(t *testing.T, base string) *browser {
	t.Helper()
	exec := chromiumPath(t)
	dir := os.Getenv("BILAT_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exec),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("starting chromium: %v", err)
	}
	b := &browser{ctx: ctx, base: base, artifacts: dir, responses: map[string]int{}}

	paused := chromedp.Events(ctx, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			if strings.HasPrefix(ev.Request.URL, base+"/") || strings.HasPrefix(ev.Request.URL, "data:") {
				chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
				continue
			}
			b.mu.Lock()
			b.external = append(b.external, ev.Request.URL)
			b.mu.Unlock()
			chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
		}
	}()
	responses := chromedp.Events(ctx, network.ResponseReceived)
	go func() {
		for ev, err := range responses {
			if err != nil {
				return
			}
			u, perr := url.Parse(ev.Response.URL)
			if perr != nil || !strings.HasPrefix(ev.Response.URL, base+"/") {
				continue
			}
			b.mu.Lock()
			b.responses[u.Path] = int(ev.Response.Status)
			if u.Path == "/api/v2/query" {
				b.queries = append(b.queries, int(ev.Response.Status))
			}
			b.mu.Unlock()
		}
	}()
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	// Every page records what its content security policy blocked.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.cspViolations = [];
document.addEventListener("securitypolicyviolation", e => window.cspViolations.push(e.violatedDirective + " " + e.blockedURI));`,
	}); err != nil {
		t.Fatal(err)
	}
	return b
}

// checkCSP fails the test if the page's content security policy blocked
// anything: the policy must let the page do all it does.
func (b *browser) checkCSP(t *testing.T) {
	t.Helper()
	if v := eval[[]string](t, b, `window.cspViolations`); len(v) > 0 {
		t.Errorf("the content security policy blocked %q", v)
	}
}

// do runs actions with a time limit, failing the test on an error.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.screenshot(t, "failed-"+strings.ReplaceAll(what, " ", "-"))
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it holds.
func (b *browser) waitFor(t *testing.T, what, cond string) {
	t.Helper()
	b.do(t, what, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond))(ctx, tg)
		return chromedp.Void{}, err
	})
}

func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	b.save(t, name, chromedp.FullScreenshot(100)) // 100: PNG; less is JPEG
}

// save writes the image an action takes to the artifacts.
func (b *browser) save(t *testing.T, name string, shot chromedp.Action[[]byte]) {
	t.Helper()
	buf, err := chromedp.Run(b.ctx, shot)
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(b.artifacts, name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		t.Error(err)
		return
	}
	t.Logf("screenshot: %s", p)
}

func (b *browser) externalRequests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.external)
}

func TestBrowserExplore(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)

	b.do(t, "open /explore",
		chromedp.Navigate(ts.URL+"/explore"),
		chromedp.WaitReady(chromedp.CSS(`body[data-ready="true"]`)),
	)
	if got := eval[string](t, b, `document.getElementById("query-name").value`); got != "who-met-whom" {
		t.Fatalf("the page opens on query %q, want who-met-whom", got)
	}
	b.do(t, "run who-met-whom for Kistafin",
		chromedp.SendKeys(chromedp.CSS("#param-person"), "Kistafin"),
		chromedp.Click(chromedp.CSS("#run")),
	)
	b.waitFor(t, "the rows", `document.querySelectorAll("#rows tbody tr").length > 0 && !document.getElementById("run").disabled`)

	type table struct {
		Head []string
		Rows [][]string
	}
	tab := eval[table](t, b, `({
		head: Array.from(document.querySelectorAll("#rows thead th"), th => th.textContent),
		rows: Array.from(document.querySelectorAll("#rows tbody tr"), tr => Array.from(tr.cells, td => td.textContent)),
	})`)
	col := func(name string) int {
		i := slices.Index(tab.Head, name)
		if i < 0 {
			t.Fatalf("no column %q in %q", name, tab.Head)
		}
		return i
	}
	a, bcol, place := col("a"), col("b"), col("place")
	met := map[string]string{}
	for _, r := range tab.Rows {
		if r[a] != "Yerzhan Kistafin" {
			t.Errorf("row %q: a = %q, want Yerzhan Kistafin", r, r[a])
		}
		met[r[bcol]] = r[place]
	}
	for _, who := range []string{"Imran Ismail", "Masuma Hasan"} {
		if p, ok := met[who]; !ok || p != "Karachi" {
			t.Errorf("rows %v: want %s met in Karachi", met, who)
		}
	}
	links := eval[[]string](t, b, `Array.from(document.querySelectorAll("#rows tbody a"), a => a.href)`)
	if !slices.Contains(links, "https://pakistaneconomicnet.com/story/36813/") {
		t.Errorf("source links %q lack the Karachi report", links)
	}

	// The graph shows Kistafin and every counterpart of his, laid out
	// inside the picture and apart from each other.
	type node struct {
		Name string
		X, Y float64
	}
	nodes := eval[[]node](t, b, `Array.from(document.querySelectorAll("#graph .node"), g => ({
		name: g.getAttribute("data-name"),
		x: +g.querySelector("circle").getAttribute("cx"),
		y: +g.querySelector("circle").getAttribute("cy"),
	}))`)
	var names []string
	for _, n := range nodes {
		names = append(names, n.Name)
		if n.X < 0 || n.X > 900 || n.Y < 0 || n.Y > 560 {
			t.Errorf("node %s at (%.0f, %.0f) is outside the picture", n.Name, n.X, n.Y)
		}
	}
	for who := range met {
		if !slices.Contains(names, who) {
			t.Errorf("graph nodes %q lack %q", names, who)
		}
	}
	if !slices.Contains(names, "Yerzhan Kistafin") {
		t.Errorf("graph nodes %q lack Yerzhan Kistafin", names)
	}
	for i, n := range nodes {
		for _, m := range nodes[i+1:] {
			if dx, dy := n.X-m.X, n.Y-m.Y; dx*dx+dy*dy < 4*4 {
				t.Errorf("nodes %s and %s overlap", n.Name, m.Name)
			}
		}
	}
	if edges := eval[int](t, b, `document.querySelectorAll("#graph .edge").length`); edges != len(met) {
		t.Errorf("%d edges, want one per counterpart (%d)", edges, len(met))
	}
	b.checkExploreGraph(t)
	b.screenshot(t, "explore-who-met-whom")
	b.save(t, "explore-who-met-whom-graph", chromedp.Screenshot(chromedp.CSS("#graph-box")))

	// A click on a counterpart shows his posts, events and sources, and
	// the graph keeps its size.
	size := b.graphSize(t)
	b.do(t, "click Imran Ismail", chromedp.Click(chromedp.CSS(`#graph .node[data-name="Imran Ismail"] circle`)))
	b.waitFor(t, "the details", `document.querySelectorAll("#detail-body h3").length === 3`)
	if got := b.graphSize(t); got != size {
		t.Errorf("the graph is drawn at %v with the details open, at %v before", got, size)
	}
	detail := eval[map[string][]string](t, b, `Object.fromEntries(Array.from(document.querySelectorAll("#detail-body h3"), h =>
		[h.textContent.replace(/ \(\d+\)$/, ""), Array.from(h.nextElementSibling.querySelectorAll("li"), li => li.textContent)]))`)
	if got := eval[string](t, b, `document.getElementById("detail-name").textContent`); got != "Imran Ismail" {
		t.Errorf("details of %q, want Imran Ismail", got)
	}
	if !anyHas(detail["Posts"], "Governor of Sindh") {
		t.Errorf("posts %q lack Governor of Sindh", detail["Posts"])
	}
	if !anyHas(detail["Events"], "Yerzhan Kistafin") {
		t.Errorf("events %q lack the reception of Yerzhan Kistafin", detail["Events"])
	}
	if !anyHas(detail["Sources"], "Pakistan Economic Net") {
		t.Errorf("sources %q lack Pakistan Economic Net", detail["Sources"])
	}
	b.screenshot(t, "explore-details")

	// The network query is drawn too, its parties by name.
	b.do(t, "pick the network query", chromedp.SetValue(chromedp.CSS("#query-name"), "network"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("query-name").dispatchEvent(new Event("change"))`),
		chromedp.SendKeys(chromedp.CSS("#param-person"), "Kistafin"),
		chromedp.Click(chromedp.CSS("#run")),
	)
	b.waitFor(t, "the network", `Array.from(document.querySelectorAll("#rows thead th"), th => th.textContent).includes("source_name") &&
		!document.getElementById("run").disabled`)
	var want []string
	for _, row := range decode[struct{ Rows []map[string]any }](t, ts.do(t, "GET", "/api/queries/network?person=Kistafin", nil, "")).Rows {
		for _, k := range []string{"source_name", "target_name"} {
			if n := fmt.Sprint(row[k]); !slices.Contains(want, n) {
				want = append(want, n)
			}
		}
	}
	slices.Sort(want)
	names = eval[[]string](t, b, `Array.from(document.querySelectorAll("#graph .node"), g => g.getAttribute("data-name")).sort()`)
	if !slices.Equal(names, want) || len(want) < 3 {
		t.Errorf("network around Kistafin: nodes %q, want %q", names, want)
	}
	b.checkExploreGraph(t)
	b.screenshot(t, "explore-network")
	b.save(t, "explore-network-graph", chromedp.Screenshot(chromedp.CSS("#graph-box")))

	b.checkCounterparts(t, "Kistafin")

	if ext := b.externalRequests(); len(ext) > 0 {
		t.Errorf("the explorer asked for %q; it must fetch nothing from elsewhere", ext)
	}
	b.checkCSP(t)
}

func anyHas(list []string, sub string) bool {
	return slices.ContainsFunc(list, func(s string) bool { return strings.Contains(s, sub) })
}

func TestBrowserCayleyUI(t *testing.T) {
	ts := startSeed(t, Config{})
	b := newBrowser(t, ts.URL)

	b.do(t, "open /",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(".App .mdc-drawer")),
		chromedp.WaitVisible(chromedp.CSS("textarea.bilat-editor")),
	)
	menu := eval[[]string](t, b, `Array.from(document.querySelectorAll(".mdc-drawer .mdc-list-item"), li => li.textContent.trim())`)
	if want := []string{"Query", "Query Shape", "Visualize", "Write"}; !slices.Equal(menu, want) {
		t.Errorf("the UI's menu = %q, want %q", menu, want)
	}

	// The Query tab runs a query against this server, wherever it is.
	setEditor := func(src string) { t.Helper(); b.setEditor(t, src) }
	setEditor(`g.V("` + kistafinIRI + `").Out("<http://schema.org/name>").All()`)
	b.do(t, "run the query", chromedp.Click(chromedp.CSS(".QueryEditor .actions button")))
	b.waitFor(t, "the result", `Array.from(document.querySelectorAll("textarea.bilat-editor[readonly]")).some(ta => ta.value.includes("Yerzhan Kistafin"))`)
	b.screenshot(t, "cayley-ui-query")

	// The Visualize tab draws the network query.
	b.do(t, "open Visualize", chromedp.Click(chromedp.CSS(".mdc-drawer .mdc-list-item:nth-child(3)")))
	b.do(t, "the editor", chromedp.WaitVisible(chromedp.CSS("textarea.bilat-editor")))
	q, err := queries.Lookup("network")
	if err != nil {
		t.Fatal(err)
	}
	bound, err := queries.Bind(q, map[string]string{"person": "Kistafin"})
	if err != nil {
		t.Fatal(err)
	}
	src, err := queries.Program(q.Source, bound)
	if err != nil {
		t.Fatal(err)
	}
	setEditor(src)
	b.do(t, "run the network query", chromedp.Click(chromedp.CSS(".QueryEditor .actions button")))
	b.waitFor(t, "the graph", `document.querySelectorAll(".graph svg circle").length > 2`)
	time.Sleep(2 * time.Second) // the UI's force layout settles
	b.checkVisualizeLabels(t, []string{"Yerzhan Kistafin", "Imran Ismail", "Masuma Hasan"})
	b.screenshot(t, "cayley-ui-visualize")
	b.save(t, "cayley-ui-visualize-graph", chromedp.Screenshot(chromedp.CSS(".graph")))

	b.mu.Lock()
	statuses := slices.Clone(b.queries)
	b.mu.Unlock()
	if len(statuses) != 2 || statuses[0] != 200 || statuses[1] != 200 {
		t.Errorf("the UI's /api/v2/query calls answered %v, want two 200s", statuses)
	}
	// The editor is Bilat's stand-in and the icon font is gone, so the UI
	// asks nothing of the internet.
	if ext := b.externalRequests(); len(ext) > 0 {
		t.Errorf("the Cayley UI asked for %q", ext)
	}
	b.checkCSP(t)
	if got := eval[string](t, b, `document.querySelector(".QueryEditor .actions button").textContent`); got != "\u25b6Run" {
		t.Errorf("the Run button reads %q, want its icon drawn as a character", got)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return `"` + r.Replace(s) + `"`
}
