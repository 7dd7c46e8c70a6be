package crawler

import (
	"fmt"
	"regexp"
	"time"
)

// Config is the crawl-wide configuration: the [crawl] table of the sources
// file. Zero values mean the defaults below.
type Config struct {
	UserAgent string `toml:"user_agent"` // must name the project and a contact
	Contact   string `toml:"contact"`    // appended to the user agent: "(+contact)"

	Workers      int      `toml:"workers"`       // fetches in flight over all hosts (default 64)
	GlobalRate   float64  `toml:"global_rate"`   // requests per second over all hosts, 0 = no global limit
	HostRate     float64  `toml:"host_rate"`     // requests per second per host (default 1)
	HostParallel int      `toml:"host_parallel"` // requests in flight per host (default 1)
	Timeout      Duration `toml:"timeout"`       // per request, headers and body (default 30s)
	MaxBody      int64    `toml:"max_body"`      // bytes on the wire (default 16 MiB)
	MaxInflated  int64    `toml:"max_inflated"`  // bytes after decompression (default 32 MiB)
	MaxRedirects int      `toml:"max_redirects"` // default 5
	MaxTries     int      `toml:"max_tries"`     // per URL per run (default 4)
	Backoff      Duration `toml:"backoff"`       // first retry delay, doubled each try, with jitter (default 2s)
	MaxWait      Duration `toml:"max_wait"`      // longest Retry-After honoured within a run (default 10m)
	HostFailures int      `toml:"host_failures"` // consecutive failures that pause a host (default 5)
	HostPause    Duration `toml:"host_pause"`    // how long (default 2m); a host paused twice is given up for the run
	IgnoreRobots bool     `toml:"ignore_robots"` // robots.txt is obeyed unless this is set
	AllowPrivate bool     `toml:"allow_private"` // allow private and loopback addresses (never link-local: see AllowAddresses)
	// AllowAddresses names addresses or prefixes allowed whatever their
	// kind, e.g. "169.254.10.2" or "fd00:1::/64"; `resolve` targets are
	// allowed too. Nothing else link-local is ever connected to.
	AllowAddresses []string `toml:"allow_addresses"`
	// Resolve maps host:port to the address to connect to instead, like
	// curl --resolve: for a mirror or a local copy served under the real name.
	Resolve  map[string]string `toml:"resolve"`
	WARCDir  string            `toml:"warc_dir"`  // where WARC files go ("" = no WARC)
	WARCSize int64             `toml:"warc_size"` // rotate WARC files at this many bytes (default 1 GiB)
	Deadline Duration          `toml:"deadline"`  // stop the run after this long (0 = none); it resumes next time
	Now      func() time.Time  `toml:"-"`
}

// Site is one [[site]] of the sources file.
type Site struct {
	Name     string   `toml:"name"`
	Start    []string `toml:"start"`    // list pages
	Feeds    []string `toml:"feeds"`    // RSS / Atom
	Sitemaps []string `toml:"sitemaps"` // sitemap.xml or sitemap index (gzip aware)
	Hosts    []string `toml:"hosts"`    // allowed hosts (default: the hosts of the start URLs)

	Articles string `toml:"articles"` // CSS selector of article links on list pages
	Pattern  string `toml:"pattern"`  // regexp the absolute article URL must match
	Exclude  string `toml:"exclude"`  // regexp of URLs never to fetch

	// Pagination of list pages: Pages is a template with {n}, e.g.
	// "index_{n}.html" (TRS CMS) or "?page={n}", resolved against the start
	// URL; Next is a CSS selector of a "next page" link (default: links
	// whose text is 下一页 / 下页 / next).
	Pages     string `toml:"pages"`
	PageFirst int    `toml:"page_first"` // the {n} of the second page (default 1)
	Next      string `toml:"next"`
	MaxPages  int    `toml:"max_list_pages"` // list pages per start URL (default 50)
	// FullPagination follows pagination on every run; by default a run stops
	// paging a list once a page shows no link new to this run.
	FullPagination bool `toml:"full_pagination"`

	MaxDepth    int    `toml:"max_depth"`    // link hops from a list page (default 1: articles are leaves)
	MaxArticles int    `toml:"max_articles"` // articles per run, 0 = no limit
	Since       string `toml:"since"`        // publication date window, YYYY-MM-DD
	Until       string `toml:"until"`
	Keywords    string `toml:"keywords"` // regexp on titles, e.g. "质量月|安全生产月"

	Charset  string  `toml:"charset"`  // site rule: force a charset (also for list pages)
	Content  string  `toml:"content"`  // site rule: CSS selector of the main text
	Region   string  `toml:"region"`   // site rule: the region the pages report on
	Rate     float64 `toml:"rate"`     // requests per second for this site's hosts
	Parallel int     `toml:"parallel"` // requests in flight per host

	pattern, exclude, keywords *regexp.Regexp
}

// Duration is a time.Duration read from "1.5s"-style strings.
type Duration struct{ time.Duration }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("crawler: duration %q: %w", b, err)
	}
	d.Duration = v
	return nil
}

// withDefaults fills zero values.
func (c Config) withDefaults() Config {
	def := func(d *Duration, v time.Duration) {
		if d.Duration <= 0 {
			d.Duration = v
		}
	}
	if c.UserAgent == "" {
		c.UserAgent = "ccorpus/1.0 (research crawler)"
	}
	if c.Contact != "" {
		c.UserAgent += " (+" + c.Contact + ")"
	}
	if c.Workers <= 0 {
		c.Workers = 64
	}
	if c.HostRate <= 0 {
		c.HostRate = 1
	}
	if c.HostParallel <= 0 {
		c.HostParallel = 1
	}
	def(&c.Timeout, 30*time.Second)
	if c.MaxBody <= 0 {
		c.MaxBody = 16 << 20
	}
	if c.MaxInflated <= 0 {
		c.MaxInflated = 32 << 20
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = 5
	}
	if c.MaxTries <= 0 {
		c.MaxTries = 4
	}
	def(&c.Backoff, 2*time.Second)
	def(&c.MaxWait, 10*time.Minute)
	if c.HostFailures <= 0 {
		c.HostFailures = 5
	}
	def(&c.HostPause, 2*time.Minute)
	if c.WARCSize <= 0 {
		c.WARCSize = 1 << 30
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// WithDefaults returns the configuration with every zero value replaced by
// its default, as a crawl uses it (for tools that fetch like a crawl does).
func (c Config) WithDefaults() Config { return c.withDefaults() }
