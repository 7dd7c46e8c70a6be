package content

import (
	"slices"
	"strings"
	"testing"
)

// TestNextFieldAsFields checks that nextField splits as strings.Fields on
// random strings of class names, every kind of white space and invalid bytes.
func TestNextFieldAsFields(t *testing.T) {
	parts := []string{"TRS_Editor", "zoom", "a", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u3000", "\u2028", "\xff", "\xe3\x80", "质量"}
	for _, s := range append(randomLines(11, 20000, 8, parts), "", " ", "a", " a ", "a  b") {
		var got []string
		for rest := s; rest != ""; {
			var c string
			c, rest = nextField(rest)
			if c != "" {
				got = append(got, c)
			}
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("fields of %q: %q, strings.Fields %q", s, got, want)
		}
	}
}
