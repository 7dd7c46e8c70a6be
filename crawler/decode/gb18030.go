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
// the pair decodes to, packed: its bytes from the low byte up and their
// count in the top byte; 0 for a pair the table leaves to x/text.
type gbPairs [126 * 192]uint32

var (
	gbOnce  sync.Once
	gbTable *gbPairs
)

// gbPairTable builds the table once, by decoding every pair alone.
func gbPairTable() *gbPairs {
	gbOnce.Do(func() {
		var t gbPairs
		dec := simplifiedchinese.GB18030.NewDecoder()
		var dst [8]byte
		for c0 := 0x81; c0 <= 0xFE; c0++ {
			for c1 := 0x40; c1 <= 0xFF; c1++ {
				if c1 < 0x80 && c1 > 0x7E || c1 == 0xFF {
					continue // read as a bad byte and what follows
				}
				dec.Reset()
				nDst, nSrc, err := dec.Transform(dst[:], []byte{byte(c0), byte(c1)}, true)
				if err != nil || nSrc != 2 || nDst < 1 || nDst > 3 {
					continue
				}
				e := uint32(nDst) << 24
				for k := nDst - 1; k >= 0; k-- {
					e |= uint32(dst[k]) << (8 * k)
				}
				t[(c0-0x81)*192+c1-0x40] = e
			}
		}
		gbTable = &t
	})
	return gbTable
}

// decodeGB18030 is simplifiedchinese.GB18030.NewDecoder().Bytes(raw): ASCII
// and the two-byte codes through the table, the rest through x/text, handed
// the four bytes at most a character takes (or the rest of raw, at its end)
// where it begins. Those bytes decode there as in a whole decode: a
// character needs no byte past its four, and one cut short by the window
// is left for the next call (transform.ErrShortSrc).
func decodeGB18030(raw []byte) ([]byte, error) {
	tab := gbPairTable()
	dst := make([]byte, 0, decodedSize(raw))
	var dec transform.Transformer
	var tmp [32]byte
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < 0x80 {
			dst = append(dst, c)
			i++
			continue
		}
		if c >= 0x81 && c <= 0xFE && i+1 < len(raw) && raw[i+1] >= 0x40 {
			if e := tab[int(c-0x81)*192+int(raw[i+1]-0x40)]; e != 0 {
				switch e >> 24 {
				case 3:
					dst = append(dst, byte(e), byte(e>>8), byte(e>>16))
				case 2:
					dst = append(dst, byte(e), byte(e>>8))
				default:
					dst = append(dst, byte(e))
				}
				i += 2
				continue
			}
		}
		if dec == nil {
			dec = simplifiedchinese.GB18030.NewDecoder()
		}
		end := min(i+4, len(raw))
		nDst, nSrc, err := dec.Transform(tmp[:], raw[i:end], end == len(raw))
		if err != nil && err != transform.ErrShortSrc || nSrc == 0 {
			return decodeBytes(simplifiedchinese.GB18030, raw) // not a decoder that reads so: the general way
		}
		dst = append(dst, tmp[:nDst]...)
		i += nSrc
	}
	return dst, nil
}
