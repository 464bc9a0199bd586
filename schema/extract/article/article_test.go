package article

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const reportText = "KARACHI: The Ambassador of the Republic of Kazakhstan, Mr. Arman Tulegenov, visited the University of the Harbour on Thursday and held a meeting with its Vice Chancellor, Prof. Dr. Sana Qureshi, on research links between the two countries.\n\n" +
	"The two sides agreed to look into a joint programme in marine biology and to exchange visiting scholars from the next academic year. The Vice Chancellor said the university would welcome students from Kazakhstan in its engineering faculty.\n\n" +
	"Mr. Tulegenov said his embassy would help arrange a delegation of Kazakh academics to visit Karachi in the spring, and invited the Vice Chancellor to a science forum in Almaty later this year."

func TestParseText(t *testing.T) {
	// A BOM, CRLF line ends, leading blank lines, trailing spaces and a run
	// of blank lines: all as editors and copy-paste leave them.
	in := "\uFEFF\r\n  Envoy calls on Governor  \r\n\r\nLAHORE: The envoy called on the Governor on Monday.  \r\nThey discussed trade.\r\n\r\n\r\n\r\nThe Governor thanked him.\r\n"
	a, err := Parse("call.txt", []byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	want := Article{Source: "call.txt", Title: "Envoy calls on Governor",
		Text: "LAHORE: The envoy called on the Governor on Monday.\nThey discussed trade.\n\nThe Governor thanked him."}
	if *a != want {
		t.Errorf("got  %+q\nwant %+q", *a, want)
	}
}

// TestParseDropsInvisible: soft hyphens, zero-width spaces and direction
// marks, which pages leave inside words, are not in the text or the
// headline, in a text file and in an HTML page; the letters around them
// make one word again.
func TestParseDropsInvisible(t *testing.T) {
	title := "Envoy calls on Gover\u00adnor"
	body := "LAHORE: Ambassador Dau\u00adlet Sar\u200bsenov called on Governor Ali\u200e Rahimi on Monday, and the two discussed trade, transit and the railway for an hour."
	wantTitle, wantText := "Envoy calls on Governor", "LAHORE: Ambassador Daulet Sarsenov called on Governor Ali Rahimi on Monday, and the two discussed trade, transit and the railway for an hour."
	for _, c := range []struct{ name, data, contentType string }{
		{"call.txt", title + "\n" + body + "\n", ""},
		{"call.html", "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>", "text/html"},
	} {
		a, err := Parse(c.name, []byte(c.data), c.contentType)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != wantTitle {
			t.Errorf("%s: title %+q, want %+q", c.name, a.Title, wantTitle)
		}
		if first, _, _ := strings.Cut(a.Text, "\n"); first != wantText {
			t.Errorf("%s: text %+q, want %+q", c.name, first, wantText)
		}
	}
}

// TestParseCorpusArticle reads an article of the shared corpus, the layout
// the plain-text reader is for.
func TestParseCorpusArticle(t *testing.T) {
	path := "../../../../shared/corpus/articles/002.txt"
	if _, err := os.Stat(path); err != nil {
		path = "/work/shared/corpus/articles/002.txt"
	}
	a, err := Read(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Kazakh envoy, COMSTECH chief explore Al-Farabi and Iqbal chairs" {
		t.Errorf("title %q", a.Title)
	}
	if !strings.HasPrefix(a.Text, "The Ambassador of the Republic of Kazakhstan, H.E. Mr. Yerzhan Kistafin, called at the COMSTECH Secretariat on Thursday") {
		t.Errorf("text starts %q", a.Text[:min(80, len(a.Text))])
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.HasSuffix(a.Text, "\n") {
		t.Errorf("text not in paragraph layout: %q", a.Text)
	}
}

func TestParseHTML(t *testing.T) {
	tests := []struct {
		file, name, contentType string
		want                    Article
	}{{
		// Full page: menu, sidebar and footer left out; title, date,
		// publisher and byline from JSON-LD; the relative canonical link
		// resolved against the page's URL; the byline/date line and the
		// figure caption not in the text.
		file: "report.html", name: "https://harbour.example/story?id=7", contentType: "text/html; charset=utf-8",
		want: Article{Title: "Envoy and university chief plan joint research", Text: reportText,
			URL:       "https://harbour.example/2024/03/08/envoy-university-joint-research/",
			Publisher: "The Harbour Gazette", Published: "2024-03-08", Byline: "Staff Reporter"},
	}, {
		// Saved to disk, the same page's relative canonical link has no
		// base: no URL rather than a path.
		file: "report.html", name: "testdata/report.html",
		want: Article{Title: "Envoy and university chief plan joint research", Text: reportText,
			Publisher: "The Harbour Gazette", Published: "2024-03-08", Byline: "Staff Reporter"},
	}, {
		// Open Graph only; a timestamp just after midnight at +06:00 is
		// that day where it was written, not the day before in UTC.
		file: "og-only.html", name: "testdata/og-only.html",
		want: Article{Title: "Ministers sign trade road protocol",
			Text: "ASTANA, 27 May — The transport ministers of the two countries signed a protocol on a new freight road on Saturday, after talks that lasted most of the day in the capital.\n\n" +
				"The protocol sets out customs checks at the border and a shared timetable for building the last section of the road. Both ministers said the road would cut the time goods take to reach the sea ports by a third.\n\n" +
				"They also agreed that a working group would meet every three months to follow the work.",
			URL: "https://steppewire.example/news/trade-road-protocol", Publisher: "Steppe Wire", Published: "2023-05-28"},
	}, {
		// No metadata: the date is the <time pubdate> of the article, not
		// the earlier <time> in the sidebar; the "Posted ..." line is
		// dropped from the text.
		file: "time-only.html", name: "testdata/time-only.html",
		want: Article{Title: "Governor receives trade delegation",
			Text: "The Governor of the province received a business delegation from abroad at the Governor House on Tuesday and discussed trade in textiles, fruit and machinery with its members.\n\n" +
				"The delegation's leader said firms from his country wanted to open offices in the provincial capital, and the Governor promised help from his office with the paperwork.",
			Published: "2021-10-12"},
	}, {
		// Paragraphs made of <br><br> in a bare <div>; JSON-LD in an
		// @graph, with two authors and a date without a time; the
		// og:title's " – Valley Times" is not part of the headline.
		file: "br-graph.html", name: "testdata/br-graph.html",
		want: Article{Title: "Trade council meets in Tashkent",
			Text: "TASHKENT, Nov 2: The joint trade council of the two neighbouring countries met in Tashkent on Wednesday for its fourth session, chaired by the two deputy prime ministers.\n\n" +
				"The council reviewed the work on a shared industrial zone near the border and agreed on a list of twelve projects for the coming year, from textiles to food processing.\n\n" +
				"The next session will be held in the spring, the ministers said after the meeting.",
			Publisher: "Valley Times", Published: "2022-11-03", Byline: "R. Karimova, D. Aliev"},
	}, {
		// No og:site_name: the site is the part of <title> after " | "
		// the headline.
		file: "title-site.html", name: "testdata/title-site.html",
		want: Article{Title: "Kazakh envoy calls on Chairman Senate",
			Text: "ISLAMABAD: Ambassador of Kazakhstan to Pakistan Yerzhan Kistafin called on Chairman Senate Syed Yousuf Raza Gilani at the Parliament House here on Thursday.\n\n" +
				"Talking to the ambassador, the Chairman Senate said Pakistan attached great importance to its relations with Central Asian states.\n\n" +
				"The ambassador apprised the Chairman about the preparations for the Astana International Forum.",
			URL: "https://daily.example/news/2024/05/16/kazakh-envoy-senate", Publisher: "Daily Example", Published: "2024-05-16", Byline: "APP"},
	}, {
		// A page that declares windows-1252 is decoded ("Türkiye").
		file: "legacy-charset.html", name: "testdata/legacy-charset.html",
		want: Article{Title: "Envoys meet in Ankara",
			Text: "The ambassador of Türkiye met the visiting delegation in Ankara on Monday and discussed cooperation in trade, culture and higher education with its members at length.\n\n" +
				"Both sides said they would meet again before the end of the year to review the progress of the projects they had agreed on today."},
	}}
	for _, tt := range tests {
		t.Run(tt.file+"@"+tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tt.name, data, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Source = tt.name
			if *a != tt.want {
				t.Errorf("got  %+q\nwant %+q", *a, tt.want)
			}
		})
	}
}

func TestSavedFromComment(t *testing.T) {
	data, err := os.ReadFile("testdata/time-only.html")
	if err != nil {
		t.Fatal(err)
	}
	data = append([]byte("<!-- saved from url=(0041)https://news.example/governor-delegation -->\n"), data...)
	a, err := Parse("saved.html", data, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://news.example/governor-delegation" {
		t.Errorf("URL %q", a.URL)
	}
}

func TestReadStdin(t *testing.T) {
	a, err := Read(context.Background(), "-", Options{Stdin: strings.NewReader("Headline\n\nBody text.\n")})
	if err != nil {
		t.Fatal(err)
	}
	want := Article{Source: "-", Title: "Headline", Text: "Body text."}
	if *a != want {
		t.Errorf("got %+q, want %+q", *a, want)
	}
}

// TestReadURL fetches saved pages from a real server on loopback.
func TestReadURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir("testdata")))
	mux.Handle("/old-address", http.RedirectHandler("/time-only.html", http.StatusMovedPermanently))
	mux.HandleFunc("/report.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Envoy calls on Governor\n\nThe envoy called on the Governor.\n"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()

	a, err := Read(ctx, srv.URL+"/report.html", Options{Client: srv.Client()})
	if err != nil {
		t.Fatal(err)
	}
	want := Article{Source: srv.URL + "/report.html", Title: "Envoy and university chief plan joint research", Text: reportText,
		URL:       srv.URL + "/2024/03/08/envoy-university-joint-research/",
		Publisher: "The Harbour Gazette", Published: "2024-03-08", Byline: "Staff Reporter"}
	if *a != want {
		t.Errorf("got  %+q\nwant %+q", *a, want)
	}

	// A page with no canonical link: the URL it was fetched from.
	a, err = Read(ctx, srv.URL+"/time-only.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != srv.URL+"/time-only.html" || a.Published != "2021-10-12" {
		t.Errorf("URL %q published %q", a.URL, a.Published)
	}

	// Moved: the URL is where the page was found.
	a, err = Read(ctx, srv.URL+"/old-address", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != srv.URL+"/time-only.html" || a.Source != srv.URL+"/old-address" {
		t.Errorf("URL %q source %q", a.URL, a.Source)
	}

	// Plain text by URL reads as a .txt file does.
	a, err = Read(ctx, srv.URL+"/report.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = Article{Source: srv.URL + "/report.txt", Title: "Envoy calls on Governor", Text: "The envoy called on the Governor.", URL: srv.URL + "/report.txt"}
	if *a != want {
		t.Errorf("got  %+q\nwant %+q", *a, want)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte(" \n\n\t\n"))
	binary := write("scan.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
	nul := write("data.txt", []byte("Headline\n\x00\x01\x02\x03 body"))
	latin1 := write("latin1.txt", []byte("Envoy meets minister\nThe envoy of T\xfcrkiye met the minister.\n"))
	headline := write("headline.txt", []byte("Just a headline\n\n\n"))
	undeclared := write("undeclared.html", []byte("<html><body><p>The envoy of T\xfcrkiye.</p></body></html>"))
	big := write("big.txt", []byte("Headline\n\n"+strings.Repeat("Words of the report. ", 100)))
	// Parsing a tree takes time in the square of its depth: 100,000 nested
	// <div>s took over ten minutes. Unclosed <p>s, which the parser closes
	// at the next, are as deep as one.
	deep := write("deep.html", []byte("<html><body>"+strings.Repeat("<div>", 100000)+"<p>The envoy met the minister.</p></body></html>"))
	index, err := filepath.Abs("testdata/index.html")
	if err != nil {
		t.Fatal(err)
	}

	// A server for every way a URL can fail, on loopback.
	mux := http.NewServeMux()
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// 50 MB streamed without a Content-Length: the cap has to be
		// enforced while reading, not from the header.
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>filler text</p>\n", 1<<10))
		for sent := 0; sent < 50<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "52428800")
		w.Write([]byte("<html>")) // the client must give up on the header alone
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// An address where nothing listens: take a free port and close it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := ln.Addr().String()
	ln.Close()

	tests := []struct {
		src  string
		opt  Options
		want string
	}{
		{empty, Options{}, empty + ": empty: expected a report (the headline on its first line, then the text) or an HTML page"},
		{blank, Options{}, blank + ": empty: expected a report (the headline on its first line, then the text) or an HTML page"},
		{"-", Options{Stdin: strings.NewReader("")}, "standard input: empty: expected a report (the headline on its first line, then the text) or an HTML page"},
		{binary, Options{}, binary + ": binary file (application/pdf): expected a plain-text report or an HTML page"},
		{nul, Options{}, nul + ": binary file (application/octet-stream): expected a plain-text report or an HTML page"},
		{latin1, Options{}, latin1 + ":2:15: not UTF-8 text (byte 0xfc): save the report as UTF-8"},
		{undeclared, Options{}, undeclared + ":1:30: not UTF-8 text (byte 0xfc): save the report as UTF-8"},
		{headline, Options{}, headline + ": only a headline: expected the report's text after its first line"},
		{index, Options{}, index + ": no article in the HTML page: expected paragraphs of running text (is it an index, a menu or an error page?)"},
		{deep, Options{}, deep + ": the HTML page nests elements over 5000 deep: expected a saved article page"},
		{big, Options{MaxBytes: 1000}, big + ": larger than the 1000-byte limit"},
		{"-", Options{MaxBytes: 1000, Stdin: strings.NewReader(strings.Repeat("x", 1001))}, "standard input: larger than the 1000-byte limit"},
		{dir, Options{}, dir + ": is a folder: expected a report file"},
		{filepath.Join(dir, "nope.txt"), Options{}, "open " + filepath.Join(dir, "nope.txt") + ": no such file or directory"},
		{srv.URL + "/missing", Options{}, srv.URL + "/missing: HTTP 404 Not Found: expected 200 OK"},
		{srv.URL + "/huge", Options{}, srv.URL + "/huge: larger than the 10 MB limit"},
		{srv.URL + "/huge-declared", Options{}, srv.URL + "/huge-declared: larger than the 10 MB limit"},
		{srv.URL + "/hang", Options{Timeout: 100 * time.Millisecond}, srv.URL + "/hang: no answer within 100ms"},
		{"http://" + refused + "/report", Options{}, "http://" + refused + "/report: no answer: dial tcp " + refused + ": connect: connection refused"},
		{"http:///report", Options{}, "http:///report: not a URL: expected http(s)://host/path"},
	}
	for _, tt := range tests {
		a, err := Read(context.Background(), tt.src, tt.opt)
		if err == nil {
			t.Errorf("%s: no error, got %+q", tt.src, *a)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("got  %s\nwant %s", err, tt.want)
		}
	}
}

// TestParseHTMLUnclosedParagraphs: paragraphs left open, as old pages
// leave them, are closed by the next and count as no depth, however many.
func TestParseHTMLUnclosedParagraphs(t *testing.T) {
	page := "<html><head><title>Envoy meets minister</title></head><body><article>" +
		strings.Repeat("<p>The envoy of Kazakhstan met the minister of Pakistan in Karachi on Monday to discuss trade. ", 6000) + "</article></body></html>"
	a, err := Parse("page.html", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "\n\n") + 1; n != 6000 {
		t.Errorf("%d paragraphs, want 6000", n)
	}
}
