package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// stmts are the statements prepared once per write transaction: the most
// used by name, every other through the transaction's cache.
type stmts struct {
	tx                                                  *store.StmtCache
	stories                                             *store.Stories
	lookup, insertDoc, deleteRecs, insertRec, insertAct *sql.Stmt
}

func prepare(ctx context.Context, tx *sql.Tx) (*stmts, error) {
	cache := store.NewStmtCache(tx)
	s := stmts{tx: cache, stories: store.NewStories(store.CachedQuerier(cache))}
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{
		{&s.lookup, `SELECT d.id, d.raw_hash, d.text_hash, d.previous_hashes, x.text_hash
			FROM documents d LEFT JOIN search_state x ON x.document_id = d.id WHERE d.doc_key = ?`},
		{&s.insertDoc, insertDocSQL},
		{&s.deleteRecs, `DELETE FROM records WHERE document_id = ?`},
		{&s.insertRec, insertRecSQL},
		{&s.insertAct, `INSERT INTO activities (record_id, activity_index, name) VALUES (?,?,?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			return nil, fmt.Errorf("store: prepare: %w", err)
		}
		*p.dst = st
	}
	return &s, nil
}

const insertDocSQL = `INSERT INTO documents (doc_key, source, url, content_type, kind, fetched_at,
	first_seen, updated_at, processed_at, raw, raw_codec, raw_size, raw_hash, text_hash, title, published, site,
	origin, author, editor, charset, script, is_index, on_topic, original_text, text, spam_removed, clean_counts, facts, reason)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`

const insertRecSQL = `INSERT INTO records (document_id, record_index, campaign, year, level,
	province, province_code, city, city_code, county, county_code, event_dates, department_count,
	activity_count, activities, theme, evidence, departments, events) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
