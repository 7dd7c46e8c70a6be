package place

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// refMay is precheck.may without its filters: ranging over the runes,
// looking every pair up, asking each of the rune sets of every rune and,
// for a body end, looking every body word and suffix up before it with
// every level character seen.
func (p *precheck) refMay(s string) bool {
	var prev rune = -1
	prevAt := 0
	var levels []int
	i := 0
	for at, r := range s {
		if prev >= 0 {
			if p.wordAt(s[prevAt:], prev, r) {
				return true
			}
		}
		if p.single.has(r) {
			return true
		}
		if p.ends.has(r) && refBodyEndAt(p, s[:at+len(string(r))], i, levels) {
			return true
		}
		if p.level.has(r) {
			levels = append(levels, i)
		}
		prev, prevAt = r, at
		i++
	}
	return false
}

// refBodyEndAt reports whether s, whose last rune (of index i) ends a body
// word or suffix, ends with one of them that a level character of levels
// comes before, at most reach runes before its end; with tails nil, whether
// a level character is at most reach runes before.
func refBodyEndAt(p *precheck, s string, i int, levels []int) bool {
	var words []string
	for _, set := range []map[string]bool{bodyWords, knownBodies, levelBodies} {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range append(words, bodySuffixes...) {
		n := utf8.RuneCountInString(w)
		if p.tails == nil {
			r, _ := utf8.DecodeLastRuneInString(w)
			w, n = string(r), 1
		}
		if !strings.HasSuffix(s, w) {
			continue
		}
		for _, l := range levels {
			if l <= i-n && i-l <= p.reach {
				return true
			}
		}
	}
	return false
}

// mayTexts returns random strings over an alphabet of level characters,
// body ends, the first runes of place names and bytes of broken or unusual
// UTF-8 (the surrogates' lead bytes, U+0800–U+0FFF, astral runes).
func mayTexts(n int) []string {
	alphabet := []string{"省", "市", "县", "区", "局", "委", "会", "北", "京", "长", "春", "我", "本", "全", "国", "。", "a", " ",
		"员会", "协会", "中心", "小组", "监管", "政府", "自治区", "组", "质监", "妇联",
		"\xe0\xa4\x85", "\xed\x9f\xbf", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd", "\xf0\x9f\x98\x80", "\xe6\x9c", "\xff", "\x80", "\xe3"}
	rng := rand.New(rand.NewSource(5))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(24); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		out[i] = b.String()
	}
	return out
}

// TestMaySameAsReference checks may against refMay on the labelled pages'
// lines and sentences and on random strings.
func TestMaySameAsReference(t *testing.T) {
	r := resolver(t)
	texts := mayTexts(50000)
	for _, in := range scanInputs(t) {
		texts = append(texts, strings.Split(in.Text, "\n")...)
		for _, s := range sentences(in) {
			texts = append(texts, s.text)
		}
	}
	hits := 0
	for _, s := range texts {
		got, want := r.pre.may(s), r.pre.refMay(s)
		if got != want {
			t.Fatalf("may(%q) = %v, reference %v", s, got, want)
		}
		if got {
			hits++
		}
	}
	t.Logf("%d texts, %d may", len(texts), hits)
}

func FuzzMaySameAsReference(f *testing.F) {
	f.Add("省市场监管局")
	f.Add("\xed\xa0\x80北京\xe0\xa4\x85市")
	r := resolver(f)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := r.pre.may(s), r.pre.refMay(s); got != want {
			t.Fatalf("may(%q) = %v, reference %v", s, got, want)
		}
	})
}

// BenchmarkMay runs the precheck over every line of the labelled fact pages
// and reports its time as a ratio (x-ref) to refMay's over the same lines,
// measured in the same run.
func BenchmarkMay(b *testing.B) {
	r := resolver(b)
	var lines []string
	for _, a := range corpusPages(b) {
		lines = append(lines, strings.Split(a.Text, "\n")...)
	}
	if len(lines) == 0 {
		b.Skip("no labelled pages")
	}
	var ref, got time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, l := range lines {
			r.pre.refMay(l)
		}
		t1 := time.Now()
		for _, l := range lines {
			r.pre.may(l)
		}
		ref += t1.Sub(t0)
		got += time.Since(t1)
	}
	b.ReportMetric(float64(got)/float64(ref), "x-ref")
}

