package content

// A site's statement block (免责声明, 版权声明, reprint terms) is written in
// the site's own voice: it names the site itself (本网, 本站) and speaks of
// reprints, copyright, views and removal. Such paragraphs are long, so the
// copyright line rule (normalize.IsCopyright, short notices) misses most of
// them, and a block of four can outweigh a short article. An article about
// copyright (知识产权宣传周) uses the same words but not the site's voice.
var (
	noticeSelf  = newWordSet("本网", "本站", "本平台", "本公众号", "本网站", "本刊", "本号")
	noticeWords = []string{"转载", "版权", "侵权", "观点", "删除", "授权", "免责", "声明", "真实性", "法律责任", "来源于互联网"}
)

// noticeMinWords is how many distinct statement words a notice line holds.
const noticeMinWords = 2

// maxNoticeRunes is the longest notice paragraph.
const maxNoticeRunes = 400

// isNotice reports a paragraph of a site's statement: a copyright notice, or
// a line in the site's own voice holding noticeMinWords statement words.
func isNotice(l *line) bool {
	if l.runes >= maxNoticeRunes || !noticeSelf.in(l) {
		return false
	}
	n := 0
	for _, ws := range noticeWordSets {
		if ws.in(l) {
			if n++; n >= noticeMinWords {
				return true
			}
		}
	}
	return isCopyrightLine(l)
}

// noticeWordSets are noticeWords one to a set, so that the line's one
// reading for the rules' lists (lineSets) says which of them it holds.
var noticeWordSets = func() []*wordSet {
	out := make([]*wordSet, len(noticeWords))
	for i, w := range noticeWords {
		ws := newWordSet(w)
		out[i] = &ws
	}
	return out
}()
