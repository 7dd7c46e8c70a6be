// Package crawler fetches the news pages of the sites in a sources file,
// politely (robots.txt, per-host rates, backoff) and resumably (the frontier
// and fetch log live in a Frontier), archives every exchange to WARC, and
// hands each article to a Sink as a Fetched. It depends on none of the
// project's packages but its own leaves (decode, sniff, urldate), which
// later stages use too: the first stage knows nothing of the ones after it.
package crawler

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Options are the per-run choices of the command line.
type Options struct {
	Since string // YYYY-MM-DD: skip articles known to be older
	// Recheck fetches stored articles again (conditionally) in a new run.
	Recheck bool
	Logger  *slog.Logger
}

// Crawler runs crawls of a set of sites.
type Crawler struct {
	cfg      Config
	sites    map[string]*Site
	order    []*Site
	frontier Frontier
	gate     HostGate // the frontier's, when it is shared by several processes
	sink     Sink
	fetcher  *Fetcher
	global   *rate.Limiter
	pacer    *wirePacer // per-host spacing of requests as written
	slots    chan struct{}
	opts     Options
	log      *slog.Logger

	mu        sync.Mutex
	hosts     map[string]*host
	articles  map[string]int  // per site, this process
	open      map[string]bool // entries being handled, until completed
	abandoned bool            // an entry was left uncompleted (the run is stopping)
	wake      chan struct{}
	pending   atomic.Int64 // entries handed to hosts and not completed
	stats     counters
}

// New returns a crawler over the sites of src. w may be nil (no WARC).
func New(src Sources, f Frontier, sink Sink, w *WARCWriter, opts Options) (*Crawler, error) {
	cfg := src.Crawl.withDefaults()
	c := &Crawler{
		cfg:      cfg,
		sites:    map[string]*Site{},
		frontier: f,
		gate:     gateFor(f),
		sink:     sink,
		fetcher:  NewFetcher(src.Crawl, w),
		slots:    make(chan struct{}, cfg.Workers),
		opts:     opts,
		log:      opts.Logger,
		hosts:    map[string]*host{},
		articles: map[string]int{},
		open:     map[string]bool{},
		wake:     make(chan struct{}, 1),
	}
	if c.log == nil {
		c.log = slog.Default()
	}
	c.pacer = newWirePacer(time.Duration(float64(time.Second) / cfg.HostRate))
	c.pacer.gate = wireGateFor(f)
	c.fetcher.pacer = c.pacer
	if cfg.GlobalRate > 0 {
		c.global = rate.NewLimiter(rate.Limit(cfg.GlobalRate), 1)
	}
	for i := range src.Sites {
		s := &src.Sites[i]
		if s.MaxPages == 0 { // not checked by ParseSources
			if err := s.check(); err != nil {
				return nil, err
			}
		}
		c.sites[s.Name] = s
		c.order = append(c.order, s)
	}
	return c, nil
}

// Run crawls until the frontier has nothing due, the deadline passes or ctx
// ends. An interrupted run is continued by the next Run on the same frontier.
func (c *Crawler) Run(ctx context.Context) (Summary, error) {
	run, err := c.frontier.BeginRun(ctx, c.cfg.Now())
	if err != nil {
		return Summary{}, err
	}
	c.rememberLastRequests(ctx)
	if run.Resumed {
		c.log.Info("resuming interrupted run", "run", run.ID)
	} else if err := c.seed(ctx, run); err != nil {
		return Summary{}, err
	} else if c.opts.Recheck {
		if _, err := c.frontier.Recheck(ctx, run); err != nil {
			return Summary{}, err
		}
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	if d := c.cfg.Deadline.Duration; d > 0 {
		runCtx, cancel = context.WithTimeout(runCtx, d)
		defer cancel()
	}
	var wg sync.WaitGroup
	finished, err := c.dispatch(runCtx, run, &wg)
	cancel()
	wg.Wait()
	if err == nil && finished {
		err = c.frontier.FinishRun(ctx, run, c.cfg.Now())
	}
	sum, serr := c.frontier.Summary(context.WithoutCancel(ctx), run)
	if err == nil {
		err = serr
	}
	sum.Stopped = !finished
	return sum, err
}

// seed adds the start pages, feeds and sitemaps of every site.
func (c *Crawler) seed(ctx context.Context, run Run) error {
	var seeds []Entry
	for _, s := range c.order {
		for _, list := range []struct {
			kind string
			urls []string
		}{{KindList, s.Start}, {KindFeed, s.Feeds}, {KindSitemap, s.Sitemaps}} {
			for _, u := range list.urls {
				seeds = append(seeds, Entry{URL: u, Host: HostOf(u), Site: s.Name, Kind: list.kind})
			}
		}
	}
	_, err := c.frontier.Add(ctx, run, seeds)
	return err
}

// dispatch moves due entries from the frontier to host queues until nothing
// is left to do. It reports whether the run finished (rather than stopped).
func (c *Crawler) dispatch(ctx context.Context, run Run, wg *sync.WaitGroup) (bool, error) {
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		c.mu.Lock()
		abandoned := c.abandoned
		c.mu.Unlock()
		if ctx.Err() != nil || abandoned {
			return false, nil
		}
		// A host's queue holds at least 6; one more than half full is
		// skipped, so adding perHost more never blocks.
		const perHost = 3
		skip := map[string]bool{}
		c.mu.Lock()
		for name, h := range c.hosts {
			if h.full() {
				skip[name] = true
			}
		}
		c.mu.Unlock()
		entries, err := c.frontier.Next(ctx, run, NextQuery{Now: c.cfg.Now(), Limit: 512, PerHost: perHost, SkipHosts: skip})
		if err != nil {
			if ctx.Err() != nil {
				return false, nil
			}
			return false, err
		}
		for _, e := range entries {
			c.pending.Add(1)
			c.hostFor(ctx, run, e, wg).queue <- e
		}
		if len(entries) > 0 {
			continue
		}
		if c.pending.Load() == 0 {
			due, ok, err := c.frontier.NextDue(ctx, run)
			if err != nil {
				return false, err
			}
			if !ok && c.pending.Load() == 0 {
				// Workers stopped by the deadline leave their entries
				// queued, not pending: such a run is not finished.
				c.mu.Lock()
				abandoned = c.abandoned
				c.mu.Unlock()
				return ctx.Err() == nil && !abandoned, nil
			}
			if ok {
				if d := due.Sub(c.cfg.Now()); d > 0 {
					c.sleep(ctx, min(d, time.Second))
					continue
				}
			}
		}
		select {
		case <-ctx.Done():
		case <-c.wake:
		case <-tick.C:
		}
	}
}

func (c *Crawler) sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-c.wake:
	case <-t.C:
	}
}

func (c *Crawler) poke() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

func (c *Crawler) site(e Entry) (*Site, error) {
	s, ok := c.sites[e.Site]
	if !ok {
		return nil, fmt.Errorf("crawler: entry %s names unknown site %q", e.URL, e.Site)
	}
	return s, nil
}
