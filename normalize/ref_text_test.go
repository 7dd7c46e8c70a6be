package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The whole-text steps as they were before their rewrites that stopped
// splitting the text into a []string: references the rewrites must agree
// with, on texts made of the labelled pages' lines and random ones.

func refTrimLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || isZeroWidth(r) })
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

func refDropDuplicates(s string) (string, int) {
	lines := strings.Split(s, "\n")
	seen := make(map[string]bool, len(lines))
	repeat := make([]bool, len(lines))
	long := make([]bool, len(lines))
	var key []byte
	for i, l := range lines {
		if len(l) < minDupRunes {
			continue // its key is shorter still
		}
		var n int
		if key, n = appendDupKey(key[:0], l); n < minDupRunes {
			continue
		}
		long[i] = true
		if repeat[i] = seen[string(key)]; !repeat[i] {
			seen[string(key)] = true
		}
	}
	drop := make([]bool, len(lines))
	n := 0
	for i := 0; i < len(lines); {
		if !repeat[i] {
			i++
			continue
		}
		j, count := i, 0
		for j < len(lines) && (repeat[j] || !long[j]) {
			if repeat[j] {
				count++
			}
			j++
		}
		for j > i && !repeat[j-1] {
			j-- // a run ends on its last repeated line
		}
		if count >= minDupBlock && float64(refRunesOf(lines[i:j])) >= minDupShare*float64(utf8.RuneCountInString(s)) {
			for k := i; k < j; k++ {
				drop[k] = true
				n++
			}
		}
		i = j
	}
	if n == 0 {
		return s, 0
	}
	kept := make([]string, 0, len(lines)-n)
	for i, l := range lines {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n"), n
}

func refRunesOf(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// stepTexts are texts of a few lines each, drawn from stepInputs with
// blank, padded and repeated lines among them, so that every step has
// lines to trim, drop and find again.
func stepTexts(tb testing.TB) []string {
	lines := stepInputs(tb)
	pads := []string{"", " ", "\u3000", "\u200b", "\t", "\r", "\uFEFF", "\u00a0"}
	rnd := newRand(21)
	var out []string
	for k := 0; k < len(lines); {
		var parts []string
		for m := rnd.Intn(12); m >= 0 && k < len(lines); m-- {
			l := lines[k]
			k++
			switch rnd.Intn(8) {
			case 0:
				l = pads[rnd.Intn(len(pads))] + l + pads[rnd.Intn(len(pads))]
			case 1:
				parts = append(parts, pads[rnd.Intn(len(pads))])
			case 2:
				if len(parts) > 0 { // a repeat, padded or not
					l = parts[rnd.Intn(len(parts))] + pads[rnd.Intn(2)]
				}
			}
			parts = append(parts, l)
		}
		if rnd.Intn(4) == 0 { // a body that appears twice
			parts = append(parts, parts...)
		}
		out = append(out, strings.Join(parts, "\n"))
	}
	for k := 0; k+400 <= len(out); k += len(out) / 8 { // long texts: DropDuplicates's map of hashes
		out = append(out, strings.Join(out[k:k+400], "\n"))
	}
	return append(out, "", "\n", "\n\n", " ", "a\n", "\na", "x\n\nx")
}

// fnvKey is the FNV-1a hash of a dup key, as dupKeyHash computes it.
func fnvKey(key []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range key {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// checkDupKeyHash compares dupKeyHash with the key appendDupKey builds.
func checkDupKeyHash(t *testing.T, l string) {
	key, n := appendDupKey(nil, l)
	if h, size, m := dupKeyHash(l); h != fnvKey(key) || size != len(key) || m != n {
		t.Fatalf("dupKeyHash(%q) = %x %d %d, key %q: %x %d %d", l, h, size, m, key, fnvKey(key), len(key), n)
	}
}

func TestTextStepsMatchReference(t *testing.T) {
	for _, l := range append(stepInputs(t), "\xff\xfe", "a\uFFFDb", "\U0001F600x\U00020000", "　，。", "\xe4\xb8") {
		checkDupKeyHash(t, l)
	}
	texts := stepTexts(t)
	dropped := 0
	for _, s := range texts {
		if got, want := trimLines(s), refTrimLines(s); got != want {
			t.Fatalf("trimLines(%q) = %q, reference %q", s, got, want)
		}
		got, gn := DropDuplicates(s)
		want, wn := refDropDuplicates(s)
		if got != want || gn != wn {
			t.Fatalf("DropDuplicates(%q) = %q %d, reference %q %d", s, got, gn, want, wn)
		}
		dropped += gn
	}
	if dropped == 0 {
		t.Fatal("no text had a duplicate block: the inputs test nothing")
	}
	t.Logf("%d texts, %d duplicate lines dropped", len(texts), dropped)
}

func FuzzTextStepsMatchReference(f *testing.F) {
	for _, s := range []string{"aaaaaaaaa\nbbbbbbbbb\nccccccccc\naaaaaaaaa\nbbbbbbbbb\nccccccccc", " x \n\n\u200by", "a\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDupKeyHash(t, s)
		if got, want := trimLines(s), refTrimLines(s); got != want {
			t.Fatalf("trimLines(%q) = %q, reference %q", s, got, want)
		}
		got, gn := DropDuplicates(s)
		want, wn := refDropDuplicates(s)
		if got != want || gn != wn {
			t.Fatalf("DropDuplicates(%q) = %q %d, reference %q %d", s, got, gn, want, wn)
		}
	})
}
