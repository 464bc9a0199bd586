package article

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// minProseWords is how much running text a page must have to count as an
// article: below it, what Readability keeps of a page is a menu, a cookie
// notice or an error page, and a draft from it would be noise.
const minProseWords = 40

// maxNesting is the deepest a page's elements may nest. Parsing the tree
// and Readability's passes over it take time in the square of the depth
// (a page of 100,000 nested <div>s: over ten minutes); saved articles nest
// a few dozen deep, broken ones a few hundred.
const maxNesting = 5000

// parseHTML reads a saved or fetched page.
func parseHTML(name string, data []byte, contentType string, base *url.URL) (*Article, error) {
	data, err := toUTF8(name, data, contentType)
	if err != nil {
		return nil, err
	}
	if d := nesting(data, maxNesting); d > maxNesting {
		return nil, inputError(name, fmt.Errorf("the HTML page nests elements over %d deep: expected a saved article page", maxNesting))
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, inputError(name, err)
	}
	meta := pageMeta(doc, base)
	parser := readability.NewParser()
	parser.KeepClasses = true // for dropMeta
	ra, err := parser.ParseDocument(doc, base)
	if err != nil {
		return nil, inputError(name, err)
	}
	a := &Article{
		Source:    name,
		Title:     strings.Join(strings.Fields(dropInvisible(ra.Title())), " "),
		URL:       meta.url,
		Publisher: strOr(strings.TrimSpace(ra.SiteName()), meta.appName),
		Byline:    strings.TrimSpace(ra.Byline()),
	}
	if a.Publisher == "" {
		a.Publisher = siteOfTitle(meta.title, a.Title)
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t.Format(time.DateOnly)
	} else {
		a.Published = meta.published
	}
	if ra.Node != nil {
		dropMeta(ra.Node)
		var b strings.Builder
		if err := ra.RenderText(&b); err != nil {
			return nil, inputError(name, err)
		}
		a.Text = dropHeadline(paragraphs(strings.Split(dropInvisible(b.String()), "\n")), a.Title)
	}
	if proseWords(a.Text) < minProseWords {
		return nil, inputError(name, errors.New("no article in the HTML page: expected paragraphs of running text (is it an index, a menu or an error page?)"))
	}
	return a, nil
}

// nesting is how deep a page's start tags open elements, read by the
// tokenizer in one pass (up to limit+1): an end tag closes one, void
// elements and those whose end tag may be left out ("<p>", "<li>", which
// the parser closes at the next) open none.
func nesting(data []byte, limit int) int {
	z := html.NewTokenizer(bytes.NewReader(data))
	depth, deepest := 0, 0
	for deepest <= limit {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !flatElements[atom.Lookup(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !flatElements[atom.Lookup(name)] && depth > 0 {
				depth--
			}
		}
	}
	return deepest
}

// flatElements are the void elements and those whose end tag is optional.
var flatElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Option: true, atom.Optgroup: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true,
	atom.Caption: true, atom.Rp: true, atom.Rt: true, atom.Html: true, atom.Head: true, atom.Body: true,
}

// toUTF8 decodes a page in the charset it declares. Without a declaration
// the page must be UTF-8: guessing a legacy charset would turn names into
// mojibake silently.
func toUTF8(name string, data []byte, contentType string) ([]byte, error) {
	enc, cs, certain := charset.DetermineEncoding(data, contentType)
	if cs == "utf-8" || utf8.Valid(data) {
		return data, checkUTF8(name, data)
	}
	// DetermineEncoding answers windows-1252 both for a page that says so
	// and as its guess; only the first may be decoded.
	head := data[:min(len(data), 1024)]
	if !certain && !bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		return nil, checkUTF8(name, data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, inputError(name, err)
	}
	return out, nil
}

// dropHeadline removes a first paragraph that repeats the headline:
// Readability keeps an <h1> that differs from the title only in case or
// spacing.
func dropHeadline(text, title string) string {
	first, rest, _ := strings.Cut(text, "\n\n")
	if title != "" && strings.EqualFold(strings.Join(strings.Fields(first), " "), title) {
		return rest
	}
	return text
}

// proseWords counts the words in paragraphs that read as sentences (at
// least eight words and a full stop, question or exclamation mark).
func proseWords(text string) int {
	n := 0
	for _, p := range strings.Split(text, "\n\n") {
		w := len(strings.Fields(p))
		if w >= 8 && strings.ContainsAny(p, ".!?") {
			n += w
		}
	}
	return n
}

// meta is what the page says about itself beyond Readability's metadata.
type meta struct {
	url       string // <link rel=canonical>, else og:url
	published string // a <time> element's date, YYYY-MM-DD
	title     string // the document's <title>
	appName   string // <meta name=application-name>
}

