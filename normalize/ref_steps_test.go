package normalize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The per-line helpers of the cleaning steps as they were before their
// one-walk rewrites: references the rewrites must agree with.

func refBrokenEnds(s string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		rs := []rune(strings.TrimRight(line, " "))
		if refHanCount(rs) < 20 {
			continue
		}
		switch last := rs[len(rs)-1]; {
		case last == ',' || last == '，' || last == '、':
			n++
		case unicode.Is(unicode.Han, last):
			k := len(rs) - 1
			for k >= 0 && unicode.Is(unicode.Han, rs[k]) {
				k--
			}
			if tail := len(rs) - 1 - k; k >= 0 && tail <= spliceMaxLen && strings.ContainsRune("。！？；", rs[k]) {
				n++
			}
		}
	}
	return n
}

func refHanCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func refMaybeMojibake(l string) bool {
	for _, r := range l {
		if r == '?' || broken(r) || r == '锟' || r == '烫' || r == '屯' || foreignLetter(r) || rareHan(r) {
			return true
		}
	}
	return false
}

func refListItems(rs []rune) (items [][]rune, farm bool) {
	bars := 0
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && !isListSep(rs[i]) {
			continue
		}
		if i < len(rs) && (rs[i] == '|' || rs[i] == '_') {
			bars++
		}
		if item := []rune(strings.TrimSpace(string(rs[start:i]))); len(item) > 0 {
			items = append(items, item)
		}
		start = i + 1
	}
	if bars >= 7 && len(items) >= 8 {
		farm = true
		for _, it := range items {
			if len(it) > 10 || refHanCount(it)*2 < len(it) {
				farm = false
				break
			}
		}
	}
	return items, farm
}

func refLower(rs []rune) []rune {
	lower := make([]rune, len(rs))
	for i, r := range rs {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			lower[i] = r
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			lower[i] = r
		default:
			lower[i] = unicode.ToLower(r)
		}
	}
	return lower
}

// stepInputs are the corpus's lines and random ones, with random lines of
// spam words, separators and mojibake too.
func stepInputs(tb testing.TB) []string {
	lines := ruleInputs(tb)
	lx, err := defaultLexicon()
	if err != nil {
		tb.Fatal(err)
	}
	var words []string
	for _, m := range []map[rune][]term{lx.byFirst, lx.suffixes, lx.tails} {
		for _, ts := range m {
			for _, t := range ts {
				words = append(words, string(t.rs), strings.ToUpper(string(t.rs)))
			}
		}
	}
	words = append(words, "|", "_", " ", "，", "。", "！", "?", "锟斤拷", "烫烫", "\xff", "\uFFFD", "é", "Ж", "の", "가", "龘", "\U00020000",
		"质量月活动", "2024-05-21 11:29", "某某网", "小编", "小编提示，", "小编推荐:", "记得把", "分享", "分享给大家!", " 2024-", "1234-", "\t2024-5-1", "\u3000", "\u00a0", "ＡＢ")
	lines = append(lines, "某某网小编提示，记得把质量月活动分享给大家!", "某某网小编推荐:分享", "小编提示，分享", "某某网 abcd.com 小编提醒，请分享",
		"某某网小编温馨提示：记得分享", "某某网小编提示，"+strings.Repeat("长", 90)+"分享")
	rnd := newRand(7)
	for range 100000 {
		var b strings.Builder
		for k := rnd.Intn(14); k >= 0; k-- {
			b.WriteString(words[rnd.Intn(len(words))])
		}
		lines = append(lines, b.String())
	}
	return lines
}

func TestStepHelpersMatchReference(t *testing.T) {
	lines := stepInputs(t)
	for i, l := range lines {
		if got, want := brokenEnds(l), refBrokenEnds(l); got != want {
			t.Fatalf("brokenEnds(%q) = %d, reference %d", l, got, want)
		}
		if got, want := maybeMojibake(l), refMaybeMojibake(l); got != want {
			t.Fatalf("maybeMojibake(%q) = %v, reference %v", l, got, want)
		}
		if got, want := mayPromo(l), promoRe.FindStringSubmatch(l); strings.Join(got, "\x00") != strings.Join(want, "\x00") || (got == nil) != (want == nil) {
			t.Fatalf("mayPromo(%q) = %q, promoRe %q", l, got, want)
		}
		if stampRe.MatchString(l) && !mayStamp(l) {
			t.Fatalf("mayStamp(%q) false, but stampRe matches", l)
		}
		rs := []rune(l)
		if got, want := string(lowerRunes(rs)), string(refLower(rs)); got != want {
			t.Fatalf("lowerRunes(%q) = %q, reference %q", l, got, want)
		}
		gi, gf := listItems(rs)
		wi, wf := refListItems(rs)
		if gf != wf || len(gi) != len(wi) {
			t.Fatalf("listItems(%q) = %d %v, reference %d %v", l, len(gi), gf, len(wi), wf)
		}
		for k := range gi {
			if string(gi[k]) != string(wi[k]) {
				t.Fatalf("listItems(%q)[%d] = %q, reference %q", l, k, string(gi[k]), string(wi[k]))
			}
		}
		if i+1 < len(lines) {
			two := l + "\n" + lines[i+1]
			if got, want := brokenEnds(two), refBrokenEnds(two); got != want {
				t.Fatalf("brokenEnds(%q) = %d, reference %d", two, got, want)
			}
		}
	}
	t.Logf("%d lines", len(lines))
}

