package store

import (
	"errors"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
)

// The values the store takes and gives, the same for every backend.

// Outcome says what saving one page did.
type Outcome string

// Outcomes of saving a page.
const (
	Inserted    Outcome = "inserted"    // a new page
	Updated     Outcome = "updated"     // a known page whose raw bytes changed
	Unchanged   Outcome = "unchanged"   // a known page with the same raw bytes: nothing written
	Reprocessed Outcome = "reprocessed" // a stored page whose extraction was re-run
)

// Event is one line of the processing log: a page that failed or was skipped.
type Event struct {
	RunID   int64
	Source  string
	Key     string
	Stage   string // read, content, clean, facts, store
	Outcome string // "failed" or "skipped"
	Reason  string
}

// Batch is what the writer commits in one transaction.
type Batch struct {
	Pages  []Page
	Events []Event
}

// RunCounts are the page counts of one run of a command.
type RunCounts struct {
	Pages, Inserted, Updated, Unchanged, Failed int
}

// StoredPage is a stored document's raw input, as reprocessing needs it.
type StoredPage struct {
	ID          int64
	Key         string
	Source      string
	URL         string
	ContentType string
	Kind        string
	FetchedAt   time.Time
	Raw         []byte
}

// Record is one stored regional record with the keys of its page.
type Record struct {
	DocKey string
	Title  string
	Index  int
	extract.Facts
}

// Count is a number of rows sharing a label.
type Count struct {
	Label string
	N     int
}

// Stats summarises what the store holds.
type Stats struct {
	Documents, OnTopic, Records, Activities int
	Changed                                 int // documents stored in more than one version
	ByCampaign, ByYear, ByProvince          []Count
	ByScript                                []Count
	// Skipped counts stored pages that yielded no records, by reason.
	Skipped []Count
	// Failed counts pages that failed in the latest run of each command, by stage and reason.
	Failed []Count
	// CrawlURLs counts the crawl frontier's URLs by state; CrawlSkipped counts
	// fetches that stored nothing (failed, blocked by robots.txt, skipped) by
	// outcome and reason. Both are empty when nothing was crawled.
	CrawlURLs, CrawlSkipped []Count
	// LastRuns are the most recent runs, newest first.
	LastRuns []Run
	// Workers is the progress of each worker of the current crawl and job
	// queue (empty for a store that only one machine uses).
	Workers []WorkerProgress
}

// Run is one recorded run of a command.
type Run struct {
	ID         int64
	Command    string
	StartedAt  string
	FinishedAt string // "" when the run did not complete
	RunCounts
}

// CrawlFetch is one line of the fetch log as stored.
type CrawlFetch struct {
	RunID int64
	Kind  string
	crawler.Fetch
}

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("store: not found")
