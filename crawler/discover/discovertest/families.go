package discovertest

import (
	"fmt"
	"strings"
)

// trsSite: TRS WCM, two sections in the navigation, createPageHTML pagers,
// ./202409/t20240915_1001.html articles.
func trsSite() *Site {
	s := newSite("trs.test")
	nav := `<a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xwzx/gzdt/index.html">工作动态</a><a href="/xwzx/tzgg/index.html">通知公告</a><a href="/hdjl/">互动交流</a>`
	s.add("/", homeHTML(nav, `<div class="focus"><a href="/xwzx/gzdt/202409/t20240915_1000.html">`+title(1000)+`</a></div>`, false))
	for _, sec := range []struct {
		dir, name string
		n, base   int
	}{{"gzdt", "工作动态", 40, 1000}, {"tzgg", "通知公告", 17, 2000}} {
		pages := paged(sec.n, 10)
		for pi, ids := range pages {
			var items []string
			for _, i := range ids {
				id := sec.base + i
				items = append(items, item(fmt.Sprintf("./202409/t202409%02d_%d.html", i%28+1, id), id))
				s.article(fmt.Sprintf("/xwzx/%s/202409/t202409%02d_%d.html", sec.dir, i%28+1, id), title(id), id, `<div class="TRS_Editor">`)
			}
			name := "index.html"
			if pi > 0 {
				name = fmt.Sprintf("index_%d.html", pi)
			}
			tail := fmt.Sprintf(`<div class="page"><script>createPageHTML(%d, %d, "index", "html");</script></div>`, len(pages), pi)
			s.add("/xwzx/"+sec.dir+"/"+name, listHTML(nav, sec.name, items, tail, false))
		}
	}
	return s
}

// hanwebSite: a Hanweb column whose records sit in a <script type="text/xml">
// store, 15 per page, pages reached by ?uid=UNIT&pageNum=N.
func hanwebSite() *Site {
	s := newSite("hanweb.test")
	nav := `<ul class="menu"><li><a href="/index.html">网站首页</a></li><li><a href="/col/col1201/index.html">部门动态</a></li><li><a href="/col/col1300/index.html">政策文件</a></li></ul>`
	s.add("/", homeHTML(nav, "", false))
	s.add("/index.html", homeHTML(nav, "", false))
	const total = 38
	pages := paged(total, 15)
	for pi, ids := range pages {
		var recs strings.Builder
		for _, i := range ids {
			id := 30000 + i
			path := fmt.Sprintf("/art/2024/9/%d/art_1201_%d.html", i%28+1, id)
			fmt.Fprintf(&recs, "<record><![CDATA[\n%s\n]]></record>\n", item(path, id))
			s.article(path, title(id), id, `<div id="zoom">`)
		}
		store := fmt.Sprintf(`<div id="4501"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=1201&unitid=4501&webname=test&permissiontype=0"></a>]]></nextgroup><recordset>
%s</recordset></datastore></script><script language="javascript" src="/module/web/jpage/jpage.js" url="/module/web/jpage/dataproxy.jsp" querydata="{columnid:1201,unitid:4501,webname:'test',permissiontype:0}" perpage:15></script><totalrecord>%d</totalrecord></div>`, recs.String(), total)
		body := listHTML(nav, "部门动态", nil, store, false)
		if pi == 0 {
			s.add("/col/col1201/index.html", body)
		}
		s.add(fmt.Sprintf("/col/col1201/index.html?pageNum=%d&uid=4501", pi+1), body)
	}
	s.add("/col/col1201/index.html?pageNum=4&uid=4501", listHTML(nav, "部门动态", nil, `<div id="4501"><script type="text/xml"><datastore><recordset></recordset></datastore></script></div>`, false))
	s.add("/col/col1300/index.html", listHTML(nav, "政策文件", []string{`<li><a href="/col/col1300/pdf.html">文件下载</a></li>`}, "", false))
	return s
}

