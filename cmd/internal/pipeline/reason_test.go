package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
)

// TestEmptyReason checks that every page whose text comes out empty says
// why, and that a page with text carries no reason.
func TestEmptyReason(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	links := strings.Repeat(`<li><a href="/a.html">示例市开展安全生产月宣传活动情况通报</a></li>`, 12)
	tests := []struct {
		name, kind, raw string
		want            string
	}{
		{"article", extract.KindText, "示例市开展质量月活动。\n市场监管局组织企业参加质量提升培训，现场发放资料三千份。", ""},
		{"empty dump", extract.KindText, "url: http://www.example.gov.cn/a.html\n\n", extract.ReasonNoMainText},
		{"binary", extract.KindText, "\x00\x01\x02\x03PK\x03\x04\x00\x00\xff\xfe\x00\x10\x11\x12", extract.ReasonNotText},
		{"all spam", extract.KindText, "最新av在线,免费成人视频,午夜福利,国产自拍偷拍\n澳门葡京赌场,真人荷官在线发牌,百家乐网站,体育投注官网", extract.ReasonAllSpam},
		{"index", extract.KindHTML, "<html><body><ul>" + links + "</ul></body></html>", extract.ReasonIndex},
		{"empty body", extract.KindHTML, "<html><head><title>示例</title></head><body><script>render()</script></body></html>", extract.ReasonNoMainText},
		{"all chrome", extract.KindHTML, "<html><body><div>【打印】【关闭】</div><div>版权所有：示例市人民政府办公室</div></body></html>", extract.ReasonAllChrome},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := p.Process(context.Background(), extract.Page{Source: tt.name, Raw: []byte(tt.raw), Kind: tt.kind})
			if err != nil {
				t.Fatal(err)
			}
			if got := extract.Deref(doc.Reason); got != tt.want {
				t.Errorf("reason = %q, want %q (text %q)", got, tt.want, doc.Text)
			}
			if (doc.Text == "") != (tt.want != "") {
				t.Errorf("text %q with reason %q", doc.Text, tt.want)
			}
		})
	}
}
