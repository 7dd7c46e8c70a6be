package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/place"
)

// roundupRe marks a page that gathers the reports of several regions without
// bylines: 多地开展…, 各区县围绕…, 各地各部门…, a news agency's 综述.
var roundupRe = regexp.MustCompile(`多地|各地|各区县|各县区|各县市区|各县（市、区）|各市县|各市州|各市（州）|综述|巡礼|扫描|集锦`)

// reportsRe: verbs by which a block's first sentence reports an activity
// held, organised or shown (开展, 举办, 在…拉开帷幕, 展板…展示 …).
var reportsRe = regexp.MustCompile(`开展|举办|举行|启动|组织|召开|推出|走进|拉开帷幕|开幕|揭幕|启幕|演练|发放|宣讲|宣传|展示|展出|展览|培训|讲座|咨询|竞赛`)

// quoteMax is the longest quotation that opens a report as a name (“我的祖国
// 我的安全”系列活动启动…); a longer one is a remark (“…很实用。”某市民说).
const quoteMax = 20

// remark reports whether sentence s is a remark, not a report: it opens with
// a quotation longer than a name, or with a full stop inside (“…很实用。”某市民说).
func remark(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("“「『\"", r) {
		return false
	}
	end := strings.IndexAny(s[size:], "”」』\"")
	return end < 0 || utf8.RuneCountInString(s[size:size+end]) > quoteMax || strings.ContainsAny(s[size:size+end], "。！？!?")
}

// resolveFunc resolves the region of a piece of text; acting counts only the
// bodies that act, the venues and the residents (place.Input.ActingOnly).
type resolveFunc func(text string, acting bool) place.Result

// roundup is a round-up page split into its regional reports.
type roundup struct {
	parts []regionPart
	// lead is the region the lead names: the title and the blocks before the
	// first report (a national round-up's names none).
	lead place.Result
	// cue is the sentence that says the page is a round-up.
	cue string
}

// regionPart is one regional report of a round-up: the span its facts are
// read from and its region.
type regionPart struct {
	facts span
	place place.Result
}

// blockRegion is what a block says of its region.
type blockRegion struct {
	key      string       // the region below the nation, "" for none
	place    place.Result // that region
	national bool         // a national body acts in the block, no region does
	reports  bool         // the block's first sentence reports an activity
}

// regionKey is the region a block names, "" when none below the nation.
func regionKey(r place.Result) string {
	if r.Province == "" || r.Level == place.National || r.Province == place.NationalName {
		return ""
	}
	return r.Province + "|" + r.City + "|" + r.County
}

// regionOf reads the region of block b: the region its opening names (see
// openingRegion), else the region of its first sentence's acting body, venue
// or residents (——“…”启动仪式在上海东方绿舟拉开帷幕; 15日上午…吉林省公安、网信…),
// read after the item marker. The block reports an activity when its first
// sentence is no remark and has a verb of one (reportsRe) or a body acting in
// it (…浙江省应急管理厅设置展台，讲解…).
func regionOf(d *doc, b span, resolve resolveFunc) blockRegion {
	b = itemBody(d.text, b)
	first := d.text[b.start:min(b.end, d.sentenceEnd(b.start))]
	var out blockRegion
	var acting *place.Result
	actingIn := func() place.Result {
		if acting == nil {
			r := place.Result{}
			if strings.TrimSpace(first) != "" {
				r = resolve(first, true)
			}
			acting = &r
		}
		return *acting
	}
	if !remark(first) {
		out.reports = reportsRe.MatchString(first) || regionKey(actingIn()) != ""
	}
	if key, where := openingRegion(d, b, resolve); key != "" {
		out.key, out.place = key, resolve(d.text[where.start:where.end], false)
		return out
	}
	r := actingIn()
	out.key, out.place = regionKey(r), r
	out.national = r.Level == place.National
	return out
}

// openingRegion returns the region a block opens with and the words that name
// it: the first runes of the block's first or second clause (当天，平和县地震办…;
// 15日上午，在长春市文化广场…). Only the opening is read: later words of a
// report name the places it reaches and the bodies it works with (会同县应急管理局
// is 'together with the county's bureau', not 会同县).
func openingRegion(d *doc, b span, resolve resolveFunc) (string, span) {
	const window = 8
	end := min(b.end, d.sentenceEnd(b.start))
	at := b.start
	for clause := 0; clause < 2 && at < end; clause++ {
		stop, n := at, 0
		for i, r := range d.text[at:end] {
			if n == window || clauseBreakRe.MatchString(string(r)) {
				break
			}
			stop, n = at+i+utf8.RuneLen(r), n+1
		}
		if key := regionKey(resolve(d.text[at:stop], false)); key != "" {
			return key, span{at, stop}
		}
		next := clauseBreakRe.FindStringIndex(d.text[at:end])
		if next == nil {
			break
		}
		at += next[1]
	}
	return "", span{}
}

// clauseBreakRe ends a clause inside a sentence.
var clauseBreakRe = regexp.MustCompile(`[，,：:；;]`)

// regionParts splits a round-up page into one part per regional report. The
// first block is the lead (a headline, a news agency's dateline, an
// introduction), and so is every block after it that names the lead's region
// or none; then a block (paragraph, item, or run of sentences in one) that
// reports an activity of a region other than the current report's and the
// lead's starts a report, and blocks that name none, or the lead's region
// again (a closing sentence), continue it. A block where a national body
// acts ends the report: it and the blocks after it that name no region
// belong to no region's report. The lead belongs to the first report's facts
// but not to its place. It returns nil unless the title or lead says the page
// is a round-up and two regions report.
func regionParts(d *doc, title string, resolve resolveFunc) *roundup {
	blocks := textBlocks(d.text)
	if len(blocks) < 3 {
		return nil
	}
	cue := roundupRe.FindStringIndex(d.text[:blocks[1].end])
	if cue == nil && !roundupRe.MatchString(title) {
		return nil
	}
	var parts []regionPart
	keys := map[string]bool{}
	lead := regionKey(resolve(title+"\n"+d.text[blocks[0].start:blocks[0].end], false))
	current, open, firstAt := lead, true, 0
	for _, b := range blocks[1:] {
		r := regionOf(d, b, resolve)
		switch {
		case r.key != "" && r.key != current && r.key != lead && r.reports:
			from := b.start
			if len(parts) == 0 {
				from, firstAt = 0, b.start
			}
			parts = append(parts, regionPart{span{from, b.end}, r.place})
			current, open = r.key, true
			keys[r.key] = true
		case r.national && len(parts) > 0:
			current, open = place.NationalName, false
		case open && len(parts) > 0:
			parts[len(parts)-1].facts.end = b.end
		}
	}
	if len(keys) < 2 {
		return nil
	}
	ru := &roundup{parts: parts, lead: resolve(title+"\n"+d.text[:firstAt], false)}
	ru.cue = title
	if cue != nil {
		ru.cue = d.sentenceAt(cue[0])
	}
	return ru
}

// leadTheme reports whether only the first report of a digest, which holds
// the lead, states a theme: then the lead's theme is the page's.
func leadTheme(records []extract.Facts) bool {
	for _, r := range records[1:] {
		if r.Theme != nil {
			return false
		}
	}
	return true
}
