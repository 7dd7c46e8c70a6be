package storetest

import (
	"fmt"
	"time"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// TestPage builds an invented on-topic page numbered i with nrec records,
// its cells exercising quotes, commas, formula-like text and nulls.
func TestPage(i, nrec int, body string) store.Page {
	province, code := "河北省", "130000"
	doc := extract.Document{
		Source:  fmt.Sprintf("pages/%04d.html", i),
		URL:     extract.Str(fmt.Sprintf("http://www.example.gov.cn/art/2022/9/%d/art_%d.html", i%28+1, i)),
		Title:   extract.Str(fmt.Sprintf("全省2022年“质量月”活动启动 %d", i)),
		Script:  "simplified",
		Text:    fmt.Sprintf("今年9月，%s联合18个部门开展2022年全省“质量月”活动。%s", province, body),
		OnTopic: true,
	}
	doc.Facts = facts(province, code, i)
	for r := 0; r < nrec; r++ {
		doc.Records = append(doc.Records, facts(province, code, i+r))
	}
	if i%3 == 1 && len(doc.Records) > 0 {
		doc.Records[0].Province, doc.Records[0].ProvinceCode = nil, nil // nulls
		doc.Records[0].Theme = extract.Str("质量, \"强国\"\n建设")
	}
	doc.SpamRemoved = []string{}
	raw := fmt.Sprintf("<html><head><title>%s</title></head><body><p>%s</p></body></html>", *doc.Title, doc.Text)
	return store.Page{
		Source: doc.Source, URL: *doc.URL, Kind: extract.KindHTML, FetchedAt: time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC),
		Raw: []byte(raw), OriginalText: doc.Text, CleanCounts: map[string]int{"spam": 0}, Doc: doc,
	}
}

func facts(province, code string, i int) extract.Facts {
	campaign := "质量月"
	year := 2022
	f := extract.Facts{
		Campaign: &campaign, Year: &year, Level: extract.Str("province"),
		Province: &province, ProvinceCode: &code,
		EventDates:      []string{"2022-09-02"},
		DepartmentCount: extract.Int(18 + i%5),
		Activities:      []string{"提质强企", fmt.Sprintf("计量服务中小企业行%d", i), "=HYPERLINK(\"x\")"},
		Theme:           extract.Str("-推动质量变革创新 促进质量强国建设"),
		Evidence: map[string]string{"department_count": "联合省委宣传部、省发展改革委等18个部门开展活动。",
			"event_dates[2022-09-02]": "9月2日，全省“质量月”活动启动仪式举行。"},
		Departments: []extract.Department{{Name: "省委宣传部", Evidence: "联合省委宣传部、省发展改革委等18个部门开展活动。"},
			{Name: "省发展改革委", Evidence: "联合省委宣传部、省发展改革委等18个部门开展活动。"}},
		Events: []extract.Event{{Date: "2022-09-02", Label: extract.Str("启动仪式")}},
	}
	if i%2 == 1 { // lists the page does not name
		f.Departments, f.Events = nil, []extract.Event{{Date: "2022-09-02"}}
	}
	return f
}
