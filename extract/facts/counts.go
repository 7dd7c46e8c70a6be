package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize/literal"
)

const reNum = `(\d{1,3}|[一二两三四五六七八九十百零〇]{1,5})`

var (
	// deptCountRe: 等14个部门, 八部门, 21个省级部门, 16家单位, 31个厅局, 16部委, 14个部门(单位).
	// The level before the bodies is any administrative unit with 直 or 级:
	// 省直, 盟直, 旗直, 州直, 地直, 县级.
	deptCountRe = regexp.MustCompile(reNum + `\s*(?:个|家)?(?:中央|国家|[省市县区州盟旗地][直级]|省|市|县|区)?(?:有关|相关|成员|职能)?(?:部门|单位|厅局|部委|委办局|成员单位)(?:[（(]单位[）)])?`)
	// actCountRe: 12项活动, 5大系列45项…主题活动, 20项专项行动, 二十项系列活动.
	actCountRe = regexp.MustCompile(reNum + `\s*项(\p{Han}{0,10}?)(?:活动|行动)`)
	// approxBeforeRe precedes a count that is not exact: 近200项, 约20个, 超过30家.
	approxBeforeRe = regexp.MustCompile(`(近|约|超过|逾|第|每)\s*$`)
	// attendeeAfterRe follows a count of units whose people attended: 15个部门的代表.
	attendeeAfterRe = regexp.MustCompile(`^(?:的)?(?:代表|负责人|主要负责人|相关负责人|分管领导|工作人员|人员|干部)`)
	// actGroupCountRe: activities counted by groups: 分为三大类20项, 5个方面32项.
	actGroupCountRe = regexp.MustCompile(reNum + `\s*(?:大类|个方面|大方面|大板块|个板块|大系列|个系列|类)\s*` + reNum + `\s*项`)
	// actCountAfterRe: the count written after the activities: 开展主题活动45项.
	// After a comma a total word is needed: …等活动，共计5项.
	actCountAfterRe = regexp.MustCompile(`(?:活动|行动)(?:(?:[，,]\s*)?(?:共计|总计|合计|共)|共|总计|合计)?\s*` + reNum + `\s*项`)
	// actTotalRe: a total standing for itself: 共开展12项, 合计开展8项。
	actTotalRe = regexp.MustCompile(`(?:共计|总计|合计|共)(?:组织开展|开展|组织|举办|策划)?\s*` + reNum + `\s*项(?:[，,。；;]|$)`)
	// chainStartRe ends the words before a list of bodies (按照国家16部委, 由…等).
	chainStartRe = regexp.MustCompile(`.*(?:按照|根据|依据|遵照|由|经|在|,|，|:|：|（|\()`)
	// regionScopeRe says a sentence speaks of the page's whole region.
	regionScopeRe = regexp.MustCompile(`期间|全省|全市|全区|全县|全州|全旗|全盟|我省|我市|我区|我县|我州|我旗|本省|本市`)
	// nationalBodyRe marks a national body (市场监管总局, 国家发展改革委, 中央宣传部, 16部委).
	nationalBodyRe = regexp.MustCompile(`总局|国家|中央|国务院|部委|全国`)
	// localBodyRe marks a local body; 市场 is blanked out before matching.
	localBodyRe = regexp.MustCompile(`[省县州旗]|自治区|市|[^社地]区`)
)

// count is a department or activity count found in the text.
type count struct {
	n        int
	at       int // byte offset of the number
	national bool
}

// campaignNear reports whether a campaign is named in the sentence before
// offset at, or within the next 30 runes of the same sentence.
func campaignNear(d *doc, ms []campaignMention, at, end int) bool {
	sStart, sEnd := d.sentenceStart(at), d.sentenceEnd(at)
	limit := end
	for i := 0; i < 30 && limit < sEnd; i++ {
		_, size := utf8.DecodeRuneInString(d.text[limit:])
		limit += size
	}
	for _, m := range ms {
		if m.start >= sStart && m.start < at || m.start >= end && m.start < limit {
			return true
		}
	}
	return campaignRefRe.MatchString(d.before(at)) || activitySubjectRe.MatchString(d.before(at))
}

// activitySubjectRe starts a sentence whose subject is the campaign's
// activities: 活动由…会同21个部门, 今年活动分为…, 据介绍,此次活动共….
var activitySubjectRe = regexp.MustCompile(`^(?:据介绍|据了解|据悉)?[,，]?(?:今年|此次|本次|本届|今年的)?活动(?:由|分为|共|将|主要|围绕|以)`)

// continuesCampaign reports whether the sentence holding at follows a sentence
// naming the campaign and goes on about its activities (…“质量月”启动仪式在南京举行。
// 省质量办联合…等21个部门共同组织开展活动).
func continuesCampaign(d *doc, ms []campaignMention, at int) bool {
	i := d.sentenceIndex(at)
	if i < 1 {
		return false
	}
	prev, cur := d.spans()[i-1], d.spans()[i]
	if !strings.Contains(d.text[cur.start:cur.end], "活动") {
		return false
	}
	for _, m := range ms {
		if m.start >= prev.start && m.start < prev.end {
			return true
		}
	}
	return false
}

// quoteBefore reports whether an opening quote mark comes right before offset i.
func quoteBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	_, ok := quotePairs[r]
	return ok
}

// campaignRefRe refers back to the campaign without naming it: 活动期间,
// 此次宣传周活动, 本次活动.
var campaignRefRe = regexp.MustCompile(`期间|此次|本次|宣传周|宣传月|活动周`)

