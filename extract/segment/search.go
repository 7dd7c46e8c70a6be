package segment

import (
	"strings"
	"unicode"
)

// SearchWords cuts text for a search index: every word of Cut, and after
// each word of three or more characters the dictionary words inside it
// (质量月 gives 质量月 and 质量), so that a query for a shorter word finds
// the pages where it is part of a longer one. Words without a letter or
// digit (punctuation, spaces) are left out.
func (g *GSE) SearchWords(text string) []string {
	words := g.Cut(text)
	out := make([]string, 0, len(words)+len(words)/4)
	for _, w := range words {
		if !hasLetter(w) {
			continue
		}
		out = append(out, w)
		rs := []rune(w)
		if len(rs) < 3 || len(rs) > 12 {
			continue
		}
		for n := len(rs) - 1; n >= 2; n-- {
			for i := 0; i+n <= len(rs); i++ {
				sub := string(rs[i : i+n])
				if _, _, ok := g.seg.Find(sub); ok {
					out = append(out, sub)
				}
			}
		}
	}
	return out
}

// SearchText is SearchWords joined by spaces, what the store's index holds.
func (g *GSE) SearchText(text string) string { return strings.Join(g.SearchWords(text), " ") }

// QueryWords cuts a search query into the words a page must contain.
func (g *GSE) QueryWords(query string) []string {
	var out []string
	for _, w := range g.Cut(query) {
		if hasLetter(w) {
			out = append(out, w)
		}
	}
	return out
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
