package crawler

import (
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected.json files of testdata/sites")

// siteResult is what the crawler reads from a list page fixture.
type siteResult struct {
	Articles  []Link   `json:"articles"`
	Pager     []Link   `json:"pager_links"`
	Next      []string `json:"next"`
	PageCount int      `json:"page_count"`
}

// TestSiteFixtures reads the list pages under testdata/sites/HOST/CASE/
// (page.html as served, case.json with its URL, header and selector) and
// compares the links, pager and page count with expected.json.
func TestSiteFixtures(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "sites", "*", "*"))
	if len(dirs) == 0 {
		t.Fatal("no fixtures")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(filepath.Dir(dir))+"/"+filepath.Base(dir), func(t *testing.T) {
			var c struct {
				URL         string `json:"url"`
				ContentType string `json:"content_type"`
				Selector    string `json:"selector"`
			}
			b, err := os.ReadFile(filepath.Join(dir, "case.json"))
			if err != nil || json.Unmarshal(b, &c) != nil {
				t.Fatalf("case.json: %v", err)
			}
			raw, err := os.ReadFile(filepath.Join(dir, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			base, _ := url.Parse(c.URL)
			html := pageText(raw, c.ContentType, "")
			got := siteResult{Next: NextLinks(html, base, ""), PageCount: PageCount(html)}
			for _, l := range ExtractLinks(html, base, c.Selector) {
				if isPagerLink(l) {
					got.Pager = append(got.Pager, l)
				} else {
					got.Articles = append(got.Articles, l)
				}
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			path := filepath.Join(dir, "expected.json")
			if *update {
				if err := os.WriteFile(path, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(want) != string(out) {
				t.Errorf("got\n%s\nwant\n%s", out, want)
			}
		})
	}
}
