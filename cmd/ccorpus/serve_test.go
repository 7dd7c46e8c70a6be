package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/sqlite"
)

func TestServeRefusesOtherAddressesWithoutPublic(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	if _, errs, code := run(t, "ingest", "--db", db, seedDir); code != exitOK {
		t.Fatalf("ingest: %s", errs)
	}
	_, errs, code := run(t, "serve", "--db", db, "--addr", "0.0.0.0:0")
	if code != exitFatal || !strings.Contains(errs, "--public") {
		t.Errorf("serve on 0.0.0.0 without --public: exit %d, %q", code, errs)
	}
	out, help, _ := run(t, "serve", "--help")
	if !strings.Contains(out+help, "NO LOGIN") {
		t.Errorf("serve --help does not say there is no login:\n%s", out)
	}
}

// TestServeSearchesPostgres: `serve --db postgres://…` answers a search
// with the pages SQLite's workbench finds over the same ingest.
func TestServeSearchesPostgres(t *testing.T) {
	pg := pgTestDB(t)
	lite := filepath.Join(t.TempDir(), "c.db")
	for _, db := range []string{lite, pg} {
		if _, errs, code := run(t, "ingest", "--db", db, seedDir); code != exitOK {
			t.Fatalf("ingest %s: %s", db, errs)
		}
	}
	want := serveSearch(t, lite, "质量")
	got := serveSearch(t, pg, "质量")
	if !strings.Contains(want, " pages found") || strings.Contains(want, ">0 pages found") {
		t.Fatalf("SQLite's workbench found nothing for 质量: %.300s", want)
	}
	if got != want {
		t.Errorf("PostgreSQL's search line = %q, SQLite's = %q", got, want)
	}
}

// serveSearch runs `serve --db db` on a free loopback port, asks it for q
// and returns the result count line of the answer.
func serveSearch(t *testing.T, db, q string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- runCLI(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, pw, io.Discard)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve %s: %v (%v)", db, err, <-done)
	}
	go io.Copy(io.Discard, pr)
	_, addr, ok := strings.Cut(strings.TrimSpace(line), " on http://")
	addr, _, _ = strings.Cut(addr, "/")
	if !ok {
		t.Fatalf("serve %s said %q", db, line)
	}
	resp, err := http.Get("http://" + addr + "/search?q=" + url.QueryEscape(q))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("serve %s: search: %d %v\n%.500s", db, resp.StatusCode, err, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve %s stopped with %v", db, err)
	}
	for _, l := range strings.Split(string(body), "\n") {
		if strings.Contains(l, `id="found"`) {
			return strings.TrimSpace(l)
		}
	}
	t.Fatalf("serve %s: no result count in\n%.500s", db, body)
	return ""
}

// TestEvalCorrections corrects one field to the extractor's own value and
// one to another: the extractor agrees with one of two, and the export
// carries the correction; on SQLite and on PostgreSQL.
func TestEvalCorrections(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testEvalCorrections(t, filepath.Join(t.TempDir(), "c.db")) })
	t.Run("postgres", func(t *testing.T) { testEvalCorrections(t, pgTestDB(t)) })
}

func testEvalCorrections(t *testing.T, path string) {
	ctx := context.Background()
	if _, errs, code := run(t, "ingest", "--db", path, seedDir); code != exitOK {
		t.Fatalf("ingest: %s", errs)
	}
	db, err := openExistingDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var first *store.Record
	err = db.EachRecord(ctx, func(r store.Record) error {
		if first == nil {
			first = &r
		}
		return nil
	})
	if err != nil || first == nil {
		t.Fatalf("records: %v", err)
	}
	ids, err := db.DocumentIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var docID int64
	for _, id := range ids {
		if sp, err := db.LoadPage(ctx, id); err == nil && sp.Key == first.DocKey {
			docID = id
		}
	}
	year, _ := json.Marshal(first.Year)
	for _, c := range []store.Correction{
		{DocumentID: docID, RecordIndex: first.Index, Field: "year", Old: year, New: year, Who: "t"},
		{DocumentID: docID, RecordIndex: first.Index, Field: "department_count", New: json.RawMessage("987"), Who: "t"},
	} {
		if _, err := db.Correct(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	out, errs, code := run(t, "eval", "--corrections", "--db", path, "--json", "--errors")
	if code != exitOK {
		t.Fatalf("eval --corrections: exit %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var rep correctionReport
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.All.N != 2 || rep.All.Agree != 1 || len(lines) != 2 || !strings.Contains(lines[0], "department_count") {
		t.Errorf("eval --corrections:\n%s", out)
	}
	out, errs, code = run(t, "export", "--db", path, "--table", "records", "--format", "jsonl")
	if code != exitOK || !strings.Contains(strings.SplitN(out, "\n", 2)[0], `"department_count":987`) ||
		!strings.Contains(out, `"corrected":["department_count","year"]`) {
		t.Errorf("export after correcting: exit %d %s\n%.600s", code, errs, out)
	}
}

// TestIndexMissing: pages stored without search rows (by a binary older than
// the index) are indexed when the workbench opens, and then found.
func TestIndexMissing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	if _, errs, code := run(t, "ingest", "--db", path, seedDir); code != exitOK {
		t.Fatalf("ingest: %s", errs)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Search(ctx, store.SearchQuery{Terms: []string{"质量"}})
	if err != nil || res.Total == 0 {
		t.Fatalf("ingest left 质量 unfindable: %+v %v", res, err)
	}
	found := res.Total
	err = db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM search_words; DELETE FROM search_state`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if res, _ := db.Search(ctx, store.SearchQuery{Terms: []string{"质量"}}); res.Total != 0 {
		t.Fatalf("index not emptied: %d", res.Total)
	}
	ids, _ := db.DocumentIDs(ctx)
	n, err := testApp(io.Discard, io.Discard).indexMissing(ctx, db)
	if err != nil || n != len(ids) {
		t.Fatalf("indexMissing = %d, %v; want %d", n, err, len(ids))
	}
	if res, _ := db.Search(ctx, store.SearchQuery{Terms: []string{"质量"}}); res.Total != found {
		t.Errorf("after indexing, 质量 found in %d pages, want %d", res.Total, found)
	}
	if n, _ := testApp(io.Discard, io.Discard).indexMissing(ctx, db); n != 0 {
		t.Errorf("second indexMissing indexed %d pages", n)
	}
}
