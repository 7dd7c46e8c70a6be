package sqlite

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"github.com/ccorpus/ccorpus/store"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
)

// storedPages writes pages whose records exercise nulls, lists, quotes,
// commas, newlines and formula-like cells.
func storedPages(t *testing.T, db *DB) []store.Page {
	t.Helper()
	var pages []store.Page
	for i := 0; i < 6; i++ {
		p := testPage(i, 1+i%3, "")
		r := &p.Doc.Records[0]
		switch i {
		case 1:
			r.Province, r.ProvinceCode, r.Theme, r.Year = nil, nil, nil, nil
			r.Activities, r.EventDates = []string{}, []string{}
		case 2:
			r.Theme = extract.Str("主题：\"质量\", 第一行\n第二行")
			r.Activities = []string{"@提质强企", "+计量", "'引号", "逗号,活动"}
		case 3:
			r.City, r.CityCode = extract.Str("石家庄市"), extract.Str("130100")
			r.County, r.CountyCode = extract.Str("长安区"), extract.Str("130102")
			r.ActivityCount = extract.Int(12)
		}
		pages = append(pages, p)
	}
	if _, err := db.Write(context.Background(), store.Batch{Pages: pages}); err != nil {
		t.Fatal(err)
	}
	return pages
}

func TestExportRecordsCSVRoundTrip(t *testing.T) {
	db := mustOpen(t)
	pages := storedPages(t, db)
	for _, bom := range []bool{false, true} {
		var buf bytes.Buffer
		n, err := store.Export(context.Background(), db, &buf, store.ExportOptions{Table: "records", Format: "csv", BOM: bom})
		if err != nil {
			t.Fatal(err)
		}
		data := buf.Bytes()
		if bom != bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Fatalf("bom=%v but output starts %q", bom, data[:3])
		}
		if !bytes.Contains(data, []byte("\r\n")) {
			t.Fatal("CSV lines must end in CRLF")
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var want, stored []extract.Facts
		for _, p := range pages {
			want = append(want, p.Doc.Records...)
		}
		err = db.EachRecord(context.Background(), func(r store.Record) error {
			stored = append(stored, r.Facts)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(want)+1 || n != len(want) {
			t.Fatalf("%d rows (n=%d), want %d records", len(rows)-1, n, len(want))
		}
		for _, row := range rows[1:] {
			for _, cell := range row {
				if cell != "" && cell[0] != '\'' && store.SafeCell(cell) != cell {
					t.Errorf("cell %q starts a formula", cell)
				}
			}
		}
		for i, row := range rows[1:] {
			got := factsFromRow(t, rows[0], row)
			w := want[i]
			if w.Evidence == nil {
				w.Evidence = map[string]string{}
			}
			if !reflect.DeepEqual(got, w) {
				gj, _ := json.Marshal(got)
				wj, _ := json.Marshal(w)
				t.Errorf("record %d after CSV round trip:\n got %s\nwant %s", i, gj, wj)
			}
			if !reflect.DeepEqual(got, stored[i]) {
				t.Errorf("record %d after CSV round trip differs from the stored record", i)
			}
		}
	}
}

// factsFromRow parses one exported records row back into facts.
func factsFromRow(t *testing.T, header, row []string) extract.Facts {
	t.Helper()
	cell := map[string]string{}
	for i, h := range header {
		cell[h] = store.UnsafeCell(row[i])
	}
	str := func(k string) *string { return extract.Str(cell[k]) }
	num := func(k string) *int {
		if cell[k] == "" {
			return nil
		}
		n, err := strconv.Atoi(cell[k])
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		return &n
	}
	var f extract.Facts
	f.Campaign, f.Year, f.Level, f.Theme = str("campaign"), num("year"), str("level"), str("theme")
	f.Province, f.ProvinceCode, f.City, f.CityCode = str("province"), str("province_code"), str("city"), str("city_code")
	f.County, f.CountyCode = str("county"), str("county_code")
	f.DepartmentCount, f.ActivityCount = num("department_count"), num("activity_count")
	for k, dst := range map[string]any{"event_dates": &f.EventDates, "activities": &f.Activities, "evidence": &f.Evidence} {
		if err := json.Unmarshal([]byte(cell[k]), dst); err != nil {
			t.Fatalf("%s %q: %v", k, cell[k], err)
		}
	}
	return f
}

func TestExportActivitiesAndDocuments(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	pages := storedPages(t, db)
	var buf bytes.Buffer
	if _, err := store.Export(ctx, db, &buf, store.ExportOptions{Table: "activities", Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var row map[string]any
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		names = append(names, row["activity"].(string))
	}
	var want []string
	for _, p := range pages {
		for _, r := range p.Doc.Records {
			want = append(want, r.Activities...)
		}
	}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("activities %q, want %q", names, want)
	}
	buf.Reset()
	n, err := store.Export(ctx, db, &buf, store.ExportOptions{Table: "documents", Format: "csv"})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if n != len(pages) || len(rows) != len(pages)+1 || len(rows[0]) != len(store.Columns("documents")) {
		t.Fatalf("documents export: n=%d rows=%d cols=%d", n, len(rows), len(rows[0]))
	}
	if _, err := store.Export(ctx, db, &buf, store.ExportOptions{Table: "nope", Format: "csv"}); err == nil {
		t.Fatal("unknown table accepted")
	}
}
