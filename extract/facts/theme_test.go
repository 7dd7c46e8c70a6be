package facts

import "testing"

func TestTheme(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"主题是", "今年“质量月”活动的主题是“抓质量水平提升 促发展方式转变”。", "抓质量水平提升 促发展方式转变"},
		{"以…为主题", "部署开展以“共创中国质量,建设质量强国”为主题的2019年全国“质量月”活动。", "共创中国质量,建设质量强国"},
		{"围绕…主题", "围绕“加强质量支撑 共建质量强国”主题,开展2024年“质量月”宣传活动。", "加强质量支撑 共建质量强国"},
		{"这一主题", "开展“质量月”活动,生动演绎“质量安全是社会和谐的基础”这一主题。", "质量安全是社会和谐的基础"},
		{"主题活动 is no theme", "开展“金融标准 为民利企”主题活动,推进“质量月”。", "<nil>"},
		{"Chinese over global", "2024年“世界计量日”全球主题——“sustainability”。全球中文主题正式确定为“可持续发展”。中国特别主题正式确定为“计量筑基新质生产力,促进可持续发展”。", "计量筑基新质生产力,促进可持续发展"},
		{"heading line", "2025年“世界计量日”\n全球主题\nMeasurements for all\n中国主题\n计量顺时代之需,应民生之盼\n", "计量顺时代之需,应民生之盼"},
		{"unquoted after a colon", "某县启动2023年“质量月”活动。活动主题：质量第一 安全至上。", "质量第一 安全至上"},
		{"a long sentence after a colon is no theme", "“质量月”活动主题：通过开展形式多样的宣传活动不断提升全社会的质量意识和质量水平营造良好氛围推动高质量发展。", "<nil>"},
		{"first of several", "湖北省“质量月”以“开展质量提升行动,加快建设质量强省”为主题。联想“质量月”的主题是“质关你我,智启未来”。", "开展质量提升行动,加快建设质量强省"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text, "")
			if got := strOr(res.Facts.Theme); got != tt.want {
				t.Errorf("theme = %q, want %q", got, tt.want)
			}
			checkEvidence(t, tt.text, res.Facts)
		})
	}
}
