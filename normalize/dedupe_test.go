package normalize

import (
	"testing"
	"unicode/utf8"
)

func TestDropDuplicates(t *testing.T) {
	body := "第一段正文内容在这里。\n第二段正文内容在这里。\n第三段正文内容在这里。"
	tests := []struct {
		in, want string
		n        int
	}{
		{body + "\n" + body, body, 3},
		{body + "\n一、\n" + "第一段正文内容在这里。\n一、\n第二段正文内容在这里，\n第三段正文内容在这里", body + "\n一、", 4},
		{"图为活动现场照片说明文字。\n正文。\n图为活动现场照片说明文字。", "图为活动现场照片说明文字。\n正文。\n图为活动现场照片说明文字。", 0},
		{"一、\n二、\n一、\n二、", "一、\n二、\n一、\n二、", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		got, n := DropDuplicates(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("DropDuplicates(%q)\n got  %q %d\n want %q %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

func FuzzDropDuplicates(f *testing.F) {
	for _, s := range []string{"aaaaaaaaa\nbbbbbbbbb\nccccccccc\naaaaaaaaa\nbbbbbbbbb\nccccccccc", "x\nx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := DropDuplicates(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again, _ := DropDuplicates(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
	})
}
