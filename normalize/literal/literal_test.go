package literal

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pieces are characters of every lead byte Index treats apart (ASCII, E3,
// E4–EF, four-byte), continuation and broken bytes, and repeats of a
// literal's own bytes.
var pieces = []string{"月", "年", "本", "来源", "首页", "小编", "分享", "「", "、", "。", "“", "，", "a", "1", " ", "𠀀",
	"\x88", "\xe6", "\xe6\x9c", "\x9c\x88", "\xe6\x9c\x88", "\xef\xbc", "源", "页"}

// literals are what the callers look for, and the edge cases.
var literals = []string{"", "a", "月", "年", "来源", "首页", "小编", "分享", "「", "“", "，", "\x88", "\xe6\x9c", "月日", "首页首页"}

func randomTexts(seed int64, n int) []string {
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(24); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// TestIndex compares Index and Contains with strings.Index and
// strings.Contains on random texts of the pieces, at every start.
func TestIndex(t *testing.T) {
	texts := append(randomTexts(1, 20000), "", "月", "x月", "来源来源", "来")
	for _, text := range texts {
		for _, lit := range literals {
			for i := 0; i <= len(text); i++ {
				if got, want := Index(text[i:], lit), strings.Index(text[i:], lit); got != want {
					t.Fatalf("Index(%q, %q) = %d, strings.Index %d", text[i:], lit, got, want)
				}
				if got, want := Contains(text[i:], lit), strings.Contains(text[i:], lit); got != want {
					t.Fatalf("Contains(%q, %q) = %v, strings.Contains %v", text[i:], lit, got, want)
				}
			}
		}
	}
}

func FuzzIndex(f *testing.F) {
	for _, s := range randomTexts(2, 20) {
		f.Add(s, "来源")
	}
	f.Add("\xe6\x9c\x88\x88", "\x9c\x88")
	f.Fuzz(func(t *testing.T, s, lit string) {
		if got, want := Index(s, lit), strings.Index(s, lit); got != want {
			t.Fatalf("Index(%q, %q) = %d, strings.Index %d", s, lit, got, want)
		}
	})
}

// sharedTexts reads the labelled fact pages, nil when the shared corpus is
// not beside the repository nor at /work/shared.
func sharedTexts(tb testing.TB) []string {
	for _, d := range []string{filepath.Join("..", "..", "..", "shared", "corpus"), "/work/shared/corpus"} {
		files, _ := filepath.Glob(filepath.Join(d, "facts", "pages", "*.txt"))
		var out []string
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				out = append(out, string(b))
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// BenchmarkIndex finds every 年, 来源 (by the last byte) and 「 (left to
// strings.Index) of the labelled fact pages, with strings.Index as the
// reference in the same run.
func BenchmarkIndex(b *testing.B) {
	texts := sharedTexts(b)
	if len(texts) == 0 {
		b.Skip("no shared corpus")
	}
	count := func(index func(string, string) int, lit string) {
		for _, text := range texts {
			for i := 0; ; {
				j := index(text[i:], lit)
				if j < 0 {
					break
				}
				i += j + len(lit)
			}
		}
	}
	for _, lit := range []string{"年", "来源", "「"} {
		b.Run(lit+"/strings.Index", func(b *testing.B) {
			for b.Loop() {
				count(strings.Index, lit)
			}
		})
		b.Run(lit+"/Index", func(b *testing.B) {
			for b.Loop() {
				count(Index, lit)
			}
		})
	}
}
