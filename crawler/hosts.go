package crawler

import (
	"context"
	"net/url"
	"sync"
	"time"
)

// LastRequester is a Frontier that remembers when each host was last
// requested (the fetch log): a new run spaces its first requests from
// those times, so a restart never follows the previous run's last request
// sooner than the host's interval.
type LastRequester interface {
	LastRequests(ctx context.Context, since time.Time) (map[string]time.Time, error)
}

// rememberLastRequests loads the last request time of each host from the
// frontier, when it keeps them, looking back an hour (longer than any
// Crawl-delay a site sets and we honour).
func (c *Crawler) rememberLastRequests(ctx context.Context) {
	lr, ok := c.frontier.(LastRequester)
	if !ok {
		return
	}
	last, err := lr.LastRequests(ctx, time.Now().Add(-time.Hour))
	if err != nil {
		c.log.Warn("crawl: last request times not read; first requests are not spaced from the previous run", "err", err)
		return
	}
	for host, t := range last {
		c.pacer.sentAt(host, t)
	}
}

// hostFor returns the host of e, starting its workers on first use.
func (c *Crawler) hostFor(ctx context.Context, run Run, e Entry, wg *sync.WaitGroup) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, ok := c.hosts[e.Host]; ok {
		return h
	}
	site := c.sites[e.Site]
	perSecond, parallel := c.cfg.HostRate, c.cfg.HostParallel
	if site != nil && site.Rate > 0 {
		perSecond = site.Rate
	}
	if site != nil && site.Parallel > 0 {
		parallel = site.Parallel
	}
	scheme := "http"
	if u, err := url.Parse(e.URL); err == nil {
		scheme = u.Scheme
	}
	h := newHost(e.Host, scheme, perSecond, parallel)
	c.hosts[e.Host] = h
	c.pacer.setInterval(e.Host, time.Duration(float64(time.Second)/perSecond))
	for i := 0; i < parallel; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.serve(ctx, run, h)
		}()
	}
	return h
}

// serve is one worker of a host: it takes entries from the host's queue
// until the run ends.
func (c *Crawler) serve(ctx context.Context, run Run, h *host) {
	for {
		select {
		case <-ctx.Done():
			return
		case e := <-h.queue:
			c.mu.Lock()
			c.open[e.URL] = true
			c.mu.Unlock()
			c.handle(ctx, run, h, e)
			c.mu.Lock()
			if c.open[e.URL] { // not completed: the run is stopping
				delete(c.open, e.URL)
				c.abandoned = true
			}
			c.mu.Unlock()
			c.pending.Add(-1)
			h.setStatus(HostIdle)
			c.poke()
		}
	}
}
