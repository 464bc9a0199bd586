package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bilat/bilat/graph"
)

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--addr", "127.0.0.1:0", "--limit", "0"},
		{"serve", "--addr", "127.0.0.1:0", "--timeout", "0s"},
		{"serve", "--addr", "127.0.0.1:0", "--token", "x"},
		{"serve", "--addr", "127.0.0.1:0", "--max-memory", "lots"},
		{"serve", "--addr", "127.0.0.1:0", "--max-memory", "0"},
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

// TestServeBlankToken: a blank token (BILAT_TOKEN=" ") would make a
// writable server that no write can pass: refused, as a usage error.
func TestServeBlankToken(t *testing.T) {
	want := "is blank or starts or ends with white space: give a token of visible characters, or none to have one made up"
	for _, tc := range []struct {
		env  string
		args []string
	}{
		{" ", []string{"serve", "--addr", "127.0.0.1:0", "--db", "memory", "--writable"}},
		{"", []string{"serve", "--addr", "127.0.0.1:0", "--db", "memory", "--writable", "--token", "\t"}},
		{"", []string{"serve", "--addr", "127.0.0.1:0", "--db", "memory", "--writable", "--token", "s3cret "}},
	} {
		t.Setenv("BILAT_TOKEN", tc.env)
		code, out, errOut := bilat(t, tc.args...)
		if code != exitUsage || !strings.Contains(errOut, want) {
			t.Errorf("BILAT_TOKEN=%q bilat %q: exit %d, stderr %q; want %d and %q\n%s", tc.env, tc.args, code, errOut, exitUsage, want, out)
		}
	}
}

// TestHelperServeLimited is not a test: it is `bilat` run as a child
// process under a data-segment limit (BILAT_TEST_RLIMIT_DATA bytes), by
// TestServeHostileQueries.
func TestHelperServeLimited(t *testing.T) {
	v := os.Getenv("BILAT_TEST_RLIMIT_DATA")
	if v == "" {
		t.Skip("the child process of TestServeHostileQueries")
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
		t.Fatal(err)
	}
	TestHelperBilat(t)
}

// TestServeHostileQueries runs the real `bilat serve` as a child process
// that may not map more than 1 GiB of data, and sends it a script that
// allocates without end and one that answers 1 GB (10,000 emits of 100 KB).
// The server survives both, answers each with an error, and /health
// answers throughout.
func TestServeHostileQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const limit = 1 << 30
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperServeLimited$", "--",
		"serve", "--db", "memory", "--data", "../../data", "--addr", "127.0.0.1:0", "--max-memory", "256M")
	cmd.Env = append(os.Environ(), "BILAT_BENCH_HELPER=1", "BILAT_TEST_RLIMIT_DATA="+strconv.Itoa(limit), "GOMEMLIMIT=")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr safeBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if _, rest, ok := strings.Cut(sc.Text(), " at http://"); ok {
				a, _, _ := strings.Cut(rest, "/")
				addr <- a
			}
		}
		exited <- cmd.Wait()
	}()
	defer cmd.Process.Kill()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case err := <-exited:
		t.Fatalf("bilat serve exited at start: %v\n%s", err, stderr.String())
	case <-time.After(60 * time.Second):
		t.Fatalf("bilat serve did not listen within 60s\n%s", stderr.String())
	}

	// /health is asked every 20 ms while the hostile queries run.
	var (
		healthMu     sync.Mutex
		healthOK     int
		healthFailed []string
	)
	stopHealth := make(chan struct{})
	healthDone := make(chan struct{})
	go func() {
		defer close(healthDone)
		client := &http.Client{Timeout: 10 * time.Second}
		for {
			select {
			case <-stopHealth:
				return
			case <-time.After(20 * time.Millisecond):
			}
			res, err := client.Get(base + "/health")
			healthMu.Lock()
			if err != nil {
				healthFailed = append(healthFailed, err.Error())
			} else {
				res.Body.Close()
				if res.StatusCode == 200 {
					healthOK++
				} else {
					healthFailed = append(healthFailed, res.Status)
				}
			}
			healthMu.Unlock()
		}
	}()

	for _, tc := range []struct {
		name, script, want string
	}{
		{"a script that allocates without end", `var a=[]; var s='x'; while(true){ s = s + s; a.push(s); }`,
			"over its cap of 256 MiB (--max-memory)"},
		{"a 1 GB answer", `var s = new Array(100001).join("x"); for (var i = 0; i < 10000; i++) { g.emit(s) }`,
			"the answer is over 64 MiB, the most one query may answer"},
	} {
		res, err := http.Post(base+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(tc.script))
		if err != nil {
			t.Fatalf("%s: %v (the server died?)\n%s", tc.name, err, stderr.String())
		}
		var body struct{ Error string }
		json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		if res.StatusCode != http.StatusInsufficientStorage || !strings.Contains(body.Error, tc.want) {
			t.Errorf("%s: status %d, error %q; want 507 with %q", tc.name, res.StatusCode, body.Error, tc.want)
		}
	}
	close(stopHealth)
	<-healthDone
	if rss, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)); err == nil {
		for _, line := range strings.Split(string(rss), "\n") {
			if strings.HasPrefix(line, "VmHWM") || strings.HasPrefix(line, "VmRSS") {
				t.Log(strings.Join(strings.Fields(line), " "))
			}
		}
	}
	healthMu.Lock()
	t.Logf("/health answered 200 %d times during the hostile queries", healthOK)
	if len(healthFailed) > 0 || healthOK == 0 {
		t.Errorf("/health: %d answers, %d failures during the hostile queries: %q", healthOK, len(healthFailed), healthFailed)
	}
	healthMu.Unlock()
	if res, err := http.Get(base + "/health"); err != nil || res.StatusCode != 200 {
		t.Fatalf("/health after the hostile queries: %v %v\n%s", res, err, stderr.String())
	}
	select {
	case err := <-exited:
		t.Errorf("bilat serve exited: %v\n%s", err, stderr.String())
	default:
	}
}
