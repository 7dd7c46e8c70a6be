package crawler

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Sources is a parsed sources file: crawl settings and the sites to crawl.
type Sources struct {
	Crawl Config `toml:"crawl"`
	Sites []Site `toml:"site"`
}

// LoadSources reads and checks a TOML sources file (see crawler/sources.example.toml).
func LoadSources(path string) (Sources, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Sources{}, fmt.Errorf("crawler: sources: %w", err)
	}
	return ParseSources(string(b))
}

// ParseSources parses and checks the text of a sources file.
func ParseSources(text string) (Sources, error) {
	var s Sources
	md, err := toml.Decode(text, &s)
	if err != nil {
		return Sources{}, fmt.Errorf("crawler: sources: %w", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Sources{}, fmt.Errorf("crawler: sources: unknown key %q", und[0].String())
	}
	if len(s.Sites) == 0 {
		return Sources{}, fmt.Errorf("crawler: sources: no [[site]]")
	}
	seen := map[string]bool{}
	for i := range s.Sites {
		if err := s.Sites[i].check(); err != nil {
			return Sources{}, err
		}
		if seen[s.Sites[i].Name] {
			return Sources{}, fmt.Errorf("crawler: sources: site %q twice", s.Sites[i].Name)
		}
		seen[s.Sites[i].Name] = true
	}
	return s, nil
}

// check validates a site, canonicalizes its URLs and compiles its patterns.
func (s *Site) check() error {
	if s.Name == "" {
		return fmt.Errorf("crawler: sources: a site has no name")
	}
	bad := func(what string, err error) error {
		return fmt.Errorf("crawler: sources: site %s: %s: %w", s.Name, what, err)
	}
	if len(s.Start)+len(s.Feeds)+len(s.Sitemaps) == 0 {
		return bad("start", fmt.Errorf("no start, feeds or sitemaps"))
	}
	hosts := map[string]bool{}
	for _, h := range s.Hosts {
		hosts[strings.ToLower(h)] = true
	}
	for _, list := range []*[]string{&s.Start, &s.Feeds, &s.Sitemaps} {
		for j, u := range *list {
			c, err := Canonicalize(u)
			if err != nil {
				return bad("url", err)
			}
			(*list)[j] = c
			if len(s.Hosts) == 0 {
				hosts[HostOf(c)] = true
			}
		}
	}
	s.Hosts = s.Hosts[:0]
	for h := range hosts {
		s.Hosts = append(s.Hosts, h)
	}
	var err error
	for _, p := range []struct {
		src string
		dst **regexp.Regexp
	}{{s.Pattern, &s.pattern}, {s.Exclude, &s.exclude}, {s.Keywords, &s.keywords}} {
		if p.src == "" {
			continue
		}
		if *p.dst, err = regexp.Compile(p.src); err != nil {
			return bad("pattern", err)
		}
	}
	for _, d := range []string{s.Since, s.Until} {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return bad("date", err)
		}
	}
	if s.Pages != "" && !strings.Contains(s.Pages, "{n}") {
		return bad("pages", fmt.Errorf("%q has no {n}", s.Pages))
	}
	if s.MaxPages <= 0 {
		s.MaxPages = 50
	}
	if s.PageFirst <= 0 {
		s.PageFirst = 1
	}
	if s.MaxDepth <= 0 {
		s.MaxDepth = 1
	}
	return nil
}

// allowsHost reports whether host (host:port) may be crawled for this site.
func (s *Site) allowsHost(host string) bool {
	h := strings.ToLower(host)
	for _, a := range s.Hosts {
		if a == h || strings.HasSuffix(h, "."+a) {
			return true
		}
		if name, _, ok := strings.Cut(h, ":"); ok && name == a {
			return true
		}
	}
	return false
}

// inWindow reports whether a YYYY-MM-DD date (or "" for unknown) is inside
// the site's window narrowed by since.
func (s *Site) inWindow(date, since string) bool {
	if date == "" {
		return true
	}
	from := s.Since
	if since > from {
		from = since
	}
	if from != "" && date < from {
		return false
	}
	return s.Until == "" || date <= s.Until
}

// wantsTitle reports whether a title (or "" for unknown) passes the keyword filter.
func (s *Site) wantsTitle(title string) bool {
	return s.keywords == nil || title == "" || s.keywords.MatchString(title)
}

// wantsURL applies the article pattern and the exclusion pattern.
func (s *Site) wantsURL(u string) bool {
	if s.exclude != nil && s.exclude.MatchString(u) {
		return false
	}
	return s.pattern == nil || s.pattern.MatchString(u)
}
