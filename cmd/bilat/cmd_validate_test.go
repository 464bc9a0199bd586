package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/schema"
)

func TestValidate(t *testing.T) {
	bad, err := os.ReadFile("../../schema/testdata/bad/several-errors.err")
	if err != nil {
		t.Fatal(err)
	}
	// A curated folder of its own (the schema tests' base: 2 countries,
	// 2 places, 2 people, 1 organization, 1 post, one report), so that
	// adding a report to data/ changes no expected output here.
	work := t.TempDir()
	graphtest.CopyTree(t, "../../schema/testdata/base", filepath.Join(work, "data"))
	writeFile(t, filepath.Join(work, "new.yaml"), `source:
  id: new-report
  url: https://example.org/new
  publisher: Example
  title: Envoy meets think tank head
events:
  - id: new-meeting
    kind: meeting
    date: 2024-03-01
    participants:
      - {who: yerzhan-kistafin, role: guest}
      - {who: masuma-hassan, role: host}
`)
	for _, tc := range []struct {
		name        string
		dir         string
		args        []string
		code        int
		out, errOut string
	}{
		{"default data", work, []string{"validate"}, 0, "OK: 1 sources, 8 entities\n", ""},
		{"paths", work, []string{"validate", "data/entities.yaml"}, 0, "OK: 0 sources checked against data (8 entities)\n", ""},
		{"folders", work, []string{"validate", "data"}, 0, "OK: 1 sources, 8 entities\n", ""},
		{"problems", "../../schema", []string{"validate", "testdata/base", "testdata/bad/several-errors.yaml"}, 1, "",
			string(bad) + "bilat: 7 problems\n"},
		{"one problem", ".", []string{"validate", "nope"}, 1, "", "nope: no such file or directory\nbilat: 1 problem\n"},
		// A new report alone is checked against data/: its references to
		// the curated people resolve, and only its own problems are listed.
		{"new file against data", work, []string{"validate", "new.yaml"}, 1, "",
			"new.yaml:12:15: event \"new-meeting\": participant \"masuma-hassan\": no such person, group, organization or post (did you mean \"masuma-hasan\"?)\nbilat: 1 problem\n"},
		{"new file alone", work, []string{"validate", "--against", "", "new.yaml"}, 1, "",
			"new.yaml:11:15: event \"new-meeting\": participant \"yerzhan-kistafin\": no such person, group, organization or post\n" +
				"new.yaml:12:15: event \"new-meeting\": participant \"masuma-hassan\": no such person, group, organization or post\nbilat: 2 problems\n"},
		{"file in data", work, []string{"validate", "./data/report.yaml"}, 0, "OK: 1 sources checked against data (8 entities)\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(tc.dir)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tc.args, &stdout, &stderr)
			if code != tc.code || stdout.String() != tc.out || stderr.String() != tc.errOut {
				t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s", code, &stdout, &stderr, tc.code, tc.out, tc.errOut)
			}
		})
	}
}

// TestHelperValidateSignals is not a test: it is the child process of
// TestValidateSignals, `bilat` with main's signal handling.
func TestHelperValidateSignals(t *testing.T) {
	if os.Getenv("BILAT_SIGNAL_HELPER") != "1" {
		t.Skip("the child process of TestValidateSignals")
	}
	ctx, stop := signalContext()
	defer stop()
	os.Exit(run(ctx, []string{"validate", os.Getenv("BILAT_SIGNAL_FIFO")}, os.Stdout, os.Stderr))
}

// TestValidateSignals sends SIGINT and SIGTERM to a real `bilat validate`
// blocked reading a record file (a named pipe whose writer never writes):
// it must stop at once and say so, exit status 1.
func TestValidateSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			fifo := filepath.Join(t.TempDir(), "records.yaml")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperValidateSignals$")
			cmd.Env = append(os.Environ(), "BILAT_SIGNAL_HELPER=1", "BILAT_SIGNAL_FIFO="+fifo)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// A guard, not a measure: a child that ignores the signal
			// would otherwise block the test for good.
			guard := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
			defer guard.Stop()
			// Opening the pipe for writing returns once the child has
			// opened it for reading: it is then reading, signals handled.
			w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != 1 || stdout.String() != "" || stderr.String() != "bilat: interrupted\n" {
				t.Errorf("exit %d (%v), stdout %q, stderr %q; want exit 1, stderr \"bilat: interrupted\\n\"", code, err, &stdout, &stderr)
			}
		})
	}
}

// TestValidateCap: past schema.MaxProblems problems, validate lists the
// first ones, counts the rest, and gives the total.
func TestValidateCap(t *testing.T) {
	dir := t.TempDir()
	var in, want strings.Builder
	in.WriteString("source: {id: s, url: \"https://x.example/s\", publisher: P, title: T}\nmentions:\n")
	for i := range schema.MaxProblems + 5 {
		fmt.Fprintf(&in, "  - {id: nobody-%d, as: [N]}\n", i)
		if i < schema.MaxProblems {
			fmt.Fprintf(&want, "%s:%d:10: mention \"nobody-%d\": id \"nobody-%d\": no such country, place, person, organization, post or group\n", filepath.Join(dir, "s.yaml"), i+3, i, i)
		}
	}
	want.WriteString("… and 5 more problems (only the first 1000 are listed)\nbilat: 1005 problems\n")
	if err := os.WriteFile(filepath.Join(dir, "s.yaml"), []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"validate", dir}, &stdout, &stderr)
	if code != 1 || stdout.Len() != 0 || stderr.String() != want.String() {
		t.Errorf("exit %d, stdout %q, stderr ends:\n%s\nwant exit 1, stderr ends:\n%s", code, &stdout, tail(stderr.String(), 300), tail(want.String(), 300))
	}
}

// TestHelperStuckCommand is not a test: it is the child process of
// TestSignalStuckCommand, a command that never looks at its context.
func TestHelperStuckCommand(t *testing.T) {
	if os.Getenv("BILAT_SIGNAL_HELPER") != "stuck" {
		t.Skip("the child process of TestSignalStuckCommand")
	}
	ctx, stop := signalContext()
	defer stop()
	fmt.Println("ready")
	<-ctx.Done()
	fmt.Println("cancelled") // and stuck all the same
	select {}
}

// TestSignalStuckCommand: a command busy in a step that does not watch its
// context (a deep HTML page parsed, once) ignored Ctrl-C and SIGTERM for
// good. A second signal ends it at once, as the default handler would.
func TestSignalStuckCommand(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperStuckCommand$")
	cmd.Env = append(os.Environ(), "BILAT_SIGNAL_HELPER=stuck")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	guard := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	defer guard.Stop()
	lines := bufio.NewReader(out)
	// The second signal only once the first is taken: the kernel holds
	// one pending SIGTERM, not two.
	for _, want := range []string{"ready\n", "cancelled\n"} {
		line, err := lines.ReadString('\n')
		if err != nil || line != want {
			t.Fatalf("child: %q %v, want %q", line, err, want)
		}
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
	}
	err = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 1 || stderr.String() != "bilat: interrupted\n" {
		t.Errorf("exit %d (%v), stderr %q; want exit 1, stderr \"bilat: interrupted\\n\"", code, err, &stderr)
	}
}
