package segment

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// checkSameCut fails when Cut differs from gse's own DAG cut without HMM.
func checkSameCut(t *testing.T, g *GSE, text string) {
	t.Helper()
	want := g.seg.Cut(text, false)
	if got := g.Cut(text); !slices.Equal(got, want) {
		t.Fatalf("Cut(%q)\n got %q\nwant %q (gse)", text, got, want)
	}
}

func TestCutSameAsGSE(t *testing.T) {
	g := loaded(t)
	for _, text := range []string{
		"",
		"河北雄安新区召开质量月活动启动会",
		"省市场监管局会同省委宣传部等八部门，于2023年9月1日至30日开展“质量月”活动。",
		"ABC公司CEO在iPhone 15发布会上说：GB/T 2260-2007，3.15晚会，Ａ股",
		"中山大学举办讲座\n海口市市场监督管理局琼山分局\t吉林省吉林市",
		"bad bytes \xff\xfe 中\xe4\xb8文 end\xe4",
		"𠀀𪚥龘 emoji 😀 and İstanbul ΣΑΣ",
		"公司\x00司\x00\x00",
	} {
		checkSameCut(t, g, text)
	}
	var files []string
	for _, d := range []string{"../../testdata/seeds/*.txt", "../../testdata/heldout*/*.txt"} {
		m, _ := filepath.Glob(d)
		files = append(files, m...)
	}
	for _, sd := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		m, _ := filepath.Glob(filepath.Join(sd, "corpus", "facts", "pages", "*.txt"))
		if len(m) > 0 {
			files = append(files, m...)
			break
		}
	}
	if len(files) == 0 {
		t.Fatal("no pages found under testdata")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			checkSameCut(t, g, line)
		}
	}
	// Random strings of dictionary characters, letters, digits and punctuation.
	alphabet := []rune("质量月安全生产宣传周市场监督管理局省市县区中山大学吉林开展活动的了一二三四五十年日。，、“”《》AbZ09 .\t\uFFFD")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		rs := make([]rune, rng.Intn(30))
		for k := range rs {
			rs[k] = alphabet[rng.Intn(len(alphabet))]
		}
		checkSameCut(t, g, string(rs))
	}
}

func FuzzCut(f *testing.F) {
	f.Add("省市场监管局会同省委宣传部等八部门开展“质量月”活动")
	f.Add("GB/T 2260 ABC公司 \xff中")
	g := loaded(f)
	f.Fuzz(func(t *testing.T, text string) { checkSameCut(t, g, text) })
}
