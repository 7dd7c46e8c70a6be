package content

import (
	"strings"
	"testing"
)

// threadPage builds a question page: an opening post of body, then a
// separate list of replies, each with a user card, a time and buttons.
func threadPage(body string, replies ...string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>请问质量月活动怎么报名</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/q">问答</a></div>
<h1>请问质量月活动怎么报名</h1>
<div class="question-content">` + body + `</div>
<ul class="reply-list">`)
	for i, r := range replies {
		b.WriteString(`<li class="reply-item"><div class="reply-user-title">网友` + string(rune('甲'+i)) +
			`</div><div class="reply-time">2024-05-1` + string(rune('1'+i)) + ` 09:42 发布</div>` +
			`<div class="reply-content"><p>` + r + `</p></div><div class="reply-actions">点赞 评论 举报</div></li>`)
	}
	b.WriteString(`</ul><div class="footer">版权所有 某某论坛</div></body></html>`)
	return b.String()
}

func TestThreadReplies(t *testing.T) {
	short := `<p>今年的质量月活动在哪里报名？单位想组织职工参加，需要准备哪些材料，有没有截止日期？</p>`
	long := strings.Repeat(`<p>市场监管局今天召开质量月活动动员会，部署全市质量提升行动，要求各部门落实责任，加强质量安全监管，推动企业提升产品质量水平。</p>`, 12)
	tests := []struct {
		name    string
		page    string
		want    []string // lines the text must hold
		wantNot []string // lines it must not hold
	}{
		{"question with replies", threadPage(short, "在市场监管局网站报名，下周截止。", "需要营业执照复印件。", "谢谢"),
			[]string{"请问质量月活动怎么报名", "今年的质量月活动在哪里报名？", "在市场监管局网站报名，下周截止。", "需要营业执照复印件。"},
			[]string{"网友甲", "点赞 评论 举报", "2024-05-11 09:42 发布"}},
		{"one reply is no list", threadPage(short, "在市场监管局网站报名，下周截止。"),
			[]string{"今年的质量月活动在哪里报名？"}, []string{"在市场监管局网站报名，下周截止。"}},
		{"comments under an article", threadPage(long, "写得好，支持质量月。", "我们单位也在组织。", "点赞。"),
			[]string{"市场监管局今天召开质量月活动动员会"}, []string{"写得好，支持质量月。", "我们单位也在组织。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractHTML([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.want {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.wantNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q:\n%s", s, a.Text)
				}
			}
		})
	}
}

func TestIsPostChrome(t *testing.T) {
	tests := []struct {
		html string
		want bool
	}{
		{`<div class="comment-user-title">x</div>`, true},
		{`<div class="floor-id">x</div>`, true},
		{`<div class="qqcom-article-cell-info-title">x</div>`, true},
		{`<span class="comment-time">x</span>`, true},
		{`<div class="comment-user-info">x</div>`, false},
		{`<div class="rich-text-content-wrap comment-comment">x</div>`, false},
		{`<div class="post-content">x</div>`, false},
		{`<div>x</div>`, false},
	}
	for _, tt := range tests {
		if got := isPostChrome(parseFragment(t, tt.html)); got != tt.want {
			t.Errorf("isPostChrome(%s) = %v, want %v", tt.html, got, tt.want)
		}
	}
}
