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
	raw, text, prev string
}

// Write implements store.Writer in two round trips per batch: the batch's
// known documents are read and locked in one query, then every insert,
// update, record and log row goes to the server as one pgx.Batch. A page
// being written by another machine at the same moment is waited for (its
// row is locked), never duplicated: a concurrent insert of the same new key
// fails the transaction with a unique violation, and it is run again.
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
		batch := &pgx.Batch{}
		for i := range b.Pages {
			p := &b.Pages[i]
			rawHash, textHash := p.HashRaw(), store.Hash([]byte(p.Doc.Text))
			old, ok := known[keys[i]]
			switch {
			case !ok:
				queueInsert(batch, keys[i], rawHash, textHash, raws[i], p, db.now())
				known[keys[i]] = stored{raw: rawHash, text: textHash, prev: "[]"}
				out[i] = store.Inserted
			case old.raw == rawHash:
				out[i] = store.Unchanged
				continue
			default:
				var prev []version
				if err := json.Unmarshal([]byte(old.prev), &prev); err != nil {
					return fmt.Errorf("store: save %s: previous_hashes: %w", p.Source, err)
				}
				prev = append(prev, version{RawHash: old.raw, TextHash: old.text, ReplacedAt: db.now()})
				prevJSON := store.JSONText(prev)
				queueUpdate(batch, keys[i], rawHash, textHash, raws[i], prevJSON, p, db.now())
				known[keys[i]] = stored{raw: rawHash, text: textHash, prev: prevJSON}
				out[i] = store.Updated
			}
			queueRecords(batch, byKey, keys[i], &p.Doc, out[i] == store.Updated)
		}
		queueEvents(batch, b.Events, db.now())
		return sendBatch(ctx, tx, batch)
	})
	if err != nil {
		return nil, fmt.Errorf("store: write %d pages: %w", len(b.Pages), err)
	}
	return out, nil
}

// lockDocuments reads and locks (in key order, as every machine does, so
// that two batches wait rather than deadlock) the stored documents of keys.
func lockDocuments(ctx context.Context, tx pgx.Tx, keys []string) (map[string]stored, error) {
	known := make(map[string]stored, len(keys))
	if len(keys) == 0 {
		return known, nil
	}
	rows, err := tx.Query(ctx, `SELECT doc_key, raw_hash, text_hash, previous_hashes FROM documents
		WHERE doc_key = ANY($1) ORDER BY doc_key FOR UPDATE`, keys)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var s stored
		if err := rows.Scan(&k, &s.raw, &s.text, &s.prev); err != nil {
			return nil, err
		}
		known[k] = s
	}
	return known, rows.Err()
}

// SaveReprocessed implements store.Writer in one round trip per batch.
func (db *DB) SaveReprocessed(ctx context.Context, ids []int64, pages []store.Page, events []store.Event) error {
	if len(ids) != len(pages) {
		return fmt.Errorf("store: reprocess: %d ids for %d pages", len(ids), len(pages))
	}
	err := db.pgxTx(ctx, func(tx pgx.Tx) error {
		batch := &pgx.Batch{}
		for i := range pages {
			p, d, now := &pages[i], &pages[i].Doc, db.now()
			batch.Queue(`UPDATE documents SET url = coalesce($1, url), processed_at = $2, text_hash = $3,
				title = $4, published = $5, site = $6, origin = $7, author = $8, editor = $9, charset = $10, script = $11,
				is_index = $12, on_topic = $13, original_text = $14, text = $15, spam_removed = $16, clean_counts = $17,
				facts = $18 WHERE id = $19`,
				store.NullStr(store.DocURL(p)), now, store.Hash([]byte(d.Text)), d.Title, d.Published, d.Site, d.Origin,
				d.Author, d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text,
				store.JSONText(store.OrEmpty(d.SpamRemoved)), store.JSONText(store.CountsOrEmpty(p.CleanCounts)),
				store.JSONText(d.Facts), ids[i])
			queueRecords(batch, byID, ids[i], d, true)
		}
		queueEvents(batch, events, db.now())
		return sendBatch(ctx, tx, batch)
	})
	if err != nil {
		return fmt.Errorf("store: reprocess %d pages: %w", len(pages), err)
	}
	return nil
}

