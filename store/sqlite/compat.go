package sqlite

import (
	"context"
	"fmt"
	"strings"
)

// A database from before migrations 0013 (each record's departments and
// events) and 0014 (reprint stories) that is opened read-only is never
// migrated (see OpenReadOnly), so its exports read what it lacks as empty:
// departments and events [], no story. Running a writing command
// (`ccorpus reprocess`) migrates it and files its pages into stories.

// compat says which of the newer tables a database opened read-only lacks.
type compat struct {
	noLists   bool // records has no departments and events (before 0013)
	noStories bool // no story_signatures (before 0014)
}

// readCompat finds which newer migrations the database lacks.
func (db *DB) readCompat(ctx context.Context) error {
	applied := map[int]bool{}
	rows, err := db.sql.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return fmt.Errorf("store: schema version: %w", err)
		}
		applied[v] = true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	db.compat = compat{noLists: !applied[13], noStories: !applied[14]}
	return nil
}

// noStory stands in for story_signatures: one row that joins no document.
const noStory = `(SELECT NULL AS document_id, NULL AS story_id, NULL AS canonical)`

// query rewrites an export query (store.Table's) for what the database lacks.
func (c compat) query(q string) string {
	if c.noStories {
		q = strings.ReplaceAll(q, "JOIN story_signatures s ON", "JOIN "+noStory+" s ON")
	}
	if c.noLists {
		q = strings.ReplaceAll(q, "r.departments", "'[]'")
		q = strings.ReplaceAll(q, "r.events", "'[]'")
	}
	return q
}
