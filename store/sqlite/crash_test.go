package sqlite

import (
	"context"
	"github.com/ccorpus/ccorpus/store"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

const (
	crashEnv   = "CCORPUS_STORE_CRASH_DB" // set in the child: the database it writes
	crashPages = 3000
	crashBatch = 40
)

// writeAll stores the crash test's pages in batches, as an ingest run does.
func writeAll(ctx context.Context, db *DB) error {
	for start := 0; start < crashPages; start += crashBatch {
		var b store.Batch
		for i := start; i < start+crashBatch && i < crashPages; i++ {
			b.Pages = append(b.Pages, testPage(i, 1+i%3, ""))
		}
		b.Events = []store.Event{{Source: "batch", Stage: "read", Outcome: "failed", Reason: "test"}}
		if _, err := db.Write(ctx, b); err != nil {
			return err
		}
	}
	return nil
}

// TestCrashWriter is the child process of TestKilledWriterLeavesConsistentDB.
func TestCrashWriter(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("runs only as the child of TestKilledWriterLeavesConsistentDB")
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeAll(context.Background(), db); err != nil {
		t.Fatal(err)
	}
}

// TestKilledWriterLeavesConsistentDB kills a writing process with SIGKILL at
// random moments, checks the file after each kill, then finishes the job and
// checks that nothing is missing or duplicated.
func TestKilledWriterLeavesConsistentDB(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	for k := 0; k < 6; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(30+rng.IntN(400)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen after kill %d: %v", k, err)
		}
		checkIntegrity(t, db)
		var docs int
		db.SQL().QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
		t.Logf("kill %d: %d documents stored", k, docs)
		if docs%crashBatch != 0 {
			t.Fatalf("kill %d left %d documents: a batch was committed in part", k, docs)
		}
		db.Close()
	}
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := writeAll(ctx, db); err != nil {
		t.Fatal(err)
	}
	checkIntegrity(t, db)
	var docs, recs, acts, badDocs int
	db.SQL().QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	db.SQL().QueryRow(`SELECT count(*) FROM records`).Scan(&recs)
	db.SQL().QueryRow(`SELECT count(*) FROM activities`).Scan(&acts)
	// Every document has exactly the records it was written with.
	db.SQL().QueryRow(`SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM records r
		WHERE r.document_id = d.id) <> 1 + (CAST(substr(d.source, 7, 4) AS INTEGER) % 3)`).Scan(&badDocs)
	wantRecs := 0
	for i := 0; i < crashPages; i++ {
		wantRecs += 1 + i%3
	}
	if docs != crashPages || recs != wantRecs || acts != 3*wantRecs || badDocs != 0 {
		t.Fatalf("after finishing: %d documents (want %d), %d records (want %d), %d activities (want %d), %d documents with wrong records",
			docs, crashPages, recs, wantRecs, acts, 3*wantRecs, badDocs)
	}
}

func checkIntegrity(t *testing.T, db *DB) {
	t.Helper()
	var res string
	if err := db.SQL().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
	rows, err := db.SQL().Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Fatal("foreign_key_check reports orphans")
	}
}
