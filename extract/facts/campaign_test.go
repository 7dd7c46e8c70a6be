package facts

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestCampaignAndYear(t *testing.T) {
	tests := []struct {
		name, title, text, published string
		campaign                     string
		year                         int
	}{
		{"most named wins", "", "2019年全国“质量月”期间开展“电梯安全宣传周”活动,“质量月”活动由14个部门主办。", "", "质量月", 2019},
		{"alias", "", "2018年山东省食品宣传周活动启动仪式在济南举行。", "", "食品安全宣传周", 2018},
		{"year after place", "", "9月6日,广西2021年“质量月”活动启动仪式举行。", "", "质量月", 2021},
		{"ordinal is no year", "", "今年6月是第22个全国“安全生产月”,主题为“人人讲安全、个个会应急”。", "", "安全生产月", 0},
		{"published year", "", "“质量月”期间,市市场监管局组织开展电梯安全宣传活动18场。", "2023-10-30", "质量月", 2023},
		{"year written right before wins", "", "1999年国际计量大会将每年的5月20日定为“世界计量日”。深圳市将在2025年“世界计量日”当天开放实验室。", "", "世界计量日", 2025},
		{"dated event in the campaign's sentence", "", "2023年9月15日,某县市场监督管理局联合县总工会等单位在人民广场开展“质量月”宣传咨询活动。", "", "质量月", 2023},
		{"title counts", "2017年河北省质量月活动启帷", "1日,河北省质量月活动正式启动。", "", "质量月", 2017},
		{"a campaign not in the data file", "", "5月24日,省特检院开展了2022年科技周电梯安全进社区活动。", "", "科技周", 2022},
		{"a quoted campaign not in the data file", "", "6月3日,某市“燃气安全宣传月”主场活动在人民广场举行,市住建局等8个部门参加。", "", "燃气安全宣传月", 0},
		{"an ordinal campaign not in the data file", "", "今年是第5个全国“特种设备安全日”。某县“特种设备安全日”活动当天在县体育馆启动。", "", "特种设备安全日", 0},
		{"a national campaign named as written", "某县2024年全国防灾减灾宣传周活动启动", "5月12日,县应急管理局在文化广场启动防灾减灾宣传周活动。", "", "全国防灾减灾宣传周", 2024},
		{"a quoted day of any words is no campaign", "", "某部队官兵经常参与“练兵比武日”活动,驻地群众热情慰问。", "", "<nil>", 0},
		{"a month is no campaign", "", "2024年本月共检查企业30家,上半月完成抽检。", "", "<nil>", 0},
		{"an unquoted name after an ordinal needs its activity", "", "某市第3个工作日完成了审批。", "", "<nil>", 0},
		{"standing programme yields", "", "推进质量强省建设,启动2021年湖南“质量月”活动,湖南省质量强省领导小组办公室牵头。", "", "质量月", 2021},
		{"3·15", "", "3月11日,县市场监管局开展以“共筑满意消费”为主题的“3·15国际消费者权益日”宣传咨询活动。", "", "3·15国际消费者权益日", 0},
		{"none", "", "江西省人民政府办公厅关于贯彻落实消费品标准和质量提升规划的实施意见。", "", "<nil>", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := loaded(t).Extract(Input{Title: tt.title, Text: tt.text, Published: tt.published})
			if got := strOr(res.Facts.Campaign); got != tt.campaign {
				t.Errorf("campaign = %q, want %q", got, tt.campaign)
			}
			y := 0
			if res.Facts.Year != nil {
				y = *res.Facts.Year
			}
			if y != tt.year {
				t.Errorf("year = %d, want %d", y, tt.year)
			}
			if y != 0 && tt.published == "" && res.Facts.Evidence["year"] == "" {
				t.Errorf("year has no evidence")
			}
		})
	}
}

