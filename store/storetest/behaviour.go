package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/ccorpus/ccorpus/extract"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

// goldenDir is this package's testdata, wherever the test runs from.
func goldenDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata")
}

func testWriteOutcomes(t *testing.T, db store.Store) {
	p := TestPage(1, 2, "第一版。")
	if outs := write(t, db, p, p); outs[0] != store.Inserted || outs[1] != store.Unchanged {
		t.Fatalf("outcomes %v, want [inserted unchanged]", outs)
	}
	before := export(t, db, "documents", "jsonl") + export(t, db, "records", "csv")
	p2 := p
	p2.URL = "HTTP://WWW.Example.gov.cn:80" + p.URL[len("http://www.example.gov.cn"):] + "#top"
	if outs := write(t, db, p2); outs[0] != store.Unchanged {
		t.Fatalf("same page under another spelling of its URL: %v", outs)
	}
	if after := export(t, db, "documents", "jsonl") + export(t, db, "records", "csv"); after != before {
		t.Fatalf("re-writing changed the store")
	}
	changed := TestPage(1, 1, "第二版，内容有变。")
	if outs := write(t, db, changed); outs[0] != store.Updated {
		t.Fatalf("changed page: %v", outs)
	}
	docs := export(t, db, "documents", "jsonl")
	want := `"previous_hashes":[{"raw_hash":"` + store.Hash(p.Raw) + `","text_hash":"` + store.Hash([]byte(p.Doc.Text)) + `","replaced_at":"2024-09-01T08:00:0`
	if !strings.Contains(docs, want) || !strings.Contains(docs, `"raw_hash":"`+store.Hash(changed.Raw)+`"`) {
		t.Errorf("documents after a change = %s, want the new hash and %s…", docs, want)
	}
	if recs := strings.Count(export(t, db, "records", "jsonl"), "\n"); recs != 1 {
		t.Errorf("%d records after update, want 1", recs)
	}
}

func testKeyedByContent(t *testing.T, db store.Store) {
	a, b := TestPage(1, 1, ""), TestPage(2, 1, "")
	a.URL, a.Doc.URL, b.URL, b.Doc.URL = "", nil, "", nil
	a2 := a
	a2.Source = "elsewhere/copy.html"
	if outs := write(t, db, a, b, a2); outs[0] != store.Inserted || outs[1] != store.Inserted || outs[2] != store.Unchanged {
		t.Fatalf("outcomes %v", outs)
	}
}

func testOffTopic(t *testing.T, db store.Store) {
	p := TestPage(1, 3, "")
	p.Doc.OnTopic = false
	write(t, db, p)
	s, err := db.Stats(context.Background())
	must(t, err)
	if s.Documents != 1 || s.Records != 0 || len(s.Skipped) != 1 || s.Skipped[0].Label != "off topic" {
		t.Fatalf("stats %+v", s)
	}
}

func testRawRoundTrip(t *testing.T, db store.Store) {
	ctx := context.Background()
	for i, how := range []string{"as is", "prepared", "prepared, raw dropped"} {
		p := TestPage(7+i, 1, "")
		p.Raw = append([]byte{0xd6, 0xca, 0xc1, 0xbf, 0xd4, 0xc2, 0}, p.Raw...) // GBK bytes and a NUL survive untouched
		raw := p.Raw
		if how != "as is" {
			must(t, p.Prepare())
		}
		if how == "prepared, raw dropped" {
			p.DropRaw()
			if p.Raw != nil || p.RawSize() != len(raw) {
				t.Fatalf("after DropRaw: Raw %d bytes, RawSize %d, want none and %d", len(p.Raw), p.RawSize(), len(raw))
			}
		}
		write(t, db, p)
		ids, err := db.DocumentIDs(ctx)
		if err != nil || len(ids) != i+1 {
			t.Fatalf("ids %v %v", ids, err)
		}
		sp, err := db.LoadPage(ctx, ids[i])
		must(t, err)
		if string(sp.Raw) != string(raw) || sp.URL != p.URL || sp.Kind != p.Kind || !sp.FetchedAt.Equal(p.FetchedAt) || sp.Key != p.Key() {
			t.Fatalf("%s: loaded page differs: %+v", how, sp)
		}
	}
	if _, err := db.LoadPage(ctx, 999999); err == nil {
		t.Fatal("absent document loaded")
	}
}

func testStored(t *testing.T, db store.Store) {
	ctx := context.Background()
	withURL, noURL := TestPage(1, 1, ""), TestPage(2, 1, "")
	noURL.URL, noURL.Doc.URL = "", nil
	write(t, db, withURL, noURL)
	for _, c := range []struct {
		url  string
		raw  []byte
		want bool
	}{
		{withURL.URL, withURL.Raw, true},
		{"HTTP://WWW.EXAMPLE.GOV.CN" + withURL.URL[len("http://www.example.gov.cn"):], withURL.Raw, true},
		{withURL.URL, noURL.Raw, false},
		{"http://www.example.gov.cn/other.html", withURL.Raw, false},
		{"", noURL.Raw, true},
		{"", []byte("new"), false},
		{"not a url", noURL.Raw, false},
	} {
		got, err := db.Stored(ctx, c.url, store.Hash(c.raw))
		if err != nil || got != c.want {
			t.Errorf("Stored(%q, %.20q) = %v, %v; want %v", c.url, c.raw, got, err, c.want)
		}
	}
}

