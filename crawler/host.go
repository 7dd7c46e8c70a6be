package crawler

import (
	"context"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Host statuses shown in the progress display.
const (
	HostIdle     = "idle"
	HostFetching = "fetching"
	HostWaiting  = "waiting"
	HostPaused   = "paused"
	HostGivenUp  = "given up"
)

// host is the politeness state of one host:port: a rate limiter (the
// site's rate, slowed to robots.txt's Crawl-delay), a queue served by a
// fixed number of workers, and a failure count that pauses the host.
type host struct {
	name     string
	scheme   string
	limiter  *rate.Limiter
	queue    chan Entry
	cap      int
	parallel int // requests in flight at most

	mu          sync.Mutex
	robots      *Robots
	robotsMu    sync.Mutex // serializes the robots.txt fetch
	failures    int        // consecutive transient failures
	pauses      int
	pausedUntil time.Time
	givenUp     bool
	status      string
	done        int
	errors      int
}

func newHost(name, scheme string, perSecond float64, parallel int) *host {
	capacity := 2*parallel + 4
	return &host{
		name:     name,
		scheme:   scheme,
		limiter:  rate.NewLimiter(rate.Limit(perSecond), 1),
		queue:    make(chan Entry, capacity),
		cap:      capacity,
		parallel: parallel,
		status:   HostIdle,
	}
}

// full reports whether the dispatcher should not add to the queue. A queue
// not full has room for cap/2 ≥ 3 more.
func (h *host) full() bool { return len(h.queue) > h.cap/2 }

func (h *host) setStatus(s string) {
	h.mu.Lock()
	if !h.givenUp {
		h.status = s
	}
	h.mu.Unlock()
}

// applyCrawlDelay slows the limiter to at most one request per delay.
func (h *host) applyCrawlDelay(d time.Duration) {
	if d <= 0 {
		return
	}
	if lim := rate.Every(d); lim < h.limiter.Limit() {
		h.limiter.SetLimit(lim)
		// The token earned at the old rate since the robots.txt request
		// would let the next request through at once: spend it, so the
		// next request waits a full delay after robots.txt.
		h.limiter.Reserve()
	}
}

// wait blocks until the host is not paused and the limiter allows a request.
func (h *host) wait(ctx context.Context, now func() time.Time) error {
	h.mu.Lock()
	until := h.pausedUntil
	h.mu.Unlock()
	if d := until.Sub(now()); d > 0 {
		h.setStatus(HostPaused)
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
	h.setStatus(HostWaiting)
	return h.limiter.Wait(ctx)
}

// succeeded resets the failure count.
func (h *host) succeeded() {
	h.mu.Lock()
	h.failures = 0
	h.done++
	h.mu.Unlock()
}

// failed counts a transient failure; after limit in a row the host pauses
// for pause (doubling each time), and after three pauses it is given up.
func (h *host) failed(now time.Time, limit int, pause time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.errors++
	h.failures++
	if h.failures < limit {
		return
	}
	h.failures = 0
	h.pauses++
	if h.pauses > 2 {
		h.givenUp, h.status = true, HostGivenUp
		return
	}
	h.pausedUntil = now.Add(pause << (h.pauses - 1))
}

// holdOff pauses the host for d (a Retry-After), unless already paused longer.
func (h *host) holdOff(now time.Time, d time.Duration) {
	h.mu.Lock()
	if t := now.Add(d); t.After(h.pausedUntil) {
		h.pausedUntil = t
	}
	h.mu.Unlock()
}

func (h *host) isGivenUp() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.givenUp
}

// backoff is the delay before try number tries+1: base doubled per try,
// with ±50% jitter, at most max.
func backoff(base, max time.Duration, tries int) time.Duration {
	d := float64(base) * math.Pow(2, float64(tries-1))
	d *= 0.5 + rand.Float64()
	if d > float64(max) {
		d = float64(max)
	}
	return time.Duration(d)
}
