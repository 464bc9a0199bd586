package graph

import "testing"

func TestWithBinaryParameters(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgres://u:p@127.0.0.1:5432/db?sslmode=disable", "postgres://u:p@127.0.0.1:5432/db?binary_parameters=yes&sslmode=disable"},
		{"postgresql://127.0.0.1/db", "postgresql://127.0.0.1/db?binary_parameters=yes"},
		{"host=127.0.0.1 dbname=db", "host=127.0.0.1 dbname=db binary_parameters=yes"},
		{"postgres://127.0.0.1/db?binary_parameters=no", "postgres://127.0.0.1/db?binary_parameters=no"},
	} {
		if got := withBinaryParameters(c.in); got != c.want {
			t.Errorf("withBinaryParameters(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
