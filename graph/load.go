package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/bilat/bilat/schema"
)

// ContentHash is the predicate of the quad `<label> bilat:contentHash "sha256:…"`
// that each loaded unit carries under its own label. It is written in the
// same transaction as the unit's quads, so a stored hash always describes
// what is stored, and an unchanged unit is skipped on re-load.
const ContentHash = quad.IRI(schema.NS + "contentHash")

// hashVersion is mixed into every content hash so that a change in how Bilat
// stores units invalidates the hashes of units loaded before it (2: typed
// date literals).
const hashVersion = "bilat-load-2\n"

// DefaultBatchQuads is how many quads Load writes in one transaction by
// default. Small units share a transaction; a unit larger than this gets a
// transaction of its own, since a unit is never split. A transaction's dirty
// pages are held in memory until it commits: on bolt at 1M quads, 25k took
// peak RSS from about 780 to 680 MB at the speed of 50k; 10k saved another
// 60 MB but was 15% slower.
const DefaultBatchQuads = 25_000

// LoadOptions tune Load.
type LoadOptions struct {
	// Prune removes the quads of every source stored but not among the units.
	Prune bool
	// Merged are the units' events with the derived quads they are given
	// (schema.Mapper.Merged). Without Prune, a stored source left out of
	// the load that states one of them too must hold the same derived
	// quads for it, or the load is refused before it writes (ErrMerged).
	Merged []schema.Merged
	// BatchQuads bounds the quads written per transaction (DefaultBatchQuads if 0).
	BatchQuads int
	// Progress, when set, is called once per unit after it was committed,
	// skipped or pruned.
	Progress func(UnitReport)
	// Origin names what is loaded (the record paths, say). From the first
	// write until the load ends the store lists it among its unfinished
	// loads (see UnfinishedLoads), so that a load killed midway is noticed.
	Origin string
	// Waiting, when set, is called once if the load must wait for another
	// load of the same store to end (PostgreSQL, where several processes
	// may load at once), so that a person can be told why nothing happens.
	Waiting func()
	// Repair first removes every quad that lacks its subject, predicate or
	// object (see ErrDamaged), and after the load every quad without a label
	// whose triple is stored under a label too. It reads every quad.
	Repair bool
}

// UnitReport says what Load did with one unit (or one pruned source).
type UnitReport struct {
	Label   quad.IRI
	Quads   int  // quads of the unit, its content hash included; 0 when pruned
	Added   int  // quads written
	Removed int  // quads removed: edited away, or the whole source when pruned
	Skipped bool // unchanged since the last load
	Pruned  bool // a stored source that is no longer among the units
}

// LoadReport sums up a Load.
type LoadReport struct {
	Units                   []UnitReport // in load order; pruned sources last
	Added, Removed          int
	Loaded, Skipped, Pruned int // units written, units unchanged, sources pruned
	Repaired                int // damaged quads removed by Repair
}

func (r *LoadReport) add(u UnitReport) {
	r.Units = append(r.Units, u)
	r.Added += u.Added
	r.Removed += u.Removed
	switch {
	case u.Pruned:
		r.Pruned++
	case u.Skipped:
		r.Skipped++
	default:
		r.Loaded++
	}
}

// pending is one unit's full new content, about to replace what its label holds.
type pending struct {
	label  quad.IRI
	quads  []quad.Quad // content hash included; nil to remove the label's quads
	hash   string
	pruned bool
}

// replacer writes batches of units; each call is one transaction, so a unit
// is either wholly replaced or untouched.
type replacer interface {
	// contentHashes returns the stored content hashes of the labels given.
	contentHashes(ctx context.Context, labels []quad.IRI) (map[quad.IRI]string, error)
	// replace makes each unit's label hold exactly its quads and returns how
	// many quads were added and removed per unit.
	replace(ctx context.Context, batch []pending) (added, removed []int, err error)
	// sourceLabels returns the labels of the sources stored.
	sourceLabels(ctx context.Context) ([]quad.IRI, error)
	// subjectQuads returns the quads whose subject is node, labels and all.
	subjectQuads(ctx context.Context, node quad.IRI) ([]quad.Quad, error)
	// repair removes the damaged quads (see ErrDamaged) and returns how
	// many, and the quads without a label it found.
	repair(ctx context.Context) (int, []quad.Quad, error)
	// dropTwins removes those of the unlabeled quads whose triple is stored
	// under a label too, and returns how many.
	dropTwins(ctx context.Context, unlabeled []quad.Quad) (int, error)
}

