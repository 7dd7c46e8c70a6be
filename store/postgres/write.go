package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// version is one earlier state of a changed page.
type version struct {
	RawHash    string `json:"raw_hash"`
	TextHash   string `json:"text_hash"`
	ReplacedAt string `json:"replaced_at"`
}

// Write implements store.Writer. A page being written by another machine at
// the same moment is waited for (its row is locked), never duplicated.
func (db *DB) Write(ctx context.Context, b store.Batch) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(b.Pages))
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		var pending []pendingStory
		for i := range b.Pages {
			o, id, err := db.savePage(ctx, tx, &b.Pages[i])
			if err != nil {
				return fmt.Errorf("store: save %s: %w", b.Pages[i].Source, err)
			}
			out[i] = o
			if o != store.Unchanged {
				pending = append(pending, pendingStory{id, &b.Pages[i].Doc})
			}
		}
		if err := assignStories(ctx, tx, pending); err != nil {
			return err
		}
		return db.logEvents(ctx, tx, b.Events)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (db *DB) savePage(ctx context.Context, tx *sql.Tx, p *store.Page) (store.Outcome, int64, error) {
	key := p.Key()
	rawHash := p.HashRaw()
	var (
		id                      int64
		oldRaw, oldText, oldPrv string
	)
	err := tx.QueryRowContext(ctx, `SELECT id, raw_hash, text_hash, previous_hashes FROM documents
		WHERE doc_key = $1 FOR UPDATE`, key).Scan(&id, &oldRaw, &oldText, &oldPrv)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		// A concurrent insert of the same key makes this fail with a unique
		// violation; Tx runs the batch again and finds the row.
		id, err = db.insertDocument(ctx, tx, key, rawHash, p)
		if err != nil {
			return "", 0, err
		}
		return store.Inserted, id, db.replaceRecords(ctx, tx, id, &p.Doc)
	case err != nil:
		return "", 0, err
	case oldRaw == rawHash:
		return store.Unchanged, id, nil
	}
	var prev []version
	if err := json.Unmarshal([]byte(oldPrv), &prev); err != nil {
		return "", 0, fmt.Errorf("previous_hashes: %w", err)
	}
	prev = append(prev, version{RawHash: oldRaw, TextHash: oldText, ReplacedAt: db.now()})
	if err := db.updateDocument(ctx, tx, id, p, true, prev); err != nil {
		return "", 0, err
	}
	return store.Updated, id, db.replaceRecords(ctx, tx, id, &p.Doc)
}

// SaveReprocessed implements store.Writer.
func (db *DB) SaveReprocessed(ctx context.Context, ids []int64, pages []store.Page, events []store.Event) error {
	if len(ids) != len(pages) {
		return fmt.Errorf("store: reprocess: %d ids for %d pages", len(ids), len(pages))
	}
	return db.Tx(ctx, func(tx *sql.Tx) error {
		pending := make([]pendingStory, 0, len(pages))
		for i := range pages {
			if err := db.updateDocument(ctx, tx, ids[i], &pages[i], false, nil); err != nil {
				return fmt.Errorf("store: reprocess %d: %w", ids[i], err)
			}
			if err := db.replaceRecords(ctx, tx, ids[i], &pages[i].Doc); err != nil {
				return fmt.Errorf("store: reprocess %d: %w", ids[i], err)
			}
			pending = append(pending, pendingStory{ids[i], &pages[i].Doc})
		}
		if err := assignStories(ctx, tx, pending); err != nil {
			return err
		}
		return db.logEvents(ctx, tx, events)
	})
}

