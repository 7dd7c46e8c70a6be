package normalize

import (
	"regexp"
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

func refFixPunctuation(s string) (string, int) {
	lines := strings.Split(s, "\n")
	n := 0
	for i, l := range lines {
		if f := fixLine(l); f != l {
			lines[i] = f
			n++
		}
	}
	if n == 0 {
		return s, 0
	}
	return strings.Join(lines, "\n"), n
}

func refDropMojibake(s string) (string, int) {
	s, n := fixEntities(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !maybeMojibake(l) {
			continue
		}
		// removing a span can glue debris to new neighbours: repeat to a fixed point
		for round := 0; round < 8; round++ {
			out, k := dropMojibakeLine([]rune(l))
			if k == 0 || out == l {
				break
			}
			l, n = out, n+k
		}
		lines[i] = l
	}
	if n == 0 {
		return s, 0
	}
	return strings.Join(lines, "\n"), n
}

func refDropSEO(s string) (string, []string) {
	lines := strings.Split(s, "\n")
	var removed []string
	if q, ok := refLoneQuery(lines); ok {
		return "", []string{q}
	}
	kept := lines[:0:0]
	var brands []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if isUnderscoreKeywords(t) {
			removed = append(removed, t)
			continue
		}
		if head, ok := spamHeader(t); ok {
			removed = append(removed, head)
			l = strings.TrimSpace(strings.TrimPrefix(t, head))
		}
		if m := mayPromo(t); m != nil && utf8.RuneCountInString(t) <= 100 {
			removed = append(removed, t)
			brands = append(brands, m[1])
			continue
		}
		kept = append(kept, l)
	}
	for _, b := range brands {
		re := regexp.MustCompile(regexp.QuoteMeta(b) + domainRe)
		for i, l := range kept {
			for _, m := range re.FindAllString(l, -1) {
				removed = append(removed, strings.TrimSpace(m))
			}
			kept[i] = strings.TrimRight(re.ReplaceAllString(l, ""), " ")
		}
	}
	if removed == nil {
		return s, nil
	}
	return strings.Join(kept, "\n"), removed
}

func refLoneQuery(lines []string) (string, bool) {
	var only string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if only != "" {
			return "", false
		}
		only = l
	}
	if only == "" || utf8.RuneCountInString(only) > 40 || strings.ContainsAny(only, "。，,；;！!") {
		return "", false
	}
	if hanCount([]rune(only)) < 4 || !queryRe.MatchString(only) {
		return "", false
	}
	return only, true
}

// refDropChrome is DropChrome as it was, with its rules as they were.
func refDropChrome(s string) (string, int) {
	lines := strings.Split(s, "\n")
	drop := make([]bool, len(lines))
	for i, l := range lines {
		drop[i] = refChromeLine(strings.TrimSpace(l))
	}
	refDropListRuns(lines, drop)
	refDropAfterHeadings(lines, drop)
	kept := make([]string, 0, len(lines))
	n := 0
	for i, l := range lines {
		if drop[i] {
			n++
			continue
		}
		kept = append(kept, l)
	}
	if n == 0 {
		return s, 0
	}
	return strings.Join(kept, "\n"), n
}

