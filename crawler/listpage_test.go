package crawler

import (
	"net/url"
	"reflect"
	"testing"
)

func TestExpandEmbeddedLists(t *testing.T) {
	base, _ := url.Parse("http://a.test/col/col1/index.html")
	for _, c := range []struct {
		name, html string
		want       []string
	}{
		{"hanweb record store", `<div id="9"><script type="text/xml"><datastore><recordset>
<record><![CDATA[<li><a href="/art/2024/9/1/art_1_1.html">某某县开展质量月活动</a></li>]]></record>
<record><![CDATA[<li><a href="/art/2024/9/2/art_1_2.html">某某县开展安全生产月活动</a></li>]]></record>
</recordset></datastore></script></div>`, []string{"http://a.test/art/2024/9/1/art_1_1.html", "http://a.test/art/2024/9/2/art_1_2.html"}},
		{"noscript fallback", `<div id="list"></div><script>$.ajax({})</script><noscript><ul><li><a href="post_1.html">某某县开展质量月活动</a></li></ul></noscript>`,
			[]string{"http://a.test/col/col1/post_1.html"}},
		{"an ordinary script stays a script", `<script>var s = '<a href="/x.html">x</a>';</script><a href="/y.html">y</a>`, []string{"http://a.test/y.html"}},
		{"a text/xml script without records", `<script type="text/xml"><a href="/x.html">x</a></script>`, nil},
	} {
		var got []string
		for _, l := range ExtractLinks(ExpandEmbeddedLists(c.html), base, "") {
			got = append(got, l.URL)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func FuzzExpandEmbeddedLists(f *testing.F) {
	f.Add(`<script type="text/xml"><record><![CDATA[<a href="/a">a</a>]]></record></script><noscript><a href="/b">b</a></noscript>`)
	f.Fuzz(func(t *testing.T, html string) {
		out := ExpandEmbeddedLists(html)
		if len(out) > 2*len(html)+64 {
			t.Fatalf("expanded %d bytes to %d", len(html), len(out))
		}
	})
}
