package crawler

import (
	"context"
	"errors"
	"fmt"
	"github.com/ccorpus/ccorpus/crawler/sniff"
	"mime"
	"strings"
)

// handle takes one entry from queued to its next state.
func (c *Crawler) handle(ctx context.Context, run Run, h *host, e Entry) {
	site, err := c.site(e)
	if err != nil {
		c.finish(ctx, run, e, nil, StateFailed, OutcomeFailed, "unknown-site")
		return
	}
	if reason := c.prefilter(site, e); reason != "" {
		c.finish(ctx, run, e, nil, StateSkipped, OutcomeSkipped, reason)
		return
	}
	if h.isGivenUp() {
		c.finish(ctx, run, e, nil, StateFailed, OutcomeFailed, ReasonHostGivenUp)
		return
	}
	robots, err := c.robotsFor(ctx, h)
	if ctx.Err() != nil {
		return
	}
	if err != nil {
		var inner *FetchError
		if errors.As(err, &inner) && !inner.Transient {
			c.finish(ctx, run, e, nil, StateFailed, OutcomeFailed, inner.Reason) // e.g. forbidden-address
			return
		}
		fe := &FetchError{Reason: "robots-unavailable", Transient: true, Err: err}
		if inner != nil {
			fe.RetryAfter = inner.RetryAfter // a 429 or 503 on robots.txt holds the host off too
		}
		c.retry(ctx, run, h, e, nil, fe)
		return
	}
	if !robots.Allowed(e.URL) {
		c.finish(ctx, run, e, nil, StateSkipped, OutcomeSkipped, ReasonRobots)
		return
	}
	release, err := c.acquire(ctx, h)
	if err != nil {
		return
	}
	h.setStatus(HostFetching)
	req := Request{URL: e.URL}
	if !e.Interrupted && !(e.Recurring() && site.FullPagination) {
		req.ETag, req.LastModified = e.ETag, e.LastModified
	}
	resp, err := c.fetcher.Fetch(ctx, req, c.allowRedirect(site, h, robots))
	var fe *FetchError
	if c.gate != nil && errors.As(err, &fe) && fe.RetryAfter > 0 && fe.RetryAfter <= c.cfg.MaxWait.Duration {
		// Tell the other processes before the host's slot is let go, so
		// that none of them sends a request during the Retry-After.
		if err := c.gate.HoldOff(context.WithoutCancel(ctx), h.name, c.cfg.Now().Add(fe.RetryAfter)); err != nil {
			c.log.Warn("crawl: shared hold-off", "host", h.name, "err", err)
		}
	}
	release()
	c.stats.fetched.Add(1)
	if ctx.Err() != nil {
		return // the run stopped: the entry stays queued and is fetched again on resume
	}
	switch {
	case errors.As(err, &fe) && fe.Transient:
		c.retry(ctx, run, h, e, resp, fe)
		return
	case errors.As(err, &fe) && fe.Blocked:
		h.succeeded()
		c.finish(ctx, run, e, resp, StateBlocked, OutcomeBlocked, fe.Reason)
		return
	case errors.As(err, &fe) && e.Kind == KindList && e.Page > 0 && (fe.Status == 404 || fe.Status == 410):
		h.succeeded()
		c.finish(ctx, run, e, resp, StateDone, OutcomeSkipped, "no-such-page") // past the last page
		return
	case errors.As(err, &fe):
		h.succeeded()
		c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, fe.Reason)
		return
	case err != nil:
		c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, "error")
		return
	}
	h.succeeded()
	c.fetched(ctx, run, site, e, resp)
}

// prefilter returns why an entry is skipped without a request, or "".
func (c *Crawler) prefilter(site *Site, e Entry) string {
	if e.Kind != KindArticle {
		return ""
	}
	switch {
	case !site.inWindow(e.Published, c.opts.Since):
		return ReasonDateWindow
	case !site.wantsTitle(e.Title):
		return ReasonKeywords
	}
	if site.MaxArticles > 0 {
		c.mu.Lock()
		n := c.articles[site.Name]
		c.mu.Unlock()
		if n >= site.MaxArticles {
			return ReasonMaxArticles
		}
	}
	return ""
}

// acquire waits for the host's turn, the global limit, a worker slot and,
// when the frontier is shared, the host's turn over all processes. Call
// release when the request has ended.
func (c *Crawler) acquire(ctx context.Context, h *host) (release func(), err error) {
	if err := h.wait(ctx, c.cfg.Now); err != nil {
		return nil, err
	}
	if c.global != nil {
		if err := c.global.Wait(ctx); err != nil {
			return nil, err
		}
	}
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if c.gate == nil {
		return func() { <-c.slots }, nil
	}
	done, err := c.gate.Acquire(ctx, h.name, h.interval(), h.parallel)
	if err != nil {
		<-c.slots
		return nil, err
	}
	return func() { done(); <-c.slots }, nil
}