// checkScanCount compares wordSet.scanCount with scan and capRunes.
func checkScanCount(t *testing.T, l string) {
	for _, max := range []int{1, 12, 120} {
		m, n := chromeWords.scanCount(l, max)
		if n != capRunes(l, max) || n < max && m != chromeWords.scan(l) {
			t.Fatalf("scanCount(%q, %d) = %b %d; scan %b, capRunes %d", l, max, m, n, chromeWords.scan(l), capRunes(l, max))
		}
	}
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

// checkDupKeyHash compares dupKeyHash with the key appendDupKey builds.
func checkDupKeyHash(t *testing.T, l string) {
	key, n := appendDupKey(nil, l)
	if !utf8.Valid(key) {
		t.Fatalf("appendDupKey(%q) = %q, invalid UTF-8", l, key)
	}
	if h, size, m := dupKeyHash(l); h != dupHash(string(key)) || size != len(key) || m != n {
		t.Fatalf("dupKeyHash(%q) = %x %d %d, key %q: %x %d %d", l, h, size, m, key, dupHash(string(key)), len(key), n)
	}
	pre := []rune(string(key))
	pre = pre[:min(len(pre), minDupRunes)]
	if h, long := dupKeyPrefix(l); h != dupHash(string(pre)) || long != (n >= minDupRunes) {
		t.Fatalf("dupKeyPrefix(%q) = %x %v, key %q: %x %v", l, h, long, key, dupHash(string(pre)), n >= minDupRunes)
	}
}

// checkTextSteps runs the rewritten whole-text steps and their references
// over s and returns the changes each made, by step.
func checkTextSteps(t *testing.T, lx *lexicon, s string) (changes [7]int) {
	if got, want := trimLines(s), refTrimLines(s); got != want {
		t.Fatalf("trimLines(%q) = %q, reference %q", s, got, want)
	} else if got != s {
		changes[0]++
	}
	for i, step := range []struct {
		name     string
		new, ref func(string) (string, int)
	}{
		{"DropDuplicates", DropDuplicates, refDropDuplicates},
		{"FixPunctuation", FixPunctuation, refFixPunctuation},
		{"DropMojibake", DropMojibake, refDropMojibake},
		{"DropChrome", DropChrome, refDropChrome},
	} {
		got, gn := step.new(s)
		want, wn := step.ref(s)
		if got != want || gn != wn {
			t.Fatalf("%s(%q) = %q %d, reference %q %d", step.name, s, got, gn, want, wn)
		}
		changes[1+i] += gn
	}
	for l := range strings.SplitSeq(s, "\n") {
		checkScanCount(t, l)
		if !lx.mayHit(l) && len(lx.hits([]rune(l))) > 0 {
			t.Fatalf("mayHit(%q) false, but hits finds %v", l, lx.hits([]rune(l)))
		}
	}
	for i, step := range []struct {
		name     string
		new, ref func(string) (string, []string)
	}{
		{"DropSEO", DropSEO, refDropSEO},
		{"remove", lx.remove, lx.refRemove},
	} {
		got, gr := step.new(s)
		want, wr := step.ref(s)
		if got != want || strings.Join(gr, "\x00") != strings.Join(wr, "\x00") || len(gr) != len(wr) {
			t.Fatalf("%s(%q) = %q %q, reference %q %q", step.name, s, got, gr, want, wr)
		}
		changes[5+i] += len(gr)
	}
	return changes
}

func TestTextStepsMatchReference(t *testing.T) {
	for _, l := range append(stepInputs(t), "\xff\xfe", "a\uFFFDb", "\U0001F600x\U00020000", "　，。", "\xe4\xb8") {
		checkDupKeyHash(t, l)
	}
	texts := stepTexts(t)
	var changes [7]int
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range texts {
		for i, n := range checkTextSteps(t, lx, s) {
			changes[i] += n
		}
	}
	// trimmed texts, then the counts of DropDuplicates, FixPunctuation,
	// DropMojibake, DropChrome, DropSEO and remove
	t.Logf("%d texts, changes by step %v", len(texts), changes)
	for i, n := range changes {
		if n == 0 {
			t.Fatalf("step %d changed no text: the inputs test nothing of it", i)
		}
	}
}

func FuzzTextStepsMatchReference(f *testing.F) {
	for _, s := range []string{"aaaaaaaaa\nbbbbbbbbb\nccccccccc\naaaaaaaaa\nbbbbbbbbb\nccccccccc", " x \n\n\u200by", "a\n"} {
		f.Add(s)
	}
	lx, err := defaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDupKeyHash(t, s)
		checkTextSteps(t, lx, s)
	})
}

// TestBrokenEndsEndings compares brokenEnds with its reference on long
// lines of Han text ending every way it looks at: a stop and a short or
// long run, a comma, Han only, stray and cut bytes, rare Han.
func TestBrokenEndsEndings(t *testing.T) {
	body := []string{"质量", "月", "活动", "。", "，", "、", ",", "！", "？", "；", " ", "a", "1", "\xe4\xb8", "\xad", "\xff", "\uFFFD", "𠀀", "㐀", "⺀"}
	rnd := newRand(13)
	counted := 0
	for range 200000 {
		var b strings.Builder
		for k := 10 + rnd.Intn(40); k > 0; k-- {
			if rnd.Intn(3) == 0 {
				b.WriteString(body[rnd.Intn(len(body))])
			} else {
				b.WriteString("质")
			}
		}
		for k := rnd.Intn(4); k > 0; k-- { // the ending
			b.WriteString(body[rnd.Intn(len(body))])
		}
		l := b.String()
		got, want := brokenEnds(l), refBrokenEnds(l)
		if got != want {
			t.Fatalf("brokenEnds(%q) = %d, reference %d", l, got, want)
		}
		counted += got
	}
	if counted == 0 {
		t.Fatal("no line ended broken: the inputs test nothing")
	}
}
