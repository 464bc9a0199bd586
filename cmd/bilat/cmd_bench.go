package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/queries"
	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

// benchOptions are the flags of `bilat bench`.
type benchOptions struct {
	Seed       uint64
	LoadSizes  []string // corpus sizes in quads for the load comparison: 100k, 1m
	QuerySizes []string // corpus sizes for query latencies
	Backends   []string // embedded backends to measure
	Postgres   string   // DSN; empty: PostgreSQL is left out
	Cayley     string   // cayley binary; empty: the comparison is left out
	Work       string   // scratch directory; a temporary one when empty
	Runs       int      // timed runs of each query
	Serve      bool     // measure `bilat serve` on the seed data
	Data       string   // the seed data for --serve

	// bilat is the command line that runs this program as a child (its
	// own executable; tests put the test binary here).
	bilat []string
}

func newBenchCmd() *cobra.Command {
	opts := benchOptions{bilat: []string{""}}
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure loading and the canned queries on synthetic corpora, side by side with cayley load",
		Long: `Bench generates synthetic corpora (bilat gen) of about the sizes given, loads
each into every backend with bilat load and, when --cayley names a cayley
binary, loads the same graph exported as N-Quads with cayley load. Loads run as
child processes: the report gives wall time, quads/s, peak RSS and disk size.
It then times every canned query (p50 and p95 of --runs runs) and, with
--serve, the time from starting bilat serve on the seed data to its first
answer. The report is Markdown on standard output; progress goes to standard
error. .ci/bench builds cayley from the module cache and runs the full set.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBench(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.Uint64Var(&opts.Seed, "seed", 1, "seed of the synthetic corpora")
	f.StringSliceVar(&opts.LoadSizes, "load-sizes", []string{"100k", "1m"}, "corpus sizes (quads) for the load comparison")
	f.StringSliceVar(&opts.QuerySizes, "query-sizes", []string{"10k", "100k", "1m"}, "corpus sizes (quads) for query latencies")
	f.StringSliceVar(&opts.Backends, "backends", []string{graph.Bolt, graph.LevelDB}, "embedded backends to measure")
	f.StringVar(&opts.Postgres, "postgres", os.Getenv("BILAT_TEST_POSTGRES"), "PostgreSQL DSN; each run gets a schema of its own, dropped after (env BILAT_TEST_POSTGRES)")
	f.StringVar(&opts.Cayley, "cayley", "", "cayley binary to compare with (see .ci/bench)")
	f.StringVar(&opts.Work, "work", "", "scratch directory, kept afterwards (default: a temporary one, removed)")
	f.IntVar(&opts.Runs, "runs", 30, "timed runs of each query")
	f.BoolVar(&opts.Serve, "serve", true, "measure bilat serve's first answer on the seed data")
	f.StringVar(&opts.Data, "data", "data", "the seed data, for --serve")
	return cmd
}

// benchEventsPerQuad converts a size in quads to a number of events: the
// generator makes about 37 quads per event.
const benchQuadsPerEvent = 37

// parseQuads reads "10k", "1m", "250000".
func parseQuads(s string) (int, error) {
	mult := 1
	t := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasSuffix(t, "k"):
		mult, t = 1_000, strings.TrimSuffix(t, "k")
	case strings.HasSuffix(t, "m"):
		mult, t = 1_000_000, strings.TrimSuffix(t, "m")
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("size %q: expected a number of quads such as 10k, 100k or 1m", s)
	}
	return int(n * float64(mult)), nil
}

// bench is one run of the benchmark: options, scratch space, results.
type bench struct {
	opts    benchOptions
	work    string
	log     io.Writer
	pg      *sql.DB
	schemas []string // PostgreSQL schemas made, dropped at the end

	loadAvg string // /proc/loadavg when the run started: other work skews the numbers

	corpora map[string]*corpus
	loads   []loadResult
	queries []queryResult
	stats   []statsResult
	serve   []serveResult
}

// corpus is one generated corpus and its N-Quads export.
type corpus struct {
	size   string
	dir    string
	nq     string // N-Quads file, for cayley load
	quads  int
	sum    synth.Summary
	stores map[string]graph.Config // loaded stores by backend
	// pair is the busiest pair of countries: the two whose parties met at
	// the most held events (pairEvents), found by busiestPair.
	pair       [2]string
	pairEvents int
}

type loadResult struct {
	size, backend, tool string // tool: bilat or cayley
	quads               int
	wall                time.Duration
	maxRSS              int64 // bytes
	disk                int64 // bytes
}

func (r loadResult) quadsPerSec() float64 { return float64(r.quads) / r.wall.Seconds() }

type queryResult struct {
	size, backend, query, params string
	rows, runs                   int
	p50, p95                     time.Duration
	timedOut                     bool
}

// statsResult is `bilat stats` run as a child process on one store.
type statsResult struct {
	size, backend string
	runs          int
	p50, max      time.Duration
	maxRSS        int64 // bytes, the largest of the runs
	metPairs      string
}

type serveResult struct {
	emptyStore  bool // serve loaded the seed data into an empty store first
	firstAnswer time.Duration
	url         string
}

func runBench(ctx context.Context, opts benchOptions, stdout, stderr io.Writer) error {
	if opts.Runs < 1 {
		return usageErrorf("--runs %d: expected at least 1", opts.Runs)
	}
	for _, s := range append(slices.Clone(opts.LoadSizes), opts.QuerySizes...) {
		if _, err := parseQuads(s); err != nil {
			return usageErrorf("%v", err)
		}
	}
	if len(opts.bilat) == 0 || opts.bilat[0] == "" {
		self, err := os.Executable()
		if err != nil {
			return err
		}
		opts.bilat = []string{self}
	}
	b := &bench{opts: opts, log: stderr, corpora: map[string]*corpus{}, loadAvg: loadAvg()}
	b.work = opts.Work
	if b.work == "" {
		dir, err := os.MkdirTemp("", "bilat-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		b.work = dir
	}
	if opts.Postgres != "" {
		db, err := sql.Open("postgres", opts.Postgres) // lib/pq, registered by graph's postgres backend
		if err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		defer db.Close()
		if err := db.PingContext(ctx); err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		b.pg = db
		defer b.dropSchemas()
	}
	if err := b.run(ctx); err != nil {
		return err
	}
	return b.report(ctx, stdout)
}

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

// backends are the backends measured: the embedded ones, then PostgreSQL.
func (b *bench) backends() []string {
	bs := slices.Clone(b.opts.Backends)
	if b.pg != nil {
		bs = append(bs, graph.Postgres)
	}
	return bs
}

func (b *bench) run(ctx context.Context) error {
	for _, size := range b.opts.LoadSizes {
		c, err := b.corpus(ctx, size)
		if err != nil {
			return err
		}
		for _, be := range b.backends() {
			if err := b.loadBilat(ctx, c, be, true); err != nil {
				return err
			}
			if b.opts.Cayley != "" {
				if err := b.loadCayley(ctx, c, be); err != nil {
					return err
				}
			}
		}
	}
	for _, size := range b.opts.QuerySizes {
		c, err := b.corpus(ctx, size)
		if err != nil {
			return err
		}
		for _, be := range b.backends() {
			if _, ok := c.stores[be]; !ok {
				if err := b.loadBilat(ctx, c, be, false); err != nil {
					return err
				}
			}
			if err := b.timeQueries(ctx, c, be); err != nil {
				return err
			}
			if err := b.timeStats(ctx, c, be); err != nil {
				return err
			}
		}
	}
	if b.opts.Serve {
		return b.timeServe(ctx)
	}
	return nil
}

// corpus generates the corpus of a size once, with its N-Quads export.
func (b *bench) corpus(ctx context.Context, size string) (*corpus, error) {
	if c, ok := b.corpora[size]; ok {
		return c, nil
	}
	quads, _ := parseQuads(size)
	c := &corpus{size: size, dir: filepath.Join(b.work, "corpus-"+size), stores: map[string]graph.Config{}}
	b.logf("generating %s: seed %d, %d events", size, b.opts.Seed, max(1, quads/benchQuadsPerEvent))
	if err := os.RemoveAll(c.dir); err != nil {
		return nil, err
	}
	sum, err := synth.WriteDir(ctx, c.dir, synth.Config{Seed: b.opts.Seed, Events: max(1, quads/benchQuadsPerEvent)})
	if err != nil {
		return nil, err
	}
	c.sum = sum
	b.corpora[size] = c
	return c, nil
}

// storeConfig names a fresh store of backend be for corpus c.
func (b *bench) storeConfig(ctx context.Context, c *corpus, be, tool string) (graph.Config, error) {
	name := fmt.Sprintf("%s-%s-%s", tool, be, c.size)
	switch be {
	case graph.Postgres:
		schema := "bilat_bench_" + strings.ReplaceAll(name, "-", "_")
		if _, err := b.pg.ExecContext(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			return graph.Config{}, err
		}
		if _, err := b.pg.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
			return graph.Config{}, err
		}
		b.schemas = append(b.schemas, schema)
		dsn, err := withSearchPath(b.opts.Postgres, schema)
		return graph.Config{Backend: be, Path: dsn}, err
	case graph.Bolt:
		dir := filepath.Join(b.work, name)
		if err := os.RemoveAll(dir); err != nil {
			return graph.Config{}, err
		}
		if tool == "cayley" {
			return graph.Config{Backend: be, Path: dir}, nil // cayley takes a directory
		}
		return graph.Config{Backend: be, Path: filepath.Join(dir, "bilat.db")}, os.MkdirAll(dir, 0o755)
	default:
		dir := filepath.Join(b.work, name)
		return graph.Config{Backend: be, Path: dir}, os.RemoveAll(dir)
	}
}

// withSearchPath points a DSN (URL or key=value form) at one schema: lib/pq
// passes unknown parameters to the server as settings.
func withSearchPath(dsn, schema string) (string, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "", fmt.Errorf("postgres DSN: %w", err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String(), nil
	}
	return dsn + " search_path=" + schema, nil
}

func (b *bench) dropSchemas() {
	for _, s := range b.schemas {
		if _, err := b.pg.Exec("DROP SCHEMA IF EXISTS " + s + " CASCADE"); err != nil {
			b.logf("dropping schema %s: %v", s, err)
		}
	}
}

// loadBilat loads corpus c into a fresh store of backend be with a child
// `bilat load`; timed says whether the load is part of the report.
func (b *bench) loadBilat(ctx context.Context, c *corpus, be string, timed bool) error {
	cfg, err := b.storeConfig(ctx, c, be, "bilat")
	if err != nil {
		return err
	}
	b.logf("bilat load %s into %s", c.size, be)
	args := append(slices.Clone(b.opts.bilat), "load", "--quiet", "--db", be, "--dbpath", cfg.Path, c.dir)
	st, err := b.child(ctx, args)
	if err != nil {
		return err
	}
	c.stores[be] = cfg
	if c.nq == "" {
		c.nq = filepath.Join(b.work, "corpus-"+c.size+".nq")
		if _, err := b.child(ctx, append(slices.Clone(b.opts.bilat), "export", "--db", be, "--dbpath", cfg.Path, "--format", "nquads", "--output", c.nq)); err != nil {
			return err
		}
		if c.quads, err = countLines(c.nq); err != nil {
			return err
		}
	}
	if !timed {
		return nil
	}
	return b.record(ctx, c, cfg, "bilat", st)
}

// record adds a load to the results, with the size of the store it made.
func (b *bench) record(ctx context.Context, c *corpus, cfg graph.Config, tool string, st childStats) error {
	disk, err := b.diskSize(ctx, cfg)
	if err != nil {
		return err
	}
	r := loadResult{size: c.size, backend: cfg.Backend, tool: tool, quads: c.quads, wall: st.wall, maxRSS: st.maxRSS, disk: disk}
	b.logf("  %.1f s, %.0f quads/s, peak RSS %s, disk %s", r.wall.Seconds(), r.quadsPerSec(), mib(r.maxRSS), mib(r.disk))
	b.loads = append(b.loads, r)
	return nil
}

// loadCayley loads the N-Quads export of c with `cayley load --init`.
func (b *bench) loadCayley(ctx context.Context, c *corpus, be string) error {
	cfg, err := b.storeConfig(ctx, c, be, "cayley")
	if err != nil {
		return err
	}
	b.logf("cayley load %s into %s", c.size, be)
	st, err := b.child(ctx, []string{b.opts.Cayley, "load", "--init", "--db", be, "--dbpath", cfg.Path, "--load", c.nq})
	if err != nil {
		return err
	}
	return b.record(ctx, c, cfg, "cayley", st)
}

type childStats struct {
	wall   time.Duration
	maxRSS int64 // bytes
}

// child runs a command to its end and returns its wall time and peak
// resident memory (getrusage of the child; Linux reports kilobytes).
func (b *bench) child(ctx context.Context, args []string) (childStats, error) {
	return b.childOut(ctx, args, nil)
}

// childOut is child with the standard output kept in stdout (when not nil).
func (b *bench) childOut(ctx context.Context, args []string, stdout *bytes.Buffer) (childStats, error) {
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if stdout != nil {
		cmd.Stdout = stdout
	}
	resetPeakRSS()
	start := time.Now()
	err := cmd.Run()
	st := childStats{wall: time.Since(start)}
	if err != nil {
		return st, fmt.Errorf("%s: %w\n%s", strings.Join(args, " "), err, tail(out.String(), 2000))
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		st.maxRSS = ru.Maxrss * 1024
		if runtime.GOOS == "darwin" {
			st.maxRSS = ru.Maxrss
		}
	}
	return st, nil
}

// resetPeakRSS lowers this process's peak RSS to what it now uses, as far
// as it can. Go starts a child on Linux with vfork, sharing this process's
// memory until the exec, and the kernel folds that memory's peak into the
// child's: after the in-process queries (the unfiltered who-met-whom holds
// over 1 GB) a 270 MiB `bilat stats` was reported at 715 MiB. Freeing the
// heap first and resetting the peak (clear_refs 5, Linux) leaves in the
// child's figure only what this process holds at the exec.
func resetPeakRSS() {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // not Linux: no such file, nothing to do
}

// diskSize is what a store takes on disk: allocated blocks of its files, or
// PostgreSQL's size of the tables and indexes in its schema.
func (b *bench) diskSize(ctx context.Context, cfg graph.Config) (int64, error) {
	if cfg.Backend == graph.Postgres {
		u, err := url.Parse(cfg.Path)
		if err != nil {
			return 0, err
		}
		var n sql.NullInt64
		err = b.pg.QueryRowContext(ctx, `SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
			u.Query().Get("search_path")).Scan(&n)
		return n.Int64, err
	}
	var total int64
	err := filepath.WalkDir(cfg.Path, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			total += st.Blocks * 512
		} else {
			total += fi.Size()
		}
		return nil
	})
	return total, err
}

