package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/cmd/bilat/internal/server"
	"github.com/bilat/bilat/graph"
)

// defaultAddr is where `bilat serve` listens: loopback, on Cayley's port.
const defaultAddr = "127.0.0.1:64210"

// serveOptions are the flags of `bilat serve`.
type serveOptions struct {
	store      storeOptions
	Addr       string
	Data       string
	Timeout    time.Duration
	Limit      int
	Writable   bool
	Token      string
	CORSOrigin string
	AllowHosts []string
	MaxMemory  byteSize
	// ready, when set, receives the address once the server listens (tests).
	ready func(addr string)
	// load tunes a load of --data into the store (tests: batch size, progress).
	load graph.LoadOptions
}

func newServeCmd() *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph: Cayley's web UI and API v2, the canned queries, and Bilat's explorer",
		Long: `Serve opens the store (loading the records under --data first when it is
empty, or finishing a load of them that was killed midway) and answers on
--addr, by default on loopback only:

  /              Cayley's web UI
  /api/v2/       Cayley's API v2 (query, read, formats; write and delete with --writable)
  /api/queries   the canned queries: list, and run with ?param=value (JSON or CSV)
  /api/names     names of people, organizations, countries for completion
  /explore       Bilat's explorer pages (work with no internet)
  /health        200 and the store's quad count

The server is read-only unless --writable; writes then need the token, sent
as "Authorization: Bearer TOKEN". Ctrl-C (or SIGTERM) stops it gracefully:
requests in flight finish and the store is closed.`,
		Example: `  bilat serve
  bilat serve --addr 127.0.0.1:8080 --timeout 10s
  bilat serve --writable --token "$(cat token.txt)"
  bilat serve --addr 0.0.0.0:64210 --allow-host graph.example.org --max-memory 4G`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErrorf("serve takes no arguments, got %q", args)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			// A token from BILAT_TOKEN is simply unused by a read-only server.
			if cmd.Flags().Changed("token") && !opts.Writable {
				return usageErrorf("--token is only used with --writable")
			}
			return runServe(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.store.bind(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.Addr, "addr", defaultAddr, "host:port to listen on")
	f.StringVar(&opts.Data, "data", "data", "record files to load when the store is empty, or to finish an unfinished load of")
	f.DurationVar(&opts.Timeout, "timeout", server.DefaultTimeout, "stop a query after this long")
	f.IntVar(&opts.Limit, "limit", server.DefaultLimit, "most rows API v2 answers a query with")
	f.BoolVar(&opts.Writable, "writable", false, "accept writes and deletes through API v2 (with the token)")
	f.StringVar(&opts.Token, "token", envOr("BILAT_TOKEN", ""), "token writes must carry; with --writable and none given, one is made up and printed (env BILAT_TOKEN)")
	f.StringVar(&opts.CORSOrigin, "cors-origin", "", "one origin allowed to call the API from its pages (none by default)")
	f.StringSliceVar(&opts.AllowHosts, "allow-host", nil, "host names requests may be addressed to besides loopback names and the listen address (\"*\": any)")
	opts.MaxMemory = server.DefaultMaxHeap
	f.Var(&opts.MaxMemory, "max-memory", "Go heap at which ad-hoc queries are stopped, also the soft memory limit (K, M, G suffixes; GOMEMLIMIT, when set, stays the soft limit)")
	return cmd
}

func runServe(ctx context.Context, opts serveOptions, stdout, stderr io.Writer) error {
	if opts.Timeout <= 0 {
		return usageErrorf("--timeout %s: want a positive duration", opts.Timeout)
	}
	if opts.Limit <= 0 {
		return usageErrorf("--limit %d: want 1 or more", opts.Limit)
	}
	_, port, err := net.SplitHostPort(opts.Addr)
	if err != nil {
		return usageErrorf("--addr %q: want host:port (%v)", opts.Addr, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return usageErrorf("--addr %q: port %q is not a number from 0 to 65535", opts.Addr, port)
	}
	if opts.Writable && opts.Token != "" && strings.TrimSpace(opts.Token) != opts.Token {
		// An Authorization header cannot carry the blanks: no write would pass.
		return usageErrorf("--token (or BILAT_TOKEN) %q is blank or starts or ends with white space: give a token of visible characters, or none to have one made up", opts.Token)
	}
	if opts.Writable && opts.Token == "" {
		b := make([]byte, 16)
		rand.Read(b)
		opts.Token = hex.EncodeToString(b)
		fmt.Fprintf(stdout, "writes need the header: Authorization: Bearer %s\n", opts.Token)
	}
	// Listen first, so that a port in use is reported before any loading.
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		fmt.Fprintf(stderr, "bilat: listening on %s, beyond loopback: anyone who can reach it can query the graph\n", ln.Addr())
	}

	if os.Getenv("GOMEMLIMIT") == "" {
		// The collector works harder as the heap nears the cap, so that
		// garbage is not taken for a query's live memory; restored for
		// the tests that run serve in process.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(int64(opts.MaxMemory)))
	}
	s, err := openForServe(ctx, opts, stderr)
	if err != nil {
		return err
	}
	err = serve(ctx, s, ln, opts, stdout, stderr)
	// The server has returned only once no handler runs: the store can go.
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		fmt.Fprintln(stdout, "stopped; store closed")
	}
	return err
}

