package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

const ingestChildEnv = "CCORPUS_INGEST_CHILD" // "db|dir": the child ingests dir into db

// TestIngestChild is the ingest process that TestKilledIngestResumes kills.
func TestIngestChild(t *testing.T) {
	spec := os.Getenv(ingestChildEnv)
	if spec == "" {
		t.Skip("runs only as the child of TestKilledIngestResumes")
	}
	var db, dir string
	fmt.Sscanf(spec, "%s %s", &db, &dir)
	runCLI(context.Background(), []string{"ingest", "--db", db, dir}, os.Stdout, os.Stderr)
}

// writeDumps writes n small text dumps, every third without a URL header.
func writeDumps(t *testing.T, dir string, n int) {
	provinces := []string{"河北省", "浙江省", "四川省", "江苏省", "云南省", "山东省"}
	for i := 0; i < n; i++ {
		p := provinces[i%len(provinces)]
		body := fmt.Sprintf("%s2023年“质量月”活动启动\n今年9月，%s联合%d个部门开展2023年“质量月”活动，组织“提质强企%d”等%d项活动。\n",
			p, p, 5+i%20, i, 3+i%9)
		if i%3 != 0 {
			body = fmt.Sprintf("url: http://www.example.gov.cn/art/2023/9/art_%d.html\n\n", i) + body
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%05d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestKilledIngestResumes kills an ingest process with SIGKILL at random
// moments after it has committed something, checks the database after each
// kill, then finishes the job and compares the records with those of an
// uninterrupted ingest of the same pages.
func TestKilledIngestResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	dir, pages := t.TempDir(), t.TempDir()
	const n = 800
	writeDumps(t, pages, n)
	killed := filepath.Join(dir, "killed.db")
	rng := rand.New(rand.NewPCG(2, uint64(time.Now().UnixNano())))
	kills := 0
	for k := 0; k < 3; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), ingestChildEnv+"="+killed+" "+pages)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		before := countDocs(t, killed)
	wait: // until the child has committed something more, or is done
		for countDocs(t, killed) == before {
			select {
			case <-exited:
				break wait
			case <-time.After(20 * time.Millisecond):
			}
		}
		select {
		case <-exited:
		case <-time.After(time.Duration(rng.IntN(300)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			kills++
		}
		<-exited
		t.Logf("run %d: %d documents", k, countDocs(t, killed))
		checkDB(t, killed)
		if countDocs(t, killed) == n {
			break
		}
	}
	if kills == 0 {
		t.Log("no run was killed mid-ingest: the machine was too fast for the pages")
	}
	if out, errs, code := run(t, "ingest", "--db", killed, pages); code != exitOK {
		t.Fatalf("resumed ingest exit %d: %s %s", code, out, errs)
	}
	checkDB(t, killed)
	clean := filepath.Join(dir, "clean.db")
	if _, errs, code := run(t, "ingest", "--db", clean, pages); code != exitOK {
		t.Fatalf("clean ingest exit %d: %s", code, errs)
	}
	if got := countDocs(t, killed); got != n {
		t.Fatalf("%d documents after resuming, want %d", got, n)
	}
	for _, table := range []string{"records", "activities"} {
		a, _, _ := run(t, "export", "--db", killed, "--format", "csv", "--table", table)
		b, _, _ := run(t, "export", "--db", clean, "--format", "csv", "--table", table)
		if a != b || len(a) < 100 {
			t.Errorf("%s of the killed-and-resumed ingest differ from an uninterrupted one (%d vs %d bytes)", table, len(a), len(b))
		}
	}
}

func countDocs(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0 // not migrated yet
	}
	return n
}

func checkDB(t *testing.T, path string) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	var res string
	if err := db.SQL().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
	var b bytes.Buffer
	if _, err := store.Export(context.Background(), db, &b, store.ExportOptions{Table: "documents", Format: "jsonl"}); err != nil {
		t.Fatalf("export after kill: %v", err)
	}
}

// TestInterruptedIngest cancels an ingest (as Ctrl-C does) after its first
// commit: the command fails with exit code 2 and says so, the run is kept as
// interrupted with its counts, and running it again finishes the job.
func TestInterruptedIngest(t *testing.T) {
	dir, pages := t.TempDir(), t.TempDir()
	const n = 800
	writeDumps(t, pages, n)
	db := filepath.Join(dir, "i.db")
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for countDocs(t, db) == 0 && ctx.Err() == nil {
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
	}()
	var out, errb bytes.Buffer
	err := runCLI(ctx, []string{"ingest", "--db", db, pages}, &out, &errb)
	cancel()
	if got := countDocs(t, db); got == n {
		t.Skipf("the ingest finished before it could be interrupted")
	}
	if exitCode(err) != exitInterrupted || !strings.Contains(errb.String(), "interrupted after") {
		t.Fatalf("interrupted ingest: exit %d, %v, stderr %q", exitCode(err), err, errb.String())
	}
	stats, _, _ := run(t, "stats", "--db", db)
	if !strings.Contains(stats, "(interrupted): ") || strings.Contains(stats, "(interrupted): 0 pages") {
		t.Errorf("stats does not show the interrupted run with its counts:\n%s", stats)
	}
	checkDB(t, db)
	if out, _, code := run(t, "ingest", "--db", db, pages); code != exitOK || !strings.Contains(out, "unchanged") {
		t.Fatalf("second ingest: exit %d, %q", code, out)
	}
	if got := countDocs(t, db); got != n {
		t.Fatalf("%d documents after finishing, want %d", got, n)
	}
}
