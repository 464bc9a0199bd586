package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestUsageErrors: every usage error exits 2 with one message, whatever
// the command: an unknown command, an argument a command does not take, a
// bad flag or flag value.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `bilat: unknown command "frobnicate" (see bilat --help)` + "\n"},
		{[]string{"quer"}, `bilat: unknown command "quer" (did you mean "queries"? see bilat --help)` + "\n"},
		{[]string{"stats", "extra"}, `bilat: bilat stats takes no arguments, got ["extra"]` + "\n"},
		{[]string{"export", "a", "b"}, `bilat: bilat export takes no arguments, got ["a" "b"]` + "\n"},
		{[]string{"version", "x"}, `bilat: bilat version takes no arguments, got ["x"]` + "\n"},
		{[]string{"query", "a", "b"}, `bilat: bilat query: accepts at most 1 arg(s), received 2` + "\n"},
		{[]string{"serve", "--addr", "nonsense"}, `bilat: --addr "nonsense": want host:port (address nonsense: missing port in address)` + "\n"},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, `bilat: --addr "127.0.0.1:99999": port "99999" is not a number from 0 to 65535` + "\n"},
		{[]string{"stats", "--frob"}, `bilat: unknown flag: --frob` + "\n"},
		{[]string{"query", "visits", "--limit", "many"}, `bilat: invalid argument "many" for "--limit" flag: strconv.ParseInt: parsing "many": invalid syntax` + "\n"},
	} {
		code, out, errOut := bilat(t, tc.args...)
		if code != exitUsage || out != "" || errOut != tc.want {
			t.Errorf("bilat %s: exit %d, %q %q; want exit 2 with %q", strings.Join(tc.args, " "), code, out, errOut, tc.want)
		}
	}
	if code, out, _ := bilat(t); code != 0 || !strings.Contains(out, "Available Commands:") {
		t.Errorf("bilat alone: exit %d, want its help\n%s", code, out)
	}
}

// TestVersion: `bilat version` and `--version` print the Cayley version
// the binary was built with, the one go.mod requires.
func TestVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*github.com/cayleygraph/cayley (\S+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod requires no cayley")
	}
	want := regexp.MustCompile(`^bilat \S.*\ncayley ` + regexp.QuoteMeta(string(m[1])) + `\ngo1\.\S+\n$`)
	for _, args := range [][]string{{"version"}, {"--version"}} {
		if out := mustBilat(t, args...); !want.MatchString(out) {
			t.Errorf("bilat %s:\n%s\nwant %s", args[0], out, want)
		}
	}
}

// TestCompletion: the shell completion (cobra's __complete, which the
// scripts of `bilat completion SHELL` call) offers query names, parameter
// names, --format and --db values, --columns and queries --source.
func TestCompletion(t *testing.T) {
	complete := func(args ...string) []string {
		t.Helper()
		out := mustBilat(t, append([]string{"__complete"}, args...)...)
		var words []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if !strings.HasPrefix(line, ":") {
				word, _, _ := strings.Cut(line, "\t")
				words = append(words, word)
			}
		}
		return words
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"query", ""}, "institutions network path post-holders provenance timeline topics visits who-met-whom"},
		{[]string{"query", "who-met-whom", "-p", "person=x", "--param", ""}, "country= from= to= source= include-groups="},
		{[]string{"query", "path", "-p", ""}, "from= to= max-hops="},
		{[]string{"query", "who-met-whom", "--format", ""}, "table json csv ndjson"},
		{[]string{"query", "topics", "--columns", "topic,e"}, "topic,events topic,end"},
		{[]string{"stats", "--db", ""}, "bolt memory postgres leveldb"},
		{[]string{"query", "--db", ""}, "bolt memory postgres leveldb"},
		{[]string{"queries", "--format", ""}, "text json"},
		{[]string{"queries", "--source", ""}, "institutions network path post-holders provenance timeline topics visits who-met-whom"},
		{[]string{""}, "bench completion eval export extract gen help load queries query serve stats validate version"},
	} {
		if got := strings.Join(complete(tc.args...), " "); got != tc.want {
			t.Errorf("bilat __complete %q:\n got %s\nwant %s", tc.args, got, tc.want)
		}
	}
}