func (db *DB) insertDocument(ctx context.Context, tx *sql.Tx, key, rawHash string, p *store.Page) (int64, error) {
	raw, err := p.Compressed()
	if err != nil {
		return 0, err
	}
	d := &p.Doc
	now := db.now()
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO documents (doc_key, source, url, content_type, kind, fetched_at,
		first_seen, updated_at, processed_at, raw, raw_codec, raw_size, raw_hash, text_hash, title, published, site,
		origin, author, editor, charset, script, is_index, on_topic, original_text, text, spam_removed, clean_counts, facts)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29)
		RETURNING id`,
		key, p.Source, store.NullStr(store.DocURL(p)), store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt),
		now, now, now, raw, store.RawCodec, len(p.Raw), rawHash, store.Hash([]byte(d.Text)), d.Title, d.Published, d.Site,
		d.Origin, d.Author, d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text,
		store.JSONText(store.OrEmpty(d.SpamRemoved)), store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts)).Scan(&id)
	return id, err
}

// updateDocument rewrites a document's extraction results; with newRaw it
// also replaces the raw bytes and records the version history prev.
func (db *DB) updateDocument(ctx context.Context, tx *sql.Tx, id int64, p *store.Page, newRaw bool, prev []version) error {
	d := &p.Doc
	now := db.now()
	_, err := tx.ExecContext(ctx, `UPDATE documents SET url = coalesce($1, url), processed_at = $2, text_hash = $3,
		title = $4, published = $5, site = $6, origin = $7, author = $8, editor = $9, charset = $10, script = $11,
		is_index = $12, on_topic = $13, original_text = $14, text = $15, spam_removed = $16, clean_counts = $17,
		facts = $18 WHERE id = $19`,
		store.NullStr(store.DocURL(p)), now, store.Hash([]byte(d.Text)), d.Title, d.Published, d.Site, d.Origin, d.Author,
		d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text, store.JSONText(store.OrEmpty(d.SpamRemoved)),
		store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts), id)
	if err != nil || !newRaw {
		return err
	}
	raw, err := p.Compressed()
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE documents SET source = $1, content_type = $2, kind = $3, fetched_at = $4,
		updated_at = $5, raw = $6, raw_codec = $7, raw_size = $8, raw_hash = $9, previous_hashes = $10 WHERE id = $11`,
		p.Source, store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt), now, raw, store.RawCodec, len(p.Raw),
		p.HashRaw(), store.JSONText(prev), id)
	return err
}

// replaceRecords stores the regional records of an on-topic page (and none
// for other pages), with one activities row per named activity.
func (db *DB) replaceRecords(ctx context.Context, tx *sql.Tx, docID int64, d *extract.Document) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM records WHERE document_id = $1`, docID); err != nil {
		return err
	}
	if !d.OnTopic {
		return nil
	}
	recs := d.Records
	if len(recs) == 0 {
		recs = []extract.Facts{d.Facts}
	}
	for i, r := range recs {
		var recID int64
		err := tx.QueryRowContext(ctx, `INSERT INTO records (document_id, record_index, campaign, year, level,
			province, province_code, city, city_code, county, county_code, event_dates, department_count,
			activity_count, activities, theme, evidence, departments, events)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19) RETURNING id`,
			docID, i, r.Campaign, r.Year, r.Level, r.Province, r.ProvinceCode, r.City, r.CityCode, r.County,
			r.CountyCode, store.JSONText(store.OrEmpty(r.EventDates)), r.DepartmentCount, r.ActivityCount,
			store.JSONText(store.OrEmpty(r.Activities)), r.Theme, store.JSONText(store.OrEmptyMap(r.Evidence)),
			store.JSONText(store.OrEmptyList(r.Departments)), store.JSONText(store.OrEmptyList(r.Events))).Scan(&recID)
		if err != nil {
			return err
		}
		for j, a := range r.Activities {
			if _, err := tx.ExecContext(ctx, `INSERT INTO activities (record_id, activity_index, name) VALUES ($1,$2,$3)`,
				recID, j, a); err != nil {
				return err
			}
		}
	}
	return nil
}

func (db *DB) logEvents(ctx context.Context, tx *sql.Tx, events []store.Event) error {
	now := db.now()
	for _, e := range events {
		var run any
		if e.RunID != 0 {
			run = e.RunID
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO processing_log (run_id, at, source, doc_key, stage, outcome, reason)
			VALUES ($1,$2,$3,$4,$5,$6,$7)`, run, now, e.Source, store.NullStr(e.Key), e.Stage, e.Outcome, e.Reason); err != nil {
			return fmt.Errorf("store: log: %w", err)
		}
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
		err = db.sql.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE doc_key = $1 AND raw_hash = $2`, key, rawHash).Scan(&one)
	} else {
		err = db.sql.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE raw_hash = $1 LIMIT 1`, rawHash).Scan(&one)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: lookup: %w", err)
	}
	return true, nil
}