func (s *Store) replacer() replacer {
	if s.pg != nil {
		return &pgReplacer{db: s.pg}
	}
	return &cayleyReplacer{s: s, qs: s.h.QuadStore}
}

// Load replaces by source: after it, each unit's label holds exactly the
// unit's quads (plus its content hash). Units whose content is unchanged are
// skipped; quads with the same triple under another label are untouched.
// Each transaction holds whole units with their hashes, so a load killed at
// any point and run again ends with exactly the quads of a clean load; until
// then the store lists the load among its UnfinishedLoads. Loads of one
// store take turns, across processes on PostgreSQL. Every unit is checked
// before the first write, so a bad one writes nothing.
func (s *Store) Load(ctx context.Context, units []schema.Unit, opts LoadOptions) (LoadReport, error) {
	labels := make([]quad.IRI, 0, len(units))
	first := make(map[quad.IRI]int, len(units))
	for i, u := range units {
		if err := check(u); err != nil {
			return LoadReport{}, err
		}
		if j, dup := first[u.Label]; dup {
			return LoadReport{}, fmt.Errorf("unit %q given twice: from %s and from %s", string(u.Label), unitFiles(units[j]), unitFiles(u))
		}
		first[u.Label] = i
		labels = append(labels, u.Label)
	}
	return s.LoadSeq(ctx, labels, slices.Values(units), opts)
}

// unitFiles names the record files a unit came from, for messages.
func unitFiles(u schema.Unit) string {
	if len(u.Files) == 0 {
		return "no file"
	}
	return strings.Join(u.Files, ", ")
}

