package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ccorpus/ccorpus/store"

	"github.com/ccorpus/ccorpus/extract"
)

// version is one earlier state of a changed page.
type version struct {
	RawHash    string `json:"raw_hash"`
	TextHash   string `json:"text_hash"`
	ReplacedAt string `json:"replaced_at"`
}

// Write saves a batch in one transaction and returns the outcome of each page.
// A page is identified by its Key: a new key is inserted, a known key with the
// same raw bytes is left alone, a known key with different raw bytes is
// updated and its previous hashes remembered.
func (db *DB) Write(ctx context.Context, b store.Batch) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(b.Pages))
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := prepare(ctx, tx)
		if err != nil {
			return err
		}
		for i := range b.Pages {
			o, err := db.savePage(ctx, st, &b.Pages[i])
			if err != nil {
				return fmt.Errorf("store: save %s: %w", b.Pages[i].Source, err)
			}
			out[i] = o
		}
		return db.logEvents(ctx, tx, b.Events)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (db *DB) savePage(ctx context.Context, st *stmts, p *store.Page) (store.Outcome, error) {
	key := p.Key()
	rawHash := p.HashRaw()
	var (
		id                      int64
		oldRaw, oldText, oldPrv string
		indexedText             sql.NullString
	)
	err := st.lookup.QueryRowContext(ctx, key).Scan(&id, &oldRaw, &oldText, &oldPrv, &indexedText)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id, err = db.insertDocument(ctx, st, key, rawHash, p)
		if err != nil {
			return "", err
		}
		if err := indexPage(ctx, st.tx, id, p); err != nil {
			return "", err
		}
		if err := db.replaceRecords(ctx, st, id, &p.Doc); err != nil {
			return "", err
		}
		return store.Inserted, st.stories.Assign(ctx, id, &p.Doc, p.Signature())
	case err != nil:
		return "", err
	case oldRaw == rawHash:
		return store.Unchanged, nil
	}
	var prev []version
	if err := json.Unmarshal([]byte(oldPrv), &prev); err != nil {
		return "", fmt.Errorf("previous_hashes: %w", err)
	}
	prev = append(prev, version{RawHash: oldRaw, TextHash: oldText, ReplacedAt: db.now()})
	if err := db.updateDocument(ctx, st.tx, id, p, true, prev); err != nil {
		return "", err
	}
	// New bytes often carry the same title and text (a counter, a date in
	// the chrome): a search row already holding the same words stays.
	same, err := sameSearchRow(ctx, st.tx, id, indexedText, p)
	if err != nil {
		return "", err
	}
	if !same {
		if err := indexPage(ctx, st.tx, id, p); err != nil {
			return "", err
		}
	}
	if err := db.replaceRecords(ctx, st, id, &p.Doc); err != nil {
		return "", err
	}
	return store.Updated, st.stories.Assign(ctx, id, &p.Doc, p.Signature())
}

// SaveReprocessed replaces the extraction results of stored documents (by id)
// in one transaction, leaving their raw bytes, keys and version history alone.
func (db *DB) SaveReprocessed(ctx context.Context, ids []int64, pages []store.Page, events []store.Event) error {
	if len(ids) != len(pages) {
		return fmt.Errorf("store: reprocess: %d ids for %d pages", len(ids), len(pages))
	}
	return db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := prepare(ctx, tx)
		if err != nil {
			return err
		}
		for i := range pages {
			if err := db.updateDocument(ctx, st.tx, ids[i], &pages[i], false, nil); err != nil {
				return fmt.Errorf("store: reprocess %d: %w", ids[i], err)
			}
			if err := indexPage(ctx, st.tx, ids[i], &pages[i]); err != nil {
				return err
			}
			if err := db.replaceRecords(ctx, st, ids[i], &pages[i].Doc); err != nil {
				return fmt.Errorf("store: reprocess %d: %w", ids[i], err)
			}
			if err := st.stories.Assign(ctx, ids[i], &pages[i].Doc, pages[i].Signature()); err != nil {
				return fmt.Errorf("store: reprocess %d: %w", ids[i], err)
			}
		}
		return db.logEvents(ctx, tx, events)
	})
}

