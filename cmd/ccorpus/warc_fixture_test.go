package main

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// writeTestWARCs writes files WARC files of perFile invented press releases
// each (campaign reports of several provinces, a few off-topic notices) and
// returns their paths in order.
func writeTestWARCs(t testing.TB, dir string, files, perFile int) []string {
	t.Helper()
	campaigns := []string{"安全生产月", "质量月", "消费者权益日", "食品安全宣传周"}
	provinces := []string{"河北省", "山东省", "江苏省", "浙江省", "湖南省", "四川省"}
	var paths []string
	for f := 0; f < files; f++ {
		w, err := crawler.NewWARCWriter(dir, fmt.Sprintf("fixture-%02d", f), 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < perFile; i++ {
			n := f*perFile + i
			c, p := campaigns[n%len(campaigns)], provinces[n/3%len(provinces)]
			url := fmt.Sprintf("https://www.gov%d.example.cn/news/t2024_%d.html", n%7, n)
			body := fmt.Sprintf(`<html><head><meta charset="utf-8"><title>%s2024年“%s”活动 第%d期</title></head><body>
<div class="content"><h1>%s2024年“%s”活动 第%d期</h1><p>发布时间：2024-%02d-%02d</p>
<p>%d月%d日，%s市场监督管理局联合%d个部门启动2024年“%s”活动，开展宣传咨询、隐患排查、应急演练等活动%d项。</p>
<p>活动期间，各地共发放宣传资料%d份，接受群众咨询%d人次。</p></div></body></html>`,
				p, c, n, p, c, n, n%12+1, n%28+1, n%12+1, n%28+1, p, n%9+2, c, n%5+2, 100+n, 20+n)
			if n%10 == 9 {
				body = fmt.Sprintf(`<html><head><meta charset="utf-8"><title>停车场维修通知 %d</title></head><body><p>因设备维修，机关停车场于本周六暂停开放。第%d号通知。</p></body></html>`, n, n)
			}
			resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
			_, _, err := w.Write(crawler.Exchange{URL: url, Date: time.Date(2024, 7, 1, 8, 0, n%60, 0, time.UTC),
				Request:  []byte("GET " + url + " HTTP/1.1\r\nHost: example.cn\r\n\r\n"),
				Response: []byte(resp), Payload: []byte(body)})
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for f := 0; f < files; f++ {
		m, _ := filepath.Glob(filepath.Join(dir, fmt.Sprintf("fixture-%02d-*.warc.gz", f)))
		if len(m) != 1 {
			t.Fatalf("fixture %d: files %v", f, m)
		}
		paths = append(paths, m[0])
	}
	return paths
}
