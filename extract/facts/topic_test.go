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
