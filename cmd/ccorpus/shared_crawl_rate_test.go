package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSharedCrawlRate crawls 50 loopback hosts limited to 2 requests/s each
// with three processes on one PostgreSQL store, and checks on the server
// side that together they reach at least 90 % of the 100 requests/s the
// limits allow (from the first request to the last), with no host above
// its limit.
func TestSharedCrawlRate(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls for about 20 s with three processes")
	}
	pg := pgTestDB(t)
	const hosts, perHost, rate = 50, 40, 2 // perHost requests: robots.txt, the list, 38 articles
	var mu sync.Mutex
	arrivals := map[string][]time.Time{}
	others := map[string]int{} // paths the crawler asks for besides robots.txt, the list and the articles
	var b strings.Builder
	fmt.Fprintf(&b, "[crawl]\nallow_private = true\nhost_rate = %d\nhost_parallel = 1\ntimeout = \"5s\"\n", rate)
	for h := 0; h < hosts; h++ {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			arrivals[r.Host] = append(arrivals[r.Host], time.Now())
			mu.Unlock()
			var art int
			switch {
			case r.URL.Path == "/robots.txt":
				fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
			case r.URL.Path == "/news/index.html":
				fmt.Fprint(w, `<html><head><meta charset="utf-8"><title>工作动态</title></head><body><ul class="list">`)
				for i := 0; i < perHost-2; i++ {
					fmt.Fprintf(w, `<li><a href="/news/t2024_%d.html">2024年“质量月”活动 %d</a><span>2024-09-%02d</span></li>`, i, i, i%28+1)
				}
				fmt.Fprint(w, `</ul></body></html>`)
			case sscanf(r.URL.Path, "/news/t2024_%d.html", &art):
				fmt.Fprintf(w, `<html><head><meta charset="utf-8"><title>第%d站2024年“质量月”活动 %d</title></head><body>
<div class="content"><h1>第%d站2024年“质量月”活动 %d</h1><p>发布时间：2024-09-%02d</p>
<p>9月1日，河北省市场监督管理局联合%d个部门启动2024年“质量月”活动，开展质量咨询、标准宣贯等活动。</p></div></body></html>`,
					h, art, h, art, art%28+1, art%9+3)
			default:
				mu.Lock()
				others[r.URL.Path]++
				mu.Unlock()
				http.NotFound(w, r)
			}
		}))
		t.Cleanup(srv.Close)
		fmt.Fprintf(&b, "\n[[site]]\nname = \"host%d\"\nstart = [\"%s/news/index.html\"]\narticles = \"ul.list\"\n", h, srv.URL)
	}
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.toml")
	if err := os.WriteFile(sources, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var cmds []*exec.Cmd
	for i := 0; i < 3; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSharedCrawlChild$")
		cmd.Env = append(os.Environ(), fmt.Sprintf("CCORPUS_SHARED_CRAWL_CHILD=%s\nr%d\n%s\n%s", pg, i, sources, filepath.Join(dir, "warc")))
		cmd.Stderr = &prefixWriter{t: t, prefix: fmt.Sprintf("r%d: ", i)}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("crawler r%d: %v", i, err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	var all []time.Time
	longest := 0
	closest := time.Hour
	for host, ts := range arrivals {
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		for i := 1; i < len(ts); i++ {
			closest = min(closest, ts[i].Sub(ts[i-1]))
		}
		// As crawler's TestThroughputFiftyHosts: five requests span at least
		// four intervals less 25 % (the server sees a request late when the
		// sending process was descheduled, so one gap alone says little).
		for i := 0; i+4 < len(ts); i++ {
			if span := ts[i+4].Sub(ts[i]); span < 4*time.Second/rate*3/4 {
				t.Errorf("host %s: 5 requests within %v", host, span)
			}
		}
		longest = max(longest, len(ts))
		all = append(all, ts...)
	}
	if len(arrivals) != hosts || len(all) < hosts*perHost {
		t.Errorf("%d requests to %d hosts, want at least %d to %d", len(all), len(arrivals), hosts*perHost, hosts)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Before(all[j]) })
	span := all[len(all)-1].Sub(all[0])
	// n requests to a host take (n-1) intervals at best.
	ideal := time.Duration(longest-1) * time.Second / rate
	got := float64(len(all)) / span.Seconds()
	allowed := float64(len(all)) / ideal.Seconds()
	t.Logf("%d requests to %d hosts by 3 processes in %v: %.1f requests/s, %.0f %% of the %.1f/s the limits allow; closest two requests to a host %v apart (other paths asked for: %v)",
		len(all), len(arrivals), span.Round(time.Millisecond), got, 100*got/allowed, allowed, closest.Round(time.Millisecond), others)
	if got < 0.9*allowed {
		t.Errorf("%.1f requests/s is under 90 %% of the %.1f the limits allow", got, allowed)
	}
}
