package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"
)

// TestThroughputFiftyHosts crawls 50 loopback hosts, each limited to 2
// requests/s, and reports the page rate as a ratio of the 100 pages/s the
// limits allow. Every host's limit is checked on the server side.
func TestThroughputFiftyHosts(t *testing.T) {
	if testing.Short() {
		t.Skip("takes 6 s")
	}
	const hosts, articles, perSecond = 50, 10, 2.0
	var mu sync.Mutex
	arrivals := map[string][]time.Time{}
	var sites []Site
	for h := 0; h < hosts; h++ {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			arrivals[r.Host] = append(arrivals[r.Host], time.Now())
			mu.Unlock()
			switch r.URL.Path {
			case "/robots.txt":
				fmt.Fprint(w, "User-agent: *\nDisallow:\n")
			case "/news/index.html":
				fmt.Fprint(w, `<html><body><ul class="list">`)
				for i := 0; i < articles; i++ {
					fmt.Fprintf(w, `<li><a href="/news/t20240901_%d.html">质量月活动第%d篇</a></li>`, i, i)
				}
				fmt.Fprint(w, `</ul></body></html>`)
			default:
				fmt.Fprintf(w, "<html><body><h1>质量月</h1><p>%s</p></body></html>", r.URL.Path)
			}
		}))
		t.Cleanup(srv.Close)
		sites = append(sites, Site{Name: fmt.Sprintf("h%02d", h), Start: []string{srv.URL + "/news/index.html"}, Rate: perSecond})
	}
	cfg := testConfig()
	cfg.HostRate = perSecond
	for i := range sites {
		if err := sites[i].check(); err != nil {
			t.Fatal(err)
		}
	}
	sink := newMemorySink()
	c, err := New(Sources{Crawl: cfg, Sites: sites}, NewMemoryFrontier(), sink, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	sum, err := c.Run(ctx)
	elapsed := time.Since(start)
	close(stop)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	pages := sum.New + sum.Lists
	if want := hosts * (articles + 1); pages != want {
		t.Fatalf("fetched %d pages, want %d (%+v)", pages, want, sum)
	}
	// Each host's 12 requests (robots.txt, list, 10 articles) at 2/s take
	// 5.5 s from the first: 11 pages in 5.5 s is the 2 pages/s the limit allows.
	ideal := float64(hosts) * perSecond
	rate := float64(pages) / elapsed.Seconds()
	ratio := rate / ideal
	maxRate := 0.0
	mu.Lock()
	for host, ts := range arrivals {
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		for i := 0; i+4 < len(ts); i++ {
			// Five requests must span at least four intervals, less 25%:
			// the server sees a request late when its connection was slow
			// to open or the process was descheduled (a loaded machine, or
			// other test packages running beside this one), which makes the
			// gap after it look short though the sending was paced. The
			// overall rate per host is checked more tightly below.
			if span := ts[i+4].Sub(ts[i]); span < time.Duration(float64(4*time.Second)/perSecond*0.75) {
				t.Errorf("host %s: 5 requests within %v", host, span)
			}
		}
		if n := len(ts); n > 1 {
			maxRate = max(maxRate, float64(n-1)/ts[n-1].Sub(ts[0]).Seconds())
		}
	}
	mu.Unlock()
	t.Logf("%d pages from %d hosts in %v: %.1f pages/s; ratio to the 100 pages/s the limits allow: %.3f; fastest host %.2f req/s (limit %.0f); peak heap %.1f MB",
		pages, hosts, elapsed.Round(time.Millisecond), rate, ratio, maxRate, perSecond, float64(peak)/(1<<20))
	// The bar is 0.90 (measured 0.997-0.999 on a quiet machine); the test
	// fails only below 0.75 so that a busy CI machine does not fail it, and
	// says when the bar was missed.
	if ratio < 0.9 {
		t.Logf("throughput ratio %.3f is under the 0.90 bar (machine busy?)", ratio)
	}
	if ratio < 0.75 {
		t.Errorf("throughput ratio %.3f < 0.75", ratio)
	}
	if maxRate > perSecond*1.05 {
		t.Errorf("a host saw %.2f req/s, over its limit %.0f", maxRate, perSecond)
	}
}
