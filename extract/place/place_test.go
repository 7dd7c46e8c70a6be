package place

import (
	"os"
	"strings"
	"testing"
)

// resolver returns the process-wide resolver; tests share one loaded instance.
func resolver(t testing.TB) *Resolver {
	t.Helper()
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestResolve(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name string
		in   Input
		want Result // Evidence is not compared
	}{
		{"ambiguous county alone stays unknown",
			Input{Text: "鼓楼区市场监管局开展质量月宣传活动，向群众发放资料。"},
			Result{}},
		{"ambiguous county with its city",
			Input{Text: "福州市鼓楼区市场监管局开展质量月宣传活动，向群众发放资料。"},
			Result{Level: County, Province: "福建省", ProvinceCode: "350000", City: "福州市", CityCode: "350100", County: "鼓楼区", CountyCode: "350102"}},
		{"ambiguous county within one province keeps the province",
			Input{Title: "江苏省鼓楼区开展质量月活动", Text: "鼓楼区市场监管局开展质量月宣传活动。"},
			Result{Level: Province, Province: "江苏省", ProvinceCode: "320000"}},
		{"national association holding its event in a city",
			Input{Title: "中国质量协会发布年度质量报告", Text: "9月5日，中国质量协会在上海举行2022年全国质量月主题活动，发布年度用户满意度测评结果。活动现场，协会负责人介绍了今年的工作安排。"},
			Result{Level: National, Province: NationalName}},
		{"national federation cut into words, venue after the date",
			Input{Text: "4月26日，国家知识产权局在杭州市召开知识产权宣传周新闻发布会，介绍宣传周期间各项活动安排。"},
			Result{Level: National, Province: NationalName}},
		{"a city body holding an event in its own city stays local",
			Input{Text: "9月5日，杭州市市场监管局在杭州举办质量月主题活动，向市民发放宣传资料。"},
			Result{Level: City, Province: "浙江省", ProvinceCode: "330000", City: "杭州市", CityCode: "330100"}},
		{"a national official attending a local event",
			Input{Text: "9月5日，杭州市市场监管局联合市发改委举办质量月启动仪式。国家市场监管总局有关负责人出席在杭州举行的仪式并讲话。"},
			Result{Level: City, Province: "浙江省", ProvinceCode: "330000", City: "杭州市", CityCode: "330100"}},
		{"a national body only cited by a local page",
			Input{Text: "根据共青团中央部署，6月3日，南京市团市委在南京举办青少年安全知识竞赛，全市各区团委参加。"},
			Result{Level: City, Province: "江苏省", ProvinceCode: "320000", City: "南京市", CityCode: "320100"}},
		{"吉林 as a province",
			Input{Title: "吉林：优化市场准入环境", Text: "9月13日，吉林省质监局在长春举办质量月活动启动仪式。"},
			Result{Level: Province, Province: "吉林省", ProvinceCode: "220000"}},
		{"吉林 as a city",
			Input{Text: "吉林市市场监督管理局开展质量月宣传活动。我市各部门积极参与。"},
			Result{Level: City, Province: "吉林省", ProvinceCode: "220000", City: "吉林市", CityCode: "220200"}},
		{"中山大学 is not 中山市",
			Input{Title: "广州市开展质量月活动", Text: "市市场监管局在中山大学举办质量月讲座。"},
			Result{Level: City, Province: "广东省", ProvinceCode: "440000", City: "广州市", CityCode: "440100"}},
		{"中山大学 alone names no place",
			Input{Text: "中山大学举办质量管理讲座。"},
			Result{}},
		{"中山 as a whole word",
			Input{Title: "中山质量月活动启动", Text: "市市场监管局结合工作实际制定活动安排表。"},
			Result{Level: City, Province: "广东省", ProvinceCode: "440000", City: "中山市", CityCode: "442000"}},
		{"municipality has no city level",
			Input{Text: "天津市河东区市场监管局开展质量月宣传活动。"},
			Result{Level: County, Province: "天津市", ProvinceCode: "120000", County: "河东区", CountyCode: "120102"}},
		{"municipality's own bodies are provincial",
			Input{Text: "今年质量月期间，市市场监管局将开展26项重点活动，全市16个区同步启动。天津市质量强市工作领导小组部署。"},
			Result{Level: Province, Province: "天津市", ProvinceCode: "120000"}},
		{"雄安新区 is in 河北省",
			Input{Text: "雄安新区开展质量月活动，新区各部门积极参与。"},
			Result{Level: Province, Province: "河北省", ProvinceCode: "130000"}},
		{"襄樊 is now 襄阳",
			Input{Text: "襄樊市质监局开展质量月宣传活动。"},
			Result{Level: City, Province: "湖北省", ProvinceCode: "420000", City: "襄阳市", CityCode: "420600"}},
		{"county-level city calls its bodies 市",
			Input{Title: "昆山市举办质量月启动仪式", Origin: "市市场监管局", Text: "9月5日，苏州市昆山市市场监管局在文化艺术中心举办质量月启动仪式。全市200余家企业参加。"},
			Result{Level: County, Province: "江苏省", ProvinceCode: "320000", City: "苏州市", CityCode: "320500", County: "昆山市", CountyCode: "320583"}},
		{"prefecture city's 市 bodies stay its own beside its county-level cities",
			Input{Title: "苏州市举办质量月启动仪式", Origin: "市市场监管局", Text: "9月5日，市市场监管局联合昆山市市场监管局、常熟市市场监管局举办质量月启动仪式。"},
			Result{Level: City, Province: "江苏省", ProvinceCode: "320000", City: "苏州市", CityCode: "320500"}},
		{"a county-level city's short form does not take the 市 bodies",
			Input{Title: "质量月活动在昆山启动", Origin: "市市场监管局", Text: "9月5日，质量月启动仪式在文化艺术中心举行。全市200余家企业参加。"},
			Result{Level: City, Province: "江苏省", ProvinceCode: "320000", City: "苏州市", CityCode: "320500"}},
		{"prefecture city's event held in a county-level city",
			Input{Title: "苏州市启动质量月活动", Text: "9月5日，市市场监管局在昆山市举办质量月启动仪式。全市各地同步开展活动。"},
			Result{Level: City, Province: "江苏省", ProvinceCode: "320000", City: "苏州市", CityCode: "320500"}},
		{"national release",
			Input{Text: "市场监管总局等14个部门联合印发通知，部署开展2019年全国质量月活动。国家市场监督管理总局有关负责人介绍了活动安排。"},
			Result{Level: National, Province: NationalName}},
		{"joint action of several provinces has no province",
			Input{Title: "全国质量月苏浙皖赣沪共同行动在太仓启动", Text: "江苏省市场监管局副局长主持仪式，苏州市副市长出席。"},
			Result{}},
		{"provincial event held in a city",
			Input{Text: "福建省暨福州市质量月活动启动仪式在福州举行。省市场监管局、省委宣传部等18个部门参加。我省将开展20项活动。"},
			Result{Level: Province, Province: "福建省", ProvinceCode: "350000"}},
		{"abbreviated city body and a city in the headline",
			Input{Title: "汕尾市开启2022年质量月宣传活动", Text: "根据市场监管总局等21个部门的通知要求，我市在城区明珠广场举办活动。市市场监管局等21个部门还将举办一系列活动。"},
			Result{Level: City, Province: "广东省", ProvinceCode: "440000", City: "汕尾市", CityCode: "441500"}},
		{"county branch of a city bureau",
			Input{Text: "海口市市场监督管理局琼山分局在琼山区城东农贸市场开展质量月宣传活动。琼山分局工作人员讲解知识。"},
			Result{Level: County, Province: "海南省", ProvinceCode: "460000", City: "海口市", CityCode: "460100", County: "琼山区", CountyCode: "460107"}},
		{"region hint for an abbreviated county body",
			Input{Text: "县市场监管局开展质量月宣传活动，全县18家企业参加。", RegionHint: "涉县"},
			Result{Level: County, Province: "河北省", ProvinceCode: "130000", City: "邯郸市", CityCode: "130400", County: "涉县", CountyCode: "130426"}},
		{"autonomous prefecture by its short name",
			Input{Text: "楚雄州市场监管局开展质量月活动，全州各县市同步开展。"},
			Result{Level: City, Province: "云南省", ProvinceCode: "530000", City: "楚雄彝族自治州", CityCode: "532300"}},
		{"national release with a venue",
			Input{Text: "9月6日，市场监管总局2019全国检验检测机构开放日活动启动仪式在湖南省长沙市举办。市场监管总局有关负责人出席。"},
			Result{Level: National, Province: NationalName}},
		{"我区 in an autonomous region",
			Input{Title: "广西启动2022年质量月活动", Text: "9月5日，自治区市场监管局联合32个部门启动活动。我区将开展5大系列45项活动。"},
			Result{Level: Province, Province: "广西壮族自治区", ProvinceCode: "450000"}},
		{"我区 in a district",
			Input{Text: "六合区市场监管局举办质量月宣传活动。我区各街道积极参与。"},
			Result{Level: County, Province: "江苏省", ProvinceCode: "320000", City: "南京市", CityCode: "320100", County: "六合区", CountyCode: "320116"}},
		{"a brand is not a city's short name",
			Input{Text: "阿里、腾讯等公司的专利得到点评。"},
			Result{}},
		{"a city's short name beside its province",
			Input{Text: "《江西旅游生态设施规范》发布后，上饶开展质量月活动，八部门联合行动。"},
			Result{Level: City, Province: "江西省", ProvinceCode: "360000", City: "上饶市", CityCode: "361100"}},
		{"a superior body whose official attends is not the actor",
			Input{Text: "9月5日，朝阳区市场监管局在区政府广场举办启动仪式。北京市市场监管局副局长出席。"},
			Result{Level: County, Province: "北京市", ProvinceCode: "110000", County: "朝阳区", CountyCode: "110105"}},
		{"county-level city",
			Input{Title: "义乌市开展质量月系列活动", Text: "9月1日，义乌市市场监管局联合市发改局等12个部门启动质量月活动。"},
			Result{Level: County, Province: "浙江省", ProvinceCode: "330000", City: "金华市", CityCode: "330700", County: "义乌市", CountyCode: "330782"}},
		{"city name without 市 before its bureau",
			Input{Text: "汕尾市场监管局联合市公安局开展质量月宣传活动。"},
			Result{Level: City, Province: "广东省", ProvinceCode: "440000", City: "汕尾市", CityCode: "441500"}},
		{"a district's abbreviated bodies",
			Input{Text: "近日，区市场监管局联合区教育局开展质量月宣传活动。活动在六合区雄州街道举行，区政府有关负责人参加。"},
			Result{Level: County, Province: "江苏省", ProvinceCode: "320000", City: "南京市", CityCode: "320100", County: "六合区", CountyCode: "320116"}},
		{"an autonomous region's abbreviated bodies",
			Input{Text: "自治区市场监管局联合区发展改革委等32个部门启动质量月活动，南宁市、柳州市同步开展。广西各地积极响应。"},
			Result{Level: Province, Province: "广西壮族自治区", ProvinceCode: "450000"}},
		{"bodies of every district are not the writer's",
			Input{Text: "市市场监管局指导各县市场监管局、各区市场监管局和各县政府开展质量月宣传活动，主会场设在汕尾市海丰县。"},
			Result{Level: City, Province: "广东省", ProvinceCode: "440000", City: "汕尾市", CityCode: "441500"}},
		{"no place",
			Input{Text: "今天，我市举办质量月活动。"},
			Result{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Resolve(tt.in)
			got.Evidence = ""
			if got != tt.want {
				t.Errorf("Resolve() = %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestDigestReports resolves each regional report of a digest page (seed 004,
// converted to simplified): reports end with a byline line such as (徐东周).
func TestDigestReports(t *testing.T) {
	r := resolver(t)
	raw, err := os.ReadFile("testdata/digest.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"河北省", "浙江省", "安徽省", "福建省", "湖北省", "广东省", "广西壮族自治区", "重庆市", "云南省", "甘肃省"}
	var reports []string
	var cur []string
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") {
			reports = append(reports, strings.Join(cur, "\n"))
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	if len(reports) != len(want) {
		t.Fatalf("%d reports, want %d", len(reports), len(want))
	}
	for i, rep := range reports {
		if got := r.Resolve(Input{Text: rep}); got.Province != want[i] {
			t.Errorf("report %d: province %q, want %q (evidence %q)", i+1, got.Province, want[i], got.Evidence)
		}
	}
	if got := r.Resolve(Input{Text: string(raw)}); got.Province != "" {
		t.Errorf("whole digest: province %q, want none", got.Province)
	}
}

func TestBranchOffice(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"深圳市市场监督管理局福田监管局", "福田监管局"},
		{"广州市公安局天河区分局", "天河区分局"},
		{"某市市场监管局南山市场监管所", "南山市场监管所"},
		{"汕尾市市场监督管理局", "汕尾市市场监督管理局"},
		{"省市场监管局办公室", "省市场监管局办公室"},
		{"中国质量新闻网", "中国质量新闻网"},
		{"", ""},
	} {
		if got := branchOffice(tc.in); got != tc.want {
			t.Errorf("branchOffice(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