func FuzzStepHelpers(f *testing.F) {
	f.Add("质量月活动全面启动，各地市场监管部门积极行动起来开展宣传咨询。产品")
	f.Add("某某网 2024-05-21 11:29 正文")
	f.Fuzz(func(t *testing.T, l string) {
		if brokenEnds(l) != refBrokenEnds(l) || maybeMojibake(l) != refMaybeMojibake(l) ||
			stampRe.MatchString(l) && !mayStamp(l) || string(lowerRunes([]rune(l))) != string(refLower([]rune(l))) {
			t.Fatalf("a helper differs from its reference on %q", l)
		}
	})
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewSource(seed)) }

// TestDupKeyIsMap checks appendDupKey against strings.Map with dupRune.
func TestDupKeyIsMap(t *testing.T) {
	for _, l := range append(stepInputs(t), "\xff\xfe", "a\uFFFDb", "\U0001F600x\U00020000", "　，。") {
		want := strings.Map(dupRune, l)
		got, n := appendDupKey(nil, l)
		if string(got) != want || n != utf8.RuneCountInString(want) {
			t.Fatalf("appendDupKey(%q) = %q %d, strings.Map gives %q", l, got, n, want)
		}
	}
}

func FuzzDupKey(f *testing.F) {
	f.Add("第一段，“质量月”。")
	f.Fuzz(func(t *testing.T, l string) {
		if got, _ := appendDupKey(nil, l); string(got) != strings.Map(dupRune, l) {
			t.Fatalf("appendDupKey(%q) = %q, strings.Map gives %q", l, got, strings.Map(dupRune, l))
		}
	})
}

// refStripPinyinOnce is stripPinyinOnce as it was: a walk over every rune.
func refStripPinyinOnce(s string) (string, int) {
	if !strings.ContainsAny(s, "(（") {
		return s, 0
	}
	var b strings.Builder
	n, last, prevHan := 0, 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '(' || r == '（') && prevHan {
			if end := pinyinParen(s, i+size); end > 0 {
				if n == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:i])
				last, i, n = end, end, n+1
				continue
			}
		}
		prevHan = unicode.Is(unicode.Han, r)
		i += size
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// pinyinInputs are random strings of Han characters, parentheses, toned
// syllables and debris.
func pinyinInputs(n int, seed int64) []string {
	alpha := []string{"質", "量", "日", "a", " ", "(", "（", ")", "）", "zhì", "liàng", "rì", "zhi4", "CI", "2022年", "\xff", "\xe8", "\x80",
		"\n", "😀", "(zhì)", "（rì）", "(zhì)(zhì)", "𠀀"}
	rnd := newRand(seed)
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rnd.Intn(12); k >= 0; k-- {
			b.WriteString(alpha[rnd.Intn(len(alpha))])
		}
		out[i] = b.String()
	}
	return out
}

func TestStripPinyinOnceMatchesReference(t *testing.T) {
	for _, s := range append(append(corpusLines(t), pinyinInputs(200000, 9)...), "質(zhì)（liàng）量", "質(zhì)(zhì)量") {
		got, gn := stripPinyinOnce(s)
		want, wn := refStripPinyinOnce(s)
		if got != want || gn != wn {
			t.Fatalf("stripPinyinOnce(%q) = %q %d, reference %q %d", s, got, gn, want, wn)
		}
	}
}

func FuzzStripPinyinOnce(f *testing.F) {
	for _, s := range pinyinInputs(30, 10) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gn := stripPinyinOnce(s)
		want, wn := refStripPinyinOnce(s)
		if got != want || gn != wn {
			t.Fatalf("stripPinyinOnce(%q) = %q %d, reference %q %d", s, got, gn, want, wn)
		}
	})
}

