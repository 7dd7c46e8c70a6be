package normalize

import "strings"

// dateEnd reports a line ending with a date, as the pattern
//
//	[(（\[]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]]?$|[(（\[]\d{1,2}[-/.]\d{1,2}[)）\]]$
//
// does ((2024-08-21), [08-21], 2024-08-21 closing a link-list line), read
// from the end of the line instead of tried at every start. The bytes it
// looks at are ASCII or the whole of （ and ）, which no invalid byte before
// them can swallow, so it agrees with the pattern on any bytes.
func dateEnd(l string) bool {
	t, closed := cutCloseBracket(l)
	u, ok := cutDateGroup(t)
	if !ok {
		return false
	}
	// u ends with the month: 1-2 digits after a separator and four digits
	// (the first form), or after an opening bracket (the second, closed).
	k := trailingDigits(u, 3)
	if k < 1 || k > 2 || k == len(u) {
		return false
	}
	v := u[:len(u)-k]
	if isDateSep(v[len(v)-1]) {
		return trailingDigits(v[:len(v)-1], 4) == 4
	}
	return closed && (strings.HasSuffix(v, "(") || strings.HasSuffix(v, "[") || strings.HasSuffix(v, "（"))
}

// cutCloseBracket returns l without a closing ), ] or ） at its end, and
// whether there was one.
func cutCloseBracket(l string) (string, bool) {
	switch {
	case strings.HasSuffix(l, ")"), strings.HasSuffix(l, "]"):
		return l[:len(l)-1], true
	case strings.HasSuffix(l, "）"):
		return l[:len(l)-len("）")], true
	}
	return l, false
}

// cutDateGroup cuts the last group of a date from t: one or two digits at
// its end after a separator; it returns what comes before the separator.
func cutDateGroup(t string) (string, bool) {
	k := trailingDigits(t, 3)
	if k < 1 || k > 2 || k == len(t) || !isDateSep(t[len(t)-k-1]) {
		return "", false
	}
	return t[:len(t)-k-1], true
}

// trailingDigits counts the ASCII digits ending s, up to max.
func trailingDigits(s string, max int) int {
	k := 0
	for k < max && k < len(s) && isDigitByte(s[len(s)-1-k]) {
		k++
	}
	return k
}

func isDateSep(b byte) bool { return b == '-' || b == '/' || b == '.' }
