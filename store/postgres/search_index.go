package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ccorpus/ccorpus/store"
)

// The search index: one tsvector of the 'simple' configuration per document
// in search_words, over the space-separated words the caller's segmenter
// built (store.Page.SearchText), written in the same transaction as the page
// so that ingest, crawl and reprocess keep it in step; text_hash says which
// text each row was built from.

// ftsText prepares words for to_tsvector and phraseto_tsquery: ASCII
// punctuation separates tokens, as in SQLite's simple FTS4 tokenizer (the
// PostgreSQL parser would otherwise keep "-19" or "a.b" as one lexeme).
func ftsText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return ' '
		}
		return r
	}, s)
}

// searchRows are the search rows a batch writes: every document whose page
// it stores loses its row, and those with search text get a new one.
type searchRows struct {
	ids, withIDs  []int64
	words, hashes []string
}

func (s *searchRows) add(id int64, p *store.Page, textHash string) {
	s.ids = append(s.ids, id)
	if p.SearchText == "" {
		return
	}
	s.withIDs = append(s.withIDs, id)
	s.words = append(s.words, ftsText(p.SearchText))
	s.hashes = append(s.hashes, textHash)
}

// queue adds the statements to b; they must follow the documents' INSERT.
func (s *searchRows) queue(b *pgx.Batch) {
	if len(s.ids) == 0 {
		return
	}
	b.Queue(`DELETE FROM search_words WHERE document_id = ANY($1)`, s.ids)
	if len(s.withIDs) == 0 {
		return
	}
	b.Queue(`INSERT INTO search_words (document_id, text_hash, words)
		SELECT id, h, to_tsvector('simple', w) FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(id, h, w)`,
		s.withIDs, s.hashes, s.words)
}

// Unindexed returns up to limit documents whose search row is missing or
// stale (pages stored before the index existed, or by a writer that gave no
// search text), in id order.
func (db *DB) Unindexed(ctx context.Context, limit int) ([]store.Unindexed, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT d.id, coalesce(d.title, ''), d.text, d.text_hash FROM documents d
		LEFT JOIN search_words s ON s.document_id = d.id
		WHERE s.text_hash IS NULL OR s.text_hash <> d.text_hash ORDER BY d.id LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: unindexed: %w", err)
	}
	defer rows.Close()
	var out []store.Unindexed
	for rows.Next() {
		var u store.Unindexed
		if err := rows.Scan(&u.ID, &u.Title, &u.Text, &u.TextHash); err != nil {
			return nil, fmt.Errorf("store: unindexed: %w", err)
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unindexed: %w", err)
	}
	return out, nil
}

// SetSearchText writes the search rows of documents already stored: words[i]
// for docs[i], built from the text whose hash docs[i] carries.
func (db *DB) SetSearchText(ctx context.Context, docs []store.Unindexed, words []string) error {
	if len(docs) != len(words) {
		return fmt.Errorf("store: index: %d documents for %d texts", len(docs), len(words))
	}
	var s searchRows
	for i, d := range docs {
		s.ids = append(s.ids, d.ID)
		s.withIDs = append(s.withIDs, d.ID)
		s.words = append(s.words, ftsText(words[i]))
		s.hashes = append(s.hashes, d.TextHash)
	}
	return db.pgxTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		s.queue(b)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("store: index: %w", err)
		}
		return nil
	})
}
