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
			Input{Text: "9月2日，马鞍山市在和县举办质量月启动仪式，和县市场监管局承办。"},
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
