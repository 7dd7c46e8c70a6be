package normalize

import (
	"testing"
	"unicode"
)

// TestIsHanAsUnicode checks isHan's fast path against unicode.Han for every rune.
func TestIsHanAsUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}
