package crawler

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Summary counts what a run did, per URL (its last log line in the run).
type Summary struct {
	New       int            // articles stored for the first time
	Changed   int            // articles stored again with different content
	Unchanged int            // articles and lists that were not modified (304 or same hash)
	Lists     int            // list pages, feeds and sitemaps fetched with new content
	Failed    map[string]int // reason → count
	Blocked   map[string]int
	Skipped   map[string]int
	Pending   int // URLs waiting for a retry when the run stopped
	// Stopped is true when the run ended before its work was done (deadline,
	// signal): the next run continues it.
	Stopped bool
}

// Tally adds one URL's final log line to the summary.
func (s *Summary) Tally(kind string, f Fetch) {
	if s.Failed == nil {
		s.Failed, s.Blocked, s.Skipped = map[string]int{}, map[string]int{}, map[string]int{}
	}
	switch f.Outcome {
	case OutcomeNew, OutcomeChanged:
		if kind != KindArticle {
			s.Lists++
		} else if f.Outcome == OutcomeNew {
			s.New++
		} else {
			s.Changed++
		}
	case OutcomeUnchanged:
		s.Unchanged++
	case OutcomeFailed:
		s.Failed[f.Reason]++
	case OutcomeBlocked:
		s.Blocked[f.Reason]++
	case OutcomeSkipped:
		s.Skipped[f.Reason]++
	case OutcomeRetry:
		s.Pending++
	}
}

// FailedTotal is the number of URLs that failed or were blocked.
func (s Summary) FailedTotal() int {
	n := 0
	for _, c := range s.Failed {
		n += c
	}
	for _, c := range s.Blocked {
		n += c
	}
	return n
}

// Write prints the summary for a person (and for a cron mail).
func (s Summary) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "crawl: %d new, %d changed, %d unchanged, %d lists, %d failed, %d skipped",
		s.New, s.Changed, s.Unchanged, s.Lists, s.FailedTotal(), total(s.Skipped))
	if s.Stopped {
		b.WriteString("; stopped before the end, the next run continues")
	}
	b.WriteString("\n")
	for _, part := range []struct {
		name string
		m    map[string]int
	}{{"failed", s.Failed}, {"blocked", s.Blocked}, {"skipped", s.Skipped}} {
		keys := make([]string, 0, len(part.m))
		for k := range part.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "  %-8s %-22s %d\n", part.name, k, part.m[k])
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func total(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}
