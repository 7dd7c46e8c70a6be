package segment

// bodies are government bodies as named in press releases, without the
// level prefix (省, 市, 县, 区, 州, 旗) they are usually written with.
var bodies = []string{
	"市场监督管理局", "市场监管局", "市场监管委", "市场监督管理分局", "市场监管分局",
	"质量技术监督局", "质监局", "质监站", "食品药品监督管理局", "食药监局", "食安办", "食安委",
	"工商局", "工商行政管理局", "知识产权局", "药品监督管理局", "药监局",
	"应急管理局", "应急管理厅", "应急厅", "安委会", "安委办", "安监局",
	"宣传部", "委宣传部", "发展改革委", "发改委", "发展和改革委员会", "教育厅", "教育局", "教育委员会",
	"公安厅", "公安局", "商务厅", "商务局", "工信厅", "工业和信息化厅", "工信局", "科技厅", "科技局",
	"农业农村厅", "农业农村局", "卫生健康委", "卫健委", "住房城乡建设厅", "住建局", "交通运输厅", "交通运输局",
	"生态环境厅", "生态环境局", "文化和旅游厅", "文旅局", "总工会", "团委", "妇联", "科协",
	"人民政府", "政府", "政府办公厅", "新闻办", "质量强省工作领导小组", "质量强市工作领导小组",
	"质量强县工作领导小组", "特检院", "计量院", "标准化研究院", "质检院", "消委会", "消保委",
}

// prefixes are the level words that abbreviate a body's region (省市场监管局 = the province's bureau).
var prefixes = []string{"省", "市", "县", "区", "州", "旗", "自治区", "自治州", "盟"}

// national bodies that issue national releases.
var national = []string{
	"国家市场监督管理总局", "市场监管总局", "国家市场监管总局", "国家质检总局", "质检总局",
	"国家标准委", "国家认监委", "国家知识产权局", "国务院", "国家发展改革委", "应急管理部",
	"国务院安委会", "国务院食安办", "国务院安委办", "中宣部", "工业和信息化部", "商务部", "教育部",
}

// campaigns are the campaign names the corpus is about.
var campaigns = []string{
	"质量月", "安全生产月", "食品安全宣传周", "知识产权宣传周", "全国节能宣传周", "节能宣传周",
	"世界计量日", "世界标准日", "电梯安全宣传周", "国际消费者权益日", "质量强省", "质量强市", "质量强县",
	"全国低碳日", "科技活动周",
}

// selfRefs are the words by which a body names its own region (我省, 全市).
var selfRefs = []string{
	"我省", "全省", "本省", "我市", "全市", "本市", "我县", "全县", "本县", "我区", "全区", "本区",
	"我州", "全州", "我旗", "全旗", "全盟",
}

// Words returns the department and campaign names added to the dictionary:
// every body bare and with each level prefix, national bodies, campaigns and
// the words by which a region names itself.
func Words() []string {
	out := make([]string, 0, len(bodies)*(len(prefixes)+1)+len(national)+len(campaigns)+len(selfRefs))
	out = append(out, selfRefs...)
	for _, b := range bodies {
		out = append(out, b)
		for _, p := range prefixes {
			out = append(out, p+b)
		}
	}
	out = append(out, national...)
	return append(out, campaigns...)
}

// Bodies returns the names of government bodies without a level prefix
// (市场监督管理局, 质监局, 宣传部).
func Bodies() []string { return bodies }
