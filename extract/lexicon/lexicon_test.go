package lexicon

import "testing"

func TestLists(t *testing.T) {
	has := func(list []string, w string) bool {
		for _, x := range list {
			if x == w {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		name string
		list []string
		want []string
	}{
		{"campaign names", CampaignNames(), []string{"质量月", "全国质量月", "安全生产月", "世界计量日"}},
		{"national bodies", NationalBodies(), []string{"国务院", "市场监管总局"}},
		{"bodies", Bodies(), []string{"市场监督管理局", "应急管理局", "宣传部"}},
		{"level prefixes", LevelPrefixes(), []string{"省", "市", "县", "自治区"}},
	} {
		for _, w := range tt.want {
			if !has(tt.list, w) {
				t.Errorf("%s lack %q", tt.name, w)
			}
		}
		seen := map[string]bool{}
		for _, w := range tt.list {
			if w == "" || w[0] == '#' || w[0] == '~' {
				t.Errorf("%s: bad entry %q", tt.name, w)
			}
			if seen[w] && tt.name != "campaign names" {
				t.Errorf("%s: %q twice", tt.name, w)
			}
			seen[w] = true
		}
	}
	levels := map[string]bool{"province": true, "city": true, "county": true, "qu": true}
	refs := SelfRefs()
	if len(refs) < 10 {
		t.Fatalf("%d self references", len(refs))
	}
	for _, r := range refs {
		if !levels[r.Level] || r.Word == "" {
			t.Errorf("self reference %+v", r)
		}
	}
}
