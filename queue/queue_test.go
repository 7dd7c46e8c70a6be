package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
)

var quietLog = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestEnqueueUnique(t *testing.T) {
	db := openTest(t, "enqueuer")
	ctx := context.Background()
	for _, c := range []struct {
		name       string
		jobs       []river.JobArgs
		added, dup int
	}{
		{"new files", []river.JobArgs{IngestFile{"/a.warc.gz", 10, 1}, IngestFile{"/b.warc.gz", 10, 1}}, 2, 0},
		{"same again", []river.JobArgs{IngestFile{"/a.warc.gz", 10, 1}}, 0, 1},
		{"changed file", []river.JobArgs{IngestFile{"/a.warc.gz", 11, 2}}, 1, 0},
		{"a batch", []river.JobArgs{Reprocess{IDs: []int64{1, 2, 3}}}, 1, 0},
		{"the batch again", []river.JobArgs{Reprocess{IDs: []int64{1, 2, 3}}, Reprocess{IDs: []int64{4}}}, 1, 1},
	} {
		added, dup, err := Enqueue(ctx, db.Pool(), c.jobs)
		if err != nil {
			t.Fatal(err)
		}
		if added != c.added || dup != c.dup {
			t.Errorf("%s: added %d, duplicate %d; want %d, %d", c.name, added, dup, c.added, c.dup)
		}
	}
	if n, err := Left(ctx, db); err != nil || n != 5 {
		t.Errorf("left %d (%v), want 5", n, err)
	}
}

// TestRetryResumesAtCursor runs a real worker whose job commits 30 of 100
// pages and fails; River tries it again, and the second attempt starts at 30.
func TestRetryResumesAtCursor(t *testing.T) {
	db := openTest(t, "w1")
	db.Lease = time.Second
	ctx := context.Background()
	if _, _, err := Enqueue(ctx, db.Pool(), []river.JobArgs{IngestFile{"/x.warc.gz", 1, 1}}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var starts []int
	h := Handlers{IngestFile: func(ctx context.Context, job IngestFile, p *Progress) error {
		mu.Lock()
		starts = append(starts, p.Start())
		first := len(starts) == 1
		mu.Unlock()
		for n := p.Start() + 10; n <= 100; n += 10 {
			p.Committed(n)
			if first && n == 30 {
				return errors.New("disk full")
			}
		}
		return p.Output(map[string]int{"pages": 100 - p.Start()})
	}}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := Work(ctx, db, h, Config{Drain: true, Log: quietLog}); err != nil {
		t.Fatal(err)
	}
	if len(starts) != 2 || starts[0] != 0 || starts[1] != 30 {
		t.Fatalf("attempts started at %v, want [0 30]", starts)
	}
	var state string
	var attempt int
	if err := db.SQL().QueryRowContext(ctx, `SELECT state, attempt FROM river_job`).Scan(&state, &attempt); err != nil {
		t.Fatal(err)
	}
	if state != "completed" || attempt != 2 {
		t.Errorf("job %s after %d attempts", state, attempt)
	}
}

// TestRescue hands back the running jobs of a worker whose heartbeat is
// old (discarding one on its last try) and leaves a live worker's alone.
func TestRescue(t *testing.T) {
	db := openTest(t, "rescuer")
	db.Lease = time.Second
	ctx := context.Background()
	if _, _, err := Enqueue(ctx, db.Pool(), []river.JobArgs{IngestFile{"/1", 1, 1}, IngestFile{"/2", 1, 1}, IngestFile{"/3", 1, 1}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO crawl_workers (worker, role, run_id, machine, pid, started_at, heartbeat_at) VALUES
			('dead', 'work', 0, 'm', 1, now() - interval '1 hour', now() - interval '1 minute'),
			('alive', 'work', 0, 'm', 2, now() - interval '1 hour', now())`,
		`UPDATE river_job SET state = 'running', attempted_at = now() - interval '10 seconds', attempt = 1,
			attempted_by = ARRAY[CASE id WHEN 3 THEN 'alive' ELSE 'dead' END]`,
		`UPDATE river_job SET attempt = max_attempts WHERE id = 2`,
	} {
		if _, err := db.SQL().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := rescue(ctx, db, false, quietLog); err != nil {
		t.Fatal(err)
	}
	rows, err := db.SQL().QueryContext(ctx, `SELECT id, state, coalesce(cardinality(errors), 0) FROM river_job ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	want := map[int64]string{1: "available 1", 2: "discarded 1", 3: "running 0"}
	for rows.Next() {
		var id int64
		var state string
		var errs int
		if err := rows.Scan(&id, &state, &errs); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(state, " ", errs); got != want[id] {
			t.Errorf("job %d: %s, want %s", id, got, want[id])
		}
	}
}
