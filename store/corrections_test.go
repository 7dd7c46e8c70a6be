package store

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// exportRecords returns the records table as JSON objects.
func exportRecords(t *testing.T, db *DB, table string) []map[string]any {
	t.Helper()
	var buf bytes.Buffer
	if _, err := db.Export(context.Background(), &buf, ExportOptions{Table: table, Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func TestCorrectionsAppliedSurviveAndUndo(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	pages := []Page{testPage(1, 2, "甲。"), testPage(2, 0, "乙。")}
	if _, err := db.Write(ctx, Batch{Pages: pages}); err != nil {
		t.Fatal(err)
	}
	ids, _ := db.DocumentIDs(ctx)
	before := exportRecords(t, db, "records")
	old, _ := json.Marshal(before[1]["department_count"])
	id, err := db.Correct(ctx, Correction{DocumentID: ids[0], RecordIndex: 1, Field: "department_count",
		Old: old, New: json.RawMessage("7"), Note: "正文写七个部门", Who: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string, want any, corrected string) {
		t.Helper()
		recs := exportRecords(t, db, "records")
		if got := recs[1]["department_count"]; got != want {
			t.Errorf("%s: department_count = %v, want %v", when, got, want)
		}
		if got, _ := json.Marshal(recs[1]["corrected"]); string(got) != corrected {
			t.Errorf("%s: corrected = %s, want %s", when, got, corrected)
		}
		if got, _ := json.Marshal(recs[0]["corrected"]); string(got) != "[]" {
			t.Errorf("%s: an uncorrected record says corrected = %s", when, got)
		}
		rows, _, err := db.Records(ctx, RecordQuery{Filter: Filter{Corrected: corrected != "[]"}})
		if err != nil {
			t.Fatal(err)
		}
		if corrected != "[]" && (len(rows) != 1 || rows[0].DepartmentCount == nil || float64(*rows[0].DepartmentCount) != want) {
			t.Errorf("%s: corrected records view = %+v", when, rows)
		}
	}
	check("after correcting", float64(7), `["department_count"]`)
	// Reprocess replaces every record: the correction stays in force.
	if err := db.SaveReprocessed(ctx, ids, pages, nil); err != nil {
		t.Fatal(err)
	}
	check("after reprocess", float64(7), `["department_count"]`)
	// A re-crawl that changed the page's bytes keeps it too.
	changed := testPage(1, 2, "甲，改过。")
	if out, err := db.Write(ctx, Batch{Pages: []Page{changed}}); err != nil || out[0] != Updated {
		t.Fatalf("re-crawl: %v %v", out, err)
	}
	check("after re-crawl", float64(7), `["department_count"]`)
	if err := db.Undo(ctx, id, "tester"); err != nil {
		t.Fatal(err)
	}
	check("after undo", before[1]["department_count"], `[]`)
	if err := db.Undo(ctx, id, "tester"); err == nil {
		t.Error("undoing twice succeeded")
	}
	list, err := db.Corrections(ctx, 0, true)
	if err != nil || len(list) != 1 || list[0].UndoneAt == "" || list[0].Note != "正文写七个部门" {
		t.Fatalf("corrections list = %+v, %v", list, err)
	}
}

func TestOffTopicCorrectionDropsRecords(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.Write(ctx, Batch{Pages: []Page{testPage(1, 2, "甲。"), testPage(2, 0, "乙。")}}); err != nil {
		t.Fatal(err)
	}
	ids, _ := db.DocumentIDs(ctx)
	if _, err := db.Correct(ctx, Correction{DocumentID: ids[0], RecordIndex: -1, Field: PageField,
		Old: json.RawMessage("true"), New: json.RawMessage("false"), Who: "tester"}); err != nil {
		t.Fatal(err)
	}
	if recs := exportRecords(t, db, "records"); len(recs) != 1 {
		t.Errorf("records after marking a 2-record page off topic: %d rows, want 1", len(recs))
	}
	for _, a := range exportRecords(t, db, "activities") {
		if strings.Contains(a["doc_key"].(string), "art_1.html") {
			t.Errorf("activity of the off-topic page exported: %v", a)
		}
	}
	docs := exportRecords(t, db, "documents")
	if docs[0]["on_topic"] != false || docs[1]["on_topic"] != true {
		t.Errorf("documents on_topic = %v, %v", docs[0]["on_topic"], docs[1]["on_topic"])
	}
	if got, _ := json.Marshal(docs[0]["corrected"]); string(got) != `["on_topic"]` {
		t.Errorf("documents corrected = %s", got)
	}
	if _, err := db.Correct(ctx, Correction{DocumentID: ids[0], RecordIndex: 0, Field: PageField,
		New: json.RawMessage("false"), Who: "tester"}); err == nil {
		t.Error("on_topic accepted for a record")
	}
	if _, err := db.Correct(ctx, Correction{DocumentID: ids[0], RecordIndex: 9, Field: "year",
		New: json.RawMessage("2020"), Who: "tester"}); err == nil {
		t.Error("a correction of a record that does not exist was accepted")
	}
}

func TestParseValue(t *testing.T) {
	for _, c := range []struct {
		field, in, want string
		bad             bool
	}{
		{"department_count", " 12 ", "12", false},
		{"department_count", "", "null", false},
		{"department_count", "十二", "", true},
		{"province", "江苏省", `"江苏省"`, false},
		{"province", "", "null", false},
		{"event_dates", "2024-09-03\n\n2024-09-01\n", `["2024-09-01","2024-09-03"]`, false},
		{"event_dates", "9月1日", "", true},
		{"activities", "提质强企\n计量进企业", `["提质强企","计量进企业"]`, false},
		{"on_topic", "false", "false", false},
		{"evidence", "x", "", true},
	} {
		got, err := ParseValue(c.field, c.in)
		if (err != nil) != c.bad || (!c.bad && string(got) != c.want) {
			t.Errorf("ParseValue(%s, %q) = %s, %v; want %s (error %v)", c.field, c.in, got, err, c.want, c.bad)
		}
		if !c.bad && FormatValue(got) != strings.TrimSpace(strings.ReplaceAll(normalizeLines(c.in, c.field), "\n\n", "\n")) {
			t.Errorf("FormatValue(%s) = %q does not give %q back", got, FormatValue(got), c.in)
		}
	}
}

// normalizeLines is what a list input reads as once parsed: sorted dates.
func normalizeLines(s, field string) string {
	if field == "event_dates" {
		return "2024-09-01\n2024-09-03"
	}
	return s
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"12", "", "江苏省", "2024-09-01\n2024-09-02", "true", "-1", "\x00", "\xff"} {
		f.Add("department_count", s)
		f.Add("event_dates", s)
		f.Add("province", s)
		f.Add("activities", s)
	}
	f.Fuzz(func(t *testing.T, field, in string) {
		v, err := ParseValue(field, in)
		if err != nil {
			return
		}
		if !json.Valid(v) {
			t.Fatalf("ParseValue(%q, %q) = %s, not JSON", field, in, v)
		}
		if again, err := ParseValue(field, FormatValue(v)); err != nil || string(again) != string(v) {
			t.Fatalf("ParseValue(FormatValue(%s)) = %s, %v", v, again, err)
		}
	})
}

// TestCorrectorLeavesOtherTablesAlone: a table without pages (the crawl's
// fetches) passes through the export hook untouched.
func TestCorrectorLeavesOtherTablesAlone(t *testing.T) {
	c := &corrector{byKey: map[string]map[int]map[string]json.RawMessage{"k": {0: {"year": json.RawMessage("1")}}}}
	vals := []Value{"http://x/", int64(200)}
	if !c.apply("fetches", []Column{{"url", kText}, {"status", kInt}}, vals) || vals[0] != "http://x/" || vals[1] != int64(200) {
		t.Errorf("apply changed a fetches row: %v", vals)
	}
}
