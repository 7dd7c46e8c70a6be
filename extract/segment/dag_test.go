package segment_test

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"

	"github.com/ccorpus/ccorpus/extract/segment"
	"github.com/ccorpus/ccorpus/extract/segment/internal/gseref"
)

var (
	refOnce sync.Once
	ref     *gse.Segmenter
	refErr  error
)

// reference returns gse loaded with the same words as the embedded
// dictionary (about 1.5 s, once per test binary).
func reference(t testing.TB) *gse.Segmenter {
	t.Helper()
	refOnce.Do(func() { ref, refErr = gseref.Default() })
	if refErr != nil {
		t.Fatal(refErr)
	}
	return ref
}

// checkSameCut fails when Cut differs from gse's own DAG cut without HMM.
func checkSameCut(t *testing.T, seg *segment.Dict, gs *gse.Segmenter, text string) {
	t.Helper()
	want := gs.Cut(text, false)
	if got := seg.Cut(text); !slices.Equal(got, want) {
		t.Fatalf("Cut(%q)\n got %q\nwant %q (gse)", text, got, want)
	}
}

// pages returns the lines of the repository's text pages and, when the
// shared corpus is beside the repository, of its facts pages.
func pages(t testing.TB) []string {
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
	var lines []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(raw), "\n")...)
	}
	return lines
}

func TestCutSameAsGSE(t *testing.T) {
	seg, gs := loaded(t), reference(t)
	for _, text := range []string{
		"",
		"河北雄安新区召开质量月活动启动会",
		"省市场监管局会同省委宣传部等八部门，于2023年9月1日至30日开展“质量月”活动。",
		"ABC公司CEO在iPhone 15发布会上说：GB/T 2260-2007，3.15晚会，Ａ股",
		"中山大学举办讲座\n海口市市场监督管理局琼山分局\t吉林省吉林市",
		"bad bytes \xff\xfe 中\xe4\xb8文 end\xe4",
		"𠀀𪚥龘 emoji 😀 and İstanbul ΣΑΣ",
		"公司\x00司\x00\x00",
		"司\x00", "\x00司", "市场\x00监督", "质量月\x00\x00活动",
	} {
		checkSameCut(t, seg, gs, text)
	}
	for _, line := range pages(t) {
		checkSameCut(t, seg, gs, line)
	}
	// Random strings of dictionary characters, letters, digits and punctuation.
	alphabet := []rune("质量月安全生产宣传周市场监督管理局省市县区中山大学吉林开展活动的了一二三四五十年日。，、“”《》AbZ09 .\t\uFFFD\x00")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		rs := make([]rune, rng.Intn(30))
		for k := range rs {
			rs[k] = alphabet[rng.Intn(len(alphabet))]
		}
		checkSameCut(t, seg, gs, string(rs))
	}
}

func FuzzCut(f *testing.F) {
	f.Add("省市场监管局会同省委宣传部等八部门开展“质量月”活动")
	f.Add("GB/T 2260 ABC公司 \xff中")
	seg, gs := loaded(f), reference(f)
	f.Fuzz(func(t *testing.T, text string) { checkSameCut(t, seg, gs, text) })
}

// TestAppendCut checks that AppendCut appends Cut's words after what dst
// holds, reusing one slice over the labelled pages' lines.
func TestAppendCut(t *testing.T) {
	seg := loaded(t)
	buf := []string{"前"}
	for _, line := range append(pages(t), "", "省市场监管局", "bad \xff 中\xe4\xb8") {
		buf = seg.AppendCut(buf[:1], line)
		if buf[0] != "前" || !slices.Equal(buf[1:], seg.Cut(line)) {
			t.Fatalf("AppendCut(%q) = %q, Cut %q", line, buf[1:], seg.Cut(line))
		}
	}
}