// LoadSeq is Load over units made one at a time, as schema.Mapper does, so
// that memory holds one batch, not the corpus. labels lists the units' labels
// in the order units yields them: stored hashes are looked up and duplicates
// rejected from it before anything is written. A unit that fails its check,
// or comes out of order, stops the load before its batch is written; the
// batches committed before it hold whole units, so a re-run converges.
// units is ranged over on a goroutine of its own, ahead of the writes.
func (s *Store) LoadSeq(ctx context.Context, labels []quad.IRI, units iter.Seq[schema.Unit], opts LoadOptions) (LoadReport, error) {
	var (
		rep LoadReport
		err error
	)
	if s.cfg.ReadOnly {
		return rep, ErrReadOnly
	}
	if opts.BatchQuads <= 0 {
		opts.BatchQuads = DefaultBatchQuads
	}
	// Loads take turns, and the stored hashes are read once this one has
	// its turn, so that it skips what the load before it wrote.
	unlock, err := s.lockLoads(ctx, opts.Waiting)
	if err != nil {
		return rep, err
	}
	defer unlock()
	seen := make(map[quad.IRI]bool, len(labels))
	for _, l := range labels {
		if l == "" {
			return rep, errors.New("unit without a label")
		}
		if seen[l] {
			return rep, fmt.Errorf("unit %q given twice", l)
		}
		seen[l] = true
	}
	r := s.replacer()
	var unlabeled []quad.Quad
	if opts.Repair {
		// Before the hashes are read: a damaged hash quad lacks its subject,
		// so its unit reads as never loaded and is written again whole.
		if rep.Repaired, unlabeled, err = r.repair(ctx); err != nil {
			return rep, err
		}
	}
	legacy := seen[schema.CurationLabel] && !seen[schema.LegacyCurationLabel]
	stored, err := r.contentHashes(ctx, append(slices.Clip(labels), schema.LegacyCurationLabel))
	if err != nil {
		return rep, err
	}
	if !opts.Prune && len(opts.Merged) > 0 {
		if err := checkMerged(ctx, r, seen, opts.Merged); err != nil {
			return rep, err
		}
	}
	report := func(u UnitReport) {
		rep.add(u)
		if opts.Progress != nil {
			opts.Progress(u)
		}
	}
	// The store says a load is unfinished from before its first write until
	// after its last: a load killed or failed in between leaves the mark,
	// and only a load of the same origin that ends takes it away.
	unfinished, err := s.UnfinishedLoads(ctx)
	if err != nil {
		return rep, err
	}
	marked := slices.Contains(unfinished, opts.Origin)
	mark := func() error {
		if marked {
			return nil
		}
		marked = true
		return s.markUnfinished(ctx, r, append(slices.Clip(unfinished), opts.Origin))
	}
	flush := func(batch []pending) error {
		if len(batch) == 0 {
			return nil
		}
		if err := mark(); err != nil {
			return err
		}
		added, removed, err := r.replace(ctx, batch)
		if err != nil {
			return err
		}
		for i, p := range batch {
			report(UnitReport{Label: p.label, Quads: len(p.quads), Added: added[i], Removed: removed[i], Pruned: p.pruned})
		}
		return nil
	}
	// Units are mapped, checked and hashed on a goroutine of their own, one
	// batch ahead of the writes: on two cores a large load takes about the
	// time of the writes alone.
	batches, stop := prepareBatches(labels, units, stored, opts.BatchQuads)
	defer stop()
	for b := range batches {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		for _, u := range b.skipped {
			report(u)
		}
		if b.err != nil {
			return rep, b.err
		}
		if err := flush(b.units); err != nil {
			return rep, err
		}
	}
	seen[schema.LegacyCurationLabel] = true
	if legacy && stored[schema.LegacyCurationLabel] != "" {
		// The entity files are loaded under their label of today: what a
		// store loaded before holds under the old one goes (see
		// schema.LegacyCurationLabel), also without --prune.
		if err := flush([]pending{{label: schema.LegacyCurationLabel, pruned: true}}); err != nil {
			return rep, err
		}
	}
	if opts.Prune {
		sources, err := r.sourceLabels(ctx)
		if err != nil {
			return rep, err
		}
		for _, l := range sources {
			if seen[l] {
				continue
			}
			if err := flush([]pending{{label: l, pruned: true}}); err != nil {
				return rep, err
			}
		}
	}
	if len(unlabeled) > 0 {
		n, err := r.dropTwins(ctx, unlabeled)
		rep.Repaired += n
		if err != nil {
			return rep, err
		}
	}
	if marked {
		rest := slices.DeleteFunc(unfinished, func(o string) bool { return o == opts.Origin })
		if err := s.markUnfinished(ctx, r, rest); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// LoadLabel labels the quads Bilat keeps about loads themselves: it is no
// source, and no unit may carry it.
const LoadLabel = quad.IRI(schema.NS + "load")

// UnfinishedLoad is the predicate of `<LoadLabel> bilat:unfinishedLoad
// "origin"`, stated while a load of that origin (LoadOptions.Origin) has
// begun to write and not ended.
const UnfinishedLoad = quad.IRI(schema.NS + "unfinishedLoad")

// UnfinishedLoads returns the origins of the loads that began to write to
// the store and did not end: killed, failed, or running now. A store that
// lists none holds whole loads.
func (s *Store) UnfinishedLoads(ctx context.Context) ([]string, error) {
	var out []string
	err := eachQuad(ctx, s.h.QuadStore, quad.Subject, LoadLabel, func(q quad.Quad) error {
		if o, ok := q.Object.(quad.String); ok && q.Predicate == UnfinishedLoad && q.Label == LoadLabel {
			out = append(out, string(o))
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}

// LacksDerived says whether the store was loaded by a Bilat from before the
// derived quads (schema/derived.go): a person with a nationality and no
// bilat:standsFor. It looks at the first people the store lists (through
// the object index: a store may index no predicate) until one has a
// nationality; a store where none of them has one cannot tell, and says no.
func (s *Store) LacksDerived(ctx context.Context) (bool, error) {
	const people = 50
	seen, lacks, found := 0, false, false
	err := eachQuad(ctx, s.h.QuadStore, quad.Object, schema.ClassPerson, func(q quad.Quad) error {
		if q.Predicate != schema.Type {
			return nil
		}
		if seen++; seen > people {
			return errStop
		}
		nationality, stands := false, false
		err := eachQuad(ctx, s.h.QuadStore, quad.Subject, q.Subject, func(q quad.Quad) error {
			nationality = nationality || q.Predicate == schema.Nationality
			stands = stands || q.Predicate == schema.StandsFor
			return nil
		})
		if err != nil || !nationality {
			return err
		}
		found, lacks = true, !stands
		return errStop
	})
	return found && lacks, err
}

// markUnfinished makes the store list exactly the origins given as
// unfinished, in a transaction of its own.
func (s *Store) markUnfinished(ctx context.Context, r replacer, origins []string) error {
	p := pending{label: LoadLabel}
	for _, o := range origins {
		p.quads = append(p.quads, quad.Quad{Subject: LoadLabel, Predicate: UnfinishedLoad, Object: quad.String(o), Label: LoadLabel})
	}
	_, _, err := r.replace(ctx, []pending{p})
	return err
}

// batch is what prepareBatches hands the writer: units to write together,
// units skipped as unchanged since the last load, or the error that ends the
// load before units is written.
type batch struct {
	units   []pending
	skipped []UnitReport
	err     error
}

// prepareBatches maps, checks and hashes units on a goroutine of its own and
// groups those that changed into batches of about batchQuads quads. It runs
// at most one batch ahead of the reader, so memory holds three batches at
// most. stop ends it early; the channel is closed after the last batch.
func prepareBatches(labels []quad.IRI, units iter.Seq[schema.Unit], stored map[quad.IRI]string, batchQuads int) (<-chan batch, func()) {
	out := make(chan batch, 1)
	done := make(chan struct{})
	go func() {
		defer close(out)
		send := func(b batch) bool {
			select {
			case out <- b:
				return true
			case <-done:
				return false
			}
		}
		var cur batch
		nquads, n := 0, 0
		for u := range units {
			var err error
			switch {
			case n == len(labels):
				err = fmt.Errorf("unit %q: more units than the %d labels given", u.Label, len(labels))
			case u.Label != labels[n]:
				err = fmt.Errorf("unit %q given where %q was announced", u.Label, labels[n])
			default:
				err = check(u)
			}
			if err != nil {
				// The batch being built is dropped: nothing of it is written.
				send(batch{skipped: cur.skipped, err: err})
				return
			}
			n++
			p := prepare(u)
			if stored[u.Label] == p.hash {
				cur.skipped = append(cur.skipped, UnitReport{Label: u.Label, Quads: len(p.quads), Skipped: true})
				// A re-load of an unchanged corpus still shows progress.
				if len(cur.units) == 0 && len(cur.skipped) >= 256 {
					if !send(cur) {
						return
					}
					cur = batch{}
				}
				continue
			}
			if nquads > 0 && nquads+len(p.quads) > batchQuads {
				if !send(cur) {
					return
				}
				cur, nquads = batch{}, 0
			}
			cur.units = append(cur.units, p)
			nquads += len(p.quads)
		}
		if n < len(labels) {
			cur.units, cur.err = nil, fmt.Errorf("units ended after %d of the %d labels given", n, len(labels))
		}
		send(cur)
	}()
	var once sync.Once
	return out, func() {
		once.Do(func() { close(done) })
		// Wait for the goroutine to end, so that no mapping runs on after
		// the load returned.
		for range out {
		}
	}
}

// check makes sure a unit is whole: a label, and every quad under it.
func check(u schema.Unit) error {
	if u.Label == "" {
		return errors.New("unit without a label")
	}
	if u.Label == LoadLabel {
		return fmt.Errorf("unit %q: the label is Bilat's own, for its loads", string(u.Label))
	}
	for _, q := range u.Quads {
		if q.Label != u.Label {
			return fmt.Errorf("unit %q: quad %s carries another label", u.Label, q.NQuad())
		}
		if q.Predicate == ContentHash && q.Subject == u.Label {
			return fmt.Errorf("unit %q: states its own content hash", u.Label)
		}
	}
	return nil
}

// prepare adds a checked unit's content hash: sha256 over the unit's sorted
// N-Quads, so that the order records were written in does not matter.
func prepare(u schema.Unit) pending {
	lines := make([]string, 0, len(u.Quads))
	for _, q := range u.Quads {
		lines = append(lines, q.NQuad())
	}
	slices.Sort(lines)
	h := sha256.New()
	h.Write([]byte(hashVersion))
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	sum := "sha256:" + hex.EncodeToString(h.Sum(nil))
	qs := make([]quad.Quad, 0, len(u.Quads)+1)
	qs = append(qs, u.Quads...)
	qs = append(qs, quad.Quad{Subject: u.Label, Predicate: ContentHash, Object: quad.String(sum), Label: u.Label})
	return pending{label: u.Label, quads: qs, hash: sum}
}

// cayleyReplacer writes through Cayley's own ApplyDeltas, one backend
// transaction per batch (Store.applyDeltas). It serves memory, bolt and
// leveldb.
type cayleyReplacer struct {
	s  *Store
	qs cgraph.QuadStore
}

// contentHashes looks each label's hash up by subject, which Cayley's
// key-value stores index; by predicate would scan every quad.
func (c *cayleyReplacer) contentHashes(ctx context.Context, labels []quad.IRI) (map[quad.IRI]string, error) {
	out := map[quad.IRI]string{}
	for _, l := range labels {
		err := eachQuad(ctx, c.qs, quad.Subject, l, func(q quad.Quad) error {
			if q.Predicate != ContentHash || q.Label != l {
				return nil
			}
			if h, ok := q.Object.(quad.String); ok {
				out[l] = string(h)
			}
			return errStop
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sourceLabels finds the reports through the object index (each types
// itself schema:NewsArticle under its own label) and the entity files'
// labels, current and legacy, through the label index. The key-value
// stores index no predicate: finding the content hashes by predicate read
// every quad (1.7 s at 1M quads, against 0.1 s), and every load asks.
func (c *cayleyReplacer) sourceLabels(ctx context.Context) ([]quad.IRI, error) {
	set := map[quad.IRI]bool{}
	err := eachQuad(ctx, c.qs, quad.Object, schema.ClassArticle, func(q quad.Quad) error {
		if l, ok := q.Label.(quad.IRI); ok && q.Predicate == schema.Type && q.Subject == q.Label {
			set[l] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, l := range []quad.IRI{schema.CurationLabel, schema.LegacyCurationLabel} {
		err := eachQuad(ctx, c.qs, quad.Label, l, func(quad.Quad) error {
			set[l] = true
			return errStop
		})
		if err != nil {
			return nil, err
		}
	}
	return sortedLabels(set), nil
}

// ErrMerged is the error of a load that leaves out a stored source whose
// derived quads depend on the files it reads.
var ErrMerged = errors.New("a stored source this load does not read states the same event")

// maxMergedProblems caps the problems a refused load lists.
const maxMergedProblems = 20

// checkMerged refuses a load that would leave the store unlike a clean load
// of the same files and the stored sources it does not read: an event's
// derived quads merge what every report stating it says (schema/derived.go),
// so when a stored source left out of the load states one of the load's
// events too, the two must agree on them, or one of them would be stale.
func checkMerged(ctx context.Context, r replacer, loading map[quad.IRI]bool, merged []schema.Merged) error {
	sources, err := r.sourceLabels(ctx)
	if err != nil {
		return err
	}
	others := map[quad.IRI]bool{}
	for _, l := range sources {
		if !loading[l] && l != schema.LegacyCurationLabel {
			others[l] = true
		}
	}
	if len(others) == 0 {
		return nil
	}
	derivedKey := func(q quad.Quad) string {
		return quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object}.NQuad()
	}
	var problems []string
	n := 0
	for _, m := range merged {
		if err := ctx.Err(); err != nil {
			return err
		}
		qs, err := r.subjectQuads(ctx, m.Node)
		if err != nil {
			return err
		}
		stored := map[quad.IRI][]string{} // other label -> its derived quads of the node
		for _, q := range qs {
			l, ok := q.Label.(quad.IRI)
			if !ok || !others[l] {
				continue
			}
			if _, ok := stored[l]; !ok {
				stored[l] = nil
			}
			if q.Predicate == schema.PartyCountry || q.Predicate == schema.CountryPair {
				stored[l] = append(stored[l], derivedKey(q))
			}
		}
		want := make([]string, len(m.Derived))
		for i, q := range m.Derived {
			want[i] = derivedKey(q)
		}
		slices.Sort(want)
		for _, l := range slices.Sorted(maps.Keys(stored)) {
			got := stored[l]
			slices.Sort(got)
			if slices.Equal(got, want) {
				continue
			}
			if n++; n <= maxMergedProblems {
				problems = append(problems, fmt.Sprintf("%s:%d:%d: event %q is also stated by the stored source %q, which this load does not read; "+
					"the event's bilat:partyCountry and bilat:countryPair quads, worked out from every report that states it, would no longer agree between the two: "+
					"load that source's file too; --prune instead removes it, and every other stored source this load does not read",
					m.Pos.File, m.Pos.Line, m.Pos.Col, strings.TrimPrefix(string(m.Node), string(schema.IRI(schema.KindEvent, ""))), sourceName(l)))
			}
		}
	}
	if n == 0 {
		return nil
	}
	if n > maxMergedProblems {
		problems = append(problems, fmt.Sprintf("... and %d more", n-maxMergedProblems))
	}
	return fmt.Errorf("%w:\n%s", ErrMerged, strings.Join(problems, "\n"))
}

// sourceName is a source's id, or "curation" for the entity files.
func sourceName(l quad.IRI) string {
	if l == schema.CurationLabel {
		return schema.CurationID
	}
	return strings.TrimPrefix(string(l), string(schema.IRI(schema.KindSource, "")))
}

func sortedLabels(set map[quad.IRI]bool) []quad.IRI {
	out := make([]quad.IRI, 0, len(set))
	for l := range set {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

func (c *cayleyReplacer) replace(ctx context.Context, batch []pending) (added, removed []int, err error) {
	// The diff is read and written under the write lock, so that it is exact.
	c.s.wmu.Lock()
	defer c.s.wmu.Unlock()
	added, removed = make([]int, len(batch)), make([]int, len(batch))
	var deltas []cgraph.Delta
	for i, p := range batch {
		cur := map[quad.Quad]bool{}
		err := eachQuad(ctx, c.qs, quad.Label, p.label, func(q quad.Quad) error {
			cur[q] = true
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		for _, q := range p.quads {
			if cur[q] {
				delete(cur, q)
				continue
			}
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			added[i]++
		}
		for q := range cur {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			removed[i]++
		}
	}
	if len(deltas) == 0 {
		return added, removed, nil
	}
	// The diff is exact, so a duplicate or a missing quad means someone else
	// wrote meanwhile: fail rather than guess.
	if err := c.s.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{}); err != nil {
		return nil, nil, fmt.Errorf("write %d changes: %w", len(deltas), err)
	}
	return added, removed, nil
}

// lockLoads waits for this store's turn to load and returns what ends it.
// Loads through one Store take turns on its mutex; bolt and leveldb let one
// process write a file at a time, and PostgreSQL, which many processes may
// write, takes turns across them (see pgLockLoads).
func (s *Store) lockLoads(ctx context.Context, waiting func()) (func(), error) {
	if !s.loads.TryLock() {
		if waiting != nil {
			waiting()
			waiting = nil
		}
		s.loads.Lock()
	}
	if s.pg == nil {
		return s.loads.Unlock, nil
	}
	unlock, err := pgLockLoads(ctx, s.pg, waiting)
	if err != nil {
		s.loads.Unlock()
		return nil, err
	}
	return func() {
		unlock()
		s.loads.Unlock()
	}, nil
}

// repair deletes the damaged quads. Cayley's key-value stores match a
// delete on the terms it gives, so a quad given with the same terms missing
// is found and removed, its values' reference counts with it.
func (c *cayleyReplacer) repair(ctx context.Context) (int, []quad.Quad, error) {
	c.s.wmu.Lock()
	defer c.s.wmu.Unlock()
	var (
		deltas    []cgraph.Delta
		unlabeled []quad.Quad
	)
	err := eachStored(ctx, c.qs, func(q quad.Quad) error {
		if damaged(q) {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		} else if q.Label == nil {
			unlabeled = append(unlabeled, q)
		}
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	if err := c.remove(ctx, deltas); err != nil {
		return 0, nil, err
	}
	return len(deltas), unlabeled, nil
}

func (c *cayleyReplacer) dropTwins(ctx context.Context, unlabeled []quad.Quad) (int, error) {
	c.s.wmu.Lock()
	defer c.s.wmu.Unlock()
	var deltas []cgraph.Delta
	for _, q := range unlabeled {
		err := eachQuad(ctx, c.qs, quad.Subject, q.Subject, func(t quad.Quad) error {
			if t.Label != nil && t.Predicate == q.Predicate && t.Object == q.Object {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
				return errStop
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	if err := c.remove(ctx, deltas); err != nil {
		return 0, err
	}
	return len(deltas), nil
}

// remove applies the deletes of a repair.
func (c *cayleyReplacer) remove(ctx context.Context, deltas []cgraph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	if err := c.s.applyDeltas(ctx, deltas, cgraph.IgnoreOpts{}); err != nil {
		return fmt.Errorf("repair: remove %d quads: %w", len(deltas), err)
	}
	return nil
}

// ErrDamaged says the store holds quads that lack their subject, predicate
// or object. Bilat's loads before it worked around cayleygraph/cayley#885
// (see sharedKV) wrote an added quad without every term whose value was
// named by more of the batch's removed quads than its added ones, in bolt
// and leveldb stores; a load with LoadOptions.Repair removes such quads.
// A quad that lost only its label is a valid quad without a source, as API
// v2 may write; its unit's content hash was damaged in the same write, so
// the load writes the quad again with its label, and Repair then removes
// the unlabeled twin. An unlabeled quad with no labeled twin is kept.
var ErrDamaged = errors.New("the store holds quads that lack a term")

// damaged says whether a quad lacks its subject, predicate or object.
func damaged(q quad.Quad) bool {
	return q.Subject == nil || q.Predicate == nil || q.Object == nil
}

// damagedError describes the damaged quads among qs, nil when none is.
func damagedError(qs []quad.Quad) error {
	n, first := 0, -1
	for i, q := range qs {
		if damaged(q) {
			n++
			if first < 0 {
				first = i
			}
		}
	}
	if n == 0 {
		return nil
	}
	term := func(v quad.Value) string {
		if v == nil {
			return "?"
		}
		return v.String()
	}
	q := qs[first]
	return fmt.Errorf("%w: %d, such as %s %s %s %s", ErrDamaged, n, term(q.Subject), term(q.Predicate), term(q.Object), term(q.Label))
}

// errStop ends an eachQuad walk early without an error.
var errStop = errors.New("stop")

// refOf is the store's reference to v, nil when the store has never seen it.
func refOf(qs cgraph.QuadStore, v quad.Value) (cgraph.Ref, error) {
	ref, err := qs.ValueOf(v)
	if errors.Is(err, ckv.ErrNoBucket) {
		// A key-value store creates a value's bucket with its first value.
		return nil, nil
	}
	return ref, err
}

func (c *cayleyReplacer) subjectQuads(ctx context.Context, node quad.IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	err := eachQuad(ctx, c.qs, quad.Subject, node, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

// eachQuad calls fn for every quad whose direction d is v.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := refOf(qs, v)
	if err != nil || ref == nil {
		return err
	}
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); errors.Is(err, errStop) {
			return nil
		} else if err != nil {
			return err
		}
	}
	return it.Err()
}

// Quads returns every quad in the store, sorted by their N-Quads form.
func (s *Store) Quads(ctx context.Context) ([]quad.Quad, error) {
	if s.pg != nil {
		out, err := pgQuads(ctx, s.pg)
		if err != nil {
			return nil, err
		}
		sortQuads(out)
		return out, nil
	}
	var out []quad.Quad
	err := eachStored(ctx, s.h.QuadStore, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sortQuads(out)
	return out, nil
}

// eachStored calls fn for every quad in a Cayley store.
func eachStored(ctx context.Context, qs cgraph.QuadStore, fn func(quad.Quad) error) error {
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// sortQuads orders quads by their N-Quads form, for stable output.
func sortQuads(qs []quad.Quad) {
	type keyed struct {
		k string
		q quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{q.NQuad(), q}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return strings.Compare(a.k, b.k) })
	for i := range ks {
		qs[i] = ks[i].q
	}
}
