package crawler

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-]+)`)

// DecodeHTML turns a page into UTF-8 for link extraction. The order
// resists lying headers: a forced charset, a BOM, valid UTF-8, a <meta>
// charset in the first 8 KB, the HTTP header, then GB18030 (which also
// reads GBK and GB2312), the common encoding of pages that are not UTF-8.
func DecodeHTML(raw []byte, contentType, force string) string {
	if force != "" {
		if s, ok := decodeWith(raw, force); ok {
			return s
		}
	}
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		return string(raw[3:])
	}
	if utf8.Valid(raw) {
		return string(raw)
	}
	head := raw[:min(len(raw), 8<<10)]
	if m := metaCharset.FindSubmatch(head); m != nil {
		if s, ok := decodeWith(raw, string(m[1])); ok {
			return s
		}
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if s, ok := decodeWith(raw, params["charset"]); ok {
			return s
		}
	}
	s, _ := decodeWith(raw, "gb18030")
	return s
}

// decodeWith decodes raw with the named charset; gb2312 and gbk are read as
// GB18030, their superset. ok is false for unknown names and for UTF-8 that
// is not valid.
func decodeWith(raw []byte, name string) (string, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	var enc encoding.Encoding
	switch name {
	case "utf-8", "utf8":
		if !utf8.Valid(raw) {
			return "", false
		}
		return string(raw), true
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936":
		enc = simplifiedchinese.GB18030
	default:
		e, _ := charset.Lookup(name)
		if e == nil {
			return "", false
		}
		enc = e
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", false
	}
	return string(out), true
}
