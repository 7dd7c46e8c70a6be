package decode

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// BenchmarkPage decodes a GBK page that declares its charset in a <meta>
// (the common case on older sites: looksUTF8 fails, the meta charset is
// checked by scoring) and a UTF-8 page, with Page and with the decoder as it
// was (pageRef, decode_ref_test.go): compare "new" with "reference".
func BenchmarkPage(b *testing.B) {
	body := strings.Repeat(sampleZh, 60)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page(`<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, body)))
	if err != nil {
		b.Fatal(err)
	}
	utf := []byte(page(`<meta charset="utf-8">`, body))
	for _, p := range []struct {
		name string
		raw  []byte
	}{{"gbk", gbk}, {"utf8", utf}} {
		b.Run(p.name+"/reference", func(b *testing.B) {
			for b.Loop() {
				pageRef(p.raw, "", "")
			}
		})
		b.Run(p.name+"/new", func(b *testing.B) {
			for b.Loop() {
				Page(p.raw, "", "")
			}
		})
	}
}
