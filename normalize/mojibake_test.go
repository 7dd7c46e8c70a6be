package normalize

import (
	"testing"
	"unicode/utf8"
)

func TestDropMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"组织开展月饼质量活动。", "组织开展月饼质量活动。"},
		{"你好吗?我很好。", "你好吗?我很好。"},
		{"公布部分?百|合格月饼名单。", "公布部分合格月饼名单。"},
		{"上饶市?!睋?质监局开展活动。", "上饶市质监局开展活动。"},
		{"一是开展检查。二是开展燃?xì)饩摺N卫电器,、灯具帮扶活动。三是宣传。", "一是开展检查。三是宣传。"},
		{"引导各分局结合当?shù)鼗顒幼龊?2315消费维权渠道的宣传。下一句完好。", "下一句完好。"},
		{"纪念日?!睹字乒s》为建立体系奠定了基础。其后完好。", "其后完好。"},
		{"2023年09月14日 09:05????信息来源:闪电新闻", "2023年09月14日 09:05 信息来源:闪电新闻"},
		{"数据锟斤拷锟斤拷丢失了。完好。", "完好。"},
		{"质量\uFFFD月活动", "质量月活动"},
		{"取得成效?!惫\ue63dI(yè)和信息化部说。今天", "今天"},
		{"质量αβ月活动", "质量月活动"},
		{"产生γ射线和β-胡萝卜素", "产生γ射线和β-胡萝卜素"},
		{"质量Би月活动", "质量月活动"},
		{"かぐや姫の升天，絵巻「竹取物语」，小林古径(1917)", "かぐや姫の升天，絵巻「竹取物语」，小林古径(1917)"},
		{"质量ぁ月活动", "质量月活动"},
		{"Café咖啡", "Café咖啡"},
		{"正文完好。涓浗鐨勬枃瀛楁祴璇曘€傛垜浠。后文完好。", "正文完好。后文完好。"},
		{"日本の絵巻物語", "日本の絵巻物語"},
		{"カタカナとひらがなの文章です", "カタカナとひらがなの文章です"},
		{"主题是“sustainability”。", "主题是“sustainability”。"},
		{"国际计量局(BIPM)发布", "国际计量局(BIPM)发布"},
		{"3·15晚会", "3·15晚会"},
		{"| 4 | 帮扶?xì)饩摺N活动。 | 其他 |", "| 4 | | 其他 |"},
	}
	for _, tt := range tests {
		if got, _ := DropMojibake(tt.in); got != tt.want {
			t.Errorf("DropMojibake(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}

func TestRareHan(t *testing.T) {
	for r, want := range map[rune]bool{'的': false, '质': false, '睋': true, '質': true, '〇': false, 'a': false, '𠀀': true} {
		if got := rareHan(r); got != want {
			t.Errorf("rareHan(%q) = %v, want %v", r, got, want)
		}
	}
}

func FuzzDropMojibake(f *testing.F) {
	for _, s := range []string{"公布?百|名单。", "当?shù)鼗顒幼龊?2315", "09:05????信息", "锟斤拷", "αβ质量", "?", "a?b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := DropMojibake(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again, _ := DropMojibake(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
	})
}

func TestDropMojibakeReadings(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“安全生产万里行”活动、“6·16安全宣传咨询?nèi)?rdquo;活动、安全宣传", "“安全生产万里行”活动、“6·16安全宣传咨询”活动、安全宣传"},
		{"活动&ldquo;质量月&rdquo;启动", "活动“质量月”启动"},
	}
	for _, tt := range tests {
		if got, _ := DropMojibake(tt.in); got != tt.want {
			t.Errorf("DropMojibake(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}
