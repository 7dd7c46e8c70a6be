package discover

import (
	"context"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/discover/discovertest"
)

// TestUpdate re-checks a block that still works and one whose list moved.
func TestUpdate(t *testing.T) {
	w := discovertest.NewWeb(t)
	d := New(NewClient(testConfig(w)), Options{})
	ctx := context.Background()
	src, err := crawler.ParseSources(`
[[site]]
name = "city-trs"
start = ["http://trs.test/xwzx/gzdt/index.html"]
pattern = '/t\d{8}_\d+\.html$'
keywords = "质量月"

[[site]]
name = "county"
start = ["http://trs.test/news/gzdt/index.html"]
pattern = '/t\d{8}_\d+\.html$'
keywords = "安全生产月"
since = "2023-01-01"
`)
	if err != nil {
		t.Fatal(err)
	}
	kept := d.Update(ctx, src.Sites[0])
	if !kept.Unchanged || kept.Status != StatusOK || len(kept.Blocks) != 1 || kept.Blocks[0].Start[0] != src.Sites[0].Start[0] {
		t.Errorf("working block: %+v", kept)
	}
	moved := d.Update(ctx, src.Sites[1])
	if moved.Unchanged || moved.Status != StatusOK || len(moved.Changes) == 0 || !strings.Contains(moved.Changes[0], "http-404") {
		t.Fatalf("moved block: %+v", moved)
	}
	b := moved.Blocks[0]
	if b.Name != "county" || b.Keywords != "安全生产月" || b.Since != "2023-01-01" || len(b.Start) != 2 ||
		b.Start[0] != "http://trs.test/xwzx/gzdt/index.html" || b.Pages != "index_{n}.html" {
		t.Errorf("proposed block %+v", b)
	}
}
