package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
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

// hostLog is the server side of one host of the misbehaving site: when each
// request started and ended, and the most in flight at once.
type hostLog struct {
	mu       sync.Mutex
	starts   []time.Time
	inFlight int
	maxIn    int
	holdOff  time.Time // a Retry-After sent: no request before this
	early    int       // requests that came during a hold-off
}

// misbehavingSite is several hosts (one httptest server each) of news lists
// and articles that answer slowly, send 503 with Retry-After once per
// article, and (the first host) ask for a Crawl-delay in robots.txt.
type misbehavingSite struct {
	servers []*httptest.Server
	logs    []*hostLog
	mu      sync.Mutex
	refused map[string]bool
	hits    int
	onHit   func(n int)
}

const (
	sharedArticles = 6 // per host
	sharedRate     = 4 // host_rate: requests per second per host
	crawlDelayHost = 0 // the host whose robots.txt sets Crawl-delay: 1
)

func newMisbehavingSite(t *testing.T, hosts int) *misbehavingSite {
	s := &misbehavingSite{refused: map[string]bool{}}
	for h := 0; h < hosts; h++ {
		lg := &hostLog{}
		s.logs = append(s.logs, lg)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			now := time.Now()
			lg.mu.Lock()
			lg.starts = append(lg.starts, now)
			if now.Before(lg.holdOff) {
				lg.early++
			}
			lg.inFlight++
			lg.maxIn = max(lg.maxIn, lg.inFlight)
			lg.mu.Unlock()
			defer func() { lg.mu.Lock(); lg.inFlight--; lg.mu.Unlock() }()
			s.mu.Lock()
			s.hits++
			n, hook := s.hits, s.onHit
			first := !s.refused[r.Host+r.URL.Path]
			s.refused[r.Host+r.URL.Path] = true
			s.mu.Unlock()
			if hook != nil {
				hook(n)
			}
			time.Sleep(time.Duration(20+len(r.URL.Path)%4*20) * time.Millisecond)
			var art int
			switch {
			case r.URL.Path == "/robots.txt":
				if h == crawlDelayHost {
					fmt.Fprint(w, "User-agent: *\nCrawl-delay: 1\n")
				} else {
					fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
				}
			case r.URL.Path == "/news/index.html":
				fmt.Fprint(w, `<html><head><meta charset="utf-8"><title>工作动态</title></head><body><ul class="list">`)
				for i := 0; i < sharedArticles; i++ {
					fmt.Fprintf(w, `<li><a href="/news/t2024_%d.html">第%d站2024年“安全生产月”活动 %d</a><span>2024-06-%02d</span></li>`, i, h, i, i%28+1)
				}
				fmt.Fprint(w, `</ul></body></html>`)
			case sscanf(r.URL.Path, "/news/t2024_%d.html", &art):
				if first && art%3 == 0 {
					lg.mu.Lock()
					lg.holdOff = time.Now().Add(time.Second)
					lg.mu.Unlock()
					w.Header().Set("Retry-After", "1")
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				provinces := []string{"河北省", "山东省", "江苏省", "浙江省"}
				p := provinces[(h+art)%len(provinces)]
				fmt.Fprintf(w, `<html><head><meta charset="utf-8"><title>%s2024年“安全生产月”活动 %d-%d</title></head><body>
<div class="content"><h1>%s2024年“安全生产月”活动 %d-%d</h1><p>发布时间：2024-06-%02d</p>
<p>6月1日，%s应急管理厅联合%d个部门启动2024年“安全生产月”活动，开展应急演练、隐患排查等活动。</p></div></body></html>`,
					p, h, art, p, h, art, art%28+1, p, art%12+3)
			default:
				http.NotFound(w, r)
			}
		}))
		t.Cleanup(srv.Close)
		s.servers = append(s.servers, srv)
	}
	return s
}

// reset forgets the request logs (between the reference crawl and the shared one).
func (s *misbehavingSite) reset() {
	s.mu.Lock()
	s.refused, s.hits = map[string]bool{}, 0
	s.mu.Unlock()
	for _, lg := range s.logs {
		lg.mu.Lock()
		lg.starts, lg.maxIn, lg.early, lg.holdOff = nil, 0, 0, time.Time{}
		lg.mu.Unlock()
	}
}

func (s *misbehavingSite) writeSources(t *testing.T, dir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[crawl]\nallow_private = true\nhost_rate = %d\nhost_parallel = 1\ntimeout = \"5s\"\nbackoff = \"200ms\"\nmax_wait = \"5s\"\n", sharedRate)
	for i, srv := range s.servers {
		fmt.Fprintf(&b, "\n[[site]]\nname = \"host%d\"\nstart = [\"%s/news/index.html\"]\narticles = \"ul.list\"\n", i, srv.URL)
	}
	p := filepath.Join(dir, "sources.toml")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkPoliteness reads the server-side logs: over all processes together,
// no host had two requests in flight, two request starts closer than its
// interval (1 s after robots.txt asked for a Crawl-delay), or a request
// during a Retry-After.
func (s *misbehavingSite) checkPoliteness(t *testing.T) {
	const slack = 50 * time.Millisecond // timers, scheduling and connection set-up on a busy machine
	for h, lg := range s.logs {
		lg.mu.Lock()
		starts := append([]time.Time(nil), lg.starts...)
		maxIn, early := lg.maxIn, lg.early
		lg.mu.Unlock()
		sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
		interval := time.Second / sharedRate
		minGap := time.Hour
		for i := 1; i < len(starts); i++ {
			gap := starts[i].Sub(starts[i-1])
			want := interval
			if h == crawlDelayHost && i >= 2 { // robots.txt came first
				want = time.Second
			}
			minGap = min(minGap, gap)
			if gap < want-slack {
				t.Errorf("host %d: requests %d and %d %v apart, limit %v", h, i-1, i, gap, want)
			}
		}
		if maxIn > 1 {
			t.Errorf("host %d: %d requests in flight at once, limit 1", h, maxIn)
		}
		if early > 0 {
			t.Errorf("host %d: %d requests during a Retry-After", h, early)
		}
		t.Logf("host %d: %d requests, closest %v apart, at most %d in flight", h, len(starts), minGap, maxIn)
	}
}

