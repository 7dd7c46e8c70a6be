package crawler

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLockExcludesSecondCrawl(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	release, err := LockDatabase(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LockDatabase(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v, want ErrLocked", err)
	}
	if err := release(); err != nil {
		t.Fatal(err)
	}
	again, err := LockDatabase(path)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again()
}

// TestLockFollowsTheFile: a symlink, a hard link and a path through a
// symlinked folder reach the same database, and the same lock.
func TestLockFollowsTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	sym := filepath.Join(dir, "sym.db")
	hard := filepath.Join(dir, "hard.db")
	folder := filepath.Join(t.TempDir(), "folder")
	if err := os.Symlink(path, sym); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(path, hard); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, folder); err != nil {
		t.Fatal(err)
	}
	release, err := LockDatabase(path)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	for _, other := range []string{sym, hard, filepath.Join(folder, "c.db"), filepath.Join(dir, ".", "c.db")} {
		if _, err := LockDatabase(other); !errors.Is(err, ErrLocked) {
			t.Errorf("lock through %s: %v, want ErrLocked", other, err)
		}
	}
}
