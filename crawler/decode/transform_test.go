package decode

import (
	"bytes"
	"math/rand"
	"testing"

	"golang.org/x/text/transform"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// transformEncodings are the decoders decodeBytes is checked with: the
// Chinese ones Page uses, UTF-16 (byte-order marks), and others a label may
// name, stateful ISO-2022-JP among them.
func transformEncodings(t testing.TB) []encoding.Encoding {
	encs := []encoding.Encoding{simplifiedchinese.GB18030, traditionalchinese.Big5,
		unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)}
	for _, label := range []string{"windows-1252", "shift_jis", "iso-2022-jp", "euc-kr", "koi8-r", "hz-gb-2312"} {
		enc, _ := charset.Lookup(label)
		if enc == nil {
			t.Fatalf("no encoding %q", label)
		}
		encs = append(encs, enc)
	}
	return encs
}

// randomBytes are byte strings of every length up to a few kilobytes,
// from alphabets that favour multi-byte sequences and escapes.
func randomBytes(n int, seed int64) [][]byte {
	rng := rand.New(rand.NewSource(seed))
	out := make([][]byte, n)
	for i := range out {
		b := make([]byte, rng.Intn(3000))
		for k := range b {
			switch rng.Intn(4) {
			case 0:
				b[k] = byte(rng.Intn(0x80))
			case 1:
				b[k] = byte(0x80 + rng.Intn(0x80))
			case 2:
				const esc = "\x1b$B()0123456789"
				b[k] = esc[rng.Intn(len(esc))]
			default:
				b[k] = byte(rng.Intn(256))
			}
		}
		out[i] = b
	}
	return out
}

func TestDecodeBytesAsXText(t *testing.T) {
	inputs := append(equivInputs(t), randomBytes(300, 3)...)
	inputs = append(inputs, nil, []byte{}, []byte{0x80}, []byte{0x81}, bytes.Repeat([]byte{0x80}, 5000))
	for _, enc := range transformEncodings(t) {
		for i, raw := range inputs {
			got, gerr := decodeBytes(enc, raw)
			want, werr := enc.NewDecoder().Bytes(raw)
			if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
				t.Fatalf("%v, input %d (%d bytes): decodeBytes = %d bytes, %v; x/text %d bytes, %v", enc, i, len(raw), len(got), gerr, len(want), werr)
			}
		}
	}
}

func TestScoreSampleAsReference(t *testing.T) {
	inputs := append(equivInputs(t), randomBytes(300, 4)...)
	long := bytes.Repeat([]byte(sampleZh+"a\xff\x81"), 4000) // past detectSampleBytes
	inputs = append(inputs, nil, []byte{0x81}, long, long[1:], append(bytes.Repeat([]byte("<p>"), 30000), long...))
	for i, raw := range inputs {
		smp := sampleRef(raw)
		for _, enc := range []encoding.Encoding{simplifiedchinese.GB18030, traditionalchinese.Big5} {
			out, _ := enc.NewDecoder().Bytes(smp)
			if got, want := scoreSample(raw, enc), hanScoreRef(string(out)); got != want {
				t.Fatalf("%v, input %d: scoreSample = %v, reference %v", enc, i, got, want)
			}
		}
		for _, size := range []int{2, 3, 7, 2048} { // the sample in pieces of any size is the sample
			s, joined := sampler{raw: raw}, []byte(nil)
			for {
				piece, done := s.fill(make([]byte, 0, size))
				joined = append(joined, piece...)
				if done {
					break
				}
			}
			if !bytes.Equal(joined, smp) {
				t.Fatalf("input %d: sampler in pieces of %d = %d bytes, sample %d", i, size, len(joined), len(smp))
			}
		}
	}
}

func FuzzDecodeBytes(f *testing.F) {
	f.Add([]byte("\x81\x30\x81\x30\xa4\xa4\x80\xff"), 0)
	f.Add([]byte("\x1b$B0!\x1b(B"), 6)
	encs := transformEncodings(f)
	f.Fuzz(func(t *testing.T, raw []byte, e int) {
		enc := encs[(e%len(encs)+len(encs))%len(encs)]
		got, gerr := decodeBytes(enc, raw)
		want, werr := enc.NewDecoder().Bytes(raw)
		if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
			t.Fatalf("%v: decodeBytes(%q) = %q, %v; x/text %q, %v", enc, raw, got, gerr, want, werr)
		}
		for _, enc := range encs[:2] {
			out, _ := enc.NewDecoder().Bytes(sampleRef(raw))
			if got, want := scoreSample(raw, enc), hanScoreRef(string(out)); got != want {
				t.Fatalf("%v: scoreSample(%q) = %v, reference %v", enc, raw, got, want)
			}
		}
	})
}

