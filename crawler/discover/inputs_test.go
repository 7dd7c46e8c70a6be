package discover

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadInputs(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []Input
	}{
		{"lines", "# sites\nhttp://www.a.gov.cn/\n\nb.gov.cn\n", []Input{{URL: "http://www.a.gov.cn/"}, {URL: "b.gov.cn"}}},
		{"csv with header", "\ufeff单位名称,网址,级别\n某某市市场监管局,http://scjg.a.gov.cn/,市级\n某某县应急管理局,www.yj.b.gov.cn,县级\n",
			[]Input{{URL: "http://scjg.a.gov.cn/", Label: "某某市市场监管局"}, {URL: "www.yj.b.gov.cn", Label: "某某县应急管理局"}}},
		{"tsv without header", "甲\thttps://a.gov.cn\n乙\thttps://b.gov.cn/index.html\n", []Input{{URL: "https://a.gov.cn"}, {URL: "https://b.gov.cn/index.html"}}},
		{"csv skips rows without a url", "name,url\nA,http://a.gov.cn\nB,\nC,not a url\n", []Input{{URL: "http://a.gov.cn", Label: "A"}}},
	} {
		got, err := ReadInputs(strings.NewReader(c.text))
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %+v %v, want %+v", c.name, got, err, c.want)
		}
	}
	if _, err := ReadInputs(strings.NewReader("a,b\nc,d\n")); err == nil {
		t.Error("a table without URLs must fail")
	}
}

func FuzzReadInputs(f *testing.F) {
	f.Add("名称,网址\n甲,http://a.gov.cn\n")
	f.Add("http://a.gov.cn\n# x\n")
	f.Add("\"a,\tb\n")
	f.Fuzz(func(t *testing.T, text string) {
		ins, err := ReadInputs(strings.NewReader(text))
		if err != nil {
			return
		}
		for _, in := range ins {
			if in.URL == "" || strings.ContainsAny(in.Label, "\n\r") {
				t.Fatalf("bad input %+v", in)
			}
		}
	})
}
