package crawler

import (
	"context"
	"errors"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

// Robots is the robots.txt of one host as it applies to our user agent.
type Robots struct {
	data  *robotstxt.RobotsData
	agent string
	group *robotstxt.Group
}

// ParseRobots reads a robots.txt body fetched with the given status. 4xx
// means no restrictions; 5xx means everything is disallowed for now (RFC 9309).
func ParseRobots(status int, body []byte, agent string) *Robots {
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		// An unparsable file restricts nothing it cannot express.
		data, _ = robotstxt.FromStatusAndBytes(404, nil)
	}
	token := agentToken(agent)
	return &Robots{data: data, agent: token, group: data.FindGroup(token)}
}

// agentToken is the product token of a user agent ("ccorpus/1.0 (…)" → "ccorpus").
func agentToken(ua string) string {
	for i, c := range ua {
		if c == '/' || c == ' ' {
			return ua[:i]
		}
	}
	return ua
}

// Allowed reports whether the URL's path may be fetched.
func (r *Robots) Allowed(rawURL string) bool {
	if r == nil || r.data == nil {
		return true
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.data.TestAgent(p, r.agent)
}

// CrawlDelay is the Crawl-delay for our group, 0 when unset.
func (r *Robots) CrawlDelay() time.Duration {
	if r == nil || r.group == nil {
		return 0
	}
	return r.group.CrawlDelay
}

// fetchRobots gets scheme://host/robots.txt through the fetcher. Network
// failures count as a temporary full disallow, like a 5xx.
func fetchRobots(ctx context.Context, f *Fetcher, scheme, host string) (*Robots, error) {
	u := scheme + "://" + host + "/robots.txt"
	resp, err := f.Fetch(ctx, Request{URL: u}, nil)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	r, _, err := RobotsFromFetch(resp, err, f.cfg.UserAgent)
	if err != nil {
		return ParseRobots(503, nil, f.cfg.UserAgent), err
	}
	return r, nil
}

// RobotsFromFetch turns the fetch of a robots.txt into its rules, the one
// statement of how a crawl reads the answer (crawl and discover both use
// it): a 2xx body is parsed; a 4xx other than 429, too many redirects, a
// redirect loop or an over-size file restrict nothing; anything else (a 5xx,
// a 429, a network failure) makes the host unavailable for now and is
// returned as the error. body is the file as fetched, nil when none.
func RobotsFromFetch(resp *Response, err error, userAgent string) (r *Robots, body []byte, unavailable error) {
	var fe *FetchError
	switch {
	case err == nil:
		return ParseRobots(resp.Status, resp.Body, userAgent), resp.Body, nil
	case errors.As(err, &fe) && fe.Status >= 400 && fe.Status < 500 && !fe.Blocked && fe.Status != 429:
		return ParseRobots(fe.Status, nil, userAgent), nil, nil
	case errors.As(err, &fe) && (fe.Reason == ReasonRedirects || fe.Reason == ReasonRedirectLoop || fe.Reason == ReasonTooLarge):
		return ParseRobots(404, nil, userAgent), nil, nil
	}
	return nil, nil, err
}
