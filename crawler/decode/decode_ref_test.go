package decode

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The decoder as it was before its speed-ups (one scoring pass shared by the
// meta check and detection, decoding only the charset chosen, hanScore
// without copies, an early no in looksUTF8, metaCharset without lowering a
// copy, decoding into a buffer sized once and scoring the sample in pieces):
// TestPageAsReference and FuzzPageAsReference compare Page with pageRef.
// Unchanged helpers (lookupCharset, validUTF8, ...) are shared.

func pageRef(raw []byte, contentType, hint string) Result {
	if enc, name := lookupCharset(hint); enc != nil {
		return decodeWithRef(raw, enc, name, "hint")
	}
	if d, ok := decodeBOMRef(raw); ok {
		return d
	}
	utf8OK := looksUTF8Ref(raw)
	if label := contentTypeCharset(contentType); label != "" {
		if enc, name := lookupCharset(label); enc != nil {
			switch {
			case name == charsetUTF8 && !utf8OK:
				// A UTF-8 header refuted by the bytes: detect below.
			case name != charsetUTF8 && utf8OK && !isASCII(raw):
				// A legacy header over UTF-8 text: a server default, not the page's charset.
			default:
				return decodeWithRef(raw, enc, name, "header")
			}
		}
	}
	if utf8OK {
		return Result{Text: validUTF8(raw), Charset: charsetUTF8, Via: "utf8"}
	}
	if label := metaCharsetRef(raw); label != "" {
		if enc, name := lookupCharset(label); enc != nil && name != charsetUTF8 {
			if name == charsetGB18030 || name == charsetBig5 {
				if d := detectChineseRef(raw); d.Charset != name && d.score > 2*scoreOfRef(raw, name)+0.05 {
					return d.Result
				}
			}
			return decodeWithRef(raw, enc, name, "meta")
		}
	}
	d := detectChineseRef(raw)
	return d.Result
}

func metaCharsetRef(raw []byte) string {
	head := raw
	if len(head) > metaScanBytes {
		head = head[:metaScanBytes]
	}
	lower := bytes.ToLower(head)
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			return ""
		}
		start := off + i
		end := bytes.IndexByte(lower[start:], '>')
		if end < 0 {
			return ""
		}
		tag := lower[start : start+end]
		off = start + end
		j := bytes.Index(tag, []byte("charset"))
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
			return string(v)
		}
	}
}

func looksUTF8Ref(raw []byte) bool {
	if utf8.Valid(raw) {
		return true
	}
	multi, bad := 0, 0
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			i++
			continue
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

type scoredRef struct {
	Result
	score float64
}

func hanScoreRef(s string) float64 {
	common, other := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if isCommonHan(r) {
			common++
		} else {
			other++
		}
	}
	if common+other == 0 {
		return 0
	}
	return float64(common) / float64(common+other)
}

func chineseEncodingRef(name string) encoding.Encoding {
	switch name {
	case charsetGB18030:
		return simplifiedchinese.GB18030
	case charsetBig5:
		return traditionalchinese.Big5
	}
	return nil
}

func scoreOfRef(raw []byte, name string) float64 {
	enc := chineseEncodingRef(name)
	if enc == nil {
		return 0
	}
	out, _ := enc.NewDecoder().Bytes(sampleRef(raw))
	return hanScoreRef(string(out))
}

func detectChineseRef(raw []byte) scoredRef {
	gb, big5 := scoreOfRef(raw, charsetGB18030), scoreOfRef(raw, charsetBig5)
	if u := hanScoreRef(string(validUTF8(raw))); u > gb+0.05 && u > big5+0.05 {
		return scoredRef{Result: Result{Text: validUTF8(raw), Charset: charsetUTF8, Via: "detect"}, score: u}
	}
	if big5 > gb+0.05 {
		return scoredRef{Result: decodeWithRef(raw, traditionalchinese.Big5, charsetBig5, "detect"), score: big5}
	}
	via := "detect"
	if gb == 0 && big5 == 0 {
		via = "default"
	}
	return scoredRef{Result: decodeWithRef(raw, simplifiedchinese.GB18030, charsetGB18030, via), score: gb}
}

func sampleRef(raw []byte) []byte {
	out := make([]byte, 0, min(len(raw), detectSampleBytes))
	for i := 0; i < len(raw) && len(out) < detectSampleBytes; i++ {
		if raw[i] < 0x80 {
			continue
		}
		out = append(out, raw[i])
		if i+1 < len(raw) {
			out = append(out, raw[i+1])
			i++
		}
	}
	return out
}

func decodeWithRef(raw []byte, enc encoding.Encoding, name, via string) Result {
	if name == charsetUTF8 {
		return Result{Text: validUTF8(raw), Charset: name, Via: via}
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		// Decoders replace bad input rather than fail; keep the bytes readable anyway.
		return Result{Text: validUTF8(raw), Charset: charsetUTF8, Via: via}
	}
	return Result{Text: validUTF8(out), Charset: name, Via: via}
}
func decodeBOMRef(raw []byte) (Result, bool) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return Result{Text: validUTF8(raw[3:]), Charset: charsetUTF8, Via: "bom"}, true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		d := decodeWithRef(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", "bom")
		return d, true
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		d := decodeWithRef(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", "bom")
		return d, true
	}
	return Result{}, false
}
