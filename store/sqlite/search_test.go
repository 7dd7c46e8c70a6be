package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// searchPage is page i with its text given as words; SearchText is the words.
func searchPage(i int, province string, words []string) store.Page {
	p := testPage(i, 0, "")
	p.Doc.Text = strings.Join(words, "")
	p.Doc.Title = extract.Str(fmt.Sprintf("第%d号通知", i))
	p.Doc.Published = extract.Str(fmt.Sprintf("2022-09-%02d", i%28+1))
	p.Doc.Site = extract.Str([]string{"甲站", "乙站"}[i%2])
	p.Doc.Facts.Province = extract.Str(province)
	p.Raw = []byte(fmt.Sprintf("<p>%d %s</p>", i, p.Doc.Text))
	p.SearchText = strings.Join(words, " ")
	return p
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	pages := []store.Page{
		searchPage(1, "江苏省", []string{"开展", "质量月", "质量", "月", "活动"}),
		searchPage(2, "浙江省", []string{"安全生产月", "安全", "生产"}),
		searchPage(3, "江苏省", []string{"提升", "质量", "水平"}),
	}
	pages[1].Doc.OnTopic = false
	if _, err := db.Write(ctx, store.Batch{Pages: pages}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		q     store.SearchQuery
		total int
	}{
		{"two-character word", store.SearchQuery{Terms: []string{"质量"}}, 2},
		{"whole campaign word", store.SearchQuery{Terms: []string{"质量月"}}, 1},
		{"two words", store.SearchQuery{Terms: []string{"质量", "水平"}}, 1},
		{"no such word", store.SearchQuery{Terms: []string{"电梯"}}, 0},
		{"operators are words", store.SearchQuery{Terms: []string{`质量" OR "安全`}}, 0},
		{"everything", store.SearchQuery{}, 3},
		{"province", store.SearchQuery{Terms: []string{"质量"}, ViewFilter: store.ViewFilter{Province: "江苏省"}}, 2},
		{"off topic", store.SearchQuery{ViewFilter: store.ViewFilter{OnTopic: "no"}}, 1},
		{"site", store.SearchQuery{ViewFilter: store.ViewFilter{Site: "乙站"}}, 2},
		{"published range", store.SearchQuery{ViewFilter: store.ViewFilter{From: "2022-09-03", To: "2022-09-04"}}, 2},
	} {
		res, err := db.Search(ctx, c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if res.Total != c.total || len(res.Hits) != c.total {
			t.Errorf("%s: %d found (%d hits), want %d", c.name, res.Total, len(res.Hits), c.total)
		}
	}
	res, _ := db.Search(ctx, store.SearchQuery{Terms: []string{"质量"}, Limit: 1, Offset: 1})
	if res.Total != 2 || len(res.Hits) != 1 || res.Hits[0].Region != "江苏省" || res.Hits[0].Text == "" {
		t.Errorf("second page of one: %+v", res)
	}
	// Reprocessing with a new text re-indexes; a page given no search text
	// leaves the index and is listed for rebuilding.
	ids, _ := db.DocumentIDs(ctx)
	pages[0].SearchText = "电梯"
	pages[0].Doc.Text = "电梯"
	pages[2].SearchText = ""
	if err := db.SaveReprocessed(ctx, ids, pages, nil); err != nil {
		t.Fatal(err)
	}
	if res, _ := db.Search(ctx, store.SearchQuery{Terms: []string{"电梯"}}); res.Total != 1 {
		t.Errorf("after reprocess, 电梯 found in %d pages", res.Total)
	}
	un, err := db.Unindexed(ctx, 10)
	if err != nil || len(un) != 1 || un[0].ID != ids[2] {
		t.Fatalf("unindexed = %+v, %v", un, err)
	}
	if err := db.SetSearchText(ctx, un, []string{"提升 质量 水平"}); err != nil {
		t.Fatal(err)
	}
	if res, _ := db.Search(ctx, store.SearchQuery{Terms: []string{"质量"}}); res.Total != 1 {
		t.Errorf("after rebuilding, 质量 found in %d pages, want 1", res.Total)
	}
	if un, _ := db.Unindexed(ctx, 10); len(un) != 0 {
		t.Errorf("still unindexed: %+v", un)
	}
}

// BenchmarkSearch searches 10,000 pages of about 300 words each: a common
// word, a common word with filters, a rare word, against a reference
// measured in the same run (the same common word found with LIKE, no index).
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	db := mustOpen(b)
	vocab := strings.Fields(`开展 活动 部门 企业 市场 监管 安全 生产 宣传 检查 服务 群众 工作 推进 组织 提升 标准 计量
		认证 检验 食品 药品 特种 设备 电梯 消费 维权 知识 产权 创新 发展 建设 培训 咨询 现场 会议 启动 仪式 主题 系列`)
	provinces := []string{"江苏省", "浙江省", "广东省", "河北省", "四川省"}
	rng := rand.New(rand.NewSource(1))
	const n = 10000
	start := time.Now()
	for lo := 0; lo < n; lo += 500 {
		var batch []store.Page
		for i := lo; i < lo+500; i++ {
			words := make([]string, 300)
			for j := range words {
				words[j] = vocab[rng.Intn(len(vocab))]
			}
			if i%3 == 0 {
				words[rng.Intn(300)] = "质量"
			}
			if i%500 == 0 {
				words[rng.Intn(300)] = "雄安新区"
			}
			batch = append(batch, searchPage(i, provinces[i%len(provinces)], words))
		}
		if _, err := db.Write(ctx, store.Batch{Pages: batch}); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("stored %d pages in %v", n, time.Since(start).Round(time.Millisecond))
	if p := os.Getenv("CCORPUS_KEEP_BENCH_DB"); p != "" {
		db.SQL().ExecContext(ctx, "VACUUM INTO ?", p)
	}
	run := func(name string, fn func() int) {
		b.Run(name, func(b *testing.B) {
			found := 0
			for b.Loop() {
				found = fn()
			}
			b.ReportMetric(float64(found), "found")
		})
	}
	search := func(q store.SearchQuery) func() int {
		return func() int {
			res, err := db.Search(ctx, q)
			if err != nil {
				b.Fatal(err)
			}
			return res.Total
		}
	}
	run("common_word", search(store.SearchQuery{Terms: []string{"质量"}}))
	run("common_word_filtered", search(store.SearchQuery{Terms: []string{"质量"},
		ViewFilter: store.ViewFilter{Province: "江苏省", Year: 2022, Site: "甲站", From: "2022-09-05"}}))
	run("rare_word", search(store.SearchQuery{Terms: []string{"雄安新区"}}))
	run("page_3_no_query", search(store.SearchQuery{Offset: 40}))
	run("reference_like_scan", func() int {
		var c int
		if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE text LIKE '%质量%'`).Scan(&c); err != nil {
			b.Fatal(err)
		}
		return c
	})
}

// TestSearchRowOnUpdate: a page stored again with new bytes keeps its
// search row when its words are the same, and gets the new words when they
// differ (text or words alone), so search finds what the page now says.
func TestSearchRowOnUpdate(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	find := func(term string) int {
		t.Helper()
		res, err := db.Search(ctx, store.SearchQuery{Terms: []string{term}})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	write := func(p store.Page) {
		t.Helper()
		if out, err := db.Write(ctx, store.Batch{Pages: []store.Page{p}}); err != nil {
			t.Fatal(err)
		} else if len(out) != 1 || out[0] == store.Unchanged {
			t.Fatalf("outcome %v, want a write", out)
		}
	}
	p := searchPage(1, "江苏省", []string{"开展", "质量月", "活动"})
	write(p)
	p.Raw = append(p.Raw, "<!-- 阅读 12 次 -->"...) // new bytes, same text and words
	write(p)
	if find("质量月") != 1 {
		t.Fatal("the page's unchanged words were lost")
	}
	p.Raw = append(p.Raw, " "...) // same text, other words (a new dictionary, say)
	p.SearchText = "开展 电梯 活动"
	write(p)
	if find("电梯") != 1 || find("质量月") != 0 {
		t.Fatalf("words not rewritten: 电梯 %d, 质量月 %d", find("电梯"), find("质量月"))
	}
	p.Raw = append(p.Raw, " "...) // other text
	p.Doc.Text, p.SearchText = "开展锅炉检查", "开展 锅炉 检查"
	write(p)
	if find("锅炉") != 1 || find("电梯") != 0 {
		t.Fatalf("words of the new text missing: 锅炉 %d, 电梯 %d", find("锅炉"), find("电梯"))
	}
	var stale int
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM documents d JOIN search_state s ON s.document_id = d.id
		WHERE s.text_hash <> d.text_hash`).Scan(&stale); err != nil || stale != 0 {
		t.Fatalf("%d stale search states (%v)", stale, err)
	}
}
