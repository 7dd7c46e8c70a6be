package sqlite

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

// TestCorrectedViews: the workbench's record list, document view and
// overview see corrections as the export does (store/storetest checks the
// export on every backend).
func TestCorrectedViews(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.Write(ctx, store.Batch{Pages: []store.Page{testPage(1, 2, "甲。"), testPage(2, 1, "乙。")}}); err != nil {
		t.Fatal(err)
	}
	ids, _ := db.DocumentIDs(ctx)
	id, err := db.Correct(ctx, store.Correction{DocumentID: ids[0], RecordIndex: 1, Field: "department_count",
		New: json.RawMessage("7"), Who: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	rows, total, err := db.Records(ctx, store.RecordQuery{ViewFilter: store.ViewFilter{Corrected: true}})
	if err != nil || total != 1 || len(rows) != 1 || rows[0].DepartmentCount == nil || *rows[0].DepartmentCount != 7 ||
		len(rows[0].Corrected) != 1 || rows[0].Corrected[0] != "department_count" {
		t.Fatalf("corrected records = %+v (%d), %v", rows, total, err)
	}
	if _, total, _ := db.Records(ctx, store.RecordQuery{}); total != 3 {
		t.Errorf("%d records, want 3", total)
	}
	// Marking the first page off topic leaves its records out of every view.
	if _, err := db.Correct(ctx, store.Correction{DocumentID: ids[0], RecordIndex: -1, Field: store.PageField,
		New: json.RawMessage("false"), Who: "tester"}); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := db.Records(ctx, store.RecordQuery{}); total != 1 {
		t.Errorf("%d records after marking a 2-record page off topic, want 1", total)
	}
	d, err := db.Document(ctx, ids[0])
	if err != nil || d.OnTopic || !d.ExtractedOnTopic || len(d.Records) != 0 {
		t.Errorf("document view of the off-topic page: on topic %v (extracted %v), %d records, %v",
			d.OnTopic, d.ExtractedOnTopic, len(d.Records), err)
	}
	if cy, err := db.CampaignYears(ctx, store.ViewFilter{}); err != nil || len(cy) != 1 || cy[0].N != 1 {
		t.Errorf("campaign × year = %+v, %v", cy, err)
	}
	if err := db.Undo(ctx, id, "tester"); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := db.Records(ctx, store.RecordQuery{ViewFilter: store.ViewFilter{Corrected: true}}); total != 0 {
		t.Errorf("%d corrected records after undo (the page is off topic), want 0", total)
	}
	if _, err := db.Document(ctx, 999); err == nil {
		t.Error("a document that does not exist was shown")
	}
}
