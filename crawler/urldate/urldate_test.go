package urldate

import (
	"regexp"
	"testing"
)

func TestFind(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"http://www.cqn.com.cn/zj/content/2023-09/28/content_8985011.htm", "2023-09-28"},
		{"https://news.youth.cn/gn/202405/t20240513_15249693.htm", "2024-05-13"},
		{"http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html", "2024-05-10"},
		{"http://www.news.cn/politics/leaders/20240509/3dd6e/c.html", "2024-05-09"},
		{"http://x.gov.cn/art/2024_09_15/art_1.html", "2024-09-15"},
		{"http://x.gov.cn/col/t20240931_1.html", ""}, // no 31 September
		{"http://x.gov.cn/2023/0229/a.html", ""},     // not a leap year
		{"http://x.gov.cn/1985/0101/a.html", ""},     // too early for a web page
		{"https://www.sohu.com/a/778336904_120702", ""},
		{"", ""},
	} {
		if got := Find(tt.in); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("http://x.gov.cn/t20240915_1.html")
	day := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	f.Fuzz(func(t *testing.T, u string) {
		if d := Find(u); d != "" && !day.MatchString(d) {
			t.Fatalf("Find(%q) = %q", u, d)
		}
	})
}
