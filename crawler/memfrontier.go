package crawler

import (
	"context"
	"sort"
	"sync"
	"time"
)

// MemoryFrontier keeps a crawl in memory: for one-off crawls and tests.
// It implements Frontier; nothing survives the process.
type MemoryFrontier struct {
	mu      sync.Mutex
	runs    []memRun
	entries map[string]*memEntry
	order   []string // insertion order
	log     []memLog
}

type memRun struct {
	run      Run
	finished bool
}

type memEntry struct {
	Entry
	discoveredRun int64
	claimedRun    int64
	seq           int
}

type memLog struct {
	run   int64
	kind  string
	fetch Fetch
}

// NewMemoryFrontier returns an empty frontier.
func NewMemoryFrontier() *MemoryFrontier {
	return &MemoryFrontier{entries: map[string]*memEntry{}}
}

// BeginRun implements Frontier.
func (m *MemoryFrontier) BeginRun(ctx context.Context, now time.Time) (Run, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.entries {
		if e.State == StateQueued {
			e.State = StatePending
		}
	}
	if n := len(m.runs); n > 0 && !m.runs[n-1].finished {
		r := m.runs[n-1].run
		r.Resumed = true
		return r, nil
	}
	r := Run{ID: int64(len(m.runs) + 1), Started: now}
	m.runs = append(m.runs, memRun{run: r})
	for _, e := range m.entries {
		// Skipped entries were never fetched (robots.txt, date window,
		// keywords, article limit): look at them again, the filters may have changed.
		if e.State == StateFailed || e.State == StateBlocked || e.State == StateSkipped {
			e.State, e.Tries, e.NextAt = StatePending, 0, time.Time{}
		}
	}
	return r, nil
}

// Add implements Frontier.
func (m *MemoryFrontier) Add(ctx context.Context, run Run, entries []Entry) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fresh := 0
	for _, in := range entries {
		e, ok := m.entries[in.URL]
		if !ok {
			in.State, in.Tries = StatePending, 0
			m.entries[in.URL] = &memEntry{Entry: in, discoveredRun: run.ID, seq: len(m.order)}
			m.order = append(m.order, in.URL)
			fresh++
			continue
		}
		if e.discoveredRun == run.ID {
			fresh++
		}
		if e.Recurring() && e.claimedRun != run.ID && e.State != StatePending {
			e.State, e.Tries, e.NextAt = StatePending, 0, time.Time{}
			e.Depth, e.Via, e.Page = in.Depth, in.Via, in.Page
		}
	}
	return fresh, nil
}

// Recheck implements Frontier.
func (m *MemoryFrontier) Recheck(ctx context.Context, run Run) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, e := range m.entries {
		if e.Kind == KindArticle && e.State == StateDone {
			e.State, e.Tries, e.NextAt = StatePending, 0, time.Time{}
			n++
		}
	}
	return n, nil
}

// Next implements Frontier.
func (m *MemoryFrontier) Next(ctx context.Context, run Run, q NextQuery) ([]Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var due []*memEntry
	for _, u := range m.order {
		e := m.entries[u]
		if e.State == StatePending && !e.NextAt.After(q.Now) && !q.SkipHosts[e.Host] {
			due = append(due, e)
		}
	}
	sort.SliceStable(due, func(i, j int) bool { return due[i].Depth < due[j].Depth })
	perHost := map[string]int{}
	var out []Entry
	for _, e := range due {
		if len(out) >= q.Limit {
			break
		}
		if q.PerHost > 0 && perHost[e.Host] >= q.PerHost {
			continue
		}
		perHost[e.Host]++
		e.Interrupted = e.claimedRun == run.ID
		e.State, e.claimedRun = StateQueued, run.ID
		out = append(out, e.Entry)
	}
	return out, nil
}

// NextDue implements Frontier.
func (m *MemoryFrontier) NextDue(ctx context.Context, run Run) (time.Time, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var t time.Time
	ok := false
	for _, e := range m.entries {
		if e.State == StatePending && (!ok || e.NextAt.Before(t)) {
			t, ok = e.NextAt, true
		}
	}
	return t, ok, nil
}

// Complete implements Frontier.
func (m *MemoryFrontier) Complete(ctx context.Context, run Run, o Outcome) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[o.Entry.URL]
	if !ok {
		return nil
	}
	if o.Entry.State == StatePending {
		e.claimedRun = 0 // a retry is not an interruption
	}
	d, c := e.discoveredRun, e.claimedRun
	e.Entry = o.Entry
	e.Interrupted = false
	e.discoveredRun, e.claimedRun = d, c
	m.log = append(m.log, memLog{run: run.ID, kind: o.Entry.Kind, fetch: o.Fetch})
	return nil
}

// FinishRun implements Frontier.
func (m *MemoryFrontier) FinishRun(ctx context.Context, run Run, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range m.runs {
		if m.runs[i].run.ID == run.ID {
			m.runs[i].finished = true
		}
	}
	return nil
}

// Summary implements Frontier.
func (m *MemoryFrontier) Summary(ctx context.Context, run Run) (Summary, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	last := map[string]memLog{}
	for _, l := range m.log {
		if l.run == run.ID {
			last[l.fetch.URL] = l
		}
	}
	var s Summary
	s.Tally("", Fetch{}) // allocate maps
	for _, l := range last {
		s.Tally(l.kind, l.fetch)
	}
	return s, nil
}

// Log returns a copy of the fetch log, oldest first.
func (m *MemoryFrontier) Log() []Fetch {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Fetch, len(m.log))
	for i, l := range m.log {
		out[i] = l.fetch
	}
	return out
}

// Entries returns a copy of all entries, in insertion order.
func (m *MemoryFrontier) Entries() []Entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Entry, 0, len(m.order))
	for _, u := range m.order {
		out = append(out, m.entries[u].Entry)
	}
	return out
}
