package decode

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestDecodeGBScoresAsSample checks decodeGB against x/text and its score
// against scoreSample on the equivalence inputs, random bytes and pages
// around the sample's size, and that x/text's GB18030 text, which Page
// no longer validates, is valid UTF-8.
func TestDecodeGBScoresAsSample(t *testing.T) {
	inputs := append(equivInputs(t), randomBytes(300, 8)...)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(sampleZh))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2} {
		for _, extra := range [][]byte{nil, {0x81}, {0xB0, 0x41}, []byte("ab"), {0x80}} {
			long := bytes.Repeat(gbk, detectSampleBytes*n/len(gbk)+1)
			cut := long[:detectSampleBytes*n]
			inputs = append(inputs, long, cut, append(bytes.Clone(cut), extra...), append(bytes.Clone(extra), cut...))
		}
	}
	counted := 0
	for i, raw := range inputs {
		p, err := decodeGB(raw)
		want, werr := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if !bytes.Equal(p.text, want) || (err == nil) != (werr == nil) {
			t.Fatalf("input %d: decodeGB = %d bytes, %v; x/text %d bytes, %v", i, len(p.text), err, len(want), werr)
		}
		if !utf8.Valid(want) {
			t.Fatalf("input %d: x/text's GB18030 text is not valid UTF-8", i)
		}
		if got, want := p.score(raw), scoreSample(raw, simplifiedchinese.GB18030); got != want {
			t.Fatalf("input %d (counted %v): score = %v, scoreSample %v", i, p.counted, got, want)
		}
		if p.counted && p.common > 0 {
			counted++
		}
	}
	if counted < 100 {
		t.Errorf("only %d of %d inputs scored by the decode", counted, len(inputs))
	}
}

func FuzzDecodeGBScore(f *testing.F) {
	f.Add([]byte("<meta charset=gbk>\xc4\xe3\xba\xc3\x81@\xb0A"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := decodeGB(raw)
		want, werr := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if !bytes.Equal(p.text, want) || (err == nil) != (werr == nil) || !utf8.Valid(want) {
			t.Fatalf("decodeGB(%q) = %q, %v; x/text %q, %v", raw, p.text, err, want, werr)
		}
		if got, want := p.score(raw), scoreSample(raw, simplifiedchinese.GB18030); got != want {
			t.Fatalf("score(%q) = %v, scoreSample %v", raw, got, want)
		}
	})
}