// robotsFor fetches the host's robots.txt once (politely) and caches it.
func (c *Crawler) robotsFor(ctx context.Context, h *host) (*Robots, error) {
	if c.cfg.IgnoreRobots {
		return nil, nil
	}
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	h.mu.Lock()
	r := h.robots
	h.mu.Unlock()
	if r != nil {
		return r, nil
	}
	release, err := c.acquire(ctx, h)
	if err != nil {
		return nil, err
	}
	r, err = fetchRobots(ctx, c.fetcher, h.scheme, h.name)
	release()
	if err != nil {
		return nil, err
	}
	h.applyCrawlDelay(r.CrawlDelay())
	c.pacer.slowTo(h.name, r.CrawlDelay())
	h.mu.Lock()
	h.robots = r
	h.mu.Unlock()
	return r, nil
}

// allowRedirect refuses redirects off the site's hosts or into paths that
// robots.txt disallows on the same host.
func (c *Crawler) allowRedirect(site *Site, h *host, robots *Robots) func(string) error {
	return func(u string) error {
		target := HostOf(u)
		if !site.allowsHost(target) {
			return &FetchError{Reason: ReasonOffsite, Err: fmt.Errorf("redirect to %s", u)}
		}
		if target == h.name && !robots.Allowed(u) {
			return &FetchError{Reason: ReasonRobots, Err: ErrRobotsDisallowed}
		}
		return nil
	}
}

// retry schedules another try after a transient failure, or gives up.
func (c *Crawler) retry(ctx context.Context, run Run, h *host, e Entry, resp *Response, fe *FetchError) {
	now := c.cfg.Now()
	h.failed(now, c.cfg.HostFailures, c.cfg.HostPause.Duration)
	e.Tries++
	if fe.RetryAfter > c.cfg.MaxWait.Duration {
		c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, ReasonRetryAfter)
		return
	}
	if e.Tries >= c.cfg.MaxTries {
		c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, fe.Reason)
		return
	}
	delay := backoff(c.cfg.Backoff.Duration, c.cfg.MaxWait.Duration, e.Tries)
	if fe.RetryAfter > 0 {
		h.holdOff(now, fe.RetryAfter)
		if c.gate != nil { // again, for a Retry-After not seen by run (HoldOff keeps the later end)
			if err := c.gate.HoldOff(context.WithoutCancel(ctx), h.name, now.Add(fe.RetryAfter)); err != nil {
				c.log.Warn("crawl: shared hold-off", "host", h.name, "err", err)
			}
		}
		delay = max(delay, fe.RetryAfter)
	}
	e.NextAt = now.Add(delay)
	c.finish(ctx, run, e, resp, StatePending, OutcomeRetry, fe.Reason)
}

// finish records the entry's new state and the fetch log line.
func (c *Crawler) finish(ctx context.Context, run Run, e Entry, resp *Response, state, outcome, reason string) {
	e.State = state
	f := Fetch{Time: c.cfg.Now(), URL: e.URL, Via: e.Via, Tries: e.Tries + 1, Outcome: outcome, Reason: reason}
	if outcome == OutcomeRetry {
		f.Tries = e.Tries
	}
	if resp != nil {
		f.Status, f.Size, f.ContentType, f.Duration = resp.Status, resp.Size, resp.ContentType, resp.Duration
		f.WARCFile, f.WARCOffset = resp.WARCFile, resp.WARCOffset
		if resp.Body != nil {
			f.Hash = resp.Hash()
		}
	}
	if state != StatePending {
		e.Tries = 0
	}
	if err := c.frontier.Complete(context.WithoutCancel(ctx), run, Outcome{Entry: e, Fetch: f}); err != nil {
		c.log.Error("crawl: record outcome", "url", e.URL, "err", err)
	} else {
		c.mu.Lock()
		delete(c.open, e.URL)
		c.mu.Unlock()
	}
	c.stats.count(outcome)
	if outcome == OutcomeFailed || outcome == OutcomeBlocked || outcome == OutcomeRetry {
		c.log.Debug("crawl: fetch failed", "url", e.URL, "outcome", outcome, "reason", reason)
	}
}

// isHTML reports whether a content type is one the pipeline reads.
func isHTML(ct string, body []byte) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || ct == "" {
		return sniff.HTML(body)
	}
	return strings.Contains(mt, "html") || mt == "text/plain"
}
