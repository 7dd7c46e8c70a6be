package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// The tables computed from the stored records (panel, departments, events),
// filters, --columns and Parquet, on every backend.

// panelPages stores a release and its reprint (one story), another county
// report of the same city, and a national record.
func panelPages(t *testing.T, db store.Store) {
	t.Helper()
	mk := func(i int, text, county, countyCode, level string, depts int) store.Page {
		p := TestPage(i, 0, "")
		p.Doc.Text, p.Raw = text, []byte(text+string(rune('a'+i)))
		p.Doc.Published = extract.Str("2022-09-1" + string(rune('0'+i)))
		f := facts("浙江省", "330000", i)
		f.Level, f.City, f.CityCode = extract.Str(level), extract.Str("杭州市"), extract.Str("330100")
		f.County, f.CountyCode = extract.Str(county), extract.Str(countyCode)
		f.DepartmentCount = extract.Int(depts)
		f.EventDates = []string{"2022-09-0" + string(rune('1'+i))}
		f.Events = []extract.Event{{Date: f.EventDates[0], Label: extract.Str("启动仪式")}}
		if level == "national" {
			f.Province, f.ProvinceCode, f.City, f.CityCode, f.County, f.CountyCode = extract.Str("全国"), nil, nil, nil, nil, nil
		}
		p.Doc.Facts, p.Doc.Records = f, []extract.Facts{f}
		return p
	}
	release := inventedText(1, 400)
	write(t, db,
		mk(0, release, "西湖区", "330106", "county", 10),
		mk(1, release, "西湖区", "330106", "county", 10), // a reprint
		mk(2, inventedText(2, 400), "余杭区", "330110", "county", 15),
		mk(3, inventedText(3, 400), "", "", "national", 30),
	)
}

// exportRows exports a table as JSON Lines and decodes each row.
func exportRows(t *testing.T, db store.Store, opts store.ExportOptions) []map[string]any {
	t.Helper()
	var buf bytes.Buffer
	opts.Format = "jsonl"
	_, err := store.Export(context.Background(), db, &buf, opts)
	must(t, err)
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		must(t, json.Unmarshal([]byte(l), &m))
		out = append(out, m)
	}
	return out
}

func testPanel(t *testing.T, db store.Store) {
	panelPages(t, db)
	rows := exportRows(t, db, store.ExportOptions{Table: "panel"})
	if len(rows) != 2 {
		t.Fatalf("province panel: %d rows, want national and 浙江省: %v", len(rows), rows)
	}
	nat, zj := rows[0], rows[1]
	if nat["level"] != "national" || nat["province"] != nil || nat["region_code"] != nil {
		t.Errorf("national row %v", nat)
	}
	if zj["province"] != "浙江省" || zj["stories"] != 2.0 || zj["documents"] != 3.0 || zj["reports"] != 2.0 ||
		zj["department_count_max"] != 15.0 || zj["department_count_median"] != 12.5 || zj["first_event"] != "2022-09-01" {
		t.Errorf("浙江省 row %v", zj)
	}
	rows = exportRows(t, db, store.ExportOptions{Table: "panel", Filter: store.Filter{Level: "county"}})
	if len(rows) != 3 || rows[1]["county"] != "西湖区" || rows[1]["stories"] != 1.0 || rows[1]["documents"] != 2.0 {
		t.Errorf("county panel %v", rows)
	}
	rows = exportRows(t, db, store.ExportOptions{Table: "panel", Filter: store.Filter{Province: "330000"}})
	if len(rows) != 1 || rows[0]["province"] != "浙江省" {
		t.Errorf("--province 330000 panel %v", rows)
	}
	events := exportRows(t, db, store.ExportOptions{Table: "events", Filter: store.Filter{Province: "浙江"}})
	if len(events) != 3 || events[0]["label"] != "启动仪式" || events[0]["date"] != "2022-09-01" || events[0]["story_id"] != events[1]["story_id"] {
		t.Errorf("events of 浙江 %v", events)
	}
}

func testFiltersAndColumns(t *testing.T, db store.Store) {
	panelPages(t, db)
	rows := exportRows(t, db, store.ExportOptions{Table: "records", Filter: store.Filter{Level: "county", Since: "2022-01-01"},
		Columns: []string{"county", "region_code", "story_id"}})
	if len(rows) != 3 || len(rows[0]) != 3 || rows[0]["region_code"] != "330106" || rows[0]["story_id"] != rows[1]["story_id"] ||
		rows[0]["story_id"] == rows[2]["story_id"] {
		t.Errorf("filtered records %v", rows)
	}
	if rows := exportRows(t, db, store.ExportOptions{Table: "records", Filter: store.Filter{Until: "2000-01-01"}}); len(rows) != 0 {
		t.Errorf("--until before every page kept %v", rows)
	}
	var buf bytes.Buffer
	if _, err := store.Export(context.Background(), db, &buf, store.ExportOptions{Table: "fetches", Format: "csv", Filter: store.Filter{Campaign: "质量月"}}); err == nil {
		t.Error("a campaign filter on the fetch log was accepted")
	}
}

func testParquet(t *testing.T, db store.Store) {
	panelPages(t, db)
	var buf bytes.Buffer
	n, err := store.Export(context.Background(), db, &buf, store.ExportOptions{Table: "records", Format: "parquet"})
	if err != nil || n != 4 {
		t.Fatalf("parquet export: %d rows, %v", n, err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	must(t, err)
	schema := f.Schema().String()
	for _, want := range []string{"optional int64 year", "optional boolean canonical", "optional binary evidence (JSON)",
		"required int32 element (DATE)", "required binary element (STRING)", "optional binary province_code (STRING)"} {
		if !strings.Contains(schema, want) {
			t.Errorf("schema lacks %q:\n%s", want, schema)
		}
	}
	if f.NumRows() != 4 {
		t.Errorf("%d rows in the file, want 4", f.NumRows())
	}
	type rec struct {
		DocKey     *string  `parquet:"doc_key,optional"`
		Year       *int64   `parquet:"year,optional"`
		EventDates []int32  `parquet:"event_dates,list"`
		Activities []string `parquet:"activities,list"`
	}
	rows, err := parquet.Read[rec](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	must(t, err)
	if *rows[0].Year != 2022 || len(rows[0].EventDates) != 1 || rows[0].EventDates[0] != 19236 || len(rows[0].Activities) != 3 {
		t.Errorf("first row %+v", rows[0]) // 19236 days after 1970-01-01 is 2022-09-01
	}
}
