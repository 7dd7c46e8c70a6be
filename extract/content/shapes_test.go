package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPageShapes checks invented pages of the shapes that general web pages
// around the press releases take (blogs, forums, portals, reprint sites):
// what reaches the text, what does not, and the metadata read beside it.
func TestPageShapes(t *testing.T) {
	tests := []struct {
		page      string
		with      []string
		without   []string
		title     string
		published string
		reason    string
	}{
		{
			// A blog's front page: the first of several posts, each under its own linked headline.
			page:      "blog-posts",
			with:      []string{"正赶上社区在小广场办安全生产月的宣传活动", "果然有点老化了"},
			without:   []string{"连着下了三天雨", "外婆说的方子", "评论(3)", "最新文章"},
			title:     "社区里的安全生产宣传日",
			published: "2019-06-16T09:12:00+08:00",
		},
		{
			// A short article beside a longer block of the site's statement.
			page:    "statement",
			with:    []string{"共检查用户860户", "讲解燃气泄漏的处置方法"},
			without: []string{"免责声明", "与本网联系", "不代表本网对其真实性负责", "版权归本网所有"},
			title:   "示例镇开展燃气安全入户检查",
		},
		{
			// An old forum thread: each post a layout table of a user card and a text cell.
			page: "forum-table",
			with: []string{"小区电梯年检后还是经常停", "把邻居家的老人关在里面二十多分钟",
				"门锁触点脏了", "这个必须让物业整改"},
			without:   []string{"积分", "帖子 20", "只看该作者", "回复 引用", "Powered by", "论坛首页"},
			published: "2015-09-12T20:31:00+08:00",
		},
		{
			// A news article with readers' comments under it: the page states its 来源 and 责任编辑.
			page:      "news-comments",
			with:      []string{"启动仪式在区文化广场举行", "接受群众咨询300余人次"},
			without:   []string{"楼道里堆的杂物", "灭火器体验挺有意思", "电动车进楼充电", "网友评论", "江边人", "赞(12)"},
			published: "2023-06-02T09:15:00+08:00",
		},
		{
			// Lyrics: short lines broken by <br>, without punctuation, beside a list of links.
			page:    "lyrics",
			with:    []string{"清晨推开那扇木窗", "照着回家的路", "听你唱那支歌谣"},
			without: []string{"热门歌曲", "排行榜第1名", "京ICP备"},
			title:   "故乡的月光",
		},
		{
			// Old blogs in Big5 and GB2312: a layout table, the post in short
			// lines of their own <div> or <p>, one long paragraph among them.
			page:      "big5-blog",
			with:      []string{"今天放假帶孩子去消防隊參觀", "搬家以後一直沒裝", "真的不能等"},
			without:   []string{"舊文章第1篇", "回應(2)"},
			title:     "帶孩子參觀消防隊",
			published: "2006-08-12T21:40:00+08:00",
		},
		{
			page:      "gb2312-blog",
			with:      []string{"周末社区搞安全生产宣传", "他听得很认真", "下个月还报名"},
			without:   []string{"旧文章第1篇", "评论(3)"},
			title:     "第一次当志愿者",
			published: "2006-08-12T21:40:00+08:00",
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
			if a.Reason != tt.reason {
				t.Errorf("Reason = %q, want %q", a.Reason, tt.reason)
			}
			for _, w := range tt.with {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range tt.without {
				if strings.Contains(a.Text, w) {
					t.Errorf("text keeps %q:\n%s", w, a.Text)
				}
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if tt.published != "" && a.Published != tt.published {
				t.Errorf("Published = %q, want %q", a.Published, tt.published)
			}
		})
	}
}