func testReprocess(t *testing.T, db store.Store) {
	ctx := context.Background()
	write(t, db, TestPage(1, 2, ""), TestPage(2, 1, ""))
	ids, err := db.DocumentIDs(ctx)
	must(t, err)
	before := export(t, db, "documents", "jsonl")
	redone := TestPage(1, 1, "")
	redone.Doc.Text = "重新抽取的正文。"
	redone.Raw = []byte("ignored: reprocessing keeps the raw bytes")
	must(t, db.SaveReprocessed(ctx, ids[:1], []store.Page{redone}, nil))
	sp, err := db.LoadPage(ctx, ids[0])
	must(t, err)
	if string(sp.Raw) == string(redone.Raw) {
		t.Error("reprocessing replaced the raw bytes")
	}
	after := export(t, db, "documents", "jsonl")
	if after == before || !strings.Contains(after, "重新抽取的正文。") {
		t.Error("reprocessed text not stored")
	}
	var n int
	must(t, db.EachRecord(ctx, func(r store.Record) error {
		n++
		return nil
	}))
	if n != 2 { // one for the reprocessed page, one for the other
		t.Errorf("%d records after reprocessing, want 2", n)
	}
	if err := db.SaveReprocessed(ctx, ids, []store.Page{redone}, nil); err == nil {
		t.Error("mismatched ids and pages accepted")
	}
}

func testRunsAndFailures(t *testing.T, db store.Store) {
	ctx := context.Background()
	for _, reason := range []string{"timeout", "too big"} {
		run, err := db.StartRun(ctx, "ingest")
		must(t, err)
		ev := store.Event{RunID: run, Source: "a.html", Stage: "read", Outcome: "failed", Reason: reason}
		_, err = db.Write(ctx, store.Batch{Events: []store.Event{ev}})
		must(t, err)
		must(t, db.FinishRun(ctx, run, store.RunCounts{Pages: 1, Failed: 1}))
	}
	run, err := db.StartRun(ctx, "reprocess")
	must(t, err)
	must(t, db.InterruptRun(ctx, run, store.RunCounts{Pages: 3, Updated: 2}))
	s, err := db.Stats(ctx)
	must(t, err)
	if len(s.Failed) != 1 || s.Failed[0].Label != "read: too big" || s.Failed[0].N != 1 {
		t.Fatalf("failed = %+v, want only the latest run's failure", s.Failed)
	}
	if len(s.LastRuns) != 3 || s.LastRuns[0].FinishedAt != "" || s.LastRuns[0].Updated != 2 || s.LastRuns[1].Failed != 1 || s.LastRuns[1].FinishedAt == "" {
		t.Fatalf("last runs = %+v", s.LastRuns)
	}
}

// testConcurrentWriters writes overlapping batches from several goroutines
// (on PostgreSQL: several connections, as several machines would): every
// page is stored once.
func testConcurrentWriters(t *testing.T, db store.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := 0; start < 40; start += 8 {
				var b store.Batch
				for i := 0; i < 8; i++ {
					b.Pages = append(b.Pages, TestPage((start+i*5+w*3)%40, 1, ""))
				}
				if _, err := db.Write(ctx, b); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s, err := db.Stats(ctx)
	must(t, err)
	ids, _ := db.DocumentIDs(ctx)
	keys := map[string]bool{}
	for _, id := range ids {
		sp, err := db.LoadPage(ctx, id)
		must(t, err)
		keys[sp.Key] = true
	}
	if s.Documents != len(keys) || s.Records != s.Documents {
		t.Fatalf("%d documents (%d keys), %d records: %s", s.Documents, len(keys), s.Records, fmt.Sprint(s.ByCampaign))
	}
}

// testEmptyTextReason: a document's empty-text reason is stored and
// exported, and null for a document with text.
func testEmptyTextReason(t *testing.T, db store.Store) {
	withText := TestPage(1, 1, "正文。")
	empty := TestPage(2, 0, "")
	empty.Doc.Text, empty.Doc.OnTopic, empty.Doc.Records = "", false, nil
	empty.Doc.Reason = extract.Str(extract.ReasonAllSpam)
	write(t, db, withText, empty)
	var got []any
	for _, line := range strings.Split(strings.TrimSpace(export(t, db, "documents", "jsonl")), "\n") {
		var row map[string]any
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, row["reason"])
	}
	if len(got) != 2 || got[0] != nil || got[1] != extract.ReasonAllSpam {
		t.Fatalf("reasons %v, want [<nil> %s]", got, extract.ReasonAllSpam)
	}
}
