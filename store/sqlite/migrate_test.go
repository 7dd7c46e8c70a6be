package sqlite

import (
	"context"
	"github.com/ccorpus/ccorpus/store"
	"path/filepath"
	"testing"
)

func TestMigrationsApplyOnceInOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].version <= ms[i-1].version {
			t.Fatalf("migrations out of order: %s after %s", ms[i].name, ms[i-1].name)
		}
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := ms[len(ms)-1].version; v != want {
		t.Fatalf("schema version %d, want %d", v, want)
	}
	db.Close()
	// Reopening applies nothing twice.
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	var n int
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) {
		t.Fatalf("%d migrations recorded, want %d", n, len(ms))
	}
	var mode string
	if err := db.SQL().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode %q (%v), want wal", mode, err)
	}
	var uv int
	if err := db.SQL().QueryRowContext(ctx, `PRAGMA user_version`).Scan(&uv); err != nil || uv != ms[len(ms)-1].version {
		t.Fatalf("user_version %d (%v), want %d", uv, err, ms[len(ms)-1].version)
	}
}

// TestMigrationUpgradesOlderDatabase takes a database back to schema 1 with a
// page in it and reopens it: the newer migrations apply and the page stays.
func TestMigrationUpgradesOlderDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Write(ctx, store.Batch{Pages: []store.Page{testPage(1, 2, "")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(`DROP INDEX documents_raw_hash; DELETE FROM schema_migrations WHERE version = 2`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer db.Close()
	var idx, docs int
	db.SQL().QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'documents_raw_hash'`).Scan(&idx)
	db.SQL().QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	if idx != 1 || docs != 1 {
		t.Fatalf("after upgrade: index %d, documents %d", idx, docs)
	}
}
