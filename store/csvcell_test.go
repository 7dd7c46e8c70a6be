package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
)

// parseCSV reads RFC 4180 records byte-exact: CRLF (or LF) ends a record
// outside quotes; inside quotes every byte is the cell's.
func parseCSV(b []byte) ([][]string, error) {
	var recs [][]string
	var rec []string
	var cell strings.Builder
	quoted, inQuotes, fresh := false, false, true
	end := func() { rec = append(rec, cell.String()); cell.Reset(); quoted, fresh = false, true }
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(b) && b[i+1] == '"':
			cell.WriteByte('"')
			i++
		case inQuotes && c == '"':
			inQuotes = false
		case inQuotes:
			cell.WriteByte(c)
		case c == '"' && fresh:
			inQuotes, quoted, fresh = true, true, false
		case c == ',':
			end()
		case c == '\r' && i+1 < len(b) && b[i+1] == '\n', c == '\n':
			if c == '\r' {
				i++
			}
			end()
			recs, rec = append(recs, rec), nil
		case quoted:
			return nil, fmt.Errorf("byte %q after a closing quote at %d", c, i)
		default:
			cell.WriteByte(c)
			fresh = false
		}
	}
	if inQuotes {
		return nil, errors.New("quote not closed")
	}
	if rec != nil || cell.Len() > 0 {
		end()
		recs = append(recs, rec)
	}
	return recs, nil
}

// TestCSVRoundTripEveryTable exports every table as CSV and as JSON Lines
// and checks that each CSV cell is byte for byte the JSON value: newlines,
// CRLF and lone CRs inside cells included.
func TestCSVRoundTripEveryTable(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	pages := storedPages(t, db)
	p := testPage(99, 1, "")
	p.Doc.Text = "第一段\n第二段\r\n第三段\r孤立的回车\r"
	p.Doc.Title = extract.Str("标题\r\n换行, \"引号\"")
	p.Doc.Records[0].Theme = extract.Str("主题\n第二行\r")
	if _, err := db.Write(ctx, Batch{Pages: append(pages[:0:0], p)}); err != nil {
		t.Fatal(err)
	}
	f := db.CrawlFrontier()
	run, err := f.BeginRun(ctx, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	e := crawler.Entry{URL: "http://x.gov.cn/a.html", Host: "x.gov.cn", Site: "x", Kind: crawler.KindArticle}
	if _, err := f.Add(ctx, run, []crawler.Entry{e}); err != nil {
		t.Fatal(err)
	}
	e.State = crawler.StateFailed
	if err := f.Complete(ctx, run, crawler.Outcome{Entry: e, Fetch: crawler.Fetch{Time: time.Now(), URL: e.URL,
		Outcome: crawler.OutcomeFailed, Reason: "line one\nline two\r\n\rend", ContentType: "text/html"}}); err != nil {
		t.Fatal(err)
	}
	for _, table := range Tables() {
		var c, j bytes.Buffer
		if _, err := db.Export(ctx, &c, ExportOptions{Table: table, Format: "csv"}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Export(ctx, &j, ExportOptions{Table: table, Format: "jsonl"}); err != nil {
			t.Fatal(err)
		}
		rows, err := parseCSV(c.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		lines := strings.Split(strings.TrimSuffix(j.String(), "\n"), "\n")
		if len(rows) != len(lines)+1 || len(lines) == 0 {
			t.Fatalf("%s: %d CSV rows, %d JSON lines", table, len(rows), len(lines))
		}
		cols := Columns(table)
		for r, line := range lines {
			var obj map[string]json.RawMessage
			if err := json.Unmarshal([]byte(line), &obj); err != nil {
				t.Fatal(err)
			}
			for i, col := range cols {
				if got, want := UnsafeCell(rows[r+1][i]), cellOf(t, obj[col.Name]); got != want {
					t.Errorf("%s row %d %s: CSV %q, JSON %q", table, r, col.Name, got, want)
				}
			}
		}
	}
	var text string
	db.SQL().QueryRow(`SELECT text FROM documents WHERE text LIKE '第一段%'`).Scan(&text)
	if text != p.Doc.Text {
		t.Fatalf("stored text %q", text)
	}
}

// cellOf is the CSV cell a JSON value is written as.
func cellOf(t *testing.T, raw json.RawMessage) string {
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return fmt.Sprint(v)
	}
	var b bytes.Buffer
	json.Compact(&b, raw)
	return b.String()
}

// FuzzCSVWriter: any cells written come back byte-exact.
func FuzzCSVWriter(f *testing.F) {
	f.Add("a\nb", "c\r\nd", "\re\"f,", "")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		var buf bytes.Buffer
		in := []string{a, b, c, d}
		if err := (&csvWriter{w: &buf}).Write(in); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasSuffix(buf.Bytes(), []byte("\r\n")) {
			t.Fatal("record does not end in CRLF")
		}
		recs, err := parseCSV(buf.Bytes())
		if err != nil || len(recs) != 1 || strings.Join(recs[0], "\x00") != strings.Join(in, "\x00") || len(recs[0]) != 4 {
			t.Fatalf("%q came back as %q (%v)", in, recs, err)
		}
	})
}
