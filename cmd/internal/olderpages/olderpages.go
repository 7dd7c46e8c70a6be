// Package olderpages invents the second benchmark input of the speed work:
// older general web pages, built deterministically from a seed, in three
// shapes — a long blog template with sidebars, a portal front page of many
// link blocks with a comment area, a table-layout forum thread — a quarter
// of them encoded as GBK with a <meta charset> saying so. None of the text is
// copied from anywhere: sentences are assembled from the invented phrase
// lists below. cmd/ccorpus's BenchmarkPipeline and cmd/refbench read them.
package olderpages

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/ccorpus/ccorpus/extract"
)

var (
	olderSubjects = []string{"本站编辑", "社区志愿者", "街道办事处", "老王", "网友小李", "镇文化站", "质监所", "学校老师"}
	olderVerbs    = []string{"组织了", "参加了", "报道了", "讨论了", "总结了", "回顾了", "筹备了", "记录了"}
	olderObjects  = []string{"一次读书会", "秋季运动会", "安全知识讲座", "邻里节活动", "书法比赛", "义诊服务", "旧物交换集市", "摄影展览"}
	olderTails    = []string{"大家反响热烈。", "现场气氛很好。", "照片见附件。", "欢迎转载。", "下次再聚。", "感谢各位支持！", "详情请看下文。", "有意见请留言。"}
	olderNav      = []string{"首页", "新闻", "论坛", "博客", "图片", "下载", "视频", "黄页", "招聘", "房产", "汽车", "旅游", "健康", "教育"}
)

// sentence returns one invented sentence.
func sentence(r *rand.Rand) string {
	return olderSubjects[r.IntN(len(olderSubjects))] + olderVerbs[r.IntN(len(olderVerbs))] +
		olderObjects[r.IntN(len(olderObjects))] + "，" + olderTails[r.IntN(len(olderTails))]
}

func paragraph(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(sentence(r))
	}
	return b.String()
}

func linkList(b *strings.Builder, r *rand.Rand, n int) {
	b.WriteString("<ul>")
	for i := range n {
		fmt.Fprintf(b, `<li><a href="/a/%d.html" target="_blank">%s</a></li>`, r.IntN(100000)+i, olderObjects[r.IntN(len(olderObjects))])
	}
	b.WriteString("</ul>")
}

func head(b *strings.Builder, title, charset string) {
	fmt.Fprintf(b, `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"/><title>%s</title>
<style type="text/css">body{font-size:12px}.side{float:right;width:200px}</style>
<script type="text/javascript">var _hmt=_hmt||[];document.write("<img src='/c.gif'>");</script></head>`, charset, title)
}

func nav(b *strings.Builder) {
	b.WriteString(`<div id="nav"><table width="960" border="0" cellpadding="0" cellspacing="0"><tr>`)
	for _, n := range olderNav {
		fmt.Fprintf(b, `<td><a href="/%s/">%s</a></td>`, n, n)
	}
	b.WriteString("</tr></table></div>")
}

// blogPage: a long post, a sidebar of archives, tags and links, comments.
func blogPage(r *rand.Rand, charset string) string {
	var b strings.Builder
	title := olderObjects[r.IntN(len(olderObjects))] + "小记"
	head(&b, title+" - 个人博客", charset)
	b.WriteString("<body>")
	nav(&b)
	b.WriteString(`<div id="wrap"><div class="side"><h3>文章归档</h3>`)
	linkList(&b, r, 24)
	b.WriteString(`<h3>标签</h3><p>`)
	for range 30 {
		fmt.Fprintf(&b, `<a href="/tag/%d">%s</a> `, r.IntN(999), olderNav[r.IntN(len(olderNav))])
	}
	b.WriteString(`</p><h3>友情链接</h3>`)
	linkList(&b, r, 16)
	fmt.Fprintf(&b, `</div><div class="post"><h2>%s</h2><div class="meta">发表于 20%02d-%02d-%02d %02d:%02d | 分类：生活随笔</div><div class="entry">`,
		title, 5+r.IntN(8), 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60))
	for range 12 + r.IntN(10) {
		fmt.Fprintf(&b, "<p>%s</p>\n", paragraph(r, 3+r.IntN(5)))
	}
	b.WriteString(`</div></div><div id="comments"><h3>网友评论</h3>`)
	for i := range 8 + r.IntN(12) {
		fmt.Fprintf(&b, `<div class="comment"><span class="who">网友%d</span> 说：<p>%s</p></div>`, i+1, paragraph(r, 1+r.IntN(2)))
	}
	b.WriteString(`</div></div><div id="footer">Copyright (C) 个人博客 版权所有 京ICP备00000000号</div></body></html>`)
	return b.String()
}

