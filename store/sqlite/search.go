package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

// MatchExpr returns the FTS4 query that requires every term: each is quoted
// as a phrase, so that no term is read as an operator.
func MatchExpr(terms []string) string {
	var b strings.Builder
	for _, t := range terms {
		t = strings.TrimSpace(strings.ReplaceAll(strings.ToLower(t), `"`, " "))
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + t + `"`)
	}
	return b.String()
}

// searchFrom reads pages through the covering index of the columns result
// lists show, with on_topic as corrected (the corrected_documents view
// would read the pages' rows, whose raw bytes and text fill overflow pages).
const searchFrom = `(SELECT d.id, d.title, d.site, d.published, CASE WHEN json_type(c.fields, '$.on_topic')
	IN ('true', 'false') THEN json_type(c.fields, '$.on_topic') = 'true' ELSE d.on_topic END AS on_topic
	FROM documents d INDEXED BY documents_listing
	LEFT JOIN correction_sets c ON c.document_id = d.id AND c.record_index = -1) d `

// searchWhere builds the conditions of q on the corrected_documents alias d.
func searchWhere(q store.SearchQuery) where {
	var w where
	if m := MatchExpr(q.Terms); m != "" {
		w.add("d.id IN (SELECT docid FROM search_words WHERE search_words MATCH ?)", m)
	}
	docConds(q.ViewFilter, &w)
	if q.HasRecordConds() {
		var rw where
		rw.add("r.document_id = d.id")
		recordConds(q.ViewFilter, &rw)
		w.add("EXISTS (SELECT 1 FROM corrected_records r "+rw.sql()+")", rw.args...)
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
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM `+searchFrom+w.sql(), w.args...).Scan(&res.Total); err != nil {
		return store.SearchResult{}, fmt.Errorf("store: search: %w", err)
	}
	args := append(append([]any{}, w.args...), q.Limit, q.Offset)
	rows, err := db.sql.QueryContext(ctx, `SELECT d.id, coalesce(d.title, ''), coalesce(d.site, ''),
		coalesce(d.published, ''), d.on_topic FROM `+searchFrom+w.sql()+`
		ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?`, args...)
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
		FROM documents d WHERE d.id = ?`, h.ID).Scan(&h.Text, &region)
	if err != nil {
		return fmt.Errorf("store: search: %w", err)
	}
	h.Region = region.String
	return nil
}
