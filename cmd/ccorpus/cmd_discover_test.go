package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/crawler/discover/discovertest"
	"github.com/ccorpus/ccorpus/store/sqlite"
)

// TestDiscoverThenCrawlCLI runs the researcher's workflow on the invented
// sites: a CSV of home pages → ccorpus discover → ccorpus crawl on the
// written file as it is → articles in the database.
func TestDiscoverThenCrawlCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the pipeline")
	}
	w := discovertest.NewWeb(t)
	dir := t.TempDir()
	csv := "单位名称,网址,级别\n"
	for _, h := range w.Hosts() {
		csv += "某某" + h + "," + h + ",县级\n"
	}
	sites := filepath.Join(dir, "sites.csv")
	if err := os.WriteFile(sites, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	sources := filepath.Join(dir, "sources.toml")
	args := []string{"discover", "--out", sources, "--keywords", "质量月|安全生产月|食品安全宣传周|消费者权益日|特种设备安全|计量宣传|标准化工作|知识产权宣传周",
		"--allow-private", "--rate", "200", "--workers", "3"}
	for from, to := range w.Resolve() {
		args = append(args, "--resolve", from+"="+to)
	}
	var out, errb bytes.Buffer
	err := runCLI(context.Background(), append(args, sites), &out, &errb)
	if exitCode(err) != exitPartial { // js.test fails, as it must
		t.Fatalf("discover: %v (exit %d)\n%s\n%s", err, exitCode(err), out.String(), errb.String())
	}
	table := out.String()
	for _, want := range []string{"js.test", "failed", "JavaScript-only", "blocked: robots.txt", "trs.test", "discover: 10 sites: 8 ok, 0 partial, 2 failed"} {
		if !strings.Contains(table, want) {
			t.Errorf("summary table lacks %q:\n%s", want, table)
		}
	}
	written, _ := os.ReadFile(sources)
	if !strings.Contains(string(written), "check: 3 of 3 sample articles read") {
		t.Errorf("the blocks do not carry the pipeline check:\n%s", written)
	}
	db := filepath.Join(dir, "corpus.db")
	out.Reset()
	errb.Reset()
	if err := runCLI(context.Background(), []string{"crawl", "--db", db, "--sources", sources, "--progress", "off"}, &out, &errb); err != nil {
		t.Fatalf("crawl: %v\n%s\n%s", err, out.String(), errb.String())
	}
	sdb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	stored := map[string]bool{}
	rows, err := sdb.SQL().QueryContext(context.Background(), "SELECT url FROM documents")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var u string
		rows.Scan(&u)
		stored[u] = true
	}
	rows.Close()
	total, found := 0, 0
	for _, h := range w.Hosts() {
		for _, a := range w.Sites[h].Articles {
			total++
			if stored[a] {
				found++
			}
		}
	}
	t.Logf("crawl of the discovered file stored %d of %d articles", found, total)
	if found*100 < total*95 {
		t.Errorf("stored %d of %d articles\n%s", found, total, out.String())
	}

	// --json reports the same sites, and --update keeps what still works.
	out.Reset()
	if err := runCLI(context.Background(), []string{"discover", "--update", sources, "--out", filepath.Join(dir, "proposed.toml"), "--json", "--rate", "200"}, &out, &errb); exitCode(err) != exitOK {
		t.Fatalf("discover --update: %v\n%s", err, errb.String())
	}
	var reports []struct {
		Name      string `json:"name"`
		Status    string `json:"status"`
		Unchanged bool   `json:"unchanged"`
	}
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(reports) != 8 {
		t.Errorf("--update checked %d blocks, want the 8 active ones", len(reports))
	}
	for _, r := range reports {
		if !r.Unchanged || r.Status != "ok" {
			t.Errorf("--update: %+v", r)
		}
	}
}
