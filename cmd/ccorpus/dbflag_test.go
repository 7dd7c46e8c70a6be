package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const cliChildEnv = "CCORPUS_CLI_CHILD" // the child runs these arguments, separated by \x1f

// TestCLIChild is the ccorpus process that runAsUser starts.
func TestCLIChild(t *testing.T) {
	spec := os.Getenv(cliChildEnv)
	if spec == "" {
		t.Skip("runs only as the child of runAsUser")
	}
	err := runCLI(context.Background(), strings.Split(spec, "\x1f"), os.Stdout, os.Stderr)
	os.Exit(exitCode(err))
}

// runAsUser runs ccorpus with args as a user whom file permissions bind:
// in this process when the tests do not run as root, otherwise in a child
// process of this test binary as the user nobody.
func runAsUser(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	if os.Geteuid() != 0 {
		return run(t, args...)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "ccorpus.test")
	if _, err := os.Stat(bin); err != nil {
		b, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bin, b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-test.run=^TestCLIChild$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cliChildEnv+"="+strings.Join(args, "\x1f"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("child: %v", err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

// openDir returns a new temporary folder that every user can enter.
func openDir(t *testing.T) string {
	d := t.TempDir()
	for p := d; p != os.TempDir() && p != "/" && strings.HasPrefix(p, os.TempDir()); p = filepath.Dir(p) {
		os.Chmod(p, 0o755)
	}
	return d
}

// TestReadOnlyCorpus: a corpus in a folder and file nobody may write is
// read by stats and export; ingest into it says "permission denied".
func TestReadOnlyCorpus(t *testing.T) {
	dir := openDir(t)
	corpus := filepath.Join(dir, "shared")
	os.Mkdir(corpus, 0o755)
	db := filepath.Join(corpus, "c.db")
	if _, errs, code := run(t, "ingest", "--db", db, seedDir); code != exitOK {
		t.Fatalf("ingest: %s", errs)
	}
	before, _ := os.ReadFile(db)
	os.Chmod(db, 0o444)
	os.Chmod(corpus, 0o555)
	t.Cleanup(func() { os.Chmod(corpus, 0o755) })

	out, errs, code := runAsUser(t, dir, "stats", "--db", db)
	if code != exitOK || !strings.Contains(out, "documents 5") {
		t.Fatalf("stats on a read-only corpus: exit %d\n%s%s", code, out, errs)
	}
	out, errs, code = runAsUser(t, dir, "export", "--db", db, "--table", "documents", "--format", "jsonl")
	if code != exitOK || strings.Count(out, "\n") != 5 {
		t.Fatalf("export on a read-only corpus: exit %d\n%.300s%s", code, out, errs)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("reading changed the database file")
	}
	page := filepath.Join(dir, "p.txt")
	os.WriteFile(page, []byte("全市开展质量月活动。\n"), 0o644)
	_, errs, code = runAsUser(t, dir, "ingest", "--db", filepath.Join(corpus, "new.db"), page)
	if code != exitFatal || !strings.Contains(errs, "permission denied") || strings.Contains(errs, "no such file") {
		t.Errorf("ingest into a read-only folder: exit %d: %s", code, errs)
	}
}

// TestStatsRefusesEmptyFile: a 0-byte file is not turned into a database.
func TestStatsRefusesEmptyFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(db, nil, 0o644)
	for _, cmd := range [][]string{{"stats"}, {"reprocess"}, {"export", "--format", "csv"}} {
		_, errs, code := run(t, append(cmd, "--db", db)...)
		if code != exitFatal || !strings.Contains(errs, "not a ccorpus database") {
			t.Errorf("%s on an empty file: exit %d: %s", cmd, code, errs)
		}
	}
	if st, _ := os.Stat(db); st.Size() != 0 {
		t.Error("the empty file was turned into a database")
	}
}
