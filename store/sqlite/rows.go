package sqlite

import (
	"context"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// EachRow implements store.Rows: the table's query run as written (on an
// older database opened read-only, without the tables it lacks: see compat).
func (db *DB) EachRow(ctx context.Context, name string, fn func([]store.Value) error) error {
	cols, query, ok := store.Table(name)
	if !ok {
		return fmt.Errorf("store: unknown table %q", name)
	}
	rows, err := db.sql.QueryContext(ctx, db.compat.query(query))
	if err != nil {
		return fmt.Errorf("store: export %s: %w", name, err)
	}
	return store.ScanRows(rows, name, cols, fn)
}
