package discover

import (
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ccorpus/ccorpus/crawler"
)

// TestWriteSourcesRoundTrip writes blocks whose values are hostile page
// text and reads them back as crawl does.
func TestWriteSourcesRoundTrip(t *testing.T) {
	cfg := crawler.Config{Contact: "mailto:a@b.cn", AllowPrivate: true, Timeout: crawler.Duration{Duration: 7 * time.Second},
		Resolve: map[string]string{"a.test:80": "127.0.0.1:1"}}
	site := crawler.Site{Name: `a"b\c`, Start: []string{"http://a.test/x/"}, Pattern: `/t\d{8}_\d+\.html$`,
		Keywords: "质量'月", Pages: "?page={n}", PageFirst: 2, Content: "div.x\n[[site]]", Charset: "gb18030"}
	r := &Report{Name: "a.test\n[[site]]", Status: StatusOK, Confidence: "high", Blocks: []crawler.Site{site},
		Notes: []string{"a note\nwith a newline\u2028and more"}}
	failed := &Report{Name: "b.test", Home: "http://b.test/", Status: StatusFailed, Reason: "no news section"}
	var b strings.Builder
	if err := WriteSources(&b, cfg, []*Report{r, failed}, fixedDay); err != nil {
		t.Fatal(err)
	}
	src, err := crawler.ParseSources(b.String())
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if len(src.Sites) != 1 {
		t.Fatalf("%d sites, want 1 (the failed one is commented out):\n%s", len(src.Sites), b.String())
	}
	got := src.Sites[0]
	if got.Name != site.Name || got.Pattern != site.Pattern || got.Keywords != site.Keywords || got.Content != site.Content ||
		got.Pages != site.Pages || got.PageFirst != 2 || got.Charset != site.Charset {
		t.Errorf("read back %+v\nfrom\n%s", got, b.String())
	}
	if src.Crawl.Timeout.Duration != 7*time.Second || !src.Crawl.AllowPrivate || src.Crawl.Resolve["a.test:80"] != "127.0.0.1:1" {
		t.Errorf("crawl table read back as %+v", src.Crawl)
	}
}

func FuzzTOMLString(f *testing.F) {
	f.Add("plain")
	f.Add("quote\" back\\slash \x00 \u2028 '")
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.ContainsRune(s, '\uFFFD') && strings.ToValidUTF8(s, "") == s {
			for _, enc := range []string{tomlString(s), tomlRegexp(s)} {
				var v struct{ K string }
				if _, err := toml.Decode("K = "+enc, &v); err != nil || v.K != s {
					t.Fatalf("%q encoded as %s reads back %q, %v", s, enc, v.K, err)
				}
			}
		}
	})
}
