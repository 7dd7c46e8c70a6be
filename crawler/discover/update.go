package discover

import (
	"context"
	"net/url"
	"regexp"

	"github.com/ccorpus/ccorpus/crawler"
)

// Update checks an existing block: every start page must still answer at
// its address and show article links (by the block's selector and
// pattern); every sitemap must still answer. A block that passes is kept
// as it is; for one that does not, the site is discovered again from the
// home page of its first URL and the new block, under the old name and
// with the researcher's own settings (keywords, dates, region, limits),
// is proposed with what moved.
func (d *Discoverer) Update(ctx context.Context, site crawler.Site) *Report {
	first := append(append(append([]string{}, site.Start...), site.Sitemaps...), site.Feeds...)[0]
	v := &visit{d: d, s: d.c.session(d.opts.Budget), r: &Report{Input: first, Name: site.Name}, seen: map[string]bool{}, hosts: map[string]bool{}}
	var pattern *regexp.Regexp
	if site.Pattern != "" {
		pattern, _ = regexp.Compile(site.Pattern)
	}
	var changes []string
	articles := 0
	for _, u := range site.Start {
		p, err := v.get(ctx, u)
		if err != nil {
			changes = append(changes, "start "+u+": "+failReason("list page", err))
			continue
		}
		if p.url != u {
			changes = append(changes, "start "+u+" now redirects to "+p.url)
			continue
		}
		n := 0
		for _, l := range crawler.ExtractLinks(crawler.ExpandEmbeddedLists(p.html), p.base, site.Articles) {
			if crawler.IsPagerLink(l) || (pattern != nil && !pattern.MatchString(l.URL)) || (pattern == nil && site.Articles == "" && !crawler.LooksLikeArticle(l)) {
				continue
			}
			n++
		}
		if n == 0 {
			changes = append(changes, "start "+u+" shows no article links")
		}
		articles += n
	}
	for _, u := range site.Sitemaps {
		if resp, err := v.s.get(ctx, u); err != nil || resp.Status != 200 {
			changes = append(changes, "sitemap "+u+" no longer answers")
		}
	}
	if len(changes) == 0 {
		r := v.r
		r.Status, r.Unchanged, r.Confidence, r.Fetches = StatusOK, true, "high", v.s.used
		r.Blocks = []crawler.Site{site}
		r.note("unchanged: %d article links on its %d start pages", articles, len(site.Start))
		return r
	}
	home := first
	if u, err := url.Parse(first); err == nil {
		home = u.Scheme + "://" + u.Host + "/"
	}
	r := d.Site(ctx, home)
	r.Fetches += v.s.used
	r.Changes = changes
	for i := range r.Blocks {
		b := &r.Blocks[i]
		name := site.Name
		if i > 0 {
			name += "-" + b.Name[len(r.Name)+1:]
		}
		b.Name = name
		b.Exclude, b.MaxPages, b.FullPagination, b.MaxDepth, b.MaxArticles = site.Exclude, site.MaxPages, site.FullPagination, site.MaxDepth, site.MaxArticles
		b.Since, b.Until, b.Keywords, b.Region, b.Rate, b.Parallel = site.Since, site.Until, site.Keywords, site.Region, site.Rate, site.Parallel
	}
	r.Name = site.Name
	if r.Status == StatusFailed {
		r.Changes = append(r.Changes, "no replacement found: the old block is kept")
		r.Blocks = []crawler.Site{site}
		r.Status, r.Reason = StatusPartial, "moved, and discovery found no replacement: "+r.Reason
	}
	return r
}
