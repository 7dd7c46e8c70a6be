package crawler

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// A requestClock is one request's timeout (Config.Timeout). It stands still
// while the request waits for its host's turn on the wire (wirePacer): a
// request not yet sent has not been slow, and with several requests to one
// host in flight (host_parallel) a redirect hop or a retry can wait several
// Crawl-delays for its turn. When it runs out, the request's context is
// cancelled with context.DeadlineExceeded as the cause.
type requestClock struct {
	ctx    context.Context
	cancel context.CancelCauseFunc

	mu      sync.Mutex
	timer   *time.Timer
	left    time.Duration // time left when the clock last stopped
	started time.Time     // when it last started
	running bool
}

// startRequestClock returns the request's context, derived from parent,
// and its clock, started with d on it.
func startRequestClock(parent context.Context, d time.Duration) (context.Context, *requestClock) {
	ctx, cancel := context.WithCancelCause(parent)
	c := &requestClock{ctx: ctx, cancel: cancel, left: d, started: time.Now(), running: true}
	c.timer = time.AfterFunc(d, func() { cancel(context.DeadlineExceeded) })
	return ctx, c
}

// pause stops the clock (the request waits for its turn).
func (c *requestClock) pause() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running && c.timer.Stop() {
		c.left -= time.Since(c.started)
		c.running = false
	}
}

// resume starts the clock again with the time it had left.
func (c *requestClock) resume() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running && c.ctx.Err() == nil {
		c.started, c.running = time.Now(), true
		c.timer.Reset(max(c.left, 0))
	}
}

// stop ends the clock and releases the request's context.
func (c *requestClock) stop() {
	c.timer.Stop()
	c.cancel(context.Canceled)
}

// explain marks err, an error of the request, as a timeout when the clock
// ran out (the transport reports only that the context was cancelled).
func (c *requestClock) explain(err error) error {
	if err == nil || errors.Is(err, context.DeadlineExceeded) || !errors.Is(context.Cause(c.ctx), context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%w: %w", context.DeadlineExceeded, err)
}