func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	return n, sc.Err()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func mib(n int64) string { return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20)) }

// percentile of sorted durations, nearest rank.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(float64(len(ds))*p+0.999999) - 1
	return ds[clampInt(i, 0, len(ds)-1)]
}

func clampInt(v, lo, hi int) int { return max(lo, min(v, hi)) }

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 1, 64)
}

// report writes the results as Markdown.
func (b *bench) report(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "## Machine\n\n%s\n\n", b.machine(ctx))
	fmt.Fprintf(bw, "## Corpora (`bilat gen --seed %d`)\n\n", b.opts.Seed)
	fmt.Fprintln(bw, "| size | events | sources | quads | busiest person (events) | 3 meetings apart | year (visits) | busiest country pair (events) |")
	fmt.Fprintln(bw, "|---|--:|--:|--:|---|---|---|---|")
	var sizes []string
	for _, s := range append(slices.Clone(b.opts.LoadSizes), b.opts.QuerySizes...) {
		if !slices.Contains(sizes, s) {
			sizes = append(sizes, s)
		}
	}
	slices.SortStableFunc(sizes, func(x, y string) int {
		nx, _ := parseQuads(x)
		ny, _ := parseQuads(y)
		return nx - ny
	})
	for _, s := range sizes {
		c := b.corpora[s]
		if c == nil {
			continue
		}
		pair := ""
		if c.pair[0] != "" {
			pair = fmt.Sprintf("%s–%s (%d)", c.pair[0], c.pair[1], c.pairEvents)
		}
		fmt.Fprintf(bw, "| %s | %d | %d | %d | %s (%d) | %s, %s | %s (%d) | %s |\n", s, c.sum.Events, c.sum.Sources, c.quads,
			c.sum.BusiestPerson, c.sum.BusiestEvents, c.sum.PathFrom, c.sum.PathTo, c.sum.Year, c.sum.YearVisits, pair)
	}
	if len(b.loads) > 0 {
		fmt.Fprintln(bw, "\n## Load (child processes; bilat load validates the YAML, cayley load reads the N-Quads export)")
		fmt.Fprintln(bw, "\n| size | backend | tool | time | quads/s | peak RSS | disk | speed vs cayley | RSS vs cayley |")
		fmt.Fprintln(bw, "|---|---|---|--:|--:|--:|--:|--:|--:|")
		for _, r := range b.loads {
			speed, rss := "", ""
			if r.tool == "bilat" {
				if c, ok := b.cayleyLoad(r.size, r.backend); ok {
					speed = fmt.Sprintf("%.2f×", r.quadsPerSec()/c.quadsPerSec())
					rss = fmt.Sprintf("%.2f×", float64(r.maxRSS)/float64(c.maxRSS))
				}
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %.1f s | %.0f | %s | %s | %s | %s |\n", r.size, r.backend, r.tool,
				r.wall.Seconds(), r.quadsPerSec(), mib(r.maxRSS), mib(r.disk), speed, rss)
		}
	}
	if len(b.queries) > 0 {
		fmt.Fprintf(bw, "\n## Canned queries (queries.Run in process, store opened read-only; one warm-up, then up to %d timed runs within %s; a query slower than that is timed by its first run, and stopped after %s)\n\n", b.opts.Runs, benchQueryBudget, benchQueryTimeout)
		fmt.Fprintln(bw, "| size | backend | query | parameters | rows | runs | p50 ms | p95 ms |")
		fmt.Fprintln(bw, "|---|---|---|---|--:|--:|--:|--:|")
		for _, q := range b.queries {
			if q.timedOut {
				fmt.Fprintf(bw, "| %s | %s | %s | %s | – | 0 | > %s | > %s |\n", q.size, q.backend, q.query, q.params, ms(benchQueryTimeout), ms(benchQueryTimeout))
				continue
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %d | %d | %s | %s |\n", q.size, q.backend, q.query, q.params, q.rows, q.runs, ms(q.p50), ms(q.p95))
		}
	}
	if len(b.stats) > 0 {
		fmt.Fprintf(bw, "\n## Stats (`bilat stats` as a child process, store opened read-only: %d runs, wall time from start to exit, peak RSS the largest of the runs)\n\n", benchStatsRuns)
		fmt.Fprintln(bw, "| size | backend | met-pairs | runs | p50 s | max s | peak RSS |")
		fmt.Fprintln(bw, "|---|---|--:|--:|--:|--:|--:|")
		for _, r := range b.stats {
			fmt.Fprintf(bw, "| %s | %s | %s | %d | %.2f | %.2f | %s |\n", r.size, r.backend, r.metPairs, r.runs, r.p50.Seconds(), r.max.Seconds(), mib(r.maxRSS))
		}
	}
	if len(b.serve) > 0 {
		fmt.Fprintf(bw, "\n## Serve (`bilat serve` on the seed data in %s, bolt)\n\n", b.opts.Data)
		fmt.Fprintln(bw, "| store at start | first answer | request |")
		fmt.Fprintln(bw, "|---|--:|---|")
		for _, r := range b.serve {
			state := "loaded"
			if r.emptyStore {
				state = "empty (serve loads the data first)"
			}
			fmt.Fprintf(bw, "| %s | %s ms | `GET %s` |\n", state, ms(r.firstAnswer), r.url)
		}
	}
	return bw.Flush()
}

