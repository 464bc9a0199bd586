package schema

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// suggester finds, for a dangling reference, the defined id it most likely
// meant, by the same rule as nearest (least edit distance ignoring case,
// within min(max(len/3, 1), 3), ties to the smaller id) but through an index,
// so that a data set where every reference dangles costs a few lookups per
// reference rather than a pass over every definition.
//
// The index rests on the pigeonhole principle: cut an id into k+1 pieces,
// and any string within k edits of it holds one of the pieces unchanged,
// shifted by at most k. So only the ids that share a piece with the query,
// at about the same offset, are compared in full.
type suggester struct {
	ids    []string // as defined
	lower  [][]rune // lowercased, as compared
	limit  []int    // edits allowed for ids[i]
	pieces map[string][]piece
	short  []int // ids too short to cut into limit+1 pieces: always compared
	lens   []int // the distinct piece lengths, to cut the query by
	maxLen int   // the longest id, in runes
	stamp  []int // per id: the query that last compared it
	query  int
	memo   map[string]string // answers given
}

// piece is one cut of an id: which id, and at what rune offset.
type piece struct {
	id, off int
}

// suggestLimit is how many edits still make got a likely typo of c.
func suggestLimit(c string) int { return min(max(len(c)/3, 1), 3) }

func newSuggester(ids []string) *suggester {
	s := &suggester{ids: ids, pieces: map[string][]piece{}, stamp: make([]int, len(ids)), memo: map[string]string{}}
	seenLen := map[int]bool{}
	for i, id := range ids {
		r := []rune(strings.ToLower(id))
		k := suggestLimit(id)
		s.lower = append(s.lower, r)
		s.limit = append(s.limit, k)
		s.maxLen = max(s.maxLen, len(r))
		if len(r) < k+1 {
			s.short = append(s.short, i)
			continue
		}
		// k+1 pieces as even as can be.
		for j := range k + 1 {
			from, to := j*len(r)/(k+1), (j+1)*len(r)/(k+1)
			key := string(r[from:to])
			s.pieces[key] = append(s.pieces[key], piece{i, from})
			if !seenLen[to-from] {
				seenLen[to-from] = true
				s.lens = append(s.lens, to-from)
			}
		}
	}
	return s
}

// nearest returns the id got most likely meant, or "".
func (s *suggester) nearest(got string) string {
	// No id is within 3 edits of a query more than 3 runes longer than the
	// longest one; this also keeps a huge dangling id cheap.
	if len(s.ids) == 0 || utf8.RuneCountInString(got) > s.maxLen+3 {
		return ""
	}
	lower := strings.ToLower(got)
	q := []rune(lower)
	// The pieces of an ASCII query are its bytes: looking them up by a
	// []byte slice converted in the index expression allocates nothing.
	var ascii []byte
	if len(q) == len(lower) {
		ascii = []byte(lower)
	}
	s.query++
	best, bestD := -1, 0
	try := func(i int) {
		if s.stamp[i] == s.query {
			return
		}
		s.stamp[i] = s.query
		k := s.limit[i]
		if abs(len(s.lower[i])-len(q)) > k {
			return
		}
		d := editDistance(lower, string(s.lower[i]))
		if d > k {
			return
		}
		if best < 0 || d < bestD || d == bestD && s.ids[i] < s.ids[best] {
			best, bestD = i, d
		}
	}
	for _, i := range s.short {
		try(i)
	}
	for _, l := range s.lens {
		for at := 0; at+l <= len(q); at++ {
			var ps []piece
			if ascii != nil {
				ps = s.pieces[string(ascii[at:at+l])]
			} else {
				ps = s.pieces[string(q[at:at+l])]
			}
			for _, p := range ps {
				if abs(p.off-at) <= s.limit[p.id] {
					try(p.id)
				}
			}
		}
	}
	if best < 0 {
		return ""
	}
	return s.ids[best]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// clip shortens a value quoted in a message: a pasted paragraph or a
// 200 KB id is cut to its first runes and its length said.
func clip(s string) string {
	const keep = 64
	if len(s) <= keep+16 || utf8.RuneCountInString(s) <= keep+16 {
		return strconv.Quote(s)
	}
	r := []rune(s)
	return strconv.Quote(string(r[:keep])) + "… (" + strconv.Itoa(len(r)) + " characters)"
}