// departmentCounts returns the exact counts of organizing departments in
// [from, to): counts tied to the campaign in their sentence, not approximate,
// not mixed with companies. national marks counts of national bodies.
func departmentCounts(d *doc, ms []campaignMention, from, to int) []count {
	var out []count
	for _, m := range deptCountRe.FindAllStringSubmatchIndex(d.text[from:to], -1) {
		at, end, numEnd := from+m[0], from+m[1], from+m[3]
		n, ok := ParseNumber(d.text[at:numEnd])
		if !ok || n < 2 || n > 200 || digitBefore(d.text, at) || quoteBefore(d.text, at) ||
			approxBeforeRe.MatchString(d.before(at)) || attendeeAfterRe.MatchString(d.text[end:]) ||
			strings.HasSuffix(d.text[max(d.sentenceStart(at), at-6):at], "来自") {
			continue
		}
		if !campaignNear(d, ms, at, end) && !continuesCampaign(d, ms, at) {
			continue
		}
		out = append(out, count{n: n, at: at, national: isNationalChain(d, at)})
	}
	return out
}

// isNationalChain reports whether the bodies listed before a count at offset
// at (市场监管总局、中央宣传部等14个部门) are national rather than local.
func isNationalChain(d *doc, at int) bool {
	chain := chainStartRe.ReplaceAllString(d.before(at), "")
	chain = strings.ReplaceAll(chain, "市场", "")
	return nationalBodyRe.MatchString(chain) && !localBodyRe.MatchString(chain)
}

// activityCounts returns the exact counts of campaign activities in [from, to):
// the sentence must speak of the campaign, its period, the whole region or the
// joint organizers; subsets (其中…13项, 9项活动中) are not the count.
func activityCounts(d *doc, ms []campaignMention, from, to int, nationalPage bool) []count {
	var out []count
	type found struct {
		at, end, numStart, numEnd int
		gap                       string
	}
	var all []found
	for _, m := range actCountRe.FindAllStringSubmatchIndex(d.text[from:to], -1) {
		all = append(all, found{from + m[0], from + m[1], from + m[2], from + m[3], d.text[from+m[4] : from+m[5]]})
	}
	for _, m := range actCountAfterRe.FindAllStringSubmatchIndex(d.text[from:to], -1) {
		all = append(all, found{from + m[2], from + m[1], from + m[2], from + m[3], ""})
	}
	for _, m := range actTotalRe.FindAllStringSubmatchIndex(d.text[from:to], -1) {
		all = append(all, found{from + m[2], from + m[1], from + m[2], from + m[3], ""})
	}
	for _, m := range actGroupCountRe.FindAllStringSubmatchIndex(d.text[from:to], -1) {
		all = append(all, found{from + m[0], from + m[1], from + m[4], from + m[5], ""})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].at < all[j].at })
	for _, f := range all {
		at, end, numEnd := f.at, f.end, f.numEnd
		n, ok := ParseNumber(d.text[f.numStart:numEnd])
		if !ok || n < 2 || digitBefore(d.text, f.numStart) || quoteBefore(d.text, f.numStart) {
			continue // “十项行动” is a name, not a count
		}
		before := d.before(at)
		gap := f.gap
		if approxBeforeRe.MatchString(before) || strings.HasPrefix(d.text[numEnd:], "余") ||
			strings.HasPrefix(d.text[numEnd:], "多") || strings.HasPrefix(d.text[numEnd:], "项以上") ||
			strings.Contains(before, "其中") || strings.HasPrefix(d.text[end:], "中") || strings.Contains(gap, "等") {
			continue
		}
		if !campaignNear(d, ms, at, end) && !regionScopeRe.MatchString(before) && !deptCountRe.MatchString(before) &&
			!closesOwnList(d, before, at, nationalPage) && !ownBodyTotal(d, ms, at, nationalPage) {
			continue
		}
		out = append(out, count{n: n, at: at})
	}
	return out
}

// closesOwnList reports whether a count closes a list of quoted activities
// (“…”“…”等8项活动) of the page's own region: on a national page any such
// list; on a local page one whose sentence names no national body or scope.
func closesOwnList(d *doc, before string, at int, nationalPage bool) bool {
	if !strings.HasSuffix(before, "”等") && !strings.HasSuffix(before, "」等") {
		return false
	}
	return nationalPage || !nationalBodyRe.MatchString(d.sentenceAt(at))
}

// pickDepartmentCount chooses the page's own count: the first local one, or a
// national one when the page reports on the nation.
func pickDepartmentCount(cs []count, nationalPage bool) (count, bool) {
	for _, c := range cs {
		if !c.national {
			return c, true
		}
	}
	if nationalPage && len(cs) > 0 {
		return cs[0], true
	}
	return count{}, false
}

// selfLocalWords: the page speaks as a local body (我市, 本省): each
// character's words are it followed by one of its units.
var selfLocalWords = []struct{ lead, units string }{{"我", "省市区县州旗"}, {"本", "省市县"}}

// speaksAsLocal reports whether text holds one of selfLocalWords.
func speaksAsLocal(text string) bool {
	for _, w := range selfLocalWords {
		for i := 0; ; {
			j := literal.Index(text[i:], w.lead)
			if j < 0 {
				break
			}
			i += j + len(w.lead)
			if r, _ := utf8.DecodeRuneInString(text[i:]); strings.ContainsRune(w.units, r) {
				return true
			}
		}
	}
	return false
}
