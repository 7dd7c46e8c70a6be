package crawler

import (
	"sort"
	"sync/atomic"
)

// counters are the live numbers of a run in this process.
type counters struct {
	fetched, stored, unchanged, failed, retried, skipped atomic.Int64
}

func (s *counters) count(outcome string) {
	switch outcome {
	case OutcomeNew, OutcomeChanged:
		s.stored.Add(1)
	case OutcomeUnchanged:
		s.unchanged.Add(1)
	case OutcomeFailed, OutcomeBlocked:
		s.failed.Add(1)
	case OutcomeRetry:
		s.retried.Add(1)
	case OutcomeSkipped:
		s.skipped.Add(1)
	}
}

// HostProgress is one host's line in the progress display.
type HostProgress struct {
	Host   string
	Status string
	Done   int
	Errors int
	Queued int
}

// Progress is a snapshot of a running crawl.
type Progress struct {
	Requests, Stored, Unchanged, Failed, Retried, Skipped int64
	Pending                                               int64
	Hosts                                                 []HostProgress
}

// Progress returns a snapshot for display; safe to call while Run runs.
func (c *Crawler) Progress() Progress {
	p := Progress{
		Requests:  c.stats.fetched.Load(),
		Stored:    c.stats.stored.Load(),
		Unchanged: c.stats.unchanged.Load(),
		Failed:    c.stats.failed.Load(),
		Retried:   c.stats.retried.Load(),
		Skipped:   c.stats.skipped.Load(),
		Pending:   c.pending.Load(),
	}
	c.mu.Lock()
	for _, h := range c.hosts {
		h.mu.Lock()
		p.Hosts = append(p.Hosts, HostProgress{Host: h.name, Status: h.status, Done: h.done, Errors: h.errors, Queued: len(h.queue)})
		h.mu.Unlock()
	}
	c.mu.Unlock()
	sort.Slice(p.Hosts, func(i, j int) bool { return p.Hosts[i].Host < p.Hosts[j].Host })
	return p
}