func (db *DB) insertDocument(ctx context.Context, st *stmts, key, rawHash string, p *store.Page) (int64, error) {
	raw, err := p.Compressed()
	if err != nil {
		return 0, err
	}
	d := &p.Doc
	now := db.now()
	res, err := st.insertDoc.ExecContext(ctx, key, p.Source, store.NullStr(store.DocURL(p)), store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt),
		now, now, now, raw, store.RawCodec, p.RawSize(), rawHash, store.Hash([]byte(d.Text)), d.Title, d.Published, d.Site,
		d.Origin, d.Author, d.Editor, d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text,
		store.JSONText(store.OrEmpty(d.SpamRemoved)), store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts), d.Reason)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// updateDocument rewrites a document's extraction results; with newRaw it
// also replaces the raw bytes and records the version history prev.
func (db *DB) updateDocument(ctx context.Context, tx *store.StmtCache, id int64, p *store.Page, newRaw bool, prev []version) error {
	d := &p.Doc
	now := db.now()
	_, err := tx.ExecContext(ctx, `UPDATE documents SET url = coalesce(?, url), processed_at = ?, text_hash = ?,
		title = ?, published = ?, site = ?, origin = ?, author = ?, editor = ?, charset = ?, script = ?, is_index = ?,
		on_topic = ?, original_text = ?, text = ?, spam_removed = ?, clean_counts = ?, facts = ?, reason = ? WHERE id = ?`,
		store.NullStr(store.DocURL(p)), now, store.Hash([]byte(d.Text)), d.Title, d.Published, d.Site, d.Origin, d.Author, d.Editor,
		d.Charset, d.Script, p.IsIndex, d.OnTopic, p.OriginalText, d.Text, store.JSONText(store.OrEmpty(d.SpamRemoved)),
		store.JSONText(store.CountsOrEmpty(p.CleanCounts)), store.JSONText(d.Facts), d.Reason, id)
	if err != nil || !newRaw {
		return err
	}
	raw, err := p.Compressed()
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE documents SET source = ?, content_type = ?, kind = ?, fetched_at = ?,
		updated_at = ?, raw = ?, raw_codec = ?, raw_size = ?, raw_hash = ?, previous_hashes = ? WHERE id = ?`,
		p.Source, store.NullStr(p.ContentType), p.Kind, formatTime(p.FetchedAt), now, raw, store.RawCodec, p.RawSize(),
		p.HashRaw(), store.JSONText(prev), id)
	return err
}

// replaceRecords stores the regional records of an on-topic page (and none
// for other pages), with one activities row per named activity.
func (db *DB) replaceRecords(ctx context.Context, st *stmts, docID int64, d *extract.Document) error {
	if _, err := st.deleteRecs.ExecContext(ctx, docID); err != nil {
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
		res, err := st.insertRec.ExecContext(ctx, docID, i, r.Campaign, r.Year, r.Level, r.Province, r.ProvinceCode, r.City, r.CityCode, r.County,
			r.CountyCode, store.JSONText(store.OrEmpty(r.EventDates)), r.DepartmentCount, r.ActivityCount,
			store.JSONText(store.OrEmpty(r.Activities)), r.Theme, store.JSONText(store.OrEmptyMap(r.Evidence)),
			store.JSONText(store.OrEmptyList(r.Departments)), store.JSONText(store.OrEmptyList(r.Events)))
		if err != nil {
			return err
		}
		recID, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for j, a := range r.Activities {
			if _, err := st.insertAct.ExecContext(ctx, recID, j, a); err != nil {
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
			VALUES (?,?,?,?,?,?,?)`, run, now, e.Source, store.NullStr(e.Key), e.Stage, e.Outcome, e.Reason); err != nil {
			return fmt.Errorf("store: log: %w", err)
		}
	}
	return nil
}
