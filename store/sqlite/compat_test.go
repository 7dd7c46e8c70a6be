package sqlite

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

// TestOlderDatabaseReadOnly: a database from before migrations 0013 and
// 0014, opened read-only (never migrated), exports every table with empty
// lists and no stories — exactly what it exports once migrated.
func TestOlderDatabaseReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Write(ctx, store.Batch{Pages: []store.Page{testPage(1, 2, ""), testPage(2, 1, "")}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE story_bands`, `DROP TABLE story_signatures`,
		`ALTER TABLE records DROP COLUMN departments`, `ALTER TABLE records DROP COLUMN events`,
		`DELETE FROM schema_migrations WHERE version IN (13, 14)`} {
		if _, err := db.SQL().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	exportAll := func(db store.Rows) string {
		var b strings.Builder
		for _, table := range store.Tables() {
			for _, format := range []string{"csv", "jsonl"} {
				var buf bytes.Buffer
				if _, err := store.Export(ctx, db, &buf, store.ExportOptions{Table: table, Format: format}); err != nil {
					t.Fatalf("%s %s: %v", table, format, err)
				}
				b.WriteString(table + "." + format + "\n" + buf.String())
			}
		}
		return b.String()
	}
	ro, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	old := exportAll(ro)
	ro.Close()
	if !strings.Contains(old, `"story_id":null,"canonical":null,"departments":[],"events":[]`) {
		t.Errorf("records of the older database: %.400s", old[strings.Index(old, "records.jsonl"):])
	}
	db, err = Open(ctx, path) // migrates
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if migrated := exportAll(db); migrated != old {
		t.Errorf("exports differ between the older database read-only and migrated")
	}
}
