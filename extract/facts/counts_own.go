package facts

import (
	"regexp"
	"strings"
)

// ownBodyRe starts a sentence whose subject is a local body: 县市场监管局…,
// 某县应急管理局…, 区政府…, 省质量办….
var ownBodyRe = regexp.MustCompile(`^(?:[省市县区州旗盟]|自治区|\p{Han}{1,6}?(?:省|市|县|区|州|旗|盟))\p{Han}{0,8}?(?:局|委|办|厅|政府)`)

// totalWordRe marks a count as a total: 共开展8项, 合计组织….
var totalWordRe = regexp.MustCompile(`共|合计|总计`)

// ownBodyTotal reports whether the activity count at offset at is a total
// stated by the page's own local body in a sentence that follows, in the same
// paragraph, the sentence naming the campaign (…“质量月”活动主题为…。县市场监管局
// 结合本地实际,共开展8项活动). A national body's total, or one body's share
// without a total word, is not the page's count.
func ownBodyTotal(d *doc, ms []campaignMention, at int, nationalPage bool) bool {
	i := d.sentenceIndex(at)
	if nationalPage || i < 1 {
		return false
	}
	prev, cur := d.spans()[i-1], d.spans()[i]
	if strings.Contains(d.text[prev.start:cur.start], "\n") {
		return false
	}
	named := false
	for _, m := range ms {
		named = named || m.start >= prev.start && m.start < prev.end
	}
	if !named {
		return false
	}
	subject := ownBodyRe.FindString(d.text[cur.start:at])
	if subject == "" || nationalBodyRe.MatchString(strings.ReplaceAll(subject, "市场", "")) {
		return false
	}
	return totalWordRe.MatchString(d.text[cur.start+len(subject) : at])
}
