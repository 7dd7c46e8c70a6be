package facts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// roundupText is a city's round-up of its counties' reports run together in
// one paragraph, each opening with the county's name, without bylines.
const roundupText = "龙岩市开展“全国防灾减灾日”宣传活动\n" +
	"5月12日是第16个全国防灾减灾日,龙岩市各县区围绕“人人讲安全、个个会应急”主题开展宣传活动。\n" +
	"当天,长汀县应急局会同县消防救援大队在汀州广场开展“应急科普进万家”活动,发放宣传资料2000余份。 " +
	"上杭县地震办在县实验小学开展地震应急疏散演练,全校师生参加。 " +
	"武平县应急局联合县红十字会开展急救知识培训。 " +
	"一系列宣传活动提升了龙岩市社会各界的防灾减灾意识。\n"

func TestRoundupByOpeningRegion(t *testing.T) {
	res := extractText(t, roundupText, "2024-05-13")
	want := []string{"长汀县", "上杭县", "武平县"}
	if len(res.Records) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(res.Records), len(want), res.Records)
	}
	for i, w := range want {
		r := res.Records[i]
		if strOr(r.County) != w || strOr(r.Province) != "福建省" {
			t.Errorf("record %d: %s %s, want 福建省 %s", i, strOr(r.Province), strOr(r.County), w)
		}
		checkEvidence(t, roundupText, r)
	}
	if got := strings.Join(res.Records[0].Activities, "|"); got != "应急科普进万家" {
		t.Errorf("first report's activities = %q", got)
	}
	if len(res.Records[1].Activities) != 0 {
		t.Errorf("second report holds the first's activities: %v", res.Records[1].Activities)
	}
	if strOr(res.Facts.Theme) != "人人讲安全、个个会应急" || strOr(res.Facts.City) != "龙岩市" {
		t.Errorf("page facts: theme %s, city %s", strOr(res.Facts.Theme), strOr(res.Facts.City))
	}
}

func TestRoundupNeedsTheWord(t *testing.T) {
	// the same blocks without 各县区 in the lead: a city report that visits three counties
	text := strings.Replace(roundupText, "龙岩市各县区", "龙岩市", 1)
	if res := extractText(t, text, "2024-05-13"); len(res.Records) != 1 {
		t.Errorf("got %d records, want 1", len(res.Records))
	}
}

func TestRoundupOfOneRegionIsOneRecord(t *testing.T) {
	text := "多地开展“质量月”活动\n各地市场监管部门近日启动“质量月”活动。\n南平市市场监管局开展质量宣传。\n南平市质量协会开展培训。\n"
	if res := extractText(t, text, ""); len(res.Records) != 1 {
		t.Errorf("got %d records, want 1", len(res.Records))
	}
}

func TestRoundupWithoutCampaignIsOneRecord(t *testing.T) {
	text := "各地网友热议地震\n各地网友近日讨论地震的震感。\n成都市网友说震感明显。\n西安市网友说有感。\n"
	if res := extractText(t, text, ""); len(res.Records) != 1 {
		t.Errorf("got %d records, want 1", len(res.Records))
	}
}