// checkMentions fails when mentions or mentionsSpots differs from
// mentionsEvery over text, or mentionsSpots reports all the places of the
// literals of otherLits and they are not (allSpots).
func checkMentions(t *testing.T, cl *campaignList, text string) {
	t.Helper()
	got, want := cl.mentions(text), cl.mentionsEvery(text)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("mentions(%q) = %v, mentionsEvery = %v", text, got, want)
	}
	got, spots, all := cl.mentionsSpots(text, []spot{})
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("mentionsSpots(%q) = %v, mentionsEvery = %v", text, got, want)
	}
	if all != (len(want) == 0) {
		t.Fatalf("mentionsSpots(%q) reports all spots %v with %d mentions", text, all, len(want))
	}
	if wantSpots := allSpots(text); all && !slices.Equal(spots, wantSpots) {
		t.Fatalf("mentionsSpots(%q) spots %v, want %v", text, spots, wantSpots)
	}
}

// allSpots returns every place in text where a literal of otherLits is
// written, in order, as spots.
func allSpots(text string) []spot {
	out := []spot{}
	for i := range len(text) {
		for j, l := range otherLits {
			if strings.HasPrefix(text[i:], l) {
				out = append(out, spot(i)<<spotBits|spot(j))
			}
		}
	}
	return out
}

func TestMentionsMatchesEveryPosition(t *testing.T) {
	cl := parseCampaigns(campaignsData)
	if cl.lead == nil {
		t.Fatal("the campaigns file has names too short for lead keys")
	}
	texts := sharedTexts(t)
	if len(texts) == 0 {
		t.Log("no shared corpus: random texts only")
	}
	var alphabet strings.Builder
	for _, n := range cl.names {
		alphabet.WriteString(n.form)
	}
	alphabet.WriteString("0123456789.%万元个，。 \n")
	for _, l := range otherLits {
		alphabet.WriteString(l)
	}
	texts = append(texts, randomTexts(1, 5000, 30, alphabet.String())...)
	for _, n := range cl.names {
		texts = append(texts, n.form, "1"+n.form, n.form+"1", "全"+n.form+"%", n.form[1:], n.form[:len(n.form)-1])
	}
	for _, text := range texts {
		checkMentions(t, &cl, text)
	}
}

func FuzzMentions(f *testing.F) {
	f.Add("2022年全国“质量月”、3·15国际消费者权益日和315晚会")
	f.Add("13.15%\xe6\x9c全国科普日")
	cl := parseCampaigns(campaignsData)
	f.Fuzz(func(t *testing.T, text string) { checkMentions(t, &cl, text) })
}

// TestLeadSetNamesOf checks the lead keys' table against the names: every
// name's key has its (hashed) bit set, and namesOf returns for every key of
// 16 bits exactly the names that start with it, in their order, so that a
// bit shared with another key is settled there, and namesMask the bits of
// all their second keys.
func TestLeadSetNamesOf(t *testing.T) {
	cl := parseCampaigns(campaignsData)
	if cl.lead == nil {
		t.Fatal("the campaigns file has names too short for lead keys")
	}
	want := map[uint32][]string{}
	for _, n := range cl.names {
		k := leadKey(n.form[0], n.form[1], n.form[2])
		if h := leadBit(k); cl.lead.bits[h/64]&(1<<(h%64)) == 0 {
			t.Fatalf("the bit of %q's lead key is not set", n.form)
		}
		want[k] = append(want[k], n.form)
	}
	for k := uint32(0); k < 1<<16; k++ {
		var got []string
		refs, seconds := cl.lead.namesOf(k)
		_, _, mask := cl.lead.namesMask(k)
		for j, n := range refs {
			got = append(got, n.form)
			if seconds[j] != leadSecond(n.form) {
				t.Fatalf("the second key of %q is %#x, want %#x", n.form, seconds[j], leadSecond(n.form))
			}
			if b := secondBits(seconds[j]); mask&b != b {
				t.Fatalf("namesMask(%#x) = %#x lacks %q's second key's bits %#x", k, mask, n.form, b)
			}
		}
		if len(seconds) != len(refs) {
			t.Fatalf("namesOf(%#x): %d names, %d second keys", k, len(refs), len(seconds))
		}
		if !reflect.DeepEqual(got, want[k]) {
			t.Fatalf("namesOf(%#x) = %q, want %q", k, got, want[k])
		}
	}
	t.Logf("%d lead keys", len(want))
}
