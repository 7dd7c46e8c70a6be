package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract"
)

// Department names: the co-organising bodies a page lists, read from the
// sentence the department count came from (省市场监管局联合省委宣传部、
// 省教育厅等18个部门开展…) or, when the page gives no count, from a sentence
// that says bodies organise something together (由…共同主办, …联合开展).

// deptListEndRe closes a list of co-organisers: 等18个部门, 等八部门, 共同主办.
var deptListEndRe = regexp.MustCompile(`(?:等(?:[0-9０-９零一二两三四五六七八九十百]+(?:个|家)?)?(?:部门|单位|成员单位|委办局)|(?:共同|联合)(?:主办|举办|开展|组织|发起|印发|启动|承办)|主办|承办)`)

// deptJoinRe opens the list: the word before the first co-organiser.
var deptJoinRe = regexp.MustCompile(`(?:联合|会同|携手|协同|由|与|和|同)`)

// deptSplitRe separates the names of a list; deptAndRe joins the last two.
var (
	deptSplitRe = regexp.MustCompile(`[、，,；]`)
	deptAndRe   = regexp.MustCompile(`以及|及|和|与`)
	// deptLeadRe ends the words before a list's first name (活动由…, 记者从…).
	deptLeadRe = regexp.MustCompile(`^[^、，,]*?(?:由|记者从)`)
)

// deptSuffixes end the name of a body.
var deptSuffixes = []string{
	"委员会", "办公室", "委", "办", "局", "厅", "部", "署", "院", "会", "中心", "总队", "支队", "大队",
	"公司", "集团", "银行", "站", "所", "队", "社", "联", "协", "台", "处", "科", "协会", "学会", "商会", "联合会",
}

// maxDeptRunes bounds the length of one name (省市场监督管理局 is 8).
const maxDeptRunes = 20

// findDepartments returns the departments listed in the department-count
// sentence countSentence, or else in the first sentence of [from, to) that
// lists bodies organising together; nil when none lists two or more.
func findDepartments(d *doc, from, to int, countSentence string) []extract.Department {
	if countSentence != "" {
		if names := departmentList(countSentence); len(names) > 0 {
			return withEvidence(names, countSentence)
		}
	}
	for _, sp := range d.spans() {
		if sp.start < from || sp.end > to {
			continue
		}
		s := d.text[sp.start:sp.end]
		if names := departmentList(s); len(names) >= 2 {
			return withEvidence(names, strings.TrimSpace(s))
		}
	}
	return nil
}

func withEvidence(names []string, sentence string) []extract.Department {
	out := make([]extract.Department, len(names))
	for i, n := range names {
		out[i] = extract.Department{Name: n, Evidence: sentence}
	}
	return out
}

// departmentList reads the names of a co-organiser list in sentence: the
// text between the opening word and the closing 等N个部门 or 共同主办, split
// at 、 and ， and kept only when every part is the name of a body. The body
// before the opening word (省市场监管局联合…) leads the list.
func departmentList(sentence string) []string {
	end := deptListEndRe.FindStringIndex(sentence)
	if end == nil {
		return nil
	}
	head := sentence[:end[0]]
	if i := strings.LastIndexAny(head, "：:（(。"); i >= 0 {
		head = head[i+1:]
	}
	if rest, ok := afterLastComma(head); ok && splitDepartments(head) == nil {
		head = rest // a clause before the list: 今年9月，…
	}
	for _, m := range deptJoinRe.FindAllStringIndex(head, -1) {
		names := splitDepartments(head[m[1]:])
		if names == nil {
			continue
		}
		lead := strings.TrimSpace(head[:m[0]])
		if rest, ok := afterLastComma(lead); ok {
			lead = rest
		}
		lead = deptLeadRe.ReplaceAllString(lead, "")
		if isDepartmentName(lead) && !slices.Contains(names, lead) {
			names = append([]string{lead}, names...)
		}
		return names
	}
	return splitDepartments(head)
}

// splitDepartments splits a list at 、 and ， (and a part at 和, 及, 与 when
// both sides are names: 住房和城乡建设厅 is one) and returns its names, or
// nil when a part is not a body's name.
func splitDepartments(list string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for i, part := range deptSplitRe.Split(list, -1) {
		part = strings.Trim(strings.TrimSpace(part), "“”\"'《》")
		if i == 0 {
			part = deptLeadRe.ReplaceAllString(part, "")
		}
		if part == "" {
			continue
		}
		if subs := deptAndRe.Split(part, -1); len(subs) > 1 && all(subs, isDepartmentName) {
			for _, sub := range subs {
				add(sub)
			}
			continue
		}
		if !isDepartmentName(part) {
			return nil
		}
		add(part)
	}
	return out
}

// isDepartmentName reports whether s reads as the name of a body: short,
// all Han (a digit or a Latin letter is no office), ending in an office word.
func isDepartmentName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxDeptRunes || strings.Contains(s, "联合") || strings.Contains(s, "会同") {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	for _, suf := range deptSuffixes {
		if strings.HasSuffix(s, suf) && n > utf8.RuneCountInString(suf) {
			return true
		}
	}
	return false
}

// afterLastComma returns what follows the last comma of s.
func afterLastComma(s string) (string, bool) {
	i, w := strings.LastIndex(s, "，"), len("，")
	if j := strings.LastIndex(s, ","); j > i {
		i, w = j, 1
	}
	if i < 0 {
		return s, false
	}
	return s[i+w:], true
}

func all(ss []string, ok func(string) bool) bool {
	for _, s := range ss {
		if !ok(s) {
			return false
		}
	}
	return true
}
