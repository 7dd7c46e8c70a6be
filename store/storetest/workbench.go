package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

// Workbench is what `ccorpus serve` reads of a backend besides
// store.Corrections: full-text search, record lists, one document, the
// overview aggregates and filter menus, and the search index's upkeep.
type Workbench interface {
	Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error)
	Records(ctx context.Context, q store.RecordQuery) ([]store.RecordRow, int, error)
	Document(ctx context.Context, id int64) (store.DocumentView, error)
	CampaignYears(ctx context.Context, f store.ViewFilter) ([]store.CampaignYear, error)
	Provinces(ctx context.Context, f store.ViewFilter) ([]store.ProvinceStat, error)
	EventWeeks(ctx context.Context, f store.ViewFilter) ([]store.WeekCount, error)
	Sites(ctx context.Context) ([]string, error)
	Campaigns(ctx context.Context) ([]string, error)
	Levels(ctx context.Context) ([]string, error)
	Unindexed(ctx context.Context, limit int) ([]store.Unindexed, error)
	SetSearchText(ctx context.Context, docs []store.Unindexed, words []string) error
}

// searchPage is TestPage i with the words its search row holds.
func searchPage(i, nrec int, body, words string) store.Page {
	p := TestPage(i, nrec, body)
	p.SearchText = words
	return p
}

// hitIDs returns the ids of a search's hits and its total, with the
// document numbers (1-based positions in ids) rather than raw ids.
func hitIDs(t *testing.T, wb Workbench, q store.SearchQuery) string {
	t.Helper()
	res, err := wb.Search(context.Background(), q)
	must(t, err)
	var b strings.Builder
	fmt.Fprintf(&b, "%d:", res.Total)
	for _, h := range res.Hits {
		fmt.Fprintf(&b, " %d", h.ID)
	}
	return b.String()
}

