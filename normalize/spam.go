package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// RemoveSpam removes gambling, porn and SEO injections from converted text.
// A line that is spam as a whole (see spamLine) is dropped; in other lines,
// brand names and strong phrases of the lexicon are cut out, the sentence
// around them kept. It returns the text, every removed string verbatim, and
// the number of removals.
func RemoveSpam(s string) (string, []string) {
	lx, err := defaultLexicon()
	if err != nil {
		return s, nil // the embedded lexicon is tested; never fail cleaning
	}
	return lx.remove(s)
}

func (lx *lexicon) remove(s string) (string, []string) {
	var removed []string
	var out lineBuilder
	var buf []rune // the runes of one line; nothing keeps them past it
	start, end := 0, lineEnd(s, 0)
	prevBar, bar := false, strings.IndexByte(s[:end], '|') >= 0
	for {
		l := s[start:end]
		next, nextEnd, nextBar := end+1, end, false
		if end < len(s) {
			nextEnd = lineEnd(s, next)
			nextBar = strings.IndexByte(s[next:nextEnd], '|') >= 0
		}
		table := prevBar || nextBar
		switch {
		case (table || !bar && strings.IndexByte(l, '_') < 0) && !lx.mayHit(l):
			out.keep(l) // no hit, and no link farm can be: spamLine says no, nothing is cut
		default:
			if n := utf8.RuneCountInString(l); cap(buf) < n {
				buf = make([]rune, 0, max(n, 2*cap(buf))) // one allocation for the line
			}
			rs := appendRunes(buf[:0], l)
			buf = rs
			hs := lx.hits(rs)
			switch {
			case spamLine(rs, hs, table):
				removed = append(removed, l)
				out.drop(s, start)
			case !anyCut(hs):
				out.keep(l) // cutHits would cut nothing
			default:
				if o, cut := cutHits(rs, hs); len(cut) > 0 {
					removed = append(removed, cut...)
					out.drop(s, start)
					if hanCount([]rune(o)) != 0 || strings.TrimFunc(o, isSeparator) != "" {
						out.keep(o)
					}
				} else {
					out.keep(l)
				}
			}
		}
		if end == len(s) {
			break
		}
		start, end, prevBar, bar = next, nextEnd, bar, nextBar
	}
	if len(removed) == 0 {
		return s, nil
	}
	return out.text(s), removed
}

// appendRunes appends the runes of s to rs, as []rune(s) makes them.
func appendRunes(rs []rune, s string) []rune {
	for i := 0; i < len(s); {
		r, size := DecodeRuneAt(s, i)
		rs = append(rs, r)
		i += size
	}
	return rs
}

// anyCut reports whether cutHits cuts one of hs: a brand or strong hit.
func anyCut(hs []hit) bool {
	for _, h := range hs {
		if h.kind != kindWeak {
			return true
		}
	}
	return false
}

// cutHits removes brand and strong hits from a line; spaces and separators
// left dangling at the cut are removed too. It returns the line and the cut
// strings.
func cutHits(rs []rune, hs []hit) (string, []string) {
	var b strings.Builder
	var cut []string
	last := 0
	for _, h := range hs {
		if h.kind == kindWeak {
			continue
		}
		cut = append(cut, string(rs[h.a:h.b]))
		b.WriteString(string(rs[last:h.a]))
		last = h.b
		// the space glued after an injected phrase goes with it
		for last < len(rs) && rs[last] == ' ' && h.a > 0 && rs[h.a-1] != ' ' {
			last++
		}
	}
	if cut == nil {
		return string(rs), nil
	}
	b.WriteString(string(rs[last:]))
	out := strings.TrimRightFunc(b.String(), func(r rune) bool { return isSeparator(r) || r == ' ' })
	out = strings.TrimLeftFunc(out, func(r rune) bool { return isSeparator(r) || r == ' ' })
	return out, cut
}

// isSeparator reports the runes that join the items of a keyword list or
// a title and its site name.
func isSeparator(r rune) bool {
	switch r {
	case ',', '，', '_', '|', '、', '/', '-', '—', '–', ' ', '·', '•':
		return true
	}
	return false
}

// spamLine decides whether a whole line is spam: nothing but spam words; or
// several strong hits; or a keyword list (items joined by separators, no
// sentence punctuation) holding lexicon words; or a long list of short
// items joined by | or _ (an SEO link farm of place names or keywords) that
// is not a row of a table (table: a neighbouring line has | too); or a line
// where lexicon words cover much of the text.
func spamLine(rs []rune, hs []hit, table bool) bool {
	if len(hs) == 0 && (table || !containsRune(rs, '|') && !containsRune(rs, '_')) {
		return false // only a link farm needs no lexicon word
	}
	han := hanCount(rs)
	strong, weak, covered := 0, 0, 0
	for _, h := range hs {
		if h.kind == kindWeak {
			weak++
		} else {
			strong++
		}
		covered += h.b - h.a
	}
	sentence := containsRune(rs, '。') || containsRune(rs, '！') || containsRune(rs, '？')
	items, farm := listItems(rs)
	list := len(items) >= 4 && !sentence && avgLen(items) <= 16
	switch {
	case strong > 0 && residualHan(rs, hs) < 2:
		return true
	case strong >= 3, strong >= 2 && !sentence:
		return true
	case list && (strong >= 1 && strong+weak >= 3 || weak >= 5 && covered*10 >= han*3):
		return true
	case farm && !sentence && !table:
		return true
	case han > 0 && (strong >= 1 && strong+weak >= 4 || weak >= 6) && covered*10 >= han*4:
		return true
	}
	return false
}

// listItems splits a line at separators. farm reports a link farm: at
// least eight items joined by | or _, each of one to ten runes, mostly Han.
func listItems(rs []rune) (items [][]rune, farm bool) {
	bars := 0
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && !isListSep(rs[i]) {
			continue
		}
		if i < len(rs) && (rs[i] == '|' || rs[i] == '_') {
			bars++
		}
		if item := trimSpaceRunes(rs[start:i]); len(item) > 0 {
			items = append(items, item)
		}
		start = i + 1
	}
	if bars >= 7 && len(items) >= 8 {
		farm = true
		for _, it := range items {
			if len(it) > 10 || hanCount(it)*2 < len(it) {
				farm = false
				break
			}
		}
	}
	return items, farm
}

// trimSpaceRunes is []rune(strings.TrimSpace(string(rs))), without the copies.
func trimSpaceRunes(rs []rune) []rune {
	for len(rs) > 0 && unicode.IsSpace(rs[0]) {
		rs = rs[1:]
	}
	for len(rs) > 0 && unicode.IsSpace(rs[len(rs)-1]) {
		rs = rs[:len(rs)-1]
	}
	return rs
}

func isListSep(r rune) bool {
	switch r {
	case ',', '，', '_', '|', '、', '/', ' ':
		return true
	}
	return false
}

func avgLen(items [][]rune) int {
	n := 0
	for _, it := range items {
		n += len(it)
	}
	return n / max(len(items), 1)
}

// residualHan counts the Han runes outside brand and strong hits.
func residualHan(rs []rune, hs []hit) int {
	n, k := 0, 0
	for i, r := range rs {
		for k < len(hs) && hs[k].b <= i {
			k++
		}
		if k < len(hs) && hs[k].a <= i && hs[k].kind != kindWeak {
			continue
		}
		if isHan(r) {
			n++
		}
	}
	return n
}

func hanCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isHan(r) {
			n++
		}
	}
	return n
}

func containsRune(rs []rune, r rune) bool {
	for _, c := range rs {
		if c == r {
			return true
		}
	}
	return false
}
