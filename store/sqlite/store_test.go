package sqlite

import (
	"context"
	"database/sql"
	"github.com/ccorpus/ccorpus/store"
	"path/filepath"
	"testing"
	"time"
)

func TestWriteIsIdempotentAndKeepsVersions(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := testPage(1, 2, "第一版。")
	outs, err := db.Write(ctx, store.Batch{Pages: []store.Page{p, p}})
	if err != nil {
		t.Fatal(err)
	}
	if outs[0] != store.Inserted || outs[1] != store.Unchanged {
		t.Fatalf("outcomes %v, want [inserted unchanged]", outs)
	}
	before := snapshot(t, db)
	// The same page under a differently written URL is the same page.
	p2 := p
	p2.URL = "HTTP://WWW.Example.gov.cn:80" + p.URL[len("http://www.example.gov.cn"):] + "#top"
	outs, err = db.Write(ctx, store.Batch{Pages: []store.Page{p2}})
	if err != nil || outs[0] != store.Unchanged {
		t.Fatalf("re-write: %v %v", outs, err)
	}
	if after := snapshot(t, db); after != before {
		t.Fatalf("re-ingesting changed the database:\n%s\n%s", before, after)
	}
	// A changed page is updated and remembers the old hashes.
	changed := testPage(1, 1, "第二版，内容有变。")
	outs, err = db.Write(ctx, store.Batch{Pages: []store.Page{changed}})
	if err != nil || outs[0] != store.Updated {
		t.Fatalf("changed page: %v %v", outs, err)
	}
	var rawHash, textHash, prev string
	var nrec int
	err = db.SQL().QueryRowContext(ctx, `SELECT raw_hash, text_hash, previous_hashes,
		(SELECT count(*) FROM records WHERE document_id = d.id) FROM documents d`).Scan(&rawHash, &textHash, &prev, &nrec)
	if err != nil {
		t.Fatal(err)
	}
	if rawHash != store.Hash(changed.Raw) || textHash != store.Hash([]byte(changed.Doc.Text)) {
		t.Errorf("hashes not of the new version")
	}
	want := `[{"raw_hash":"` + store.Hash(p.Raw) + `","text_hash":"` + store.Hash([]byte(p.Doc.Text)) + `","replaced_at":"2024-09-01T08:00:0`
	if len(prev) < len(want) || prev[:len(want)] != want {
		t.Errorf("previous_hashes = %s, want prefix %s", prev, want)
	}
	if nrec != 1 {
		t.Errorf("%d records after update, want 1", nrec)
	}
}

func TestPagesWithoutURLAreKeyedByContent(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a, b := testPage(1, 1, ""), testPage(2, 1, "")
	a.URL, a.Doc.URL, b.URL, b.Doc.URL = "", nil, "", nil
	a2 := a
	a2.Source = "elsewhere/copy.html"
	outs, err := db.Write(ctx, store.Batch{Pages: []store.Page{a, b, a2}})
	if err != nil {
		t.Fatal(err)
	}
	if outs[0] != store.Inserted || outs[1] != store.Inserted || outs[2] != store.Unchanged {
		t.Fatalf("outcomes %v", outs)
	}
}

func TestOffTopicPagesHaveNoRecords(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	p := testPage(1, 3, "")
	p.Doc.OnTopic = false
	if _, err := db.Write(ctx, store.Batch{Pages: []store.Page{p}}); err != nil {
		t.Fatal(err)
	}
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 1 || s.Records != 0 || len(s.Skipped) != 1 || s.Skipped[0].Label != "off topic" {
		t.Fatalf("stats %+v", s)
	}
}

func TestRawRoundTrip(t *testing.T) {
	for _, prepared := range []bool{false, true} {
		testRawRoundTrip(t, prepared)
	}
}

