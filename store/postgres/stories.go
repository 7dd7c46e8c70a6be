package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/story"
)

// storyLock is the advisory lock key under which one transaction at a time
// files documents into stories ("ccst"): two machines writing copies of one
// release at the same moment would otherwise each miss the other's.
const storyLock = 0x63637374

// pendingStory is a document whose story is filed at the end of its batch.
type pendingStory struct {
	id  int64
	doc *extract.Document
	sig *story.Signature // computed by Page.Prepare, or nil
}

// assignStories files the batch's written documents into stories (see
// store.Stories), under storyLock taken only after every page row is
// written: the lock holder never waits for a row another writer holds, so
// writers queue on it without deadlocks, and each sees what the previous
// holder committed.
func assignStories(ctx context.Context, tx pgx.Tx, pending []pendingStory) error {
	if len(pending) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, storyLock); err != nil {
		return fmt.Errorf("story: lock: %w", err)
	}
	// The band look-ups are cached prepared statements; a generic plan,
	// blind to the 40 band hashes, scans story_bands (6 ms a page at 1,000
	// pages), a custom one probes its index.
	if _, err := tx.Exec(ctx, `SET LOCAL plan_cache_mode = force_custom_plan`); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	s := store.NewStories(numbered{tx})
	for _, p := range pending {
		if err := s.Assign(ctx, p.id, p.doc, p.sig); err != nil {
			return fmt.Errorf("store: story of %d: %w", p.id, err)
		}
	}
	return nil
}

// numbered runs statements written with '?' placeholders as PostgreSQL's $1, $2 ….
type numbered struct{ tx pgx.Tx }

func (n numbered) Exec(ctx context.Context, q string, args ...any) error {
	_, err := n.tx.Exec(ctx, numberPlaceholders(q), args...)
	return err
}

func (n numbered) Query(ctx context.Context, q string, args ...any) (store.QueryRows, error) {
	return n.tx.Query(ctx, numberPlaceholders(q), args...)
}

func (n numbered) QueryRow(ctx context.Context, q string, args ...any) store.RowScanner {
	return n.tx.QueryRow(ctx, numberPlaceholders(q), args...)
}

// numberPlaceholders rewrites each '?' of q as $1, $2 … in order. The
// statements it serves hold no '?' inside quotes.
func numberPlaceholders(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for {
		i := strings.IndexByte(q, '?')
		if i < 0 {
			b.WriteString(q)
			return b.String()
		}
		n++
		b.WriteString(q[:i])
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(n))
		q = q[i+1:]
	}
}
