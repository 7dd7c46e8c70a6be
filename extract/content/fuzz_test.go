package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtractHTML checks that arbitrary bytes never panic and always give
// valid UTF-8 in every text field.
func FuzzExtractHTML(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte("<table><tr><td>a<td>b<tr><td>c<td>d</table>"), "text/html; charset=gbk")
	f.Add([]byte(strings.Repeat("<div>", 500)+"正文，内容。"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<meta charset=big5><p>\xa4\xa4\xa4\xe5</p>"), "")
	f.Fuzz(func(t *testing.T, raw []byte, ct string) {
		a, err := ExtractHTML(raw, Options{ContentType: ct, Selector: ct})
		if err != nil {
			return
		}
		for _, s := range []string{a.Text, a.Title, a.Published, a.Origin, a.Author, a.Editor, a.Site, a.Charset} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
	})
}

// FuzzParseTextDump checks the text-dump reader the same way.
func FuzzParseTextDump(f *testing.F) {
	f.Add([]byte("url: http://example.gov.cn/a.html\n\n标题\n2021-09-08 13:42:42 来源：某局\n正文。"))
	f.Add([]byte("\xb5\xc4\n\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := ParseTextDump(raw)
		if err != nil {
			return
		}
		for _, s := range []string{a.Text, a.Title, a.Published, a.Origin, a.Author, a.Editor} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
	})
}
