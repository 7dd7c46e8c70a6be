package content

import (
	"math/rand"
	"strings"
	"testing"
)

// TestWordSetContainsAsStrings checks wordSet.contains against
// strings.Contains over each word, on chosen and random text with invalid
// bytes and words sharing first runes.
func TestWordSetContainsAsStrings(t *testing.T) {
	words := []string{"版权所有", "版权归", "Copyright", "©", "ICP备", "联系我们", "联系", "a"}
	ws := newWordSet(words...)
	want := func(s string) bool {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{"", "版权", "本站版权归作者", "联系方式", "\xe7版权所有", "版\xff权所有", "ICP", "京ICP备123号", "xCopyrigh", "© 2024", "ab"} {
		if got := ws.contains(s); got != want(s) {
			t.Errorf("contains(%q) = %v, want %v", s, got, want(s))
		}
	}
	alphabet := []string{"版", "权", "所", "有", "归", "联", "系", "我", "们", "C", "o", "p", "y", "r", "i", "g", "h", "t", "©", "I", "P", "备", "a", "\xe7", "\x89", "\xff", " "}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := b.String()
		if got := ws.contains(s); got != want(s) {
			t.Fatalf("contains(%q) = %v, want %v", s, got, want(s))
		}
	}
}
