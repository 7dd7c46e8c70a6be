package crawler

import (
	"net/http"
	"time"
)

// Fetched is one page as the crawler got it (from the network or read back
// from a WARC archive): the crawler's own output type. The crawler knows
// nothing of later stages; cmd/ccorpus turns a Fetched into the pipeline's
// input.
type Fetched struct {
	// Source names where the bytes came from: the URL for a fetch,
	// "file.warc.gz#OFFSET" for a WARC record.
	Source string
	// URL is the page's address (final, canonical, after redirects).
	URL string
	// Status is the HTTP status code of the response.
	Status int
	// Header is the HTTP response header.
	Header http.Header
	// Body is the content-decoded body.
	Body []byte
	// FetchedAt is when the response was received (WARC-Date for archives).
	FetchedAt time.Time
}

// ContentType is the response's Content-Type header, "" when absent.
func (f Fetched) ContentType() string { return f.Header.Get("Content-Type") }

// fetched builds the crawler's output for a fetched article.
func fetched(resp *Response, at time.Time) Fetched {
	h := resp.Header
	if h == nil {
		h = http.Header{}
	}
	if h.Get("Content-Type") == "" && resp.ContentType != "" {
		h = h.Clone()
		h.Set("Content-Type", resp.ContentType)
	}
	return Fetched{Source: resp.URL, URL: resp.URL, Status: resp.Status, Header: h, Body: resp.Body, FetchedAt: at}
}
