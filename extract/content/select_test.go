package content

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

func TestSignature(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{`<div id="post_53876">x</div>`, `<div id="post_53885">y</div>`, true},
		{`<div class="reply">x</div>`, `<div class="reply">y</div>`, true},
		{`<div class="reply">x</div>`, `<div class="reply hot">y</div>`, false},
		{`<li>x</li>`, `<div>y</div>`, false},
	}
	for _, tt := range tests {
		got := signature(parseFragment(t, tt.a)) == signature(parseFragment(t, tt.b))
		if got != tt.same {
			t.Errorf("signature(%s) == signature(%s): %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestNameBonus(t *testing.T) {
	tests := []struct {
		html string
		want float64
	}{
		{`<div class="article-content">x</div>`, contentNameBonus},
		{`<div id="zoom">x</div>`, contentNameBonus},
		{`<div class="sidebar">x</div>`, 0},
		{`<div>x</div>`, 0},
	}
	for _, tt := range tests {
		if got := nameBonus(parseFragment(t, tt.html)); got != tt.want {
			t.Errorf("nameBonus(%s) = %v, want %v", tt.html, got, tt.want)
		}
	}
}

// TestSelectMain checks the choice of region on small pages: the densest
// prose wins over link lists, a CMS container wins when it holds the text,
// a lone paragraph widens to its siblings, and posts widen to their stream.
func TestSelectMain(t *testing.T) {
	para := func(s string) string { return "<p>" + s + "</p>" }
	prose := "示例市市场监督管理局在市民广场举办“质量月”主题宣传活动，向市民发放宣传资料，解答群众咨询。"
	toolbar := `<div class="toolbar">` + strings.Repeat(`<div><a href="#">回复本帖</a></div>`, 6) + `</div>`
	links := `<ul class="list">` + strings.Repeat(`<li><a href="/x">示例县召开安全生产月动员部署会</a></li>`, 8) + `</ul>`
	tests := []struct {
		name    string
		page    string
		wantVia string
		with    string
		without string
	}{
		{"density", `<div>` + links + `</div><div id="a">` + para(prose) + para(prose) + `</div>`, "density", prose, "动员部署会"},
		{"cms container", `<div class="TRS_Editor">` + para(prose) + para(prose) + `</div><div>` + para("另外，市民可拨打热线咨询。") + `</div>`, "cms", prose, "另外"},
		{"lone paragraph widens", `<div><p>新华社发（某某摄）</p>` + para(prose+prose+prose) + `<p>图为活动现场</p></div>`, "density", "图为活动现场", ""},
		{"cms container on a page of code", `<div class="article-content">` + strings.Repeat(para("安装依赖 npm i depcheck 检查依赖"), 6) + `</div><div class="tip">` + para("讨论应以学习为目的，欢迎发言。") + `</div>`, "cms", "安装依赖", "讨论"},
		{"stream of posts", `<div id="list">` + strings.Repeat(`<div class="post">`+para(prose)+toolbar+`</div>`, 3) + `</div>` + links, "stream", prose, "动员部署会"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			w := newWalker()
			w.walk(root, 0, false)
			w.markChrome()
			w.markTeasers()
			sel := selectMain(goquery.NewDocumentFromNode(root), w, "")
			if sel.via != tt.wantVia {
				t.Errorf("via = %q, want %q", sel.via, tt.wantVia)
			}
			text := strings.Join(render(w, sel, ""), "\n")
			if tt.with != "" && !strings.Contains(text, tt.with) {
				t.Errorf("text lacks %q:\n%s", tt.with, text)
			}
			if tt.without != "" && strings.Contains(text, tt.without) {
				t.Errorf("text keeps %q:\n%s", tt.without, text)
			}
		})
	}
}

func TestHintSelector(t *testing.T) {
	prose := "示例市市场监督管理局在市民广场举办“质量月”主题宣传活动，向市民发放宣传资料，解答群众咨询。"
	page := `<html><body><div id="big"><p>` + prose + prose + `</p></div><div id="mine"><span class="txt">本站指定的正文，内容较短。</span></div></body></html>`
	tests := []struct {
		selector string
		with     string
	}{
		{"#mine .txt", "本站指定的正文"},
		{"#mine", "本站指定的正文"},
		{"#nowhere", prose},
		{"div[[bad", prose},
	}
	for _, tt := range tests {
		a, err := ExtractHTML([]byte(page), Options{Selector: tt.selector})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, tt.with) {
			t.Errorf("selector %q: text %q lacks %q", tt.selector, a.Text, tt.with)
		}
	}
}
