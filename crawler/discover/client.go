package discover

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"golang.org/x/time/rate"
)

// ErrBudget is returned when a site's page budget is spent.
var ErrBudget = errors.New("discover: page budget spent")

// Client fetches like a crawl does: through crawler.Fetcher (timeouts,
// size caps, redirect limits, private addresses refused unless the
// configuration allows them), obeying robots.txt and its Crawl-delay, at
// the configuration's per-host and global rates. It is shared by the sites
// of one discovery run and safe for concurrent use.
type Client struct {
	cfg     crawler.Config // with defaults
	fetcher *crawler.Fetcher
	global  *rate.Limiter

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	once    sync.Once
	limiter *rate.Limiter
	robots  *crawler.Robots
	body    string // robots.txt as fetched
	err     error
}

// NewClient returns a client with the [crawl] settings of a sources file.
func NewClient(cfg crawler.Config) *Client {
	c := &Client{cfg: cfg.WithDefaults(), fetcher: crawler.NewFetcher(cfg, nil), hosts: map[string]*hostState{}}
	if c.cfg.GlobalRate > 0 {
		c.global = rate.NewLimiter(rate.Limit(c.cfg.GlobalRate), 1)
	}
	return c
}

// session is one site's use of the client, within a page budget.
type session struct {
	c      *Client
	budget int
	used   int
}

func (c *Client) session(budget int) *session { return &session{c: c, budget: budget} }

func (c *Client) host(name string) *hostState {
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.hosts[name]
	if !ok {
		h = &hostState{limiter: rate.NewLimiter(rate.Limit(c.cfg.HostRate), 1)}
		c.hosts[name] = h
	}
	return h
}

// robots returns the robots.txt rules of the host of u, fetched once.
func (s *session) robots(ctx context.Context, u string) (*hostState, error) {
	h := s.c.host(crawler.HostOf(u))
	h.once.Do(func() {
		if s.c.cfg.IgnoreRobots {
			return
		}
		pu, err := url.Parse(u)
		if err != nil {
			h.err = err
			return
		}
		s.used++
		if err := s.wait(ctx, h); err != nil {
			h.err = err
			return
		}
		h.robots, h.body, h.err = s.c.fetchRobots(ctx, pu.Scheme+"://"+pu.Host+"/robots.txt")
		if h.err == nil {
			if d := h.robots.CrawlDelay(); d > 0 && rate.Every(d) < h.limiter.Limit() {
				h.limiter.SetLimit(rate.Every(d))
				h.limiter.Reserve()
			}
		}
	})
	return h, h.err
}

// fetchRobots reads robots.txt as a crawl does: 4xx restricts nothing, a
// failure or 5xx makes the host unavailable for now.
func (c *Client) fetchRobots(ctx context.Context, u string) (*crawler.Robots, string, error) {
	resp, err := c.fetcher.Fetch(ctx, crawler.Request{URL: u}, nil)
	r, body, err := crawler.RobotsFromFetch(resp, err, c.cfg.UserAgent)
	if err != nil {
		return nil, "", fmt.Errorf("discover: robots.txt: %w", err)
	}
	return r, string(body), nil
}

func (s *session) wait(ctx context.Context, h *hostState) error {
	if err := h.limiter.Wait(ctx); err != nil {
		return err
	}
	if s.c.global != nil {
		return s.c.global.Wait(ctx)
	}
	return nil
}

// get fetches u within the budget, after robots.txt allows it and the
// host's limiter lets it through. Redirects are followed to any host whose
// robots.txt allows the target.
func (s *session) get(ctx context.Context, u string) (*crawler.Response, error) {
	if s.used >= s.budget {
		return nil, ErrBudget
	}
	h, err := s.robots(ctx, u)
	if err != nil {
		return nil, err
	}
	if !h.robots.Allowed(u) {
		return nil, crawler.ErrRobotsDisallowed
	}
	if err := s.wait(ctx, h); err != nil {
		return nil, err
	}
	s.used++
	ctx, cancel := context.WithTimeout(ctx, s.c.cfg.Timeout.Duration+5*time.Second)
	defer cancel()
	return s.c.fetcher.Fetch(ctx, crawler.Request{URL: u}, func(next string) error {
		t, err := s.robots(ctx, next)
		if err != nil {
			return err
		}
		if !t.robots.Allowed(next) {
			return crawler.ErrRobotsDisallowed
		}
		return nil
	})
}

// sitemapsOf returns the Sitemap: lines of the robots.txt of u's host.
func (s *session) sitemapsOf(ctx context.Context, u string) []string {
	h, err := s.robots(ctx, u)
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(h.body, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "sitemap") {
			if c, err := crawler.Canonicalize(strings.TrimSpace(v)); err == nil {
				out = append(out, c)
			}
		}
	}
	return out
}
