package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// Document returns the page with the given id, its records as corrected.
func (db *DB) Document(ctx context.Context, id int64) (store.DocumentView, error) {
	var (
		d                                             store.DocumentView
		url, ct, title, pub, site, origin, au, ed, cs sql.NullString
		spam, counts                                  string
	)
	err := db.sql.QueryRowContext(ctx, `SELECT d.id, d.doc_key, d.source, d.url, d.content_type, d.kind, d.title,
		d.published, d.site, d.origin, d.author, d.editor, d.charset, d.script, c.on_topic, d.on_topic, d.is_index,
		d.original_text, d.text, d.spam_removed, d.clean_counts, d.raw_size, d.fetched_at, d.first_seen, d.updated_at,
		d.processed_at FROM documents d JOIN corrected_documents c ON c.id = d.id WHERE d.id = $1`, id).Scan(
		&d.ID, &d.Key, &d.Source, &url, &ct, &d.Kind, &title, &pub, &site, &origin, &au, &ed, &cs, &d.Script,
		&d.OnTopic, &d.ExtractedOnTopic, &d.IsIndex, &d.OriginalText, &d.Text, &spam, &counts, &d.RawSize,
		&d.FetchedAt, &d.FirstSeen, &d.UpdatedAt, &d.Process)
	if errors.Is(err, sql.ErrNoRows) {
		return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	d.URL, d.ContentType, d.Title, d.Published = url.String, ct.String, title.String, pub.String
	d.Site, d.Origin, d.Author, d.Editor, d.Charset = site.String, origin.String, au.String, ed.String, cs.String
	if err := json.Unmarshal([]byte(spam), &d.SpamRemoved); err != nil {
		return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(counts), &d.CleanCounts); err != nil {
		return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	rows, err := db.sql.QueryContext(ctx, recordRowSelect+`WHERE r.document_id = $1 ORDER BY r.record_index`, id)
	if err != nil {
		return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanRecordRow(rows)
		if err != nil {
			return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, err)
		}
		d.Records = append(d.Records, r)
	}
	if err := rows.Err(); err != nil {
		return store.DocumentView{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	return d, nil
}
