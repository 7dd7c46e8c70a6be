package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/ccorpus/ccorpus/store"
)

// Stored reports whether exactly these raw bytes are already stored: under
// the canonical form of url when it is given, under any key otherwise (a
// page read without a URL gets its key from its bytes alone). Ingest uses it
// to skip the pipeline for pages that have not changed.
func (db *DB) Stored(ctx context.Context, url, rawHash string) (bool, error) {
	var (
		one int
		err error
	)
	if url != "" {
		key := store.CanonicalURL(url)
		if key == "" {
			return false, nil
		}
		err = db.sql.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE doc_key = ? AND raw_hash = ?`, key, rawHash).Scan(&one)
	} else {
		err = db.sql.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE raw_hash = ? LIMIT 1`, rawHash).Scan(&one)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: lookup: %w", err)
	}
	return true, nil
}
