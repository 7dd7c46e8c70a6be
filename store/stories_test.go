package store

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store/story"
)

// reprintPages stores every text of the invented reprint sets as a page of its own site.
func reprintPages(t testing.TB, db *DB) []story.Labelled {
	t.Helper()
	f, err := os.Open("story/testdata/reprints.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := story.ReadLabelled(f)
	if err != nil {
		t.Fatal(err)
	}
	var b Batch
	for i, l := range set {
		p := testPage(i, 1, "")
		p.Doc.Text = l.Text
		p.URL = fmt.Sprintf("http://%s.example.gov.cn/art/%d.html", l.Variant, i)
		p.Doc.URL = extract.Str(p.URL)
		p.Doc.Site = extract.Str(l.Variant)
		p.Doc.Published = extract.Str(fmt.Sprintf("2023-09-%02d", 20-i))
		p.Raw = []byte(l.Text)
		b.Pages = append(b.Pages, p)
	}
	if _, err := db.Write(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return set
}

// TestStoriesOnReprintSet measures the store's incremental clustering (band
// look-ups, then signatures) on the invented reprint sets: pairwise
// precision and recall, and one canonical member per story.
func TestStoriesOnReprintSet(t *testing.T) {
	db := mustOpen(t)
	set := reprintPages(t, db)
	ids := make([]int64, len(set))
	canon := map[int64]int{}
	rows, err := db.SQL().Query(`SELECT s.story_id, s.canonical FROM documents d JOIN story_signatures s ON s.document_id = d.id ORDER BY d.id`)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for rows.Next() {
		var c bool
		if err := rows.Scan(&ids[i], &c); err != nil {
			t.Fatal(err)
		}
		if c {
			canon[ids[i]]++
		}
		i++
	}
	rows.Close()
	if i != len(set) {
		t.Fatalf("%d documents have a story, want %d", i, len(set))
	}
	s := story.ScorePairs(set, ids)
	t.Logf("store clustering: TP %d FP %d FN %d, precision %.3f recall %.3f", s.TruePos, s.FalsePos, s.FalseNeg, s.Precision(), s.Recall())
	if s.Precision() < 1 || s.Recall() < 1 {
		t.Errorf("precision %.3f recall %.3f, want 1 and 1: stories %v", s.Precision(), s.Recall(), ids)
	}
	stories := map[int64]bool{}
	for _, id := range ids {
		stories[id] = true
	}
	for id := range stories {
		if canon[id] != 1 {
			t.Errorf("story %d has %d canonical members, want 1", id, canon[id])
		}
	}
}

// TestCanonicalPrefersIssuerThenEarliest: the page whose 来源 names its own
// site stands for the story; without one, the earliest published.
func TestCanonicalPrefersIssuerThenEarliest(t *testing.T) {
	db := mustOpen(t)
	text := "9月1日上午，某市2023年质量月活动启动仪式在市民广场举行，副市长出席并讲话，十六个部门共同组织活动。\n活动期间全市开展十二项活动，专家深入两百家企业开展质量诊断，并发布年度抽查结果。"
	page := func(i int, site, origin, published string) Page {
		p := testPage(i, 1, "")
		p.Doc.Text, p.Raw = text, []byte(fmt.Sprintf("%d %s", i, text))
		p.Doc.Site, p.Doc.Origin, p.Doc.Published = extract.Str(site), extract.Str(origin), extract.Str(published)
		return p
	}
	b := Batch{Pages: []Page{page(1, "门户网", "某市日报", "2023-09-01"), page(2, "某市市场监督管理局", "某市市场监督管理局", "2023-09-03"),
		page(3, "另一门户", "", "2023-08-31")}}
	if _, err := db.Write(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	var key string
	if err := db.SQL().QueryRow(`SELECT d.doc_key FROM documents d JOIN story_signatures s ON s.document_id = d.id WHERE s.canonical`).Scan(&key); err != nil {
		t.Fatal(err)
	}
	if key != b.Pages[1].Key() {
		t.Errorf("canonical %s, want the issuer's own page %s", key, b.Pages[1].Key())
	}
	var n int
	db.SQL().QueryRow(`SELECT count(DISTINCT story_id) FROM story_signatures`).Scan(&n)
	if n != 1 {
		t.Errorf("%d stories, want 1", n)
	}
	// Without the issuer's page the earliest published stands for it.
	if _, err := db.SQL().Exec(`DELETE FROM documents WHERE doc_key = ?`, key); err != nil {
		t.Fatal(err)
	}
	p := page(4, "第三门户", "", "2023-09-05")
	if _, err := db.Write(context.Background(), Batch{Pages: []Page{p}}); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL().QueryRow(`SELECT d.doc_key FROM documents d JOIN story_signatures s ON s.document_id = d.id WHERE s.canonical`).Scan(&key); err != nil {
		t.Fatal(err)
	}
	if key != b.Pages[2].Key() {
		t.Errorf("canonical %s, want the earliest page %s", key, b.Pages[2].Key())
	}
}

// BenchmarkAssignStory stores distinct on-topic pages into a database that
// already holds n of them: the per-page cost of clustering must not grow
// with the corpus (band look-ups are index probes).
func BenchmarkAssignStory(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			db := mustOpen(b)
			fill := func(from, to int) {
				var batch Batch
				for i := from; i < to; i++ {
					p := testPage(i, 1, "")
					p.Doc.Text = inventedText(i, 600)
					p.Raw = []byte(p.Doc.Text)
					batch.Pages = append(batch.Pages, p)
					if len(batch.Pages) == 256 {
						if _, err := db.Write(context.Background(), batch); err != nil {
							b.Fatal(err)
						}
						batch.Pages = nil
					}
				}
				if _, err := db.Write(context.Background(), batch); err != nil {
					b.Fatal(err)
				}
			}
			fill(0, n)
			b.ResetTimer()
			start := time.Now()
			fill(n, n+b.N)
			b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "µs/page")
		})
	}
}

// inventedText is n pseudo-random common Han characters, a different
// sequence for each seed: a stand-in for distinct releases.
func inventedText(seed, n int) string {
	x := uint64(seed)*0x9e3779b97f4a7c15 + 1
	r := make([]rune, n)
	for i := range r {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		r[i] = rune(0x4e00 + x%3000)
	}
	return string(r)
}
