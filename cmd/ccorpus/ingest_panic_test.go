package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/store/sqlite"
)

// TestPanicInAPageIsACountedFailure runs a batch on a pipeline whose fact
// stage is missing (so it panics on every page): each page is a failure
// counted with its stage and stack in the processing log and the log, and
// the batch completes with exit 1 instead of dying.
func TestPanicInAPageIsACountedFailure(t *testing.T) {
	base, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := content.DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	broken := pipeline.New(rules, base.Cleaner(), nil, base.Segmenter()) // no fact stage
	ps := &pipelines{}
	ps.once.Do(func() {})
	ps.base = broken
	var out, errb, logs bytes.Buffer
	a := newApp(&out, &errb)
	a.pipes = ps
	a.log = slog.New(slog.NewTextHandler(&logs, nil))

	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("全市开展"+name+"质量月活动。\n"), 0o644)
		paths = append(paths, p)
	}
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts, err := a.storeRun(context.Background(), db, "ingest", a.fileSource(paths))
	if !errors.Is(err, errPartial) || counts.Failed != 3 || counts.Pages != 3 {
		t.Fatalf("counts %+v, err %v", counts, err)
	}
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM processing_log WHERE stage = 'facts' AND outcome = 'failed'
		AND reason LIKE '%panic:%' AND reason LIKE '%goroutine%'`).Scan(&n)
	if n != 3 {
		t.Errorf("%d processing-log rows with the stage and the stack, want 3", n)
	}
	var finished int
	db.SQL().QueryRow(`SELECT count(*) FROM runs WHERE finished_at IS NOT NULL AND failed = 3`).Scan(&finished)
	if finished != 1 {
		t.Error("the run was not recorded as finished with 3 failures")
	}
	if !strings.Contains(logs.String(), "stage=facts") || !strings.Contains(logs.String(), "panic:") {
		t.Errorf("log:\n%.500s", logs.String())
	}
}
