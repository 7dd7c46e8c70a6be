package place

import "testing"

func TestConjunctionRead(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name string
		in   Input
		want Result
	}{
		{"two county bodies joined by 和",
			Input{Text: "6月16日，县应急管理局和县消防救援大队在广场开展安全生产月宣传，县市场监管局和县消费者协会参加。"},
			Result{}},
		{"和县 after its parent city",
			Input{Text: "9月2日，马鞍山市和县市场监管局开展质量月宣传活动，向群众发放资料。"},
			Result{Level: County, Province: "安徽省", ProvinceCode: "340000", City: "马鞍山市", CityCode: "340500", County: "和县", CountyCode: "340523"}},
		{"和县 as the venue, no body after it",
			Input{Text: "9月2日，马鞍山市质量月启动仪式在和县举办，和县市场监管局承办。"},
			Result{Level: County, Province: "安徽省", ProvinceCode: "340000", City: "马鞍山市", CityCode: "340500", County: "和县", CountyCode: "340523"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.Resolve(tc.in)
			got.Evidence = ""
			if got != tc.want {
				t.Errorf("Resolve = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestHoldsEventAndSourceCredit(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name string
		in   Input
		want Result
	}{
		{"a county-level city holding an event, 市 bodies after",
			Input{Text: "9月15日，黑龙江省漠河市在初心广场举行网络安全宣传周启动仪式。市委网信办、市教育局等单位负责人参加。"},
			Result{Level: County, Province: "黑龙江省", ProvinceCode: "230000", City: "大兴安岭地区", CityCode: "232700", County: "漠河市", CountyCode: "232701"}},
		{"a county named only in the site's breadcrumb",
			Input{Title: "我县开展3·15国际消费者权益日宣传活动", Text: "首页/ 今日子洲/ 政务要闻/ 正文\n3月15日，县市场监管局在县城广场开展3·15国际消费者权益日宣传活动。"},
			Result{Level: County, Province: "陕西省", ProvinceCode: "610000", City: "榆林市", CityCode: "610800", County: "子洲县", CountyCode: "610831"}},
		{"a county named only in the source credit",
			Input{Text: "6月17日上午，县安委办、县应急管理局在县人民广场开展安全生产月宣传咨询日活动。来源:陆河之声 记者:某某"},
			Result{Level: County, Province: "广东省", ProvinceCode: "440000", City: "汕尾市", CityCode: "441500", County: "陆河县", CountyCode: "441523"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.Resolve(tc.in)
			got.Evidence = ""
			if got != tc.want {
				t.Errorf("Resolve = %+v, want %+v", got, tc.want)
			}
		})
	}
	if holdsEvent([]string{"在", "广场", "，", "举行"}) {
		t.Error("holdsEvent read across a comma")
	}
}

// A provincial bureau that republishes a city's report names who published,
// not the level reported on; a provincial report it publishes stays provincial.
func TestOriginOutranked(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name string
		in   Input
		want Result
	}{
		{"city report on a provincial site",
			Input{Origin: "江西省质量技术监督局", Text: "宜春市质监局举办质量月宣传咨询服务活动\n9月13日，宜春市质监局在春台公园举行质量月宣传咨询服务活动，向市民发放宣传资料。"},
			Result{Level: City, Province: "江西省", ProvinceCode: "360000", City: "宜春市", CityCode: "360900"}},
		{"provincial report on a provincial site",
			Input{Origin: "江西省质量技术监督局", Text: "9月1日，江西省质监局举办质量月启动仪式，省质监局局长出席并讲话，各设区市质监局参加。"},
			Result{Level: Province, Province: "江西省", ProvinceCode: "360000"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.Resolve(tc.in)
			got.Evidence = ""
			if got != tc.want {
				t.Errorf("Resolve = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestCompanyName(t *testing.T) {
	r := resolver(t)
	if got := r.Resolve(Input{Text: "5月20日，区市场监管局指导辖区内芜湖某某热电集团有限公司、芜湖某某能源发展有限公司等企业开展宣传活动。"}); got.Province != "" {
		t.Errorf("a firm's seat read as the region: %+v", got)
	}
	if got := r.Resolve(Input{Text: "5月20日，杭州市市场监管局在杭州某某有限公司开展计量宣传活动，杭州市计量院参加。"}); got.City != "杭州市" {
		t.Errorf("the city acting beside a firm lost: %+v", got)
	}
	tests := []struct {
		toks []string
		want bool
	}{
		{[]string{"合肥", "热电", "集团", "有限公司"}, true},
		{[]string{"合肥", "瑞", "广", "能源", "发展", "有限公司", "等"}, true},
		{[]string{"合肥", "、", "某某", "有限公司"}, false},
		{[]string{"合肥", "举办", "宣传", "活动"}, false},
	}
	for _, tc := range tests {
		if got := companyName(tc.toks, 0); got != tc.want {
			t.Errorf("companyName(%q) = %v, want %v", tc.toks, got, tc.want)
		}
	}
}

func TestOwnShortForm(t *testing.T) {
	r := resolver(t)
	got := r.Resolve(Input{Text: "6月1日，县安委会在广场举行安全生产月启动仪式，县应急管理局负责人宣读了活动方案。\n此次活动为构建平安卓资、和谐卓资创造了良好环境。"})
	got.Evidence = ""
	want := Result{Level: County, Province: "内蒙古自治区", ProvinceCode: "150000", City: "乌兰察布市", CityCode: "150900", County: "卓资县", CountyCode: "150921"}
	if got != want {
		t.Errorf("Resolve = %+v, want %+v", got, want)
	}
	// once, or on a page with no 县 body of its own, a short form stays weak
	if got := r.Resolve(Input{Text: "6月1日，县安委会在广场举行安全生产月启动仪式，为构建平安卓资创造了良好环境。"}); got.County != "" {
		t.Errorf("a single short form resolved: %+v", got)
	}
	if got := r.Resolve(Input{Text: "某企业举行安全生产月活动，为构建平安卓资、和谐卓资创造了良好环境。"}); got.County != "" {
		t.Errorf("a short form without a 县 body resolved: %+v", got)
	}
}
