package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestQueueWorkChild is one `ccorpus work` process of TestQueueWorkKilled.
func TestQueueWorkChild(t *testing.T) {
	spec := os.Getenv("CCORPUS_QUEUE_WORK_CHILD")
	if spec == "" {
		t.Skip("run as a subprocess by TestQueueWorkKilled")
	}
	f := strings.Split(spec, "\n")
	err := runCLI(context.Background(), []string{"work", "--db", f[0], "--worker", f[1], "--drain", "--lease", "1s"},
		io.Discard, os.Stderr)
	os.Exit(exitCode(err))
}

func startWorkChild(t testing.TB, pg, name string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestQueueWorkChild$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("CCORPUS_QUEUE_WORK_CHILD=%s\n%s", pg, name))
	cmd.Stderr = &prefixWriter{t: t, prefix: name + ": "}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// TestQueueWorkKilled queues two WARC files, SIGKILLs the worker that took
// the first once it has committed part of it (and saved its cursor), lets
// two other workers finish, and checks that the killed file's job was
// handed back, resumed after the committed pages, and that the corpus
// equals a one-process ingest's.
func TestQueueWorkKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three worker processes")
	}
	pg := pgTestDB(t)
	dir := t.TempDir()
	files := writeTestWARCs(t, dir, 2, 400)
	ref := filepath.Join(dir, "ref.db")
	if _, errs, code := run(t, append([]string{"ingest", "--db", ref}, files...)...); code != exitOK {
		t.Fatalf("one-process ingest: exit %d: %s", code, errs)
	}
	if out, errs, code := run(t, "ingest", "--db", pg, "--queue", files[0], files[1]); code != exitOK {
		t.Fatalf("ingest --queue: %s %s", out, errs)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)

	w0 := startWorkChild(t, pg, "w0")
	// Kill w0 once a job it runs has a saved cursor short of its file's end.
	var victim int64
	deadline := time.Now().Add(2 * time.Minute)
	for victim == 0 {
		if time.Now().After(deadline) {
			w0.Process.Kill()
			t.Fatal("w0 never saved a cursor")
		}
		time.Sleep(20 * time.Millisecond)
		err := conn.QueryRow(ctx, `SELECT id FROM river_job WHERE state = 'running'
			AND (metadata->'river:resumable_cursor'->'pages'->>'done')::int BETWEEN 1 AND 399`).Scan(&victim)
		if err != nil && err != pgx.ErrNoRows {
			t.Fatal(err)
		}
	}
	if err := w0.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	w0.Wait()
	var atKill int
	conn.QueryRow(ctx, `SELECT (metadata->'river:resumable_cursor'->'pages'->>'done')::int FROM river_job WHERE id = $1`,
		victim).Scan(&atKill)
	var docsAtKill int
	conn.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&docsAtKill)
	t.Logf("w0 killed with job %d at cursor %d, %d documents stored", victim, atKill, docsAtKill)
	// As if w0 had died between a commit and saving the cursor: the next
	// attempt redoes pages already stored, which must change nothing.
	const rewound = 100
	if _, err := conn.Exec(ctx, `UPDATE river_job SET metadata = jsonb_set(metadata, '{river:resumable_cursor,pages,done}', $2)
		WHERE id = $1`, victim, fmt.Sprint(rewound)); err != nil {
		t.Fatal(err)
	}

	survivors := []*exec.Cmd{startWorkChild(t, pg, "w1"), startWorkChild(t, pg, "w2")}
	for i, c := range survivors {
		if err := c.Wait(); err != nil {
			t.Fatalf("w%d: %v", i+1, err)
		}
	}
	compareCorpora(t, pg, ref)

	var (
		state   string
		attempt int
		errs    []string
		meta    []byte
	)
	if err := conn.QueryRow(ctx, `SELECT state, attempt, coalesce(array(SELECT e->>'error' FROM unnest(errors) e), '{}'), metadata
		FROM river_job WHERE id = $1`, victim).Scan(&state, &attempt, &errs, &meta); err != nil {
		t.Fatal(err)
	}
	var m struct {
		Output jobOutcome `json:"output"`
	}
	json.Unmarshal(meta, &m)
	t.Logf("job %d: %s after %d attempts, errors %q, output %+v", victim, state, attempt, errs, m.Output)
	if state != "completed" || attempt != 2 || len(errs) != 1 || !strings.Contains(errs[0], "worker w0 stopped") {
		t.Errorf("the killed job was not handed back once and completed: %s, attempt %d, errors %q", state, attempt, errs)
	}
	if o := m.Output; o.Resumed != rewound || o.Pages != 400-rewound || o.Unchanged != atKill-rewound || o.Inserted != 400-atKill {
		t.Errorf("the second attempt did not resume after the %d pages saved, finding %d stored and storing %d: %+v",
			rewound, atKill-rewound, 400-atKill, o)
	}
	stats, _, _ := run(t, "stats", "--db", pg)
	if !strings.Contains(stats, "ingest_file completed                         2") || !strings.Contains(stats, "work  w1") {
		t.Errorf("stats:\n%s", stats)
	}
}
