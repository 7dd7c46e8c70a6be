package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/story"
)

// Reprints as stories: the store's incremental clustering on the invented
// reprint sets of store/story, and which member stands for a story.

// reprintPages stores every text of the invented reprint sets as a page of its own site.
func reprintPages(t *testing.T, db store.Store) []story.Labelled {
	t.Helper()
	f, err := os.Open(filepath.Join(goldenDir(), "..", "..", "story", "testdata", "reprints.txt"))
	must(t, err)
	defer f.Close()
	set, err := story.ReadLabelled(f)
	must(t, err)
	var b store.Batch
	for i, l := range set {
		p := TestPage(i, 1, "")
		p.Doc.Text = l.Text
		p.URL = fmt.Sprintf("http://%s.example.gov.cn/art/%d.html", l.Variant, i)
		p.Doc.URL = extract.Str(p.URL)
		p.Doc.Site = extract.Str(l.Variant)
		p.Doc.Published = extract.Str(fmt.Sprintf("2023-09-%02d", 20-i))
		p.Raw = []byte(l.Text)
		b.Pages = append(b.Pages, p)
	}
	_, err = db.Write(context.Background(), b)
	must(t, err)
	return set
}

// storyOf reads the story_id and canonical columns of every document, in order.
func storyOf(t *testing.T, db store.Store) (ids []int64, canonical []bool, keys []string) {
	t.Helper()
	rows := exportRows(t, db, store.ExportOptions{Table: "documents", Columns: []string{"doc_key", "story_id", "canonical"}})
	for _, r := range rows {
		id, _ := r["story_id"].(float64)
		c, _ := r["canonical"].(bool)
		k, _ := r["doc_key"].(string)
		ids, canonical, keys = append(ids, int64(id)), append(canonical, c), append(keys, k)
	}
	return ids, canonical, keys
}

// testStories measures the clustering on the reprint sets: pairwise
// precision and recall, and one canonical member per story.
func testStories(t *testing.T, db store.Store) {
	set := reprintPages(t, db)
	ids, canonical, _ := storyOf(t, db)
	if len(ids) != len(set) {
		t.Fatalf("%d documents, want %d", len(ids), len(set))
	}
	for i, id := range ids {
		if id == 0 {
			t.Fatalf("document %d has no story", i)
		}
	}
	s := story.ScorePairs(set, ids)
	t.Logf("store clustering: TP %d FP %d FN %d, precision %.3f recall %.3f", s.TruePos, s.FalsePos, s.FalseNeg, s.Precision(), s.Recall())
	if s.Precision() < 1 || s.Recall() < 1 {
		t.Errorf("precision %.3f recall %.3f, want 1 and 1: stories %v", s.Precision(), s.Recall(), ids)
	}
	canon := map[int64]int{}
	for i, id := range ids {
		canon[id] += 0
		if canonical[i] {
			canon[id]++
		}
	}
	for id, n := range canon {
		if n != 1 {
			t.Errorf("story %d has %d canonical members, want 1", id, n)
		}
	}
}

// sqlHandle is a backend's database/sql handle, which the canonical test
// uses to delete a document (the commands never do).
type sqlHandle interface{ SQL() *sql.DB }

// testCanonical: the page whose 来源 names its own site stands for the
// story; without one (its document deleted), the earliest published.
func testCanonical(t *testing.T, db store.Store) {
	ctx := context.Background()
	text := "9月1日上午，某市2023年质量月活动启动仪式在市民广场举行，副市长出席并讲话，十六个部门共同组织活动。\n活动期间全市开展十二项活动，专家深入两百家企业开展质量诊断，并发布年度抽查结果。"
	page := func(i int, site, origin, published string) store.Page {
		p := TestPage(i, 1, "")
		p.Doc.Text, p.Raw = text, []byte(fmt.Sprintf("%d %s", i, text))
		p.Doc.Site, p.Doc.Origin, p.Doc.Published = extract.Str(site), extract.Str(origin), extract.Str(published)
		if origin == "" {
			p.Doc.Origin = nil
		}
		return p
	}
	b := []store.Page{page(1, "门户网", "某市日报", "2023-09-01"), page(2, "某市市场监督管理局", "某市市场监督管理局", "2023-09-03"),
		page(3, "另一门户", "", "2023-08-31")}
	write(t, db, b...)
	canonicalKey := func() string {
		t.Helper()
		ids, canonical, keys := storyOf(t, db)
		var key string
		for i := range ids {
			if ids[i] != ids[0] {
				t.Errorf("documents in %v stories, want 1", ids)
			}
			if canonical[i] {
				if key != "" {
					t.Errorf("two canonical members: %s and %s", key, keys[i])
				}
				key = keys[i]
			}
		}
		return key
	}
	if key := canonicalKey(); key != b[1].Key() {
		t.Errorf("canonical %s, want the issuer's own page %s", key, b[1].Key())
	}
	h, ok := db.(sqlHandle)
	if !ok {
		t.Fatalf("%T has no SQL handle to delete a document with", db)
	}
	// doc_key is a URL of this test (no quotes): spelled into the statement,
	// which both dialects then read alike.
	_, err := h.SQL().ExecContext(ctx, `DELETE FROM documents WHERE doc_key = '`+b[1].Key()+`'`)
	must(t, err)
	write(t, db, page(4, "第三门户", "", "2023-09-05"))
	if key := canonicalKey(); key != b[2].Key() {
		t.Errorf("without the issuer's page: canonical %s, want the earliest page %s", key, b[2].Key())
	}
	// An off-topic rewrite leaves the story and hands its canonical role on.
	off := page(3, "另一门户", "", "2023-08-31")
	off.Doc.OnTopic, off.Raw = false, []byte("now off topic")
	write(t, db, off)
	ids, canonical, _ := storyOf(t, db)
	if ids[1] != 0 || canonical[1] || !canonical[0] {
		t.Errorf("after page 3 went off topic: stories %v canonical %v, want page 1 canonical and page 3 in none", ids, canonical)
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
