package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilat/bilat/graph"
)

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--addr", "127.0.0.1:0", "--limit", "0"},
		{"serve", "--addr", "127.0.0.1:0", "--timeout", "0s"},
		{"serve", "--addr", "127.0.0.1:0", "--token", "x"},
		{"serve", "--addr", "127.0.0.1:0", "--db", "nope"},
		{"serve", "extra"},
	} {
		if code, _, errOut := bilat(t, args...); code != exitUsage {
			t.Errorf("bilat %s: exit %d, want %d\n%s", strings.Join(args, " "), code, exitUsage, errOut)
		}
	}
}

// safeBuffer is written by the server's goroutine and read by the test.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serveUntil runs `bilat serve` on a loopback port and returns its address
// and a func that stops it (as SIGINT would) and returns runServe's error.
func serveUntil(t *testing.T, opts serveOptions, stdout, stderr *safeBuffer) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	opts.ready = func(a string) { addr <- a }
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, opts, stdout, stderr) }()
	select {
	case a := <-addr:
		return a, func() error { cancel(); return <-done }
	case err := <-done:
		cancel()
		t.Fatalf("bilat serve: %v\n%s", err, stderr)
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatal("bilat serve did not listen within 30s")
	}
	return "", nil
}

func serveOpts(path string) serveOptions {
	return serveOptions{
		store:   storeOptions{Backend: graph.Bolt, Path: path},
		Addr:    "127.0.0.1:0",
		Data:    "../../data",
		Timeout: 30 * time.Second,
		Limit:   10000,
	}
}

// TestServe: on an empty bolt file, serve loads data/, answers, keeps the
// file open to readers while it runs, and closes it when stopped.
func TestServe(t *testing.T) {
	ref := reference(t)
	counts, err := ref.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bilat.db")
	var stdout, stderr safeBuffer
	began := time.Now()
	addr, stop := serveUntil(t, serveOpts(path), &stdout, &stderr)
	res, err := http.Get("http://" + addr + "/health")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Quads    int64 `json:"quads"`
		ReadOnly bool  `json:"readOnly"`
	}
	json.NewDecoder(res.Body).Decode(&h)
	res.Body.Close()
	t.Logf("first answer %s after start, loading the seed data into an empty bolt file included", time.Since(began))
	if h.Quads != counts[0].N || !h.ReadOnly {
		t.Errorf("health = %+v, want %d quads, read-only", h, counts[0].N)
	}
	if !strings.Contains(stderr.String(), "the store was empty; loaded") {
		t.Errorf("stderr does not say the store was loaded:\n%s", stderr.String())
	}
	if want := "serving bolt store " + path + " (read-only) at http://" + addr + "/"; !strings.Contains(stdout.String(), want) {
		t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
	}

	// A read-only server leaves the bolt file open to other readers.
	reader, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path, ReadOnly: true})
	if err != nil {
		t.Fatalf("reading the store while the server runs: %v", err)
	}
	reader.Close()

	if err := stop(); err != nil {
		t.Fatalf("bilat serve: %v", err)
	}
	if !strings.HasSuffix(stdout.String(), "stopped; store closed\n") {
		t.Errorf("stdout does not end with the shutdown:\n%s", stdout.String())
	}
	// Closed and unlocked: the file opens for writing at once.
	s, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path})
	if err != nil {
		t.Fatalf("after shutdown: %v", err)
	}
	s.Close()

	// A second start finds the store filled and loads nothing.
	var stdout2, stderr2 safeBuffer
	_, stop = serveUntil(t, serveOpts(path), &stdout2, &stderr2)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(stderr2.String(), "loaded") {
		t.Errorf("the second start loaded again:\n%s", stderr2.String())
	}
}

// TestServeWritable: with --writable and no token, one is made up and
// printed, and writes need it.
func TestServeWritable(t *testing.T) {
	opts := serveOpts(filepath.Join(t.TempDir(), "bilat.db"))
	opts.Writable = true
	var stdout, stderr safeBuffer
	addr, stop := serveUntil(t, opts, &stdout, &stderr)
	defer stop()
	_, token, ok := strings.Cut(stdout.String(), "Authorization: Bearer ")
	token, _, _ = strings.Cut(token, "\n")
	if !ok || len(token) != 32 {
		t.Fatalf("no token printed:\n%s", stdout.String())
	}
	write := func(tok string) int {
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v2/write", strings.NewReader(`<x:a> <x:b> "c" .`))
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := write(""); got != http.StatusForbidden {
		t.Errorf("write without the token: %d, want 403", got)
	}
	if got := write(token); got != http.StatusOK {
		t.Errorf("write with the token: %d, want 200", got)
	}
}

func TestOpenURLs(t *testing.T) {
	host := func() (string, error) { return "bilat-box", nil }
	noHost := func() (string, error) { return "", errors.New("no name") }
	tests := []struct {
		addr     string
		hostname func() (string, error)
		want     []string
	}{
		{"127.0.0.1:64210", host, []string{"http://127.0.0.1:64210/"}},
		{"[::1]:8080", host, []string{"http://[::1]:8080/"}},
		{"192.0.2.7:8080", host, []string{"http://192.0.2.7:8080/"}},
		{"0.0.0.0:8080", host, []string{"http://127.0.0.1:8080/", "http://bilat-box:8080/"}},
		{"[::]:8080", host, []string{"http://[::1]:8080/", "http://bilat-box:8080/"}},
		{"0.0.0.0:8080", noHost, []string{"http://127.0.0.1:8080/"}},
	}
	for _, tt := range tests {
		addr, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := openURLs(addr, tt.hostname); !slices.Equal(got, tt.want) {
			t.Errorf("openURLs(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}
