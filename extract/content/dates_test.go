package content

import "testing"

func TestFindDate(t *testing.T) {
	tests := []struct {
		in, want string
		narrated bool
	}{
		{"2021-09-08 13:42:42", "2021-09-08T13:42:42+08:00", false},
		{"发布时间：2021-09-08 13:42", "2021-09-08T13:42:00+08:00", false},
		{"2021年9月8日", "2021-09-08", false},
		{"2023/09/22 |来源", "2023-09-22", false},
		{"2021.09.08", "2021-09-08", false},
		{"2023年09月14日 09:05", "2023-09-14T09:05:00+08:00", false},
		{"2021-09-08T05:42:42Z", "2021-09-08T13:42:42+08:00", false},
		{"2021-09-08T13:42:42+08:00", "2021-09-08T13:42:42+08:00", false},
		{"2024年5月22日週三 上午8:21", "2024-05-22T08:21:00+08:00", false},
		{"2024年5月20日 星期一 下午2:05", "2024-05-20T14:05:00+08:00", false},
		{"28.09.2016  16:36", "2016-09-28T16:36:00+08:00", false},
		{"2024年9月27日,海口市", "2024-09-27", true},
		{"2024年9月27日，海口市市场监督管理局开展", "2024-09-27", true},
		{"2021-02-30", "", false},
		{"1889-01-01", "", false},
		{"编号12021-09-08", "", false},
		{"no date here", "", false},
	}
	for _, tt := range tests {
		d, ok := findDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("findDate(%q) = %q, want none", tt.in, d.ISO)
			}
			continue
		}
		if !ok || d.ISO != tt.want || d.Narrated != tt.narrated {
			t.Errorf("findDate(%q) = %q narrated=%v ok=%v, want %q narrated=%v", tt.in, d.ISO, d.Narrated, ok, tt.want, tt.narrated)
		}
	}
}

