package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store/story"
)

// Reprints as one story (see store/story): each on-topic document's
// signature and band hashes are stored as it is written, its candidates are
// the documents sharing a band, and it joins the story of every candidate
// whose signature says it is a copy (merging stories it links). Off-topic
// documents belong to no story. The tables are story_signatures and
// story_bands of every backend; the SQL here is portable, with '?'
// placeholders that a backend may rewrite (see Querier).

// Querier runs SQL inside one write transaction. Its statements are written
// with '?' placeholders; a backend whose driver wants others ($1) rewrites them.
// A row not found is an error errors.Is reports as sql.ErrNoRows.
type Querier interface {
	Exec(ctx context.Context, query string, args ...any) error
	Query(ctx context.Context, query string, args ...any) (QueryRows, error)
	QueryRow(ctx context.Context, query string, args ...any) RowScanner
}

// QueryRows are the rows of a Querier's query.
type QueryRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// RowScanner is the one row of a Querier's QueryRow.
type RowScanner interface{ Scan(dest ...any) error }

// CachedQuerier is the Querier of the database/sql transaction c runs
// statements in, each prepared once for it (see StmtCache).
func CachedQuerier(c *StmtCache) Querier { return sqlQuerier{c} }

type sqlQuerier struct{ tx *StmtCache }

func (q sqlQuerier) Exec(ctx context.Context, query string, args ...any) error {
	_, err := q.tx.ExecContext(ctx, query, args...)
	return err
}

func (q sqlQuerier) Query(ctx context.Context, query string, args ...any) (QueryRows, error) {
	rows, err := q.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

func (q sqlQuerier) QueryRow(ctx context.Context, query string, args ...any) RowScanner {
	return q.tx.QueryRowContext(ctx, query, args...)
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

// Stories files the documents of one write transaction into stories.
type Stories struct{ q Querier }

// NewStories files documents through q, a write transaction.
func NewStories(q Querier) *Stories { return &Stories{q: q} }

// bucketCap is how many documents one LSH bucket (band, hash) keeps.
const bucketCap = 8

// Assign files document id into its story (none when it is off topic),
// after its row in documents was written. sig is the signature of d.Text
// when the caller computed it already (Page.Prepare does, off the writer);
// nil computes it here.
func (s *Stories) Assign(ctx context.Context, id int64, d *extract.Document, sig *story.Signature) error {
	var old, wasCanonical sql.NullInt64
	err := s.q.QueryRow(ctx, `SELECT story_id, canonical FROM story_signatures WHERE document_id = ?`, id).Scan(&old, &wasCanonical)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("story: %w", err)
	}
	if err := s.q.Exec(ctx, `DELETE FROM story_bands WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if err := s.q.Exec(ctx, `DELETE FROM story_signatures WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if old.Valid && wasCanonical.Int64 != 0 { // the story lost the member that stood for it
		if err := s.markCanonical(ctx, old.Int64); err != nil {
			return err
		}
	}
	if !d.OnTopic {
		return nil
	}
	if sig == nil {
		s := story.Of(d.Text)
		sig = &s
	}
	bands := sig.Bands()
	stories, err := s.matching(ctx, id, *sig, bands)
	if err != nil {
		return err
	}
	sid := id
	for _, st := range stories {
		sid = min(sid, st)
	}
	if err := s.q.Exec(ctx, `INSERT INTO story_signatures (document_id, story_id, shingles, signature, canonical) VALUES (?,?,?,?,0)`,
		id, sid, sig.Shingles, sig.Bytes()); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if err := s.insertBands(ctx, id, bands); err != nil {
		return err
	}
	merged := false
	for _, st := range stories {
		if st == sid {
			continue
		}
		merged = true
		if err := s.q.Exec(ctx, `UPDATE story_signatures SET story_id = ? WHERE story_id = ?`, sid, st); err != nil {
			return fmt.Errorf("story: merge: %w", err)
		}
	}
	if merged || len(stories) == 0 {
		return s.markCanonical(ctx, sid)
	}
	return s.challengeCanonical(ctx, sid, id)
}

// bandValues is the VALUES list of the band hashes, typed so that every
// backend reads the placeholders as integers.
var bandValues = func() string {
	v := make([]string, story.Bands)
	for i := range v {
		v[i] = "(CAST(? AS INTEGER), CAST(? AS BIGINT))"
	}
	return "VALUES " + strings.Join(v, ", ")
}()

func bandArgs(bands [story.Bands]int64, args []any) []any {
	for b, h := range bands {
		args = append(args, b, h)
	}
	return args
}

// insertBands indexes document id under its band hashes. A bucket keeps its
// first bucketCap documents: enough to find the story they belong to, and
// look-ups stay bounded when a template makes thousands of near-identical pages.
func (s *Stories) insertBands(ctx context.Context, id int64, bands [story.Bands]int64) error {
	args := bandArgs(bands, []any{id})
	args = append(args, bucketCap)
	err := s.q.Exec(ctx, `INSERT INTO story_bands (band, hash, document_id)
		SELECT v.column1, v.column2, CAST(? AS BIGINT) FROM (`+bandValues+`) AS v
		WHERE (SELECT count(*) FROM story_bands b WHERE b.band = v.column1 AND b.hash = v.column2) < ?`, args...)
	if err != nil {
		return fmt.Errorf("story: bands: %w", err)
	}
	return nil
}

// matching returns the stories of the band candidates that are copies of sig.
func (s *Stories) matching(ctx context.Context, id int64, sig story.Signature, bands [story.Bands]int64) ([]int64, error) {
	args := bandArgs(bands, make([]any, 0, 2*story.Bands+1))
	args = append(args, id)
	rows, err := s.q.Query(ctx, `SELECT s.document_id, s.story_id, s.shingles, s.signature FROM story_signatures s
		WHERE s.document_id IN (SELECT document_id FROM story_bands WHERE (band, hash) IN (`+bandValues+`))
		AND s.document_id <> ? ORDER BY s.document_id`, args...)
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
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story: candidates: %w", err)
	}
	return out, nil
}

// members reads the documents of a query's rows as story members.
func (s *Stories) members(ctx context.Context, query string, args ...any) ([]story.Member, error) {
	rows, err := s.q.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("story: canonical: %w", err)
	}
	defer rows.Close()
	var out []story.Member
	for rows.Next() {
		var (
			m                       story.Member
			origin, site, published sql.NullString
		)
		if err := rows.Scan(&m.ID, &origin, &site, &published); err != nil {
			return nil, fmt.Errorf("story: canonical: %w", err)
		}
		m.Origin, m.Site, m.Published = nullable(origin), nullable(site), nullable(published)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story: canonical: %w", err)
	}
	return out, nil
}

