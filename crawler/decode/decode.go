// Package decode turns a page's bytes into UTF-8 text. It is the one owner of
// charset decoding: the crawler reads links with it and content extraction
// reads main text with it, so a page is never decoded two ways.
package decode

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// metaScanBytes is how much of the page is searched for a <meta> charset.
const metaScanBytes = 8 << 10

// Charset names reported in Article.Charset.
const (
	charsetUTF8    = "utf-8"
	charsetGB18030 = "gb18030"
	charsetBig5    = "big5"
)

// Result is a page turned into UTF-8 text, with the charset used and the
// step of the decode order that chose it.
type Result struct {
	Text    []byte // valid UTF-8
	Charset string
	Via     string // "hint", "bom", "header", "utf8", "meta", "detect", "default"
}

// Page turns raw page bytes into valid UTF-8. Chinese government pages
// often declare the wrong charset, so declarations are checked against the
// bytes. The order:
//
//  1. a per-site override (hint),
//  2. a byte-order mark,
//  3. the HTTP Content-Type charset, unless it names a legacy charset and the
//     bytes are valid UTF-8 with non-ASCII text (servers default to gbk),
//  4. bytes that are valid UTF-8,
//  5. a <meta> charset in the first 8 KB (gb2312 and gbk read as GB18030),
//     unless it names UTF-8 (already refuted by step 4) or a Chinese legacy
//     charset whose decode scores clearly worse than the other one,
//  6. detection: GB18030 against Big5 by share of common Han characters,
//  7. GB18030.
func Page(raw []byte, contentType, hint string) Result {
	if enc, name := lookupCharset(hint); enc != nil {
		return decodeWith(raw, enc, name, "hint")
	}
	if d, ok := decodeBOM(raw); ok {
		return d
	}
	valid := isValid(raw)
	utf8OK := valid || looksUTF8(raw)
	if label := contentTypeCharset(contentType); label != "" {
		if enc, name := lookupCharset(label); enc != nil {
			switch {
			case name == charsetUTF8 && !utf8OK:
				// A UTF-8 header refuted by the bytes: detect below.
			case name != charsetUTF8 && utf8OK && !isASCII(raw):
				// A legacy header over UTF-8 text: a server default, not the page's charset.
			default:
				return decodeWith(raw, enc, name, "header")
			}
		}
	}
	if utf8OK {
		text := raw // validUTF8(raw), without validating it again
		if !valid {
			text = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
		}
		return Result{Text: text, Charset: charsetUTF8, Via: "utf8"}
	}
	if label := metaCharset(raw); label != "" {
		if enc, name := lookupCharset(label); enc != nil && name != charsetUTF8 {
			if name == charsetGB18030 || name == charsetBig5 {
				// Detection overrides the declaration only with a score above
				// 2*own+0.05; scores are shares, at most 1, so a declared
				// charset scoring 0.475 or more stands without the others.
				// A page declaring GBK is decoded first: most stand, and
				// the decode scores most of them on the way.
				var own float64
				var gb gbPage
				var gbErr error
				if name == charsetGB18030 {
					gb, gbErr = decodeGB(raw)
					own = gb.score(raw)
				} else {
					own = scoreSample(raw, chineseEncoding(name))
				}
				if 2*own+0.05 < 1 {
					s := scoreOthers(raw, name, own)
					if best, score := s.best(); best != name && score > 2*own+0.05 {
						return detectChinese(raw, s)
					}
				}
				if name == charsetGB18030 {
					return gbResult(raw, gb, gbErr, name, "meta")
				}
			}
			return decodeWith(raw, enc, name, "meta")
		}
	}
	return detectChinese(raw, scoreChinese(raw))
}

// lookupCharset maps a charset label to a decoder and the name reported for it.
// gb2312 and gbk are read as GB18030, their superset.
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch label {
	case "":
		return nil, ""
	case "utf-8", "utf8":
		return unicode.UTF8, charsetUTF8
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312-80", "euc-cn", "x-euc-cn", "hz-gb-2312":
		return simplifiedchinese.GB18030, charsetGB18030
	case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5":
		return traditionalchinese.Big5, charsetBig5
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	switch name {
	case "gbk", "gb18030":
		return simplifiedchinese.GB18030, charsetGB18030
	}
	return enc, name
}

