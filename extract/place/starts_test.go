package place

import (
	"testing"
	"unicode"
)

// TestCaselessIdeographs checks the range newPrecheck takes for caseless
// without asking unicode.SimpleFold.
func TestCaselessIdeographs(t *testing.T) {
	for r := rune(0x3400); r <= 0x9FFF; r++ {
		if unicode.SimpleFold(r) != r {
			t.Fatalf("U+%04X has case", r)
		}
	}
}
