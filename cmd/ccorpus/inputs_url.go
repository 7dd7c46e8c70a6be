package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
)

// urlFetchTimeout bounds the fetch of one page named by URL on the command line.
const urlFetchTimeout = 60 * time.Second

// isURL reports whether an input names a page by its http or https address.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// fetchPage fetches one page named by URL, with the crawler's caps on time,
// size and redirects. It is a single request made on the user's behalf, like
// curl: robots.txt and rate limits are for crawls (`ccorpus crawl`).
func (a *app) fetchPage(ctx context.Context, rawURL string) (extract.Page, error) {
	ctx, cancel := context.WithTimeout(ctx, urlFetchTimeout)
	defer cancel()
	canon, err := crawler.Canonicalize(rawURL)
	if err != nil {
		return extract.Page{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	resp, err := a.urlFetcher().Fetch(ctx, crawler.Request{URL: canon}, nil)
	if errors.Is(err, crawler.ErrForbiddenAddress) {
		return extract.Page{}, fmt.Errorf("fetch %s: %w (a private, loopback or link-local address: pass --allow-private to fetch it)", rawURL, err)
	}
	if err != nil {
		return extract.Page{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	return extract.Page{
		Source:      rawURL,
		URL:         resp.URL,
		Raw:         resp.Body,
		ContentType: resp.ContentType,
		FetchedAt:   a.now(),
	}, nil
}
