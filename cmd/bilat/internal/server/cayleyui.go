package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"

	cui "github.com/cayleygraph/cayley/ui"
)

// The Cayley web UI is served from Cayley's own embedded build, unchanged
// but for four things, done to the served bytes when the server starts:
//
//   - its bundle was built with SERVER_URL="http://localhost:64210", so
//     opened at any other address (127.0.0.1, another port, another host)
//     it sends its queries to a server that is not there. Each occurrence
//     of that string literal in its JavaScript becomes the expression
//     window.location.origin: the UI talks to the server it came from.
//   - its editor (Monaco) is loaded from a CDN, so with no internet the
//     Query, Visualize and Write tabs stay on "Loading...". index.html gets
//     one script of Bilat's, loaded before the bundle, that provides a
//     plain-textarea stand-in for the few Monaco calls the UI makes.
//   - where the UI shows nothing (a Query Shape error, the answer to a
//     write, a failed Visualize query) or shows IRIs piled on each other
//     (Visualize's labels), a second script of Bilat's, with its
//     stylesheet, fills in: see assets/cayley-ui.js.
//   - its stylesheet imports the Material Icons font from Google; with no
//     internet the icons' names show as text over the Run button. The
//     import is dropped, and the stand-in script draws the UI's three
//     icons as characters, so the UI asks nothing of the internet.
const (
	cayleyServerURL = `"http://localhost:64210"`
	serverURLExpr   = `window.location.origin`
	editorScript    = `<script src="/explore/assets/cayley-editor.js"></script>`
	uiScript        = `<link rel="stylesheet" href="/explore/assets/cayley-ui.css"><script src="/explore/assets/labels.js"></script><script src="/explore/assets/cayley-ui.js"></script>`
	iconFontImport  = `@import url(https://fonts.googleapis.com/icon?family=Material+Icons);`
)

// uiFile is one file of the UI as Bilat serves it: its base name, which
// gives the content type, and its bytes.
type uiFile struct {
	name string
	data []byte
}

// cayleyUI returns the handler of the Cayley web UI at /.
func cayleyUI() (http.Handler, error) {
	web, err := fs.Sub(cui.FS, "web")
	if err != nil {
		return nil, err
	}
	rewritten, err := rewriteUI(web)
	if err != nil {
		return nil, fmt.Errorf("cayley ui: %w", err)
	}
	csp := uiPolicy(rewritten["index.html"].data)
	files := http.FileServerFS(web)
	// The embedded files carry no modification time; the server's start
	// stands for it, so that browsers can revalidate.
	started := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		// A path that is no file of the UI is not found, whatever the
		// method: a 405 would say that something is there.
		if _, ok := rewritten[name]; !ok {
			if _, err := fs.Stat(web, name); err != nil {
				http.NotFound(w, r)
				return
			}
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
			return
		}
		// The bundle's file names carry a content hash; index.html does not.
		if strings.HasPrefix(name, "static/") {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		if f, ok := rewritten[name]; ok {
			http.ServeContent(w, r, f.name, started, bytes.NewReader(f.data))
			return
		}
		files.ServeHTTP(w, r)
	}), nil
}

// rewriteUI returns the files of the UI that Bilat changes, by path.
func rewriteUI(web fs.FS) (map[string]uiFile, error) {
	out := map[string]uiFile{}
	index, err := fs.ReadFile(web, "index.html")
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(index, []byte("</head>")) {
		return nil, errors.New(`index.html has no </head> to put the editor script before`)
	}
	index = bytes.Replace(index, []byte("</head>"), []byte(editorScript+uiScript+"</head>"), 1)
	out["index.html"] = uiFile{"index.html", index}

	scripts, err := fs.Glob(web, "static/js/*.js")
	if err != nil {
		return nil, err
	}
	found := 0
	for _, name := range scripts {
		data, err := fs.ReadFile(web, name)
		if err != nil {
			return nil, err
		}
		n := bytes.Count(data, []byte(cayleyServerURL))
		if n == 0 {
			continue
		}
		found += n
		data = bytes.ReplaceAll(data, []byte(cayleyServerURL), []byte(serverURLExpr))
		out[name] = uiFile{path.Base(name), data}
	}
	if found == 0 {
		return nil, fmt.Errorf("no %s in static/js/*.js: the UI bundle changed, and how Bilat points it at itself must change with it", cayleyServerURL)
	}

	styles, err := fs.Glob(web, "static/css/*.css")
	if err != nil {
		return nil, err
	}
	for _, name := range styles {
		data, err := fs.ReadFile(web, name)
		if err != nil {
			return nil, err
		}
		if bytes.Contains(data, []byte(iconFontImport)) {
			out[name] = uiFile{path.Base(name), bytes.ReplaceAll(data, []byte(iconFontImport), nil)}
		}
	}
	return out, nil
}

// uiPolicy is the content security policy of the UI: scripts from this
// server and the inline scripts of index.html (webpack's runtime), by
// their hashes; connections to this server only; never in a frame. The
// UI's components set inline styles, so those are allowed.
func uiPolicy(index []byte) string {
	scripts := []string{"'self'"}
	for _, m := range inlineScript.FindAllSubmatch(index, -1) {
		sum := sha256.Sum256(m[1])
		scripts = append(scripts, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src " + strings.Join(scripts, " "),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"frame-ancestors 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	}, "; ")
}

// inlineScript matches a <script> element with no src, and its text.
var inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
