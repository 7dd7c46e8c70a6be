package content

import "testing"

// isStampRef is isStamp as it was, running reRelativeTime on every short
// line with a digit.
func isStampRef(l *line) bool {
	switch l.dropped() {
	case "date-line", "byline", "relative-time":
		return true
	}
	if l.runes >= threadStampRunes || !(hasDigit(l.text) || containsAnyRune(l.text, '刚', '剛')) {
		return false
	}
	if reRelativeTime.MatchString(l.text) {
		return true
	}
	_, ok := findDate(l.text)
	return ok
}

// TestIsStampAsReference compares isStamp with isStampRef on the labelled
// pages' lines and random lines of digits, dates and relative times.
func TestIsStampAsReference(t *testing.T) {
	parts := []string{"3", "12", " ", "天", "前", "刚刚", "剛剛", "后", "分钟", "小时", "2024-01-03", "2024年1月3日", "10:22",
		"张三", "|", "·", "\xe5", "年", "月"}
	var lines []line
	for _, l := range corpusWalkedLines(t) {
		lines = append(lines, l)
	}
	for _, s := range append(corpusLines(t), randomLines(23, 50000, 6, parts)...) {
		lines = append(lines, line{text: s, runes: len([]rune(s))})
	}
	stamps := 0
	for i := range lines {
		a, b := lines[i], lines[i]
		got, want := isStamp(&a), isStampRef(&b)
		if got != want {
			t.Fatalf("isStamp(%q) = %v, reference %v", lines[i].text, got, want)
		}
		if want {
			stamps++
		}
	}
	if stamps < 1000 {
		t.Fatalf("only %d stamps: the inputs miss the point", stamps)
	}
}
