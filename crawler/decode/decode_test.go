package decode

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

const sampleZh = "为深入实施质量强市战略，大力开展质量提升行动，我市在城区广场举办全国“质量月”主题宣传活动。"
const sampleZhHant = "為深入實施質量強市戰略，大力開展質量提升行動，我市在城區廣場舉辦全國「質量月」主題宣傳活動。"

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func page(head, body string) string {
	return "<html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>"
}

func TestDecodePage(t *testing.T) {
	gbk := func(s string) []byte { return encode(t, simplifiedchinese.GBK, s) }
	big5 := func(s string) []byte { return encode(t, traditionalchinese.Big5, s) }
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		hint        string
		wantCharset string
		wantVia     string
		wantText    string
	}{
		{"utf8 declared utf8", []byte(page(`<meta charset="utf-8">`, sampleZh)), "", "", "utf-8", "utf8", sampleZh},
		{"utf8 declared gb2312", []byte(page(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, sampleZh)), "", "", "utf-8", "utf8", sampleZh},
		{"gbk declared utf-8", gbk(page(`<meta charset="utf-8">`, sampleZh)), "", "", "gb18030", "detect", sampleZh},
		{"gbk declared gb2312", gbk(page(`<meta charset="gb2312">`, sampleZh)), "", "", "gb18030", "meta", sampleZh},
		{"gbk undeclared", gbk(page("", sampleZh)), "", "", "gb18030", "detect", sampleZh},
		{"gbk after 100 KB of script", gbk(page("<script>"+strings.Repeat("var a = 1;\n", 10000)+"</script>", sampleZh)), "", "", "gb18030", "detect", sampleZh},
		{"big5 after 100 KB of script", big5(page("<script>"+strings.Repeat("var a = 1;\n", 10000)+"</script>", sampleZhHant)), "", "", "big5", "detect", sampleZhHant},
		{"big5 declared big5", big5(page(`<meta charset="big5">`, sampleZhHant)), "", "", "big5", "meta", sampleZhHant},
		{"big5 undeclared", big5(page("", sampleZhHant)), "", "", "big5", "detect", sampleZhHant},
		{"big5 declared gb2312", big5(page(`<meta charset="gb2312">`, sampleZhHant)), "", "", "big5", "detect", sampleZhHant},
		{"gbk declared big5", gbk(page(`<meta charset="big5">`, sampleZh)), "", "", "gb18030", "detect", sampleZh},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, page(`<meta charset="gbk">`, sampleZh)...), "", "", "utf-8", "bom", sampleZh},
		{"utf16le bom", append([]byte{0xFF, 0xFE}, encode(t, utf16le(), page("", sampleZh))...), "", "", "utf-16le", "bom", sampleZh},
		{"header gbk over gbk bytes", gbk(page(`<meta charset="utf-8">`, sampleZh)), "text/html; charset=GBK", "", "gb18030", "header", sampleZh},
		{"header gbk over utf8 bytes", []byte(page("", sampleZh)), "text/html; charset=gbk", "", "utf-8", "utf8", sampleZh},
		{"header utf-8 over gbk bytes", gbk(page("", sampleZh)), "text/html; charset=utf-8", "", "gb18030", "detect", sampleZh},
		{"hint wins", gbk(page(`<meta charset="utf-8">`, sampleZh)), "text/html; charset=utf-8", "gbk", "gb18030", "hint", sampleZh},
		{"utf8 with a broken byte declared utf-8", []byte(page(`<meta charset="utf-8">`, sampleZh[:30]+"\xff"+sampleZh[30:])), "", "", "utf-8", "detect", sampleZh[:30]},
		{"ascii only", []byte(page("", "hello")), "", "", "utf-8", "utf8", "hello"},
		{"utf8 cut mid-rune", []byte(page("", sampleZh))[:len(page("", sampleZh))-len("</p></body></html>")-1], "", "", "utf-8", "utf8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Page(tt.raw, tt.contentType, tt.hint)
			if d.Charset != tt.wantCharset || d.Via != tt.wantVia {
				t.Errorf("charset %q via %q, want %q via %q", d.Charset, d.Via, tt.wantCharset, tt.wantVia)
			}
			if !utf8.Valid(d.Text) {
				t.Errorf("invalid UTF-8 out")
			}
			if tt.wantText != "" && !strings.Contains(string(d.Text), tt.wantText) {
				t.Errorf("text garbled: %.80q", d.Text)
			}
		})
	}
}

func TestMetaCharset(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta charset="gb2312">`, "gb2312"},
		{`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">`, "gbk"},
		{`<meta charset=utf-8 />`, "utf-8"},
		{`<meta name="keywords" content="charset">`, ""},
		{`<meta content="text/html;charset='big5'" http-equiv="content-type">`, "big5"},
		{strings.Repeat(" ", metaScanBytes) + `<meta charset="gbk">`, ""},
	}
	for _, tt := range tests {
		if got := metaCharset([]byte(tt.in)); got != tt.want {
			t.Errorf("metaCharset(%.60q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksUTF8(t *testing.T) {
	long := strings.Repeat(sampleZh, 20)
	tests := []struct {
		name string
		raw  []byte
		want bool
	}{
		{"valid", []byte(long), true},
		{"one stray byte in long text", []byte(long[:300] + "\xb5" + long[300:]), true},
		{"stray byte in short text", []byte(sampleZh[:30] + "\xb5\xc4" + sampleZh[30:]), false},
		{"gbk", encode(t, simplifiedchinese.GBK, long), false},
		{"truncated last rune", []byte(sampleZh[:len(sampleZh)-1]), true},
	}
	for _, tt := range tests {
		if got := looksUTF8(tt.raw); got != tt.want {
			t.Errorf("%s: looksUTF8 = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func utf16le() encoding.Encoding {
	return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
}

// TestContentTypeCharset: the charset parameter of a Content-Type header in
// any ASCII case; a header with invalid or case-changing bytes before it
// (it comes from the network) is read, not a crash.
func TestContentTypeCharset(t *testing.T) {
	for _, tt := range []struct{ ct, want string }{
		{"text/html; charset=gbk", "gbk"},
		{"text/html; CharSet=\"UTF-8\"", "UTF-8"},
		{"text/html;charset=gb2312; q=1", "gb2312"},
		{"text/html", ""},
		{"\xdbChArset=", ""},
		{"\xdb\xdbtext/html; charset=big5", "big5"},
		{"\u212a\u0130 charset=gbk", "gbk"},
		{"charset=", ""},
	} {
		if got := contentTypeCharset(tt.ct); got != tt.want {
			t.Errorf("contentTypeCharset(%q) = %q, want %q", tt.ct, got, tt.want)
		}
	}
}
