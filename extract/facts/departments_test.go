package facts

import (
	"slices"
	"testing"
)

func TestDepartmentList(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"今年9月，省市场监管局联合省委宣传部、省教育厅、省住房和城乡建设厅等18个部门开展“质量月”活动。",
			[]string{"省市场监管局", "省委宣传部", "省教育厅", "省住房和城乡建设厅"}},
		{"活动由县应急管理局、县总工会和团县委共同主办。", []string{"县应急管理局", "县总工会", "团县委"}},
		{"市安委办会同市应急局、市消防救援支队等八部门启动安全生产月。", []string{"市安委办", "市应急局", "市消防救援支队"}},
		{"联合多个部门开展宣传活动。", nil},                             // no list
		{"全市共有21个部门参加，共同开展活动。", nil},                       // a count, no names
		{"省局与2家企业共同举办培训。", nil},                            // a digit is no office
		{"本次活动内容丰富、形式多样等10个单位参加。", nil},                    // parts are not bodies
		{"由区市场监管局、区科协主办，共同开展。", []string{"区市场监管局", "区科协"}}, // 共同开展 closes
		// the opening 由 / 记者从 belongs to no name; 会同 is no pair of names
		{"活动由市场监管局联合区委宣传部、区文明办共同举办。", []string{"市场监管局", "区委宣传部", "区文明办"}},
		{"记者从区政府新闻办、区应急局主办的发布会上获悉。", []string{"区政府新闻办", "区应急局"}},
		{"区级层面由区食安办会同区委宣传部、区文明办等部门共同组织。", []string{"区食安办", "区委宣传部", "区文明办"}},
	} {
		got := departmentList(c.sentence)
		if !slices.Equal(got, c.want) {
			t.Errorf("departmentList(%q) = %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestFindDepartmentsFallsBackToJointSentence(t *testing.T) {
	d := newDoc("某县举办质量月活动。\n活动由县市场监管局、县教育局联合举办，吸引群众参与。")
	got := findDepartments(d, 0, len(d.text), "")
	if len(got) != 2 || got[0].Name != "县市场监管局" || got[1].Name != "县教育局" || got[0].Evidence == "" {
		t.Fatalf("findDepartments = %+v", got)
	}
	if got := findDepartments(newDoc("某县举办质量月活动。"), 0, 10, ""); got != nil {
		t.Errorf("a page naming no bodies gave %+v", got)
	}
}
