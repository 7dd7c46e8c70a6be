package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDropSEO(t *testing.T) {
	tests := []struct {
		name, in, want string
		removed        []string
	}{
		{"underscore keyword tail",
			"某市开展质量月活动。\n某省质量活动_某省质量月活动_2024某省新闻\n活动现场气氛热烈。",
			"某市开展质量月活动。\n活动现场气氛热烈。", []string{"某省质量活动_某省质量月活动_2024某省新闻"}},
		{"a title with one underscore stays", "某市开展质量月活动_某某网\n正文。", "某市开展质量月活动_某某网\n正文。", nil},
		{"file names are not keywords", "某市开展活动 提升质量意识_fororder_图片1", "某市开展活动 提升质量意识_fororder_图片1", nil},
		{"lone question page", "世界计量日是哪天", "", []string{"世界计量日是哪天"}},
		{"lone query with a year", "某县政府采购目录限额2024", "", []string{"某县政府采购目录限额2024"}},
		{"lone fresh query", "某县抽查办法最新消息2024年公告", "", []string{"某县抽查办法最新消息2024年公告"}},
		{"a lone heading is not a query", "商标审查标准", "商标审查标准", nil},
		{"a question inside a report stays", "世界计量日是哪天\n5月20日，某市开展世界计量日宣传活动。", "世界计量日是哪天\n5月20日，某市开展世界计量日宣传活动。", nil},
		{"share prompt and watermark",
			"木瓜网小编提示，记得把“某市启动质量月”分享给大家!\n9月1日，某市启动质量月活动。\n责任编辑：张三木瓜网 abcde.com",
			"9月1日，某市启动质量月活动。\n责任编辑：张三", []string{"木瓜网小编提示，记得把“某市启动质量月”分享给大家!", "木瓜网 abcde.com"}},
		{"a contact line with 小编 stays", "其他问题可以联系小编:18000000000", "其他问题可以联系小编:18000000000", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, removed := DropSEO(tc.in)
			if got != tc.want {
				t.Errorf("text = %q, want %q", got, tc.want)
			}
			if strings.Join(removed, "|") != strings.Join(tc.removed, "|") {
				t.Errorf("removed = %q, want %q", removed, tc.removed)
			}
		})
	}
}

func FuzzDropSEO(f *testing.F) {
	f.Add("木瓜网小编提示，记得把“某市启动质量月”分享给大家!\n责任编辑：张三木瓜网 abcde.com")
	f.Add("某省质量活动_某省质量月活动_2024某省新闻")
	f.Add("世界计量日是哪天")
	f.Fuzz(func(t *testing.T, s string) {
		out, removed := DropSEO(s)
		if removed == nil && out != s {
			t.Fatalf("changed without removals: %q -> %q", s, out)
		}
		if len(out) > len(s) {
			t.Fatalf("grew: %q -> %q", s, out)
		}
		for _, r := range removed {
			if !strings.Contains(s, r) {
				t.Fatalf("removed %q not in input", r)
			}
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input")
		}
	})
}

func TestSpamHeader(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"888影视 日韩动漫 2025-05-21 11:29 2", "888影视 日韩动漫"},
		{"中国质量新闻网 2023-10-19 15:04:08 中国质量新闻网", ""},
		{"2023-10-19 15:04:08 某某网", ""},
		{"某地举办日韩文化交流活动，2023-10-19 举行", ""},
	}
	for _, tc := range tests {
		got, ok := spamHeader(tc.line)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("spamHeader(%q) = %q %v, want %q", tc.line, got, ok, tc.want)
		}
	}
}

func TestSpamHeaderNewsSource(t *testing.T) {
	if got, ok := spamHeader("某某广播电视台国际在线 2020-09-10 21:23:35"); ok {
		t.Errorf("news source cut: %q", got)
	}
}
