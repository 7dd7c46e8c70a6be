package sqlite

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
		if err := tx.QueryRowContext(ctx, `SELECT doc_key FROM documents WHERE id = ?`, c.DocumentID).Scan(&key); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("document %d: %w", c.DocumentID, store.ErrNotFound)
			}
			return err
		}
		if c.RecordIndex >= 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM records WHERE document_id = ? AND record_index = ?`,
				c.DocumentID, c.RecordIndex).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return fmt.Errorf("record %d of document %d: %w", c.RecordIndex, c.DocumentID, store.ErrNotFound)
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO corrections (document_id, doc_key, record_index, field, old_value,
			new_value, note, who, created_at) VALUES (?,?,?,?,?,?,?,?,?)`, c.DocumentID, key, c.RecordIndex, c.Field,
			string(c.Old), string(c.New), c.Note, c.Who, db.now())
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: correct: %w", err)
	}
	return id, nil
}

// Undo implements store.Corrections.
func (db *DB) Undo(ctx context.Context, id int64, who string) error {
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL`,
			db.now(), who, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("correction %d (or not in force): %w", id, store.ErrNotFound)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: undo: %w", err)
	}
	return nil
}

// Corrections implements store.Corrections.
func (db *DB) Corrections(ctx context.Context, documentID int64, withUndone bool) ([]store.Correction, error) {
	q := `SELECT c.id, c.document_id, c.doc_key, coalesce(d.title, ''), c.record_index, c.field, c.old_value,
		c.new_value, c.note, c.who, c.created_at, coalesce(c.undone_at, ''), coalesce(c.undone_by, ''),
		c.id IN (SELECT id FROM active_corrections)
		FROM corrections c JOIN documents d ON d.id = c.document_id WHERE (? = 0 OR c.document_id = ?)`
	if !withUndone {
		q += ` AND c.undone_at IS NULL`
	}
	rows, err := db.sql.QueryContext(ctx, q+` ORDER BY c.id DESC`, documentID, documentID)
	if err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	return store.ScanCorrections(rows)
}

// CorrectionsInForce implements store.Rows. A database opened read-only
// that predates the corrections table (never migrated) has none.
func (db *DB) CorrectionsInForce(ctx context.Context) ([]store.Correction, error) {
	var n int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = 'active_corrections'`).Scan(&n); err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	rows, err := db.sql.QueryContext(ctx, store.CorrectionsInForceQuery)
	if err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	return store.ScanCorrections(rows)
}
