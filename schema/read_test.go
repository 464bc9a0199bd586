package schema

import (
	"testing"
)

func TestReadSeedData(t *testing.T) {
	files, err := ReadFiles("../data")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 7 {
		t.Fatalf("read %d files, want 7", len(files))
	}
}
