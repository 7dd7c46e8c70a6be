package normalize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Cutter cuts Chinese text into dictionary words; concatenating the words
// gives back the text. extract/segment's Dict is one.
type Cutter interface {
	Cut(text string) []string
}

// Splice detection. Content farms republish a real release with short
// fragments of their own keywords spliced in at clause starts and ends
// (…6月1日,全生启动主要任务是…,全生启动国务院…), the same few fragments
// again and again. No list of fragments can catch them (each farm cuts its
// own); what gives them away is statistical: one string of 2–6 Han runes
// recurring at clause edges, which the dictionary reads as no word (全|生|启动)
// and which no dictionary word joins to its neighbours at any of its
// occurrences. Clean text repeats clause heads too (要加强, 同时), but those
// are words or words led by a function word.
const (
	spliceMinLen = 2
	spliceMaxLen = 6
	// spliceMinEdges is how often a fragment must stand at a clause edge.
	spliceMinEdges = 2
	// spliceMinFragments is how many distinct fragments make a page spliced:
	// a farm splices a set of them, a clean page has none or one stray.
	spliceMinFragments = 1
	// spliceMinBroken is how many paragraphs must end out of order (see
	// brokenEnds) before fragments are looked for: splicing and shuffling
	// come together, and clean pages (names, idioms the dictionary lacks at
	// clause edges) are left alone.
	spliceMinBroken = 2
)

// functionRunes are the one-rune words a clause of clean text often starts
// or ends with: prepositions, conjunctions, adverbs, pronouns, particles.
// A fragment made of words and these is a phrase, not a splice.
const functionRunes = "在对将为把从由与和及并也还又要是有的了等以于向被让使其该各每此这那就都更最再已均即而但且或如若经据按至到给跟同自当因所不没未很我你他她它之可能会应须需得着过地一个共"

// Splices reports the spliced fragments of s: strings that stand at clause
// edges at least spliceMinEdges times, are no dictionary word, phrase or
// personal name, and are cut off from their neighbours wherever they stand
// at an edge. It looks only on pages whose paragraphs end out of order
// (brokenEnds) and returns nil for any other.
func Splices(s string, cut Cutter) []string {
	if brokenEnds(s) < spliceMinBroken {
		return nil
	}
	var found []string
	for _, c := range edgeCandidates(s) {
		if isFragment(c, cut) && !nameLike(c) && unjoinedAtEdges(s, c, cut) {
			found = append(found, c)
		}
	}
	if len(found) < spliceMinFragments {
		return nil
	}
	sort.Slice(found, func(i, j int) bool {
		if len(found[i]) != len(found[j]) {
			return len(found[i]) > len(found[j])
		}
		return found[i] < found[j]
	})
	return found
}

// brokenEnds counts the paragraphs (lines of 20 or more Han runes) that end
// as no paragraph of a release does: on a clause separator (…总体稳定,) or
// with a short unpunctuated run after the last full stop (…重要平台。产品).
// Shuffled sentences and spliced tails leave them behind.
func brokenEnds(s string) int {
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		if brokenEnd(strings.TrimRight(line, " ")) {
			n++
		}
	}
	return n
}

// brokenEnd reports a paragraph brokenEnds counts. It reads the line's end
// first, backwards: most paragraphs end on a full stop and are done with
// there; only a line ending as brokenEnds counts has its Han runes counted,
// up to 20. Reading backwards from the end gives the runes reading forwards
// gives: a valid rune's first byte is no continuation byte, so no rune read
// forwards swallows it, and a byte no valid rune ends at reads as U+FFFD
// both ways.
func brokenEnd(line string) bool {
	if len(line) < 3*20 {
		return false // 20 Han runes take 60 bytes at least
	}
	last, size := utf8.DecodeLastRuneInString(line)
	switch {
	case last == ',' || last == '，' || last == '、':
		return hasHan(line, 20)
	case !isHan(last):
		return false
	}
	// a run of at most spliceMaxLen Han runes after a stop, at the end
	end, run := len(line)-size, 1
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:end])
		if !isHan(r) {
			return run <= spliceMaxLen && strings.ContainsRune("。！？；", r) && hasHan(line, 20)
		}
		if run++; run > spliceMaxLen {
			return false
		}
		end -= size
	}
	return false // Han runes only: no stop before them
}

// hasHan reports whether l holds at least n Han runes.
func hasHan(l string, n int) bool {
	for i := 0; i < len(l) && n > 0; {
		if cjkAt(l, i) {
			i += 3
			n--
			continue
		}
		r, size := DecodeRuneAt(l, i)
		i += size
		if isHan(r) {
			n--
		}
	}
	return n <= 0
}

// nameLike reports whether c may be a personal name (张晓波, 廖健): two or
// three runes led by a common surname. Reporters' names recur at clause
// edges and the dictionary has none of them.
func nameLike(c string) bool {
	rs := []rune(c)
	return len(rs) <= 3 && strings.ContainsRune(commonSurnames, rs[0])
}