// loadAvg is the 1-minute load average, or "" where /proc has none.
func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func (b *bench) cayleyLoad(size, backend string) (loadResult, bool) {
	for _, r := range b.loads {
		if r.tool == "cayley" && r.size == size && r.backend == backend {
			return r, true
		}
	}
	return loadResult{}, false
}

// machine describes where the benchmark ran.
func (b *bench) machine(ctx context.Context) string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		if f := strings.Fields(string(data)); len(f) > 1 {
			if kb, err := strconv.ParseInt(f[1], 10, 64); err == nil {
				mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/(1<<20))
			}
		}
	}
	s := fmt.Sprintf("%s, %d cores%s, %s/%s, %s", cpu, runtime.NumCPU(), mem, runtime.GOOS, runtime.GOARCH, runtime.Version())
	if b.loadAvg != "" {
		s += fmt.Sprintf(", load average %s at the start and %s at the end", b.loadAvg, loadAvg())
	}
	if b.pg != nil {
		var v string
		if err := b.pg.QueryRowContext(ctx, "SHOW server_version").Scan(&v); err == nil {
			s += ", PostgreSQL " + v
		}
	}
	return s
}

// benchCase is one timed query with its parameters.
type benchCase struct {
	query  string
	params map[string]string
}

// benchCases are the canned queries timed, with parameters that exist in
// the corpus: a busy and a typical person, two people three meetings apart,
// the busiest year, the two first countries (always generated), the
// busiest pair of countries, and who-met-whom without parameters (every
// pair, what a script exporting the whole network asks for).
func benchCases(c *corpus) []benchCase {
	sum := c.sum
	cases := []benchCase{
		{"who-met-whom", map[string]string{"person": sum.TypicalPerson}},
		{"who-met-whom", map[string]string{"person": sum.BusiestPerson}},
		{"timeline", map[string]string{"who": sum.TypicalPerson}},
		{"timeline", map[string]string{"who": sum.BusiestPerson}},
		{"path", map[string]string{"from": sum.PathFrom, "to": sum.PathTo}},
		{"visits", map[string]string{"year": sum.Year}},
		{"institutions", map[string]string{"country": "KZ"}},
		{"post-holders", map[string]string{"post": sum.Post}},
		{"network", map[string]string{"person": sum.TypicalPerson}},
		{"provenance", map[string]string{"entity": sum.TypicalPerson}},
		{"topics", map[string]string{"a": "KZ", "b": "PK"}},
	}
	if a, z := c.pair[0], c.pair[1]; a != "" {
		for _, tc := range []benchCase{
			{"topics", map[string]string{"a": a, "b": z}},
			{"institutions", map[string]string{"country": a}},
			{"institutions", map[string]string{"country": z}},
		} {
			if !slices.ContainsFunc(cases, func(x benchCase) bool {
				return x.query == tc.query && paramString(x.params) == paramString(tc.params)
			}) {
				cases = append(cases, tc)
			}
		}
	}
	return append(cases, benchCase{"who-met-whom", map[string]string{}})
}

