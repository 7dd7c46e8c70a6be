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

// blockBreakRe ends a block inside a paragraph: a sentence closed by 。 and
// followed by white space, as when reports are run together in one paragraph.
var blockBreakRe = regexp.MustCompile(`[。！？][ 　\t]+`)

// regionPart is one regional report of a round-up: the span its facts are
// read from and the words that name its region.
type regionPart struct {
	facts, where span
}

// regionKey is the region a block names, "" when none below the nation.
func regionKey(r place.Result) string {
	if r.Province == "" || r.Level == place.National || r.Province == "全国" {
		return ""
	}
	return r.Province + "|" + r.City + "|" + r.County
}

// textBlocks splits text into blocks: paragraphs, and inside a paragraph the
// runs of sentences that white space after a full stop separates.
func textBlocks(text string) []span {
	var out []span
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start := off
		for _, m := range blockBreakRe.FindAllStringIndex(line, -1) {
			_, stop := utf8.DecodeRuneInString(line[m[0]:])
			out = append(out, span{start, off + m[0] + stop})
			start = off + m[1]
		}
		if strings.TrimSpace(text[start:off+len(line)]) != "" {
			out = append(out, span{start, off + len(line)})
		}
		off += len(line)
	}
	return out
}

// openingRegion returns the region a block opens with and the words that name
// it: the first runes of the block's first or second clause (当天，平和县地震办…;
// 15日上午，在长春市文化广场…). Only the opening is read: later words of a
// report name the places it reaches and the bodies it works with (会同县应急管理局
// is 'together with the county's bureau', not 会同县).
func openingRegion(d *doc, b span, resolve func(string) place.Result) (string, span) {
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
		if key := regionKey(resolve(d.text[at:stop])); key != "" {
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
// introduction), and so is every block after it that opens with the lead's
// region or none; then a block (paragraph, or run of sentences in one) that
// opens with a region other than the current report's and the lead's starts a
// report, and blocks that open with none, or with the lead's region again (a
// closing sentence), continue it. The lead belongs to the first report's facts
// but not to its place. It returns nil unless the title or lead says the page
// is a round-up and two regions report.
func regionParts(d *doc, title string, resolve func(string) place.Result) []regionPart {
	blocks := textBlocks(d.text)
	if len(blocks) < 3 || !roundupRe.MatchString(title+"\n"+d.text[:blocks[1].end]) {
		return nil
	}
	var parts []regionPart
	keys := map[string]bool{}
	lead := regionKey(resolve(title + "\n" + d.text[blocks[0].start:blocks[0].end]))
	current := lead
	for _, b := range blocks[1:] {
		key, where := openingRegion(d, b, resolve)
		if key != "" && key != current && key != lead {
			from := b.start
			if len(parts) == 0 {
				from = 0
			}
			parts = append(parts, regionPart{span{from, b.end}, where})
			current = key
			keys[key] = true
			continue
		}
		if n := len(parts); n > 0 {
			parts[n-1].facts.end = b.end
		}
	}
	if len(keys) < 2 {
		return nil
	}
	return parts
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
