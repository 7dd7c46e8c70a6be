package facts

import "testing"

func TestOnTopic(t *testing.T) {
	report := "9月6日,广西2021年“质量月”活动启动仪式在南宁举行。活动期间,自治区市场监管局将联合自治区党委宣传部、发改委、工信厅等25个部门,组织开展质量主题宣传、质量文化建设等5大系列41项主题活动。"
	tests := []struct {
		name, text string
		want       bool
	}{
		{"report", report, true},
		{"no campaign", "江西省人民政府办公厅关于贯彻落实消费品标准和质量提升规划的实施意见。各市、县(区)人民政府,省政府各部门:为深化消费品供给侧结构性改革,积极开展消费品标准和质量提升工作,制定本实施意见。", false},
		{"explainer", "“3.15”是指每年的3月15日,是国际消费者权益日。", false},
		{"index page", "质量月专题\n• 上饶今年“质量月”拉开帷幕 (2024-09-02)\n• 广西启动“质量月”活动 (2024-09-01)\n• 重庆开展2024年全市“质量月”活动 (2024-08-30)\n• 福建省“质量月”启动仪式举行 (2024-08-29)\n• 湖北省2024年“质量月”活动启动 (2024-08-28)\n• 甘肃省“质量月”活动安排发布,开展质量宣传 (2024-08-27)", false},
		{"named in passing", "各市、县(区)人民政府,省政府各部门:为深化消费品供给侧结构性改革,积极开展消费品标准和质量提升工作,经省政府同意,制定本实施意见。\n一、总体要求。坚持以市场为导向、以企业为主体。\n二、主要任务。加强标准体系建设。\n三、重点工作。提升消费品质量。\n四、保障措施。强化组织领导。\n五、其他。各地要加强宣传。\n六、结合“质量月”等活动广泛宣传,营造良好氛围,推动消费品标准和质量提升工作取得实效。", false},
		{"report of a campaign not in the data file", "5月12日,某区2023年“燃气安全宣传周”活动在中心广场启动。区住建局联合区应急管理局、区市场监管局等9个部门,向居民发放宣传资料3000余份,现场解答群众咨询。", true},
		{"a campaign not in the data file in passing", "各区县人民政府,市政府各部门:为加强城镇燃气管理,经市政府同意,制定本办法。\n一、总体要求。坚持安全第一、预防为主。\n二、主要任务。加强燃气设施建设。\n三、重点工作。排查管网隐患。\n四、保障措施。强化组织领导。\n五、其他。各地要加强宣传。\n六、结合2023年“燃气安全宣传周”活动广泛宣传,营造良好氛围,推动燃气管理工作取得实效。", false},
		{"standing programme in passing", "为深入实施质量强省战略,省政府印发实施意见,要求各地加强质量基础设施建设,开展质量提升行动,提高产品、工程和服务质量水平,推动经济高质量发展。", false},
		{"keyword page", "质量月活动方案,质量月活动总结,质量月主题口号,质量月宣传标语,质量月知识竞赛题,质量月启动仪式讲话,质量月征文,质量月手抄报,开展质量月活动的意义。", false},
		{"spun copy", "9月6日,广西2021年“质量月”勾当启动仪式在南宁举行。勾当期间,自治区商场监管局将联合自治区党委宣传部、发改委、工信厅等25个部门,组织开展质量主题宣传等5大系列41项主题勾当,保障食物平安。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractText(t, tt.text, "").OnTopic; got != tt.want {
				t.Errorf("on_topic = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNoCampaignNoFacts(t *testing.T) {
	text := "2025年12月30日,内蒙古自治区市场监管局发布年度报告。活动主题：质量安全。9月1日,该局联合12个部门开展“一企一案”帮扶行动,完成8项活动。"
	f := extractText(t, text, "2025-12-30").Facts
	if f.Campaign != nil || f.Year != nil || f.Theme != nil || f.DepartmentCount != nil || f.ActivityCount != nil || len(f.Activities)+len(f.EventDates) > 0 {
		t.Errorf("facts without a campaign: %+v", f)
	}
}
