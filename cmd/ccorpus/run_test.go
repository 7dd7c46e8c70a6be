package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDir holds the five seed pages, kept as fixtures.
const seedDir = "../../testdata/seeds"

// run calls Run and returns stdout, stderr and the exit code.
func run(t testing.TB, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := runCLI(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), exitCode(err)
}

func TestIngestExportStats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	out, errs, code := run(t, "ingest", "--db", db, seedDir)
	if code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "5 pages: 5 new") {
		t.Fatalf("ingest output %q", out)
	}
	out, _, code = run(t, "ingest", "--db", db, seedDir)
	if code != exitOK || !strings.Contains(out, "5 unchanged") {
		t.Fatalf("re-ingest exit %d: %q", code, out)
	}
	csvPath := filepath.Join(dir, "docs.csv")
	if _, errs, code = run(t, "export", "--db", db, "--format", "csv", "--table", "documents", "--out", csvPath, "--bom"); code != exitOK {
		t.Fatalf("export exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("--bom did not write a byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 {
		t.Fatalf("%d document rows, want 5 and a header", len(rows)-1)
	}
	for _, table := range []string{"records", "activities"} {
		if _, errs, code := run(t, "export", "--db", db, "--format", "jsonl", "--table", table); code != exitOK {
			t.Fatalf("export %s exit %d: %s", table, code, errs)
		}
	}
	out, _, code = run(t, "stats", "--db", db)
	if code != exitOK || !strings.Contains(out, "documents 5") || !strings.Contains(out, "records by province") {
		t.Fatalf("stats exit %d:\n%s", code, out)
	}
	out, errs, code = run(t, "reprocess", "--db", db)
	if code != exitOK || !strings.Contains(out, "5 reprocessed") {
		t.Fatalf("reprocess exit %d: %q %s", code, out, errs)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	// A page over the size limit fails; the batch completes: exit 1.
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxPageBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, _, code := run(t, "ingest", "--db", db, seedDir, big)
	if code != exitPartial || !strings.Contains(out, "5 new") || !strings.Contains(out, "1 failed") {
		t.Fatalf("ingest with a bad page: exit %d, %q", code, out)
	}
	out, _, _ = run(t, "stats", "--db", db)
	if !strings.Contains(out, "read: ") {
		t.Errorf("stats does not report the failure:\n%s", out)
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{nil, exitFatal},
		{[]string{"--help"}, exitOK},
		{[]string{"nope"}, exitFatal},
		{[]string{"ingest"}, exitFatal},
		{[]string{"ingest", "--help"}, exitOK},
		{[]string{"ingest", "--db", db, filepath.Join(dir, "missing")}, exitFatal},
		{[]string{"export", "--db", db}, exitFatal},
		{[]string{"export", "--db", db, "--format", "xml"}, exitFatal},
		{[]string{"export", "--db", db, "--format", "csv", "--table", "nope"}, exitFatal},
		{[]string{"export", "--db", filepath.Join(dir, "none.db"), "--format", "csv"}, exitFatal},
		{[]string{"export", "--help"}, exitOK},
		{[]string{"stats", "--help"}, exitOK},
		{[]string{"stats", "--db", filepath.Join(dir, "none.db")}, exitFatal},
		{[]string{"reprocess", "--help"}, exitOK},
		{[]string{"extract", "--help"}, exitOK},
	} {
		if _, _, code := run(t, c.args...); code != c.code {
			t.Errorf("ccorpus %s: exit %d, want %d", strings.Join(c.args, " "), code, c.code)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("export of a missing database created it")
	}
}

func TestHelpDescribesEveryFlag(t *testing.T) {
	for _, c := range commands {
		name := c.name
		_, errs, code := run(t, name, "--help")
		if code != exitOK {
			t.Errorf("%s --help: exit %d", name, code)
		}
		if !strings.Contains(errs, "Usage: ccorpus "+name) {
			t.Errorf("%s --help lacks a usage line:\n%s", name, errs)
		}
	}
}

func TestChangedPageIsUpdatedAndReprocessRestores(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	page := filepath.Join(dir, "page.txt")
	v1 := "url: http://www.example.gov.cn/art/2023/9/5/art_1.html\n\n河北省2023年“质量月”活动启动。\n今年9月，河北省联合16个部门开展“质量月”活动。\n"
	v2 := "url: HTTP://www.example.gov.cn/art/2023/9/5/art_1.html#x\n\n河北省2023年“质量月”活动启动。\n今年9月，河北省联合18个部门开展“质量月”活动。\n"
	if err := os.WriteFile(page, []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _, code := run(t, "ingest", "--db", db, page); code != exitOK || !strings.Contains(out, "1 new") {
		t.Fatalf("ingest v1: %d %q", code, out)
	}
	if err := os.WriteFile(page, []byte(v2), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _, code := run(t, "ingest", "--db", db, page); code != exitOK || !strings.Contains(out, "1 updated") {
		t.Fatalf("ingest v2: %d %q", code, out)
	}
	out, _, _ := run(t, "export", "--db", db, "--format", "jsonl", "--table", "documents")
	var doc struct {
		Key      string `json:"doc_key"`
		Text     string `json:"text"`
		Previous []struct {
			RawHash string `json:"raw_hash"`
		} `json:"previous_hashes"`
		RawHash string `json:"raw_hash"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	if doc.Key != "http://www.example.gov.cn/art/2023/9/5/art_1.html" || len(doc.Previous) != 1 ||
		doc.Previous[0].RawHash == doc.RawHash || !strings.Contains(doc.Text, "18个部门") {
		t.Fatalf("after update: %+v", doc)
	}
	// Damage the derived data; reprocess rebuilds it from the raw bytes.
	sdb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.SQL().Exec(`UPDATE documents SET text = 'x', title = NULL`); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	if out, errs, code := run(t, "reprocess", "--db", db); code != exitOK || !strings.Contains(out, "1 reprocessed") {
		t.Fatalf("reprocess: %d %q %s", code, out, errs)
	}
	out, _, _ = run(t, "export", "--db", db, "--format", "jsonl", "--table", "documents")
	if err := json.Unmarshal([]byte(out), &doc); err != nil || !strings.Contains(doc.Text, "18个部门") || len(doc.Previous) != 1 {
		t.Fatalf("after reprocess (%v): %+v", err, doc)
	}
}