// jiyueSite: a 集约化 platform list filled in by the unit API script, with
// the same list as plain HTML in <noscript> and 下一页 links to index_N.html.
func jiyueSite() *Site {
	s := newSite("jiyue.test")
	nav := `<nav><a href="/">首页</a><a href="/xwdt/index.html">新闻动态</a><a href="/zwfw/">政务服务</a></nav>`
	s.add("/", homeHTML(nav, "", false))
	pages := paged(25, 10)
	for pi, ids := range pages {
		var items []string
		for _, i := range ids {
			id := 500100 + i
			path := fmt.Sprintf("/xwdt/content/post_%d.html", id)
			items = append(items, item(path, id))
			s.article(path, title(id), id, `<div class="article-content">`)
		}
		pager := ""
		if pi+1 < len(pages) {
			pager = fmt.Sprintf(`<div class="page"><a href="/xwdt/index_%d.html">下一页</a></div>`, pi+2)
		}
		tail := fmt.Sprintf(`<div id="unit-list"></div><script>$.ajax({url: "/api-gateway/jpaas-publish-server/front/page/build/unit", data: {webId: "a1", pageId: "b2", paramJson: '{"pageNo":%d,"pageSize":10}'}, success: function (d) { $("#unit-list").html(d.data.html); }});</script>
<noscript><ul class="fallback">%s</ul>%s</noscript>`, pi+1, strings.Join(items, "\n"), pager)
		name := "/xwdt/index.html"
		if pi > 0 {
			name = fmt.Sprintf("/xwdt/index_%d.html", pi+1)
		}
		s.add(name, listHTML(nav, "新闻动态", nil, tail, false))
	}
	return s
}

// wordpressSite: ?page=N pagination and dated-folder slugs.
func wordpressSite() *Site {
	s := newSite("wp.test")
	nav := `<nav class="main-menu"><a href="/">首页</a><a href="/category/news/">新闻动态</a><a href="/about/">关于我们</a></nav>`
	s.add("/", homeHTML(nav, "", false))
	slugs := []string{"quality", "safety", "food", "consumer", "device", "metrology", "standard", "ip"}
	pages := paged(22, 8)
	for pi, ids := range pages {
		var items []string
		for _, i := range ids {
			id := 700 + i
			path := fmt.Sprintf("/2024/09/%02d/%s-campaign-%c.html", i%28+1, slugs[i%len(slugs)], 'a'+rune(i))
			items = append(items, item(path, id))
			s.article(path, title(id), id, `<div class="entry-content">`)
		}
		var pager strings.Builder
		pager.WriteString(`<div class="nav-links">`)
		for p := 1; p <= len(pages); p++ {
			href := "/category/news/"
			if p > 1 {
				href = fmt.Sprintf("/category/news/?page=%d", p)
			}
			fmt.Fprintf(&pager, `<a class="page-numbers" href="%s">%d</a>`, href, p)
		}
		if pi+1 < len(pages) {
			fmt.Fprintf(&pager, `<a class="next page-numbers" href="/category/news/?page=%d">下一页</a>`, pi+2)
		}
		pager.WriteString(`</div><aside><h3>归档</h3><a href="/2024/09/">2024年9月</a></aside>`)
		key := "/category/news/"
		if pi > 0 {
			key = fmt.Sprintf("/category/news/?page=%d", pi+1)
		}
		s.add(key, listHTML(nav, "新闻动态", items, pager.String(), false))
	}
	return s
}

// deepSite: 新闻中心 is a hub of three boxes (latest five, 更多 link); the
// lists are one level further down, paged by 下一页 links.
func deepSite() *Site {
	s := newSite("deep.test")
	nav := `<div class="menu"><a href="/">首页</a><a href="/xwzx/index.html">新闻中心</a><a href="/zwgk/index.html">政务公开</a></div>`
	s.add("/", homeHTML(nav, "", false))
	var hub strings.Builder
	for si, sec := range []struct {
		dir, name string
		n         int
	}{{"gzdt", "工作动态", 12}, {"bmdt", "部门动态", 9}, {"jcdt", "基层动态", 7}} {
		pages := paged(sec.n, 5)
		fmt.Fprintf(&hub, `<div class="box"><div class="box-title"><h3>%s</h3><a class="more" href="/xwzx/%s/">更多&gt;&gt;</a></div><ul>`, sec.name, sec.dir)
		for pi, ids := range pages {
			var items []string
			for _, i := range ids {
				id := 9000 + si*100 + i
				path := fmt.Sprintf("/xwzx/%s/content_%d.html", sec.dir, id)
				items = append(items, item(path, id))
				s.article(path, title(id), id, `<div class="detail-text">`)
				if pi == 0 {
					hub.WriteString(item(path, id))
				}
			}
			pager := ""
			if pi+1 < len(pages) {
				pager = fmt.Sprintf(`<div class="pager"><a href="/xwzx/%s/list_%d.html">下一页</a></div>`, sec.dir, pi+2)
			}
			key := "/xwzx/" + sec.dir + "/"
			if pi > 0 {
				key = fmt.Sprintf("/xwzx/%s/list_%d.html", sec.dir, pi+1)
			}
			s.add(key, listHTML(nav, sec.name, items, pager, false))
		}
		hub.WriteString("</ul></div>")
	}
	s.add("/xwzx/index.html", listHTML(nav, "新闻中心", nil, hub.String(), false))
	return s
}

