package graph_test

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"testing"

	"github.com/bilat/bilat/graph"
	"github.com/bilat/bilat/graph/graphtest"
	"github.com/bilat/bilat/schema"
)

// TestStandby loads on a PostgreSQL primary and reads the same quads from
// its streaming hot standby, which refuses to be opened for writing.
func TestStandby(t *testing.T) {
	ctx := context.Background()
	primaryCfg, standbyCfg := graphtest.PostgresStandby(t)
	primary := openT(t, primaryCfg)
	if _, err := primary.Load(ctx, schema.Units(fixture()), graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	want := dump(t, primary)
	graphtest.WaitReplay(t, primaryCfg, standbyCfg)

	ro := standbyCfg
	ro.ReadOnly = true
	standby := openT(t, ro)
	if got := dump(t, standby); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("standby holds %d quads, the primary %d (or they differ)", len(got), len(want))
	}

	_, err := graph.Open(ctx, standbyCfg)
	u, _ := url.Parse(standbyCfg.Path)
	wantErr := "postgres: " + u.Host + " is a hot standby, which only replays the primary's changes: " +
		"load on the primary, and point reads (serve, query) at either: standby is read-only"
	if !errors.Is(err, graph.ErrStandby) || err.Error() != wantErr {
		t.Errorf("writable open of the standby:\n got %v\nwant %s", err, wantErr)
	}
}
