package facts

import (
	"reflect"
	"strings"
	"testing"
)

// TestLinePrefilters checks that the tests run before listLineRe and
// metaLabelRe reject only lines the patterns do not match.
func TestLinePrefilters(t *testing.T) {
	lines := sharedLines(t)
	lines = append(lines, randomTexts(7, 20000, 16, "-•·* \t（()）2019-9-1来源发布时间日期编辑:：\u3000a")...)
	lines = append(lines, "• 标题 (2024-08-21)", "  - 一项", "*\t两项", "标题（2024-08-21） ", "标题（2024-8-1）\u3000", "·\u3000x", "来源 ：本站")
	for _, line := range lines {
		if got, want := isListLine(line), listLineRe.MatchString(line); got != want {
			t.Fatalf("list line %q: prefiltered %v, pattern %v", line, got, want)
		}
		if got, want := hasMetaLabel(line), metaLabelRe.MatchString(line); got != want {
			t.Fatalf("meta label %q: prefiltered %v, pattern %v", line, got, want)
		}
	}
}

// newDocRange is the newDoc that walked the characters of the text: the
// reference for the byte walk.
func newDocRange(text string) *doc {
	d := &doc{text: text}
	start := 0
	add := func(start, end int) {
		for start < end && (d.text[start] == ' ' || d.text[start] == '\t') {
			start++
		}
		if strings.TrimSpace(d.text[start:end]) != "" {
			d.sentences = append(d.sentences, span{start, end})
		}
	}
	for i, r := range text {
		if r == '\n' {
			d.newlines = append(d.newlines, i)
		}
		if isSentenceEnd(r) || (r == '?' || r == '!') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			end := i
			if r != '\n' {
				end = i + len(string(r))
			}
			add(start, end)
			start = i + len(string(r))
		}
	}
	add(start, len(text))
	return d
}

func TestNewDocMatchesCharacterWalk(t *testing.T) {
	texts := append(sharedTexts(t), randomTexts(9, 20000, 20, "。！？；;\n?! \t\u3000\u00a0\u0085\v文字a")...)
	texts = append(texts, "", "?", "a? b", "a?b", "。", " \t。\n\n", "\xe3\x80", "\xe3\x80\x82", "\xef\xbc")
	for _, text := range texts {
		got, want := newDoc(text), newDocRange(text)
		if !reflect.DeepEqual(got.sentences, want.sentences) || !reflect.DeepEqual(got.newlines, want.newlines) {
			t.Fatalf("newDoc(%q): sentences %v, lines %v; character walk: %v, %v", text, got.sentences, got.newlines, want.sentences, want.newlines)
		}
	}
}

func FuzzNewDoc(f *testing.F) {
	f.Add("第一句。第二句！第三句？\n第四句；a? b!c")
	f.Add("\xe3\x80 \xef\xbc\x9f\v\u0085")
	f.Fuzz(func(t *testing.T, text string) {
		got, want := newDoc(text), newDocRange(text)
		if !reflect.DeepEqual(got.sentences, want.sentences) || !reflect.DeepEqual(got.newlines, want.newlines) {
			t.Fatalf("newDoc(%q): %v %v; character walk: %v %v", text, got.sentences, got.newlines, want.sentences, want.newlines)
		}
	})
}

// TestLazyDocSplitsOnUse checks that a lazy doc answers, at every offset,
// what the doc split at once answers, whichever question comes first.
func TestLazyDocSplitsOnUse(t *testing.T) {
	texts := []string{"", "第一句。第二句！\n第三句？第四句；\n", " \t。\n\n甲", "\xe3\x80\x82\n\xef\xbc"}
	for _, text := range texts {
		for first := 0; first < 3; first++ {
			eager, lazyDoc := newDoc(text), newLazyDoc(text)
			lazy := &lazyDoc
			switch first {
			case 0:
				lazy.lineAt(0)
			case 1:
				lazy.sentenceAt(len(text) / 2)
			}
			for off := 0; off <= len(text); off++ {
				if lazy.sentenceAt(off) != eager.sentenceAt(off) || lazy.lineAt(off) != eager.lineAt(off) ||
					lazy.sentenceEnd(off) != eager.sentenceEnd(off) {
					t.Fatalf("%q at %d (first %d): lazy %q %q, eager %q %q", text, off, first,
						lazy.sentenceAt(off), lazy.lineAt(off), eager.sentenceAt(off), eager.lineAt(off))
				}
			}
			if !reflect.DeepEqual(lazy.spans(), eager.sentences) || !reflect.DeepEqual(lazy.lineBreaks(), eager.newlines) {
				t.Fatalf("%q: lazy %v %v, eager %v %v", text, lazy.spans(), lazy.lineBreaks(), eager.sentences, eager.newlines)
			}
		}
	}
}
