package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Documents about a campaign that are not reports of one. Each kind is told
// by the form of the document, not by its topic: a notice has addressees and
// a signature date, a Q&A page asks and answers, a poster page offers
// downloads, an explainer defines the campaign, a retrospective counts its
// years in the title. A news item that a notice was issued (近日，某局印发
// 《…通知》) has none of these forms.
type docKind struct {
	name string // "notice", "q&a", "poster", "explainer", "retrospective"
	cue  string // the line that shows it
}

var (
	// addresseeRe: the addressee line of an official document (各县(区)人民
	// 政府、市直各有关单位: / 联席会议各成员单位:), a short line ending in a colon.
	addresseeRe = regexp.MustCompile(`^[^。；！？]{0,40}各[^。；！？]{1,60}[:：]$`)
	// issuedRe: the operative formula of a notice issuing a plan.
	issuedRe = regexp.MustCompile(`(印发|转发|下发)给你们|请(认真)?(遵照|贯彻|结合实际)?(执行|落实|贯彻执行|贯彻落实)。`)
	// signatureRe: a line that is a date alone, the signature of a document.
	signatureRe = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日$`)
	// askedRe: a question or answer line, a citizen's letter and its reply.
	askedRe  = regexp.MustCompile(`^(问|答)\s*[:：]|^(来信时间|答复单位|答复意见|信件编号)\s*[:：]?`)
	whenRe   = regexp.MustCompile(`是几月几[日号]|是哪一?天|是几号|(在|是)什么时候`)
	posterRe = regexp.MustCompile(`海报.*下载|下载.*海报|^附件\s*[:：\d]*.*海报`)
)

// documentKind returns the kind of a document about campaign that is not a
// report, or ok false when the page reads as a report.
func documentKind(title, text, campaign string) (docKind, bool) {
	lines := strings.Split(title+"\n"+text, "\n")
	var addressee, issued, signature string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case askedRe.MatchString(l):
			return docKind{"q&a", l}, true
		case whenRe.MatchString(l) && strings.Contains(l, campaign):
			return docKind{"q&a", l}, true
		case utf8.RuneCountInString(l) <= 60 && posterRe.MatchString(l):
			return docKind{"poster", l}, true
		case campaign != "" && strings.HasPrefix(l, campaign+"是指"):
			return docKind{"explainer", l}, true
		}
		if utf8.RuneCountInString(l) <= 100 && addresseeRe.MatchString(l) && addressee == "" {
			addressee = l
		}
		if issued == "" && issuedRe.MatchString(l) {
			issued = l
		}
		if signature == "" && signatureRe.MatchString(l) {
			signature = l
		}
	}
	if signature != "" && (addressee != "" || issued != "") {
		return docKind{"notice", strings.TrimSpace(addressee+" "+issued) + " … " + signature}, true
	}
	if campaign != "" && retrospectiveRe(campaign).MatchString(title) {
		return docKind{"retrospective", title}, true
	}
	return docKind{}, false
}

// retrospectiveRe matches a title that counts the campaign's years
// (税收宣传月30年：…, 质量月四十周年).
func retrospectiveRe(campaign string) *regexp.Regexp {
	return regexp.MustCompile(regexp.QuoteMeta(campaign) + `[”"」]?\s*(\d+|[一二三四五六七八九十]+)周?年`)
}
