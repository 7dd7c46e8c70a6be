package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store/story"
)

// Reprints as one story (see store/story): each on-topic document's
// signature and band hashes are stored as it is written, its candidates are
// the documents sharing a band, and it joins the story of every candidate
// whose signature says it is a copy (merging stories it links). Off-topic
// documents belong to no story.

// assignStory files document id into its story, in the write transaction.
func (db *DB) assignStory(ctx context.Context, tx *sql.Tx, id int64, d *extract.Document) error {
	var (
		old          sql.NullInt64
		wasCanonical bool
	)
	err := tx.QueryRowContext(ctx, `SELECT story_id, canonical FROM story_signatures WHERE document_id = ?`, id).Scan(&old, &wasCanonical)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("story: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_bands WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_signatures WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if old.Valid && wasCanonical { // the story lost the member that stood for it
		if err := markCanonical(ctx, tx, old.Int64); err != nil {
			return err
		}
	}
	if !d.OnTopic {
		return nil
	}
	sig := story.Of(d.Text)
	bands := sig.Bands()
	stories, err := matchingStories(ctx, tx, id, sig, bands)
	if err != nil {
		return err
	}
	sid := id
	for _, s := range stories {
		sid = min(sid, s)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO story_signatures (document_id, story_id, shingles, signature) VALUES (?,?,?,?)`,
		id, sid, sig.Shingles, sig.Bytes()); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	for b, h := range bands {
		// A bucket keeps its first bucketCap documents: enough to find the
		// story they belong to, and look-ups stay bounded when a template
		// makes thousands of near-identical pages.
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_bands (band, hash, document_id)
			SELECT ?1, ?2, ?3 WHERE (SELECT count(*) FROM story_bands WHERE band = ?1 AND hash = ?2) < ?4`, b, h, id, bucketCap); err != nil {
			return fmt.Errorf("story: %w", err)
		}
	}
	merged := false
	for _, s := range stories {
		if s == sid {
			continue
		}
		merged = true
		if _, err := tx.ExecContext(ctx, `UPDATE story_signatures SET story_id = ? WHERE story_id = ?`, sid, s); err != nil {
			return fmt.Errorf("story: merge: %w", err)
		}
	}
	if merged || len(stories) == 0 {
		return markCanonical(ctx, tx, sid)
	}
	return challengeCanonical(ctx, tx, sid, id)
}

// bucketCap is how many documents one LSH bucket (band, hash) keeps.
const bucketCap = 8

// canonicalOrder ranks the members of a story, the one that stands for it first.
const canonicalOrder = `(coalesce(d.origin, '') <> '' AND coalesce(d.site, '') <> '' AND
	(d.origin = d.site OR instr(d.site, d.origin) > 0 OR instr(d.origin, d.site) > 0)) DESC,
	d.published IS NULL, substr(d.published, 1, 10), d.id`

// challengeCanonical makes the new member id canonical when it ranks before
// the story's canonical member: one comparison, not a pass over the story.
func challengeCanonical(ctx context.Context, tx *sql.Tx, sid, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM story_signatures WHERE story_id = ? AND canonical`, sid).Scan(&n); err != nil {
		return fmt.Errorf("story: canonical: %w", err)
	}
	if n != 1 { // its canonical member was deleted with its document: rank them all
		return markCanonical(ctx, tx, sid)
	}
	var best int64
	err := tx.QueryRowContext(ctx, `SELECT d.id FROM documents d WHERE d.id = ?1 OR d.id IN
		(SELECT document_id FROM story_signatures WHERE story_id = ?2 AND canonical) ORDER BY `+canonicalOrder+` LIMIT 1`, id, sid).Scan(&best)
	if err != nil {
		return fmt.Errorf("story: canonical: %w", err)
	}
	if best != id {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE story_signatures SET canonical = (document_id = ?1) WHERE story_id = ?2 AND (canonical OR document_id = ?1)`, id, sid); err != nil {
		return fmt.Errorf("story: canonical: %w", err)
	}
	return nil
}

// matchingStories returns the stories of the band candidates that are copies of sig.
func matchingStories(ctx context.Context, tx *sql.Tx, id int64, sig story.Signature, bands [story.Bands]int64) ([]int64, error) {
	var q strings.Builder
	args := make([]any, 0, 2*len(bands)+1)
	q.WriteString(`SELECT s.document_id, s.story_id, s.shingles, s.signature FROM story_signatures s WHERE s.document_id IN (
		SELECT document_id FROM story_bands WHERE (band, hash) IN (VALUES `)
	for b, h := range bands {
		if b > 0 {
			q.WriteString(",")
		}
		q.WriteString("(?,?)")
		args = append(args, b, h)
	}
	q.WriteString(`)) AND s.document_id <> ?`)
	args = append(args, id)
	rows, err := tx.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, fmt.Errorf("story: candidates: %w", err)
	}
	defer rows.Close()
	var out []int64
	seen := map[int64]bool{}
	for rows.Next() {
		var (
			doc, sid int64
			n        int
			blob     []byte
		)
		if err := rows.Scan(&doc, &sid, &n, &blob); err != nil {
			return nil, fmt.Errorf("story: candidates: %w", err)
		}
		other, err := story.Decode(blob, n)
		if err != nil {
			return nil, err
		}
		if !seen[sid] && sig.Same(other) {
			seen[sid] = true
			out = append(out, sid)
		}
	}
	return out, rows.Err()
}

// markCanonical marks the one member that stands for story sid: a page on
// the issuing body's own site (its 来源 names the site), else the earliest
// published, else the first stored.
func markCanonical(ctx context.Context, tx *sql.Tx, sid int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE story_signatures SET canonical = (document_id = (
		SELECT d.id FROM story_signatures s JOIN documents d ON d.id = s.document_id WHERE s.story_id = ?1
		ORDER BY `+canonicalOrder+` LIMIT 1)) WHERE story_id = ?1`, sid)
	if err != nil {
		return fmt.Errorf("story: canonical: %w", err)
	}
	return nil
}
