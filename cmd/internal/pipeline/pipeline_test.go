package pipeline

import (
	"context"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/content"
)

// TestWith: an overlay gives a pipeline of its own reader that shares the
// dictionaries; no overlay gives the pipeline itself; a site's content
// selector in the overlay decides what text is read.
func TestWith(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if p.With(nil) != p {
		t.Error("With(nil) built a new pipeline")
	}
	q := p.With([]content.Rule{{Host: "www.example.gov.cn", Content: "#only"}})
	if q == p || q.Reader() == p.Reader() || q.Cleaner() != p.Cleaner() || q.Facts() != p.Facts() || q.Segmenter() != p.Segmenter() {
		t.Fatal("With(overlay) must share every stage but the reader")
	}
	raw := `<html><body><div id="only"><p>示例市市场监管局开展质量月宣传活动，发放资料三千份，接受群众咨询两百人次。</p></div>` +
		`<div id="other"><p>另一段很长的正文内容，讲述本地举办读书会和书法比赛的情况，现场气氛热烈，参加人数众多，大家反响很好。</p>` +
		`<p>另一段很长的正文内容，讲述本地举办读书会和书法比赛的情况，现场气氛热烈，参加人数众多，大家反响很好。</p></div></body></html>`
	pg := extract.Page{Source: "a.html", URL: "http://www.example.gov.cn/a.html", Raw: []byte(raw), Kind: extract.KindHTML}
	doc, err := q.Process(context.Background(), pg)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "示例市市场监管局开展质量月宣传活动，发放资料三千份，接受群众咨询两百人次。" {
		t.Errorf("with the overlay's selector the text is %q", doc.Text)
	}
}
