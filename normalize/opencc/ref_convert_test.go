package opencc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refFirstChange and refFusedFrom are firstChange and fusedFrom as they were,
// walking segmentation over the whole text: references for the skipping ones.
// firstChange returns the first position, visited by segmentation, whose
// conversion differs from the input (len(s) when there is none).
func (c *Converter) refFirstChange(s string) int {
	for i := 0; i < len(s); {
		if c.asciiFree && s[i] < utf8.RuneSelf {
			i++
			continue
		}
		n, v, ok := c.step(s, i)
		if ok && v != s[i:i+n] {
			return i
		}
		i += n
	}
	return len(s)
}

// fusedFrom appends the conversion of s[i:] to dst; i is a position visited
// by segmentation.
func (c *Converter) refFusedFrom(dst []byte, s string, i int) []byte {
	for i < len(s) {
		if c.asciiFree && s[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		n, v, ok := c.step(s, i)
		if ok {
			dst = append(dst, v...)
		} else {
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return dst
}

// TestSkippingMatchesWalk compares firstChange and fusedFrom with their
// whole-text walks on the corpus and the generated text, line by line, in
// blocks of lines and whole, for the fused configurations.
func TestSkippingMatchesWalk(t *testing.T) {
	in := string(mixedInput(t))
	if !testing.Short() {
		in = string(corpusText(t)) + in
	}
	lines := strings.Split(in, "\n")
	var texts []string
	for k := 0; k < len(lines); k += 40 {
		texts = append(texts, strings.Join(lines[k:min(k+40, len(lines))], "\n"))
	}
	texts = append(append(texts, lines...), in, "著名", "乾隆皇帝乾燥", "反覆", "abc覆\n盖", "覆"+strings.Repeat("字", 300)+"乾")
	for _, cfg := range Configs() {
		c := mustNew(t, cfg)
		if !c.fused {
			continue
		}
		for _, s := range texts {
			if got, want := c.firstChange(s), c.refFirstChange(s); got != want {
				t.Fatalf("%s firstChange(%q) = %d, walk %d", cfg, s, got, want)
			}
			if got, want := c.fusedFrom(nil, s, 0), c.refFusedFrom(nil, s, 0); string(got) != string(want) {
				t.Fatalf("%s fusedFrom(%q) = %q, walk %q", cfg, s, got, want)
			}
		}
	}
}

func FuzzSkippingMatchesWalk(f *testing.F) {
	for _, s := range []string{"著名", "乾隆皇帝乾燥", "反覆 a\n覆", "\xff覆", "😀乾"} {
		f.Add(s)
	}
	c := mustNew(f, "t2s")
	f.Fuzz(func(t *testing.T, s string) {
		if c.firstChange(s) != c.refFirstChange(s) || string(c.fusedFrom(nil, s, 0)) != string(c.refFusedFrom(nil, s, 0)) {
			t.Fatalf("skipping and walking differ on %q", s)
		}
	})
}
