package decode

import (
	"encoding/binary"
	"math/bits"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// decodeBytes is enc.NewDecoder().Bytes(raw) with its output sized once:
// transform.Bytes starts at len(raw) and grows by half until the text
// fits, while two bytes of GBK or Big5 become three of UTF-8, so a Chinese
// page took two or three buffers and copies. The output is the same: a
// decoder writes what it writes whatever room it is given, and asks for
// more (transform.ErrShortDst) when a rune does not fit.
func decodeBytes(enc encoding.Encoding, raw []byte) ([]byte, error) {
	if enc == simplifiedchinese.GB18030 {
		p, err := decodeGB(raw)
		return p.text, err
	}
	return transformBytes(decoderOf(enc), raw)
}

// decoderOf is enc's decoder, GB18030's with its table in front.
func decoderOf(enc encoding.Encoding) transform.Transformer {
	if enc == simplifiedchinese.GB18030 {
		return newGBDecoder()
	}
	return enc.NewDecoder()
}

// transformBytes is transform.Bytes(t, raw) with the output sized once.
func transformBytes(t transform.Transformer, raw []byte) ([]byte, error) {
	t.Reset()
	dst := make([]byte, decodedSize(raw))
	pDst, pSrc := 0, 0
	for {
		nDst, nSrc, err := t.Transform(dst[pDst:], raw[pSrc:], true)
		pDst += nDst
		pSrc += nSrc
		if err != transform.ErrShortDst {
			if err != nil {
				return nil, err
			}
			return dst[:pDst], nil
		}
		if nDst == 0 { // the next rune does not fit: room for the rest at the same rate, and more
			grown := make([]byte, pDst+max(2*(len(raw)-pSrc), 64))
			copy(grown, dst[:pDst])
			dst = grown
		}
	}
}

// decodedSize guesses the UTF-8 length of a Chinese legacy page: its ASCII
// bytes stay one byte, and each pair of other bytes (a GBK or Big5
// character) becomes three; and the room gbDecoder wants past the last.
func decodedSize(raw []byte) int {
	return len(raw) + highBytes(raw)/2 + gbRoom
}

// highBytes counts the bytes of b at 0x80 and above, eight at a time.
func highBytes(b []byte) int {
	n := 0
	for len(b) >= 8 {
		n += bits.OnesCount64(binary.LittleEndian.Uint64(b) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			n++
		}
	}
	return n
}

// scoreBufBytes is the buffer scoreSample decodes through: a third for
// the sample's bytes, the rest for their UTF-8.
const scoreBufBytes = 1536

// sampler hands out the sample of a page scored to tell its charset, piece
// by piece: the multi-byte characters of the page (a byte of 0x80 or more
// and the byte after it), up to detectSampleBytes. Pages often open with
// tens of kilobytes of ASCII script and style before any text; skipping
// those keeps the sample text.
type sampler struct {
	raw  []byte
	i, n int // the next byte of raw to look at; the bytes handed out
}

// fill appends the next bytes of the sample to b while two more fit in its
// capacity, and reports whether the sample is complete.
func (s *sampler) fill(b []byte) ([]byte, bool) {
	for s.i < len(s.raw) && s.n < detectSampleBytes {
		c := s.raw[s.i]
		if c < 0x80 {
			s.i++
			continue
		}
		if len(b)+2 > cap(b) {
			return b, false
		}
		b = append(b, c)
		s.n++
		if s.i+1 < len(s.raw) {
			b = append(b, s.raw[s.i+1])
			s.n++
			s.i++
		}
		s.i++
	}
	return b, true
}

// scoreSample scores the decode of raw's sample with a Chinese charset:
// the han score of enc.NewDecoder().Bytes of the whole sample, decoded
// in pieces through one small buffer (the decoder is an interface: what it
// is handed escapes, so the buffer is on the heap, and small). Decoders
// write whole runes, so the pieces count as the whole would; a piece that
// ends inside a character keeps its bytes for the next
// (transform.ErrShortSrc).
func scoreSample(raw []byte, enc encoding.Encoding) float64 {
	buf := make([]byte, scoreBufBytes)
	inBuf, outBuf := buf[:scoreBufBytes/3:scoreBufBytes/3], buf[scoreBufBytes/3:]
	t := decoderOf(enc)
	t.Reset()
	smp := sampler{raw: raw}
	in := inBuf[:0]
	common, other := 0, 0
	for {
		var done bool
		in, done = smp.fill(in)
		src := in
		for {
			nDst, nSrc, err := t.Transform(outBuf, src, done)
			c, o := hanCounts(outBuf[:nDst])
			common, other = common+c, other+o
			src = src[nSrc:]
			if err == transform.ErrShortDst && nDst > 0 {
				continue
			}
			if err == transform.ErrShortSrc && !done {
				break // the rest of a character comes with the next piece
			}
			if err != nil {
				return 0 // Bytes fails, and the score of its nil text is 0
			}
			break
		}
		if done {
			return share(common, other)
		}
		in = inBuf[:copy(inBuf, src)]
	}
}
