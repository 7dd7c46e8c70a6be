package facts

import (
	"regexp"
	"strings"
)

// procurementHeadRe: a headline naming a procurement document (…宣传品采购项目询价公告,
// 招标文件, 中标结果公示, 竞争性磋商公告): the procurement word comes shortly
// before the document word.
var procurementHeadRe = regexp.MustCompile(`(?:采购|询价|招标|投标|竞价|比选|中标|成交|磋商|遴选)\p{Han}{0,8}(?:公告|公示|通知|文件)`)

// procurementMarks are the headings of a procurement notice's body; a page
// holding several of them is a notice, not a report that mentions a purchase.
var procurementMarks = []string{"采购预算", "预算金额", "最高限价", "供应商资格", "响应文件", "投标文件", "报价", "开标", "采购内容", "采购需求", "采购方式", "成交供应商", "中标供应商"}

// isProcurement reports whether a page is a procurement or tender notice: its
// headline (the title, or else the first line of text) names one, or its text
// is built from three or more procurement headings.
func isProcurement(title, text string) bool {
	head := strings.TrimSpace(title)
	if head == "" {
		head = firstLine(text)
	}
	if procurementHeadRe.MatchString(head) {
		return true
	}
	hits := 0
	for _, m := range procurementMarks {
		if strings.Contains(text, m) {
			hits++
		}
	}
	return hits >= 3
}

// firstLine returns the first non-empty line of text.
func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}
