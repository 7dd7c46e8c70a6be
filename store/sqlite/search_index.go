package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// The search index: one row of space-separated words per document in
// search_words (an FTS4 table), built by the caller's segmenter and written
// in the same transaction as the page, so that ingest, crawl and reprocess
// keep it in step. search_state says which text each row was built from.

// indexPage replaces the search row of document id with p.SearchText; a page
// without search text loses its row (and is listed by Unindexed).
func indexPage(ctx context.Context, tx *store.StmtCache, id int64, p *store.Page) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_words WHERE docid = ?`, id); err != nil {
		return fmt.Errorf("store: index %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_state WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("store: index %d: %w", id, err)
	}
	if p.SearchText == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_words (docid, words) VALUES (?, ?)`, id, p.SearchText); err != nil {
		return fmt.Errorf("store: index %d: %w", id, err)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO search_state (document_id, text_hash) VALUES (?, ?)`,
		id, store.Hash([]byte(p.Doc.Text)))
	if err != nil {
		return fmt.Errorf("store: index %d: %w", id, err)
	}
	return nil
}

// sameSearchRow reports whether document id's search row holds p's words
// already, built from p's text (indexedText is its search_state text hash).
func sameSearchRow(ctx context.Context, tx *store.StmtCache, id int64, indexedText sql.NullString, p *store.Page) (bool, error) {
	if p.SearchText == "" || !indexedText.Valid || indexedText.String != store.Hash([]byte(p.Doc.Text)) {
		return false, nil
	}
	var words string
	err := tx.QueryRowContext(ctx, `SELECT words FROM search_words WHERE docid = ?`, id).Scan(&words)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: index %d: %w", id, err)
	}
	return words == p.SearchText, nil
}

// Unindexed returns up to limit documents whose search row is missing or
// stale (pages stored before the index existed, or by a writer that gave no
// search text), in id order.
func (db *DB) Unindexed(ctx context.Context, limit int) ([]store.Unindexed, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT d.id, coalesce(d.title, ''), d.text, d.text_hash FROM documents d
		LEFT JOIN search_state s ON s.document_id = d.id
		WHERE s.text_hash IS NULL OR s.text_hash <> d.text_hash ORDER BY d.id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: unindexed: %w", err)
	}
	defer rows.Close()
	var out []store.Unindexed
	for rows.Next() {
		var u store.Unindexed
		if err := rows.Scan(&u.ID, &u.Title, &u.Text, &u.TextHash); err != nil {
			return nil, fmt.Errorf("store: unindexed: %w", err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unindexed: %w", err)
	}
	return out, nil
}

// SetSearchText writes the search rows of documents already stored: words[i]
// for docs[i], built from the text whose hash docs[i] carries.
func (db *DB) SetSearchText(ctx context.Context, docs []store.Unindexed, words []string) error {
	if len(docs) != len(words) {
		return fmt.Errorf("store: index: %d documents for %d texts", len(docs), len(words))
	}
	return db.Tx(ctx, func(tx *sql.Tx) error {
		for i, d := range docs {
			for _, q := range []string{`DELETE FROM search_words WHERE docid = ?`, `DELETE FROM search_state WHERE document_id = ?`} {
				if _, err := tx.ExecContext(ctx, q, d.ID); err != nil {
					return fmt.Errorf("store: index %d: %w", d.ID, err)
				}
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO search_words (docid, words) VALUES (?, ?)`, d.ID, words[i]); err != nil {
				return fmt.Errorf("store: index %d: %w", d.ID, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO search_state (document_id, text_hash) VALUES (?, ?)`, d.ID, d.TextHash); err != nil {
				return fmt.Errorf("store: index %d: %w", d.ID, err)
			}
		}
		return nil
	})
}
