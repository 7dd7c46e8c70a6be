package facts

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/ccorpus/ccorpus/normalize"
)

const digestText = `今年9月,河北省质量强省战略领导小组办公室联合省委宣传部、省发展改革委等18个部门开展2022年全省“质量月”活动。河北省市场监管局将开展“提质强企”行动和质量管理最佳实践推广活动。
(王小明)
9月2日下午,福建省2022年“质量月”暨电梯安全宣传周系列活动启动仪式在福州举行。福建省市场监管局联合省发改委等21个部门启动了全省“质量月”活动,将广泛动员政府、行业、企业和社会各界参与。
(李四 张三)
近日,重庆市市场监管局等23个部门联合发出通知,开展2022年全市“质量月”活动。据悉,重庆市23个市级部门将根据各自职能组织53项活动,开展一批区域质量交流活动。
(赵五)
`

func TestDigest(t *testing.T) {
	res := extractText(t, digestText, "")
	type rec struct {
		province   string
		dept, acts int
		dates      string
	}
	want := []rec{{"河北省", 18, -1, ""}, {"福建省", 21, -1, "2022-09-02"}, {"重庆市", 23, 53, ""}}
	if len(res.Records) != len(want) {
		t.Fatalf("got %d records, want %d", len(res.Records), len(want))
	}
	for i, w := range want {
		r := res.Records[i]
		got := rec{strOr(r.Province), intOr(r.DepartmentCount), intOr(r.ActivityCount), strings.Join(r.EventDates, " ")}
		if got != w {
			t.Errorf("record %d = %+v, want %+v", i, got, w)
		}
		checkEvidence(t, digestText, r)
	}
	f := res.Facts
	if f.Province != nil || f.DepartmentCount != nil || f.ActivityCount != nil {
		t.Errorf("page facts keep a report's own values: province %s, dept %d, acts %d", strOr(f.Province), intOr(f.DepartmentCount), intOr(f.ActivityCount))
	}
	if strings.Join(f.EventDates, " ") != "2022-09-02" || intOr(f.Year) != 2022 {
		t.Errorf("page facts: dates %v, year %d", f.EventDates, intOr(f.Year))
	}
}

func TestSingleReportIsOneRecord(t *testing.T) {
	text := "9月6日,广西2021年“质量月”活动启动仪式举行。活动期间,自治区市场监管局将联合自治区党委宣传部等25个部门开展41项主题活动。\n(广西日报 记者/吴家跃)"
	res := extractText(t, text, "")
	if len(res.Records) != 1 || intOr(res.Records[0].DepartmentCount) != 25 || intOr(res.Facts.DepartmentCount) != 25 {
		t.Errorf("records = %+v", res.Records)
	}
}

func TestPhotoCreditsDoNotMakeADigest(t *testing.T) {
	para := "9月6日,广西2021年“质量月”活动启动仪式在南宁举行,自治区市场监管局将联合自治区党委宣传部等25个部门开展质量主题宣传、质量文化建设等系列活动。"
	text := para + "\n(张三摄)\n" + para + "\n(李四摄)\n" + para + "\n(王五摄)\n"
	if res := extractText(t, text, ""); len(res.Records) != 1 {
		t.Errorf("got %d records, want 1", len(res.Records))
	}
	text = strings.ReplaceAll(text, "摄", "")
	if res := extractText(t, text, ""); len(res.Records) != 1 {
		t.Errorf("one region's reports: got %d records, want 1", len(res.Records))
	}
}

func TestTrailingBylines(t *testing.T) {
	text := strings.NewReplacer("。\n(王小明)", "。(王小明)", "。\n(李四 张三)", "。（李四 张三）", "。\n(赵五)", "。(赵五)").Replace(digestText)
	res := extractText(t, text, "")
	if len(res.Records) != 3 {
		t.Fatalf("got %d records, want 3", len(res.Records))
	}
	for i, want := range []string{"河北省", "福建省", "重庆市"} {
		if got := strOr(res.Records[i].Province); got != want {
			t.Errorf("record %d province = %s, want %s", i, got, want)
		}
	}
}

