package facts

import "testing"

func TestLeadNamesProvinces(t *testing.T) {
	excerpt := "多地开展食品安全宣传周活动\n" +
		"为普及食品安全知识，日前，湖南长沙、四川成都市、江苏苏州等地陆续开展了形式多样的食品安全宣传周活动。\n" +
		"9月3日，长沙市食品安全宣传周主会场活动在五一广场举行，长沙市市场监管局向市民发放宣传资料。\n"
	tests := []struct {
		name, text string
		province   string // the page's
		record     string // the first record's
	}{
		{"an excerpt holding the first of three provinces' reports", excerpt, "<nil>", "湖南省"},
		{"a lead listing one province's counties",
			"多地开展食品安全宣传周活动\n日前，浏阳、宁乡等地陆续开展了食品安全宣传周活动。\n9月3日，长沙市市场监管局在五一广场举办主会场活动。\n",
			"湖南省", "湖南省"},
		{"a list that is no round-up's lead",
			"长沙市开展食品安全宣传周活动\n日前，长沙市市场监管局邀请成都、苏州等地专家授课。\n9月3日，长沙市市场监管局在五一广场举办主会场活动。\n",
			"湖南省", "湖南省"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text, "2024-09-04")
			if got := strOr(res.Facts.Province); got != tt.province {
				t.Errorf("page province %s, want %s", got, tt.province)
			}
			if got := strOr(res.Records[0].Province); got != tt.record {
				t.Errorf("record province %s, want %s", got, tt.record)
			}
		})
	}
}