// busiestPair finds the two countries whose parties met at the most held
// events, from the corpus's records: a party stands for the country it
// represented at the event, else a person's nationality, else what an
// organization or group represents, else an organization's country. Ties
// go to the pair first in code order.
func busiestPair(dir string) (pair [2]string, events int, err error) {
	files, err := schema.ReadFiles(dir)
	if err != nil {
		return pair, 0, err
	}
	country := map[string]string{}
	for _, f := range files {
		for _, p := range f.People {
			country[p.ID] = p.Nationality.ID
		}
		for _, o := range f.Organizations {
			country[o.ID] = cmp.Or(o.Represents.ID, o.Country.ID)
		}
		for _, g := range f.Groups {
			country[g.ID] = g.Represents.ID
		}
	}
	counts := map[[2]string]int{}
	seen := map[string]bool{} // an event two reports state counts once
	for _, f := range files {
		for _, e := range f.Events {
			if (e.Status != "" && e.Status != "held" && e.Status != "background") || seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			var cs []string
			for _, p := range e.Participants {
				if c := cmp.Or(p.Represents.ID, country[p.Who.ID]); c != "" && !slices.Contains(cs, c) {
					cs = append(cs, c)
				}
			}
			slices.Sort(cs)
			for i := range cs {
				for j := i + 1; j < len(cs); j++ {
					counts[[2]string{cs[i], cs[j]}]++
				}
			}
		}
	}
	for p, n := range counts {
		if n > events || n == events && (p[0] < pair[0] || p[0] == pair[0] && p[1] < pair[1]) {
			pair, events = p, n
		}
	}
	return pair, events, nil
}

