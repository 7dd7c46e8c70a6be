package decode

import (
	"sync"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// GB18030 decoding with a table of its two-byte codes: what x/text's
// decoder writes for each pair it reads as one character, built from that
// decoder once, so the output is its output by construction. Everything
// else (0x80, four-byte codes, bad and cut bytes) is handed to x/text's
// decoder a few bytes at a time, at the same place a whole decode would be.

// gbPairs holds, for c0 in 0x81–0xFE and c1 in 0x40–0xFF, the UTF-8 that
// the pair decodes to, packed: its bytes from the low byte up, their count
// in bits 24–27 and what hanCounts counts of them in bits 28 (a common Han
// character) and 29 (another non-ASCII rune); 0 for a pair the table
// leaves to x/text.
type gbPairs [126 * 192]uint32

// The fields of a gbPairs entry above its bytes.
const (
	gbLenShift    = 24
	gbLenMask     = 0xF
	gbCommonShift = 28
	gbOtherShift  = 29
)

var (
	gbOnce  sync.Once
	gbTable *gbPairs
)

// gbPairTable builds the table once, by decoding every pair alone.
func gbPairTable() *gbPairs {
	gbOnce.Do(func() {
		var t gbPairs
		dec := simplifiedchinese.GB18030.NewDecoder()
		dst, src := make([]byte, 8), make([]byte, 2) // one of each: the decoder's arguments escape
		for c0 := 0x81; c0 <= 0xFE; c0++ {
			for c1 := 0x40; c1 <= 0xFF; c1++ {
				if c1 < 0x80 && c1 > 0x7E || c1 == 0xFF {
					continue // read as a bad byte and what follows
				}
				dec.Reset()
				src[0], src[1] = byte(c0), byte(c1)
				nDst, nSrc, err := dec.Transform(dst, src, true)
				if err != nil || nSrc != 2 || nDst < 1 || nDst > 3 {
					continue
				}
				e := uint32(nDst) << gbLenShift
				for k := nDst - 1; k >= 0; k-- {
					e |= uint32(dst[k]) << (8 * k)
				}
				common, other := hanCounts(dst[:nDst]) // one rune: at most one of them
				e |= uint32(common)<<gbCommonShift | uint32(other)<<gbOtherShift
				t[(c0-0x81)*192+c1-0x40] = e
			}
		}
		gbTable = &t
	})
	return gbTable
}

// gbDecoder is x/text's GB18030 decoder with the table in front: ASCII is
// copied and the pairs come from the table; anything else is handed to
// x/text's decoder with the four bytes at most a character takes (or what
// src holds, at its end), where it begins. Those bytes decode there as in
// a whole decode: a character needs no byte past its four, and one cut
// short by the window is left for the next call (transform.ErrShortSrc),
// as x/text leaves it. A transform.Transformer, it streams as x/text's does.
type gbDecoder struct {
	tab  *gbPairs
	slow transform.Transformer // made when first needed
}

func newGBDecoder() *gbDecoder { return &gbDecoder{tab: gbPairTable()} }

// gbRoom is the room Transform wants in dst before each character: a
// window of four bytes decodes to twelve at most.
const gbRoom = 16

func (d *gbDecoder) Reset() {
	if d.slow != nil {
		d.slow.Reset()
	}
}

func (d *gbDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if len(dst)-nDst < gbRoom {
			return nDst, nSrc, transform.ErrShortDst
		}
		c := src[nSrc]
		if c < 0x80 {
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if c >= 0x81 && c <= 0xFE && nSrc+1 < len(src) && src[nSrc+1] >= 0x40 {
			if e := d.tab[int(c-0x81)*192+int(src[nSrc+1]-0x40)]; e != 0 {
				dst[nDst], dst[nDst+1], dst[nDst+2] = byte(e), byte(e>>8), byte(e>>16)
				nDst += int(e >> gbLenShift & gbLenMask)
				nSrc += 2
				continue
			}
		}
		if d.slow == nil {
			d.slow = simplifiedchinese.GB18030.NewDecoder()
		}
		end := min(nSrc+4, len(src))
		n, m, err := d.slow.Transform(dst[nDst:], src[nSrc:end], atEOF && end == len(src))
		nDst, nSrc = nDst+n, nSrc+m
		switch {
		case err == transform.ErrShortSrc && m > 0:
			// the window cut a character after the first: on with it
		case err != nil:
			return nDst, nSrc, err
		}
	}
	return nDst, nSrc, nil
}
