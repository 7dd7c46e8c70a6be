package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/ccorpus/ccorpus/store"
	"time"
)

// StartRun records the start of a command's run and returns its id, which
// Events of that run carry.
func (db *DB) StartRun(ctx context.Context, command string) (int64, error) {
	var id int64
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO runs (command, started_at) VALUES (?, ?)`, command, db.now())
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: start run: %w", err)
	}
	return id, nil
}

// FinishRun records the counts of a run that completed.
func (db *DB) FinishRun(ctx context.Context, id int64, c store.RunCounts) error {
	return db.saveRun(ctx, id, c, true)
}

// InterruptRun records the counts of a run that stopped before the end; it
// stays unfinished.
func (db *DB) InterruptRun(ctx context.Context, id int64, c store.RunCounts) error {
	return db.saveRun(ctx, id, c, false)
}

func (db *DB) saveRun(ctx context.Context, id int64, c store.RunCounts, finished bool) error {
	var end any
	if finished {
		end = db.now()
	}
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE runs SET finished_at = ?, pages = ?, inserted = ?, updated = ?,
			unchanged = ?, failed = ? WHERE id = ?`, end, c.Pages, c.Inserted, c.Updated, c.Unchanged, c.Failed, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save run: %w", err)
	}
	return nil
}

// DocumentIDs returns the ids of every stored document, in insertion order.
func (db *DB) DocumentIDs(ctx context.Context) ([]int64, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT id FROM documents ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: document ids: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: document ids: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: document ids: %w", err)
	}
	return ids, nil
}

// LoadPage returns the raw input of the document with the given id.
func (db *DB) LoadPage(ctx context.Context, id int64) (store.StoredPage, error) {
	var (
		p              store.StoredPage
		url, ct        sql.NullString
		fetched, codec string
		raw            []byte
	)
	err := db.sql.QueryRowContext(ctx, `SELECT id, doc_key, source, url, content_type, kind, fetched_at, raw_codec, raw
		FROM documents WHERE id = ?`, id).Scan(&p.ID, &p.Key, &p.Source, &url, &ct, &p.Kind, &fetched, &codec, &raw)
	if err == sql.ErrNoRows {
		return store.StoredPage{}, fmt.Errorf("store: document %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.StoredPage{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	p.URL, p.ContentType = url.String, ct.String
	p.FetchedAt, _ = time.Parse(time.RFC3339Nano, fetched)
	if p.Raw, err = store.DecompressRaw(codec, raw); err != nil {
		return store.StoredPage{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	return p, nil
}
