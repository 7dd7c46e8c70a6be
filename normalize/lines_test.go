package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestLineKinds(t *testing.T) {
	for _, tt := range []struct {
		line                        string
		breadcrumb, tool, copyright bool
	}{
		{"您当前所在位置：首页 > 政策文件", true, false, false},
		{"首页 / 放心消费 / 正文", true, false, false},
		{"您当前的位置: 首页 >> 市县工作 >> 正文", true, false, false},
		{"网站首页>>工作动态", true, false, false},
		{"市场监管局在首页发布了通知。", false, false, false},
		{"【打印】【关闭】", false, true, false},
		{"字体：【 打印", false, true, false},
		{"字号变大| 字号变小", false, true, false},
		{"【大 中 小】", false, true, false},
		{"要把打印机的质量抽查作为重点，维护消费者权益。", false, false, false},
		{"版权所有 © 2024 某某市人民政府 京ICP备12345678号", false, false, true},
		{"· CopyRight 2008-2017,Powered By example Inc.All Rights Resered", false, false, true},
		{"主办单位：某某市市场监督管理局", false, false, true},
		{"今年全国“质量月”活动联合主办单位增加到了47家。", false, false, false},
		{"凡注明来源的作品，未经授权不得转载、复制或镜像。", false, false, true},
	} {
		if got := IsBreadcrumb(tt.line); got != tt.breadcrumb {
			t.Errorf("IsBreadcrumb(%q) = %v", tt.line, got)
		}
		if got := IsToolBar(tt.line); got != tt.tool {
			t.Errorf("IsToolBar(%q) = %v", tt.line, got)
		}
		if got := IsCopyright(tt.line); got != tt.copyright {
			t.Errorf("IsCopyright(%q) = %v", tt.line, got)
		}
	}
}

func FuzzLineKinds(f *testing.F) {
	f.Add("您当前的位置：首页 > 新闻")
	f.Fuzz(func(t *testing.T, s string) {
		IsBreadcrumb(s)
		IsToolBar(s)
		IsCopyright(s)
	})
}

// TestChromeLineWordsNecessary: every line IsBreadcrumb, IsToolBar or
// IsCopyright accepts holds one of the words ChromeLineWords gives for it,
// on the corpus's lines and random lines of the words, their pieces and
// invalid bytes.
func TestChromeLineWordsNecessary(t *testing.T) {
	lw := ChromeLineWords()
	var parts []string
	for _, list := range [][]string{lw.Breadcrumb, lw.ToolBar, lw.Copyright, reprintWords} {
		for _, w := range list {
			parts = append(parts, w, w[:len(w)-1], w[len(w)/2:])
		}
	}
	parts = append(parts, "COPYRIGHT", "Copy", "right", ">", "：", ":", "大", "中", "小", "【", "】", " ", "。", "文", "\xe5")
	r := rand.New(rand.NewPCG(7, 11))
	lines := corpusLines(t)
	for range 60000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	for i := range 3000 { // breadcrumbs are anchored at the line's start
		heads := []string{"当前位置：", "您现在的位置: ", "首页 > ", "网站首页>>", "【当前位置：", "主页 / "}
		lines = append(lines, heads[i%len(heads)]+parts[r.IntN(len(parts))]+parts[r.IntN(len(parts))])
		sizes := "大中小" // and font-size bars: three of 大 中 小, spaced or bracketed
		var fb strings.Builder
		for range 3 {
			k := 3 * r.IntN(3)
			fb.WriteString(sizes[k : k+3])
			fb.WriteString([]string{"", " "}[r.IntN(2)])
		}
		lines = append(lines, fb.String(), "【"+fb.String()+"】")
	}
	holds := func(s string, words, fold []string) bool {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		for _, w := range fold {
			if strings.Contains(strings.ToLower(s), w) {
				return true
			}
		}
		return false
	}
	hits := map[string]int{}
	for _, s := range lines {
		for _, c := range []struct {
			name        string
			is          func(string) bool
			words, fold []string
		}{
			{"IsBreadcrumb", IsBreadcrumb, lw.Breadcrumb, nil},
			{"IsToolBar", IsToolBar, lw.ToolBar, nil},
			{"IsCopyright", IsCopyright, lw.Copyright, lw.CopyrightFoldASCII},
		} {
			if c.is(s) {
				hits[c.name]++
				if !holds(s, c.words, c.fold) {
					t.Fatalf("%s(%q) is true but the line holds none of its ChromeLineWords", c.name, s)
				}
			}
		}
	}
	for _, name := range []string{"IsBreadcrumb", "IsToolBar", "IsCopyright"} {
		if hits[name] < 50 {
			t.Errorf("%s accepted only %d lines: the inputs miss the point", name, hits[name])
		}
	}
}