func queueInsert(b *pgx.Batch, key, rawHash, textHash string, raw []byte, p *store.Page, now string) {
	d := &p.Doc
	b.Queue(`INSERT INTO documents (doc_key, source, url, content_type, kind, fetched_at,
		first_seen, updated_at, processed_at, raw, raw_codec, raw_size, raw_hash, text_hash, title, published, site,
		origin, author, editor, charset, script, is_index, on_topic, original_text, text, spam_removed, clean_counts, facts)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29)`,
		key, p.Source, store.NullStr(store.DocURL(p)), store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt),
		now, now, now, raw, store.RawCodec, len(p.Raw), rawHash, textHash, d.Title, d.Published, d.Site,
		d.Origin, d.Author, d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text,
		store.JSONText(store.OrEmpty(d.SpamRemoved)), store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts))
}

// queueUpdate replaces a document's raw bytes and extraction results and
// records its version history prev.
func queueUpdate(b *pgx.Batch, key, rawHash, textHash string, raw []byte, prev string, p *store.Page, now string) {
	d := &p.Doc
	b.Queue(`UPDATE documents SET url = coalesce($1, url), processed_at = $2, text_hash = $3,
		title = $4, published = $5, site = $6, origin = $7, author = $8, editor = $9, charset = $10, script = $11,
		is_index = $12, on_topic = $13, original_text = $14, text = $15, spam_removed = $16, clean_counts = $17,
		facts = $18, source = $19, content_type = $20, kind = $21, fetched_at = $22, updated_at = $23, raw = $24,
		raw_codec = $25, raw_size = $26, raw_hash = $27, previous_hashes = $28 WHERE doc_key = $29`,
		store.NullStr(store.DocURL(p)), now, textHash, d.Title, d.Published, d.Site, d.Origin, d.Author,
		d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text, store.JSONText(store.OrEmpty(d.SpamRemoved)),
		store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts),
		p.Source, store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt), now, raw, store.RawCodec, len(p.Raw),
		rawHash, prev, key)
}

// How queueRecords names the document: by key (a page written in the same
// batch has no id yet) or by id.
const (
	byKey = `(SELECT id FROM documents WHERE doc_key = $1)`
	byID  = `$1::bigint`
)

// queueRecords stores the regional records of an on-topic page (and none for
// other pages), with one activities row per named activity, in the order
// (and so with the ids) that one statement per row would give; replace
// first deletes the document's earlier records.
func queueRecords(b *pgx.Batch, doc string, ref any, d *extract.Document, replace bool) {
	if replace {
		b.Queue(`DELETE FROM records WHERE document_id = `+doc, ref)
	}
	if !d.OnTopic {
		return
	}
	recs := d.Records
	if len(recs) == 0 {
		recs = []extract.Facts{d.Facts}
	}
	for i, r := range recs {
		b.Queue(`WITH r AS (INSERT INTO records (document_id, record_index, campaign, year, level,
			province, province_code, city, city_code, county, county_code, event_dates, department_count,
			activity_count, activities, theme, evidence) VALUES (`+doc+`,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)
			RETURNING id)
			INSERT INTO activities (record_id, activity_index, name)
			SELECT r.id, a.ord - 1, a.name FROM r, unnest($18::text[]) WITH ORDINALITY AS a(name, ord) ORDER BY a.ord`,
			ref, i, r.Campaign, r.Year, r.Level, r.Province, r.ProvinceCode, r.City, r.CityCode, r.County,
			r.CountyCode, store.JSONText(store.OrEmpty(r.EventDates)), r.DepartmentCount, r.ActivityCount,
			store.JSONText(store.OrEmpty(r.Activities)), r.Theme, store.JSONText(store.OrEmptyMap(r.Evidence)),
			store.OrEmpty(r.Activities))
	}
}

func queueEvents(b *pgx.Batch, events []store.Event, now string) {
	for _, e := range events {
		var run any
		if e.RunID != 0 {
			run = e.RunID
		}
		b.Queue(`INSERT INTO processing_log (run_id, at, source, doc_key, stage, outcome, reason)
			VALUES ($1,$2,$3,$4,$5,$6,$7)`, run, now, e.Source, store.NullStr(e.Key), e.Stage, e.Outcome, e.Reason)
	}
}

// sendBatch sends every queued statement in one round trip.
func sendBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
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
