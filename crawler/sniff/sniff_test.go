package sniff

import "testing"

func TestHTML(t *testing.T) {
	for _, tt := range []struct {
		name string
		raw  string
		want bool
	}{
		{"doctype", "  <!DOCTYPE html><p>x", true},
		{"html tag", "<html lang=zh>", true},
		{"body late", "<!-- comment --><div></div><body>", true},
		{"head late", "junk <HEAD><title>t</title>", true},
		{"text dump", "url: http://x.cn/a.html\n\n质量月活动", false},
		{"empty", "", false},
		{"body past the first kilobyte", string(make([]byte, 1100)) + "<body>", false},
	} {
		if got := HTML([]byte(tt.raw)); got != tt.want {
			t.Errorf("%s: HTML = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body>质量月</body></html>"))
	f.Fuzz(func(t *testing.T, raw []byte) { HTML(raw) })
}
