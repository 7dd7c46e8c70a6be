package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "demo.db"), filepath.Join(dir, "demo.csv")
	stdout, errs, code := run(t, "demo", "--db", db, "--out", out)
	if code != exitOK {
		t.Fatalf("demo exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "crawl: 10 new") || !strings.Contains(stdout, "2 lists") || !strings.Contains(stdout, "campaign") {
		t.Fatalf("demo output:\n%s", stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("demo CSV: %d rows, %v", len(rows), err)
	}
	// Running it again fetches only the first list page, unchanged (304).
	stdout, _, code = run(t, "demo", "--db", db, "--out", out)
	if code != exitOK || !strings.Contains(stdout, "crawl: 0 new, 0 changed, 1 unchanged") {
		t.Fatalf("second demo run exit %d:\n%s", code, stdout)
	}
	stats, _, code := run(t, "stats", "--db", db)
	if code != exitOK || !strings.Contains(stats, "documents 10") || !strings.Contains(stats, "crawl frontier URLs by state") {
		t.Errorf("stats after the demo, exit %d:\n%s", code, stats)
	}
	// The GBK page was decoded.
	sdb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var text string
	err = sdb.SQL().QueryRow(`SELECT text FROM documents WHERE source LIKE '%art_1004.html'`).Scan(&text)
	if err != nil || !strings.Contains(text, "成都市") {
		t.Errorf("GBK page text not decoded (%v): %.200q", err, text)
	}
}

var hrefRe = regexp.MustCompile(`href="([^"#:]+)"`)

// TestDemoSiteIsCoherent checks that the bundled site is a site: every local
// link resolves to a bundled file and every article is reachable from index.html.
func TestDemoSiteIsCoherent(t *testing.T) {
	names, err := demoPages()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 10 || len(names) > 14 {
		t.Fatalf("%d demo pages, want 10 to 14", len(names))
	}
	seen := map[string]bool{}
	queue := []string{path.Join(demoRoot, "index.html")}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		raw, err := fs.ReadFile(demoSite, p)
		if err != nil {
			t.Fatalf("link to missing file %s", p)
		}
		for _, m := range hrefRe.FindAllSubmatch(raw, -1) {
			target := path.Join(path.Dir(p), string(m[1]))
			if _, err := fs.Stat(demoSite, target); err != nil {
				t.Errorf("%s links to missing %s", p, m[1])
				continue
			}
			if strings.HasSuffix(target, ".html") {
				queue = append(queue, target)
			}
		}
	}
	for _, n := range names {
		if !seen[n] {
			t.Errorf("%s is not reachable from index.html", n)
		}
	}
}

// TestIngestWARCFolder ingests the folder of WARC files a demo crawl leaves
// and gets the same records as the crawl stored.
func TestIngestWARCFolder(t *testing.T) {
	dir := t.TempDir()
	crawled, out := filepath.Join(dir, "demo.db"), filepath.Join(dir, "demo.csv")
	if _, errs, code := run(t, "demo", "--db", crawled, "--out", out); code != exitOK {
		t.Fatalf("demo exit %d: %s", code, errs)
	}
	warcs, _ := filepath.Glob(filepath.Join(crawled+".warc", "*.warc*"))
	if len(warcs) == 0 {
		t.Skip("the demo crawl left no WARC files")
	}
	ingested := filepath.Join(dir, "warc.db")
	stdout, errs, code := run(t, "ingest", "--db", ingested, crawled+".warc")
	if code != exitOK || strings.Contains(stdout, " 0 new") {
		t.Fatalf("ingest of the WARC folder: exit %d, %q %s", code, stdout, errs)
	}
	keys := func(db string) string {
		csvOut, _, _ := run(t, "export", "--db", db, "--format", "csv")
		rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, r := range rows {
			b.WriteString(strings.Join([]string{r[0], r[7], r[8], r[10], r[12], r[14]}, ",") + "\n")
		}
		return b.String()
	}
	if a, b := keys(crawled), keys(ingested); a != b {
		t.Errorf("records from the crawl and from its WARC files differ:\n%s\n%s", a, b)
	}
}
