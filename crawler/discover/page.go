package discover

import (
	"context"
	"fmt"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/decode"
)

// page is a fetched HTML page decoded to UTF-8.
type page struct {
	url  string
	base *url.URL
	html string
	resp *crawler.Response
	at   time.Time
}

func (p *page) fetched() crawler.Fetched {
	h := p.resp.Header.Clone()
	if h == nil {
		h = map[string][]string{}
	}
	if h.Get("Content-Type") == "" && p.resp.ContentType != "" {
		h.Set("Content-Type", p.resp.ContentType)
	}
	return crawler.Fetched{Source: p.url, URL: p.url, Status: p.resp.Status, Header: h, Body: p.resp.Body, FetchedAt: p.at}
}

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)`)

// get fetches an HTML page, decodes it as content extraction will, and
// notes a charset its header or <meta> declares wrongly.
func (v *visit) get(ctx context.Context, u string) (*page, error) {
	v.seen[u] = true
	resp, err := v.s.get(ctx, u)
	if err != nil {
		return nil, err
	}
	v.seen[resp.URL] = true
	if resp.Status != 200 {
		return nil, fmt.Errorf("discover: http %d", resp.Status)
	}
	dec := decode.Page(resp.Body, resp.ContentType, v.charset)
	p := &page{url: resp.URL, html: string(dec.Text), resp: resp, at: time.Now()}
	p.base, _ = url.Parse(resp.URL)
	if v.charset == "" {
		v.checkCharset(resp, dec)
	}
	return p, nil
}

// checkCharset compares what a page declares with what its bytes are.
func (v *visit) checkCharset(resp *crawler.Response, dec decode.Result) {
	declared, where := "", ""
	if _, params, err := mime.ParseMediaType(resp.ContentType); err == nil && params["charset"] != "" {
		declared, where = params["charset"], "the HTTP header"
	} else if m := metaCharsetRe.FindSubmatch(head(resp.Body)); m != nil {
		declared, where = string(m[1]), "its <meta>"
	}
	if declared == "" || sameCharset(declared, dec.Charset) {
		return
	}
	v.charset = dec.Charset
	v.r.Charset = dec.Charset
	v.r.note("charset: %s says %s but the bytes of %s are %s", where, clip(declared), resp.URL, dec.Charset)
}

func head(b []byte) []byte {
	if len(b) > 8<<10 {
		return b[:8<<10]
	}
	return b
}

// sameCharset compares charset labels as decoding does (gb2312 and gbk are read as gb18030).
func sameCharset(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		switch s {
		case "utf8":
			return "utf-8"
		case "gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn":
			return "gb18030"
		case "big5-hkscs", "x-big5":
			return "big5"
		}
		return s
	}
	return norm(a) == norm(b)
}

// clip shortens text from a page for a comment or note: one line, at most
// 40 characters.
func clip(s string) string { return clipN(s, 40) }

// clipN makes s one line of at most n characters.
func clipN(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// HomeURL reads an input as a home page URL: a bare host gets http://.
func HomeURL(in string) (string, error) {
	in = strings.TrimSpace(in)
	if !strings.Contains(in, "://") {
		in = "http://" + in
	}
	u, err := crawler.Canonicalize(in)
	if err != nil {
		return "", err
	}
	if pu, _ := url.Parse(u); pu.Path == "" {
		u += "/"
	}
	return u, nil
}

// SiteName is the name of a site's block: its host without www. (and a
// port other than the default after a dash).
func SiteName(home string) string {
	return strings.NewReplacer(":", "-", "[", "", "]", "").Replace(strings.TrimPrefix(crawler.HostOf(home), "www."))
}

// sameDomain reports whether two hosts share their registrable-looking
// domain: the host of one without www. is the other or a suffix of it.
func sameDomain(a, b string) bool {
	strip := func(h string) string {
		if name, _, ok := strings.Cut(h, ":"); ok {
			h = name
		}
		return strings.TrimPrefix(h, "www.")
	}
	a, b = strip(a), strip(b)
	if a == b {
		return true
	}
	if strings.Count(b, ".") < 2 || strings.Count(a, ".") < 2 {
		return false
	}
	return strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}
