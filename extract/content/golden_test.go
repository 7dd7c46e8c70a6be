package content

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// TestGoldenPages runs ExtractHTML over the fixture pages in testdata/pages
// and compares the whole Article with testdata/golden/<page>.json.
func TestGoldenPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, err := ExtractHTML(raw, Options{URL: "http://www.example.gov.cn/" + name + ".html"})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s differs from golden:\n got: %s\nwant: %s", name, got, want)
			}
		})
	}
}

// TestPagePhrases states what must and must not reach the main text of each
// fixture page, in words that survive markup changes.
func TestPagePhrases(t *testing.T) {
	tests := []struct {
		page    string
		with    []string
		without []string
		index   bool
	}{
		{
			page: "gov-xxgk",
			with: []string{"9月15日，示例市市场监督管理局", "1 | 质量开放日 | 9月20日", "推动全市高质量发展"},
			without: []string{"您当前位置", "索引号", "打印", "扫一扫", "相关文章", "示例市召开质量工作会议",
				"版权所有", "分享到", "首页", "字体"},
		},
		{
			page:    "forum-thread",
			with:    []string{"请问今年的安全生产月活动主题是什么", "人人讲安全、个个会应急", "正好用上"},
			without: []string{"积分", "论坛首页", "验证码", "Powered by", "发表于"},
		},
		{page: "list-index", index: true},
		{page: "short-cms", with: []string{"附件下载 示例县市场监督管理局"}, without: []string{"安全生产工作会议"}},
		{page: "snippet-index", index: true},
		{
			page:    "short-article",
			with:    []string{"9月2日，示例县市场监管局启动2024年", "标准宣贯等6项活动"},
			without: []string{"最新动态", "相关新闻", "示例县召开安全生产月动员部署会议", "来源", "首页"},
		},
		{
			page:    "gbk-layout",
			with:    []string{"6月3日上午，示例县召开2019年", "防风险、除隐患、遏事故", "安全知识竞赛等8项活动"},
			without: []string{"网站首页", "县政府常务会议", "当前位置", "浏览次数", "打印本页", "版权所有", "技术支持"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "pages", tt.page+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ExtractHTML(raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.IsIndex != tt.index {
				t.Errorf("IsIndex = %v, want %v", a.IsIndex, tt.index)
			}
			if tt.index && a.Text != "" {
				t.Errorf("index page yields text %q", a.Text)
			}
			for _, w := range tt.with {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range tt.without {
				if strings.Contains(a.Text, w) {
					t.Errorf("text keeps chrome %q:\n%s", w, a.Text)
				}
			}
		})
	}
}
