package facts

import (
	"strings"
	"testing"
)

func TestActivities(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"followed by 活动 or 行动", "今年“质量月”期间开展“提质强企”行动、“计量服务中小企业行”活动。", "提质强企|计量服务中小企业行"},
		{"list ending in 等活动", "今年“质量月”期间开展“电梯安全宣传周”“有机产品认证宣传周”“服务认证体验周”等活动。", "电梯安全宣传周|有机产品认证宣传周|服务认证体验周"},
		{"name with a gap", "“质量月”期间,2019“质量之光”公众评选活动正式拉开帷幕,“万千百十一”质量提升行动同步开展。", "质量之光|万千百十一"},
		{"slogans and moods are not", "营造“政府重视质量、企业追求质量”的浓厚氛围,树立“质量第一”的意识,按照“一企一案”的方式。", ""},
		{"the campaign is not its own activity", "开展2022年全国“质量月”活动。", ""},
		{"theme is not an activity", "以“共创中国质量 建设质量强国”为主题开展“质量月”活动。", ""},
		{"name ending in 行动 stands alone", "“质量月”期间,启动仪式上举行了“广西质量创新行动”合作协议签订仪式。", "广西质量创新行动"},
		{"a tour stands alone", "“质量月”启动仪式上举行了“院士专家服务高质量发展广西行”视频分享。", "院士专家服务高质量发展广西行"},
		{"a verb in 行 is no tour", "以“走进科技 你我同行”为口号,推动“质量月”宣传。", ""},
		{"what was held", "“质量月”期间,发动企业职工开展“安全红袖章”“事故隐患大扫除”。", "安全红袖章|事故隐患大扫除"},
		{"what was held is not a service", "“质量月”期间开展“一站式”服务。", ""},
		{"weak suffix before other words", "线下以“全国低碳日”广场宣传为主。", ""},
		{"numbered tasks are not, a numbered programme is", "“质量月”期间落实“十项行动”和“十大工程”,开展“五进”活动。", "五进"},
		{"a programme of places stands alone", "“安全生产月”期间,全区推动安全宣传“三进”、深入开展隐患排查。", "三进"},
		{"a programme of places before 工作", "“消防宣传月”期间,宣讲团深入企业开展宣讲“九进”工作。", "九进"},
		{"a run of hundreds and thousands", "“质量月”期间,本市开展“千百十”标准化宣传活动,推进“万千百十一”质量提升工程。", "千百十|万千百十一"},
		{"a numbered name before an activity word", "“科普日”期间,街道开展科普“三个一”等一系列宣传活动和“六个主题日”“两进”。", "三个一|六个主题日|两进"},
		{"a numbered name of a pilot or policy is not", "“质量月”期间,推进“三个一”试点工作,落实“六稳”“六保”任务,编制“十四五”规划。", ""},
		{"nested quotes", "“质量月”期间,开展“质量基础知识公益讲座”“质量基础设施‘一站式’服务‘惠百城助万企’”等系列活动。", "质量基础知识公益讲座|惠百城助万企"},
		{"corner quotes", "“质量月”期间,开展「讲好质量故事 做好中国品牌」征文、举办「企业家讲质量」讲堂。", "讲好质量故事 做好中国品牌|企业家讲质量"},
		{"joined to the campaign", "今天,我市启动2019年全国质量月暨质量开放日活动。", "质量开放日"},
		{"a name people take part in", "“质量月”期间,居民可现场参与“扫码溯源”,了解食品来源。", "扫码溯源"},
		{"a name entered", "今年“知识产权宣传周”期间,全市中小学生踊跃报名参加“小小发明家”。", "小小发明家"},
		{"a slogan taken part in is not", "“质量月”期间,市民积极参与“人人讲质量、家家用好货”。", ""},
		{"a forum after the name", "“世界标准日”当天,区局还举办了“标准化+数字乡村”论坛,80余名代表参加。", "标准化+数字乡村"},
		{"a fair after the name", "“质量月”期间,县里举办“乡村好物”推介会和“智造强县”博览会。", "乡村好物|智造强县"},
		{"an organisation's meeting is not", "“质量月”期间,“长三角质量联盟”大会在嘉兴召开。", ""},
		{"a document's launch is not", "“质量月”期间,召开“质量提升方案”发布会。", ""},
		{"document titles are not", "宣传《质量强国建设纲要》和“12315”热线。", ""},
		{"list closed by a count", "“质量月”期间,全县组织“标准化进园区”“品牌培育”“计量体检”等15项活动。", "标准化进园区|品牌培育|计量体检"},
		{"list after 包括", "“安全生产月”期间,县里安排多项活动,包括“消防开放体验”“隐患排查竞赛”等。", "消防开放体验|隐患排查竞赛"},
		{"head word after the name", "“质量月”当天,市局举行了“质量诚信”承诺仪式,并组织“检测下基层”服务,现场还有“消费维权”咨询。", "质量诚信|检测下基层|消费维权"},
		{"head word inside the name", "“安全生产月”期间,街道开展“高层建筑消防演练”,组织“燃气安全进家庭”,举办“应急知识抢答问答”和义诊。", "高层建筑消防演练|燃气安全进家庭|应急知识抢答问答"},
		{"a name before a longer description of the activity", "“质量月”期间,开展“扫码识真伪”食品溯源查询体验活动和“名师带徒”技能比武系列活动。", "扫码识真伪|名师带徒"},
		{"a list before a place and 等系列活动", "“质量月”期间开展“企业问诊”“标准体检”进园区等系列活动。", "企业问诊|标准体检"},
		{"a brand before an activity that goes on is not", "“质量月”启动仪式上举行了“桂好物”质量品牌提升行动企业交流。", ""},
		{"a means before a verb is not", "按照“三聚焦、三提升”强力推进质量提升行动,落实“质量月”。", ""},
		{"the campaign's period in the gap is not", "“质量月”期间“安心消费”专项宣传期间系列活动照常。", ""},
		{"a head word that starts a longer name", "“质量月”期间开展“绿色工厂”服务进园区活动。", ""},
		{"slogans with head words are not", "“安全生产月”期间,围绕“人人讲安全”宣传,倡导“守护生命 从我做起”宣传。", ""},
		{"a quoted item of a mixed list", "“质量月”期间,县局在广场设点开展标准咨询、“计量器具免费检定”、农产品质量安全科普等一系列宣传活动。", "计量器具免费检定"},
		{"a signed agreement opening a list is not", "“质量月”期间,通过签署“区域质量合作框架”、开展“质量故事”征文等活动。", "质量故事"},
		{"date-prefixed campaign", "举办2023年“5·20世界计量日”宣传活动,开展“计量校准进医院”活动。", "计量校准进医院"},
		{"short names in an enumeration after 开展", "“质量月”期间,市局开展“点亮”“三进”·质量微课堂、“龙城故事”“质量大家说”等微视频展播,重点领域执法检查。", "点亮|三进|龙城故事|质量大家说"},
		{"items described after a dash", "“食品安全宣传周”期间,将组织开展“查·食安”——“你点我测”“你送我验”、“懂·食安”——发布科普短视频等活动。", "查·食安|你点我测|你送我验|懂·食安"},
		{"an exhortation that is an item's name", "“安全生产月”期间,发动职工开展“安全小卫士”“争当隐患发现员”、岗位练兵。", "安全小卫士|争当隐患发现员"},
		{"a word qualifying an item is not", "“质量月”期间,全省开展“皖好”品牌示范企业评价、“初级茶叶”“初级果品”质量安全监督检查。", ""},
		{"adjectives and parallel parts in an enumeration are not", "“质量月”期间,开展质量基础设施“一站式”服务、质量安全“进校园、进社区”“明码实价”等宣传。", "明码实价"},
		{"a theme in an enumeration is not", "“质量月”期间,开展以“质量强县 品质生活”为主题、“质量为先”为导向的宣传。", ""},
		{"a part of the campaign's name is the campaign", "某市启动知识产权宣传周。全市将在4月下旬开展“宣传周”活动。", ""},
		{"the head of the campaign's name is the campaign", "5月12日是全国防灾减灾日,街道开展了“防灾减灾”现场宣传。", ""},
		{"the campaign with a place and year is the campaign", "今天副区长宣布“2025年某某区食品安全宣传周活动”启动,开展“食安小课堂”活动。", "食安小课堂"},
		{"a banner with the campaign's ordinal is no activity", "现场横挂“深入开展全国第22个安全生产月活动”标语,并开展“隐患随手拍”活动。", "隐患随手拍"},
		{"a second campaign joined by 暨", "2022年全国节能宣传周暨低碳日活动在市区启动。", ""},
		{"a code is not", "“质量月”期间,市局推出“食安码”,扫码即可查询。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text, "")
			if got := strings.Join(res.Facts.Activities, "|"); got != tt.want {
				t.Errorf("activities = %q, want %q", got, tt.want)
			}
			checkEvidence(t, tt.text, res.Facts)
		})
	}
}
