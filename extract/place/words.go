package place

import (
	"github.com/ccorpus/ccorpus/extract/gazetteer"
	"github.com/ccorpus/ccorpus/extract/lexicon"
)

// knownBodies are the bodies named in the segmenter's dictionary, plus branches.
var knownBodies = func() map[string]bool {
	m := map[string]bool{"分局": true, "市场监管分局": true, "市场监督管理分局": true}
	for _, b := range lexicon.Bodies() {
		m[b] = true
	}
	return m
}()

// notAbbrevStart are first characters of words that begin with a level
// character without being an abbreviated body (市场, 市民, 省级, 县区, 省直属).
const notAbbrevStart = "场民级内外区县市属域城容"

// selfRefs are words by which a body refers to its own region (lexicon's
// data/self_refs.txt), with the level of the region.
var selfRefs = func() map[string]gazetteer.Level {
	levels := map[string]gazetteer.Level{"province": gazetteer.Province, "city": gazetteer.City,
		"county": gazetteer.County, "qu": levelQu}
	out := map[string]gazetteer.Level{}
	for _, r := range lexicon.SelfRefs() {
		out[r.Word] = levels[r.Level]
	}
	return out
}()

// levelQu is the level of 我区 and 全区: an autonomous region's or a district's.
const levelQu gazetteer.Level = 9

// levelChars are the one-character level words that abbreviate a region in a body's name.
var levelChars = map[string]gazetteer.Level{
	"省": gazetteer.Province, "自治区": gazetteer.Province,
	"市": gazetteer.City, "州": gazetteer.City, "盟": gazetteer.City,
	"县": gazetteer.County, "旗": gazetteer.County, "区": levelQu,
}

// levelBodies are bodies that are only ever named after a level word (省委, 市政府).
var levelBodies = map[string]bool{
	"委": true, "政府": true, "人民政府": true, "委员会": true, "政府办": true, "政府办公室": true,
}

// bodyWords are body names that do not end in a body suffix.
var bodyWords = map[string]bool{
	"质监": true, "人民政府": true, "政府": true, "安委会": true, "食安委": true, "市场监管": true,
	"委宣传部": true, "宣传部": true, "妇联": true, "团委": true, "科协": true, "总工会": true,
}

// bodySuffixes end the names of bodies and bureaus.
var bodySuffixes = []string{
	"局", "厅", "委", "办", "院", "所", "站", "中心", "委员会", "政府", "部", "协会", "领导小组", "办公室",
}

// notBodies are words that end like a body without being one: verbs in 办
// (举办, 承办), and 部, 局, 所 words (干部, 布局, 场所).
var notBodies = map[string]bool{
	"举办": true, "主办": true, "承办": true, "协办": true, "合办": true, "联办": true, "创办": true,
	"开办": true, "兴办": true, "筹办": true, "督办": true, "交办": true, "转办": true, "代办": true,
	"查办": true, "催办": true, "经办": true, "申办": true, "包办": true, "操办": true, "照办": true,
	"干部": true, "全部": true, "内部": true, "外部": true, "局部": true, "各部": true,
	"布局": true, "格局": true, "开局": true, "大局": true, "全局": true, "结局": true, "当局": true,
	"场所": true, "住所": true, "处所": true,
}

// nationalBodies issue national releases (lexicon's data/national_bodies.txt).
var nationalBodies = func() map[string]bool {
	out := map[string]bool{}
	for _, l := range lexicon.NationalBodies() {
		out[l] = true
	}
	return out
}()

// nationalPrefixes holds every beginning of a national body's name (中, 中国,
// 中国消, …): a run of words that is none cannot grow into a name.
var nationalPrefixes = func() map[string]bool {
	out := map[string]bool{}
	for name := range nationalBodies {
		for i := range name {
			out[name[:i]] = true
		}
		out[name] = true
	}
	return out
}()

// nationalBodyAt returns how many tokens from toks[j] name a national body
// (中国|质量|协会 is cut into three), or 0.
func nationalBodyAt(toks []string, j int) int {
	name := ""
	for k := j; k < len(toks) && k < j+4; k++ {
		name += toks[k]
		if !nationalPrefixes[name] {
			return 0
		}
		if nationalBodies[name] {
			if k+1 < len(toks) && nationalBodies[name+toks[k+1]] {
				continue // 国务院安委会|办公室: the longer name
			}
			return k - j + 1
		}
	}
	return 0
}

// provinceAbbrev holds the one-character abbreviations of provinces.
const provinceAbbrev = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁新港澳"

// referenceVerbs open a clause that cites a superior body's plan rather than
// naming the actor (根据省市场监管局部署, 贯彻市场监管总局要求).
var referenceVerbs = map[string]bool{
	"根据": true, "按照": true, "贯彻": true, "落实": true, "依据": true, "遵照": true, "贯彻落实": true, "入选": true,
}

// siteSuffixes end the site names that titles carry after the headline.
var siteSuffixes = []string{"网", "频道", "网站", "官网", "门户", "百科", "客户端", "新闻", "报", "在线", "首页"}

// attendVerbs say that an official attends an event another body holds.
var attendVerbs = map[string]bool{"出席": true, "莅临": true, "到场": true, "应邀出席": true, "观摩": true}

// plurals before a level word make it mean every unit of that level (各县, 各级).
var plurals = map[string]bool{"各": true, "各级": true, "全部": true, "所有": true, "部分": true, "两": true, "多个": true}
