package sqlite

import (
	"context"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// EachRecord calls fn with every stored record, in page order.
func (db *DB) EachRecord(ctx context.Context, fn func(store.Record) error) error {
	rows, err := db.sql.QueryContext(ctx, store.RecordsQuery)
	if err != nil {
		return fmt.Errorf("store: records: %w", err)
	}
	return store.ScanRecords(rows, fn)
}
