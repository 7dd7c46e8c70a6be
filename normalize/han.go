package normalize

// HanCount is the number of Han characters in s. It is the one measure of
// "how much Chinese" every stage uses (content extraction weighs blocks with
// it, facts size paragraphs and lines with it).
func HanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}
