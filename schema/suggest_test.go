package schema

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSuggesterMatchesNearest checks the index against the plain search it
// replaces, on ids and typos of them (cut, doubled, swapped, changed,
// recased letters) and unrelated strings.
func TestSuggesterMatchesNearest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	letters := "abcdehiklmnorstuz-"
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(letters[r.IntN(len(letters))])
		}
		return b.String()
	}
	var ids []string
	for range 600 {
		ids = append(ids, word(1+r.IntN(24)))
	}
	ids = append(ids, "KZ", "PK", "a", "Ünïcode-ïd")
	s := newSuggester(ids)
	edit := func(w string) string {
		rs := []rune(w)
		for range 1 + r.IntN(4) {
			i := r.IntN(len(rs) + 1)
			switch r.IntN(5) {
			case 0: // insert
				rs = append(rs[:i], append([]rune{rune(letters[r.IntN(len(letters))])}, rs[i:]...)...)
			case 1: // delete
				if i < len(rs) {
					rs = append(rs[:i], rs[i+1:]...)
				}
			case 2: // change
				if i < len(rs) {
					rs[i] = rune(letters[r.IntN(len(letters))])
				}
			case 3: // swap
				if i+1 < len(rs) {
					rs[i], rs[i+1] = rs[i+1], rs[i]
				}
			case 4: // recase
				if i < len(rs) {
					rs[i] = []rune(strings.ToUpper(string(rs[i])))[0]
				}
			}
		}
		return string(rs)
	}
	found := 0
	for n := range 5000 {
		var q string
		if n%10 == 0 {
			q = word(r.IntN(30))
		} else {
			q = edit(ids[r.IntN(len(ids))])
		}
		want := nearest(q, ids)
		if got := s.nearest(q); got != want {
			t.Fatalf("suggestion for %q: index %q, plain search %q", q, got, want)
		}
		if want != "" {
			found++
		}
	}
	// The typos must mostly find an id, or the comparison proves little.
	if found < 2500 {
		t.Errorf("only %d of 5000 queries found an id", found)
	}
}

func TestClip(t *testing.T) {
	if got := clip("short-id"); got != `"short-id"` {
		t.Errorf("clip = %s", got)
	}
	long := strings.Repeat("x", 200000)
	if got, want := clip(long), `"`+strings.Repeat("x", 64)+`"… (200000 characters)`; got != want {
		t.Errorf("clip = %s, want %s", got, want)
	}
}
