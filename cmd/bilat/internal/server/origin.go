package server

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// A page on another site can make a browser send requests to this server
// (which listens on the visitor's own machine): it cannot read the answers
// of a simple cross-origin request, but the request still runs. Two checks
// keep such pages out: the Host a request names must be this server's, so
// that a name rebound to 127.0.0.1 (DNS rebinding) does not make the page
// same-origin with the server; and queries and writes must not come from a
// page of another origin, which browsers say in Origin and Sec-Fetch-Site.
// Clients that are not browsers (curl, scripts) send neither.

// checkHost refuses a request whose Host is not a loopback name, the
// address the request came to, or one of Config.AllowHosts.
func (s *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r) {
			writeError(w, http.StatusForbidden, fmt.Sprintf("host %q is not this server's address (start it with --allow-host %s to accept it)", r.Host, hostName(r.Host)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) hostAllowed(r *http.Request) bool {
	name := strings.ToLower(hostName(r.Host))
	if name == "localhost" || strings.HasSuffix(name, ".localhost") || slices.Contains(s.cfg.AllowHosts, "*") {
		return true
	}
	for _, h := range s.cfg.AllowHosts {
		if strings.EqualFold(h, name) {
			return true
		}
	}
	ip := net.ParseIP(name)
	if ip == nil {
		return false
	}
	if ip.IsLoopback() {
		return true
	}
	// An IP literal cannot be rebound: it is this server when it is the
	// address the connection was made to.
	if local, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if tcp, ok := local.(*net.TCPAddr); ok && tcp.IP.Equal(ip) {
			return true
		}
	}
	return false
}

// hostName is a Host header without its port and IPv6 brackets.
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
}

// refuseCrossSite answers 403 to a request sent by a page of another
// origin than this server's (or Config.CORSOrigin).
func (s *Server) refuseCrossSite(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.crossSiteOK(w, r) {
			next.ServeHTTP(w, r)
		}
	})
}

// crossSiteOK reports whether r may go on; if not, it has answered 403.
func (s *Server) crossSiteOK(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin != "" && s.cfg.CORSOrigin != "" && (s.cfg.CORSOrigin == "*" || origin == s.cfg.CORSOrigin) {
		return true
	}
	from := origin
	if from == "" {
		from = "another site"
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		refuseFrom(w, from)
		return false
	}
	if origin != "" && !sameOrigin(origin, r.Host) {
		refuseFrom(w, from)
		return false
	}
	return true
}

func refuseFrom(w http.ResponseWriter, from string) {
	writeError(w, http.StatusForbidden, fmt.Sprintf("a page of %s may not send queries or writes to this server (--cors-origin allows one origin)", from))
}

// sameOrigin reports whether origin is http://host, the server the request
// was sent to.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Scheme == "http" && strings.EqualFold(u.Host, host)
}
