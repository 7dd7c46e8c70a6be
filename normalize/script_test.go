package normalize

import (
	"testing"

	"github.com/ccorpus/ccorpus/normalize/opencc"
)

// TestAnyTraditionalSet checks the Cleaner's rune set against asking the
// classifier rune by rune, over the corpus's lines, random lines, and text
// holding every Han rune of the BMP and some above it.
func TestAnyTraditionalSet(t *testing.T) {
	conv, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	c := NewCleaner(conv)
	if c.trad == nil {
		t.Fatal("no traditional rune set for an opencc converter")
	}
	lines := stepInputs(t)
	for r := rune(0x2E00); r < 0x30000; r++ {
		if r%512 == 0 {
			lines = append(lines, "")
		}
		lines[len(lines)-1] += string(r)
		lines = append(lines, string(r))
	}
	found := 0
	for _, l := range append(lines, "漢字", "汉字", "質(zhì)量", "\xff漢") {
		got, want := c.anyTraditional(conv, l), anyTraditional(conv, l)
		if got != want {
			t.Fatalf("anyTraditional(%q) = %v, rune by rune %v", l, got, want)
		}
		if got {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no traditional text found")
	}
}
