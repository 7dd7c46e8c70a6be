package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrForbiddenAddress is returned when a host resolves to a private,
// loopback or link-local address and the configuration does not allow it.
var ErrForbiddenAddress = errors.New("crawler: forbidden address")

// ErrRobotsDisallowed is returned for URLs robots.txt disallows.
var ErrRobotsDisallowed = errors.New("crawler: disallowed by robots.txt")

// Reasons recorded in the fetch log.
const (
	ReasonTimeout       = "timeout"
	ReasonConnection    = "connection"
	ReasonDNS           = "dns"
	ReasonTruncated     = "truncated"
	ReasonTooLarge      = "too-large"
	ReasonInflated      = "inflated-too-large"
	ReasonBadEncoding   = "bad-encoding"
	ReasonRedirectLoop  = "redirect-loop"
	ReasonRedirects     = "too-many-redirects"
	ReasonForbiddenAddr = "forbidden-address"
	ReasonOffsite       = "offsite-redirect"
	ReasonRobots        = "robots"
	ReasonJSChallenge   = "js-challenge"
	ReasonRetryAfter    = "retry-after-too-long"
	ReasonHostGivenUp   = "host-failing"
	ReasonDateWindow    = "date-window"
	ReasonKeywords      = "keywords"
	ReasonContentType   = "content-type"
	ReasonMaxArticles   = "max-articles"
	ReasonSink          = "sink"
	ReasonDeadline      = "deadline"
)

// FetchError describes a failed fetch: a transport failure or an HTTP status
// that is not a success.
type FetchError struct {
	Reason     string
	Status     int
	Transient  bool          // worth retrying in this run
	Blocked    bool          // a challenge page: not retried in this run
	RetryAfter time.Duration // from a Retry-After header, 0 when absent
	Err        error
}

func (e *FetchError) Error() string {
	s := "crawler: fetch: " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *FetchError) Unwrap() error { return e.Err }

// statusError classifies a non-success HTTP status.
func statusError(status int, h http.Header, body []byte, now time.Time) *FetchError {
	e := &FetchError{Status: status, Reason: "http-" + strconv.Itoa(status)}
	switch {
	case status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable:
		e.Transient = true
		e.RetryAfter = parseRetryAfter(h.Get("Retry-After"), now)
	case (status == 412 || status == 521 || status == 403) && looksLikeChallenge(body):
		e.Reason, e.Blocked = ReasonJSChallenge, true
	case status >= 500, status == http.StatusRequestTimeout:
		e.Transient = true
	}
	return e
}

// looksLikeChallenge spots anti-bot pages: a tiny body that is mostly script.
func looksLikeChallenge(body []byte) bool {
	s := strings.ToLower(string(body))
	return strings.Contains(s, "<script") && (len(body) < 64<<10)
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// transportError classifies an error from the transport or body read.
// reqCtx is the request's own context (with the timeout), parent the crawl's.
func transportError(err error, parent context.Context) error {
	if parent.Err() != nil {
		return parent.Err()
	}
	var fe *FetchError
	if errors.As(err, &fe) {
		return fe
	}
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, ErrForbiddenAddress):
		return &FetchError{Reason: ReasonForbiddenAddr, Err: err}
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return &FetchError{Reason: ReasonTimeout, Transient: true, Err: err}
	case errors.As(err, &dnsErr):
		return &FetchError{Reason: ReasonDNS, Transient: true, Err: err}
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET):
		return &FetchError{Reason: ReasonConnection, Transient: true, Err: err}
	}
	return &FetchError{Reason: ReasonConnection, Transient: true, Err: fmt.Errorf("%w", err)}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
