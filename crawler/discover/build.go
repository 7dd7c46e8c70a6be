package discover

import (
	"context"
	"net/url"
	"sort"
	"strconv"

	"github.com/ccorpus/ccorpus/crawler"
)

// sitemaps is the fallback for a site without a usable news list: the
// sitemaps robots.txt names, else /sitemap.xml, read for an article pattern.
func (v *visit) sitemaps(ctx context.Context, home string) {
	cands := v.s.sitemapsOf(ctx, home)
	if len(cands) == 0 {
		if u, err := url.Parse(home); err == nil {
			cands = []string{u.Scheme + "://" + u.Host + "/sitemap.xml"}
		}
	}
	for i, sm := range cands {
		if i >= 3 {
			break
		}
		pages := v.sitemapPages(ctx, sm, 0)
		shape, ok := learnShape(pages, 3, false)
		if !ok {
			continue
		}
		v.r.Sitemaps = append(v.r.Sitemaps, sm)
		l := List{URL: sm, Section: "sitemap", Shape: shape, Pages: Pagination{Via: "sitemap"}}
		l.links = matching(pages, shape.Pattern)
		l.Articles = len(l.links)
		v.r.note("no news list: the sitemap %s lists %d pages, %d of them articles by the pattern", sm, len(pages), l.Articles)
		v.sitemapList = &l
		return
	}
}

// sitemapPages reads a sitemap, following at most two children of an index.
func (v *visit) sitemapPages(ctx context.Context, sm string, depth int) []crawler.Link {
	resp, err := v.s.get(ctx, sm)
	if err != nil || resp.Status != 200 {
		return nil
	}
	base, _ := url.Parse(resp.URL)
	parsed, err := crawler.ParseSitemap(resp.Body, base, v.d.c.cfg.MaxInflated)
	if err != nil {
		return nil
	}
	pages := onSite(parsed.Pages, v.onSite)
	for i, child := range parsed.Children {
		if i >= 2 || depth > 0 {
			break
		}
		pages = append(pages, v.sitemapPages(ctx, child, depth+1)...)
	}
	return pages
}

// blocks turns the lists found into [[site]] blocks: one per pagination
// scheme (a crawl applies one template to all the start URLs of a block).
func (v *visit) blocks() {
	r := v.r
	var patterns []string
	for _, l := range r.Lists {
		patterns = append(patterns, l.Shape.Pattern)
		for _, a := range l.links {
			v.hosts[crawler.HostOf(a.URL)] = true
		}
		v.hosts[crawler.HostOf(l.URL)] = true
	}
	if v.sitemapList != nil {
		patterns = append(patterns, v.sitemapList.Shape.Pattern)
		for _, a := range v.sitemapList.links {
			v.hosts[crawler.HostOf(a.URL)] = true
		}
	}
	r.Pattern = joinPatterns(patterns)
	var hosts []string
	for h := range v.hosts {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	base := crawler.Site{Hosts: hosts, Pattern: r.Pattern, Keywords: v.d.opts.Keywords, Charset: r.Charset}
	if len(r.Lists) == 0 {
		b := base
		b.Name, b.Sitemaps = r.Name, r.Sitemaps
		r.Blocks = []crawler.Site{b}
		return
	}
	type key struct {
		tmpl  string
		first int
	}
	index := map[key]int{}
	for _, l := range r.Lists {
		k := key{l.Pages.Template, l.Pages.First}
		i, ok := index[k]
		if !ok {
			b := base
			b.Name = r.Name
			if n := len(r.Blocks); n > 0 {
				b.Name += "-" + strconv.Itoa(n+1)
			}
			b.Pages, b.PageFirst = k.tmpl, k.first
			if k.first == 1 {
				b.PageFirst = 0
			}
			r.Blocks = append(r.Blocks, b)
			i = len(r.Blocks) - 1
			index[k] = i
		}
		r.Blocks[i].Start = append(r.Blocks[i].Start, l.URL)
	}
}

// sample fetches three articles of the first list (first, middle, last
// link) for the self-check, and the body container they share.
func (v *visit) sample(ctx context.Context) {
	var links []crawler.Link
	if len(v.r.Lists) > 0 {
		links = v.r.Lists[0].links
	} else if v.sitemapList != nil {
		links = v.sitemapList.links
	}
	idx := []int{0, len(links) / 2, len(links) - 1}
	var htmls []string
	done := map[int]bool{}
	for _, i := range idx {
		if i < 0 || done[i] {
			continue
		}
		done[i] = true
		p, err := v.get(ctx, links[i].URL)
		if err != nil {
			v.r.note("article %s: %s", links[i].URL, failReason("fetch", err))
			continue
		}
		v.r.Sample.Articles = append(v.r.Sample.Articles, p.fetched())
		htmls = append(htmls, p.html)
	}
	v.r.Sample.Container = commonContainer(htmls, 100)
}
