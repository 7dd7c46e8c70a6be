package store

import (
	"context"

	"github.com/ccorpus/ccorpus/crawler"
)

// The small interfaces the commands use; every backend implements Store.

// Writer saves processed pages.
type Writer interface {
	// Write saves a batch in one transaction and returns the outcome of each
	// page: a new key is inserted, a known key with the same raw bytes is left
	// alone, a known key with other raw bytes is updated and its previous
	// hashes remembered.
	Write(ctx context.Context, b Batch) ([]Outcome, error)
	// SaveReprocessed replaces the extraction results of stored documents (by
	// id) in one transaction, leaving raw bytes, keys and history alone.
	SaveReprocessed(ctx context.Context, ids []int64, pages []Page, events []Event) error
	// Stored reports whether exactly these raw bytes are stored (under the
	// canonical form of url, or under any key when url is "").
	Stored(ctx context.Context, url, rawHash string) (bool, error)
}

// Runs records the runs of commands.
type Runs interface {
	StartRun(ctx context.Context, command string) (int64, error)
	FinishRun(ctx context.Context, id int64, c RunCounts) error
	InterruptRun(ctx context.Context, id int64, c RunCounts) error
}

// Reader reads what is stored.
type Reader interface {
	Rows
	// DocumentIDs returns the ids of every stored document, in insertion order.
	DocumentIDs(ctx context.Context) ([]int64, error)
	// LoadPage returns the raw input of a stored document (ErrNotFound when absent).
	LoadPage(ctx context.Context, id int64) (StoredPage, error)
	// EachRecord calls fn with every stored record, in page order.
	EachRecord(ctx context.Context, fn func(Record) error) error
	// Stats computes the summary that `ccorpus stats` prints.
	Stats(ctx context.Context) (Stats, error)
}

// Crawls keeps the crawl frontier and its lock.
type Crawls interface {
	// CrawlFrontier returns the crawl state kept in the store.
	CrawlFrontier() crawler.Frontier
	// LockCrawl takes the store's crawl lock, held until the returned
	// function is called or the process dies: two crawls that must not run
	// at once on one store never do.
	LockCrawl(ctx context.Context) (unlock func() error, err error)
}

// Corrections keeps researchers' corrections of extracted facts (made in
// `ccorpus serve`): rows of their own table, keyed by page, applied by
// Export and never changed except to be undone.
type Corrections interface {
	// Correct stores a correction (DocumentID, RecordIndex, Field, Old, New,
	// Note, Who) and returns its id. The page must exist and, for a record
	// field, so must the record (else ErrNotFound).
	Correct(ctx context.Context, c Correction) (int64, error)
	// Undo withdraws a correction; the one it superseded, if any, is in force again.
	Undo(ctx context.Context, id int64, who string) error
	// Corrections lists corrections, newest first: of one document when
	// documentID is not 0, withdrawn ones too when withUndone.
	Corrections(ctx context.Context, documentID int64, withUndone bool) ([]Correction, error)
}

// Store is an open corpus database.
type Store interface {
	Writer
	Runs
	Reader
	Crawls
	Corrections
	// Path names the store for messages: its file, or its server without password.
	Path() string
	Close() error
}
