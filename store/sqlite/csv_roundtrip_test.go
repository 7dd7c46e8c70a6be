package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

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
	p.Doc.Records[0].Departments = []extract.Department{{Name: "市场监管局\n第二行", Evidence: "联合\r\n多个部门\r"}}
	p.Doc.Records[0].Events = []extract.Event{{Date: "2022-09-02", Label: extract.Str("启动\r仪式")}}
	if _, err := db.Write(ctx, store.Batch{Pages: append(pages[:0:0], p)}); err != nil {
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
	for _, table := range store.Tables() {
		var c, j bytes.Buffer
		if _, err := store.Export(ctx, db, &c, store.ExportOptions{Table: table, Format: "csv"}); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Export(ctx, db, &j, store.ExportOptions{Table: table, Format: "jsonl"}); err != nil {
			t.Fatal(err)
		}
		rows, err := store.ReadCSV(c.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		lines := strings.Split(strings.TrimSuffix(j.String(), "\n"), "\n")
		if len(rows) != len(lines)+1 || len(lines) == 0 {
			t.Fatalf("%s: %d CSV rows, %d JSON lines", table, len(rows), len(lines))
		}
		cols := store.Columns(table)
		for r, line := range lines {
			var obj map[string]json.RawMessage
			if err := json.Unmarshal([]byte(line), &obj); err != nil {
				t.Fatal(err)
			}
			for i, col := range cols {
				if got, want := store.UnsafeCell(rows[r+1][i]), cellOf(t, obj[col.Name]); got != want {
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