// benchQueryBudget bounds the time spent on one query case: a slow query
// gets fewer timed runs (at least one) so a full run stays within half an
// hour; the report gives the number of runs.
const benchQueryBudget = 10 * time.Second

// benchQueryTimeout stops a run that would hold the benchmark up; the
// report says the query gave no answer in that time.
const benchQueryTimeout = 60 * time.Second

// timeQueries times every canned query on the store of backend be, opened
// read-only in this process: one warm-up run, then up to --runs timed ones.
func (b *bench) timeQueries(ctx context.Context, c *corpus, be string) error {
	cfg := c.stores[be]
	cfg.ReadOnly = true
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	if c.pair[0] == "" {
		if c.pair, c.pairEvents, err = busiestPair(c.dir); err != nil {
			return err
		}
		b.logf("  busiest country pair: %s–%s (%d events)", c.pair[0], c.pair[1], c.pairEvents)
	}
	for _, tc := range benchCases(c) {
		q, err := queries.Lookup(tc.query)
		if err != nil {
			return err
		}
		r := queryResult{size: c.size, backend: be, query: tc.query, params: paramString(tc.params)}
		var ds []time.Duration
		var spent time.Duration
		// The first run warms caches up; a query slower than the budget is
		// timed by that run alone.
		for warm := true; len(ds) < b.opts.Runs && (len(ds) == 0 || spent < benchQueryBudget); warm = false {
			rctx, cancel := context.WithTimeout(ctx, benchQueryTimeout)
			start := time.Now()
			res, err := queries.Run(rctx, s.QuadStore(), q, tc.params)
			d := time.Since(start)
			cancel()
			var te *queries.TimeoutError
			if errors.As(err, &te) {
				r.timedOut = true
				break
			}
			if err != nil {
				return fmt.Errorf("%s %v on %s %s: %w", tc.query, tc.params, be, c.size, err)
			}
			r.rows = len(res.Rows)
			if !warm || d > benchQueryBudget {
				ds = append(ds, d)
				spent += d
			}
		}
		slices.Sort(ds)
		r.runs, r.p50, r.p95 = len(ds), percentile(ds, 0.5), percentile(ds, 0.95)
		b.logf("  %s %s on %s: %s", r.query, r.params, be, r.summary())
		b.queries = append(b.queries, r)
	}
	return nil
}

