package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/warctest"
	"github.com/ccorpus/ccorpus/store/sqlite"
)

// logRows returns the processing log as "outcome stage source: reason" lines.
func logRows(t *testing.T, path string) []string {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.SQL().Query(`SELECT outcome, stage, source, reason FROM processing_log ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var o, st, src, r string
		rows.Scan(&o, &st, &src, &r)
		out = append(out, fmt.Sprintf("%s %s %s: %s", o, st, src, r))
	}
	return out
}

// warcPages is n exchanges of invented pages, distinct by prefix.
func warcPages(prefix string, n int) []crawler.Exchange {
	var xs []crawler.Exchange
	for i := 0; i < n; i++ {
		xs = append(xs, warctest.Page(fmt.Sprintf("http://%s.gov.cn/news/%d.html", prefix, i),
			fmt.Sprintf("%s市开展质量月活动第%d期", prefix, i),
			strings.Repeat(fmt.Sprintf("%s市市场监管局组织开展质量月活动，第%d期共有%d家企业参加。", prefix, i, 10+i), 5)))
	}
	return xs
}

// TestIngestSalvagesDamagedWARCs ingests good and damaged archives in one
// run: every readable page is stored, each loss is in the processing log
// with file, offset and reason, the refused response is skipped, and the
// damage makes the run exit 1 instead of stopping it.
func TestIngestSalvagesDamagedWARCs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	write := func(name string, b []byte) string {
		p := filepath.Join(in, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	read := func(p string) []byte { b, _ := os.ReadFile(p); return b }
	tmp := t.TempDir()
	goodPath, _ := warctest.Write(t, tmp, "good.warc.gz", warcPages("qa", 3)...)
	onePath, _ := warctest.Write(t, tmp, "one.warc.gz", warcPages("qb", 20)...)
	midPath, midOffs := warctest.Write(t, tmp, "mid.warc.gz", warcPages("qc", 4)...)
	cutX := warcPages("qd", 1)[0]
	cutX.Truncated = "disconnect"
	refPath, _ := warctest.Write(t, tmp, "ref.warc.gz", append(warcPages("qe", 1), cutX)...)

	bad := write("a-bad.warc", []byte("this is not an archive\n"))
	write("b-one.warc.gz", warctest.OneStream(t, read(onePath)))
	mid := write("c-mid.warc.gz", warctest.Corrupt(read(midPath), int(midOffs[1])+40, 16))
	g := read(goodPath)
	trail := write("d-trail.warc.gz", append(bytes.Clone(g), "garbage after the end"...))
	write("e-ref.warc.gz", read(refPath))
	write("page.html", []byte("<html><head><title>全市质量月活动启动</title></head><body><p>"+strings.Repeat("全市质量月活动今日启动，各部门参加。", 5)+"</p></body></html>"))

	db := filepath.Join(dir, "c.db")
	out, errs, code := run(t, "ingest", "--db", db, bad, in)
	if code != exitPartial {
		t.Fatalf("exit %d, want %d:\n%s\n%s", code, exitPartial, out, errs)
	}
	// 20 (one stream) + 3 of 4 (corrupt middle) + 3 (trailing garbage) + 1 (refused beside it) + 1 html
	if n := countDocs(t, db); n != 28 {
		t.Fatalf("%d documents, want 28\n%s\n%s", n, out, errs)
	}
	if !strings.Contains(errs, bad+": no HTML pages: not a WARC file") || strings.Contains(errs, "no pages found") {
		t.Errorf("stderr does not say what is wrong with %s:\n%s", bad, errs)
	}
	if !strings.Contains(out, "1 skipped (truncated 1)") {
		t.Errorf("summary %q", out)
	}
	logs := strings.Join(logRows(t, db), "\n")
	for _, want := range []string{
		fmt.Sprintf("failed read %s#%d: ", mid, midOffs[1]),
		fmt.Sprintf("failed read %s#%d: ", trail, len(g)),
		"failed read " + bad + "#0: ",
		"skipped read " + filepath.Join(in, "e-ref.warc.gz") + "#",
	} {
		if !strings.Contains(logs, want) {
			t.Errorf("processing log has no %q:\n%s", want, logs)
		}
	}
}

// TestIngestSkipsJunk: binaries, random bytes, empty files and a PDF are
// skipped with counted reasons and never stored; a 0-byte file is never
// "unchanged" against anything.
func TestIngestSkipsJunk(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin, _ := os.ReadFile(exe)
	os.WriteFile(filepath.Join(in, "ls.html"), bin[:min(len(bin), 256<<10)], 0o644)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 30; i++ {
		b := make([]byte, 64+r.IntN(4096))
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		os.WriteFile(filepath.Join(in, fmt.Sprintf("rand%02d.html", i)), b, 0o644)
	}
	os.WriteFile(filepath.Join(in, "empty.html"), nil, 0o644)
	os.WriteFile(filepath.Join(in, "empty.txt"), []byte("\n \n"), 0o644)
	pdf := filepath.Join(dir, "a.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), 0o644)
	os.WriteFile(filepath.Join(in, "page.html"), []byte("<html><head><title>全县质量月活动</title></head><body><p>"+strings.Repeat("全县质量月活动今日启动。", 5)+"</p></body></html>"), 0o644)

	db := filepath.Join(dir, "c.db")
	out, errs, code := run(t, "ingest", "--db", db, in, pdf)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s\n%s", code, out, errs)
	}
	if n := countDocs(t, db); n != 1 {
		t.Fatalf("%d documents stored, want 1", n)
	}
	if !strings.Contains(out, "1 new, 0 updated, 0 unchanged, 0 failed, 34 skipped (empty 2, not-text 31, unsupported-type 1)") {
		t.Fatalf("summary %q", out)
	}
	rows := logRows(t, db)
	sort.Strings(rows)
	if len(rows) != 34 || !strings.HasPrefix(rows[0], "skipped read "+pdf+": unsupported-type: PDF") &&
		!strings.Contains(strings.Join(rows, "\n"), "skipped read "+pdf+": unsupported-type: PDF") {
		t.Fatalf("processing log:\n%s", strings.Join(rows, "\n"))
	}
}

// TestExtractSkipsJunk: extract prints no record for an input that is not a
// page (a 0-byte file, binary bytes, a PDF) and exits 1, printing the others.
func TestExtractSkipsJunk(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a-empty.html"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "b-binary.html"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.pdf"), []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), 0o644)
	good := filepath.Join(dir, "d-good.txt")
	os.WriteFile(good, []byte("全市开展质量月活动。\n"), 0o644)
	out, errs, code := run(t, "extract", "--format", "jsonl", filepath.Join(dir, "a-empty.html"), filepath.Join(dir, "b-binary.html"), filepath.Join(dir, "c.pdf"), good)
	if code != exitPartial {
		t.Errorf("exit %d, want %d; stderr %s", code, exitPartial, errs)
	}
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, "d-good.txt") {
		t.Errorf("printed %d records, want only d-good.txt's:\n%s", n, out)
	}
}
