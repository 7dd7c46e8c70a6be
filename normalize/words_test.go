package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveScan is what wordSet.scan stands for: strings.Contains per word.
func naiveScan(groups [][]string, fold []string, s string) uint64 {
	var m uint64
	for g, ws := range groups {
		for _, w := range ws {
			if strings.Contains(s, w) {
				m |= 1 << g
			}
		}
	}
	for _, w := range fold {
		if containsFoldASCII(s, w) {
			m |= 1 << len(groups)
		}
	}
	return m
}

// testGroups are word groups of every shape: CJK, ASCII, two-byte runes,
// a rune above U+FFFF, the empty word, an invalid word, single runes.
var testGroups = [][]string{toolWords, copyrightStrong, copyrightWeak, listHeads,
	{"©", "a", "ab", "\U0001F600x", "\xe7\x89"}, {""}, {"。", "中", ":"}}

func testWordSet() *wordSet {
	ws := newWordSet()
	for g, words := range testGroups {
		ws.words(1<<g, words...)
	}
	return ws.foldASCII(1<<len(testGroups), "copyright", "Rights")
}

func TestWordSetMatchesContains(t *testing.T) {
	ws := testWordSet()
	fold := []string{"copyright", "Rights"}
	extra := []string{"", "©", "x©", "\xc2", "\xe7\x89\x88", "\xe7\x89", "a\xe7\x89", "\U0001F600x", "\U0001F600", "COPYRIGHT",
		"cOpYrIgHt", "rights", "RIGHTS", "ＣＯＰＹ", "中", "。", "\xe4\xb8", "\xe4\xb8\xad"}
	n := 0
	for _, s := range append(append(extra, randomLines(100000, 3)...), corpusLines(t)...) {
		want := naiveScan(testGroups, fold, s)
		if got := ws.scan(s); got != want {
			t.Fatalf("scan(%q) = %b, strings.Contains says %b", s, got, want)
		}
		for g := range len(testGroups) + 1 {
			if got := ws.has(s, 1<<g); got != (want&(1<<g) != 0) {
				t.Fatalf("has(%q, %d) = %v, strings.Contains says %b", s, g, got, want)
			}
		}
		n++
	}
	t.Logf("%d strings", n)
}

func FuzzWordSet(f *testing.F) {
	for _, s := range randomLines(30, 4) {
		f.Add(s)
	}
	ws := testWordSet()
	fold := []string{"copyright", "Rights"}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ws.scan(s), naiveScan(testGroups, fold, s); got != want {
			t.Fatalf("scan(%q) = %b, strings.Contains says %b", s, got, want)
		}
	})
}

func TestRuneSet(t *testing.T) {
	rs := runeSetOf("。中a\U0001F600")
	for r, want := range map[rune]bool{'。': true, '中': true, 'a': true, 'b': false, '\U0001F600': false, -1: false, 0xFFFF: false} {
		if rs.has(r) != want {
			t.Errorf("has(%q) = %v", r, !want)
		}
	}
}

// TestCjkAtEveryLead checks cjkAt and HanAt on every three bytes,
// whatever their lead.
func TestCjkAtEveryLead(t *testing.T) {
	b := make([]byte, 3)
	for v := range 1 << 24 {
		b[0], b[1], b[2] = byte(v>>16), byte(v>>8), byte(v)
		s := string(b)
		wr, wn := utf8.DecodeRuneInString(s)
		if cjk := wn == 3 && wr >= 0x4E00 && wr <= 0x9FFF; cjkAt(s, 0) != cjk {
			t.Fatalf("cjkAt(%q, 0) = %v, utf8 says %U", s, !cjk, wr)
		}
		if r, ok := HanAt(s, 0); ok != cjkAt(s, 0) || ok && r != wr {
			t.Fatalf("HanAt(%q, 0) = %U %v, utf8 says %U", s, r, ok, wr)
		}
	}
	if _, ok := HanAt("\xe4\xb8", 0); ok {
		t.Fatal("HanAt reads past the end")
	}
}

// TestDecodeRuneIsUTF8 checks decodeRune and cjkAt against utf8.DecodeRuneInString
// on every three-byte sequence led by E0–EF, truncated ones too.
func TestDecodeRuneIsUTF8(t *testing.T) {
	for b0 := 0xE0; b0 <= 0xEF; b0++ {
		for b1 := range 256 {
			for b2 := range 256 {
				s := string([]byte{byte(b0), byte(b1), byte(b2)})
				for _, in := range []string{s, s[:2], "a" + s} {
					i := len(in) - len(s)
					if i < 0 {
						i = 0
					}
					r, n := DecodeRuneAt(in, i)
					wr, wn := utf8.DecodeRuneInString(in[i:])
					if cjk := wn == 3 && wr >= 0x4E00 && wr <= 0x9FFF; cjkAt(in, i) != cjk {
						t.Fatalf("cjkAt(%q, %d) = %v, utf8 says %U", in, i, !cjk, wr)
					}
					if r != wr || n != wn {
						t.Fatalf("DecodeRuneAt(%q, %d) = %U %d, utf8 says %U %d", in, i, r, n, wr, wn)
					}
				}
			}
		}
	}
}

// TestWordSetLookup checks the open-addressed table of every word set of
// the package against its map, for every rune below U+10000 and a few past.
func TestWordSetLookup(t *testing.T) {
	sets := []*wordSet{chromeWords, statementWords2, breadcrumbWords, toolBarWords, copyrightWords,
		newWordSet(), newWordSet().words(1, "a"), newWordSet().words(1, strings.Split("一二三四五六七八九十百千万亿兆", "")...)}
	for k, ws := range sets {
		for r := rune(-1); r < 1<<16+2; r++ {
			got, want := ws.lookup(r), ws.byFirst[r]
			if len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
				t.Fatalf("set %d: lookup(%U) = %v, byFirst %v", k, r, got, want)
			}
		}
	}
}
