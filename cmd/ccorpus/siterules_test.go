package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract/content"
)

// rulePage is an article whose generic main region is a long 相关报道 block:
// only the site rule's selector (div.zw) finds the release, and only the
// rule's region (泰顺县) says which county it reports on.
const rulePage = `<html><head><meta charset="utf-8"><title>开展质量月活动</title></head><body>
<div class="zw"><p>9月1日，县市场监管局联合8个部门在城关广场启动2024年“质量月”活动，开展质量开放日、质量知识竞赛等活动，服务群众300余人次。</p>
<p>活动现场，工作人员向过往群众发放宣传资料，解答质量安全方面的咨询，并现场受理消费投诉。</p></div>
<div class="more"><p>相关报道：全省各地市场监管部门积极组织开展各类质量宣传活动，企业质量意识不断提高，产品质量总体稳定向好。</p>
<p>相关报道：多地举办质量提升座谈会，围绕质量强省建设，交流经验做法，研究部署下一阶段工作，推动高质量发展。</p>
<p>相关报道：各级质量技术机构开放实验室，邀请市民参观检验检测过程，普及质量安全知识，增强消费信心。</p></div>
</body></html>`

// ruleSite serves rulePage and a news list linking to it.
func ruleSite(t *testing.T) *httptest.Server {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/news/index.html":
			fmt.Fprint(w, `<html><head><meta charset="utf-8"><title>工作动态</title></head><body><ul class="list">
<li><a href="/news/t20240901_1.html">开展质量月活动</a><span>2024-09-01</span></li></ul></body></html>`)
		case "/news/t20240901_1.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, rulePage)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// appWithRules is a test app whose pipeline applies rules instead of the
// embedded table (the shared dictionaries are reused).
func appWithRules(t *testing.T, rules *content.Rules, stdout, stderr *bytes.Buffer) *app {
	t.Helper()
	base, err := sharedPipes.get(nil)
	if err != nil {
		t.Fatal(err)
	}
	ps := &pipelines{base: base.WithRules(rules)}
	ps.once.Do(func() {})
	a := newApp(stdout, stderr)
	a.pipes = ps
	return a
}

// ruleRecord is what the site rule decides in a stored or printed record.
type ruleRecord struct {
	County string
	Text   string
}

func (r ruleRecord) check(t *testing.T, path string) {
	t.Helper()
	if r.County != "泰顺县" || !strings.Contains(r.Text, "城关广场启动") || strings.Contains(r.Text, "相关报道") {
		t.Errorf("%s: the site rule was not applied: county %q, text %q", path, r.County, r.Text)
	}
}

// TestSiteRuleOnEveryPath: the same site rule gives the same record whether
// the page is crawled, read from the crawl's WARC, reprocessed, ingested as a
// text dump with a url: header, or extracted from its URL.
func TestSiteRuleOnEveryPath(t *testing.T) {
	ctx := context.Background()
	site := ruleSite(t)
	host := strings.TrimPrefix(site.URL, "http://")
	host, _, _ = strings.Cut(host, ":")
	rules, err := content.ParseRules(host + "\t-\tdiv.zw\t泰顺县\n")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var out, errb bytes.Buffer
	run := func(args ...string) {
		t.Helper()
		out.Reset()
		errb.Reset()
		if err := appWithRules(t, rules, &out, &errb).run(ctx, args); err != nil {
			t.Fatalf("ccorpus %s: %v\n%s", strings.Join(args, " "), err, errb.String())
		}
	}
	// stored reads the article's record and document from a database (a
	// WARC holds the list page too).
	stored := func(db string) ruleRecord {
		t.Helper()
		var r ruleRecord
		for _, table := range []string{"records", "documents"} {
			run("export", "--db", db, "--format", "jsonl", "--table", table)
			for _, line := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
				var row map[string]any
				if err := json.Unmarshal(line, &row); err != nil {
					t.Fatalf("%s %s: %v: %q", db, table, err, line)
				}
				if u, _ := row["url"].(string); !strings.HasSuffix(u, "/news/t20240901_1.html") && !strings.HasSuffix(u, "/news/t20240901_2.html") {
					continue
				}
				if table == "records" {
					r.County, _ = row["county"].(string)
				} else {
					r.Text, _ = row["text"].(string)
				}
			}
		}
		return r
	}

	// crawl
	sources := filepath.Join(dir, "sources.toml")
	os.WriteFile(sources, []byte(fmt.Sprintf("[crawl]\nallow_private = true\nhost_rate = 20\n\n[[site]]\nname = \"rule\"\nstart = [\"%s/news/index.html\"]\narticles = \"ul.list\"\n", site.URL)), 0o644)
	crawlDB := filepath.Join(dir, "crawl.db")
	run("crawl", "--db", crawlDB, "--sources", sources, "--warc", filepath.Join(dir, "warc"), "--progress", "off")
	stored(crawlDB).check(t, "crawl")

	// reprocess
	run("reprocess", "--db", crawlDB)
	stored(crawlDB).check(t, "reprocess")

	// ingest the crawl's WARC
	warcs, _ := filepath.Glob(filepath.Join(dir, "warc", "*.warc.gz"))
	if len(warcs) == 0 {
		t.Fatal("the crawl wrote no WARC file")
	}
	warcDB := filepath.Join(dir, "warc.db")
	run(append([]string{"ingest", "--db", warcDB}, warcs...)...)
	stored(warcDB).check(t, "ingest WARC")

	// extract URL
	run("extract", "--allow-private", "--format", "jsonl", site.URL+"/news/t20240901_1.html")
	var rec struct {
		County string `json:"county"`
		Text   string `json:"text"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(out.Bytes()), &rec); err != nil {
		t.Fatal(err)
	}
	ruleRecord{County: rec.County, Text: rec.Text}.check(t, "extract URL")

	// ingest a text dump whose url: header names the site (the region rule
	// applies; a text dump has no HTML for the selector)
	dump := filepath.Join(dir, "page.txt")
	os.WriteFile(dump, []byte("url: "+site.URL+"/news/t20240901_2.html\n\n开展质量月活动\n9月1日，县市场监管局联合8个部门在城关广场启动2024年“质量月”活动，开展质量开放日、质量知识竞赛等活动。\n活动现场，工作人员向过往群众发放宣传资料，解答质量安全方面的咨询，并现场受理消费投诉。\n"), 0o644)
	dumpDB := filepath.Join(dir, "dump.db")
	run("ingest", "--db", dumpDB, dump)
	stored(dumpDB).check(t, "ingest text dump")
}

// TestSourcesRuleOverlay: a sources file's content and region keys are an
// overlay on the site-rule table, applied on the crawl's pages like a table
// rule.
func TestSourcesRuleOverlay(t *testing.T) {
	ctx := context.Background()
	site := ruleSite(t)
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.toml")
	os.WriteFile(sources, []byte(fmt.Sprintf("[crawl]\nallow_private = true\nhost_rate = 20\n\n[[site]]\nname = \"rule\"\nstart = [\"%s/news/index.html\"]\narticles = \"ul.list\"\ncontent = \"div.zw\"\nregion = \"泰顺县\"\n", site.URL)), 0o644)
	db := filepath.Join(dir, "c.db")
	var out, errb bytes.Buffer
	a := appWithRules(t, &content.Rules{}, &out, &errb)
	if err := a.run(ctx, []string{"crawl", "--db", db, "--sources", sources, "--progress", "off"}); err != nil {
		t.Fatalf("crawl: %v\n%s", err, errb.String())
	}
	out.Reset()
	if err := a.run(ctx, []string{"export", "--db", db, "--format", "jsonl", "--table", "documents"}); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	json.Unmarshal(bytes.TrimSpace(out.Bytes()), &doc)
	text, _ := doc["text"].(string)
	out.Reset()
	a.run(ctx, []string{"export", "--db", db, "--format", "jsonl", "--table", "records"})
	var rec map[string]any
	json.Unmarshal(bytes.TrimSpace(out.Bytes()), &rec)
	county, _ := rec["county"].(string)
	ruleRecord{County: county, Text: text}.check(t, "crawl with a sources overlay")
}

func TestSourceRulesConflict(t *testing.T) {
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.toml")
	os.WriteFile(sources, []byte("[[site]]\nname = \"a\"\nstart = [\"http://x.gov.cn/a/\"]\nregion = \"泰顺县\"\n\n[[site]]\nname = \"b\"\nstart = [\"http://x.gov.cn/b/\"]\nregion = \"文成县\"\n"), 0o644)
	_, errs, code := run(t, "crawl", "--db", filepath.Join(dir, "c.db"), "--sources", sources, "--progress", "off")
	if code != exitFatal || !strings.Contains(errs, "share host x.gov.cn") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