func TestReadLineMeta(t *testing.T) {
	tests := []struct {
		in                                  string
		published, kind, origin, author, ed string
	}{
		{"2021-08-23 15:55:11   来源:市发改委", "2021-08-23T15:55:11+08:00", "line", "市发改委", "", ""},
		{"时间:2024-05-12 作者:佚名 来源:河南省药品监督管理", "2024-05-12", "label", "河南省药品监督管理", "佚名", ""},
		{"来源:清河区市场监督管理局 发布时间:2024年10月18日", "2024-10-18", "label", "清河区市场监督管理局", "", ""},
		{"【新闻来源:苏州市场监管】 【发布日期:2024-09-18】 【阅读次数:221】", "2024-09-18", "label", "苏州市场监管", "", ""},
		{"来源:     作者:质量发展科     发布日期:2022-09-09", "2022-09-09", "label", "", "质量发展科", ""},
		{"发布机构: 中山市市场监督管理局 成文日期: 2023-10-30", "2023-10-30", "written", "", "", ""},
		{"活动时间：2024年9月1日至9月30日", "", "", "", "", ""},
		{"2024年9月27日,海口市市场监督管理局琼山分局围绕主题开展活动", "", "", "", "", ""},
		{"(责任编辑：张林保)", "", "", "", "", "张林保"},
		{"凡本网注明“来源:中国质量新闻网”的所有作品,版权均属于中国质量新闻网", "", "", "", "", ""},
		{"2019-09-03", "2019-09-03", "line", "", "", ""},
		{"2020年3月5日　来源：县农业农村局", "2020-03-05", "line", "县农业农村局", "", ""},
		{"2018年11月2日 作者：王芳 来源：区科协", "2018-11-02", "line", "区科协", "王芳", ""},
		{"2022年6月9日 星期四", "2022-06-09", "line", "", "", ""},
		{"发布时间：2021年4月26日", "2021-04-26", "label", "", "", ""},
		{"发布日期：2016年12月1日　来源：市政府办", "2016-12-01", "label", "市政府办", "", ""},
		{"2020年3月5日来源不明的产品被查处", "", "", "", "", ""},
		{"2020年3月5日　全市开展质量宣传，来源：县局", "", "", "县局", "", ""},
		// a weekday beside a date-only value
		{"周六 2013年04月08日", "2013-04-08", "line", "", "", ""},
		{"星期一 2013-04-08", "2013-04-08", "line", "", "", ""},
		{"（星期三）2024年9月4日", "2024-09-04", "line", "", "", ""},
		// times written with 晚, 点, 時 and 分/秒
		{"2013-04-08 晚8:00", "2013-04-08T20:00:00+08:00", "line", "", "", ""},
		{"2013年4月8日 10点05", "2013-04-08T10:05:00+08:00", "line", "", "", ""},
		{"2013年4月8日 21時40分", "2013-04-08T21:40:00+08:00", "line", "", "", ""},
		{"2013年04月08日 23時05分11秒", "2013-04-08T23:05:11+08:00", "line", "", "", ""},
		// bylines: 作者/记者 is the author, 责任编辑 the editor, with or without a colon
		{"记者 王五", "", "", "", "王五", ""},
		{"本报记者 赵六 通讯员 钱七", "", "", "", "赵六", ""},
		{"文/记者 吴十", "", "", "", "吴十", ""},
		{"（记者 王小明 李华）", "", "", "", "王小明 李华", ""},
		{"作者：张三 责任编辑：李四", "", "", "", "张三", "李四"},
		{"记者在现场看到，群众排起长队咨询", "", "", "", "", ""},
	}
	for _, tt := range tests {
		m := readLineMeta(tt.in)
		if m.published.ISO != tt.published || m.publishedKind != tt.kind || m.origin != tt.origin || m.author != tt.author || m.editor != tt.ed {
			t.Errorf("readLineMeta(%q) = {%q %q origin=%q author=%q editor=%q}", tt.in, m.published.ISO, m.publishedKind, m.origin, m.author, m.editor)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct {
		raw       string
		headings  []string
		wantTitle string
		wantSite  string
	}{
		{"汕尾市开启2022年“质量月”宣传活动_汕尾市人民政府", nil, "汕尾市开启2022年“质量月”宣传活动", "汕尾市人民政府"},
		{"吉林:优化市场准入环境-中国质量新闻网", nil, "吉林:优化市场准入环境", "中国质量新闻网"},
		{"江西省消费品标准和质量提升规划(2016-2020年)的实施意见", nil, "江西省消费品标准和质量提升规划(2016-2020年)的实施意见", ""},
		{"标题一 - 要闻 - 某某日报", nil, "标题一", "某某日报"},
		{"安徽质量月活动下周启动 | 香港商报", []string{"安徽质量月活动下周启动"}, "安徽质量月活动下周启动", "香港商报"},
	}
	for _, tt := range tests {
		title, site := splitTitle(tt.raw, tt.headings, "")
		if title != tt.wantTitle || site != tt.wantSite {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tt.raw, title, site, tt.wantTitle, tt.wantSite)
		}
	}
}

func TestLongestConsistentTitle(t *testing.T) {
	for _, tt := range []struct {
		preferred  string
		candidates []string
		want       string
	}{
		// og:title cut at an ASCII quote; <title> and <h1> hold the whole
		{"写", []string{"写", `写"救命啊"纸团的女孩找到了_某某新闻网`, `写"救命啊"纸团的女孩找到了`}, `写"救命啊"纸团的女孩找到了_某某新闻网`},
		// a whole og:title is kept over a <title> that only adds the site
		{"全市启动质量月活动", []string{"全市启动质量月活动", "全市启动质量月活动_某某市人民政府"}, "全市启动质量月活动"},
		// unrelated candidates change nothing
		{"质量月活动启动", []string{"某某市人民政府", "工作动态"}, "质量月活动启动"},
		{"", []string{"标题"}, ""},
	} {
		if got := longestConsistent(tt.preferred, tt.candidates); got != tt.want {
			t.Errorf("longestConsistent(%q) = %q, want %q", tt.preferred, got, tt.want)
		}
	}
}

func TestLeadReporter(t *testing.T) {
	tests := []struct{ in, want string }{
		{"本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目启动。", "叶婉"},
		{"中国质量新闻网讯(记者秦海峰)为有力推进2021年大同市“质量月”活动开展", "秦海峰"},
		{"新华社北京9月8日电（记者 张三 李四）", "张三 李四"},
		{"记者从市场监管局获悉，本月将开展质量月活动。", ""},
	}
	for _, tt := range tests {
		if got := leadReporter(tt.in); got != tt.want {
			t.Errorf("leadReporter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
