package graphtest

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// EnvPython names the variable holding the Python interpreter the tests
// read exports with; without it they try python3 on PATH, then
// /usr/bin/python3 (where Debian's python3-networkx and python3-rdflib go).
const EnvPython = "BILAT_TEST_PYTHON"

// Python returns an interpreter that imports every module given. With
// none it skips the test, or fails it under CI=true.
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	candidates := []string{"python3", "/usr/bin/python3"}
	if p := os.Getenv(EnvPython); p != "" {
		candidates = []string{p}
	}
	imports := "import " + strings.Join(modules, ", ")
	var tried []string
	for _, c := range candidates {
		var out bytes.Buffer
		cmd := exec.Command(c, "-c", imports)
		cmd.Stderr = &out
		err := cmd.Run()
		if err == nil {
			return c
		}
		why := lastLine(out.String())
		if why == "" {
			why = err.Error()
		}
		tried = append(tried, c+": "+why)
	}
	msg := "no Python with " + strings.Join(modules, " and ") + " (" + strings.Join(tried, "; ") +
		"); Debian: apt-get install python3-networkx python3-rdflib"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + ": CI must run these tests (.ci/run installs them)")
	}
	t.Skip(msg)
	return ""
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, '\n')+1:]
}