// refHits is lexicon.hits as it was: the first-rune test only before the
// map lookup, and lower case by unicode.ToLower rune by rune.
func (lx *lexicon) refHits(rs []rune) []hit {
	lower := refLower(rs)
	var out []hit
	for i := 0; i < len(lower); {
		if !lx.mayBegin(lower[i]) {
			i++
			continue
		}
		t, ok := matchAt(lx.byFirst, lower, i)
		if !ok {
			i++
			continue
		}
		end := i + len(t.rs)
		if t.kind == kindBrand || t.kind == kindStem {
			ext := lx.extend(lower, end)
			run := lx.injectedEnd(lower, ext)
			if t.kind == kindStem && (ext == end || run == ext && ext < len(lower) && isHan(lower[ext])) {
				i++
				continue
			}
			end = run
		}
		out = append(out, hit{i, end, t.kind})
		i = end
	}
	return out
}

func TestHitsMatchReference(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range stepInputs(t) {
		rs := []rune(l)
		got, want := lx.hits(rs), lx.refHits(rs)
		if len(got) != len(want) {
			t.Fatalf("hits(%q) = %v, reference %v", l, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("hits(%q) = %v, reference %v", l, got, want)
			}
		}
		lower := refLower(rs)
		for i := range lower {
			if _, ok := matchAt(lx.byFirst, lower, i); ok && !lx.mayBeginAt(lower, i) {
				t.Fatalf("%q: a term begins at %d but mayBeginAt says none", l, i)
			}
		}
	}
}

func FuzzHits(f *testing.F) {
	f.Add("皇冠体育在线投注官网首页")
	f.Add("江南体育馆 ABC")
	lx, err := defaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, l string) {
		rs := []rune(l)
		got, want := lx.hits(rs), lx.refHits(rs)
		if len(got) != len(want) {
			t.Fatalf("hits(%q) = %v, reference %v", l, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("hits(%q) = %v, reference %v", l, got, want)
			}
		}
	})
}

// refRemove is lexicon.remove without the mayHit shortcut.
func (lx *lexicon) refRemove(s string) (string, []string) {
	var removed []string
	lines := strings.Split(s, "\n")
	kept := make([]string, 0, len(lines))
	for i, l := range lines {
		rs := []rune(l)
		hs := lx.hits(rs)
		table := i > 0 && strings.Contains(lines[i-1], "|") || i+1 < len(lines) && strings.Contains(lines[i+1], "|")
		if spamLine(rs, hs, table) {
			removed = append(removed, l)
			continue
		}
		if out, cut := cutHits(rs, hs); len(cut) > 0 {
			removed = append(removed, cut...)
			l = out
			if hanCount([]rune(l)) == 0 && strings.TrimFunc(l, isSeparator) == "" {
				continue
			}
		}
		kept = append(kept, l)
	}
	if len(removed) == 0 {
		return s, nil
	}
	return strings.Join(kept, "\n"), removed
}

func TestRemoveMatchesReference(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lines := stepInputs(t)
	for _, l := range lines {
		if !lx.mayHit(l) && len(lx.hits([]rune(l))) > 0 {
			t.Fatalf("mayHit(%q) false, but hits finds %v", l, lx.hits([]rune(l)))
		}
	}
	rnd := newRand(11)
	for k := 0; k < len(lines); k += 5 {
		part := lines[k:min(k+5, len(lines))]
		if rnd.Intn(3) == 0 {
			part = append([]string{"a | b"}, part...)
		}
		s := strings.Join(part, "\n")
		got, gr := lx.remove(s)
		want, wr := lx.refRemove(s)
		if got != want || strings.Join(gr, "\x00") != strings.Join(wr, "\x00") || len(gr) != len(wr) {
			t.Fatalf("remove(%q) = %q %q, reference %q %q", s, got, gr, want, wr)
		}
	}
}

func FuzzRemoveMatchesReference(f *testing.F) {
	f.Add("皇冠体育在线投注官网首页\n正文 | 表格")
	f.Add("a_b_c_d_e_f_g_h_i")
	lx, err := defaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gr := lx.remove(s)
		want, wr := lx.refRemove(s)
		if got != want || strings.Join(gr, "\x00") != strings.Join(wr, "\x00") || len(gr) != len(wr) {
			t.Fatalf("remove(%q) = %q %q, reference %q %q", s, got, gr, want, wr)
		}
	})
}

func TestSpamLineOfMatchesReference(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range stepInputs(t) {
		rs := []rune(l)
		if got, want := spamLineOf(lx, l), spamLine(rs, lx.hits(rs), false); got != want {
			t.Fatalf("spamLineOf(%q) = %v, spamLine %v", l, got, want)
		}
	}
}
