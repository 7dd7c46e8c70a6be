package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

// StartRun implements store.Runs.
func (db *DB) StartRun(ctx context.Context, command string) (int64, error) {
	var id int64
	err := db.sql.QueryRowContext(ctx, `INSERT INTO runs (command, started_at) VALUES ($1, $2) RETURNING id`,
		command, db.now()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: start run: %w", err)
	}
	return id, nil
}

// FinishRun implements store.Runs.
func (db *DB) FinishRun(ctx context.Context, id int64, c store.RunCounts) error {
	return db.saveRun(ctx, id, c, true)
}

// InterruptRun implements store.Runs.
func (db *DB) InterruptRun(ctx context.Context, id int64, c store.RunCounts) error {
	return db.saveRun(ctx, id, c, false)
}

func (db *DB) saveRun(ctx context.Context, id int64, c store.RunCounts, finished bool) error {
	var end any
	if finished {
		end = db.now()
	}
	_, err := db.sql.ExecContext(ctx, `UPDATE runs SET finished_at = $1, pages = $2, inserted = $3, updated = $4,
		unchanged = $5, failed = $6 WHERE id = $7`, end, c.Pages, c.Inserted, c.Updated, c.Unchanged, c.Failed, id)
	if err != nil {
		return fmt.Errorf("store: save run: %w", err)
	}
	return nil
}

// DocumentIDs implements store.Reader.
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

// LoadPage implements store.Reader.
func (db *DB) LoadPage(ctx context.Context, id int64) (store.StoredPage, error) {
	var (
		p              store.StoredPage
		url, ct        sql.NullString
		fetched, codec string
		raw            []byte
	)
	err := db.sql.QueryRowContext(ctx, `SELECT id, doc_key, source, url, content_type, kind, fetched_at, raw_codec, raw
		FROM documents WHERE id = $1`, id).Scan(&p.ID, &p.Key, &p.Source, &url, &ct, &p.Kind, &fetched, &codec, &raw)
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

// EachRecord implements store.Reader.
func (db *DB) EachRecord(ctx context.Context, fn func(store.Record) error) error {
	rows, err := db.sql.QueryContext(ctx, store.RecordsQuery)
	if err != nil {
		return fmt.Errorf("store: records: %w", err)
	}
	return store.ScanRecords(rows, fn)
}

// tableQueries are the exportable tables whose SQLite query PostgreSQL
// words differently; the others run as store.Table gives them.
var tableQueries = map[string]string{
	"documents": `SELECT doc_key, source, url, title, published, site, origin, author, editor,
		charset, kind, script, on_topic::int, is_index::int, (facts::jsonb)->>'campaign', ((facts::jsonb)->>'year')::bigint,
		(SELECT count(*) FROM records r WHERE r.document_id = d.id), spam_removed, clean_counts, raw_size,
		raw_hash, text_hash, previous_hashes, fetched_at, first_seen, updated_at, processed_at, reason, text,
		(facts::jsonb)->>'level', (facts::jsonb)->>'province', (facts::jsonb)->>'province_code',
		coalesce((facts::jsonb)->>'county_code', (facts::jsonb)->>'city_code', (facts::jsonb)->>'province_code'),
		s.story_id, s.canonical, '[]'
		FROM documents d LEFT JOIN story_signatures s ON s.document_id = d.id ORDER BY d.id`,
}

// EachRow implements store.Rows.
func (db *DB) EachRow(ctx context.Context, name string, fn func([]store.Value) error) error {
	cols, query, ok := store.Table(name)
	if !ok {
		return fmt.Errorf("store: unknown table %q", name)
	}
	if q, ok := tableQueries[name]; ok {
		query = q
	}
	rows, err := db.sql.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("store: export %s: %w", name, err)
	}
	return store.ScanRows(rows, name, cols, fn)
}