// testWorkbench stores pages with search words, corrects some facts, and
// runs the workbench's searches, record lists, document view and overview
// over them: a few results are checked here, and all of them are compared
// with a golden file every backend shares.
func testWorkbench(t *testing.T, db store.Store) {
	ctx := context.Background()
	wb, ok := db.(Workbench)
	if !ok {
		t.Fatalf("%T lacks the workbench's queries", db)
	}
	p3 := searchPage(3, 1, "丙。", "")
	p3.Doc.Published = strPtr("2022-09-05")
	p4 := searchPage(4, 1, "丁。", "全省 质量 活动 COVID-19 防控")
	p4.Doc.Site = strPtr("www.example.gov.cn")
	write(t, db, searchPage(1, 2, "甲。", "全省 2022 年 质量月 活动 启动 甲"),
		searchPage(2, 0, "乙。", "全省 质量 质量月 安全生产月 乙"), p3, p4)
	ids, err := db.DocumentIDs(ctx)
	must(t, err)
	n := func(i int) int64 { return ids[i-1] }
	for _, c := range []struct {
		terms []string
		want  []int64
	}{
		{[]string{"质量月"}, []int64{n(2), n(1)}}, // a CJK word between spaces is one token
		{[]string{"质量"}, []int64{n(4), n(2)}},  // …and matches only itself, not the longer 质量月
		{[]string{"质量月", "甲"}, []int64{n(1)}},  // every word must occur
		{[]string{"丙"}, nil},                   // page 3 has no search row
		{[]string{"covid-19"}, []int64{n(4)}},  // ASCII folded and cut as the words were
		{[]string{"19"}, []int64{n(4)}},
	} {
		res, err := wb.Search(ctx, store.SearchQuery{Terms: c.terms})
		must(t, err)
		var got []int64
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) || res.Total != len(c.want) {
			t.Errorf("search %q = %v (total %d), want %v", c.terms, got, res.Total, c.want)
		}
	}
	un, err := wb.Unindexed(ctx, 10)
	must(t, err)
	if len(un) != 1 || un[0].ID != n(3) {
		t.Fatalf("unindexed = %+v, want page 3", un)
	}
	must(t, wb.SetSearchText(ctx, un, []string{"全省 质量月 丙"}))
	if un, err := wb.Unindexed(ctx, 10); err != nil || len(un) != 0 {
		t.Fatalf("unindexed after indexing = %+v, %v", un, err)
	}
	// Reprocessing rewrites the search row in the page's transaction.
	re := searchPage(2, 0, "乙。", "全省 质量 乙 复核")
	must(t, db.SaveReprocessed(ctx, []int64{n(2)}, []store.Page{re}, nil))
	if got := hitIDs(t, wb, store.SearchQuery{Terms: []string{"复核"}}); got != fmt.Sprintf("1: %d", n(2)) {
		t.Errorf("search after reprocess = %s", got)
	}
	_, err = db.Correct(ctx, store.Correction{DocumentID: n(1), RecordIndex: 1, Field: "campaign",
		New: json.RawMessage(`"安全生产月"`), Who: "tester"})
	must(t, err)
	_, err = db.Correct(ctx, store.Correction{DocumentID: n(1), RecordIndex: 0, Field: "event_dates",
		New: json.RawMessage(`["2022-09-08","2022-09-12"]`), Who: "tester"})
	must(t, err)
	_, err = db.Correct(ctx, store.Correction{DocumentID: n(4), RecordIndex: -1, Field: store.PageField,
		New: json.RawMessage("false"), Who: "tester"})
	must(t, err)

	var out strings.Builder
	dump := func(name string, v any, err error) {
		t.Helper()
		must(t, err)
		b, err := json.Marshal(v)
		must(t, err)
		fmt.Fprintf(&out, "%s\t%s\n", name, b)
	}
	for _, q := range []store.SearchQuery{
		{}, {Terms: []string{"全省"}, Limit: 2}, {Terms: []string{"全省"}, Limit: 2, Offset: 2},
		{Terms: []string{"质量月"}, ViewFilter: store.ViewFilter{Campaign: "安全生产月"}},
		{ViewFilter: store.ViewFilter{OnTopic: "no"}}, {ViewFilter: store.ViewFilter{OnTopic: "yes", Year: 2022}},
		{ViewFilter: store.ViewFilter{Corrected: true}}, {ViewFilter: store.ViewFilter{EventFrom: "2022-09-10"}},
		{ViewFilter: store.ViewFilter{From: "2022-09-05", To: "2022-09-05"}},
	} {
		res, err := wb.Search(ctx, q)
		dump(fmt.Sprintf("search %+v", q), res, err)
	}
	for _, q := range []store.RecordQuery{
		{}, {Sort: "campaign"}, {Sort: "department_count", Desc: true}, {Sort: "province", Limit: 2, Offset: 1},
		{Sort: "published", Desc: true}, {ViewFilter: store.ViewFilter{Corrected: true}},
		{ViewFilter: store.ViewFilter{EventFrom: "2022-09-01", EventTo: "2022-09-03"}},
		{ViewFilter: store.ViewFilter{Site: "www.example.gov.cn"}},
	} {
		rows, total, err := wb.Records(ctx, q)
		dump(fmt.Sprintf("records %+v", q), map[string]any{"total": total, "rows": rows}, err)
	}
	for _, id := range ids {
		d, err := wb.Document(ctx, id)
		dump(fmt.Sprintf("document %d", id), d, err)
	}
	if _, err := wb.Document(ctx, n(4)+100); err == nil {
		t.Error("a document that does not exist was found")
	}
	for _, f := range []store.ViewFilter{{}, {Campaign: "质量月"}, {Province: "河北省"}} {
		cy, err := wb.CampaignYears(ctx, f)
		dump(fmt.Sprintf("campaign years %+v", f), cy, err)
		pr, err := wb.Provinces(ctx, f)
		dump(fmt.Sprintf("provinces %+v", f), pr, err)
		wk, err := wb.EventWeeks(ctx, f)
		dump(fmt.Sprintf("event weeks %+v", f), wk, err)
	}
	sites, err := wb.Sites(ctx)
	dump("sites", sites, err)
	camps, err := wb.Campaigns(ctx)
	dump("campaigns", camps, err)
	levels, err := wb.Levels(ctx)
	dump("levels", levels, err)
	golden(t, "workbench.txt", out.String())
}

func strPtr(s string) *string { return &s }