// decodeWith decodes raw with enc; the result is always valid UTF-8.
func decodeWith(raw []byte, enc encoding.Encoding, name, via string) Result {
	if name == charsetUTF8 {
		return Result{Text: validUTF8(raw), Charset: name, Via: via}
	}
	if enc == simplifiedchinese.GB18030 {
		p, err := decodeGB(raw)
		return gbResult(raw, p, err, name, via)
	}
	out, err := decodeBytes(enc, raw)
	if err != nil {
		// Decoders replace bad input rather than fail; keep the bytes readable anyway.
		return Result{Text: validUTF8(raw), Charset: charsetUTF8, Via: via}
	}
	return Result{Text: validUTF8(out), Charset: name, Via: via}
}

// gbResult is decodeWith(raw, GB18030, …, via) given decodeGB(raw): its text
// is valid UTF-8 already.
func gbResult(raw []byte, p gbPage, err error, name, via string) Result {
	if err != nil {
		return Result{Text: validUTF8(raw), Charset: charsetUTF8, Via: via}
	}
	return Result{Text: p.text, Charset: name, Via: via}
}

// decodeBOM recognises UTF-8 and UTF-16 byte-order marks.
func decodeBOM(raw []byte) (Result, bool) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return Result{Text: validUTF8(raw[3:]), Charset: charsetUTF8, Via: "bom"}, true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		d := decodeWith(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", "bom")
		return d, true
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		d := decodeWith(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", "bom")
		return d, true
	}
	return Result{}, false
}

// contentTypeCharset returns the charset parameter of an HTTP Content-Type.
func contentTypeCharset(ct string) string {
	// ASCII case only: lowering the whole header could change its length
	// (an invalid byte becomes U+FFFD) and misplace the index in ct.
	i := indexFoldASCII([]byte(ct), "charset=")
	if i < 0 {
		return ""
	}
	v := ct[i+len("charset="):]
	if j := strings.IndexAny(v, "; "); j >= 0 {
		v = v[:j]
	}
	return strings.Trim(v, `"'`)
}

// metaCharset finds `<meta charset=X>` or `<meta http-equiv content="…charset=X">`
// in the first 8 KB.
func metaCharset(raw []byte) string {
	head := raw
	if len(head) > metaScanBytes {
		head = head[:metaScanBytes]
	}
	// The search folds ASCII case in place rather than lowering a copy of
	// the head: no other rune lowers to a letter of "<meta" or "charset",
	// so the two find the same tags, and the value is lowered alone.
	for off := 0; ; {
		i := indexFoldASCII(head[off:], "<meta")
		if i < 0 {
			return ""
		}
		start := off + i
		end := bytes.IndexByte(head[start:], '>')
		if end < 0 {
			return ""
		}
		tag := head[start : start+end]
		off = start + end
		j := indexFoldASCII(tag, "charset")
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := bytes.IndexAny(v, " \t\r\n\"';/>")
		if k >= 0 {
			v = v[:k]
		}
		if len(v) > 0 {
			return string(bytes.ToLower(v))
		}
	}
}

// indexFoldASCII is the first index of the lower-case ASCII word w in b with
// any of b's ASCII letters in either case, or -1.
func indexFoldASCII(b []byte, w string) int {
	for i := 0; i+len(w) <= len(b); i++ {
		j := 0
		for j < len(w) && lowerASCII(b[i+j]) == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// looksUTF8 reports whether raw is UTF-8: valid throughout, allowing a rune
// cut at the end (a capped read) and stray bad bytes below 1 in 200 of the
// multi-byte runes (a UTF-8 page with one pasted legacy fragment).
func looksUTF8(raw []byte) bool {
	if isValid(raw) {
		return true
	}
	multi, bad := 0, 0
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// The rest holds at most one multi-byte rune per two bytes: once
		// even that many cannot outweigh the bad bytes, the answer is no.
		if bad > 0 && bad*200 >= multi+(len(raw)-i)/2 {
			return false
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			if len(raw)-i < utf8.UTFMax && !utf8.FullRune(raw[i:]) {
				break // truncated final rune
			}
			bad++
		} else {
			multi++
		}
		i += n
	}
	return bad == 0 || (multi >= 200 && bad*200 < multi)
}

// isASCII reports whether raw holds only 7-bit bytes.
func isASCII(raw []byte) bool {
	for _, c := range raw {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// validUTF8 returns raw, or a copy with invalid sequences replaced by
// U+FFFD when it has any. Valid input is not copied.
func validUTF8(raw []byte) []byte {
	if isValid(raw) {
		return raw
	}
	return bytes.ToValidUTF8(raw, []byte("\uFFFD"))
}