func testRawRoundTrip(t *testing.T, prepared bool) {
	ctx := context.Background()
	db := mustOpen(t)
	p := testPage(7, 1, "")
	p.Raw = append([]byte{0xd6, 0xca, 0xc1, 0xbf, 0xd4, 0xc2}, p.Raw...) // GBK bytes survive untouched
	if prepared {
		if err := p.Prepare(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Write(ctx, store.Batch{Pages: []store.Page{p}}); err != nil {
		t.Fatal(err)
	}
	ids, err := db.DocumentIDs(ctx)
	if err != nil || len(ids) != 1 {
		t.Fatalf("ids %v %v", ids, err)
	}
	sp, err := db.LoadPage(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if string(sp.Raw) != string(p.Raw) || sp.URL != p.URL || sp.Kind != p.Kind || !sp.FetchedAt.Equal(p.FetchedAt) {
		t.Fatalf("prepared=%v: loaded page differs: %+v", prepared, sp)
	}
	if ok, err := db.Stored(ctx, p.URL, store.Hash(p.Raw)); !ok || err != nil {
		t.Fatalf("prepared=%v: stored page not found by its hash (%v)", prepared, err)
	}
}

// snapshot renders the rows that matter for idempotence.
func snapshot(t *testing.T, db *DB) string {
	t.Helper()
	var s string
	err := db.SQL().QueryRow(`SELECT group_concat(x, '|') FROM (
		SELECT doc_key || updated_at || raw_hash || previous_hashes AS x FROM documents
		UNION ALL SELECT document_id || record_index || coalesce(province, '') FROM records
		UNION ALL SELECT record_id || activity_index || name FROM activities)`).Scan(&s)
	if err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	return s
}

func TestStatsFailuresOfLatestRuns(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	for _, reason := range []string{"timeout", "too big"} {
		run, err := db.StartRun(ctx, "ingest")
		if err != nil {
			t.Fatal(err)
		}
		ev := store.Event{RunID: run, Source: "a.html", Stage: "read", Outcome: "failed", Reason: reason}
		if _, err := db.Write(ctx, store.Batch{Events: []store.Event{ev}}); err != nil {
			t.Fatal(err)
		}
		if err := db.FinishRun(ctx, run, store.RunCounts{Pages: 1, Failed: 1}); err != nil {
			t.Fatal(err)
		}
	}
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Failed) != 1 || s.Failed[0].Label != "read: too big" || s.Failed[0].N != 1 {
		t.Fatalf("failed = %+v, want only the latest run's failure", s.Failed)
	}
	if len(s.LastRuns) != 2 || s.LastRuns[0].Failed != 1 || s.LastRuns[0].FinishedAt == "" {
		t.Fatalf("last runs = %+v", s.LastRuns)
	}
	// Pages failing the same way count together.
	run, _ := db.StartRun(ctx, "ingest")
	var evs []store.Event
	for _, src := range []string{"a/1.html", "b/22.html", "c.html"} {
		evs = append(evs, store.Event{RunID: run, Source: src, Stage: "read", Outcome: "failed",
			Reason: "read " + src + ": 33554433 bytes is over the 33554432-byte page limit"})
	}
	if _, err := db.Write(ctx, store.Batch{Events: evs}); err != nil {
		t.Fatal(err)
	}
	if s, err = db.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if len(s.Failed) != 1 || s.Failed[0].N != 3 || s.Failed[0].Label != "read: read …: N bytes is over the N-byte page limit" {
		t.Fatalf("failed = %+v, want the three pages under one generalised reason", s.Failed)
	}
}

// TestTxWaitsForAnotherWriter holds the write lock from a second handle for
// longer than the busy timeout: Tx must wait and then succeed.
func TestTxWaitsForAnotherWriter(t *testing.T) {
	defer func(old time.Duration) { busyTimeout = old }(busyTimeout)
	busyTimeout = 50 * time.Millisecond
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	held := make(chan struct{})
	release := make(chan struct{})
	go a.Tx(ctx, func(tx *sql.Tx) error {
		close(held)
		<-release
		return nil
	})
	<-held
	time.AfterFunc(400*time.Millisecond, func() { close(release) })
	start := time.Now()
	if _, err := b.Write(ctx, store.Batch{Pages: []store.Page{testPage(1, 1, "")}}); err != nil {
		t.Fatalf("write while another connection held the lock: %v", err)
	}
	if waited := time.Since(start); waited < 300*time.Millisecond {
		t.Fatalf("write took %v: the lock was not held", waited)
	}
}
