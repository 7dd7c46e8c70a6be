package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
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

// TestServeNeedsSQLite: a PostgreSQL --db is refused before connecting, saying why.
func TestServeNeedsSQLite(t *testing.T) {
	_, errs, code := run(t, "serve", "--db", "postgres://nobody@127.0.0.1:1/none")
	if code != exitFatal || !strings.Contains(errs, "needs a SQLite database") {
		t.Errorf("serve on PostgreSQL: exit %d, %q", code, errs)
	}
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