// TestSharedCrawlChild is one crawling process of TestSharedCrawl.
func TestSharedCrawlChild(t *testing.T) {
	spec := os.Getenv("CCORPUS_SHARED_CRAWL_CHILD")
	if spec == "" {
		t.Skip("run as a subprocess by TestSharedCrawl")
	}
	f := strings.Split(spec, "\n")
	err := runCLI(context.Background(), []string{"crawl", "--db", f[0], "--worker", f[1], "--sources", f[2],
		"--warc", f[3], "--lease", "2s", "--progress", "off"}, io.Discard, os.Stderr)
	os.Exit(exitCode(err))
}

// TestSharedCrawl crawls a misbehaving four-host site with three processes
// on one PostgreSQL store, kills one with SIGKILL mid-crawl, and checks that
// the survivors finish, that no host saw more than its limits summed over
// the processes, and that the corpus equals a one-process crawl's.
func TestSharedCrawl(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three crawling processes")
	}
	pg := pgTestDB(t)
	site := newMisbehavingSite(t, 4)
	dir := t.TempDir()
	sources := site.writeSources(t, dir)
	ref := filepath.Join(dir, "ref.db")
	if _, errs, code := run(t, "crawl", "--db", ref, "--sources", sources, "--progress", "off"); code != exitOK {
		t.Fatalf("one-process crawl: exit %d: %s", code, errs)
	}
	site.checkPoliteness(t)
	site.reset()

	warc := filepath.Join(dir, "warc")
	var cmds []*exec.Cmd
	for i := 0; i < 3; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSharedCrawlChild$")
		cmd.Env = append(os.Environ(), fmt.Sprintf("CCORPUS_SHARED_CRAWL_CHILD=%s\nw%d\n%s\n%s", pg, i, sources, warc))
		cmd.Stderr = &prefixWriter{t: t, prefix: fmt.Sprintf("w%d: ", i)}
		cmds = append(cmds, cmd)
	}
	var once sync.Once
	killed := make(chan struct{})
	site.mu.Lock()
	site.onHit = func(n int) {
		if n == 12 {
			once.Do(func() { cmds[0].Process.Kill(); close(killed) })
		}
	}
	site.mu.Unlock()
	start := time.Now()
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	var codes []int
	for i, c := range cmds {
		err := c.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		codes = append(codes, code)
		t.Logf("worker w%d: %v after %v", i, err, time.Since(start))
	}
	select {
	case <-killed:
	default:
		t.Fatal("the first worker was never killed")
	}
	if codes[1] != 0 || codes[2] != 0 {
		t.Fatalf("survivors exited %v", codes[1:])
	}
	site.checkPoliteness(t)

	for _, table := range []string{"records", "activities"} {
		if got, want := sortedLines(t, pg, table), sortedLines(t, ref, table); got != want {
			t.Fatalf("shared crawl's %s differ from the one-process crawl's:\n got %s\nwant %s", table, got, want)
		}
	}
	got, want := documentKeys(t, pg), documentKeys(t, ref)
	if got != want {
		t.Fatalf("shared crawl's documents differ from the one-process crawl's:\n got %s\nwant %s", got, want)
	}
	if n := strings.Count(want, "\n"); n < 4*sharedArticles {
		t.Fatalf("only %d documents", n)
	}
	stats, _, _ := run(t, "stats", "--db", pg)
	if !strings.Contains(stats, "crawl w1") || !strings.Contains(stats, "crawl w2") {
		t.Errorf("stats show no per-worker progress:\n%s", stats)
	}
	files, _ := filepath.Glob(filepath.Join(warc, "ccorpus-w*.warc.gz"))
	if len(files) < 2 {
		t.Errorf("WARC files %v, want one per worker", files)
	}
}

// sortedLines is the records export of a store, its rows sorted (processes
// store pages in different orders).
func sortedLines(t *testing.T, db, table string) string {
	out, errs, code := run(t, "export", "--db", db, "--format", "csv", "--table", table)
	if code != exitOK {
		t.Fatalf("export %s: %s", db, errs)
	}
	lines := strings.Split(strings.TrimRight(out, "\r\n"), "\r\n")
	sort.Strings(lines[1:])
	return strings.Join(lines, "\n") + "\n"
}

// documentKeys is each stored document's key, hashes, title and facts, one
// line each, sorted (the documents table less its times).
func documentKeys(t *testing.T, db string) string {
	out, errs, code := run(t, "export", "--db", db, "--format", "jsonl", "--table", "documents")
	if code != exitOK {
		t.Fatalf("export %s: %s", db, errs)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprint(d["doc_key"], d["raw_hash"], d["text_hash"], d["title"], d["on_topic"], d["campaign"],
			d["record_count"], d["previous_hashes"]))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

// prefixWriter logs a child's stderr through t.
type prefixWriter struct {
	t      testing.TB
	prefix string
}

func (w *prefixWriter) Write(b []byte) (int, error) {
	for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR") || strings.Contains(l, "ccorpus") {
			w.t.Log(w.prefix + l)
		}
	}
	return len(b), nil
}
