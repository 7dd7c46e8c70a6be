package facts

import "regexp"

// meetingHeads are the head words of a meeting or fair held under a quoted
// name: “标准化+数字经济”论坛, “品牌强企”推介会.
const meetingHeads = `论坛|研讨会|座谈会|交流会|发布会|推介会|博览会|展会|大会`

var (
	// chainLinkRe joins quoted names into one list: “A”“B”, “A”、“B”, “A”和“B”.
	chainLinkRe = regexp.MustCompile(`^(?:|、|，|,|和|及|与|以及)$`)
	// activityAfterRe follows a name that denotes an activity: “铁拳”行动,
	// “质量开放日”活动, “质量之光”公众评选活动, “…”等系列活动.
	// “…”等8项活动, “…”签约仪式, “…”服务.
	activityAfterRe = regexp.MustCompile(`^(?:等)?(?:[0-9０-９]{1,3}项)?(?:一系列|系列)?(\p{Han}{0,4}?)(?:活动|行动|征文|讲堂|讲座|大赛|竞赛|比赛|评选|监督抽查|专项整治)`)
	// longGapRe follows a name that modifies a longer description of an
	// activity: “手机变砝码”计量惠民便民服务活动, “质量体检”进企业等系列活动.
	// The activity word ends the phrase: in “桂有优品”品牌提升行动企业交流 the
	// name is a brand.
	longGapRe = regexp.MustCompile(`^(\p{Han}{5,12}?)(?:等)?(?:一系列|系列)?(?:活动|行动)(?:[^\p{Han}]|$|[和及与中])`)
	// badLongGapRe: words in a long gap that make the name something other
	// than the activity's own: its period (…期间…), its theme (…为主题…), a
	// second event joined by 暨, a verb (开展, 推进: the name is a means), another
	// activity word, a service the name qualifies (“绿色工厂”服务进园区活动).
	badLongGapRe = regexp.MustCompile(`期间|主题|暨|开展|作为|推进|推动|促进|助力|实施|活动|行动|服务\p{Han}|方案|联合`)
	// headAfterRe follows a name with the head word of an activity, read only
	// when the name is no slogan: “放心消费承诺”签约仪式, “质量提升进企业”服务.
	// The head word ends the phrase (or a pair joined by 和/及/与): in
	// “专精特新”服务进企业活动 the name is part of a longer one.
	headAfterRe = regexp.MustCompile(`^(?:等)?(?:[0-9０-９]{1,3}项)?(?:一系列|系列)?(\p{Han}{0,2}?)(?:仪式|服务|宣传|演练|问答|培训|展览|展示|体验|开放日|义诊|咨询|` + meetingHeads + `)(?:活动|和|及|与|[^\p{Han}]|$)`)
	// thingEndRe ends the name of a thing rather than an activity: a code, a
	// platform, a hotline, an award, an agreement (“浙品码”, “12315”热线).
	// Organisations and documents are things too: “长三角质量联盟”, “质量提升方案”.
	thingEndRe = regexp.MustCompile(`(?:码|平台|系统|热线|网站|公众号|小程序|奖|协议|纲要|条例|办法|协会|学会|联盟|委员会|集团|公司|研究院|研究所|规划|方案|意见|通知|白皮书|指南)$`)
	// mixedListRe ends a list of quoted and unquoted items that closes with
	// 等…活动 within the sentence: 咨询、“送检下乡”、特种设备安全宣传等活动.
	mixedListRe = regexp.MustCompile(`^[^，,。；;！？!?\n]*?等(\p{Han}{0,6}?)活动`)
	// datePrefixRe is the date written before a campaign's name: 5·20世界计量日.
	datePrefixRe = regexp.MustCompile(`^(?:\d{1,2}\s*[·.．•・]\s*\d{1,2}|\d{3,4})`)
	// strongSuffixRe ends a name that is an activity by itself: “广西质量创新行动”.
	strongSuffixRe = regexp.MustCompile(`(?:行动|活动)$`)
	// tourRe ends a name that is a tour (计量服务中小企业行, 安全生产万里行,
	// 院士专家服务高质量发展广西行): five or more runes ending in 行, not a verb
	// (进行, 执行, 同行).
	tourRe = regexp.MustCompile(`^\p{Han}{3,}[^进执运发先同并试施可流盛风推践实履银平]行$`)
	// weakSuffixRe ends a name that is an activity when the name stands alone in
	// a list: “电梯安全宣传周”、“品牌故事大赛”、“质量赋能环岛行”等.
	weakSuffixRe = regexp.MustCompile(`(?:周|日|月|行|赛|节|第一课|讲座|论坛|培训|评选|征文|倡议)$`)
	// headSuffixRe ends a name that is an activity by its head word or shape
	// when the name stands alone in a list and reads as a name, not a slogan:
	// “应急救援演练”, “安全知识有奖问答”, “诚信商家亮牌”, “计量惠民进乡村”, “送检下乡”.
	headSuffixRe = regexp.MustCompile(`(?:仪式|服务|宣传|演练|问答|讲堂|培训|竞赛|比赛|评选|展览|展示|体验|开放日|义诊|咨询|亮牌|承诺|巡查|大排查|大检查|专项整治|进(?:社区|企业|校园|乡村|万家|农村|机关|园区|家庭|市场|商场|工地|景区)|下乡)$`)
	// sloganRe marks a quoted phrase that exhorts rather than names: 人人讲安全,
	// 共建…, 守护…, or parallel phrases joined by commas or spaces.
	sloganRe = regexp.MustCompile(`^(?:人人|个个|共建|共创|共享|共筑|守护|携手|争做|争当|我为)|[，,、\s]`)
	// adjectiveRe ends a quoted word that describes a manner (“一站式”服务), not an activity.
	adjectiveRe = regexp.MustCompile(`[式型化性级]$`)
	// standAloneAfterRe follows a name that stands alone in a list.
	standAloneAfterRe = regexp.MustCompile(`^(?:$|[、，,。；;“「」”]|等|期间|和|\n)`)
	// participateBeforeRe ends the words before a name people take part in:
	// 参与“你点我检”, 报名参加“…”, 组织参与“…”.
	participateBeforeRe = regexp.MustCompile(`(?:参与|参加|报名参加|组织参与|踊跃参与|积极参与|积极参加)了?$`)
	// heldBeforeRe ends the words before a list that is what was held or
	// offered: 开展“…”“…”。, 包括“…”、“…”等, 推出“…”.
	heldBeforeRe = regexp.MustCompile(`(?:开展|举办|举行|启动|推出|包括)了?[:：]?$`)
	// numberedNameRe starts names that count tasks rather than name one
	// (十项行动, 十大攻坚战); a numbered programme (五进, 五个一, 七个主题日) is a
	// name, judged by its context like any other.
	numberedNameRe = regexp.MustCompile(`^[一二三四五六七八九十两0-9]+(?:项|大)`)
	// programmeRe is the shape of a numbered programme, an activity wherever it
	// is quoted (GOLD: "named numbered programmes (五进)"): N进 (into N kinds of
	// place) and runs of 百千万 (百千万, 万千百十一: a hundred X, a thousand Y,
	// ten thousand Z). Other numbered names (五个一 but also 三个一 of a pilot
	// scheme) need an activity word after them.
	programmeRe = regexp.MustCompile(`^(?:[一二三四五六七八九十两]{1,2}进|[十百千万]{3,}[一二三四五六七八九十]?)$`)
	// badGapRe: words between a name and 活动 that show the name is not the activity's (…的活动).
	badGapRe = regexp.MustCompile(`的|和|及|为|是|在`)
)
