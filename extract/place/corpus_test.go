package place

import (
	"encoding/json"
	"github.com/ccorpus/ccorpus/extract/content"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/normalize"
	"github.com/ccorpus/ccorpus/normalize/opencc"
)

// sharedDir returns the shared corpus directory (<repo>/../shared or
// /work/shared), skipping the test when neither exists.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	var dirs []string
	if root, err := filepath.Abs("../.."); err == nil {
		dirs = append(dirs, filepath.Join(root, "..", "shared"))
	}
	for _, d := range append(dirs, "/work/shared") {
		if _, err := os.Stat(filepath.Join(d, "corpus", "facts", "gold.jsonl")); err == nil {
			return d
		}
	}
	tb.Skip("shared corpus not found (../shared or /work/shared)")
	return ""
}

// pinyin matches the tone-marked pinyin annotations some pages carry after
// characters (質(zhì)量). Cleaning removes them in the pipeline; the test
// removes them itself so that it measures only the resolver.
var pinyin = regexp.MustCompile(`\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)`)

// TestCorpus resolves the labelled on-topic pages (40 fact pages and the
// seeds) after content extraction and cleaning, and checks the share of
// right provinces, cities and counties against the project's bars.
func TestCorpus(t *testing.T) {
	dir := sharedDir(t)
	r := resolver(t)
	conv, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	cleaner := normalize.NewCleaner(conv)
	right := map[string]int{}
	total := 0
	for _, set := range []struct{ gold, pages string }{
		{"corpus/facts/gold.jsonl", "corpus/facts/pages"},
		{"corpus/seeds/gold.jsonl", "corpus/seeds"},
	} {
		raw, err := os.ReadFile(filepath.Join(dir, set.gold))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			var g map[string]any
			if line == "" || json.Unmarshal([]byte(line), &g) != nil || g["on_topic"] != true {
				continue
			}
			file, _ := g["file"].(string)
			page, err := os.ReadFile(filepath.Join(dir, set.pages, file))
			if err != nil {
				t.Fatal(err)
			}
			art, err := content.NewReader(nil).Read(extract.Page{Source: file, Raw: page})
			if err != nil {
				t.Fatal(err)
			}
			text := cleaner.Clean(pinyin.ReplaceAllString(art.Text, "")).Text
			got := r.Resolve(Input{Title: cleaner.Convert(art.Title), Text: text, Origin: cleaner.Convert(art.Origin), URL: art.URL})
			total++
			for field, v := range map[string]string{"province": got.Province, "city": got.City, "county": got.County} {
				want, _ := g[field].(string)
				if v == want {
					right[field]++
				} else {
					t.Logf("%s: %s %q, gold %q (evidence %q)", file, field, v, want, got.Evidence)
				}
			}
		}
	}
	bars := map[string]float64{"province": 0.97, "city": 0.93, "county": 0.93}
	for field, bar := range bars {
		acc := float64(right[field]) / float64(total)
		t.Logf("%s %.3f (%d/%d)", field, acc, right[field], total)
		if acc < bar {
			t.Errorf("%s accuracy %.3f, bar %.2f", field, acc, bar)
		}
	}
}