func (r queryResult) summary() string {
	if r.timedOut {
		return fmt.Sprintf("no answer within %s", benchQueryTimeout)
	}
	return fmt.Sprintf("%d rows, p50 %s ms, p95 %s ms (%d runs)", r.rows, ms(r.p50), ms(r.p95), r.runs)
}

// benchStatsRuns is how many times `bilat stats` runs on each store.
const benchStatsRuns = 3

// timeStats runs `bilat stats` on the store of backend be as a child
// process, so that its peak RSS is its own.
func (b *bench) timeStats(ctx context.Context, c *corpus, be string) error {
	cfg := c.stores[be]
	r := statsResult{size: c.size, backend: be}
	var ds []time.Duration
	for range benchStatsRuns {
		var out bytes.Buffer
		st, err := b.childOut(ctx, append(slices.Clone(b.opts.bilat), "stats", "--format", "json", "--db", be, "--dbpath", cfg.Path), &out)
		if err != nil {
			return err
		}
		var counts map[string]int64
		if err := json.Unmarshal(out.Bytes(), &counts); err != nil {
			return fmt.Errorf("bilat stats on %s %s: %w\n%s", be, c.size, err, tail(out.String(), 2000))
		}
		r.metPairs = strconv.FormatInt(counts["met-pairs"], 10)
		ds = append(ds, st.wall)
		r.maxRSS = max(r.maxRSS, st.maxRSS)
	}
	slices.Sort(ds)
	r.runs, r.p50, r.max = len(ds), percentile(ds, 0.5), ds[len(ds)-1]
	b.logf("  bilat stats on %s: p50 %.2f s, peak RSS %s, met-pairs %s", be, r.p50.Seconds(), mib(r.maxRSS), r.metPairs)
	b.stats = append(b.stats, r)
	return nil
}

