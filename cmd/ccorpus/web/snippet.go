package web

import (
	"strings"
	"unicode/utf8"
)

// span is a piece of text, marked or not; templates print it escaped.
type span struct {
	Text  string
	Mark  bool
	Title string // shown on hover: what the mark stands for
	ID    string // anchor of the mark
}

// snippet cuts a window of about width runes around the first occurrence of
// any term in text and marks every occurrence of the terms in it. Without
// a match it is the start of the text.
func snippet(text string, terms []string, width int) []span {
	text = strings.Join(strings.Fields(text), " ")
	lower := foldedLike(text)
	first := -1
	for _, t := range terms {
		if i := strings.Index(lower, strings.ToLower(t)); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	start := 0
	if first > 0 {
		// back up about a third of the window, to a rune boundary
		back := 0
		for start = first; start > 0 && back < width/3; back++ {
			_, n := utf8.DecodeLastRuneInString(text[:start])
			start -= n
		}
	}
	end, n := start, 0
	for end < len(text) && n < width {
		_, sz := utf8.DecodeRuneInString(text[end:])
		end += sz
		n++
	}
	win := text[start:end]
	out := markTerms(win, terms)
	if start > 0 {
		out = append([]span{{Text: "…"}}, out...)
	}
	if end < len(text) {
		out = append(out, span{Text: "…"})
	}
	return out
}

// markTerms splits s into spans, marking every occurrence of a term.
func markTerms(s string, terms []string) []span {
	lower := foldedLike(s)
	var out []span
	i := 0
	for i < len(s) {
		best, bestLen := -1, 0
		for _, t := range terms {
			if t == "" {
				continue
			}
			if j := strings.Index(lower[i:], strings.ToLower(t)); j >= 0 && (best < 0 || j < best || (j == best && len(t) > bestLen)) {
				best, bestLen = j, len(t)
			}
		}
		if best < 0 {
			out = append(out, span{Text: s[i:]})
			break
		}
		if best > 0 {
			out = append(out, span{Text: s[i : i+best]})
		}
		out = append(out, span{Text: s[i+best : i+best+bestLen], Mark: true})
		i += best + bestLen
	}
	return out
}

// foldedLike lower-cases s for matching when that keeps every byte offset
// (Chinese and ASCII text do), and returns s itself otherwise.
func foldedLike(s string) string {
	if l := strings.ToLower(s); len(l) == len(s) {
		return l
	}
	return s
}
