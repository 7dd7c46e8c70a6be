package content

import (
	_ "embed"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// Rule is what the project knows of one site's pages.
type Rule struct {
	Host    string // lower-case host, no port
	Charset string // force this charset
	Content string // CSS selector of the main text
	Region  string // region every page of the site reports on
}

// IsZero reports whether the rule sets nothing.
func (r Rule) IsZero() bool { return r.Charset == "" && r.Content == "" && r.Region == "" }

// over returns r with the fields o sets replaced by o's.
func (r Rule) over(o Rule) Rule {
	if o.Charset != "" {
		r.Charset = o.Charset
	}
	if o.Content != "" {
		r.Content = o.Content
	}
	if o.Region != "" {
		r.Region = o.Region
	}
	return r
}

// Rules is a host-keyed table of site rules. The zero value and nil hold none.
type Rules struct {
	byHost map[string]Rule
}

//go:embed data/sites.tsv
var sitesTSV string

// DefaultRules returns the project's embedded table (data/sites.tsv).
func DefaultRules() (*Rules, error) { return ParseRules(sitesTSV) }

// ParseRules reads a table in the format of data/sites.tsv.
func ParseRules(tsv string) (*Rules, error) {
	rs := &Rules{byHost: map[string]Rule{}}
	for i, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		for j := range f {
			if f[j] = strings.TrimSpace(f[j]); f[j] == "-" {
				f[j] = ""
			}
		}
		r := Rule{Host: normHost(f[0]), Charset: f[1], Content: f[2], Region: f[3]}
		if r.Host == "" || len(f) > 4 {
			return nil, fmt.Errorf("content: site rules line %d: want host, charset, content, region", i+1)
		}
		if _, dup := rs.byHost[r.Host]; dup {
			return nil, fmt.Errorf("content: site rules line %d: host %s listed twice", i+1, r.Host)
		}
		rs.byHost[r.Host] = r
	}
	return rs, nil
}

// With returns a copy of rs with overlay merged over it: a field the overlay
// sets replaces the table's for that host.
func (rs *Rules) With(overlay []Rule) *Rules {
	out := &Rules{byHost: map[string]Rule{}}
	if rs != nil {
		for h, r := range rs.byHost {
			out.byHost[h] = r
		}
	}
	for _, o := range overlay {
		h := normHost(o.Host)
		if h == "" || o.IsZero() {
			continue
		}
		r := out.byHost[h]
		r.Host = h
		out.byHost[h] = r.over(o)
	}
	return out
}

// Lookup returns the rule for a page URL: its host's, else its nearest
// parent domain's; the zero Rule when none applies.
func (rs *Rules) Lookup(pageURL string) Rule {
	if rs == nil || len(rs.byHost) == 0 || pageURL == "" {
		return Rule{}
	}
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		return Rule{}
	}
	for h := normHost(u.Host); h != ""; {
		if r, ok := rs.byHost[h]; ok {
			return r
		}
		i := strings.IndexByte(h, '.')
		if i < 0 || !strings.Contains(h[i+1:], ".") {
			break // never match a bare public suffix such as gov.cn's parent "cn"
		}
		h = h[i+1:]
	}
	return Rule{}
}

// All lists the rules by host, for documentation and tests.
func (rs *Rules) All() []Rule {
	if rs == nil {
		return nil
	}
	out := make([]Rule, 0, len(rs.byHost))
	for _, r := range rs.byHost {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Host < out[j].Host })
	return out
}

// normHost lower-cases a host and drops a port and a trailing dot.
func normHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	return strings.TrimSuffix(strings.Trim(h, "[]"), ".")
}
