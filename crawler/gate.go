package crawler

import (
	"context"
	"time"
)

// HostGate is implemented by a Frontier that several crawler processes
// share (the PostgreSQL store): it holds each host's politeness across all
// of them. The crawler asks it before every request to a host, after its
// own per-process limiter, and tells it of every Retry-After.
type HostGate interface {
	// Acquire waits until a request to host may start: fewer than parallel
	// requests to it in flight over all processes, and at least interval
	// since the start of the one before (and past any hold-off). Call
	// release when the request has ended.
	Acquire(ctx context.Context, host string, interval time.Duration, parallel int) (release func(), err error)
	// HoldOff makes every process leave host alone until until.
	HoldOff(ctx context.Context, host string, until time.Time) error
}

// WireGate is implemented by a shared Frontier that spaces the requests of
// all processes to a host as they are written, not as they are scheduled: a
// request reserved for a time but sent late (a process descheduled on a busy
// machine) would otherwise be followed at once by another process's request
// reserved for the next turn. The wire pacer asks it in the hook that runs
// just before a request is written.
type WireGate interface {
	// Turn blocks until a request to host may be written now (at least
	// interval since the last request any process wrote to it, and past any
	// hold-off) and records it as written now, by one clock shared by all
	// processes (the database's).
	Turn(ctx context.Context, host string, interval time.Duration) error
}

// wireGateFor returns the frontier's WireGate, nil when it has none.
func wireGateFor(f Frontier) WireGate {
	g, _ := f.(WireGate)
	return g
}

// gateFor returns the frontier's HostGate, nil when it has none.
func gateFor(f Frontier) HostGate {
	g, _ := f.(HostGate)
	return g
}

// interval is the spacing of requests the host's limiter allows.
func (h *host) interval() time.Duration {
	lim := float64(h.limiter.Limit())
	if lim <= 0 {
		return 0
	}
	return time.Duration(float64(time.Second) / lim)
}
