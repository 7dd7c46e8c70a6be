package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// version is one earlier state of a changed page.
type version struct {
	RawHash    string `json:"raw_hash"`
	TextHash   string `json:"text_hash"`
	ReplacedAt string `json:"replaced_at"`
}

// stored is what Write needs of a document already in the table.
type stored struct {
	id              int64
	raw, text, prev string
}

// docRow is the final state of one document a batch writes: a new one
// (inserted) or a stored one (updated). A key that comes twice in a
// batch is one row, its later version over the earlier.
type docRow struct {
	id                     int64
	isNew                  bool
	key                    string
	p                      *store.Page
	url                    any
	raw                    []byte
	rawHash, textHash      string
	prev                   string
	firstSeen, updated, at string // first_seen, updated_at, processed_at
}

// Write implements store.Writer in three round trips per batch, whatever
// its size: the batch's stored documents are read and locked in one query,
// ids for the new rows drawn in another, then everything is written by one
// pgx.Batch of a few statements (new documents, records and activities
// each one INSERT of arrays). A page being written by another machine at
// the same moment is waited for (its row is locked), never duplicated: a
// concurrent insert of the same new key fails the transaction with a
// unique violation, and it is run again.
func (db *DB) Write(ctx context.Context, b store.Batch) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(b.Pages))
	keys := make([]string, len(b.Pages))
	raws := make([][]byte, len(b.Pages))
	for i := range b.Pages {
		p := &b.Pages[i]
		keys[i] = p.Key()
		raw, err := p.Compressed()
		if err != nil {
			return nil, fmt.Errorf("store: save %s: %w", p.Source, err)
		}
		raws[i] = raw
	}
	err := db.pgxTx(ctx, func(tx pgx.Tx) error {
		known, err := lockDocuments(ctx, tx, keys)
		if err != nil {
			return err
		}
		// The clock is read as store/sqlite reads it (once per page inserted,
		// twice per page updated, once for the log), so that a test clock
		// gives both stores the same times.
		rows := map[string]*docRow{}
		var order []*docRow
		for i := range b.Pages {
			p := &b.Pages[i]
			rawHash, textHash := p.HashRaw(), store.Hash([]byte(p.Doc.Text))
			r := rows[keys[i]]
			old, exists := known[keys[i]]
			if r != nil {
				old, exists = stored{id: r.id, raw: r.rawHash, text: r.textHash, prev: r.prev}, true
			}
			switch {
			case !exists:
				now := db.now()
				r = &docRow{isNew: true, key: keys[i], prev: "[]", firstSeen: now}
				rows[keys[i]] = r
				order = append(order, r)
				r.set(p, raws[i], rawHash, textHash, now)
				out[i] = store.Inserted
			case old.raw == rawHash:
				out[i] = store.Unchanged
			default:
				var prev []version
				if err := json.Unmarshal([]byte(old.prev), &prev); err != nil {
					return fmt.Errorf("store: save %s: previous_hashes: %w", p.Source, err)
				}
				prev = append(prev, version{RawHash: old.raw, TextHash: old.text, ReplacedAt: db.now()})
				if r == nil {
					r = &docRow{id: old.id, key: keys[i]}
					rows[keys[i]] = r
					order = append(order, r)
				}
				r.prev = store.JSONText(prev)
				r.set(p, raws[i], rawHash, textHash, db.now())
				out[i] = store.Updated
			}
		}
		if err := db.flush(ctx, tx, order, b.Events, db.now()); err != nil {
			return err
		}
		pending := make([]pendingStory, len(order))
		for i, r := range order {
			pending[i] = pendingStory{r.id, &r.p.Doc, r.p.Signature()}
		}
		return assignStories(ctx, tx, pending)
	})
	if err != nil {
		return nil, fmt.Errorf("store: write %d pages: %w", len(b.Pages), err)
	}
	return out, nil
}

// set makes p the row's content, processed (and updated) at now.
func (r *docRow) set(p *store.Page, raw []byte, rawHash, textHash, now string) {
	if u := store.NullStr(store.DocURL(p)); u != nil || r.p == nil {
		r.url = u // an update without a URL keeps the stored one
	}
	r.p, r.raw, r.rawHash, r.textHash, r.updated, r.at = p, raw, rawHash, textHash, now, now
}

// lockDocuments reads and locks (in key order, as every machine does, so
// that two batches wait rather than deadlock) the stored documents of keys.
func lockDocuments(ctx context.Context, tx pgx.Tx, keys []string) (map[string]stored, error) {
	known := make(map[string]stored, len(keys))
	if len(keys) == 0 {
		return known, nil
	}
	rows, err := tx.Query(ctx, `SELECT doc_key, id, raw_hash, text_hash, previous_hashes FROM documents
		WHERE doc_key = ANY($1) ORDER BY doc_key FOR UPDATE`, keys)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var s stored
		if err := rows.Scan(&k, &s.id, &s.raw, &s.text, &s.prev); err != nil {
			return nil, err
		}
		known[k] = s
	}
	return known, rows.Err()
}

