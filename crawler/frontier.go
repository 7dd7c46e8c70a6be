package crawler

import (
	"context"
	"errors"
	"time"
)

// Kinds of frontier entries. List pages, feeds and sitemaps recur: each run
// checks them again (conditionally). Articles are fetched once.
const (
	KindList    = "list"
	KindArticle = "article"
	KindFeed    = "feed"
	KindSitemap = "sitemap"
)

// Entry states in the frontier.
const (
	StatePending = "pending" // to fetch (at NextAt or later)
	StateQueued  = "queued"  // handed to a worker by Next in the current run
	StateDone    = "done"    // fetched and stored (or unchanged)
	StateFailed  = "failed"  // given up for this run; retried on the next
	StateBlocked = "blocked" // a JavaScript challenge or similar; retried on the next run
	StateSkipped = "skipped" // not fetched: robots, date window, keyword filter, article limit
)

// Outcomes written to the fetch log.
const (
	OutcomeNew       = "new"
	OutcomeChanged   = "changed"
	OutcomeUnchanged = "unchanged"
	OutcomeRetry     = "retry"
	OutcomeFailed    = "failed"
	OutcomeBlocked   = "blocked"
	OutcomeSkipped   = "skipped"
)

// Entry is one URL of the frontier.
type Entry struct {
	URL       string // canonical
	Host      string // host:port, the unit of politeness
	Site      string // name of the site in the sources file
	Kind      string
	Depth     int
	Via       string // the page this URL was found on
	Title     string // link text or feed title, when known before fetching
	Published string // date known before fetching (list page, feed, sitemap), YYYY-MM-DD
	Page      int    // pagination index of a list page (0 for the first)
	// Fields kept by the frontier across fetches.
	State        string
	Tries        int
	NextAt       time.Time
	ETag         string
	LastModified string
	Hash         string
	// Interrupted is set by Next when the entry was already handed out in
	// this run and never completed (the process died): it is then fetched
	// in full, without conditional headers.
	Interrupted bool
}

// Recurring reports whether the entry is checked again on every run.
func (e Entry) Recurring() bool { return e.Kind != KindArticle }

// Fetch is one line of the fetch log: one attempt at one URL.
type Fetch struct {
	Time        time.Time
	URL         string
	Via         string
	Status      int
	Size        int64
	ContentType string
	Duration    time.Duration
	Hash        string
	Tries       int
	WARCFile    string
	WARCOffset  int64
	Outcome     string
	Reason      string
}

// Outcome is what a worker reports for an entry: its new frontier state and the log line.
type Outcome struct {
	Entry Entry // with State, Tries, NextAt, ETag, LastModified, Hash updated
	Fetch Fetch
}

// Run identifies one crawl run. A run that was interrupted is continued by
// the next BeginRun instead of starting afresh.
type Run struct {
	ID      int64
	Started time.Time
	Resumed bool
}

// NextQuery asks the frontier for entries that are due.
type NextQuery struct {
	Now       time.Time
	Limit     int
	PerHost   int             // at most this many per host
	SkipHosts map[string]bool // hosts whose queues are full
}

// Frontier stores the URLs of a crawl and its fetch log. Implementations
// must make each method atomic: the process may be killed between any two calls.
type Frontier interface {
	// BeginRun continues an unfinished run or starts a new one. A new run
	// makes failed, blocked and skipped entries pending again; any run
	// returns queued entries to pending.
	BeginRun(ctx context.Context, now time.Time) (Run, error)
	// Add inserts entries that are absent. A recurring entry already present
	// from an earlier run is made pending for this run. It returns how many
	// of the entries were first discovered in this run.
	Add(ctx context.Context, run Run, entries []Entry) (fresh int, err error)
	// Recheck makes every done article pending again in this run, to be
	// fetched conditionally: an article edited since is stored again.
	Recheck(ctx context.Context, run Run) (int, error)
	// Next marks up to q.Limit due pending entries queued and returns them.
	Next(ctx context.Context, run Run, q NextQuery) ([]Entry, error)
	// NextDue returns the earliest NextAt of pending entries, ok=false when none is pending.
	NextDue(ctx context.Context, run Run) (t time.Time, ok bool, err error)
	// Complete records an outcome: the entry's new state and a fetch log line.
	Complete(ctx context.Context, run Run, o Outcome) error
	// FinishRun marks the run finished.
	FinishRun(ctx context.Context, run Run, now time.Time) error
	// Summary counts the final outcomes of the run's entries from the fetch log.
	Summary(ctx context.Context, run Run) (Summary, error)
}

// Sink receives every fetched article. Put must be idempotent by URL: after
// a crash the same page may be put again, and must replace, not duplicate.
// It returns ErrSkip (wrapped) for pages it deliberately does not keep.
type Sink interface {
	Put(ctx context.Context, p Fetched) error
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(ctx context.Context, p Fetched) error

// Put calls f.
func (f SinkFunc) Put(ctx context.Context, p Fetched) error { return f(ctx, p) }

// ErrSkip is wrapped by a Sink that decides not to keep a page (off topic,
// outside the date window): the URL is done, counted as skipped.
var ErrSkip = errors.New("crawler: page skipped")
