package crawler

import (
	"context"
	"net/url"
	"sync"
)

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