func serve(ctx context.Context, s *graph.Store, ln net.Listener, opts serveOptions, stdout, stderr io.Writer) error {
	srv, err := server.New(s, server.Config{
		Timeout:    opts.Timeout,
		Limit:      opts.Limit,
		Writable:   opts.Writable,
		Token:      opts.Token,
		CORSOrigin: opts.CORSOrigin,
		AllowHosts: opts.AllowHosts,
		MaxHeap:    int64(opts.MaxMemory),
		Log:        stderr,
	})
	if err != nil {
		return err
	}
	mode := "read-only"
	if opts.Writable {
		mode = "writable"
	}
	store := s.Config().Backend + " store"
	switch s.Config().Backend {
	case graph.Bolt, graph.LevelDB:
		store += " " + s.Config().Path
	}
	urls := openURLs(ln.Addr(), os.Hostname)
	fmt.Fprintf(stdout, "serving %s (%s) at %s (explorer: %sexplore); Ctrl-C stops\n",
		store, mode, urls[0], urls[0])
	for _, u := range urls[1:] {
		fmt.Fprintf(stdout, "  from other machines: %s\n", u)
	}
	if opts.ready != nil {
		opts.ready(ln.Addr().String())
	}
	return srv.Serve(ctx, ln)
}

// openForServe opens the store as `bilat query` does, loading --data into
// it when it is empty, then in the mode the server needs: read-only unless
// --writable, so that a bolt file stays open to other readers (bilat
// query, stats, export) while the server runs. A memory store is kept as
// it is: reopening it would empty it.
func openForServe(ctx context.Context, opts serveOptions, stderr io.Writer) (*graph.Store, error) {
	s, err := openForQuery(ctx, queryOptions{store: opts.store, Data: opts.Data, load: opts.load}, stderr)
	if err != nil {
		return nil, err
	}
	if s.Config().Backend == graph.Memory || s.Config().ReadOnly == !opts.Writable {
		return s, nil
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	o := opts.store
	o.ReadOnly = !opts.Writable
	return o.open(ctx)
}

// openURLs are the addresses a person can open for a server listening on
// addr: the address itself, or, when it is every interface (0.0.0.0, ::),
// which no browser can open, loopback first and then the machine's name.
func openURLs(addr net.Addr, hostname func() (string, error)) []string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return []string{"http://" + addr.String() + "/"}
	}
	port := strconv.Itoa(tcp.Port)
	loopback := "127.0.0.1"
	if tcp.IP.To4() == nil {
		loopback = "::1"
	}
	urls := []string{"http://" + net.JoinHostPort(loopback, port) + "/"}
	if h, err := hostname(); err == nil && h != "" {
		urls = append(urls, "http://"+net.JoinHostPort(h, port)+"/")
	}
	return urls
}

// byteSize is a flag's size in bytes, written as a number with an optional
// K, M or G (powers of 1024; "MiB", "GiB" too).
type byteSize int64

func (b *byteSize) String() string {
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if *b > 0 && int64(*b)%u.n == 0 {
			return strconv.FormatInt(int64(*b)/u.n, 10) + u.suffix
		}
	}
	return strconv.FormatInt(int64(*b), 10)
}

func (b *byteSize) Set(s string) error {
	num, unit := s, int64(1)
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(s), "IB"), "B")
	for suffix, n := range map[string]int64{"K": 1 << 10, "M": 1 << 20, "G": 1 << 30} {
		if strings.HasSuffix(t, suffix) {
			num, unit = strings.TrimSuffix(t, suffix), n
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/unit {
		return fmt.Errorf("%q is not a size (want a number with K, M or G, such as 2G)", s)
	}
	*b = byteSize(n * unit)
	return nil
}

func (b *byteSize) Type() string { return "size" }
