package storetest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

// jsonRows returns a table exported as JSON Lines, one object per row.
func jsonRows(t *testing.T, db store.Store, table string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(export(t, db, table, "jsonl")), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		must(t, json.Unmarshal([]byte(line), &m))
		out = append(out, m)
	}
	return out
}

// testCorrections: a correction is applied in the export and named in its
// corrected column, outlives reprocessing and a re-crawl that changed the
// page, and is withdrawn by undo.
func testCorrections(t *testing.T, db store.Store) {
	ctx := context.Background()
	pages := []store.Page{TestPage(1, 2, "甲。"), TestPage(2, 0, "乙。")}
	write(t, db, pages...)
	ids, err := db.DocumentIDs(ctx)
	must(t, err)
	before := jsonRows(t, db, "records")
	old, _ := json.Marshal(before[1]["department_count"])
	id, err := db.Correct(ctx, store.Correction{DocumentID: ids[0], RecordIndex: 1, Field: "department_count",
		Old: old, New: json.RawMessage("7"), Note: "正文写七个部门", Who: "tester"})
	must(t, err)
	check := func(when string, want any, corrected string) {
		t.Helper()
		recs := jsonRows(t, db, "records")
		if got := recs[1]["department_count"]; got != want {
			t.Errorf("%s: department_count = %v, want %v", when, got, want)
		}
		if got, _ := json.Marshal(recs[1]["corrected"]); string(got) != corrected {
			t.Errorf("%s: corrected = %s, want %s", when, got, corrected)
		}
		if got, _ := json.Marshal(recs[0]["corrected"]); string(got) != "[]" {
			t.Errorf("%s: an uncorrected record says corrected = %s", when, got)
		}
	}
	check("after correcting", float64(7), `["department_count"]`)
	// Reprocess replaces every record: the correction stays in force.
	must(t, db.SaveReprocessed(ctx, ids, pages, nil))
	check("after reprocess", float64(7), `["department_count"]`)
	// A re-crawl that changed the page's bytes keeps it too.
	if out := write(t, db, TestPage(1, 2, "甲，改过。")); out[0] != store.Updated {
		t.Fatalf("re-crawl: %v", out)
	}
	check("after re-crawl", float64(7), `["department_count"]`)
	must(t, db.Undo(ctx, id, "tester"))
	check("after undo", before[1]["department_count"], `[]`)
	if err := db.Undo(ctx, id, "tester"); err == nil {
		t.Error("undoing twice succeeded")
	}
	list, err := db.Corrections(ctx, 0, true)
	if err != nil || len(list) != 1 || list[0].UndoneAt == "" || list[0].UndoneBy != "tester" || list[0].Active ||
		list[0].Note != "正文写七个部门" || list[0].DocKey != pages[0].Key() || string(list[0].Old) != string(old) {
		t.Fatalf("corrections list = %+v, %v", list, err)
	}
	if list, err := db.Corrections(ctx, 0, false); err != nil || len(list) != 0 {
		t.Fatalf("corrections in force after undo = %+v, %v", list, err)
	}
	// A newer correction supersedes an older one; undoing it brings the older back.
	first, err := db.Correct(ctx, store.Correction{DocumentID: ids[1], RecordIndex: 0, Field: "year", New: json.RawMessage("2021"), Who: "a"})
	must(t, err)
	second, err := db.Correct(ctx, store.Correction{DocumentID: ids[1], RecordIndex: 0, Field: "year", New: json.RawMessage("2020"), Who: "b"})
	must(t, err)
	if got := jsonRows(t, db, "records")[2]["year"]; got != float64(2020) {
		t.Errorf("year after two corrections = %v, want 2020", got)
	}
	list, err = db.Corrections(ctx, ids[1], false)
	if err != nil || len(list) != 2 || list[0].ID != second || !list[0].Active || list[1].ID != first || list[1].Active {
		t.Fatalf("corrections of document %d = %+v, %v", ids[1], list, err)
	}
	must(t, db.Undo(ctx, second, "b"))
	if got := jsonRows(t, db, "records")[2]["year"]; got != float64(2021) {
		t.Errorf("year after undoing the newer correction = %v, want 2021", got)
	}
}

// testCorrectionsRefused: corrections of what does not exist, or of a field
// on the wrong level, are refused.
func testCorrectionsRefused(t *testing.T, db store.Store) {
	ctx := context.Background()
	write(t, db, TestPage(1, 2, "甲。"))
	ids, err := db.DocumentIDs(ctx)
	must(t, err)
	for _, c := range []store.Correction{
		{DocumentID: ids[0], RecordIndex: 0, Field: store.PageField, New: json.RawMessage("false"), Who: "t"},
		{DocumentID: ids[0], RecordIndex: 9, Field: "year", New: json.RawMessage("2020"), Who: "t"},
		{DocumentID: ids[0] + 100, RecordIndex: 0, Field: "year", New: json.RawMessage("2020"), Who: "t"},
		{DocumentID: ids[0], RecordIndex: 0, Field: "evidence", New: json.RawMessage("{}"), Who: "t"},
		{DocumentID: ids[0], RecordIndex: 0, Field: "year", New: json.RawMessage("2020"), Who: " "},
		{DocumentID: ids[0], RecordIndex: 0, Field: "year", New: json.RawMessage("20 20"), Who: "t"},
	} {
		if _, err := db.Correct(ctx, c); err == nil {
			t.Errorf("correction %+v accepted", c)
		}
	}
	if err := db.Undo(ctx, 12345, "t"); err == nil {
		t.Error("undoing a correction that does not exist succeeded")
	}
}

// testCorrectedExports marks a page off topic and corrects facts of
// another, including its activities, and compares every table with the
// golden files all backends share.
func testCorrectedExports(t *testing.T, db store.Store) {
	ctx := context.Background()
	write(t, db, TestPage(1, 2, "甲。"), TestPage(2, 1, "乙。"), TestPage(3, 0, "丙。"))
	ids, err := db.DocumentIDs(ctx)
	must(t, err)
	for _, c := range []store.Correction{
		{DocumentID: ids[0], RecordIndex: -1, Field: store.PageField, Old: json.RawMessage("true"), New: json.RawMessage("false"), Who: "t"},
		{DocumentID: ids[1], RecordIndex: 0, Field: "activities", New: json.RawMessage(`["提质强企"]`), Who: "t"},
		{DocumentID: ids[1], RecordIndex: 0, Field: "province", New: json.RawMessage(`"河南省"`), Who: "t"},
		{DocumentID: ids[1], RecordIndex: 0, Field: "theme", New: json.RawMessage(`null`), Who: "t"},
		{DocumentID: ids[2], RecordIndex: 0, Field: "event_dates", New: json.RawMessage(`["2022-09-01","2022-09-30"]`), Who: "t"},
	} {
		_, err := db.Correct(ctx, c)
		must(t, err)
	}
	for _, table := range []string{"records", "activities", "documents"} {
		for _, format := range []string{"csv", "jsonl"} {
			golden(t, "corrected_"+table+"."+format, export(t, db, table, format))
		}
	}
}
