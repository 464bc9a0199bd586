package schema

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// ParseError is one problem in a record file, at a position.
// Its message reads `file:line:col: <field>: <msg>`, or `file: <msg>` when
// the problem has no line (a path that cannot be read).
type ParseError struct {
	File      string
	Line, Col int
	Field     string // the record being read, e.g. `event "piia-visit"`; may be empty
	Msg       string // what was found and what was expected
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ReadFiles reads record files and folders (recursively, *.yaml and *.yml in
// any case) and validates them together. On any problem it returns nil files
// and all problems joined with errors.Join, sorted by file, line and column
// (at most MaxProblems of them, then a count of the rest).
func ReadFiles(paths ...string) ([]*File, error) {
	return ReadFilesContext(context.Background(), paths...)
}

// ReadFilesContext is ReadFiles stopped by ctx: once ctx is done it returns
// ctx's error at once, and the decoding still under way stops soon after
// (between two batches of a long list's items).
func ReadFilesContext(ctx context.Context, paths ...string) ([]*File, error) {
	names, errs := expand(paths)
	lay := newLayout()
	// Decoding is most of the time of a large corpus, and files are
	// independent until validation: decode them on every core.
	type decoded struct {
		file *File
		lay  *fileLayout
		errs []*ParseError
	}
	out := make([]decoded, len(names))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(names) && ctx.Err() == nil; i = int(next.Add(1) - 1) {
				data, perr := readFile(names[i])
				if perr != nil {
					out[i].errs = []*ParseError{perr}
					continue
				}
				fl := newFileLayout()
				f, perrs := decodeFile(ctx, names[i], data, fl)
				out[i] = decoded{file: f, lay: fl, errs: perrs}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		// The workers see ctx at their next file; out is theirs until then.
		return nil, ctx.Err()
	}
	var files []*File
	for i, d := range out {
		errs = append(errs, d.errs...)
		if d.lay != nil {
			lay.files[names[i]] = d.lay
		}
		if d.file != nil {
			files = append(files, d.file)
		}
	}
	// Validate what decoded even when some of it did not, so that one run
	// shows every problem; references into a file that could not be read at
	// all are then reported as dangling too.
	verrs, err := validate(ctx, files, lay)
	if err != nil {
		return nil, err
	}
	errs = append(errs, verrs...)
	if len(errs) > 0 {
		return nil, joinSorted(errs)
	}
	return files, nil
}

// Validate checks decoded files together: ids, required fields, closed
// lists, dates and references. ReadFiles calls it; it is exported for
// records built in code.
func Validate(files []*File) error {
	errs, _ := validate(context.Background(), files, newLayout())
	if len(errs) > 0 {
		return joinSorted(errs)
	}
	return nil
}

// MaxProblems is how many problems one run lists; the rest are counted by
// a final *MoreProblems. A folder whose entity files are missing has a
// problem for nearly every reference, and the first ones tell the cause.
const MaxProblems = 1000

// MoreProblems ends a list of problems cut at MaxProblems: it counts the
// problems left out.
type MoreProblems struct{ N int }

func (e *MoreProblems) Error() string {
	return fmt.Sprintf("… and %d more problems (only the first %d are listed)", e.N, MaxProblems)
}

// joinSorted orders problems by file, line and column and joins the first
// MaxProblems, followed by a *MoreProblems when there are more.
func joinSorted(errs []*ParseError) error {
	slices.SortStableFunc(errs, func(a, b *ParseError) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	out := make([]error, 0, min(len(errs), MaxProblems+1))
	for _, e := range errs[:min(len(errs), MaxProblems)] {
		out = append(out, e)
	}
	if len(errs) > MaxProblems {
		out = append(out, &MoreProblems{N: len(errs) - MaxProblems})
	}
	return errors.Join(out...)
}

// CountProblems counts the problems in an error from ReadFiles or Validate,
// those left out of the list included.
func CountProblems(err error) int {
	if err == nil {
		return 0
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return 1
	}
	n := 0
	for _, e := range j.Unwrap() {
		var more *MoreProblems
		if errors.As(e, &more) {
			n += more.N
		} else {
			n++
		}
	}
	return n
}

// expand lists the record files that paths name, in the order given:
// files as given, folders walked in lexical order for record files
// (skipping hidden entries and, as the go tool does, folders named testdata,
// which hold test inputs such as data/testdata/gold-exceptions.yaml, not
// records). A file named twice is read once. The order
// decides which of two clashing definitions is reported as the repeat.
func expand(paths []string) ([]string, []*ParseError) {
	var names []string
	var errs []*ParseError
	seen := map[string]bool{}
	add := func(name string) {
		if k := filepath.Clean(name); !seen[k] {
			seen[k] = true
			names = append(names, name)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, pathError(p, err))
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		found := false
		err = filepath.WalkDir(p, func(name string, de fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, pathError(name, err))
				return nil
			}
			base := de.Name()
			if name != p && strings.HasPrefix(base, ".") {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if name != p && de.IsDir() && base == "testdata" {
				return filepath.SkipDir
			}
			if !de.IsDir() && isRecordFile(base) {
				add(name)
				found = true
			}
			return nil
		})
		if err != nil {
			errs = append(errs, pathError(p, err))
		}
		if !found {
			errs = append(errs, &ParseError{File: p, Msg: "folder holds no record files (expected *.yaml or *.yml)"})
		}
	}
	return names, errs
}

// isRecordFile says whether a file found in a folder holds records: its
// extension is .yaml or .yml in any case. Editors and other systems write
// "X.YAML" too, and a record file passed over would be a source that
// `load --prune` deletes without a word.
func isRecordFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// MaxFileSize is the largest record file read. Decoding holds a file's
// whole YAML tree, several dozen times the size of its text, so a file past
// this is refused rather than left to exhaust memory; a data set that big
// splits into several files (each is decoded on its own).
const MaxFileSize = 64 << 20

// readFile reads one record file of at most MaxFileSize bytes.
func readFile(name string) ([]byte, *ParseError) {
	f, err := os.Open(name)
	if err != nil {
		return nil, pathError(name, err)
	}
	defer f.Close()
	tooBig := func(size string) *ParseError {
		return &ParseError{File: name, Msg: fmt.Sprintf("file is %sover the limit of %s for one record file (expected it split into several files)", size, mib(MaxFileSize))}
	}
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > MaxFileSize {
		return nil, tooBig(mib(info.Size()) + ", ")
	}
	// Read one byte past the limit too: Stat says nothing of a pipe or of
	// a file still growing.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, pathError(name, err)
	}
	if len(data) > MaxFileSize {
		return nil, tooBig("")
	}
	return data, nil
}

// mib formats a size in MiB for messages.
func mib(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// pathError reports a path that cannot be read, without repeating the path.
func pathError(name string, err error) *ParseError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &ParseError{File: name, Msg: err.Error()}
}
