package schema

import (
	"cmp"
	"errors"
	"fmt"
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
// any case) and validates them together. On any problem it returns nil files and all
// problems joined with errors.Join, sorted by file, line and column.
func ReadFiles(paths ...string) ([]*File, error) {
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
			for i := int(next.Add(1) - 1); i < len(names); i = int(next.Add(1) - 1) {
				data, err := os.ReadFile(names[i])
				if err != nil {
					out[i].errs = []*ParseError{pathError(names[i], err)}
					continue
				}
				fl := newFileLayout()
				f, perrs := decodeFile(names[i], data, fl)
				out[i] = decoded{file: f, lay: fl, errs: perrs}
			}
		}()
	}
	wg.Wait()
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
	errs = append(errs, validate(files, lay)...)
	if len(errs) > 0 {
		return nil, joinSorted(errs)
	}
	return files, nil
}

// Validate checks decoded files together: ids, required fields, closed
// lists, dates and references. ReadFiles calls it; it is exported for
// records built in code.
func Validate(files []*File) error {
	if errs := validate(files, newLayout()); len(errs) > 0 {
		return joinSorted(errs)
	}
	return nil
}

// joinSorted orders problems by file, line and column and joins them.
func joinSorted(errs []*ParseError) error {
	slices.SortStableFunc(errs, func(a, b *ParseError) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return errors.Join(out...)
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

// pathError reports a path that cannot be read, without repeating the path.
func pathError(name string, err error) *ParseError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &ParseError{File: name, Msg: err.Error()}
}
