package place

import "testing"

// TestCueOfIsSlow checks the byte scan of cueOf against the marks
// themselves (cueOfSlow, the scan's switch before) on invented tokens and
// on every token of the labelled pages when present.
func TestCueOfIsSlow(t *testing.T) {
	toks := []string{"", "《", "》", "《广东省", "纲要》", "》《", "，", ",", "：", ":", "根据", "按照", "贯彻落实",
		"入选", "根据，", "市场", "a,b", "\xe3", "\xef\xbc", "\xef\xbc\x8c", "、", "。", "“", "ｃ", "〈"}
	r := resolver(t)
	for _, in := range scanInputs(t) {
		for _, s := range sentences(in) {
			toks = append(toks, r.seg.Cut(s.text)...)
		}
	}
	for _, tok := range toks {
		if got, want := cueOf(tok), cueOfSlow(tok); got != want {
			t.Errorf("cueOf(%q) = %d, cueOfSlow says %d", tok, got, want)
		}
	}
}

func FuzzCueOf(f *testing.F) {
	f.Add("《根据》，")
	f.Fuzz(func(t *testing.T, tok string) {
		if got, want := cueOf(tok), cueOfSlow(tok); got != want {
			t.Errorf("cueOf(%q) = %d, cueOfSlow says %d", tok, got, want)
		}
	})
}
