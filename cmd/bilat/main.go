// Command bilat turns reports of diplomatic contacts into a Cayley knowledge
// graph: it validates and loads the curated records, runs the canned Gizmo
// queries, exports the graph and serves it for exploration.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/bilat/bilat/cmd/bilat/internal/server"
)

// Exit codes: 1 for a failure, 2 for a usage error (bad flag, unknown query,
// bad parameter), as gh does.
const (
	exitFailure = 1
	exitUsage   = 2
)

// usageError marks an error as the caller's mistake (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func main() {
	ctx, stop := signalContext()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// signalContext is done on the first SIGINT (Ctrl-C) or SIGTERM, for
// commands to stop at once and say so. A second signal, or a command still
// running stopGrace after the first, ends the process as the default
// handler would, with the same message: a step that does not look at its
// context (a page's HTML parsed, say) must not make the signal void, and a
// store is left as its last committed transaction whenever the process
// ends (graph's crash test).
func signalContext() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
		case <-done:
			return
		}
		cancel()
		select {
		case <-sigs:
		case <-time.After(stopGrace):
		case <-done:
			return
		}
		fmt.Fprintln(os.Stderr, "bilat: interrupted")
		os.Exit(exitFailure)
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
}

// stopGrace is how long a command has to stop once signalled: longer
// than the server's own grace for requests in flight, so that `serve`
// always stops gracefully.
const stopGrace = 3 * server.DefaultShutdownGrace

// run executes one command line and turns its error into an exit code; it is
// the only place that prints errors.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "bilat:", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitFailure
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "bilat",
		Short:         "Turn reports of diplomatic contacts into a queryable Cayley knowledge graph",
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       versionText(),
		// Without a command it prints its help; an unknown command is a
		// usage error (cobra would print the help and exit 0).
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			msg := fmt.Sprintf("unknown command %q (see bilat --help)", args[0])
			if sugg := cmd.SuggestionsFor(args[0]); len(sugg) > 0 {
				msg = fmt.Sprintf("unknown command %q (did you mean %q? see bilat --help)", args[0], sugg[0])
			}
			return usageError{errors.New(msg)}
		},
	}
	root.SetVersionTemplate("{{.Version}}")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	// Each command is added here; its file holds its options and run function.
	root.AddCommand(
		newValidateCmd(),
		newLoadCmd(),
		newStatsCmd(),
		newExportCmd(),
		newGenCmd(),
		newBenchCmd(),
		newQueriesCmd(),
		newQueryCmd(),
		newServeCmd(),
		newExtractCmd(),
		newEvalCmd(),
		newVersionCmd(),
	)
	// An argument a command does not take is a usage error, like a bad flag.
	for _, c := range root.Commands() {
		if check := c.Args; check != nil {
			c.Args = func(cmd *cobra.Command, args []string) error {
				err := check(cmd, args)
				var ue usageError
				switch {
				case err == nil, errors.As(err, &ue):
					return err
				case len(args) > 0 && strings.HasPrefix(err.Error(), "unknown command"):
					// cobra.NoArgs reads as if the argument were a command.
					return usageErrorf("%s takes no arguments, got %q", cmd.CommandPath(), args)
				}
				return usageErrorf("%s: %w", cmd.CommandPath(), err)
			}
		}
	}
	return root
}
