package normalize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/ccorpus/ccorpus/normalize/opencc"
)

// checkClasses compares classesOf(s) with the three walks it stands for:
// anyTraditional rune by rune, a rune the converter may change (and then
// Convert(s) is s when there is none), and maybeMojibake over every line.
func checkClasses(t *testing.T, c *Cleaner, conv *opencc.Converter, s string) textFacts {
	f := c.factsOf(s, nil)
	cl := f.classes
	if c.classesOf(s) != cl {
		t.Fatalf("classesOf(%q) = %b, factsOf %b", s, c.classesOf(s), cl)
	}
	if got, want := cl&hasTrad != 0, anyTraditional(conv, s); got != want {
		t.Fatalf("classesOf(%q) traditional %v, anyTraditional %v", s, got, want)
	}
	change := false
	for _, r := range s {
		change = change || conv.MayChange(r)
	}
	if got := cl&hasChange != 0; got != change {
		t.Fatalf("classesOf(%q) change %v, rune by rune %v", s, got, change)
	}
	if !change && conv.Convert(s) != s {
		t.Fatalf("Convert(%q) = %q, but no rune may change", s, conv.Convert(s))
	}
	seed, touched, spamy := false, false, strings.ContainsAny(s, "|_")
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	k := 0
	for l := range strings.SplitSeq(s, "\n") {
		seed = seed || maybeMojibake(l)
		touched = touched || !untouched(l)
		spamy = spamy || lx.mayHit(l)
		m, n := chromeWords.scanCount(l, 120)
		if got := f.chrome[k]; min(got.n, 120) != n || n < 120 && got.m != m {
			t.Fatalf("factsOf(%q): line %d %q scanned %b %d, scanCount %b %d", s, k, l, got.m, got.n, m, n)
		}
		k++
	}
	if len(f.chrome) != k {
		t.Fatalf("factsOf(%q): %d chrome scans for %d lines", s, len(f.chrome), k)
	}
	if got := cl&hasSeed != 0; got != seed {
		t.Fatalf("classesOf(%q) seed %v, maybeMojibake of a line %v", s, got, seed)
	}
	if f.touched != touched || f.spamy != spamy {
		t.Fatalf("factsOf(%q) touched %v, spamy %v; untouched of the lines: touched %v; mayHit or | or _: %v", s, f.touched, f.spamy, touched, spamy)
	}
	return f
}

// TestClassesMatchTheirSteps checks classesOf over the corpus's lines and
// texts, random ones and every rune from U+2E00 on, and Clean with it
// against Clean walking each step's own way (no watch set), for each
// configuration.
func TestClassesMatchTheirSteps(t *testing.T) {
	lines := stepInputs(t)
	for r := rune(0x2E00); r < 0x30000; r += 7 {
		if r%1024 < 7 {
			lines = append(lines, "")
		}
		lines[len(lines)-1] += string(r)
	}
	lines = append(lines, "漢字", "汉字", "質(zhì)量", "\xff漢", "锟斤拷", "a?b", "&ldquo;质量&rdquo;", "")
	texts := stepTexts(t)
	for _, name := range []string{"t2s", "hk2s"} {
		conv, err := opencc.New(name)
		if err != nil {
			t.Fatal(err)
		}
		c := NewCleaner(conv)
		if c.watch == nil {
			t.Fatal("no watch set for an opencc converter")
		}
		seen := map[textClasses]int{}
		var facts [2][2]int // by touched, spamy
		walk := *c
		walk.watch = nil
		step := 1
		if name == "hk2s" {
			step = 4 // not fused: its Convert is slow, and its facts are mostly hasChange
		}
		for i, l := range lines {
			if i%step != 0 {
				continue
			}
			f := checkClasses(t, c, conv, l)
			seen[f.classes]++
			facts[b2i(f.touched)][b2i(f.spamy)]++
			if i%7 == 0 {
				if got, want := c.CleanTitle(l), walk.CleanTitle(l); got != want {
					t.Fatalf("%s: CleanTitle(%q) = %q, each step walking %q", name, l, got, want)
				}
			}
		}
		if facts[0][0] == 0 || facts[0][1] == 0 || facts[1][0] == 0 || facts[1][1] == 0 {
			t.Errorf("%s: lines by touched and spamy: %v, a kind missing", name, facts)
		}
		want := []textClasses{0, hasTrad | hasChange, hasChange, hasSeed}
		if name == "hk2s" {
			want = []textClasses{hasChange, hasChange | hasSeed} // not fused: every rune may change
		}
		for _, cl := range want {
			if seen[cl] == 0 {
				t.Errorf("%s: no line of classes %b (%v)", name, cl, seen)
			}
		}
		every := 5 // Clean is slow: a share of the texts
		if name == "hk2s" {
			every = 17
		}
		for i, s := range texts {
			checkClasses(t, c, conv, s)
			if i%every != 0 {
				continue
			}
			if got, want := c.Clean(s), walk.Clean(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: Clean(%q) = %+v, each step walking %+v", name, s, got, want)
			}
		}
	}
}

func FuzzClasses(f *testing.F) {
	conv, err := opencc.New("t2s")
	if err != nil {
		f.Fatal(err)
	}
	c := NewCleaner(conv)
	walk := *c
	walk.watch = nil
	f.Add("質量月活動\n锟斤拷?")
	f.Add("&ldquo;质量&rdquo;\xff")
	f.Fuzz(func(t *testing.T, s string) {
		checkClasses(t, c, conv, s)
		if got, want := c.Clean(s), walk.Clean(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Clean(%q) = %+v, each step walking %+v", s, got, want)
		}
		if got, want := c.CleanTitle(s), walk.CleanTitle(s); got != want {
			t.Fatalf("CleanTitle(%q) = %q, each step walking %q", s, got, want)
		}
	})
}

func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// TestTrimSpace compares trimSpace with strings.TrimSpace on the corpus's
// lines and random ones, padded with every space rune and invalid bytes.
func TestTrimSpace(t *testing.T) {
	var pads []string
	for r := rune(0); r <= 0x3000; r++ {
		if unicode.IsSpace(r) {
			pads = append(pads, string(r))
		}
	}
	pads = append(pads, "", "\xff", "\xe3\x80", "\x80", "a", "。")
	for i, l := range stepInputs(t) {
		p, q := pads[i%len(pads)], pads[(i/len(pads))%len(pads)]
		for _, s := range []string{l, p + l, l + q, p + l + q} {
			if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
				t.Fatalf("TrimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
			}
		}
	}
}

// TestTrimSpaceNeighbours holds TrimSpace to strings.TrimSpace on random
// strings of every white space rune above ASCII, the runes beside them in
// UTF-8 (led by E1-E4), Han text, punctuation and invalid bytes.
func TestTrimSpaceNeighbours(t *testing.T) {
	parts := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028",
		"\u2029", "\u202f", "\u205f", "\u3000", "\u3001", "\u4e00", "质", "：", "。", "a", "\x08", "\x0e", "\xe4", "\xed\xa0\x80",
		"\xe4\xb8", "𠀀", "\xef\xbb\xbf"}
	rng := rand.New(rand.NewPCG(10, 11))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if s := b.String(); TrimSpace(s) != strings.TrimSpace(s) {
			t.Fatalf("TrimSpace(%q) = %q, want %q", s, TrimSpace(s), strings.TrimSpace(s))
		}
	}
}
