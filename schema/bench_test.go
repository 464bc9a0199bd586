package schema_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

// BenchmarkValidateDangling validates a 1M-quad corpus (27,000 events)
// without its entity files, so that nearly every reference dangles and
// asks for a suggestion.
func BenchmarkValidateDangling(b *testing.B) {
	var files []*schema.File
	if _, err := synth.Generate(synth.Config{Seed: 1, Events: 27000}, func(f synth.File) error {
		if f.Record.Source != nil {
			files = append(files, f.Record)
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	problems := 0
	cpu := cpuTime()
	for b.Loop() {
		problems = schema.CountProblems(schema.Validate(files))
	}
	b.ReportMetric(float64(problems), "problems")
	// CPU time, which a busy machine does not inflate as it does wall time.
	b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkReadLargeFile reads one entity file of 100,000 people (9.7 MB)
// and reports, besides bytes allocated, the peak of the live heap over the
// read as a multiple of the file's size (heap-x).
func BenchmarkReadLargeFile(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("countries:\n  - {id: KZ, name: Kazakhstan}\npeople:\n")
	for i := range 100000 {
		fmt.Fprintf(&sb, "  - id: person-%d\n    name: Person Number %d\n    honorifics: [Mr.]\n    aliases: [P.N%d]\n    nationality: KZ\n", i, i, i)
	}
	path := filepath.Join(b.TempDir(), "people.yaml")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	size := float64(sb.Len())
	b.ReportAllocs()
	b.SetBytes(int64(sb.Len()))
	peak := 0.0
	cpu := cpuTime()
	for b.Loop() {
		runtime.GC()
		base := heapObjects()
		stop := sampleHeap()
		files, err := schema.ReadFiles(path)
		max := stop()
		if err != nil || len(files) != 1 || len(files[0].People) != 100000 {
			b.Fatalf("read %d files: %v", len(files), err)
		}
		runtime.KeepAlive(files)
		peak = float64(max-base) / size
	}
	b.ReportMetric(peak, "heap-x")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// heapObjects is the heap held by objects, live or not yet swept.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap samples heapObjects every millisecond until the returned
// function is called, which returns the largest sample.
func sampleHeap() func() uint64 {
	var max uint64 // written by the sampler until wg.Wait
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			max = maxOf(max, heapObjects())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return maxOf(max, heapObjects())
	}
}

func maxOf(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}
