package facts

import (
	"regexp"
	"strings"
	"testing"
)

func TestEventDates(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  string
	}{
		{"month-day in the campaign year", "9月2日上午,某市召开2021年“质量月”活动部署会。", "", "2021-09-02"},
		{"range endpoints", "2022年全国知识产权宣传周活动于4月20日至26日在全国举行。", "", "2022-04-20 2022-04-26"},
		{"history is not an event", "我国的“质量月”活动始于1978年,原国家经委于1978年8月31日召开大会。2019年全国“质量月”活动9月12日举行座谈会。", "", "2019-09-12"},
		{"year unknown", "9月7日上午,县质监局举办“质量月”宣传活动。", "", ""},
		{"page stamp is no event", "2023-09-22 10:00 来源:市市场监管局\n9月18日,巴中市2023年全国“质量月”质量诚信宣传活动在巴人广场举行。", "", "2023-09-18"},
		{"labelled metadata", "发布时间:2024年10月18日\n2024年10月14日是第五十五个“世界标准日”,某区举办宣传活动。", "", "2024-10-14"},
		{"yesterday needs the page date", "在昨天的“质量月”启动仪式上,我市对获奖企业颁奖。", "2021-09-02", "2021-09-01"},
		{"yesterday without a page date", "在昨天的“质量月”启动仪式上,我市对获奖企业颁奖。", "", ""},
		{"dateline is no event", "湖南日报9月5日讯 9月3日,湖南省启动2021年湖南“质量月”活动。", "", "2021-09-03"},
		{"recurring day", "4月26日是世界知识产权日,我国将每年4月20日至26日定为知识产权宣传周。2024年全国知识产权宣传周活动4月20日启动。", "", "2024-04-20"},
		{"list of links is chrome", "9月1日,市政府分管领导发表“质量月”署名文章。\n- 2024年全国“质量月”活动安排来了(2024-08-21)\n- 关于开展2024年全国“质量月”活动的通知(2024-08-14)", "", ""},
		{"last year's day", "2023年“质量月”期间,9月5日举办启动仪式。去年9月1日,该局曾举办培训。", "", "2023-09-05"},
		{"a day defined inside the campaign's period", "2023年全国节能宣传周于7月10日至16日举行,7月12日为全国低碳日。", "", "2023-07-10 2023-07-12 2023-07-16"},
		{"a day defined outside the period", "2023年全国节能宣传周于7月10日至16日举行,6月5日为世界环境日。", "", "2023-07-10 2023-07-16"},
		{"a day defined inside a recurring period", "我国将每年9月1日至30日定为质量月,9月15日是质量开放日。2023年“质量月”9月2日启动。", "", "2023-09-02"},
		{"another day's ordinal definition is no event", "2023年全市“知识产权宣传周”于4月20日启动。4月26日是第二十三个“世界知识产权日”。", "", "2023-04-20"},
		{"another day held that day by a long subject", "2022年“知识产权宣传周”期间,4月26日是第22个世界知识产权日。当天,某某市某某县市场监督管理局与县文化广播电视和旅游局两家单位在县城广场联合开展集中宣传。", "", "2022-04-26"},
		{"the page's own day defined by its ordinal is", "2023年5月20日是第24个“世界计量日”,某市开展宣传。", "", "2023-05-20"},
		{"the day the news was learnt is no event", "3月10日,记者从某市市场监管局获悉,2024年“3·15”活动将于3月15日在中心广场举行。", "", "2024-03-15"},
		{"a defined day held that day", "2022年“安全生产月”期间,某县召开部署会。6月18日为全县“安全宣传咨询日”,当天各乡镇集中开展咨询活动。", "", "2022-06-18"},
		{"a defined day held the next sentence", "2021年“质量月”活动启动。9月15日是质量开放日。届时全市30家检测机构将向公众开放实验室。", "", "2021-09-15"},
		{"a defined day held simultaneously", "某省部署2024年“知识产权宣传周”活动,4月26日为世界知识产权日,全省各地将同步组织宣传活动。", "", "2024-04-26"},
		{"a defined day with nothing held", "2021年“质量月”活动启动。9月15日是质量开放日。该日设立于2015年。", "", ""},
		{"a recurring definition is no event even when held", "每年6月16日为“安全宣传咨询日”,当天各地开展咨询活动。", "2022-06-01", ""},
		{"ordinal day with year", "2024年5月20日是第25个“世界计量日”,市场监管总局发布主题。", "", "2024-05-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text, tt.published)
			if got := strings.Join(res.Facts.EventDates, " "); got != tt.want {
				t.Errorf("event_dates = %q, want %q", got, tt.want)
			}
			checkEvidence(t, tt.text, res.Facts)
		})
	}
}

// The patterns datelineAfter and definitionAfter replaced.
var (
	datelineRe   = regexp.MustCompile(`^\s*[)）]?\s*(?:电|讯|消息)`)
	definitionRe = regexp.MustCompile(`^\s*(?:是|为|定为)`)
)

// TestAfterDateMatchesPatterns checks the hand-written tests after a date
// and the windowed event-name pattern against the patterns over the rest
// of the text.
func TestAfterDateMatchesPatterns(t *testing.T) {
	texts := append(sharedTexts(t), randomTexts(10, 20000, 10, " \t\n)）电讯消息是为定为“”\"「」安全宣传日周月节活动\u3000")...)
	texts = append(texts, "讯", " ) 电", "）\n消息", "))电", "消", "  定为", "定", "\u3000是")
	eventName := regexp.MustCompile(eventNameRe.re.String())
	for _, text := range texts {
		for i := 0; i < len(text); i += 1 + len(text)/500 {
			s := text[i:]
			if got, want := datelineAfter(s), datelineRe.MatchString(s); got != want {
				t.Fatalf("datelineAfter(%q) = %v, pattern %v", s, got, want)
			}
			if got, want := definitionAfter(s), definitionRe.MatchString(s); got != want {
				t.Fatalf("definitionAfter(%q) = %v, pattern %v", s, got, want)
			}
			if got, want := eventNameRe.MatchString(s), eventName.MatchString(s); got != want {
				t.Fatalf("eventName over %q: windowed %v, pattern %v", s, got, want)
			}
		}
	}
}