// TestHanCountsEveryThreeBytes checks hanCounts' three-byte shortcut
// against ranging over the string, on every three bytes and a byte before.
func TestHanCountsEveryThreeBytes(t *testing.T) {
	b := make([]byte, 4)
	for v := range 1 << 24 {
		b[0], b[1], b[2], b[3] = 'a', byte(v>>16), byte(v>>8), byte(v)
		common, other := 0, 0
		for _, r := range string(b) {
			switch {
			case r < 0x80:
			case isCommonHan(r):
				common++
			default:
				other++
			}
		}
		if c, o := hanCounts(b); c != common || o != other {
			t.Fatalf("hanCounts(%q) = %d %d, ranging gives %d %d", b, c, o, common, other)
		}
	}
}

// TestDecodeGB18030AsXText compares the table decoder (gbDecoder, whole
// and in pieces of 5 bytes, the dst 16 bytes at a time) with x/text's on the
// equivalence inputs, random bytes, every pair of bytes led by a high byte
// (alone, and before ASCII, a high byte and a digit), every four-byte code
// with its last byte 0x30 or 0x39, and every cut of them.
func TestDecodeGB18030AsXText(t *testing.T) {
	inputs := append(equivInputs(t), randomBytes(300, 6)...)
	for c0 := 0x80; c0 <= 0xFF; c0++ {
		for c1 := range 256 {
			p := []byte{byte(c0), byte(c1)}
			inputs = append(inputs, p, append(p, 'a'), append(p, 0x81), append(p, '5'))
		}
		for c1 := 0x30; c1 <= 0x39; c1++ {
			for c2 := 0x80; c2 <= 0xFF; c2++ {
				q := []byte{byte(c0), byte(c1), byte(c2), 0x30, 'x', byte(c0), byte(c1), byte(c2), 0x39}
				for k := 1; k <= len(q); k++ {
					inputs = append(inputs, q[:k])
				}
			}
		}
	}
	for i, raw := range inputs {
		got, gerr := decodeBytes(simplifiedchinese.GB18030, raw)
		want, werr := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
			t.Fatalf("input %d %q: decodeBytes = %q, %v; x/text %q, %v", i, raw[:min(len(raw), 64)], got[:min(len(got), 64)], gerr, want[:min(len(want), 64)], werr)
		}
		if i%50 == 0 || len(raw) > 16 {
			if got := streamGB(raw, 5); !bytes.Equal(got, want) {
				t.Fatalf("input %d %q: gbDecoder in pieces = %q; x/text %q", i, raw[:min(len(raw), 64)], got[:min(len(got), 64)], want[:min(len(want), 64)])
			}
		}
	}
	t.Logf("%d inputs", len(inputs))
}

// streamGB decodes raw with a gbDecoder fed piece bytes at a time and given
// gbRoom bytes of dst at a time, as a reader would.
func streamGB(raw []byte, piece int) []byte {
	d := newGBDecoder()
	var out []byte
	dst := make([]byte, gbRoom)
	src := []byte{}
	for fed := 0; ; {
		more := min(fed+piece, len(raw))
		src = append(src, raw[fed:more]...)
		fed = more
		eof := fed == len(raw)
		for {
			nDst, nSrc, err := d.Transform(dst, src, eof)
			out = append(out, dst[:nDst]...)
			src = src[nSrc:]
			if err == transform.ErrShortDst {
				continue
			}
			if err != nil && err != transform.ErrShortSrc {
				panic(err)
			}
			break
		}
		if eof {
			return out
		}
	}
}

func FuzzDecodeGB18030(f *testing.F) {
	f.Add([]byte("\x81\x30\x81\x30\xa4\xa4\x80\xff\xd6\xd0"))
	f.Add([]byte("<meta charset=gbk>\xc4\xe3\xba\xc3\x81"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, gerr := decodeBytes(simplifiedchinese.GB18030, raw)
		want, werr := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
			t.Fatalf("decodeBytes(%q) = %q, %v; x/text %q, %v", raw, got, gerr, want, werr)
		}
		for _, piece := range []int{1, 3, 7} {
			if got := streamGB(raw, piece); !bytes.Equal(got, want) {
				t.Fatalf("gbDecoder in pieces of %d (%q) = %q; x/text %q", piece, raw, got, want)
			}
		}
	})
}
