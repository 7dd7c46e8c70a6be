package facts

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// campaignSuffix ends the name of a campaign: 宣传周, 开放日, 月, 日.
const campaignSuffix = `(?:宣传周|宣传月|宣传日|活动周|活动月|活动日|主题日|开放日|周|月|日)`

// campaignTrail follows a named campaign: 活动, 主场活动, 启动, 期间.
const campaignTrail = `(?:主场活动|系列活动|主题活动|宣传活动|活动|启动|期间)`

var (
	// headedCampaignRe finds a campaign the data file does not know, named
	// after a year or an ordinal: 2022年科技周, 2025年全国“科普日”活动,
	// 第30个全国爱眼日. Scopes other than 全国 are not part of the name, nor
	// is 全国 before a quoted name (全国“科普日”).
	// A match starts at 第 or at the year, four bytes before 年.
	headedCampaignRe = newStartsAt(`(?:(?:19|20)\d\d年|第[0-9一二三四五六七八九十百]{1,4}个)(?:(?:全省|全市|全区|全县|全州|全国)?[“「]|全省|全市|全区|全县|全州)?(\p{Han}{2,8}?`+
		campaignSuffix+`)[”」]?(`+campaignTrail+`)?`, yearOrOrdinal, startLit{"第", 0}, startLit{"年", 4})
	// quotedCampaignRe finds a quoted campaign name followed by its activity:
	// 开展“爱耳日”主题活动, “消防宣传月”启动. A match starts at its quote.
	quotedCampaignRe = newStartsAt(`[“「](\p{Han}{2,8}?`+campaignSuffix+`)[”」]`+campaignTrail, closedQuote, startLit{"“", 0}, startLit{"「", 0})
)

// otherLits are the literals the patterns of otherCampaign start at, each
// once: mentionsSpots notes where the text writes them.
var otherLits = collectLits(headedCampaignRe, quotedCampaignRe)

// collectLits returns the distinct literals of patterns and sets each
// pattern's litIDs to their indexes.
func collectLits(patterns ...*startsAt) []string {
	var lits []string
	for _, p := range patterns {
		p.litIDs = nil
		for _, l := range p.lits {
			id := slices.Index(lits, l.lit)
			if id < 0 {
				id, lits = len(lits), append(lits, l.lit)
			}
			p.litIDs = append(p.litIDs, id)
		}
	}
	return lits
}

// yearOrOrdinal reports whether window starts with 第 or a year
// ((19|20)\d\d), as headedCampaignRe's matches do.
func yearOrOrdinal(w string) bool {
	return strings.HasPrefix(w, "第") ||
		len(w) >= 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') && isASCIIDigit(w[2]) && isASCIIDigit(w[3])
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// closedQuote reports whether window holds a closing quote (” or 」), as
// quotedCampaignRe's matches do.
func closedQuote(w string) bool { return strings.Contains(w, "”") || strings.Contains(w, "」") }

// campaignLikeRe is the shape of a quoted campaign name: a compound suffix
// (燃气安全宣传月, 特种设备安全日) or a national scope (全国…日); a bare
// 日 or 月 after any words (“过军事日”) is not enough.
var campaignLikeRe = regexp.MustCompile(`^(?:全国|世界|国际|中国|全民).+|(?:宣传|活动|主题|开放|安全|教育|科普|咨询|服务|科技|法治)` + campaignSuffix + `$`)

// otherCampaign returns the first campaign named in src that the data file
// does not know, where it starts, and the year written before it (0 for an
// ordinal or a quote). After an ordinal in running text the name must be
// followed by its activities or be quoted.
func otherCampaign(src string, isTitle bool) (name string, at, year int) {
	return otherCampaignSpots(src, isTitle, nil, false)
}

// otherCampaignSpots is otherCampaign that, when all is set, takes the
// places of the patterns' literals in src from spots (see findAllSpots).
func otherCampaignSpots(src string, isTitle bool, spots []spot, all bool) (name string, at, year int) {
	found := false
	headedCampaignRe.findAllSpots(src, spots, all, func(m []int) bool {
		name = src[m[2]:m[3]]
		quoted := m[2] > m[0] && quoteBefore(src, m[2])
		year = 0
		if strings.Contains(src[m[0]:m[2]], "年") {
			year, _ = ParseNumber(src[m[0] : m[0]+4])
		}
		if !plausibleCampaign(name) || !isTitle && year == 0 && m[4] < 0 && !quoted {
			return true
		}
		at, found = m[0], true
		return false
	})
	if found {
		return name, at, year
	}
	quotedCampaignRe.findAllSpots(src, spots, all, func(m []int) bool {
		if name = src[m[2]:m[3]]; plausibleCampaign(name) && campaignLikeRe.MatchString(name) {
			at, found = m[0], true
			return false
		}
		return true
	})
	if found {
		return name, at, 0
	}
	return "", -1, 0
}

// plausibleCampaign rejects names that are times or places rather than
// campaigns: 本月, 上半月, 同日, 全市月.
func plausibleCampaign(name string) bool {
	rs := []rune(name)
	core := string(rs[:len(rs)-1])
	return !strings.ContainsAny(core, "年月日上下本今去明当同次每前后") && !strings.HasPrefix(name, "全市") &&
		!strings.HasPrefix(name, "全省") && !strings.HasSuffix(name, "黄金周")
}

// otherMentions finds where a campaign not in the data file is named in
// text: as written, or without 全国 (全国科普日, 科普日).
func otherMentions(name, text string) []campaignMention {
	forms := []string{name}
	if core := strings.TrimPrefix(name, "全国"); core != name && utf8.RuneCountInString(core) >= 3 {
		forms = append(forms, core)
	}
	var out []campaignMention
	for i := 0; i < len(text); {
		found := false
		for _, f := range forms {
			if strings.HasPrefix(text[i:], f) {
				out = append(out, campaignMention{-1, i, i + len(f)})
				i += len(f)
				found = true
				break
			}
		}
		if !found {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
	return out
}
