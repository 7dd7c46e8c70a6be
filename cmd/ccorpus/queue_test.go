package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQueueWork queues WARC files and a reprocess on PostgreSQL, works them
// with `ccorpus work --drain`, and checks that the corpus equals a
// one-process ingest's, that queuing again adds nothing, and that stats show
// the queue and the worker.
func TestQueueWork(t *testing.T) {
	pg := pgTestDB(t)
	dir := t.TempDir()
	files := writeTestWARCs(t, dir, 3, 20)
	ref := filepath.Join(dir, "ref.db")
	if _, errs, code := run(t, append([]string{"ingest", "--db", ref}, files...)...); code != exitOK {
		t.Fatalf("one-process ingest: exit %d: %s", code, errs)
	}
	out, errs, code := run(t, "ingest", "--db", pg, "--queue", dir)
	if code != exitOK || !strings.Contains(out, "queued 3 files, 0 already") {
		t.Fatalf("ingest --queue: exit %d: %s %s", code, out, errs)
	}
	out, _, _ = run(t, "ingest", "--db", pg, "--queue", files[1])
	if !strings.Contains(out, "queued 0 files, 1 already") {
		t.Fatalf("queued again: %s", out)
	}
	if _, errs, code := run(t, "work", "--db", pg, "--worker", "w1", "--drain", "--lease", "2s"); code != exitOK {
		t.Fatalf("work: exit %d: %s", code, errs)
	}
	compareCorpora(t, pg, ref)
	out, _, _ = run(t, "reprocess", "--db", pg, "--queue")
	if !strings.Contains(out, "queued 1 jobs") {
		t.Fatalf("reprocess --queue: %s", out)
	}
	if _, errs, code := run(t, "work", "--db", pg, "--worker", "w1", "--drain", "--lease", "2s"); code != exitOK {
		t.Fatalf("work (reprocess): exit %d: %s", code, errs)
	}
	compareCorpora(t, pg, ref)
	stats, _, _ := run(t, "stats", "--db", pg)
	for _, want := range []string{"ingest_file completed", "reprocess completed", "work  w1", "4 jobs done"} {
		if !strings.Contains(stats, want) {
			t.Errorf("stats lack %q:\n%s", want, stats)
		}
	}
}

// compareCorpora fails unless two stores hold the same records, activities
// and documents (rows sorted: workers store pages in other orders).
func compareCorpora(t *testing.T, got, want string) {
	t.Helper()
	for _, table := range []string{"records", "activities"} {
		if g, w := sortedLines(t, got, table), sortedLines(t, want, table); g != w {
			t.Fatalf("%s differ from the one-process ingest's:\n got %s\nwant %s", table, g, w)
		}
	}
	g, w := documentKeys(t, got), documentKeys(t, want)
	if g != w {
		t.Fatalf("documents differ from the one-process ingest's:\n got %s\nwant %s", g, w)
	}
	if strings.Count(w, "\n") < 10 {
		t.Fatalf("only %d documents", strings.Count(w, "\n"))
	}
}

// TestQueueNeedsPostgres: the job queue lives in PostgreSQL; on SQLite the
// queue flags and `work` are usage errors that say so.
func TestQueueNeedsPostgres(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	files := writeTestWARCs(t, dir, 1, 2)
	for _, args := range [][]string{
		{"ingest", "--db", db, "--queue", files[0]},
		{"reprocess", "--db", db, "--queue"},
		{"work", "--db", db},
	} {
		if args[0] == "reprocess" {
			if _, errs, code := run(t, "ingest", "--db", db, files[0]); code != exitOK {
				t.Fatalf("ingest: %s", errs)
			}
		}
		_, errs, code := run(t, args...)
		if code != exitFatal || !strings.Contains(errs, "PostgreSQL") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}
