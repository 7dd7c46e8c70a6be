package facts

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedTexts returns the labelled pages of the shared corpus (text dumps
// and HTML, read as text) beside the repository or at /work/shared, for the
// tests that compare a faster rewrite with the code it replaces; nil when
// the corpus is absent.
func sharedTexts(t testing.TB) []string {
	return readShared(t, "facts/pages/*.txt", "facts2/pages/*.txt", "seeds/*.txt", "html/pages/*.html")
}

// readShared reads the files of the shared corpus that match patterns.
func readShared(t testing.TB, patterns ...string) []string {
	t.Helper()
	var out []string
	for _, root := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		for _, pat := range patterns {
			files, _ := filepath.Glob(filepath.Join(root, "corpus", pat))
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, string(raw))
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// sharedLines returns the lines of the labelled text pages (the HTML
// pages' lines are markup, not the text facts reads).
func sharedLines(t testing.TB) []string {
	var out []string
	for _, text := range readShared(t, "facts/pages/*.txt", "facts2/pages/*.txt", "seeds/*.txt") {
		out = append(out, strings.Split(text, "\n")...)
	}
	return out
}

// randomTexts returns n strings of up to max characters drawn from
// alphabet, a few of them with a stray byte of broken UTF-8.
func randomTexts(seed int64, n, max int, alphabet string) []string {
	rs := []rune(alphabet)
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(max + 1); k > 0; k-- {
			if rng.Intn(50) == 0 {
				b.WriteByte([]byte{0xE6, 0x9C, 0xFF, 0x80}[rng.Intn(4)])
				continue
			}
			b.WriteRune(rs[rng.Intn(len(rs))])
		}
		out[i] = b.String()
	}
	return out
}