// flush writes the rows of a batch as one pgx.Batch (after one query that
// draws the new rows' ids): the new documents in one INSERT of arrays,
// updated ones by one UPDATE each, their earlier records deleted, then
// every row's records and activities, and the log.
func (db *DB) flush(ctx context.Context, tx pgx.Tx, order []*docRow, events []store.Event, logAt string) error {
	recs := make([]recordsOf, len(order))
	nNew := 0
	for i, r := range order {
		recs[i].d = &r.p.Doc
		if r.isNew {
			nNew++
		}
	}
	docIDs, recIDs, err := drawIDs(ctx, tx, nNew, countRecords(recs))
	if err != nil {
		return err
	}
	var (
		docs     documentArrays
		search   searchRows
		replaced []int64
		batch    = &pgx.Batch{}
	)
	for i, r := range order {
		p, d := r.p, &r.p.Doc
		if r.isNew {
			r.id, docIDs = docIDs[0], docIDs[1:]
			docs.add(r)
		} else {
			batch.Queue(`UPDATE documents SET url = coalesce($1, url), processed_at = $2, text_hash = $3,
				title = $4, published = $5, site = $6, origin = $7, author = $8, editor = $9, charset = $10, script = $11,
				is_index = $12, on_topic = $13, original_text = $14, text = $15, spam_removed = $16, clean_counts = $17,
				facts = $18, source = $19, content_type = $20, kind = $21, fetched_at = $22, updated_at = $23, raw = $24,
				raw_codec = $25, raw_size = $26, raw_hash = $27, previous_hashes = $28, reason = $30 WHERE id = $29`,
				r.url, r.at, r.textHash, d.Title, d.Published, d.Site, d.Origin, d.Author, d.Editor, d.Charset, d.Script,
				p.IsIndex, d.OnTopic, p.OriginalText, d.Text, store.JSONText(store.OrEmpty(d.SpamRemoved)),
				store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts), p.Source,
				store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt), r.updated, r.raw, store.RawCodec,
				p.RawSize(), r.rawHash, r.prev, r.id, d.Reason)
			replaced = append(replaced, r.id)
		}
		recs[i].id = r.id
		search.add(r.id, r.p, r.textHash)
	}
	docs.queue(batch)
	search.queue(batch)
	return finish(ctx, tx, batch, replaced, recs, recIDs, events, logAt)
}

// finish queues the deletion of the replaced documents' records, the new
// records (ids recIDs) and activities of recs and the log rows, and sends
// the batch.
func finish(ctx context.Context, tx pgx.Tx, batch *pgx.Batch, replaced []int64, recs []recordsOf, recIDs []int64,
	events []store.Event, logAt string) error {
	if len(replaced) > 0 {
		batch.Queue(`DELETE FROM records WHERE document_id = ANY($1)`, replaced)
	}
	queueRecords(batch, recs, recIDs)
	for _, e := range events {
		var run any
		if e.RunID != 0 {
			run = e.RunID
		}
		batch.Queue(`INSERT INTO processing_log (run_id, at, source, doc_key, stage, outcome, reason)
			VALUES ($1,$2,$3,$4,$5,$6,$7)`, run, logAt, e.Source, store.NullStr(e.Key), e.Stage, e.Outcome, e.Reason)
	}
	if batch.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, batch).Close()
}

// SaveReprocessed implements store.Writer in two round trips (ids for the
// records, then one pgx.Batch).
func (db *DB) SaveReprocessed(ctx context.Context, ids []int64, pages []store.Page, events []store.Event) error {
	if len(ids) != len(pages) {
		return fmt.Errorf("store: reprocess: %d ids for %d pages", len(ids), len(pages))
	}
	err := db.pgxTx(ctx, func(tx pgx.Tx) error {
		batch := &pgx.Batch{}
		recs := make([]recordsOf, len(pages))
		var search searchRows
		for i := range pages {
			p, d, now := &pages[i], &pages[i].Doc, db.now()
			batch.Queue(`UPDATE documents SET url = coalesce($1, url), processed_at = $2, text_hash = $3,
				title = $4, published = $5, site = $6, origin = $7, author = $8, editor = $9, charset = $10, script = $11,
				is_index = $12, on_topic = $13, original_text = $14, text = $15, spam_removed = $16, clean_counts = $17,
				facts = $18, reason = $20 WHERE id = $19`,
				store.NullStr(store.DocURL(p)), now, store.Hash([]byte(d.Text)), d.Title, d.Published, d.Site, d.Origin,
				d.Author, d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text,
				store.JSONText(store.OrEmpty(d.SpamRemoved)), store.JSONText(store.CountsOrEmpty(p.CleanCounts)),
				store.JSONText(d.Facts), ids[i], d.Reason)
			recs[i] = recordsOf{id: ids[i], d: d}
			search.add(ids[i], p, store.Hash([]byte(d.Text)))
		}
		search.queue(batch)
		logAt := db.now()
		_, recIDs, err := drawIDs(ctx, tx, 0, countRecords(recs))
		if err != nil {
			return err
		}
		if err := finish(ctx, tx, batch, ids, recs, recIDs, events, logAt); err != nil {
			return err
		}
		pending := make([]pendingStory, len(pages))
		for i := range pages {
			pending[i] = pendingStory{ids[i], &pages[i].Doc, pages[i].Signature()}
		}
		return assignStories(ctx, tx, pending)
	})
	if err != nil {
		return fmt.Errorf("store: reprocess %d pages: %w", len(pages), err)
	}
	return nil
}

// Stored implements store.Writer.
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
		err = db.pool.QueryRow(ctx, `SELECT 1 FROM documents WHERE doc_key = $1 AND raw_hash = $2`, key, rawHash).Scan(&one)
	} else {
		err = db.pool.QueryRow(ctx, `SELECT 1 FROM documents WHERE raw_hash = $1 LIMIT 1`, rawHash).Scan(&one)
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: lookup: %w", err)
	}
	return true, nil
}

// recordsOf is a document's records to store.
type recordsOf struct {
	id int64 // the document's
	d  *extract.Document
}
