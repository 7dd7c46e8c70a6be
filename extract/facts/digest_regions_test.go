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
	for _, s := range []string{roundupText, "甲。 乙。\n", "。 \n 。", "\xff。 "} {
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