func TestTextBlocks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"甲。乙。\n丙。", "甲。乙。\n|丙。"},
		{"甲。 乙。　丙。\n", "甲。|乙。|丙。\n"},
		{"甲， 乙。", "甲， 乙。"},
		{"\n\n甲。", "甲。"},
		{"甲。——乙。——丙。", "甲。|——乙。|——丙。"},
		{"甲：一是乙；二是丙。● 丁。", "甲：|一是乙；|二是丙。|● 丁。"},
		{"题：平安!——综述", "题：平安!——综述"},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range textBlocks(tt.text) {
			got = append(got, strings.TrimLeft(tt.text[b.start:b.end], "\n"))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("textBlocks(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// FuzzTextBlocks checks that blocks are ordered, disjoint, on rune boundaries
// and never lose a non-blank rune.
func FuzzTextBlocks(f *testing.F) {
	for _, s := range []string{roundupText, dashRoundup, "甲。 乙。\n", "。 \n 。", "\xff。 ", "；——", "。 一是"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev, kept := 0, 0
		for _, b := range textBlocks(text) {
			if b.start < prev || b.end < b.start || b.end > len(text) {
				t.Fatalf("bad block %v after %d in %q", b, prev, text)
			}
			if !utf8.ValidString(text) {
				continue
			}
			if b.start < len(text) && !utf8.RuneStart(text[b.start]) || b.end < len(text) && !utf8.RuneStart(text[b.end]) {
				t.Fatalf("block %v splits a rune in %q", b, text)
			}
			kept += len(strings.Join(strings.Fields(text[b.start:b.end]), ""))
			prev = b.end
		}
		if utf8.ValidString(text) && kept != len(strings.Join(strings.Fields(text), "")) {
			t.Fatalf("blocks lose text of %q", text)
		}
	})
}

// agencyRoundup is a news agency's national round-up: a dateline filed in
// the capital, a lead that names no region, paragraph reports whose region is
// where the event is held or the body that acts, and a remark between them.
const agencyRoundup = "新华社北京5月12日电 题：防灾减灾，人人有责——全国防灾减灾日活动综述\n" +
	"新华社记者\n" +
	"在第16个全国防灾减灾日到来之际，各地各部门围绕“人人讲安全、个个会应急”主题开展形式多样的宣传活动。\n" +
	"12日上午，在杭州市武林广场，浙江省应急管理厅、省地震局等部门设置展台，向市民讲解应急避险知识。\n" +
	"“演练很实用，孩子学会了躲避。”前来参观的南京市民王女士说。\n" +
	"当天，成都市应急管理局在天府广场举办防灾减灾科普展，开展“应急知识大讲堂”活动。\n"

// dashRoundup reports by dash items: one held at a venue the segmenter cuts
// as one word, one by an acting body, one at a venue late in the item, and a
// national body's item that belongs to no region.
const dashRoundup = "多地开展“安全生产月”宣传咨询日活动\n" +
	"6月16日，各地围绕“人人讲安全、个个会应急”主题开展安全生产月宣传咨询日活动。\n" +
	"——“安全生产月”宣传咨询日活动启动仪式在深圳湾公园拉开帷幕，市应急管理局向市民发放宣传资料。\n" +
	"——南京市应急管理局在新街口广场设置咨询台，开展“安全知识进万家”活动。\n" +
	"——应急管理部举办“矿山安全云课堂”直播活动。\n" +
	"——当天下午，“安全宣传五进”主题活动在武汉市江汉区举行。\n"

func TestRoundupReports(t *testing.T) {
	inline := strings.Replace(strings.Replace(dashRoundup, "。\n——", "。——", 2), "。\n——", "。 ——", 1)
	items := "多地开展“安全生产月”宣传咨询日活动\n" +
		"6月16日，各地围绕“人人讲安全、个个会应急”主题开展宣传活动：一是深圳市应急管理局在深圳湾公园举办咨询日活动；" +
		"二是南京市应急管理局开展“安全知识进万家”活动；三是武汉市江汉区组织应急演练。\n"
	tests := []struct {
		name, text string
		want       []string // province|city of each record
		page       string   // the page's province|city
	}{
		{"agency round-up, paragraph reports", agencyRoundup, []string{"浙江省|杭州市", "四川省|成都市"}, "全国|<nil>"},
		{"dash items on lines", dashRoundup, []string{"广东省|深圳市", "江苏省|南京市", "湖北省|武汉市"}, "全国|<nil>"},
		{"dash items in one paragraph", inline, []string{"广东省|深圳市", "江苏省|南京市", "湖北省|武汉市"}, "全国|<nil>"},
		{"一是/二是 items", items, []string{"广东省|深圳市", "江苏省|南京市", "湖北省|武汉市"}, "全国|<nil>"},
		{"a provincial wire of its cities",
			strings.NewReplacer("新华社北京", "新华社杭州", "在杭州市武林广场，浙江省应急管理厅、省地震局等部门", "在宁波市天一广场，宁波市应急管理局",
				"成都市应急管理局在天府广场", "温州市应急管理局在世纪广场", "全国防灾减灾日活动综述", "浙江防灾减灾日活动综述").Replace(agencyRoundup),
			[]string{"浙江省|宁波市", "浙江省|温州市"}, "浙江省|<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text, "2024-06-17")
			var got []string
			for _, r := range res.Records {
				got = append(got, strOr(r.Province)+"|"+strOr(r.City))
				checkEvidence(t, tt.text, r)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("records %v, want %v", got, tt.want)
			}
			if page := strOr(res.Facts.Province) + "|" + strOr(res.Facts.City); page != tt.page {
				t.Errorf("page region %s, want %s", page, tt.page)
			}
		})
	}
}

// A national body's item ends the report before it: its activity and the
// blocks after it that name no region belong to no region's record.
func TestRoundupNationalItem(t *testing.T) {
	res := extractText(t, dashRoundup, "2024-06-17")
	if len(res.Records) != 3 {
		t.Fatalf("got %d records", len(res.Records))
	}
	for _, r := range res.Records {
		for _, a := range r.Activities {
			if a == "矿山安全云课堂" {
				t.Errorf("record %s holds the national body's activity", strOr(r.City))
			}
		}
	}
	if got := strings.Join(res.Records[1].Activities, "|"); got != "安全知识进万家" {
		t.Errorf("南京 record activities = %q", got)
	}
}

func TestRemark(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"——“平安你我”系列活动启动仪式在某广场拉开帷幕。", false},
		{"“平安你我”系列活动启动仪式在某广场拉开帷幕。", false},
		{"12日上午，在某市广场，多个部门的宣传展板整齐排列。", false},
		{"“活动很实用。”前来参观的某市民说。", true},
		{"“现场展示的内容不仅涉及防灾，还包括如何预防网络诈骗和应急救援知识介绍", true},
		{"「好」", false},
	}
	for _, tt := range tests {
		if got := remark(tt.s); got != tt.want {
			t.Errorf("remark(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
