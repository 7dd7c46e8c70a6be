package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/segment"
)

func testCutter(t testing.TB) Cutter {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	return seg
}

// A farm copy invented for the tests: an 节能宣传周 release with its
// sentences shuffled, paragraphs ending on commas, and the fragments 市节开
// and 低宣 spliced in at clause starts and ends.
const splicedPage = `2023年某市节能宣传周活动开幕
本报讯 6月12日,市节开某市节能宣传周启动仪式在市民广场举行,低宣市发展改革委有关负责人出席并讲话,
低宣活动期间将组织节能知识进社区、进校园等系列活动,市节开各部门要高度重视,广泛动员,
会议要求,低宣要加强组织领导,市节开营造绿色低碳的良好氛围。市节开
现场还设置了咨询台,向市民发放宣传资料三千余份。`

// A clean release that repeats clause heads (要加强, 同时), names a
// reporter three times, and has no paragraph ending out of order.
const cleanPage = `某县举办2023年“质量月”启动仪式
9月1日,某县市场监管局在县城广场举办“质量月”启动仪式。王晓波主持仪式。
会上,要加强质量宣传,要加强计量服务,要加强标准引领。同时,县里组织企业代表签订质量承诺书。
王晓波表示,将以质量月为契机,推动全县质量工作再上新台阶。记者王晓波。`

func TestSplices(t *testing.T) {
	cut := testCutter(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"farm copy", splicedPage, []string{"市节开", "低宣"}},
		{"clean page with repeated heads and a name", cleanPage, nil},
		// broken paragraph ends alone do not make fragments out of names
		{"broken ends, only a name recurs", "记者王晓波报道,今天某县开展宣传活动,王晓波,\n群众踊跃参加,活动现场气氛热烈,王晓波,\n王晓波说,今年的活动更加丰富多彩,内容也很精彩,", nil},
		// fragments but every paragraph ends well: not a farm
		{"fragments, paragraphs in order", "市节开某县开展宣传。\n市节开群众参加。\n低宣活动热烈。低宣内容精彩。", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Splices(tc.text, cut)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Splices = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDropSplices(t *testing.T) {
	cut := testCutter(t)
	out, frags := DropSplices(splicedPage, cut)
	if len(frags) != 2 {
		t.Fatalf("fragments %q, want two", frags)
	}
	for _, f := range frags {
		if strings.Contains(out, f) {
			t.Errorf("fragment %s left in %q", f, out)
		}
	}
	for _, keep := range []string{"某市节能宣传周启动仪式在市民广场举行", "要加强组织领导", "向市民发放宣传资料三千余份"} {
		if !strings.Contains(out, keep) {
			t.Errorf("lost %s: %q", keep, out)
		}
	}
	if same, none := DropSplices(cleanPage, cut); same != cleanPage || none != nil {
		t.Errorf("clean page changed: %q %q", same, none)
	}
}

// A fragment inside a dictionary word stays: only unjoined occurrences go.
func TestDropUnjoined(t *testing.T) {
	cut := testCutter(t)
	tests := []struct{ line, frag, want string }{
		{"会议要求,年全加强监管,2021年全国开展活动", "年全", "会议要求,加强监管,2021年全国开展活动"},
		{"安全生产月活动,产月启动", "产月", "安全生产月活动,启动"},
		{"没有片段", "产月", "没有片段"},
	}
	for _, tc := range tests {
		if got := dropUnjoined(tc.line, tc.frag, cut); got != tc.want {
			t.Errorf("dropUnjoined(%q, %q) = %q, want %q", tc.line, tc.frag, got, tc.want)
		}
	}
}

func TestIsFragment(t *testing.T) {
	cut := testCutter(t)
	tests := []struct {
		s    string
		want bool
	}{
		{"全生启动", true}, // 全|生|启动
		{"年全", true},
		{"要加强", false}, // a function word and a word
		{"质量月", false}, // a word
		{"宣传活动", false},
	}
	for _, tc := range tests {
		if got := isFragment(tc.s, cut); got != tc.want {
			t.Errorf("isFragment(%s) = %v, want %v (cut %q)", tc.s, got, tc.want, cut.Cut(tc.s))
		}
	}
}

func TestBrokenEnds(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"今天某县开展质量宣传活动,现场群众踊跃参加,气氛十分热烈,", 1},
		{"今天某县开展质量宣传活动,现场群众踊跃参加,气氛十分热烈。提高", 1},
		{"今天某县开展质量宣传活动,现场群众踊跃参加,气氛十分热烈。", 0},
		{"短行,", 0}, // fewer than 20 Han runes: a heading or a list item
		{"今天某县开展质量宣传活动,现场群众踊跃参加,气氛十分热烈。(记者王晓波)", 0},
	}
	for _, tc := range tests {
		if got := brokenEnds(tc.text); got != tc.want {
			t.Errorf("brokenEnds(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func FuzzDropSplices(f *testing.F) {
	cut := testCutter(f)
	f.Add(splicedPage)
	f.Add(cleanPage)
	f.Add("会议要求,年全加强,\n年全推进工作部署,年全,\n")
	f.Fuzz(func(t *testing.T, s string) {
		out, frags := DropSplices(s, cut)
		if frags == nil && out != s {
			t.Fatalf("changed without fragments: %q -> %q", s, out)
		}
		if len(out) > len(s) {
			t.Fatalf("grew: %q -> %q", s, out)
		}
		for _, fr := range frags {
			if !strings.Contains(s, fr) {
				t.Fatalf("fragment %q not in input", fr)
			}
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input: %q", out)
		}
	})
}