// paramString shows a case's parameters: "(none)" for a query run without.
func paramString(params map[string]string) string {
	if len(params) == 0 {
		return "(none)"
	}
	var parts []string
	for k, v := range params {
		parts = append(parts, k+"="+v)
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// timeServe measures how long `bilat serve` takes from its start to the
// first answer of a canned query: on an empty store (it loads the seed data
// first) and on the store that run left behind.
func (b *bench) timeServe(ctx context.Context) error {
	db := filepath.Join(b.work, "serve", "bilat.db")
	if err := os.RemoveAll(filepath.Dir(db)); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(db), 0o755); err != nil {
		return err
	}
	for _, empty := range []bool{true, false} {
		d, u, err := b.firstAnswer(ctx, db)
		if err != nil {
			return err
		}
		b.logf("  bilat serve (empty store: %v): first answer after %s ms", empty, ms(d))
		b.serve = append(b.serve, serveResult{emptyStore: empty, firstAnswer: d, url: u})
	}
	return nil
}

// firstAnswer starts `bilat serve` on a free loopback port, polls a canned
// query until it answers 200, and stops the server.
func (b *bench) firstAnswer(ctx context.Context, db string) (time.Duration, string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, "", err
	}
	addr := l.Addr().String()
	l.Close()
	path := "/api/queries/who-met-whom?person=kistafin"
	args := append(slices.Clone(b.opts.bilat), "serve", "--db", graph.Bolt, "--dbpath", db, "--addr", addr, "--data", b.opts.Data)
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, "", err
	}
	defer func() { cancel(); cmd.Wait() }()
	client := &http.Client{Timeout: 10 * time.Second}
	for {
		resp, err := client.Get("http://" + addr + path)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Since(start), path, nil
			}
			return 0, "", fmt.Errorf("GET %s: %s\n%s", path, resp.Status, tail(out.String(), 2000))
		}
		if cmd.ProcessState != nil || ctx.Err() != nil {
			return 0, "", fmt.Errorf("bilat serve did not answer: %v\n%s", err, tail(out.String(), 2000))
		}
		time.Sleep(2 * time.Millisecond)
	}
}