func nullable(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	return &s.String
}

// setCanonical makes document id the canonical member of story sid, among
// the members the condition selects.
func (s *Stories) setCanonical(ctx context.Context, sid, id int64, onlyCanonicalAnd bool) error {
	q := `UPDATE story_signatures SET canonical = CASE WHEN document_id = ? THEN 1 ELSE 0 END WHERE story_id = ?`
	args := []any{id, sid}
	if onlyCanonicalAnd {
		q += ` AND (canonical <> 0 OR document_id = ?)`
		args = append(args, id)
	}
	if err := s.q.Exec(ctx, q, args...); err != nil {
		return fmt.Errorf("story: canonical: %w", err)
	}
	return nil
}

// markCanonical marks the one member that stands for story sid (see story.Canonical).
func (s *Stories) markCanonical(ctx context.Context, sid int64) error {
	ms, err := s.members(ctx, `SELECT d.id, d.origin, d.site, d.published FROM story_signatures s
		JOIN documents d ON d.id = s.document_id WHERE s.story_id = ?`, sid)
	if err != nil || len(ms) == 0 {
		return err
	}
	return s.setCanonical(ctx, sid, story.Canonical(ms), false)
}

// challengeCanonical makes the new member id canonical when it ranks before
// the story's canonical member: one comparison, not a pass over the story.
func (s *Stories) challengeCanonical(ctx context.Context, sid, id int64) error {
	var n int
	if err := s.q.QueryRow(ctx, `SELECT count(*) FROM story_signatures WHERE story_id = ? AND canonical <> 0`, sid).Scan(&n); err != nil {
		return fmt.Errorf("story: canonical: %w", err)
	}
	if n != 1 { // its canonical member was deleted with its document: rank them all
		return s.markCanonical(ctx, sid)
	}
	ms, err := s.members(ctx, `SELECT d.id, d.origin, d.site, d.published FROM documents d WHERE d.id = ? OR d.id IN
		(SELECT document_id FROM story_signatures WHERE story_id = ? AND canonical <> 0)`, id, sid)
	if err != nil {
		return err
	}
	if story.Canonical(ms) != id {
		return nil
	}
	return s.setCanonical(ctx, sid, id, true)
}
