package normalize_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"
	"github.com/ccorpus/ccorpus/normalize/opencc"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func cleaner(tb testing.TB) *normalize.Cleaner {
	tb.Helper()
	conv, err := opencc.New("t2s")
	if err != nil {
		tb.Fatal(err)
	}
	return normalize.NewCleaner(conv)
}

var (
	pinyinLeft  = regexp.MustCompile(`[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?[)）]`)
	doubledLeft = regexp.MustCompile(`[,，、。;；：]{2,}`)
)

// checkClean asserts the properties every cleaned text has.
func checkClean(t *testing.T, c *normalize.Cleaner, name string, res normalize.Result) {
	t.Helper()
	if m := pinyinLeft.FindString(res.Text); m != "" {
		t.Errorf("%s: pinyin reading left: %s", name, m)
	}
	if m := doubledLeft.FindString(res.Text); m != "" {
		t.Errorf("%s: doubled punctuation left: %s", name, m)
	}
	if c.Convert(res.Text) != res.Text {
		t.Errorf("%s: traditional characters left", name)
	}
	if !utf8.ValidString(res.Text) {
		t.Errorf("%s: invalid UTF-8", name)
	}
	if again := c.Clean(res.Text); again.Text != res.Text {
		t.Errorf("%s: cleaning the clean text changed it", name)
	}
}

func TestCleanSeedsGolden(t *testing.T) {
	c := cleaner(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no seed fixtures")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := c.Clean(string(raw))
		checkClean(t, c, f, res)
		got := "script: " + res.Script + "\nspam: " + strings.Join(res.SpamRemoved, " ‖ ") + "\n\n" + res.Text + "\n"
		golden := filepath.Join("testdata", "golden", filepath.Base(f))
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: cleaned text differs from %s (run with -update and read the diff)", f, golden)
		}
	}
}

// TestCleanCorpus checks the cleaning properties on every page of the shared corpus.
func TestCleanCorpus(t *testing.T) {
	var root string
	for _, d := range []string{filepath.Join("..", "..", "shared"), "/work/shared"} {
		if st, err := os.Stat(filepath.Join(d, "corpus")); err == nil && st.IsDir() {
			root = d
			break
		}
	}
	if root == "" {
		t.Skip("shared corpus not found (../shared or /work/shared)")
	}
	c := cleaner(t)
	files, _ := filepath.Glob(filepath.Join(root, "corpus", "facts", "pages", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkClean(t, c, filepath.Base(f), c.Clean(string(raw)))
	}
}

func TestClean(t *testing.T) {
	c := cleaner(t)
	tests := []struct {
		name, in, want, script string
		spam                   []string
	}{
		{"pinyin before conversion", "全國“質(zhì)量月”,,活動開(kāi)展。", "全国“质量月”，活动开展。", "traditional", nil},
		{"spam line and phrase", "日本伊人网,深夜国产看黄片在线大全,日韩特级无码毛片免费视频\n组织开展月饼质量必威足球彩票 活动。",
			"组织开展月饼质量活动。", "simplified",
			[]string{"日本伊人网，深夜国产看黄片在线大全，日韩特级无码毛片免费视频", "必威足球彩票"}},
		{"duplicate body", "第一段正文内容在这里。\n第二段正文内容在这里。\n第三段正文内容在这里。\n第一段正文内容在这里。\n第二段正文内容在这里。\n第三段正文内容在这里。",
			"第一段正文内容在这里。\n第二段正文内容在这里。\n第三段正文内容在这里。", "simplified", nil},
		{"chrome", "您当前位置: 新闻中心>>地方动态>>\n正文第一段正文内容。\n(责任编辑:加贺)\n上一篇：某某新闻\n相关文章\n某条新闻标题\n另一条新闻标题",
			"正文第一段正文内容。\n(责任编辑：加贺)", "simplified", nil},
		{"dated link list", "正文内容。\n- 质量强国:活动安排来了(2024-08-21)\n- 协会关于转发通知的函(2024-08-14)", "正文内容。", "simplified", nil},
		{"mixed", "这是简体的句子，这是简体。這是繁體的句子，這是繁體。", "这是简体的句子，这是简体。这是繁体的句子，这是繁体。", "mixed", nil},
		{"empty", "", "", "simplified", nil},
		{"traditional spliced spam", "廣場舉辦包養網宣傳活動。", "广场举办宣传活动。", "traditional", []string{"包养网"}},
	}
	for _, tt := range tests {
		res := c.Clean(tt.in)
		if res.Text != tt.want || res.Script != tt.script || strings.Join(res.SpamRemoved, "|") != strings.Join(tt.spam, "|") {
			t.Errorf("%s:\n got  %q %s %q\n want %q %s %q", tt.name, res.Text, res.Script, res.SpamRemoved, tt.want, tt.script, tt.spam)
		}
		if res.Original != tt.in {
			t.Errorf("%s: Original not kept", tt.name)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	c := cleaner(t)
	tests := []struct{ in, want string }{
		{"加强质量支撑 共建质量强国-凯发总代", "加强质量支撑 共建质量强国"},
		{"共建質(zhì)量新格局,,共享發(fā)展新成果", "共建质量新格局，共享发展新成果"},
		{"吉林:优化市场准入环境", "吉林：优化市场准入环境"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := c.CleanTitle(tt.in); got != tt.want {
			t.Errorf("CleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"全國“質(zhì)量月”,,活動", "必威足球彩票 活动", "当?shù)鼗顒", "相关文章\n标题", "a\nb\na"} {
		f.Add(s)
	}
	c := cleaner(f)
	f.Fuzz(func(t *testing.T, s string) {
		res := c.Clean(s)
		if utf8.ValidString(s) && !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again := c.Clean(res.Text); again.Text != res.Text {
			t.Fatalf("not idempotent: %q → %q → %q", s, res.Text, again.Text)
		}
		title := c.CleanTitle(s)
		if again := c.CleanTitle(title); again != title {
			t.Fatalf("title not idempotent: %q → %q → %q", s, title, again)
		}
	})
}

func TestConvertMeta(t *testing.T) {
	c := normalize.NewCleaner(upperConverter{})
	got := c.ConvertMeta(normalize.Meta{Site: "site", Origin: "origin", Author: "author", Editor: ""})
	want := normalize.Meta{Site: "SITE", Origin: "ORIGIN", Author: "AUTHOR", Editor: ""}
	if got != want {
		t.Errorf("ConvertMeta = %+v, want %+v", got, want)
	}
}

// upperConverter is a Converter whose effect is visible on ASCII.
type upperConverter struct{}

func (upperConverter) Convert(s string) string { return strings.ToUpper(s) }
