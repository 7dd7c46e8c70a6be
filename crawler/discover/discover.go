// Package discover turns the home pages of government sites into [[site]]
// blocks of a sources file: it finds the news sections by their link text
// and place in the navigation, learns the article URL pattern and the
// pagination of each list, notices lying charsets and a shared body
// container, checks its answer on sample pages, and says how sure it is.
// It fetches like a crawl (robots.txt, rates, address rules) within a
// small page budget per site, and depends only on package crawler.
package discover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/ccorpus/ccorpus/crawler"
)

// Options are the choices of a discovery run.
type Options struct {
	Budget      int    // pages fetched per site, robots.txt included (default 30)
	MaxSections int    // sections of the home page looked at (default 4)
	Keywords    string // written as the keywords of every block
	Vocabulary  *Vocabulary
	Check       Checker // the self-check; nil judges by fetches alone
	Logger      *slog.Logger
}

// Discoverer discovers sites with one client.
type Discoverer struct {
	c    *Client
	opts Options
}

// New returns a discoverer.
func New(c *Client, opts Options) *Discoverer {
	if opts.Budget <= 0 {
		opts.Budget = 30
	}
	if opts.MaxSections <= 0 {
		opts.MaxSections = 4
	}
	if opts.Vocabulary == nil {
		opts.Vocabulary = DefaultVocabulary()
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Discoverer{c: c, opts: opts}
}

// visit is one site being discovered.
type visit struct {
	d       *Discoverer
	s       *session
	r       *Report
	host    string // of the home page, after redirects
	seen    map[string]bool
	jsLists bool
	charset string
	hosts   map[string]bool

	sitemapList *List // the articles of the sitemap, when no list was found
}

// Site discovers one site from its home page URL (a bare host is read as http://host/).
func (d *Discoverer) Site(ctx context.Context, input string) *Report {
	v := &visit{d: d, s: d.c.session(d.opts.Budget), r: &Report{Input: input}, seen: map[string]bool{}, hosts: map[string]bool{}}
	defer func() { v.r.Fetches = v.s.used }()
	home, err := HomeURL(input)
	if err != nil {
		v.r.Name = input
		return v.r.fail("bad url: " + err.Error())
	}
	v.r.Name = SiteName(home)
	v.discover(ctx, home)
	if v.r.Status != StatusFailed {
		v.check(ctx)
	}
	return v.r
}

func (v *visit) discover(ctx context.Context, home string) {
	r := v.r
	page, err := v.get(ctx, home)
	if err != nil {
		r.fail(failReason("home page", err))
		return
	}
	for i := 0; i < 2; i++ {
		target := clientRedirect(page.html)
		if target == "" {
			break
		}
		u, err := crawler.Resolve(page.base, target)
		if err != nil || v.seen[u] {
			break
		}
		next, err := v.get(ctx, u)
		if err != nil {
			r.fail(failReason("home page redirect", err))
			return
		}
		page = next
	}
	r.Home = page.url
	if r.Home != home {
		r.note("home page %s redirects to %s", home, r.Home)
	}
	v.host = crawler.HostOf(r.Home)
	v.hosts[crawler.HostOf(home)], v.hosts[v.host] = true, true
	r.Sections = v.d.opts.Vocabulary.findSections(page.html, page.base, v.onSite)
	homeLinks := crawler.ExtractLinks(crawler.ExpandEmbeddedLists(page.html), page.base, "")
	if len(homeLinks) < 5 && loadsByScript(page.html) {
		v.jsLists = true
		r.note("the home page is built by a script (%d links in its HTML)", len(homeLinks))
	}
	v.lists(ctx)
	if len(r.Lists) == 0 {
		v.sitemaps(ctx, r.Home)
	}
	if len(r.Lists) == 0 && len(r.Sitemaps) == 0 {
		switch {
		case v.jsLists:
			r.fail("JavaScript-only lists: no article links in the HTML of the home page or its sections")
		case len(r.Sections) == 0:
			r.fail("no news section: no link named like 工作动态, 新闻中心, 通知公告 … and no sitemap")
		default:
			r.fail("no article links on the news sections and no sitemap")
		}
		return
	}
	v.blocks()
	v.sample(ctx)
}

// lists looks at the best sections of the home page and, for a section
// page that is a hub of sub-lists, at its sub-sections.
func (v *visit) lists(ctx context.Context) {
	n := 0
	for _, sec := range v.r.Sections {
		if n >= v.d.opts.MaxSections {
			break
		}
		if v.seen[sec.URL] {
			continue
		}
		n++
		l, subs, ok := v.list(ctx, sec.URL, sec.Text, 1)
		var found []List
		for i, sub := range subs {
			if i >= 4 {
				break
			}
			if sl, _, ok := v.list(ctx, sub.URL, sub.Text, 2); ok {
				found = append(found, sl)
			}
		}
		if len(found) > 0 {
			v.r.note("%s (%s) is a hub of %d sub-lists: the news list is two levels deep", clip(sec.Text), sec.URL, len(found))
			if ok && l.Pages.Template == "" && l.Pages.Via != "next-link" {
				ok = false // a hub's own latest items are on its sub-lists
			}
		}
		if ok {
			v.r.Lists = append(v.r.Lists, l)
		}
		v.r.Lists = append(v.r.Lists, found...)
	}
}

// list fetches a candidate list page and reads its articles and pager; subs
// are the sections it links to below itself (a hub page).
func (v *visit) list(ctx context.Context, u, text string, depth int) (List, []Section, bool) {
	if v.seen[u] {
		return List{}, nil, false
	}
	p, err := v.get(ctx, u)
	if err != nil {
		v.r.note("section %s (%s): %s", clip(text), u, failReason("fetch", err))
		return List{}, nil, false
	}
	links := onSite(crawler.ExtractLinks(crawler.ExpandEmbeddedLists(p.html), p.base, ""), v.onSite)
	l := List{URL: p.url, Section: text, Depth: depth}
	if isJiyue(p.html) {
		l.Script = "集约化 platform unit"
	} else if hanwebTotal.MatchString(p.html) {
		l.Script = "Hanweb record store"
	}
	var subs []Section
	if depth == 1 {
		for _, s := range v.d.opts.Vocabulary.findSections(p.html, p.base, v.onSite) {
			if !v.seen[s.URL] && below(p.url, s.URL) {
				subs = append(subs, s)
			}
		}
	}
	shape, ok := learnShape(links, 3, true)
	if !ok {
		if loadsByScript(p.html) {
			v.jsLists = true
			v.r.note("section %s (%s): its list is loaded by a script, with no fallback in the HTML", clip(text), p.url)
		}
		return l, subs, false
	}
	l.Shape = shape
	l.links = matching(links, shape.Pattern)
	l.Articles = len(l.links)
	l.Pages = detectPagination(p.html, p.url, links)
	v.verifyPages(ctx, &l)
	if v.r.Sample.Lists == nil {
		v.r.Sample.Lists = []crawler.Fetched{p.fetched()}
	}
	return l, subs, true
}

// verifyPages fetches the second page of a list and keeps the pagination
// only if it shows article links the first page did not.
func (v *visit) verifyPages(ctx context.Context, l *List) {
	if l.Pages.Next == "" {
		return
	}
	p, err := v.get(ctx, l.Pages.Next)
	if err == nil {
		first := map[string]bool{}
		for _, a := range l.links {
			first[a.URL] = true
		}
		links := crawler.ExtractLinks(crawler.ExpandEmbeddedLists(p.html), p.base, "")
		for _, a := range matching(onSite(links, v.onSite), l.Shape.Pattern) {
			if !first[a.URL] {
				l.Pages.Verified = true
				break
			}
		}
		if l.Pages.Verified && len(v.r.Sample.Lists) == 1 {
			v.r.Sample.Lists = append(v.r.Sample.Lists, p.fetched())
		}
	}
	if !l.Pages.Verified && l.Pages.Template != "" {
		v.r.note("list %s: page 2 (%s) showed no new articles: pagination %q dropped", l.URL, l.Pages.Next, l.Pages.Template)
		l.Pages.Template, l.Pages.First = "", 0
	}
}

// onSite reports whether u is on the site's host or a host of the same domain.
func (v *visit) onSite(u string) bool {
	h := crawler.HostOf(u)
	if h == v.host || v.hosts[h] {
		return true
	}
	return sameDomain(h, v.host)
}

func onSite(links []crawler.Link, ok func(string) bool) []crawler.Link {
	out := links[:0:0]
	for _, l := range links {
		if ok(l.URL) {
			out = append(out, l)
		}
	}
	return out
}

// below reports whether u is under the folder of page (a sub-section).
func below(page, u string) bool {
	pu, err1 := url.Parse(page)
	uu, err2 := url.Parse(u)
	if err1 != nil || err2 != nil || pu.Host != uu.Host {
		return false
	}
	dir := pu.Path[:strings.LastIndex(pu.Path, "/")+1]
	return strings.HasPrefix(uu.Path, dir) && uu.Path != pu.Path
}

// failReason words a fetch error for the report.
func failReason(what string, err error) string {
	var fe *crawler.FetchError
	switch {
	case errors.Is(err, ErrBudget):
		return what + ": page budget spent"
	case errors.Is(err, crawler.ErrRobotsDisallowed):
		return "blocked: robots.txt disallows the " + what
	case errors.As(err, &fe) && fe.Blocked:
		return "blocked: the " + what + " answers with a JavaScript challenge (" + fe.Reason + ")"
	case errors.As(err, &fe) && (fe.Status == 401 || fe.Status == 403):
		return fmt.Sprintf("blocked: the %s answers HTTP %d", what, fe.Status)
	case errors.Is(err, crawler.ErrForbiddenAddress):
		return what + ": private address refused (allow_private)"
	case errors.As(err, &fe):
		return what + ": " + fe.Reason
	}
	return what + ": " + err.Error()
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
