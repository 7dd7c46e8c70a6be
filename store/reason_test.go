package store

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
)

// TestDocumentReason checks that a document's empty-text reason is stored
// and exported, and null for a document with text.
func TestDocumentReason(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	withText := testPage(1, 1, "正文。")
	empty := testPage(2, 0, "")
	empty.Doc.Text, empty.Doc.OnTopic, empty.Doc.Records = "", false, nil
	empty.Doc.Reason = extract.Str(extract.ReasonAllSpam)
	if _, err := db.Write(ctx, Batch{Pages: []Page{withText, empty}}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := db.Export(ctx, &buf, ExportOptions{Table: "documents", Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	var got []any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var row map[string]any
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, row["reason"])
	}
	if len(got) != 2 || got[0] != nil || got[1] != extract.ReasonAllSpam {
		t.Fatalf("reasons %v, want [<nil> %s]", got, extract.ReasonAllSpam)
	}
}
