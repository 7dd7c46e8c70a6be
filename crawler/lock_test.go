package crawler

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestLockExcludesSecondCrawl(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db.crawl.lock")
	release, err := Lock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v, want ErrLocked", err)
	}
	if err := release(); err != nil {
		t.Fatal(err)
	}
	again, err := Lock(path)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again()
}
