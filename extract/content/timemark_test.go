package content

import "testing"

// TestPublishedShown checks the date shown beside the title: in a
// date-named element among other fields, and against <meta>.
func TestPublishedShown(t *testing.T) {
	body := `<p>4月7日，示例县应急管理局组织全县32家企业开展安全生产培训，讲解隐患排查的方法和应急预案的编制要求。</p>
<p>培训结束后，参训人员进行了闭卷考试，合格率达到百分之九十五。县应急管理局表示，今后将每季度组织一次此类培训，推动企业落实主体责任。</p>`
	page := func(head, info string) string {
		return `<html><head><meta charset="utf-8">` + head + `<title>示例县开展安全生产培训</title></head><body>
<h1>示例县开展安全生产培训</h1><div class="info">` + info + `</div><div class="content">` + body + `</div></body></html>`
	}
	tests := []struct {
		name, html, want, from string
	}{
		{"span.time among fields", page("", `<span class="src">示例日报</span> <span class="time">2013-04-08</span> <span class="view">阅读 1234</span>`), "2013-04-08", "label"},
		{"em#pubtime with weekday", page("", `来自 示例网 <em id="pubtime">2013年04月08日 10:05</em> 点击 88`), "2013-04-08T10:05:00+08:00", "label"},
		{"time datetime", page("", `示例网 <time datetime="2013-04-08T10:05:00+08:00">昨天</time> 阅读 12`), "2013-04-08T10:05:00+08:00", "label"},
		{"update time is not the date", page("", `示例网 <span class="update-time">2014-01-01</span> 阅读 12`), "", ""},
		// meta and the page disagree on the day: the shown date wins.
		{"shown beats meta on another day", page(`<meta name="pubdate" content="2013-04-10 02:00:00">`, `发布时间：2013-04-08 10:05 来源：示例日报`), "2013-04-08T10:05:00+08:00", "label"},
		// same day: the more precise one.
		{"meta with time beats shown day", page(`<meta name="pubdate" content="2013-04-08 10:05:00">`, `<span class="time">2013-04-08</span> 阅读 12`), "2013-04-08T10:05:00+08:00", "meta"},
		{"shown time beats meta day", page(`<meta name="pubdate" content="2013-04-08">`, `<span class="date">2013-04-08 10:05</span> 阅读 12`), "2013-04-08T10:05:00+08:00", "label"},
		{"meta alone", page(`<meta name="pubdate" content="2013-04-10">`, `示例日报 阅读 12`), "2013-04-10", "meta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractHTML([]byte(tt.html), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tt.want || a.PublishedFrom != tt.from {
				t.Errorf("Published = %q (%s), want %q (%s)", a.Published, a.PublishedFrom, tt.want, tt.from)
			}
		})
	}
}