// portalPage: a front page of many link blocks in nested tables, a short
// lead story and a comment area.
func portalPage(r *rand.Rand, charset string) string {
	var b strings.Builder
	head(&b, "地方信息港 - 综合门户", charset)
	b.WriteString("<body>")
	nav(&b)
	b.WriteString(`<table width="960" align="center"><tr>`)
	for col := range 3 {
		b.WriteString(`<td valign="top" width="320">`)
		for blk := range 4 {
			fmt.Fprintf(&b, `<table class="box"><tr><td class="hd">%s</td></tr><tr><td>`, olderNav[(col*4+blk)%len(olderNav)])
			linkList(&b, r, 10+r.IntN(6))
			b.WriteString(`</td></tr></table>`)
		}
		b.WriteString(`</td>`)
	}
	fmt.Fprintf(&b, `</tr></table><div class="lead"><h1>%s</h1><p>%s</p><p>%s</p></div><div class="reply"><form action="/post" method="post"><textarea name="c"></textarea><input type="submit" value="发表评论"/></form>`,
		sentence(r), paragraph(r, 4), paragraph(r, 3))
	for i := range 10 {
		fmt.Fprintf(&b, `<dl><dt>第%d楼 游客</dt><dd>%s</dd></dl>`, i+1, paragraph(r, 1))
	}
	b.WriteString(`</div><div id="footer"><a href="/about">关于我们</a> | <a href="/ad">广告服务</a> | 联系电话：0000-0000000</div></body></html>`)
	return b.String()
}

// forumPage: a thread laid out in tables, one row per post, with the
// poster's profile column, signatures and quoted replies.
func forumPage(r *rand.Rand, charset string) string {
	var b strings.Builder
	title := "【讨论】" + olderObjects[r.IntN(len(olderObjects))] + "大家怎么看？"
	head(&b, title+" - 社区论坛", charset)
	b.WriteString(`<body bgcolor="#FFFFFF">`)
	nav(&b)
	fmt.Fprintf(&b, `<table width="98%%" border="1" cellspacing="0" cellpadding="4" class="tableborder"><tr class="header"><td colspan="2">%s</td></tr>`, title)
	for i := range 10 + r.IntN(15) {
		fmt.Fprintf(&b, `<tr><td width="160" valign="top" class="altbg1"><b>用户%d</b><br/>积分 %d<br/>帖子 %d<br/>注册 20%02d-%02d-%02d</td><td valign="top" class="altbg2"><div class="postinfo">%d# 发表于 20%02d-%02d-%02d</div>`,
			r.IntN(9000), r.IntN(5000), r.IntN(800), 3+r.IntN(8), 1+r.IntN(12), 1+r.IntN(28), i+1, 8+r.IntN(5), 1+r.IntN(12), 1+r.IntN(28))
		if i > 0 && r.IntN(3) == 0 {
			fmt.Fprintf(&b, `<div class="quote"><blockquote>引用：%s</blockquote></div>`, sentence(r))
		}
		fmt.Fprintf(&b, `<div class="t_msgfont">%s<br/><br/>%s</div><div class="signatures">%s</div></td></tr>`,
			paragraph(r, 1+r.IntN(6)), paragraph(r, r.IntN(3)), sentence(r))
	}
	b.WriteString(`</table><table width="98%"><tr><td>`)
	for i := range 20 {
		fmt.Fprintf(&b, `<a href="?page=%d">%d</a> `, i+1, i+1)
	}
	b.WriteString(`</td></tr></table><center>Powered by 论坛程序 (C) 2001-2010</center></body></html>`)
	return b.String()
}

// Pages returns n invented older web pages, the same for the same n:
// blogs, portals and table-layout forums in turn, every fourth one encoded
// as GBK (its <meta> says gbk; the others say utf-8).
func Pages(n int) []extract.Page {
	r := rand.New(rand.NewPCG(12, 2026))
	shapes := []func(*rand.Rand, string) string{blogPage, portalPage, forumPage}
	enc := simplifiedchinese.GBK.NewEncoder()
	out := make([]extract.Page, 0, n)
	for i := range n {
		gbk := i%4 == 3
		charset := "utf-8"
		if gbk {
			charset = "gbk"
		}
		raw := []byte(shapes[i%len(shapes)](r, charset))
		if gbk {
			b, err := enc.Bytes(raw)
			if err != nil {
				panic(fmt.Sprintf("olderpages: the invented text is GBK-encodable: %v", err))
			}
			raw = b
		}
		out = append(out, extract.Page{Source: fmt.Sprintf("older-%03d.html", i), Raw: raw, Kind: extract.KindHTML})
	}
	return out
}
