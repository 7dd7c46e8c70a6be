package place

import (
	"github.com/ccorpus/ccorpus/extract"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/content"
)

// corpusPages reads the labelled fact pages from the shared corpus.
func corpusPages(tb testing.TB) []extract.Article {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir(tb), "corpus", "facts", "pages", "*.txt"))
	var arts []extract.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := content.ParseTextDump(raw)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// BenchmarkResolve resolves every labelled fact page and reports the time per
// page as a ratio to segmenting the same text alone, measured in the same run.
func BenchmarkResolve(b *testing.B) {
	r := resolver(b)
	arts := corpusPages(b)
	var cut, res time.Duration
	for b.Loop() {
		for _, a := range arts {
			t0 := time.Now()
			r.seg.Cut(a.Text)
			t1 := time.Now()
			r.Resolve(Input{Title: a.Title, Text: a.Text, URL: a.URL})
			cut += t1.Sub(t0)
			res += time.Since(t1)
		}
	}
	pages := float64(b.N * len(arts))
	b.ReportMetric(float64(res.Microseconds())/pages, "µs/page")
	b.ReportMetric(float64(res)/float64(cut), "resolve/cut")
}

// FuzzResolve checks that any text resolves to a consistent result: the codes
// belong to the names, a county lies in its city and province, a national
// result has no codes.
func FuzzResolve(f *testing.F) {
	f.Add("", "天津市河东区市场监管局开展质量月活动。", false)
	f.Add("吉林：质量月", "吉林省质监局、长春市政府联合举办启动仪式。我省将开展30余项活动。", false)
	f.Add("", "市场监管总局等14个部门联合印发通知，部署开展全国质量月活动。", false)
	f.Add("苏浙皖赣沪共同行动", "鼓楼区《广东省纲要》根据省市场监管局部署，我市", false)
	f.Add("", "中山大学\n•重庆市市场监管局...\n雄安新区襄樊城区", false)
	f.Add("", "新华社北京4月1日电 ——活动在上海东方绿舟拉开帷幕。长春市民说", true)
	r := resolver(f)
	f.Fuzz(func(t *testing.T, title, text string, acting bool) {
		if !utf8.ValidString(title) || !utf8.ValidString(text) {
			return
		}
		got := r.Resolve(Input{Title: title, Text: text, ActingOnly: acting})
		switch got.Level {
		case "":
			if got.Province != "" {
				t.Fatalf("no level but province %q", got.Province)
			}
			return
		case National:
			if got.Province != NationalName || got.ProvinceCode != "" || got.City != "" || got.County != "" {
				t.Fatalf("national result %+v", got)
			}
			return
		case Province, City, County:
		default:
			t.Fatalf("level %q", got.Level)
		}
		check := func(code, name string) {
			if (code == "") != (name == "") {
				t.Fatalf("code %q for name %q in %+v", code, name, got)
			}
			if code != "" && r.gz.Unit(code).Name != name {
				t.Fatalf("code %s is %s, not %s", code, r.gz.Unit(code).Name, name)
			}
		}
		check(got.ProvinceCode, got.Province)
		check(got.CityCode, got.City)
		check(got.CountyCode, got.County)
		p := r.gz.Unit(got.ProvinceCode)
		if p == nil {
			t.Fatalf("no province in %+v", got)
		}
		if got.CityCode != "" && !r.gz.Contains(p, r.gz.Unit(got.CityCode)) {
			t.Fatalf("city outside province: %+v", got)
		}
		if got.CountyCode != "" {
			k := r.gz.Unit(got.CountyCode)
			if !r.gz.Contains(p, k) || (got.CityCode != "" && !r.gz.Contains(r.gz.Unit(got.CityCode), k)) {
				t.Fatalf("county outside its parents: %+v", got)
			}
			if got.Level != County {
				t.Fatalf("county at level %s", got.Level)
			}
		}
	})
}

// BenchmarkScan scans every labelled fact page and reports, as x-refscan,
// the time as a ratio to the plain scan (refScan: every sentence cut, every
// word looked up), measured page by page in the same run.
func BenchmarkScan(b *testing.B) {
	r := resolver(b)
	arts := corpusPages(b)
	var ours, ref time.Duration
	for b.Loop() {
		for _, a := range arts {
			in := Input{Title: a.Title, Text: a.Text, URL: a.URL}
			t0 := time.Now()
			r.scan(in)
			t1 := time.Now()
			r.refScan(in)
			ours += t1.Sub(t0)
			ref += time.Since(t1)
		}
	}
	b.ReportMetric(float64(ours)/float64(ref), "x-refscan")
}