// sitemapSite: no news section in the navigation; robots.txt names a
// sitemap index whose news sitemap lists the articles.
func sitemapSite() *Site {
	s := newSite("sitemap.test")
	s.robots += "Sitemap: http://sitemap.test/sitemap_index.xml\n"
	nav := `<a href="/">首页</a><a href="/about.html">机构概况</a><a href="/guide.html">办事指南</a>`
	s.add("/", homeHTML(nav, "", false))
	var urls strings.Builder
	for i := 0; i < 15; i++ {
		id := 12340 + i
		path := fmt.Sprintf("/info/2024/09%02d/%d.html", i%28+1, id)
		s.article(path, title(id), id, `<div class="content">`)
		fmt.Fprintf(&urls, "<url><loc>http://sitemap.test%s</loc><lastmod>%s</lastmod></url>\n", path, date(id))
	}
	s.add("/sitemap_index.xml", `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://sitemap.test/sitemap-pages.xml</loc></sitemap><sitemap><loc>http://sitemap.test/sitemap-news.xml</loc></sitemap></sitemapindex>`)
	s.add("/sitemap-pages.xml", `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://sitemap.test/about.html</loc></url><url><loc>http://sitemap.test/guide.html</loc></url></urlset>`)
	s.add("/sitemap-news.xml", `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+urls.String()+`</urlset>`)
	return s
}

// jsSite: the news section exists, but its list is only built by a script.
func jsSite() *Site {
	s := newSite("js.test")
	nav := `<div class="nav"><a href="/">首页</a><a href="/gzdt/">工作动态</a></div>`
	s.add("/", homeHTML(nav, "", false))
	s.add("/gzdt/", `<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态</title></head><body><div id="app"></div>
<script src="/static/app.js"></script><script>fetch("/api/list?page=1").then(r => r.json()).then(render);</script></body></html>`)
	return s
}

// gbkSite: GBK pages served with a header that says UTF-8; dated folders
// and a numbered pager (list_2.html).
func gbkSite() *Site {
	s := newSite("gbk.test")
	s.gbk = true
	nav := `<a href="/">首页</a><a href="/zwdt/list.html">政务动态</a>`
	s.add("/", homeHTML(nav, "", true))
	pages := paged(14, 8)
	for pi, ids := range pages {
		var items []string
		for _, i := range ids {
			id := 4400 + i
			path := fmt.Sprintf("/zwdt/2024-09/%02d/%d.html", i%28+1, id)
			items = append(items, item(path, id))
			s.article(path, title(id), id, `<div class="wzcon">`)
		}
		pager := `<div class="pages"><a href="/zwdt/list.html">1</a><a href="/zwdt/list_2.html">2</a></div>`
		key := "/zwdt/list.html"
		if pi > 0 {
			key = "/zwdt/list_2.html"
		}
		s.add(key, listHTML(nav, "政务动态", items, pager, true))
	}
	return s
}

// redirectSite: the home page redirects to the portal's real home.
func redirectSite() *Site {
	s := newSite("redirect.test")
	s.redirect["/"] = "/portal/index.shtml"
	nav := `<a href="/portal/index.shtml">首页</a><a href="/portal/gzdt/index.shtml">工作动态</a>`
	s.add("/portal/index.shtml", homeHTML(nav, "", false))
	pages := paged(18, 10)
	for pi, ids := range pages {
		var items []string
		for _, i := range ids {
			id := 77 + i
			items = append(items, item(fmt.Sprintf("./202409/t202409%02d_%d.shtml", i%28+1, id), id))
			s.article(fmt.Sprintf("/portal/gzdt/202409/t202409%02d_%d.shtml", i%28+1, id), title(id), id, `<div class="TRS_Editor">`)
		}
		name := "index.shtml"
		if pi > 0 {
			name = fmt.Sprintf("index_%d.shtml", pi)
		}
		tail := fmt.Sprintf(`<script>createPageHTML(%d, %d, "index", "shtml");</script>`, len(pages), pi)
		s.add("/portal/gzdt/"+name, listHTML(nav, "工作动态", items, tail, false))
	}
	return s
}

// blockedSite: robots.txt disallows every path to every crawler.
func blockedSite() *Site {
	s := newSite("blocked.test")
	s.robots = "User-agent: *\nDisallow: /\n"
	s.add("/", homeHTML(`<a href="/gzdt/">工作动态</a>`, "", false))
	return s
}
