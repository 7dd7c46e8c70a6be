package crawler

import (
	"context"
	"errors"
	"github.com/ccorpus/ccorpus/crawler/decode"
	"net/url"
	"strings"
)

// fetched handles a 200 or 304: unchanged pages do no further work; list
// pages, feeds and sitemaps yield new entries; articles go to the sink.
// Links are added before the entry completes, so a crash in between loses
// nothing (the page is fetched again, and adding is idempotent).
func (c *Crawler) fetched(ctx context.Context, run Run, site *Site, e Entry, resp *Response) {
	if resp.Status == 304 {
		c.finish(ctx, run, e, resp, StateDone, OutcomeUnchanged, "not-modified")
		return
	}
	hash := resp.Hash()
	outcome := OutcomeNew
	if e.Hash != "" {
		outcome = OutcomeChanged
		if hash == e.Hash && !e.Interrupted && !(e.Recurring() && site.FullPagination) {
			c.finish(ctx, run, e, resp, StateDone, OutcomeUnchanged, "same-hash")
			return
		}
	}
	base, _ := url.Parse(resp.URL)
	var found []Entry
	switch e.Kind {
	case KindFeed:
		links, err := ParseFeed(resp.Body, base)
		if err != nil {
			c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, "bad-feed")
			return
		}
		found = c.articleEntries(site, e, links, false)
	case KindSitemap:
		sm, err := ParseSitemap(resp.Body, base, c.cfg.MaxInflated)
		if err != nil {
			c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, "bad-sitemap")
			return
		}
		found = c.articleEntries(site, e, sm.Pages, false)
		for _, u := range sm.Children {
			if site.allowsHost(HostOf(u)) {
				found = append(found, Entry{URL: u, Host: HostOf(u), Site: site.Name, Kind: KindSitemap, Via: e.URL})
			}
		}
	case KindList:
		html := ExpandEmbeddedLists(pageText(resp.Body, resp.ContentType, site.Charset))
		links := ExtractLinks(html, base, site.Articles)
		found = c.articleEntries(site, e, links, site.Articles != "")
		fresh, err := c.add(ctx, run, found)
		if err != nil {
			return
		}
		found = nil
		if fresh > 0 || site.FullPagination {
			found = c.nextPages(site, e, html, base)
		}
	case KindArticle:
		if !isHTML(resp.ContentType, resp.Body) {
			c.finish(ctx, run, e, resp, StateDone, OutcomeSkipped, ReasonContentType)
			return
		}
		if err := c.sink.Put(ctx, fetched(resp, c.cfg.Now())); err != nil {
			if errors.Is(err, ErrSkip) {
				c.finish(ctx, run, e, resp, StateDone, OutcomeSkipped, skipReason(err))
				return
			}
			if ctx.Err() != nil {
				return
			}
			c.log.Warn("crawl: sink", "url", e.URL, "err", err)
			c.finish(ctx, run, e, resp, StateFailed, OutcomeFailed, ReasonSink)
			return
		}
		c.mu.Lock()
		c.articles[site.Name]++
		c.mu.Unlock()
		if e.Depth < site.MaxDepth {
			html := pageText(resp.Body, resp.ContentType, site.Charset)
			found = c.articleEntries(site, e, ExtractLinks(html, base, ""), false)
		}
	}
	if _, err := c.add(ctx, run, found); err != nil {
		return
	}
	// The validators are kept only for a page fully handled, so that a
	// page that failed is never taken for unchanged.
	e.ETag, e.LastModified, e.Hash = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"), hash
	c.finish(ctx, run, e, resp, StateDone, outcome, "")
}

func (c *Crawler) add(ctx context.Context, run Run, found []Entry) (int, error) {
	if len(found) == 0 {
		return 0, nil
	}
	fresh, err := c.frontier.Add(ctx, run, found)
	if err != nil && ctx.Err() == nil {
		c.log.Error("crawl: add links", "err", err)
	}
	return fresh, err
}

// articleEntries turns links into article entries: on the site's hosts,
// matching its pattern, and (with no selector or pattern) looking like
// articles.
func (c *Crawler) articleEntries(site *Site, from Entry, links []Link, selected bool) []Entry {
	var out []Entry
	for _, l := range links {
		h := HostOf(l.URL)
		if l.URL == from.URL || !site.allowsHost(h) || !site.wantsURL(l.URL) {
			continue
		}
		if from.Kind == KindList || from.Kind == KindArticle {
			// A path ending in / names an index page, unless the site's
			// article pattern says it is an article (WordPress permalinks).
			indexPath := isIndexPath(l.URL) && (site.pattern == nil || !site.pattern.MatchString(l.URL))
			if indexPath || isPagerText(l.Text) || (!selected && site.pattern == nil && !LooksLikeArticle(l)) {
				continue
			}
		}
		out = append(out, Entry{URL: l.URL, Host: h, Site: site.Name, Kind: KindArticle,
			Depth: from.Depth + 1, Via: from.URL, Title: l.Text, Published: l.Date})
	}
	return out
}

// nextPages finds the following list page: by the site's template, by a
// "next" link, or by the page count of a TRS-style pager script.
func (c *Crawler) nextPages(site *Site, e Entry, html string, base *url.URL) []Entry {
	n := e.Page + 1
	if n >= site.MaxPages {
		return nil
	}
	total := PageCount(html)
	if total > 0 && n >= total {
		return nil
	}
	var next string
	switch {
	case site.Pages != "":
		next, _ = PageURL(e.URL, site.Pages, site.PageFirst+e.Page)
	case site.Next != "" || total == 0:
		if links := NextLinks(html, base, site.Next); len(links) > 0 {
			next = links[0]
		}
	default:
		next, _ = PageURL(e.URL, "index_{n}.html", n)
	}
	if next == "" || next == e.URL || !site.allowsHost(HostOf(next)) {
		return nil
	}
	return []Entry{{URL: next, Host: HostOf(next), Site: site.Name, Kind: KindList, Depth: e.Depth, Via: e.URL, Page: n}}
}

// Skip returns an error wrapping ErrSkip with a reason for the fetch log.
func Skip(reason string) error { return &skipError{reason: reason} }

type skipError struct{ reason string }

func (e *skipError) Error() string        { return "crawler: page skipped: " + e.reason }
func (e *skipError) Is(target error) bool { return target == ErrSkip }

func skipReason(err error) string {
	var se *skipError
	if errors.As(err, &se) {
		return se.reason
	}
	return strings.TrimPrefix(err.Error(), "crawler: ")
}

// pageText is a fetched page as UTF-8 text for link extraction, decoded by
// the same rules as content extraction (package decode).
func pageText(raw []byte, contentType, force string) string {
	return string(decode.Page(raw, contentType, force).Text)
}
