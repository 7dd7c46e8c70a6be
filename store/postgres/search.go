package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

// searchTerms returns the terms of a query as the index holds them: each
// lowercased and cut at ASCII punctuation as the stored words were (see
// ftsText); empty terms are dropped.
func searchTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		if t = strings.TrimSpace(ftsText(strings.ToLower(t))); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// searchWhere builds the conditions of q on the corrected_documents alias d:
// every term must occur (as a phrase, when cutting made it several tokens).
func searchWhere(q store.SearchQuery) where {
	var w where
	if terms := searchTerms(q.Terms); len(terms) > 0 {
		ph := make([]string, len(terms))
		args := make([]any, len(terms))
		for i, t := range terms {
			ph[i], args[i] = "phraseto_tsquery('simple', ?)", t
		}
		w.add("d.id IN (SELECT document_id FROM search_words WHERE words @@ ("+strings.Join(ph, " && ")+"))", args...)
	}
	docConds(q.ViewFilter, &w)
	if q.HasRecordConds() {
		var rw where
		rw.add("r.document_id = d.id")
		rw.args = w.args // number the record conditions after the page ones
		recordConds(q.ViewFilter, &rw)
		w.conds = append(w.conds, "EXISTS (SELECT 1 FROM corrected_records r "+rw.sql()+")")
		w.args = rw.args
	}
	if q.Corrected {
		w.add("EXISTS (SELECT 1 FROM corrections c WHERE c.document_id = d.id AND c.undone_at IS NULL)")
	}
	return w
}

// Search returns the pages matching q, newest first.
func (db *DB) Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error) {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	w := searchWhere(q)
	var res store.SearchResult
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM corrected_documents d `+w.sql(), w.args...).Scan(&res.Total); err != nil {
		return store.SearchResult{}, fmt.Errorf("store: search: %w", err)
	}
	args := append(append([]any{}, w.args...), q.Limit, q.Offset)
	rows, err := db.sql.QueryContext(ctx, `SELECT d.id, coalesce(d.title, ''), coalesce(d.site, ''),
		coalesce(d.published, ''), d.on_topic FROM corrected_documents d `+w.sql()+`
		ORDER BY d.published COLLATE "C" DESC NULLS LAST, d.id DESC LIMIT `+w.next(1)+` OFFSET `+w.next(2), args...)
	if err != nil {
		return store.SearchResult{}, fmt.Errorf("store: search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Site, &h.Published, &h.OnTopic); err != nil {
			return store.SearchResult{}, fmt.Errorf("store: search: %w", err)
		}
		res.Hits = append(res.Hits, h)
	}
	if err := rows.Err(); err != nil {
		return store.SearchResult{}, fmt.Errorf("store: search: %w", err)
	}
	rows.Close()
	for i := range res.Hits {
		if err := db.fillHit(ctx, &res.Hits[i]); err != nil {
			return store.SearchResult{}, err
		}
	}
	return res, nil
}

// fillHit reads the text and region of one hit.
func (db *DB) fillHit(ctx context.Context, h *store.Hit) error {
	var region sql.NullString
	err := db.sql.QueryRowContext(ctx, `SELECT d.text, (SELECT coalesce(r.province, '') || coalesce(r.city, '') ||
		coalesce(r.county, '') FROM corrected_records r WHERE r.document_id = d.id ORDER BY r.record_index LIMIT 1)
		FROM documents d WHERE d.id = $1`, h.ID).Scan(&h.Text, &region)
	if err != nil {
		return fmt.Errorf("store: search: %w", err)
	}
	h.Region = region.String
	return nil
}
