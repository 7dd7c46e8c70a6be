package crawler

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Sitemap is a parsed sitemap: page URLs from a urlset, child sitemaps
// from a sitemapindex.
type Sitemap struct {
	Pages    []Link // URL and Date (from lastmod)
	Children []string
}

type sitemapXML struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
	Maps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// ParseSitemap reads a sitemap or sitemap index, gzip-compressed or not,
// inflating at most limit bytes.
func ParseSitemap(body []byte, base *url.URL, limit int64) (Sitemap, error) {
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return Sitemap{}, fmt.Errorf("crawler: sitemap: %w", err)
		}
		var out bytes.Buffer
		n, err := io.Copy(&out, io.LimitReader(zr, limit+1))
		if n > limit {
			return Sitemap{}, fmt.Errorf("crawler: sitemap: inflates past %d bytes", limit)
		}
		if err != nil {
			return Sitemap{}, fmt.Errorf("crawler: sitemap: %w", err)
		}
		body = out.Bytes()
	}
	var x sitemapXML
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) { return r, nil }
	if err := dec.Decode(&x); err != nil {
		return Sitemap{}, fmt.Errorf("crawler: sitemap: %w", err)
	}
	var sm Sitemap
	switch x.XMLName.Local {
	case "urlset":
		for _, u := range x.URLs {
			if c, err := Resolve(base, u.Loc); err == nil {
				sm.Pages = append(sm.Pages, Link{URL: c, Date: matchDate(dateNear, u.LastMod)})
			}
		}
	case "sitemapindex":
		for _, m := range x.Maps {
			if c, err := Resolve(base, m.Loc); err == nil {
				sm.Children = append(sm.Children, c)
			}
		}
	default:
		return Sitemap{}, fmt.Errorf("crawler: sitemap: root element %q", x.XMLName.Local)
	}
	return sm, nil
}

// ParseFeed reads an RSS or Atom feed into links with titles and dates.
// The date is read from the raw published string, which carries the
// site's own time zone (the parsed time is UTC and may shift the day).
func ParseFeed(body []byte, base *url.URL) ([]Link, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("crawler: feed: %w", err)
	}
	var out []Link
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		href := it.Link
		if href == "" && len(it.Links) > 0 {
			href = it.Links[0]
		}
		c, err := Resolve(base, href)
		if err != nil {
			continue
		}
		raw := it.Published
		if raw == "" {
			raw = it.Updated
		}
		date := feedDate(raw)
		if date == "" && it.PublishedParsed != nil {
			date = it.PublishedParsed.Format("2006-01-02")
		}
		out = append(out, Link{URL: c, Text: strings.TrimSpace(it.Title), Date: date})
	}
	return out, nil
}

// feedDate reads the calendar day of a feed date in its own zone.
func feedDate(raw string) string {
	raw = strings.TrimSpace(raw)
	if d := matchDate(dateNear, raw); d != "" {
		return d
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700", time.RFC822Z, time.RFC822} {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