// pageMeta reads the canonical URL and a publication date from <time>:
// the one marked as the publication date (itemprop=datePublished or the
// old pubdate attribute), else the first inside <article>, else the first.
func pageMeta(doc *html.Node, base *url.URL) meta {
	var canonical, ogURL, title, appName string
	var marked, inArticle, first string
	var walk func(n *html.Node, article bool)
	walk = func(n *html.Node, article bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Meta:
				if attr(n, "property") == "og:url" && ogURL == "" {
					ogURL = attr(n, "content")
				}
				if attr(n, "itemprop") == "datePublished" && marked == "" {
					marked = isoDate(attr(n, "content"))
				}
				if attr(n, "name") == "application-name" && appName == "" {
					appName = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Title:
				if title == "" {
					title = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Article:
				article = true
			case atom.Time:
				d := isoDate(attr(n, "datetime"))
				if d == "" {
					d = isoDate(textOf(n))
				}
				if d != "" {
					_, pub := attrOK(n, "pubdate")
					if (pub || attr(n, "itemprop") == "datePublished") && marked == "" {
						marked = d
					}
					if article && inArticle == "" {
						inArticle = d
					}
					if first == "" {
						first = d
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, article)
		}
	}
	walk(doc, false)
	m := meta{url: strOr(absolute(canonical, base), absolute(ogURL, base), savedFrom(doc))}
	m.published = strOr(marked, inArticle, first)
	m.title, m.appName = title, appName
	return m
}

// siteOfTitle is the site's name in a page title written "Headline | Site"
// (or with " - ", " – ", " — "), when the headline part is the article's
// title: pages that carry no og:site_name still name their site there.
func siteOfTitle(docTitle, headline string) string {
	if headline == "" {
		return ""
	}
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		i := strings.LastIndex(docTitle, sep)
		if i <= 0 {
			continue
		}
		head, site := strings.TrimSpace(docTitle[:i]), strings.TrimSpace(docTitle[i+len(sep):])
		if strings.EqualFold(head, headline) && site != "" && len(site) <= 60 {
			return site
		}
	}
	return ""
}

// savedFrom reads the "saved from url=(0042)https://..." comment that
// browsers put at the top of a page saved as HTML.
func savedFrom(doc *html.Node) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.CommentNode && found == "" {
			if _, rest, ok := strings.Cut(n.Data, "saved from url=("); ok {
				if _, u, ok := strings.Cut(rest, ")"); ok {
					found = absolute(strings.TrimSpace(u), nil)
				}
			}
		}
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// dropMeta removes from the extracted content what is about the page, not
// the report: a byline or date line ("By Staff Reporter · 8 March 2024"),
// which the drafting engine would otherwise read as the date of an event,
// and figure captions, which restate the story in the present tense ("The
// envoy meets the Vice Chancellor") and would be drafted as a second event.
func dropMeta(root *html.Node) {
	var drop []*html.Node
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		if n.Type == html.ElementNode && n != root && !inP && isMeta(n) {
			drop = append(drop, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP || n.DataAtom == atom.P)
		}
	}
	walk(root, false)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// isMeta is called only outside paragraphs: a "dateline" or "author"
// span inside running text ("KARACHI:") is part of the report.
func isMeta(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	text := strings.Fields(textOf(n))
	if len(text) == 0 || len(text) > 25 {
		return false
	}
	names := strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")+" "+attr(n, "rel")+" "+attr(n, "itemprop")),
		func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
	for _, w := range names {
		switch w {
		case "byline", "author", "timestamp", "posted", "published", "pubdate", "date", "datepublished":
			return true
		}
	}
	// A short block that is mostly a <time>: "Posted 12 October 2021".
	if n.DataAtom == atom.P || n.DataAtom == atom.Div {
		timeWords := 0
		for _, t := range elements(n, atom.Time) {
			timeWords += len(strings.Fields(textOf(t)))
		}
		return timeWords > 0 && len(text)-timeWords <= 3
	}
	return false
}

// elements lists n's descendants of one kind.
func elements(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			out = append(out, c)
		}
		out = append(out, elements(c, a)...)
	}
	return out
}

// isoDate normalizes a date or timestamp to YYYY-MM-DD in the zone it is
// written in (a Karachi paper's 00:30+05:00 is that day in Karachi), or "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	t, err := dateparse.ParseAny(s)
	if err != nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// absolute resolves ref against base; "" when the result is not an
// absolute http(s) URL (a relative canonical link in a saved file).
func absolute(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func strOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
