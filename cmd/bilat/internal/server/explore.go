package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// assets are Bilat's exploration pages: plain HTML, CSS and JavaScript
// written for Bilat, with no third-party code, that fetch nothing but this
// server's own API.
//
//go:embed assets
var assets embed.FS

// explorePages serves /explore (the page) and /explore/assets/ (its
// scripts and styles, and the editor script the Cayley UI is given).
func explorePages() (http.Handler, error) {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		return nil, err
	}
	page, err := fs.ReadFile(sub, "explore.html")
	if err != nil {
		return nil, err
	}
	files := http.StripPrefix("/explore/assets/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed on "+r.URL.Path)
			return
		}
		securePage(w.Header())
		w.Header().Set("Cache-Control", "no-cache")
		switch r.URL.Path {
		case "/explore", "/explore/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		default:
			files.ServeHTTP(w, r)
		}
	}), nil
}