// commonSurnames are the most common Chinese surnames.
const commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// DropSplices removes every occurrence of the spliced fragments of s and
// returns the text and the fragments removed (each once).
func DropSplices(s string, cut Cutter) (string, []string) {
	frags := Splices(s, cut)
	if frags == nil {
		return s, nil
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		for _, f := range frags {
			line = dropUnjoined(line, f, cut)
		}
		lines[i] = line
	}
	return strings.Join(lines, "\n"), frags
}

// isClauseEdge reports the runes that end a clause.
func isClauseEdge(r rune) bool {
	switch r {
	case '\n', ',', '，', '。', '；', ';', '！', '!', '？', '?', '、', '：', ':':
		return true
	}
	return false
}

// edgeCandidates returns the all-Han strings of spliceMinLen–spliceMaxLen
// runes that begin or end at least spliceMinEdges clauses, keeping only the
// longest of those that stand at the same edges (全生启动 rather than 全生).
func edgeCandidates(s string) []string {
	edges := map[string]int{}
	for _, clause := range strings.FieldsFunc(s, isClauseEdge) {
		rs := []rune(strings.TrimSpace(clause))
		seen := map[string]bool{}
		for n := spliceMinLen; n <= spliceMaxLen && n <= len(rs); n++ {
			for _, piece := range [][]rune{rs[:n], rs[len(rs)-n:]} {
				if !allHan(piece) {
					continue
				}
				if p := string(piece); !seen[p] {
					seen[p] = true
					edges[p]++
				}
			}
		}
	}
	var cands []string
	for p, n := range edges {
		if n >= spliceMinEdges {
			cands = append(cands, p)
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		return len(cands[i]) > len(cands[j]) || len(cands[i]) == len(cands[j]) && cands[i] < cands[j]
	})
	var out []string
	for _, c := range cands {
		shadowed := false
		for _, longer := range out {
			if strings.Contains(longer, c) && edges[longer] >= edges[c] {
				shadowed = true
				break
			}
		}
		if !shadowed {
			out = append(out, c)
		}
	}
	return out
}

// isFragment reports whether the dictionary reads c as no word and no phrase:
// its cut has at least two words, and at least two of them are single runes
// that are not function words (全|生|启动, 年|全).
func isFragment(c string, cut Cutter) bool {
	words := cut.Cut(c)
	if len(words) < 2 {
		return false
	}
	odd := 0
	for _, w := range words {
		if rs := []rune(w); len(rs) == 1 && !strings.ContainsRune(functionRunes, rs[0]) {
			odd++
		}
	}
	return odd >= 2
}

// unjoinedAtEdges reports whether c is cut off from its neighbours exactly
// where it stands at a clause edge: at every edge occurrence the cut of its
// line has a word boundary at both ends of c, and every occurrence cut off
// so is at an edge. 产月 inside 安全生产月 is joined and does not count; a
// real word the dictionary lacks (市机管局) also stands unjoined inside
// clauses, a spliced fragment never does.
func unjoinedAtEdges(s, c string, cut Cutter) bool {
	for line := range strings.SplitSeq(s, "\n") {
		if !strings.Contains(line, c) {
			continue
		}
		bounds := wordBounds(line, cut)
		if bounds == nil {
			return false
		}
		for _, a := range occurrences(line, c) {
			if atEdge(line, a, a+len(c)) != (bounds[a] && bounds[a+len(c)]) {
				return false
			}
		}
	}
	return true
}

// wordBounds returns the byte offsets of line where the cut puts a word
// boundary, or nil when the cut does not give back the line.
func wordBounds(line string, cut Cutter) map[int]bool {
	bounds := map[int]bool{0: true}
	at := 0
	for _, w := range cut.Cut(line) {
		at += len(w)
		bounds[at] = true
	}
	if at != len(line) {
		return nil
	}
	return bounds
}

// dropUnjoined removes the occurrences of f in line that no dictionary word
// joins to their neighbours (产月 goes, 安全生产月 stays).
func dropUnjoined(line, f string, cut Cutter) string {
	if !strings.Contains(line, f) {
		return line
	}
	bounds := wordBounds(line, cut)
	var b strings.Builder
	last := 0
	for _, a := range occurrences(line, f) {
		if bounds != nil && bounds[a] && bounds[a+len(f)] {
			b.WriteString(line[last:a])
			last = a + len(f)
		}
	}
	b.WriteString(line[last:])
	return b.String()
}

// occurrences returns the byte offsets of the non-overlapping occurrences of c in line.
func occurrences(line, c string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(line[i:], c)
		if j < 0 {
			return out
		}
		out = append(out, i+j)
		i += j + len(c)
	}
}

// atEdge reports whether line[a:b] begins or ends a clause.
func atEdge(line string, a, b int) bool {
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line[:a], " "))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(line[b:], " "))
	return strings.TrimSpace(line[:a]) == "" || isClauseEdge(before) ||
		strings.TrimSpace(line[b:]) == "" || isClauseEdge(after)
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return len(rs) > 0
}
