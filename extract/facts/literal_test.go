package facts

import (
	"strings"
	"testing"
)

func TestIndexLiteral(t *testing.T) {
	texts := append(sharedTexts(t), randomTexts(8, 3000, 20, "月年本日第“”a\u6708\u5e74")...)
	texts = append(texts, "", "月", "x月", "\x9c\x88", "\xe6\x9c", "\xe6\x9c\x88")
	for _, text := range texts {
		for _, lit := range []string{"月", "年", "本", "“", "a", "月日", "\x88"} {
			for i := 0; i <= len(text); i += 1 + len(text)/7 {
				if got, want := indexLiteral(text[i:], lit), strings.Index(text[i:], lit); got != want {
					t.Fatalf("indexLiteral(%q, %q) = %d, strings.Index %d", text[i:], lit, got, want)
				}
			}
		}
	}
}

// BenchmarkIndexLiteral finds every 年 (left to the last-byte search) and
// every 「 (left to strings.Index) of the labelled pages, with
// strings.Index as the reference in the same run.
func BenchmarkIndexLiteral(b *testing.B) {
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
	for _, lit := range []string{"年", "「"} {
		b.Run(lit+"/strings.Index", func(b *testing.B) {
			for b.Loop() {
				count(strings.Index, lit)
			}
		})
		b.Run(lit+"/indexLiteral", func(b *testing.B) {
			for b.Loop() {
				count(indexLiteral, lit)
			}
		})
	}
}
