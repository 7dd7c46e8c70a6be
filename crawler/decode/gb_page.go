package decode

import "encoding/binary"

// A whole page decoded as GB18030, and scored on the way: a page declaring
// GBK is scored (scoreSample) before it is decoded, and both walks read the
// same pairs through the same table.

// gbPage is a page decoded as GB18030: its text, and when counted, the
// common and other runes of the decode of its sample (see sampler), so
// that share(common, other) is scoreSample(raw, GB18030).
type gbPage struct {
	text          []byte
	common, other int
	counted       bool
}

// decodeGB is decodeBytes(GB18030, raw), with ASCII copied eight bytes at a
// time and the pairs read from the table in one loop. The text is valid
// UTF-8: x/text writes every rune with utf8.EncodeRune (which writes
// U+FFFD for a rune it cannot encode) and the table holds what it wrote.
//
// The score comes with the text when every character of raw is ASCII or a
// pair of the table, and raw has at most detectSampleBytes/2 of them: the
// sampler then hands out exactly those pairs (a high byte and the byte
// after it, ASCII skipped), and decoding the sample reads each of them
// through the table again, one rune each. At the first other character the
// rest of raw goes through gbDecoder, which decodes it as a whole decode
// does (it keeps no state between characters), and the page is not counted.
func decodeGB(raw []byte) (gbPage, error) {
	tab := gbPairTable()
	dst := make([]byte, decodedSize(raw)) // as transformBytes, and grown as it grows
	n, i, pairs := 0, 0, 0
	var p gbPage
	for i < len(raw) {
		if len(dst)-n < gbRoom { // a pair with an ASCII second byte takes three bytes for one high byte
			grown := make([]byte, n+max(2*(len(raw)-i), 64))
			copy(grown, dst[:n])
			dst = grown
		}
		if i+8 <= len(raw) {
			if v := binary.LittleEndian.Uint64(raw[i:]); v&0x8080808080808080 == 0 {
				binary.LittleEndian.PutUint64(dst[n:], v)
				n, i = n+8, i+8
				continue
			}
		}
		c := raw[i]
		if c < 0x80 {
			dst[n] = c
			n, i = n+1, i+1
			continue
		}
		if c >= 0x81 && c <= 0xFE && i+1 < len(raw) && raw[i+1] >= 0x40 {
			if e := tab[int(c-0x81)*192+int(raw[i+1]-0x40)]; e != 0 {
				dst[n], dst[n+1], dst[n+2] = byte(e), byte(e>>8), byte(e>>16)
				n, i = n+int(e>>gbLenShift&gbLenMask), i+2
				p.common += int(e >> gbCommonShift & 1)
				p.other += int(e >> gbOtherShift & 1)
				pairs++
				continue
			}
		}
		rest, err := transformBytes(newGBDecoder(), raw[i:])
		if err != nil {
			return gbPage{}, err
		}
		return gbPage{text: append(dst[:n], rest...)}, nil
	}
	p.text = dst[:n]
	p.counted = 2*pairs <= detectSampleBytes
	return p, nil
}

// score is scoreSample(raw, GB18030) for the page p is the decode of.
func (p gbPage) score(raw []byte) float64 {
	if p.counted {
		return share(p.common, p.other)
	}
	return scoreSample(raw, chineseEncoding(charsetGB18030))
}
