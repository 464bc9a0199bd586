package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// cayleyModule is the module whose version `bilat version` reports.
const cayleyModule = "github.com/cayleygraph/cayley"

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print Bilat's version and the Cayley version built in",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), versionText())
			return err
		},
	}
}

// versionText is what `bilat version` and `bilat --version` print, read
// from the build information the Go toolchain puts in the binary: Bilat's
// module version (or its VCS revision when built from a checkout), the
// Cayley module it was built with, and the Go version.
func versionText() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "bilat (no build information)\n"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" {
		version += fmt.Sprintf(" (%s%s)", rev[:min(12, len(rev))], modified)
	}
	cayley := "(not found in the build information)"
	for _, d := range info.Deps {
		if d.Path == cayleyModule {
			cayley = d.Version
			if d.Replace != nil {
				cayley += " => " + strings.TrimSpace(d.Replace.Path+" "+d.Replace.Version)
			}
		}
	}
	return fmt.Sprintf("bilat %s\ncayley %s\n%s\n", version, cayley, info.GoVersion)
}
