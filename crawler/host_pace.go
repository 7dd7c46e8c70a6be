package crawler

import (
	"context"
	"sync"
	"time"
)

// wirePacer spaces the requests sent to each host where it matters, on the
// wire: a request is written to its connection only when the host's
// interval has passed since the previous request to it was written. It is
// called from the connection-ready hook of every request the fetcher makes
// (robots.txt, pages, retries, every redirect hop), after the global
// limiter, the worker slot and the dial, so that no stall between them can
// bunch two requests together. The host limiter before it only keeps
// workers from queueing; this is the guarantee.
type wirePacer struct {
	mu    sync.Mutex
	hosts map[string]*pacedHost
	def   time.Duration // interval of a host not told otherwise
	// gate, when the frontier is shared by several processes, spaces the
	// requests of all of them as written (after this process's own spacing).
	gate WireGate
}

type pacedHost struct {
	interval time.Duration
	last     time.Time // when the last request was written
}

func newWirePacer(def time.Duration) *wirePacer {
	return &wirePacer{hosts: map[string]*pacedHost{}, def: def}
}

func (p *wirePacer) host(name string) *pacedHost {
	h, ok := p.hosts[name]
	if !ok {
		h = &pacedHost{interval: p.def}
		p.hosts[name] = h
	}
	return h
}

// slowTo sets the host's interval to d, unless it is already longer.
func (p *wirePacer) slowTo(name string, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.host(name)
	h.interval = max(h.interval, d)
}

// setInterval sets the host's interval (its configured rate).
func (p *wirePacer) setInterval(name string, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.host(name).interval = d
}

// sentAt records a request to the host at t (from an earlier run's log).
func (p *wirePacer) sentAt(name string, t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if h := p.host(name); t.After(h.last) {
		h.last = t
	}
}

// wait blocks until a request may be written to the host and records it as
// written now. It returns early only when ctx ends (the request then fails).
func (p *wirePacer) wait(ctx context.Context, name string) {
	p.waitLocal(ctx, name)
	if p.gate != nil {
		p.waitShared(ctx, name)
	}
}

// waitLocal spaces this process's requests to the host.
func (p *wirePacer) waitLocal(ctx context.Context, name string) {
	for {
		p.mu.Lock()
		h := p.host(name)
		now := time.Now()
		next := h.last.Add(h.interval)
		if !now.Before(next) {
			h.last = now
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
		t := time.NewTimer(next.Sub(now))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// waitShared takes the host's turn from the shared gate, retrying a failed
// call (a database hiccup) rather than sending unspaced; it returns early
// only when ctx ends.
func (p *wirePacer) waitShared(ctx context.Context, name string) {
	p.mu.Lock()
	interval := p.host(name).interval
	p.mu.Unlock()
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		if err := p.gate.Turn(ctx, name, interval); err == nil || ctx.Err() != nil {
			return
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}
