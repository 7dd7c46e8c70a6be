package normalize

import (
	"regexp"
	"testing"
	"unicode/utf8"
)

func TestDropChrome(t *testing.T) {
	tests := []struct {
		in, want string
		n        int
	}{
		{"您当前位置: 新闻中心>>市场监管>>\n正文。", "正文。", 1},
		{"首页 > 部门动态 > 正文\n正文。", "正文。", 1},
		{"正文。\n分享到微信朋友圈x\n【打印】 【关闭】", "正文。", 2},
		{"正文。\n上一篇：某某新闻\n下一篇：另一条新闻", "正文。", 2},
		{"正文。\n版权所有 © 某某市人民政府 京ICP备12345678号", "正文。", 1},
		{"正文。\n声明:\n本网注明“来源:某网”的所有作品,版权均属于某网,未经本网授权不得转载。", "正文。", 2},
		{"正文。\n相关文章\n某条新闻标题\n另一条新闻标题", "正文。", 3},
		{"正文。\n- 活动安排来了(2024-08-21)\n- 协会转发通知的函(2024-08-14)", "正文。", 2},
		{"2021-08-23 15:55:11 来源:市发改委\n正文。", "正文。", 1},
		{"image.png\n正文。", "正文。", 1},
		{":::\n正文。", "正文。", 1},
		{"中国消费者协会主办\n正文。", "正文。", 1},
		// content stays
		{"此次宣传活动由汕尾市市场监督管理局主办,市公安局等单位协办。", "此次宣传活动由汕尾市市场监督管理局主办,市公安局等单位协办。", 0},
		{"加强版权保护,打击侵权盗版。", "加强版权保护,打击侵权盗版。", 0},
		{"一、 办理启动记者会1场", "一、 办理启动记者会1场", 0},
		{"(责任编辑:加贺)", "(责任编辑:加贺)", 0},
		{"- 唯一一条列表项(2024-08-21)", "- 唯一一条列表项(2024-08-21)", 0},
	}
	for _, tt := range tests {
		got, n := DropChrome(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("DropChrome(%q)\n got  %q %d\n want %q %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

func FuzzDropChrome(f *testing.F) {
	for _, s := range []string{"您当前位置: 首页>>\n正文。", "相关文章\na\nb", "- a(2024-01-01)\n- b(2024-01-02)", "声明:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := DropChrome(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again, _ := DropChrome(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
	})
}

// TestLiteralsMatchPatterns checks the literal matchers against the regular
// expressions they stand for.
func TestLiteralsMatchPatterns(t *testing.T) {
	pairs := []struct {
		lits *wordSet
		re   *regexp.Regexp
	}{
		{newWordSet().words(1, toolWords...), regexp.MustCompile(`分享到|分享至|扫一扫|打印|【关闭】|\[关闭\]|关闭窗口|【字体|字号|纠错|列印|關閉|收藏本页|加入收藏|我的收藏|设为首页|返回顶部|返回首页|无障碍|长者助手|浏览次数|阅读次数|点击数[:：]|访问量[:：]`)},
		{newWordSet().words(1, copyrightStrong...).foldASCII(1, copyrightStrongFold...), regexp.MustCompile(`版权所有|版權所有|版权归|©|All Rights Reserved|ICP备|ICP证|公网安备|网站标识码|本网注明|转载请注明|轉載請註明|平台声明|仅代表作者本人|不代表本网观点|仅提供信息存储空间|(?i:copyright)`)},
		{newWordSet().words(1, copyrightWeak...), regexp.MustCompile(`主办单位[:：]|承办单位[:：]|主办[:：]|技术支持[:：]|联系我们|网站地图|免责声明`)},
	}
	lines := []string{"", "Copyright © 2023", "COPYRIGHT", "copyrigh", "cOpYrIgHt 2020", "ＣＯＰＹＲＩＧＨＴ",
		"字号：大 中 小", "字号 大", "点击数:12", "访问量：3", "【字体：大】", "技术支持：某公司", "技术支持", "icp备",
		"京ICP备12345号", "主办单位:市政府", "分享到：微信", "正文内容没有工具", "返回顶部"}
	for _, p := range pairs {
		for _, l := range lines {
			if got, want := p.lits.has(l, 1), p.re.MatchString(l); got != want {
				t.Errorf("%v.has(%q) = %v, pattern says %v", p.re, l, got, want)
			}
		}
	}
}
