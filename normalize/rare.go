package normalize

import (
	"sync"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// common holds the Han characters of GB 2312 (the 6,763 characters of
// everyday simplified text), indexed from U+4E00; built once.
var (
	commonOnce sync.Once
	common     []bool
)

const (
	cjkFirst = 0x4E00
	cjkLast  = 0x9FFF
)

func loadCommon() {
	common = make([]bool, cjkLast-cjkFirst+1)
	enc := simplifiedchinese.GBK.NewEncoder()
	var dst [8]byte
	for r := rune(cjkFirst); r <= cjkLast; r++ {
		var src [4]byte
		n := encodeRune(src[:], r)
		nDst, _, err := enc.Transform(dst[:], src[:n], true)
		enc.Reset()
		if err == nil && nDst == 2 && dst[0] >= 0xB0 && dst[0] <= 0xF7 && dst[1] >= 0xA1 && dst[1] <= 0xFE {
			common[r-cjkFirst] = true
		}
	}
}

// encodeRune writes r as UTF-8 (a 3-byte rune of the CJK block).
func encodeRune(p []byte, r rune) int {
	p[0] = byte(0xE0 | r>>12)
	p[1] = byte(0x80 | (r>>6)&0x3F)
	p[2] = byte(0x80 | r&0x3F)
	return 3
}

// rareHan reports a Han character outside GB 2312: after conversion to
// simplified Chinese, such characters are rare in press releases and common
// in text decoded with the wrong charset.
func rareHan(r rune) bool {
	if r < 0x3000 || !isHan(r) || r == '〇' || r == '々' {
		return false
	}
	if r < cjkFirst || r > cjkLast {
		return true
	}
	commonOnce.Do(loadCommon)
	return !common[r-cjkFirst]
}
