package discover

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/discover/discovertest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.toml")

// fixedDay dates the golden files.
var fixedDay = time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)

func testConfig(w *discovertest.Web) crawler.Config {
	return crawler.Config{AllowPrivate: true, HostRate: 500, Timeout: crawler.Duration{Duration: 5 * time.Second}, Resolve: w.Resolve()}
}

func discoverAll(t *testing.T, w *discovertest.Web, opts Options) []*Report {
	t.Helper()
	d := New(NewClient(testConfig(w)), opts)
	var reports []*Report
	for _, h := range w.Hosts() {
		reports = append(reports, d.Site(context.Background(), h))
	}
	return reports
}

// TestDiscoverSites checks the block discovery writes for each invented
// site against testdata/HOST.toml (go test -update rewrites them).
func TestDiscoverSites(t *testing.T) {
	w := discovertest.NewWeb(t)
	want := map[string]string{
		"trs.test": StatusOK, "hanweb.test": StatusOK, "jiyue.test": StatusOK, "wp.test": StatusOK,
		"deep.test": StatusOK, "sitemap.test": StatusOK, "gbk.test": StatusOK, "redirect.test": StatusOK,
		"js.test": StatusFailed, "blocked.test": StatusFailed,
	}
	for _, r := range discoverAll(t, w, Options{Keywords: "质量月|安全生产月"}) {
		t.Run(r.Name, func(t *testing.T) {
			if r.Status != want[r.Name] {
				t.Errorf("status %s (%s), want %s", r.Status, r.Reason, want[r.Name])
			}
			if r.Fetches > 30 {
				t.Errorf("%d fetches, over the budget", r.Fetches)
			}
			var b strings.Builder
			writeReport(&b, r)
			path := filepath.Join("testdata", r.Name+".toml")
			if *update {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			golden, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if b.String() != string(golden) {
				t.Errorf("block:\n%s\nwant:\n%s", b.String(), golden)
			}
		})
	}
}

// TestDiscoverThenCrawl discovers every invented site, writes the sources
// file, and crawls it as it is: every site that discovery marks ok must
// yield at least 95 % of its articles.
func TestDiscoverThenCrawl(t *testing.T) {
	w := discovertest.NewWeb(t)
	cfg := testConfig(w)
	reports := discoverAll(t, w, Options{})
	var file bytes.Buffer
	if err := WriteSources(&file, cfg, reports, fixedDay); err != nil {
		t.Fatal(err)
	}
	src, err := crawler.ParseSources(file.String())
	if err != nil {
		t.Fatalf("crawl does not accept the discovered file: %v\n%s", err, file.String())
	}
	var mu sync.Mutex
	got := map[string]bool{}
	sink := crawler.SinkFunc(func(_ context.Context, f crawler.Fetched) error {
		mu.Lock()
		got[f.URL] = true
		mu.Unlock()
		return nil
	})
	c, err := crawler.New(src, crawler.NewMemoryFrontier(), sink, nil, crawler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, r := range reports {
		status[r.Name] = r.Status
	}
	total, found := 0, 0
	for _, h := range w.Hosts() {
		s := w.Sites[h]
		n := 0
		for _, a := range s.Articles {
			if got[a] {
				n++
			}
		}
		t.Logf("%-14s %-7s %3d of %3d articles", h, status[SiteName("http://"+h+"/")], n, len(s.Articles))
		if status[SiteName("http://"+h+"/")] != StatusOK {
			continue
		}
		total += len(s.Articles)
		found += n
		if n*100 < len(s.Articles)*95 {
			t.Errorf("%s: crawl found %d of %d articles", h, n, len(s.Articles))
		}
	}
	t.Logf("all ok sites: %d of %d articles (%.1f%%)", found, total, 100*float64(found)/float64(total))
}
