package normalize

import "testing"

func TestLineKinds(t *testing.T) {
	for _, tt := range []struct {
		line                        string
		breadcrumb, tool, copyright bool
	}{
		{"您当前所在位置：首页 > 政策文件", true, false, false},
		{"首页 / 放心消费 / 正文", true, false, false},
		{"您当前的位置: 首页 >> 市县工作 >> 正文", true, false, false},
		{"网站首页>>工作动态", true, false, false},
		{"市场监管局在首页发布了通知。", false, false, false},
		{"【打印】【关闭】", false, true, false},
		{"字体：【 打印", false, true, false},
		{"字号变大| 字号变小", false, true, false},
		{"【大 中 小】", false, true, false},
		{"要把打印机的质量抽查作为重点，维护消费者权益。", false, false, false},
		{"版权所有 © 2024 某某市人民政府 京ICP备12345678号", false, false, true},
		{"· CopyRight 2008-2017,Powered By example Inc.All Rights Resered", false, false, true},
		{"主办单位：某某市市场监督管理局", false, false, true},
		{"今年全国“质量月”活动联合主办单位增加到了47家。", false, false, false},
		{"凡注明来源的作品，未经授权不得转载、复制或镜像。", false, false, true},
	} {
		if got := IsBreadcrumb(tt.line); got != tt.breadcrumb {
			t.Errorf("IsBreadcrumb(%q) = %v", tt.line, got)
		}
		if got := IsToolBar(tt.line); got != tt.tool {
			t.Errorf("IsToolBar(%q) = %v", tt.line, got)
		}
		if got := IsCopyright(tt.line); got != tt.copyright {
			t.Errorf("IsCopyright(%q) = %v", tt.line, got)
		}
	}
}

func FuzzLineKinds(f *testing.F) {
	f.Add("您当前的位置：首页 > 新闻")
	f.Fuzz(func(t *testing.T, s string) {
		IsBreadcrumb(s)
		IsToolBar(s)
		IsCopyright(s)
	})
}
