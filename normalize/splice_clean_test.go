package normalize_test

import (
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract/segment"
)

// Pages in the pattern of seed 003 (invented here): traditional script with a
// pinyin reading after many characters, a porn keyword line at the top, long
// paragraphs that quote a notice, some with a line broken on a comma. After
// the readings are stripped nothing is spliced: the detector must not fire.
const seed003Pattern = `日本某某网,深夜国产看黄片在线大全,一级片网址
國(guó)家市場(chǎng)監(jiān)督管理總局等部門(mén)8月23日聯(lián)合印發(fā)通知,部署開(kāi)展全國(guó)“質(zhì)量月”活動(dòng),在全社會(huì)營(yíng)造重視質(zhì)量的濃厚氛圍,
通知確定活動(dòng)由市場(chǎng)監(jiān)管總局等部門(mén)聯(lián)合主辦,並重點(diǎn)部署開(kāi)展質(zhì)量主題宣傳,大力提升全社會(huì)質(zhì)量意識(shí)。
各地積極開(kāi)展質(zhì)量月活動(dòng),要加強(qiáng)組織領(lǐng)導(dǎo),要加強(qiáng)宣傳引導(dǎo),要加強(qiáng)督促檢查,王曉波表示,各地要抓好落實(shí)。
某某省市場(chǎng)監(jiān)管局9月2日舉辦啟動(dòng)儀式,王曉波出席並講話,某某市市場(chǎng)監(jiān)管局9月5日開(kāi)展集中宣傳活動(dòng),`

func TestCleanSeed003PatternNotSpliced(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := cleaner(t).WithCutter(seg).Clean(seed003Pattern)
	if res.Spliced != nil {
		t.Errorf("clean page marked spliced: %q\n%s", res.Spliced, res.Text)
	}
	if !strings.Contains(res.Text, "要加强组织领导") {
		t.Errorf("text lost: %s", res.Text)
	}
}

// The same cleaner on a farm copy removes the fragments and reports them.
func TestCleanSplicedCopy(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	page := "某市节能宣传周活动开幕\n" +
		"本报讯 6月12日,市节开某市节能宣传周启动仪式在市民广场举行,低宣市发展改革委有关负责人出席并讲话,\n" +
		"低宣活动期间将组织节能知识进社区、进校园等系列活动,市节开各部门要高度重视,广泛动员,\n" +
		"会议要求,低宣要加强组织领导,市节开营造绿色低碳的良好氛围。市节开"
	res := cleaner(t).WithCutter(seg).Clean(page)
	if len(res.Spliced) != 2 {
		t.Fatalf("spliced %q, want two fragments", res.Spliced)
	}
	for _, f := range res.Spliced {
		if strings.Contains(res.Text, f) {
			t.Errorf("fragment %s left in %s", f, res.Text)
		}
		found := false
		for _, s := range res.SpamRemoved {
			found = found || s == f
		}
		if !found {
			t.Errorf("fragment %s not in SpamRemoved %q", f, res.SpamRemoved)
		}
	}
}
