package main

import (
	"context"
	"fmt"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// killSite is a three-page TRS-style news list with eight press releases
// per page; it counts requests so a test can kill the crawler at the n-th.
type killSite struct {
	*httptest.Server
	mu    sync.Mutex
	count int
	onHit func(n int)
}

func newKillSite(t *testing.T) *killSite {
	s := &killSite{}
	provinces := []string{"河北省", "山东省", "江苏省", "浙江省", "四川省", "云南省"}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.count++
		n, hook := s.count, s.onHit
		s.mu.Unlock()
		if hook != nil {
			hook(n)
		}
		var page int
		var art int
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
		case r.URL.Path == "/news/index.html" || sscanf(r.URL.Path, "/news/index_%d.html", &page):
			fmt.Fprint(w, `<html><head><meta charset="utf-8"><title>工作动态</title></head><body><ul class="list">`)
			for i := 0; i < 8; i++ {
				id := page*8 + i
				fmt.Fprintf(w, `<li><a href="/news/2024/t20240901_%d.html">%s2024年“质量月”活动 %d</a><span>2024-09-%02d</span></li>`,
					id, provinces[id%len(provinces)], id, id%28+1)
			}
			fmt.Fprint(w, `</ul><script>createPageHTML(3, 0, "index", "html");</script></body></html>`)
		case sscanf(r.URL.Path, "/news/2024/t20240901_%d.html", &art):
			p := provinces[art%len(provinces)]
			fmt.Fprintf(w, `<html><head><meta charset="utf-8"><title>%s2024年“质量月”活动 %d</title></head><body>
<div class="content"><h1>%s2024年“质量月”活动 %d</h1><p>发布时间：2024-09-%02d</p>
<p>9月1日，%s市场监管局联合%d个部门启动2024年“质量月”活动，开展质量开放日、质量知识竞赛等活动。</p></div></body></html>`,
				p, art, p, art, art%28+1, p, art%12+3)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func sscanf(s, format string, v *int) bool {
	n, err := fmt.Sscanf(s, format, v)
	return err == nil && n == 1
}

func writeKillSources(t *testing.T, dir, base string) string {
	p := filepath.Join(dir, "sources.toml")
	err := os.WriteFile(p, []byte(fmt.Sprintf(`[crawl]
allow_private = true
host_rate = 40
timeout = "5s"

[[site]]
name = "killsite"
start = ["%s/news/index.html"]
articles = "ul.list"
`, base)), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCrawlChild is the crawling subprocess of TestCrawlKilledAndResumed.
func TestCrawlChild(t *testing.T) {
	args := os.Getenv("CCORPUS_CRAWL_CHILD")
	if args == "" {
		t.Skip("run as a subprocess by TestCrawlKilledAndResumed")
	}
	db, sources, _ := strings.Cut(args, "\n")
	err := runCLI(context.Background(), []string{"crawl", "--db", db, "--sources", sources, "--progress", "off"}, io.Discard, os.Stderr)
	os.Exit(exitCode(err))
}

// TestCrawlKilledAndResumed kills a crawling subprocess with SIGKILL at
// random requests several times, runs it to the end, and checks that the
// stored corpus equals that of an uninterrupted crawl.
func TestCrawlKilledAndResumed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four crawling processes")
	}
	site := newKillSite(t)
	dir := t.TempDir()
	sources := writeKillSources(t, dir, site.URL)
	crawl := func(db string, killAt int) (killed bool, err error) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrawlChild$")
		cmd.Env = append(os.Environ(), "CCORPUS_CRAWL_CHILD="+db+"\n"+sources)
		cmd.Stderr = io.Discard
		var once sync.Once
		site.mu.Lock()
		site.count = 0
		site.onHit = func(n int) {
			if killAt > 0 && n == killAt {
				once.Do(func() { killed = true; cmd.Process.Kill() })
			}
		}
		site.mu.Unlock()
		start := time.Now()
		if err := cmd.Start(); err != nil {
			return false, err
		}
		err = cmd.Wait()
		t.Logf("crawl run: %v, killed %v", time.Since(start), killed)
		site.mu.Lock()
		site.onHit = nil
		site.mu.Unlock()
		return killed, err
	}

	ref := filepath.Join(dir, "ref.db")
	if _, errs, code := run(t, "crawl", "--db", ref, "--sources", sources, "--progress", "off"); code != exitOK {
		t.Fatalf("uninterrupted crawl: exit %d: %s", code, errs)
	}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	killedDB := filepath.Join(dir, "killed.db")
	kills := 0
	// A full crawl makes 28 requests (robots.txt, 3 lists, 24 articles); a
	// resumed one fewer. Killing at one of the first 8 requests of each of
	// three runs leaves work for the last.
	const runs = 3
	for i := 0; i < runs; i++ {
		killed, err := crawl(killedDB, 1+rng.IntN(8))
		if killed {
			kills++
		} else if err != nil {
			t.Fatalf("crawl %d (seed %d): %v", i, seed, err)
		}
	}
	if _, err := crawl(killedDB, 0); err != nil {
		t.Fatalf("final crawl (seed %d): %v", seed, err)
	}
	want, got := corpus(t, ref), corpus(t, killedDB)
	if len(want) != 24 {
		t.Fatalf("uninterrupted crawl stored %d pages, want 24", len(want))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("corpus after %d kills (seed %d) differs:\n got %d rows\nwant %d rows", kills, seed, len(got), len(want))
	}
	if kills < 2 {
		t.Errorf("only %d of %d runs were killed", kills, runs)
	}
	t.Logf("%d of %d runs killed mid-crawl (seed %d); corpus of %d pages identical", kills, runs, seed, len(got))
}

// corpus lists the stored documents and records of a database, one line each.
func corpus(t *testing.T, path string) []string {
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.SQL().Query(`SELECT d.doc_key, d.raw_hash, d.text_hash, coalesce(d.title, ''),
		(SELECT count(*) FROM records r WHERE r.document_id = d.id) FROM documents d ORDER BY d.doc_key`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var key, raw, text, title string
		var recs int
		if err := rows.Scan(&key, &raw, &text, &title, &recs); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %s %s %s %d", key, raw, text, title, recs))
	}
	return out
}

// TestCrawlThenIngestWARC crawls into one database and ingests the crawl's
// WARC into another: the archive holds every page as fetched.
func TestCrawlThenIngestWARC(t *testing.T) {
	site := newKillSite(t)
	dir := t.TempDir()
	sources := writeKillSources(t, dir, site.URL)
	db := filepath.Join(dir, "c.db")
	out, errs, code := run(t, "crawl", "--db", db, "--sources", sources, "--progress", "off")
	if code != exitOK || !strings.Contains(out, "crawl: 24 new, 0 changed, 0 unchanged, 3 lists, 0 failed") {
		t.Fatalf("crawl exit %d: %s%s", code, out, errs)
	}
	out, _, code = run(t, "crawl", "--db", db, "--sources", sources, "--progress", "off")
	if code != exitOK || !strings.Contains(out, "crawl: 0 new, 0 changed, 1 unchanged") {
		t.Fatalf("second crawl exit %d: %s", code, out)
	}
	fetches := filepath.Join(dir, "fetches.csv")
	if _, errs, code := run(t, "export", "--db", db, "--format", "csv", "--table", "fetches", "--out", fetches); code != exitOK {
		t.Fatalf("export fetches: %s", errs)
	}
	if b, _ := os.ReadFile(fetches); strings.Count(string(b), "\n") != 1+27+1 { // header, run 1 (3 lists, 24 articles), run 2 (the first list)
		t.Errorf("fetch log export:\n%s", b)
	}
	warcs, _ := filepath.Glob(filepath.Join(db+".warc", "*.warc.gz"))
	if len(warcs) != 2 {
		t.Fatalf("WARC files %v", warcs)
	}
	args := append([]string{"ingest", "--db", filepath.Join(dir, "w.db")}, warcs...)
	out, errs, code = run(t, args...)
	if code != exitOK || !strings.Contains(out, "28 pages: 27 new, 0 updated, 1 unchanged") { // the list page twice
		t.Fatalf("ingest of WARC exit %d: %s%s", code, out, errs)
	}
	if got, want := len(corpus(t, filepath.Join(dir, "w.db"))), 27; got != want {
		t.Errorf("%d documents from the WARC, want %d", got, want)
	}
}
