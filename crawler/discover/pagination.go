package discover

import (
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/crawler"
)

// Pagination is how a list page reaches its next pages, in the terms of
// a [[site]] block: a template with {n} (pages) and the {n} of the second
// page (page_first), or "" when 下一页 links are followed.
type Pagination struct {
	Template string `json:"template,omitempty"`
	First    int    `json:"first,omitempty"`
	Total    int    `json:"total,omitempty"` // pages the pager announces, 0 when unknown
	Via      string `json:"via"`             // createPageHTML, hanweb, pager-links, next-link, none
	Next     string `json:"next,omitempty"`  // the second page, to check
	Verified bool   `json:"verified"`        // the second page was fetched and showed new articles
}

var (
	trsCall      = regexp.MustCompile(`createPage(?:HTML)?\s*\(\s*['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?\s*,\s*['"]([\w-]*)['"]\s*,\s*['"](\w+)['"]`)
	hanwebTotal  = regexp.MustCompile(`(?i)<totalrecord>\s*(\d+)\s*</totalrecord>`)
	hanwebUnit   = regexp.MustCompile(`(?i)\bunitid\s*[=:]\s*['"]?(\d+)`)
	hanwebDiv    = regexp.MustCompile(`(?is)<div[^>]*\bid\s*=\s*["']?(\d+)["']?[^>]*>\s*<script[^>]*text/xml`)
	hanwebPer    = regexp.MustCompile(`(?i)\bperpage\s*[=:]\s*['"]?(\d+)`)
	hanwebRecord = regexp.MustCompile(`(?i)<record>`)
)

// detectPagination reads the pager of a list page fetched from pageURL.
func detectPagination(html, pageURL string, links []crawler.Link) Pagination {
	if m := trsCall.FindStringSubmatch(html); m != nil {
		total, _ := strconv.Atoi(m[1])
		p := Pagination{Via: "createPageHTML", Total: total}
		if total > 1 {
			p.Template, p.First = m[3]+"_{n}."+m[4], 1
			p.Next, _ = crawler.PageURL(pageURL, p.Template, 1)
		}
		return p
	}
	if m := hanwebTotal.FindStringSubmatch(html); m != nil {
		unit := ""
		if u := hanwebUnit.FindStringSubmatch(html); u != nil {
			unit = u[1]
		} else if d := hanwebDiv.FindStringSubmatch(html); d != nil {
			unit = d[1]
		}
		records, _ := strconv.Atoi(m[1])
		per := len(hanwebRecord.FindAllString(html, -1))
		if pm := hanwebPer.FindStringSubmatch(html); pm != nil {
			per, _ = strconv.Atoi(pm[1])
		}
		p := Pagination{Via: "hanweb"}
		if per > 0 {
			p.Total = (records + per - 1) / per
		}
		if unit != "" && p.Total > 1 {
			p.Template, p.First = "?uid="+unit+"&pageNum={n}", 2
			p.Next, _ = crawler.PageURL(pageURL, p.Template, 2)
		}
		return p
	}
	var next string
	for _, l := range links {
		t := strings.Trim(l.Text, "[]【】 ")
		if t == "2" || crawler.IsNextText(t) {
			if tmpl, n, ok := deriveTemplate(pageURL, l.URL); ok {
				return Pagination{Via: "pager-links", Template: tmpl, First: n, Next: l.URL}
			}
			if next == "" && crawler.IsNextText(t) && l.URL != pageURL {
				next = l.URL
			}
		}
	}
	if next != "" {
		return Pagination{Via: "next-link", Next: next}
	}
	return Pagination{Via: "none"}
}

// deriveTemplate finds the {n} template that turns the current list page
// into the linked next page, and the n of that page: a query parameter
// (?page=2), a last path segment (index_2.html) or, elsewhere in the path,
// an absolute path (/news/page/2/).
func deriveTemplate(cur, next string) (string, int, bool) {
	cu, err1 := url.Parse(cur)
	nu, err2 := url.Parse(next)
	if err1 != nil || err2 != nil || cu.Host != nu.Host || cur == next {
		return "", 0, false
	}
	ok := func(tmpl, num string) (string, int, bool) {
		n, err := strconv.Atoi(num)
		if err != nil || n < 1 || n > 3 {
			return "", 0, false
		}
		return tmpl, n, true
	}
	if cu.Path == nu.Path || (nu.Path == "/" && cu.Path == "") {
		cq, nq := cu.Query(), nu.Query()
		var page string
		var rest []string
		for k := range nq {
			v := nq.Get(k)
			if v == cq.Get(k) {
				continue
			}
			if _, err := strconv.Atoi(v); err == nil && page == "" {
				page = k
				continue
			}
			rest = append(rest, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
		if page == "" {
			return "", 0, false
		}
		return ok("?"+strings.Join(append(rest, url.QueryEscape(page)+"={n}"), "&"), nq.Get(page))
	}
	if nu.RawQuery != "" {
		return "", 0, false
	}
	runs := digitRun.FindAllStringIndex(nu.Path, -1)
	if len(runs) == 0 {
		return "", 0, false
	}
	last := runs[len(runs)-1]
	num := nu.Path[last[0]:last[1]]
	curDir := cu.Path
	if !strings.HasSuffix(curDir, "/") {
		curDir = path.Dir(curDir) + "/"
	}
	if nextDir := path.Dir(nu.Path) + "/"; nextDir == curDir && last[0] > len(nextDir)-1 {
		seg := nu.Path[len(nextDir):]
		i := last[0] - len(nextDir)
		return ok(seg[:i]+"{n}"+seg[i+len(num):], num)
	}
	return ok(nu.Path[:last[0]]+"{n}"+nu.Path[last[1]:], num)
}
