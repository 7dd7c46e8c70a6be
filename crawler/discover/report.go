package discover

import (
	"context"

	"github.com/ccorpus/ccorpus/crawler"
)

// Statuses of a site after discovery and its self-check.
const (
	StatusOK      = "ok"      // lists found, sample articles read well
	StatusPartial = "partial" // lists found but articles thin or unreachable
	StatusFailed  = "failed"  // nothing crawlable: see Reason
)

// Report is what discovery learned about one site, why it believes it, and
// the [[site]] blocks it proposes.
type Report struct {
	Input      string    `json:"input"`
	Name       string    `json:"name"`
	Home       string    `json:"home,omitempty"` // after redirects
	Status     string    `json:"status"`
	Reason     string    `json:"reason,omitempty"`
	Confidence string    `json:"confidence,omitempty"` // high, medium, low
	Sections   []Section `json:"sections,omitempty"`   // candidate sections linked from the home page
	Lists      []List    `json:"lists,omitempty"`      // the list pages chosen as start URLs
	Sitemaps   []string  `json:"sitemaps,omitempty"`   // used when no list was found
	Pattern    string    `json:"pattern,omitempty"`
	Charset    string    `json:"charset,omitempty"`
	Content    string    `json:"content,omitempty"`
	Notes      []string  `json:"notes,omitempty"`
	Changes    []string  `json:"changes,omitempty"` // --update: what moved
	Fetches    int       `json:"fetches"`

	// Blocks are the proposed [[site]] blocks (one per pagination scheme),
	// Sample the pages fetched with them for the self-check.
	Blocks []crawler.Site `json:"-"`
	Sample Sample         `json:"-"`
	// Unchanged is set by Update when the existing block still works.
	Unchanged bool `json:"unchanged,omitempty"`
}

// List is one list page chosen as a start URL.
type List struct {
	URL      string     `json:"url"`
	Section  string     `json:"section"` // the link text that led to it
	Depth    int        `json:"depth"`   // 1: linked from the home page, 2: from a section page
	Shape    Shape      `json:"shape"`
	Pages    Pagination `json:"pagination"`
	Articles int        `json:"articles"` // article links on its first page
	Script   string     `json:"script,omitempty"`

	links []crawler.Link // the article links of the first page
}

// Sample is what the self-check reads: list pages and article pages
// fetched with the discovered settings.
type Sample struct {
	Lists     []crawler.Fetched
	Articles  []crawler.Fetched
	Container string // the body container the articles share, "" when none
}

// Verdict is the self-check's judgement of a site's sample.
type Verdict struct {
	Status  string
	Reason  string
	Content string // a content selector to write, "" for none
	Notes   []string
}

// Checker judges a report's sample (cmd/ccorpus runs the pipeline on it).
type Checker func(ctx context.Context, r *Report) Verdict

func (r *Report) note(format string, args ...any) {
	r.Notes = append(r.Notes, sprintf(format, args...))
}

func (r *Report) fail(reason string) *Report {
	r.Status, r.Reason = StatusFailed, reason
	r.Blocks = nil
	return r
}
