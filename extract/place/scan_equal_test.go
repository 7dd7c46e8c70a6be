package place

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract/content"
)

// sameScan reports how scan and refScan differ on in, "" when they do not.
// The order numbers of mentions (pos) differ where the precheck skips a
// sentence; only their adjacency within a sentence is read, which the
// comparison of the qualifying flags (headline) covers.
func sameScan(r *Resolver, in Input) string {
	got, want := r.scan(in), r.refScan(in)
	if got.national != want.national || got.joint != want.joint || got.headline != want.headline {
		return "national, joint or headline differ"
	}
	if len(got.mentions) != len(want.mentions) {
		return "mention counts differ"
	}
	for i := range got.mentions {
		g, w := *got.mentions[i], *want.mentions[i]
		g.pos, w.pos = 0, 0
		if !reflect.DeepEqual(g, w) {
			return "mention " + g.name + "/" + w.name + " differs in " + g.sentence
		}
	}
	return ""
}

// scanInputs returns inputs for the comparison: the labelled pages of the
// shared corpus (fact pages, seeds, each also cut into its lines and read
// as a round-up's report), when present, and invented texts.
func scanInputs(t *testing.T) []Input {
	ins := []Input{
		{Text: "天津市河东区市场监管局开展质量月活动。"},
		{Title: "吉林：质量月", Text: "吉林省质监局、长春市政府联合举办启动仪式。我省将开展30余项活动。"},
		{Text: "新华社北京4月1日电 ——活动在上海东方绿舟拉开帷幕。长春市民说", ActingOnly: true},
		{Text: "县消防大队和县医院联合开展演练；马鞍山市和县市场监管局在和县举办宣传活动。"},
		{Text: "合肥热电集团有限公司、自治区市场监督管理局、省食药监局、市委宣传部。"},
		{Text: "中国消费者协会在北京举办活动，总局领导出席在杭州举行的仪式，《广东省纲要》。"},
		{Text: "ＡＢＣ省ＤＥ局\xff\xfe市\x00场监管局，清河区市场监督管理局、各县政府。"},
		{Text: "省委员会召开会议；市总工会、县食安委和区安委会参加。自治区妇联、市科协、县质监、省市场监管、市领导小组；社区志愿者组织了运动会，市民中心。"},
	}
	dir := ""
	for _, d := range []string{"/work/shared", filepath.Join("..", "..", "..", "shared")} {
		if _, err := os.Stat(filepath.Join(d, "corpus", "facts")); err == nil {
			dir = d
			break
		}
	}
	if dir == "" {
		t.Log("shared corpus not found: invented texts only")
		return ins
	}
	var files []string
	for _, g := range []string{"corpus/facts/pages/*.txt", "corpus/facts2/pages/*.txt", "corpus/seeds/*.txt"} {
		fs, _ := filepath.Glob(filepath.Join(dir, g))
		files = append(files, fs...)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := content.ParseTextDump(raw)
		if err != nil {
			continue
		}
		ins = append(ins, Input{Title: a.Title, Text: a.Text, Origin: a.Origin, URL: a.URL})
		for _, l := range strings.Split(a.Text, "\n") {
			ins = append(ins, Input{Text: l, ActingOnly: true})
		}
	}
	return ins
}

// TestScanSameAsReference checks that the scan, which skips sentences and
// words that cannot hold a mention and finds datelines and clauses only on
// demand, finds what the plain scan (refScan) finds.
func TestScanSameAsReference(t *testing.T) {
	r := resolver(t)
	if r.pre == nil {
		t.Fatal("the precheck is off for the embedded tables")
	}
	ins := scanInputs(t)
	for _, in := range ins {
		if d := sameScan(r, in); d != "" {
			t.Errorf("%s: %+v", d, in)
		}
	}
	t.Logf("%d inputs", len(ins))
}

func FuzzScanSameAsReference(f *testing.F) {
	f.Add("吉林：质量月", "吉林省质监局、长春市政府联合举办启动仪式。我省将开展30余项活动。", false)
	f.Add("", "新华社北京4月1日电 ——活动在上海东方绿舟拉开帷幕。长春市民说", true)
	f.Add("", "县消防大队和县医院；自治区市场监管局；省食药监局", false)
	r := resolver(f)
	f.Fuzz(func(t *testing.T, title, text string, acting bool) {
		if d := sameScan(r, Input{Title: title, Text: text, ActingOnly: acting}); d != "" {
			t.Errorf("%s: %q %q", d, title, text)
		}
	})
}

// TestSkippedHoldNothing runs the current mentionAt and nationalBodyAt on
// every word of the sentences the precheck skips and on every word the start
// set passes by, over the labelled pages' sentences: none may be a mention,
// begin a national body or be 全国. A new kind of mention must be added to
// the precheck (precheck.go) and the start set (starts.go); this test fails
// until it is.
func TestSkippedHoldNothing(t *testing.T) {
	r := resolver(t)
	check := func(toks []string, j int, s sentence, why string) {
		if m := r.mentionAt(toks, j, s); m != nil || nationalBodyAt(toks, j) > 0 || toks[j] == "全国" {
			t.Errorf("%s, yet %q of %q is read (%+v)", why, toks[j], s.text, m)
		}
	}
	skipped, passed := 0, 0
	for _, in := range scanInputs(t) {
		for _, s := range sentences(in) {
			toks := r.seg.Cut(s.text)
			skip := !r.pre.may(s.text)
			if skip {
				skipped++
			}
			for j, tok := range toks {
				if !nationalStarts.first(tok) && nationalBodyAt(toks, j) > 0 {
					t.Errorf("%q of %q begins a national body, yet nationalStarts passes it by", tok, s.text)
				}
				switch {
				case skip:
					check(toks, j, s, "the precheck skips the sentence")
				case !r.starts.first(tok):
					passed++
					check(toks, j, s, "the start set passes the word by")
				}
			}
		}
	}
	t.Logf("%d sentences skipped, %d words passed by", skipped, passed)
}
