package normalize

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestRemoveSpam(t *testing.T) {
	tests := []struct {
		in, want string
		removed  []string
	}{
		{"组织开展月饼质量必威足球彩票 活动,公布名单。", "组织开展月饼质量活动,公布名单。", []string{"必威足球彩票"}},
		{"日本伊人网,深夜国产看黄片在线大全,日韩特级无码毛片免费视频,一级片网址\n正文第一句。",
			"正文第一句。", []string{"日本伊人网,深夜国产看黄片在线大全,日韩特级无码毛片免费视频,一级片网址"}},
		{"凯发总代\n标题在太仓启动-凯发总代", "标题在太仓启动", []string{"凯发总代", "凯发总代"}},
		{"欢迎访问完美体育·(中国)官方网站今天开展活动。", "欢迎访问今天开展活动。", []string{"完美体育·(中国)官方网站"}},
		{"兴海县| 松阳县| 徐水县| 阿荣旗| 汤阴县| 安化县| 绿春县| 恩平市| 河南省| 临高县|", "", []string{"兴海县| 松阳县| 徐水县| 阿荣旗| 汤阴县| 安化县| 绿春县| 恩平市| 河南省| 临高县|"}},
		{"精品国产鲁一鲁一区二区在线观看_啦啦啦在线视频免费观看www_野战视频在线看", "", []string{"精品国产鲁一鲁一区二区在线观看_啦啦啦在线视频免费观看www_野战视频在线看"}},
		{"市民在江南体育馆参加活动。", "市民在江南体育馆参加活动。", nil},
		{"南宫市开展质量月活动。", "南宫市开展质量月活动。", nil},
		{"承包养殖户参加培训。", "承包养殖户参加培训。", nil},
		{"加强娱乐场所消防安全检查,查处虚开代开发票行为。", "加强娱乐场所消防安全检查,查处虚开代开发票行为。", nil},
		{"序号 | 活动名称 | 活动内容 |", "序号 | 活动名称 | 活动内容 |", nil},
		{"市质监局、检验检疫局、国资委、工信委、工商联", "市质监局、检验检疫局、国资委、工信委、工商联", nil},
		{"Java average value", "Java average value", nil},
		{"序号 | 单位 | 地址 | 电话 | 负责人 | 时间 | 地点 | 备注 |\n1 | 市局 | 某路1号 | 12315 | 张三 | 9月 | 广场 | 无 |",
			"序号 | 单位 | 地址 | 电话 | 负责人 | 时间 | 地点 | 备注 |\n1 | 市局 | 某路1号 | 12315 | 张三 | 9月 | 广场 | 无 |", nil},
		{"群众体育活动、文化娱乐活动、在线培训、免费咨询", "群众体育活动、文化娱乐活动、在线培训、免费咨询", nil},
		// unseen spam: a keyword list with no sentence, and a spliced phrase
		{"澳门葡京赌场,真人荷官在线发牌,百家乐网站,体育投注官网\n正文。", "正文。", []string{"澳门葡京赌场,真人荷官在线发牌,百家乐网站,体育投注官网"}},
		{"广场举办包养网宣传活动。", "广场举办宣传活动。", []string{"包养网"}},
		{"最新av在线,免费成人视频,午夜福利,国产自拍偷拍", "", []string{"最新av在线,免费成人视频,午夜福利,国产自拍偷拍"}},
		// a spliced run goes whole: brand, navigation tails, more lexicon words
		{"由市场监管局等8个部门九游会官方网站登录入口联合举办。", "由市场监管局等8个部门联合举办。", []string{"九游会官方网站登录入口"}},
		{"现场开云体育app下载手机版设置咨询台。", "现场设置咨询台。", []string{"开云体育app下载手机版"}},
		{"启动仪式在华体会 首页 手机版 广场举行。", "启动仪式在广场举行。", []string{"华体会 首页 手机版"}},
		{"本次活动新葡京网页版皇冠体育在线投注平台同步直播。", "本次活动同步直播。", []string{"新葡京网页版皇冠体育在线投注平台"}},
		// weak words end the run only where the sentence does not go on
		{"为市民南宫娱乐主页免费检测果蔬。", "为市民免费检测果蔬。", []string{"南宫娱乐主页"}},
		{"欢迎访问乐鱼体育官网在线。正文。", "欢迎访问。正文。", []string{"乐鱼体育官网在线"}},
	}
	for _, tt := range tests {
		got, removed := RemoveSpam(tt.in)
		if got != tt.want || !reflect.DeepEqual(removed, tt.removed) {
			t.Errorf("RemoveSpam(%q)\n got  %q %q\n want %q %q", tt.in, got, removed, tt.want, tt.removed)
		}
	}
}

func TestLexiconParses(t *testing.T) {
	if _, err := parseLexicon(spamData); err != nil {
		t.Fatal(err)
	}
	if _, err := parseLexicon("x\n[brand]\n"); err == nil {
		t.Error("term before a section accepted")
	}
}

func FuzzRemoveSpam(f *testing.F) {
	for _, s := range []string{"质量必威足球彩票 活动", "凯发总代", "a|b|c|d|e|f|g|h|i", "完美体育·(中国)官方网站"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := RemoveSpam(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again, removed := RemoveSpam(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q (%q)", s, out, again, removed)
		}
	})
}