func TestBylineInsideASingleReport(t *testing.T) {
	tests := []struct{ name, text string }{
		{"trailing reporter", "9月3日,某市2023年“质量月”活动启动,市市场监管局(市质量办)联合市发改委等15个部门开展30项活动。\n活动现场,检测机构向市民开放实验室(周末照常)。\n市民纷纷表示受益匪浅。（记者 张三）"},
		{"photo credits at paragraph ends", "9月3日,某市2023年“质量月”活动启动,市市场监管局联合15个部门开展活动。（张三摄）\n9月5日,某县举办质量开放日活动,吸引市民参加。（李四摄）\n9月8日,某区开展计量宣传活动,发放资料千余份。（王五摄）"},
		{"inline parentheticals", "9月3日,某市2023年“质量月”活动启动(市质量办牵头),市市场监管局联合15个部门开展活动。\n9月5日,某县(含开发区)举办质量开放日活动。\n9月8日,某区开展计量宣传活动(上午场)。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := extractText(t, tt.text, ""); len(res.Records) != 1 {
				t.Errorf("got %d records, want 1", len(res.Records))
			}
		})
	}
}

// TestBylinePrefilters checks that the parenthesis tests before the byline
// patterns reject only lines the patterns do not match.
func TestBylinePrefilters(t *testing.T) {
	lines := sharedLines(t)
	lines = append(lines, randomTexts(6, 20000, 14, "（()）记者通讯员:：/ 　\t\v\n、，,张勇李辉。！？!?”」摄\u00a0\u3000")...)
	lines = append(lines, "（张勇）", " (记者 周伟)\u3000", "开展12项活动。（刘晓明）\n", "开展12项活动。（刘晓明） \t\n", "（张勇）\u3000\n")
	for _, line := range lines {
		if !strings.HasSuffix(line, "\n") {
			lines = append(lines, line+"\n")
		}
	}
	for _, line := range lines {
		l := strings.TrimSpace(line)
		if got, want := bylineLine(line), bylineRe.MatchString(l) && isByline(l); got != want {
			t.Fatalf("byline %q: prefiltered %v, pattern %v", line, got, want)
		}
		if got, want := trailingByline(line), trailingBylineRe.FindStringSubmatchIndex(line); !reflect.DeepEqual(got, want) {
			t.Fatalf("trailing byline %q: prefiltered %v, pattern %v", line, got, want)
		}
	}
}

// digestPartsSplit is the digestParts that split the text into lines and
// ran both byline patterns over each: the reference for the one that walks
// the lines and tests their ends first.
func digestPartsSplit(d *doc) []span {
	var parts []span
	start, off := 0, 0
	for _, line := range strings.SplitAfter(d.text, "\n") {
		if l := strings.TrimSpace(line); bylineRe.MatchString(l) && isByline(l) {
			parts = append(parts, span{start, off})
			start = off + len(line)
		} else if m := trailingBylineRe.FindStringSubmatchIndex(line); m != nil && isByline(line[m[2]:m[3]]) {
			parts = append(parts, span{start, off + m[2]})
			start = off + len(line)
		}
		off += len(line)
	}
	if len(parts) < 3 {
		return nil
	}
	for _, p := range parts {
		if normalize.HanCount(d.text[p.start:p.end]) < 60 {
			return nil
		}
	}
	return parts
}

func TestDigestPartsMatchesSplit(t *testing.T) {
	texts := append(sharedTexts(t), digestText, strings.ReplaceAll(digestText, "\n", "\r\n"), digestText+"\n\n", "(张三)\n(李四)\n(王五)", "")
	for _, text := range texts {
		d := newDoc(text)
		if got, want := digestParts(d), digestPartsSplit(d); !reflect.DeepEqual(got, want) {
			t.Fatalf("digestParts over a text of %d bytes = %v, split = %v", len(text), got, want)
		}
	}
}

// TestClosesParenSpaced checks closesParenSpaced against trimming with
// unicode.IsSpace first, on the labelled pages' lines and random ends.
func TestClosesParenSpaced(t *testing.T) {
	lines := append(sharedLines(t), randomTexts(12, 20000, 8, "（()）张 \t\n\v\f\r\u00a0\u0085\u3000\u2000。")...)
	lines = append(lines, "", ")", "）", "张）\u3000\n", "\xe3\x80\x80", "\x80\x80", "\xbc\x89", "）\xbc\x89")
	for _, line := range lines {
		for _, l := range []string{line, line + "\n", line + "\u3000 "} {
			if got, want := closesParenSpaced(l), closesParen(strings.TrimRightFunc(l, unicode.IsSpace)); got != want {
				t.Fatalf("closesParenSpaced(%q) = %v, want %v", l, got, want)
			}
		}
	}
}

func FuzzClosesParenSpaced(f *testing.F) {
	f.Add("（张勇）\u3000\n")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := closesParenSpaced(l), closesParen(strings.TrimRightFunc(l, unicode.IsSpace)); got != want {
			t.Fatalf("closesParenSpaced(%q) = %v, want %v", l, got, want)
		}
	})
}
