// Package article reads a press report — a plain-text file, a saved HTML
// page, standard input or an http(s) URL — into its headline, body text and
// metadata, the input of the drafting engine in package extract.
//
// The main text and metadata of an HTML page come from go-readability
// (codeberg.org/readeck/go-readability/v2, a Go port of Mozilla's
// Readability.js, the reader view of Firefox); this package adds what
// Readability does not report (canonical URL, a <time> fallback for the
// publication date) and turns every way an input can be unusable into an
// error naming the input.
package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/bilat/bilat/schema"
)

// Article is one report as read: what the drafting engine needs.
type Article struct {
	Source    string // input name for messages (path, URL or "-")
	Title     string // headline
	Text      string // body text, paragraphs separated by blank lines, without the headline
	URL       string // canonical URL from the page, else the URL fetched; "" for files without one
	Publisher string // site name from the page's metadata
	Published string // publication date, YYYY-MM-DD, or ""
	Byline    string // author(s) as the page names them
}

// Options bound how Read fetches and reads. The zero value is usable.
type Options struct {
	Client   *http.Client  // for URLs; nil: a client of its own
	MaxBytes int64         // largest input accepted; 0: DefaultMaxBytes
	Timeout  time.Duration // for a whole URL fetch; 0: DefaultTimeout
	Stdin    io.Reader     // what "-" reads; nil: os.Stdin
}

// Defaults for Options' zero fields. Ten megabytes is far above any news
// page (a few hundred kilobytes with its markup) and still cheap to hold.
const (
	DefaultMaxBytes = 10 << 20
	DefaultTimeout  = 30 * time.Second
)

// Read reads the report src: "-" for standard input, an http:// or https://
// URL, or a file path. Every error names src.
func Read(ctx context.Context, src string, opt Options) (*Article, error) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	switch {
	case src == "-":
		in := opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		data, err := readCapped(in, opt.MaxBytes)
		if err != nil {
			return nil, inputError(src, err)
		}
		return parse(src, data, "", nil)
	case isURL(src):
		return fetch(ctx, src, opt)
	default:
		return readFile(src, opt.MaxBytes)
	}
}

// Parse reads one report from its bytes: HTML when contentType says so, the
// name ends in .html or .htm, or the bytes begin like a page; plain text
// otherwise, its first non-blank line the headline. name is used in errors
// and, when it is an http(s) URL, to resolve relative links on the page.
func Parse(name string, data []byte, contentType string) (*Article, error) {
	var base *url.URL
	if isURL(name) {
		base, _ = url.Parse(name)
	}
	return parse(name, data, contentType, base)
}

func parse(name string, data []byte, contentType string, base *url.URL) (*Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, inputError(name, errors.New("empty: expected a report (the headline on its first line, then the text) or an HTML page"))
	}
	// Sniff before anything else: a PDF or an image has no text to try.
	if sniffed := http.DetectContentType(data); !strings.HasPrefix(sniffed, "text/") {
		return nil, inputError(name, fmt.Errorf("binary file (%s): expected a plain-text report or an HTML page", sniffed))
	}
	if isHTML(name, data, contentType) {
		return parseHTML(name, data, contentType, base)
	}
	return parseText(name, data)
}

// inputError is an error about the input as a whole (no line).
func inputError(name string, err error) error {
	return &schema.ParseError{File: display(name), Msg: err.Error()}
}

// display is the input's name in messages.
func display(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func isHTML(name string, data []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") {
		return true
	}
	if strings.HasPrefix(ct, "text/plain") {
		return false
	}
	lower := strings.ToLower(name)
	if u, err := url.Parse(name); err == nil && isURL(name) {
		lower = strings.ToLower(u.Path)
	}
	for _, ext := range []string{".html", ".htm", ".xhtml"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return strings.HasPrefix(http.DetectContentType(data), "text/html")
}

// readFile reads a path, refusing one larger than max before reading it.
func readFile(path string, max int64) (*Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // *fs.PathError: "open <path>: <why>"
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, inputError(path, errors.New("is a folder: expected a report file"))
	}
	if st.Size() > max {
		return nil, inputError(path, tooLarge(max))
	}
	data, err := readCapped(f, max)
	if err != nil {
		return nil, inputError(path, err)
	}
	return parse(path, data, "", nil)
}

// readCapped reads r to its end, or fails once it passes max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, tooLarge(max)
	}
	return data, nil
}

func tooLarge(max int64) error { return &limitError{max} }

// limitError is an input past the size cap.
type limitError struct{ max int64 }

func (e *limitError) Error() string {
	if e.max%(1<<20) == 0 {
		return fmt.Sprintf("larger than the %d MB limit", e.max>>20)
	}
	return fmt.Sprintf("larger than the %d-byte limit", e.max)
}
