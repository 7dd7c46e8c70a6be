package facts

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// themeRes find a quoted theme with the words that announce it.
	themeRes = []*regexp.Regexp{
		// 主题是“…”, 主题为“…”, 中国主题正式确定为“…”, 主题——“…”, 主题“…”,
		// 活动主题，是“…”
		regexp.MustCompile(`主题[，,]?(?:是|为|确定为|正式确定为|定为)?\s*[:：—\-]*\s*[“「『"]([^”」』"\n]{2,60})[”」』"]`),
		// 以“…”为主题, 以“…”为年度主题, 以“…”为今年活动主题, 是“…”为主题的第21个…
		regexp.MustCompile(`[“「『"]([^”」』"\n]{2,60})[”」』"](?:[“「『"][^”」』"\n]{2,60}[”」』"])*\s*为(?:今年|本次|此次|本届)?(?:年度|年|活动|宣传|宣传周|宣传月)?主题`),
		// 围绕“…”主题, 紧扣“…”主题, “…”这一主题, “…”的年度主题, 以“…”主题的…,
		// 围绕“…”活动主题, “…”主题在…开展 — but not “…”主题活动
		regexp.MustCompile(`[“「『"]([^”」』"\n]{2,60})[”」』"](?:[、，,]?[“「『"][^”」』"\n]{2,60}[”」』"])*\s*(?:的|这一|这个)?(?:年度|活动|宣传)?主题(?:[^\p{Han}]|的|$|[在开举组])`),
	}
	// themeColonRe reads an unquoted theme after a colon, up to the end of the
	// sentence or line: 活动主题：质量第一 安全至上。
	// A quoted word may sit inside: 主题为：推动“三个转变”，建设质量强国。
	themeColonRe = regexp.MustCompile(`主题(?:是|为)?\s*[:：]\s*([^“「\n。；;!！?？:：][^\n。；;!！?？:：]{3,29})(?:[。；;!！?？]|\n|$)`)
	// themeHeadingRe is a line that announces the theme on the next line.
	themeHeadingRe = regexp.MustCompile(`^(?:今年|活动|中国|全球|国际)?(?:中文|特别)?主题\s*[:：]?$`)
	// globalLabelRe marks the global theme of an international day, which yields
	// to the Chinese one.
	globalLabelRe = regexp.MustCompile(`全球|国际`)
)

type themeCandidate struct {
	theme  string
	at     int
	global bool
}

// findTheme returns the campaign's theme and the sentence it was read from:
// the first theme announced in the text, preferring a Chinese theme to the
// global theme of an international day. A quoted name that reject refuses
// (the campaign's own name: “世界标准日”主题“标准保护地球”) is no candidate.
func findTheme(d *doc, from, to int, reject func(string) bool) (string, string) {
	var cands []themeCandidate
	text := d.text[from:to]
	for _, re := range themeRes {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			at := from + m[0]
			theme := strings.TrimSpace(text[m[2]:m[3]])
			if !hasHan(theme) || len([]rune(theme)) < 4 || reject(theme) {
				continue
			}
			label := d.text[max(d.sentenceStart(at), at-18) : from+m[2]]
			cands = append(cands, themeCandidate{theme, at, globalLabelRe.MatchString(label) && !strings.Contains(label, "中国")})
		}
	}
	lines := strings.Split(text, "\n")
	off := from
	for i, l := range lines {
		if themeHeadingRe.MatchString(strings.TrimSpace(l)) {
			if next, at := nextLine(lines, i, off+len(l)+1); next != "" && hasHan(next) && len([]rune(next)) <= 40 {
				cands = append(cands, themeCandidate{next, at, globalLabelRe.MatchString(l)})
			}
		}
		off += len(l) + 1
	}
	if len(cands) == 0 {
		for _, m := range themeColonRe.FindAllStringSubmatchIndex(text, -1) {
			if theme := strings.TrimSpace(text[m[2]:m[3]]); hasHan(theme) && strings.Count(theme, "，")+strings.Count(theme, ",") <= 1 {
				label := d.text[max(d.sentenceStart(from+m[0]), from+m[0]-18) : from+m[2]]
				cands = append(cands, themeCandidate{theme, from + m[0], globalLabelRe.MatchString(label) && !strings.Contains(label, "中国")})
			}
		}
	}
	var best *themeCandidate
	anyLocal := false
	for _, c := range cands {
		anyLocal = anyLocal || !c.global
	}
	for i := range cands {
		c := &cands[i]
		if anyLocal && c.global {
			continue
		}
		if best == nil || c.at < best.at {
			best = c
		}
	}
	if best == nil {
		return "", ""
	}
	return best.theme, d.sentenceAt(best.at)
}

// nextLine returns the next non-empty line after lines[i] and its offset.
func nextLine(lines []string, i, off int) (string, int) {
	for j := i + 1; j < len(lines); j++ {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return t, off
		}
		off += len(lines[j]) + 1
	}
	return "", off
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