// TestPrecheckFilters checks that may's filters hold what they stand for:
// the first two runes of every word pass mayPair, and classOf answers the
// four rune sets for every rune.
func TestPrecheckFilters(t *testing.T) {
	p := resolver(t).pre
	for _, w := range p.words {
		a, n := utf8.DecodeRuneInString(w)
		b, _ := utf8.DecodeRuneInString(w[n:])
		if !p.mayPair(a, b) {
			t.Fatalf("mayPair(%q, %q) = false for the word %q", a, b, w)
		}
	}
	for r := rune(0); r <= utf8.MaxRune+1; r++ {
		var want uint32
		if p.single.has(r) {
			want |= isSingle
		}
		if p.level.has(r) {
			want |= isLevel
		}
		if _, ok := p.tails[r]; ok && p.ends.has(r) {
			want |= isTail
		} else if p.ends.has(r) {
			want |= isEnd
		}
		if strings.ContainsRune(sentenceMarks, r) {
			want |= isMark
		}
		if got := p.classOf(r); got != want {
			t.Fatalf("classOf(%U) = %b, want %b", r, got, want)
		}
	}
}

// refAppendPassing is what appendPassing returns: the sentences of line
// that may passes.
func (p *precheck) refAppendPassing(line string) []string {
	var out []string
	for _, s := range splitSentences(line) {
		if p.may(s) {
			out = append(out, s)
		}
	}
	return out
}

// passingTexts returns random lines over mayTexts' alphabet with the
// sentence marks, spaces and words that pass may around them.
func passingTexts(n int) []string {
	alphabet := []string{"省", "市", "县", "区", "局", "委", "会", "北", "京", "长", "春", "我", "本", "全", "国", "a", " ",
		"。", "！", "？", "；", "!", "?", ";", "\u3000", "\t", "\u00a0", "，", "北京", "我市", "市场监管局", "全国",
		"员会", "协会", "中心", "小组", "监管", "政府", "自治区", "组", "质监", "妇联",
		"\xe0\xa4\x85", "\xed\xa0\x80", "\xef\xbf\xbd", "\xe6\x9c", "\xe3\x80", "\xef\xbc", "\xff", "\x80", "\xe3"}
	rng := rand.New(rand.NewSource(7))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		out[i] = b.String()
	}
	return out
}

// TestAppendPassingSameAsReference checks appendPassing against cutting
// with appendSentences and asking may of each sentence, on the labelled
// pages' lines and on random lines.
func TestAppendPassingSameAsReference(t *testing.T) {
	r := resolver(t)
	texts := passingTexts(50000)
	for _, in := range scanInputs(t) {
		texts = append(texts, strings.Split(in.Text, "\n")...)
	}
	kept := 0
	for _, s := range texts {
		got, want := r.pre.appendPassing(nil, s), r.pre.refAppendPassing(s)
		if !slices.Equal(got, want) {
			t.Fatalf("appendPassing(%q) = %q, reference %q", s, got, want)
		}
		kept += len(got)
	}
	t.Logf("%d lines, %d sentences passed", len(texts), kept)
}

func FuzzAppendPassingSameAsReference(f *testing.F) {
	f.Add("省市场监管局。今天天气很好！\u3000北京 ；")
	f.Add("\xed\xa0\x80北京\xe3\x80。\xe0\xa4\x85市?局")
	r := resolver(f)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := r.pre.appendPassing(nil, s), r.pre.refAppendPassing(s); !slices.Equal(got, want) {
			t.Fatalf("appendPassing(%q) = %q, reference %q", s, got, want)
		}
	})
}
