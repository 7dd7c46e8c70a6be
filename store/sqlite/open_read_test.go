package sqlite

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenReadOnlyNeverWrites: a database one migration behind is read as
// it is: no migration, no byte of the file changed.
func TestOpenReadOnlyNeverWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	latest, _ := db.SchemaVersion(ctx)
	// Make it look like a database from before the latest migration.
	if _, err := db.SQL().Exec(`DELETE FROM schema_migrations WHERE version = ?`, latest); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)

	ro, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := ro.SchemaVersion(ctx); v >= latest {
		t.Errorf("read-only open migrated the database to %d", v)
	}
	if _, err := ro.Stats(ctx); err != nil {
		t.Errorf("stats: %v", err)
	}
	if _, err := ro.SQL().Exec(`INSERT INTO runs (command, started_at) VALUES ('x', 'y')`); err == nil {
		t.Error("a read-only database took a write")
	}
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the database file changed")
	}
}

func TestOpenRefusesWhatIsNotADatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	text := filepath.Join(dir, "text.db")
	os.WriteFile(text, []byte("this is a text file, long enough to have a SQLite header's worth of bytes in it.\n"), 0o644)
	for _, p := range []string{empty, text} {
		if db, err := OpenReadOnly(ctx, p); !errors.Is(err, ErrNotDatabase) {
			t.Errorf("%s: %v, want ErrNotDatabase", filepath.Base(p), err)
			if db != nil {
				db.Close()
			}
		}
	}
	if st, _ := os.Stat(empty); st.Size() != 0 {
		t.Error("the empty file was turned into a database")
	}
	if _, err := OpenReadOnly(ctx, dir); err == nil {
		t.Error("a folder opened as a database")
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Open: %v, want ErrNewerSchema", err)
	}
	if _, err := OpenReadOnly(ctx, path); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("OpenReadOnly: %v, want ErrNewerSchema", err)
	}
}

// TestOpenSaysPermissionDenied needs a user whom permissions bind.
func TestOpenSaysPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores permissions; cmd/ccorpus TestReadOnlyCorpus runs this as nobody")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if _, err := Open(context.Background(), filepath.Join(dir, "c.db")); !errors.Is(err, os.ErrPermission) {
		t.Fatalf("Open in a read-only folder: %v", err)
	}
}
