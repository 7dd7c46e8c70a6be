package facts

import (
	"regexp"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		dept, acts int // -1 for null
	}{
		{"digits", "今年我省食品安全宣传周活动由省食安办、省文明办等24个部门联合举办。", 24, -1},
		{"chinese numeral", "今年“质量月”活动的主题是“质量第一”,市质监局、总工会等八部门将开展“六进”活动。", 8, -1},
		{"scoped units", "“质量月”活动期间,广东省市场监管局等21个省直部门将举办一系列活动。", 21, -1},
		{"units in brackets", "由市市场监管局主办,市发展改革委等14个部门(单位)协办的2023年“质量月”宣传活动在广场举行。", 14, -1},
		{"approximate", "省直30余个质量工作部门参加2016年质量月活动启动仪式,开展近200项活动。", -1, -1},
		{"sub-event", "厅局联动是今年“质量月”活动一大特色。省市场监管局与农业农村厅等7个厅局共同举办了品牌故事大赛。", -1, -1},
		{"national count on a local page", "根据市场监管总局等21个部门关于开展2022年全国“质量月”活动的通知要求,9月16日,我市举办宣传活动。", -1, -1},
		{"activity count with a gap", "广西2022年“质量月”活动将重点开展质量主题宣传等5大系列45项丰富多彩的质量主题活动。", -1, 45},
		{"activity count of the organizers", "近日,重庆市市场监管局等23个部门联合发出通知,开展2022年全市“质量月”活动。\n重庆市23个市级部门将根据各自职能组织53项活动。其中,市市场监管局组织了13项活动。", 23, 53},
		{"a menu is no count", "“质量月”期间,各局将从省局拟定的9项活动中,自选2项以上开展。", -1, -1},
		{"chinese activity count", "2020年全县“质量月”期间将开展二十项系列活动。", -1, 20},
		{"campaign referred back to", "4月20日,2022年广东省知识产权宣传周活动启动。此次宣传周活动由省知识产权局牵头,会同省委宣传部、省法院等20个单位共同举办。", 20, -1},
		{"a quoted name is no count", "此次“质量月”活动与落实“十项行动”紧密结合。", -1, -1},
		{"attendees", "2023年“质量月”启动仪式上,来自15个部门的代表和12个部门负责人参加。", -1, -1},
		{"count after the activities", "“质量月”期间,全市共开展主题活动45项,发放资料3000余份。", -1, 45},
		{"day range", "9月15-16日,2023年“质量月”质量基础设施服务活动在县城举行。", -1, -1},
		{"activities as the subject", "9月3日,某县举行2022年“质量月”启动会。据介绍,今年活动由县市场监管局会同县直17个部门共同承办。", 17, -1},
		{"members of the organizing body", "县里举办“安全生产月”咨询日。活动由县应急局牵头,县安委会19个成员单位参与。", 19, -1},
		{"sentence continuing the campaign", "9月8日,某省2023年“质量月”活动启动。省质量办联合省教育厅等16个部门共同组织开展活动。", 16, -1},
		{"a later sentence on another matter", "9月8日,某省2023年“质量月”活动启动。去年全省15个部门通过了考核。", -1, -1},
		{"attendees in a continuing sentence", "某市2023年“质量月”活动启动。来自11个部门的代表参加活动。", -1, -1},
		{"groups of activities", "某市启动2021年“安全生产月”。据介绍,活动分为宣传、检查两大类14项。", -1, 14},
		{"aspects of activities", "2022年“质量月”期间,全县将围绕4个方面11项任务抓好落实。", -1, 11},
		{"a list closed by a count", "某区启动2023年“质量月”。区局将组织“质量义诊”“标准宣贯”等9项活动。", -1, 9},
		{"a national list on a local page", "我区启动2023年“质量月”。总局部署“质量义诊”“标准宣贯”等9项活动。", -1, -1},
		{"banner-level bodies", "6月14日,某旗2021年“安全生产月”活动启动。活动由旗应急局、旗住建局等九个旗直部门联合开展。", 9, -1},
		{"prefecture-level bodies", "某州2022年“质量月”活动期间,州市场监管局牵头,州直12家单位共同参与。", 12, -1},
		{"league-level bodies", "2020年某盟“食品安全宣传周”启动。本次活动由盟卫健委等十一个盟直部门共同主办。", 11, -1},
		{"count after the list", "“质量月”期间,县局还将组织“标准进企业”“计量进市场”等活动,共计7项。", -1, 7},
		{"total standing alone", "2021年“安全生产月”期间,全区共开展12项,覆盖企业300余家。", -1, 12},
		{"total of listed activities", "“知识产权宣传周”期间,各单位合计开展6项主题活动。", -1, 6},
		{"approximate total after the list", "“质量月”期间,市局组织“质量义诊”等活动,共计20余项。", -1, -1},
		{"total with more than", "“质量月”期间,全市共开展10项以上活动。", -1, -1},
		{"facts of a campaign not in the data file", "2024年“燃气安全宣传月”期间,市住建局会同市应急局等11个部门开展“燃气安全进万家”等8项活动。", 11, 8},
		{"own body's total after the campaign", "9月10日,安吉县2024年“质量月”活动在县体育馆启动。县市场监管局立足县域产业特点,共组织开展12项活动,涵盖质量提升、计量服务等领域。", -1, 12},
		{"named local body's total", "鄞州区2023年“安全生产月”活动聚焦“人人讲安全”。鄞州区应急管理局会同各街道合计开展6项活动,覆盖辖区企业。", -1, 6},
		{"national body's total on a local page", "苏州市2024年“质量月”活动启动。市场监管总局今年共部署10项活动,各地结合实际落实。", -1, -1},
		{"own body's approximate total", "桐庐县2024年“质量月”活动启动。县市场监管局结合实际,共开展20余项活动。", -1, -1},
		{"own body's total in the next paragraph", "桐庐县2024年“质量月”活动启动。\n县市场监管局年内共开展7项活动,涉及食品、药品等领域。", -1, -1},
		{"own body's count of sessions", "桐庐县2024年“质量月”活动启动。县市场监管局共开展宣讲15场次,培训1200人次,发放资料3000份。", -1, -1},
		{"one body's own count", "“质量月”期间,25个部门开展活动。市市场监管委发挥牵头作用,组织市场监管系统开展26项重点活动。", 25, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text, "")
			if got := intOr(res.Facts.DepartmentCount); got != tt.dept {
				t.Errorf("department_count = %d, want %d", got, tt.dept)
			}
			if got := intOr(res.Facts.ActivityCount); got != tt.acts {
				t.Errorf("activity_count = %d, want %d", got, tt.acts)
			}
			checkEvidence(t, tt.text, res.Facts)
		})
	}
}

func TestSpeaksAsLocalMatchesPattern(t *testing.T) {
	selfLocalRe := regexp.MustCompile(`我省|我市|我区|我县|我州|我旗|本省|本市|本县`) // what speaksAsLocal replaced
	texts := append(sharedTexts(t), sharedLines(t)...)
	texts = append(texts, randomTexts(5, 20000, 12, "我本省市区县州旗次届人，\n")...)
	texts = append(texts, "", "我", "本", "我们本届", "我\xe5市", "本县", "她说我旗")
	for _, text := range texts {
		if got, want := speaksAsLocal(text), selfLocalRe.MatchString(text); got != want {
			t.Fatalf("speaksAsLocal(%q) = %v, pattern %v", text, got, want)
		}
	}
}
