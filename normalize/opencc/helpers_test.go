package opencc

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// sharedDir returns the shared corpus directory, or skips.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	for _, d := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		if st, err := os.Stat(filepath.Join(d, "corpus")); err == nil && st.IsDir() {
			return d
		}
	}
	tb.Skip("shared corpus not found (../shared or /work/shared): skipping corpus comparison")
	return ""
}

// openccTool returns the path of the opencc command-line tool, or skips.
func openccTool(tb testing.TB) string {
	tb.Helper()
	p, err := exec.LookPath("opencc")
	if err != nil {
		tb.Skip("opencc command-line tool not installed (apt-get install opencc): skipping comparison")
	}
	return p
}

// runOpenCC converts input with the opencc tool and configuration cfg.
func runOpenCC(tb testing.TB, cfg string, input []byte) []byte {
	tb.Helper()
	tool := openccTool(tb)
	dir := tb.TempDir()
	in, out := filepath.Join(dir, "in.txt"), filepath.Join(dir, "out.txt")
	if err := os.WriteFile(in, input, 0o644); err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(tool, "-c", cfg+".json", "-i", in, "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("opencc -c %s: %v: %s", cfg, err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		tb.Fatal(err)
	}
	return got
}

// corpusText concatenates every page of the shared corpus folders, made
// valid UTF-8 without NUL bytes (the opencc tool rejects invalid UTF-8 and
// stops a line at NUL).
func corpusText(tb testing.TB) []byte {
	tb.Helper()
	root := sharedDir(tb)
	var buf bytes.Buffer
	for _, pat := range []string{"seeds/*.txt", "facts/pages/*.txt", "html/pages/*.html"} {
		files, err := filepath.Glob(filepath.Join(root, "corpus", pat))
		if err != nil || len(files) == 0 {
			tb.Fatalf("no corpus files for %s", pat)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			s := strings.ToValidUTF8(string(raw), "\uFFFD")
			buf.WriteString(strings.ReplaceAll(s, "\x00", ""))
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}

var (
	mixedOnce sync.Once
	mixedText []byte
)

// noise is what the generated text mixes with dictionary words.
var noise = []string{
	"，", "。", "、", "；", "：", "？", "！", "“", "”", "「", "」", "《", "》", "（", "）",
	",", ".", ";", ":", "?", "!", "(", ")", " ", "  ", "\t", "\r", "-", "3·15", "2024年",
	"abc", "SQL", "PN", "CI", "http://example.com/a?b=1", "😀", "👍🏽", "🇨🇳", "\u200b",
	"\u3000", "\u00a0", "\uFFFD", "锟斤拷", "烫烫烫", "?百|", "?!睋?", "αβγ", "Привет",
	"カタカナ", "ひらがな", "Ａｂｃ１２３", "e\u0301", "𠀀", "𪚥", "\U0010FFFD", "\x7f",
}

// mixedInput returns about n bytes of generated lines: every dictionary key
// and value, shuffled and mixed with punctuation, ASCII, emoji and
// mojibake-looking sequences. It is deterministic.
func mixedInput(tb testing.TB) []byte {
	tb.Helper()
	mixedOnce.Do(func() {
		var words []string
		for _, name := range []string{"TSPhrases", "TSCharacters", "TWPhrasesRev",
			"TWVariantsRevPhrases", "TWVariantsRev", "HKVariantsRevPhrases", "HKVariantsRev"} {
			raw, err := dictFS.ReadFile("dict/" + name + ".txt")
			if err != nil {
				panic(err)
			}
			for _, line := range strings.Split(string(raw), "\n") {
				k, v, ok := strings.Cut(line, "\t")
				if !ok {
					continue
				}
				words = append(words, k, k, k)
				words = append(words, strings.Fields(v)...)
			}
		}
		rng := rand.New(rand.NewPCG(1, 2))
		var buf bytes.Buffer
		for pass := 0; pass < 8; pass++ {
			rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
			for i, w := range words {
				buf.WriteString(w)
				switch r := rng.IntN(20); {
				case r < 6:
				case r < 16:
					buf.WriteString(noise[rng.IntN(len(noise))])
				case r < 18:
					// split a word: its first rune only, then a random rune
					buf.WriteString(string([]rune(w)[:1]))
				default:
					buf.WriteByte('\n')
				}
				if i%40 == 39 {
					buf.WriteByte('\n')
				}
			}
		}
		mixedText = buf.Bytes()
	})
	if !utf8.Valid(mixedText) {
		tb.Fatal("generated text is not valid UTF-8")
	}
	return mixedText
}

// firstDiff describes where got and want first differ, with some context.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	line := bytes.Count(want[:i], []byte("\n")) + 1
	from := max(0, i-60)
	for from > 0 && !utf8.RuneStart(want[from]) {
		from--
	}
	clip := func(b []byte) string {
		if from >= len(b) {
			return ""
		}
		return strings.ToValidUTF8(string(b[from:min(len(b), i+60)]), "?")
	}
	return "byte " + strconv.Itoa(i) + " line " + strconv.Itoa(line) + ":\n got  " + clip(got) + "\n want " + clip(want)
}
