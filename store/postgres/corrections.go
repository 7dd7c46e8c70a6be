package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// Correct implements store.Corrections.
func (db *DB) Correct(ctx context.Context, c store.Correction) (int64, error) {
	if err := c.Check(); err != nil {
		return 0, err
	}
	var id int64
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		var key string
		// FOR SHARE: the page cannot be deleted under the correction.
		if err := tx.QueryRowContext(ctx, `SELECT doc_key FROM documents WHERE id = $1 FOR SHARE`, c.DocumentID).Scan(&key); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("document %d: %w", c.DocumentID, store.ErrNotFound)
			}
			return err
		}
		if c.RecordIndex >= 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM records WHERE document_id = $1 AND record_index = $2`,
				c.DocumentID, c.RecordIndex).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return fmt.Errorf("record %d of document %d: %w", c.RecordIndex, c.DocumentID, store.ErrNotFound)
			}
		}
		return tx.QueryRowContext(ctx, `INSERT INTO corrections (document_id, doc_key, record_index, field, old_value,
			new_value, note, who, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`, c.DocumentID, key,
			c.RecordIndex, c.Field, string(c.Old), string(c.New), c.Note, c.Who, db.now()).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("store: correct: %w", err)
	}
	return id, nil
}

// Undo implements store.Corrections.
func (db *DB) Undo(ctx context.Context, id int64, who string) error {
	res, err := db.sql.ExecContext(ctx, `UPDATE corrections SET undone_at = $1, undone_by = $2
		WHERE id = $3 AND undone_at IS NULL`, db.now(), who, id)
	if err != nil {
		return fmt.Errorf("store: undo: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: undo: correction %d (or not in force): %w", id, store.ErrNotFound)
	}
	return nil
}

// Corrections implements store.Corrections.
func (db *DB) Corrections(ctx context.Context, documentID int64, withUndone bool) ([]store.Correction, error) {
	q := `SELECT c.id, c.document_id, c.doc_key, coalesce(d.title, ''), c.record_index, c.field, c.old_value,
		c.new_value, c.note, c.who, c.created_at, coalesce(c.undone_at, ''), coalesce(c.undone_by, ''),
		(c.id IN (SELECT id FROM active_corrections))::int
		FROM corrections c JOIN documents d ON d.id = c.document_id WHERE ($1 = 0 OR c.document_id = $1)`
	if !withUndone {
		q += ` AND c.undone_at IS NULL`
	}
	rows, err := db.sql.QueryContext(ctx, q+` ORDER BY c.id DESC`, documentID)
	if err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	return store.ScanCorrections(rows)
}

// CorrectionsInForce implements store.Rows.
func (db *DB) CorrectionsInForce(ctx context.Context) ([]store.Correction, error) {
	rows, err := db.sql.QueryContext(ctx, store.CorrectionsInForceQuery)
	if err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	return store.ScanCorrections(rows)
}
