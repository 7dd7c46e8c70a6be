package facts

import "testing"

func TestDocumentKind(t *testing.T) {
	tests := []struct {
		name, title, text, campaign string
		want                        string // "" for a report
	}{
		{"notice issuing a plan", "关于印发某市2023年质量月活动方案的通知",
			"各区县市场监管局、市直各有关单位:\n现将《某市2023年质量月活动方案》印发给你们，请认真贯彻执行。\n2023年8月25日\n一、活动主题", "质量月", "notice"},
		{"notice to subordinate bodies", "关于做好安全生产月宣传的通知",
			"各设区市应急管理局、局属各单位:\n请组织播放宣传片，张贴宣传海报。\n某省应急管理厅\n2024年6月3日", "安全生产月", "notice"},
		{"news that a plan was issued", "某市印发质量月活动方案",
			"近日，某市市场监管局印发《2023年质量月活动方案》，部署开展12项活动。\n方案要求，各地要结合实际抓好落实。", "质量月", ""},
		{"signed report, no addressee", "某县举办质量月启动仪式",
			"9月1日，某县举办质量月启动仪式，县长出席并讲话。\n2023年9月1日", "质量月", ""},
		{"q&a page", "", "问:今年的世界标准日在哪天?\n答:10月14日。", "世界标准日", "q&a"},
		{"calendar question title", "2021年世界计量日是几月几日", "世界计量日的由来如下。", "世界计量日", "q&a"},
		{"citizen letter", "", "信件编号: 2023001\n内容:请问质量月有什么活动?\n答复单位:某县市场监管局", "质量月", "q&a"},
		{"a question about something else", "某县开展安全生产月活动", "会上，有群众问道检修什么时候完成。某县开展安全生产月宣传活动。", "安全生产月", ""},
		{"poster download", "", "2023年安全生产月主题海报下载\n海报原图下载链接", "安全生产月", "poster"},
		{"poster attachment", "", "今年世界计量日的中文主题确定为某某。\n附件:世界计量日宣传海报", "世界计量日", "poster"},
		{"report that handed out posters", "某镇开展安全生产月宣传",
			"6月5日，某镇在集市开展安全生产月宣传，工作人员张贴宣传海报20余张，发放资料500份，现场群众可扫码下载安全知识手册，并观看了宣传片。", "安全生产月", ""},
		{"explainer", "", "食品安全宣传周是指每年举办的一项宣传活动。", "食品安全宣传周", "explainer"},
		{"retrospective", "税收宣传月30年：初心不变", "1992年以来，税收宣传月已走过三十年。", "税收宣传月", "retrospective"},
		{"edition ordinal is not a retrospective", "第30个税收宣传月启动", "4月1日，某市启动第30个税收宣传月活动。", "税收宣传月", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k, ok := documentKind(tc.title, tc.text, tc.campaign)
			if got := map[bool]string{true: k.name}[ok]; got != tc.want {
				t.Errorf("documentKind = %q (cue %q), want %q", got, k.cue, tc.want)
			}
		})
	}
}
