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
