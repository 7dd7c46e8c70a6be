package opencc

import (
	"testing"
	"unicode"
)

// TestClassifyBitsMatchMaps checks the bitsets Classify reads for runes
// below U+10000 against the maps they are built from, for every rune.
func TestClassifyBitsMatchMaps(t *testing.T) {
	c, err := New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	c.Classify('中')
	trad, simp := 0, 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		gt, gs := c.Classify(r)
		if gt != c.trad[r] || gs != c.simp[r] {
			t.Fatalf("Classify(%U) = %v, %v; maps say %v, %v", r, gt, gs, c.trad[r], c.simp[r])
		}
		trad, simp = trad+b2i(gt), simp+b2i(gs)
	}
	if trad < 1000 || simp < 1000 {
		t.Fatalf("%d traditional and %d simplified runes: classes not built", trad, simp)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
