package decode

import (
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// detectSampleBytes is how much of a page is decoded twice to tell GB18030 from Big5.
const detectSampleBytes = 64 << 10

// commonHan holds frequent Chinese characters, simplified and traditional
// forms both. Real text in the right charset is made mostly of them; text
// Result with the wrong charset is made of rare characters and U+FFFD.
const commonHan = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻刊丈爆乌役描洗玛患妙镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍糊秦盾杯租骑乏隆诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪矛霍允幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈乔阅汗枝拖墨胁插箭腊粉泥氏彭拔骗凤慧媒佩愤扑龄驱惜豪掩兼跃尸肃帕驶堡届欣惠册储飘桑闲惨洁踪勃宾频仇磨递邪撞拟滚奏巡颜剂绩贡疯坡瞧截燃焦殿伪柳锁逼颇昏劝呈搜勤戒驾漂饮曹朵仔柔俩孟腐幼践籍牧凉牲佳娜浓芳稿竹腹跌逻垂遵脉貌柏狱猜怜惑陶兽帐饰贷昌叙躺钢沟寄扶铺邓寿惧询汤盗肥尝匆辉奈扣廷澳嘛董迁凝慰厌脏腾幽怨鞋丢埋泉涌辖躲晋紫艰魏吾慌祝邮吐狠鉴曰械咬邻赤挤弯椅陪割揭韦悟聪雾锋梯猫祥阔誉筹丛牵鸣沈阁穆屈旨袖猎臂蛇贺柱抛鼠瑟戈牢逊迈欺吨琴衰瓶恼燕仲诱狼池疼卢仗冠粒遥吕玄尘冯抚浅敦纠钻晶岂峡苍喷耗凌敲菌赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽哀宿踏烂袁侯抖夹昆肝擦猪炼恒慎搬纽纹玻渔磁铜齿跨押怖漠疲叛遣兹祭醉拳弥斜档稀捷肤疫肿豆削岗晃吞宏癌肚隶履涨耀扭坛拨沃绘伐堪仆郭牺歼墓雇廉契拼惩捉覆刷劫嫌瓜歇雕闷乳串娃缴唤赢莲霸桃妥瘦搭赴岳嘉舱俊址庞耕锐缝悔邀玲惟斥宅添挖呵讼氧浩羽斤酷掠妖祸侍乙妨贪挣汪尿莉悬唇翰仓轨枚盐览傅帅庙芬屏寺胖璃愚滴疏萧姿颤丑劣柯寸扔盯辱匹俱辨饿蜂哦腔郁溃谨糟葛苗肠忌溜鸿爵鹏鹰笼丘桂滋聊挡纲肌茨壳痕碗穴膀卓贤卧膜毅锦欠哩函茫昂薛皱夸豫胃舌剥傲拾窝睁携陵哼棉晴铃填饲渴吻扮逆脆喘罩卜炉柴愉绳胎蓄眠竭喂傻慕浑奸扇柜悦拦诞饱乾泡贼亭夕爹酬儒姻卵氛泄杆挨僧蜜吟猩遂狭肖甜霉滩栏渗糕" +
	// Traditional forms of frequent characters.
	"這個們來為國時說會對過發後裡麼學經現當沒動麵點開關還進從樣長見間問與實種將機體應頭無給電話計處員題記張義業東兩華區條紅議車廣聞報導網傳統輕師價讓請認談論據變萬門邊難聯總結質監檢驗縣鄉務調規劃濟產專屬該戰權級組織運費標準數設備嗎內幾兒農單務雙參與歷確術觀資達轉聽會場狀態環境歡積極識護設計創銷貨適辦們線網終聲勞動營養黨團選舉歲樂書圖畫館藝園圍壓熱燈頭顯職鐘銀錢錄顧應檢區縣鎮廳隊級維護聞記錄"

// commonHanSet is commonHan as a bit set over the CJK Unified Ideographs block.
var commonHanSet = func() (set [(0x9FFF - 0x4E00 + 64) / 64]uint64) {
	for _, r := range commonHan {
		if r >= 0x4E00 && r <= 0x9FFF {
			i := r - 0x4E00
			set[i/64] |= 1 << (i % 64)
		}
	}
	return set
}()

func isCommonHan(r rune) bool {
	if r < 0x4E00 || r > 0x9FFF {
		return false
	}
	i := uint32(r - 0x4E00) // not negative: a shift and a mask
	return commonHanSet[i>>6]&(1<<(i&63)) != 0
}

// hanCounts counts, among the non-ASCII runes of UTF-8 text b, the common
// Han characters and the others; U+FFFD and rare characters are others.
func hanCounts(b []byte) (common, other int) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		n := 3
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
			r = rune(c&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F) // three bytes needing no range check
		} else {
			r, n = utf8.DecodeRune(b[i:])
		}
		i += n
		if isCommonHan(r) {
			common++
		} else {
			other++
		}
	}
	return common, other
}

// validHanCounts is hanCounts(validUTF8(b)) without the copy: a run of
// invalid bytes counts once, as the one U+FFFD bytes.ToValidUTF8 puts for it.
func validHanCounts(b []byte) (common, other int) {
	invalid := false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			invalid = false
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		i += n
		switch {
		case n == 1:
			if !invalid {
				other++
			}
			invalid = true
		case isCommonHan(r):
			common++
			invalid = false
		default:
			other++
			invalid = false
		}
	}
	return common, other
}

// share is the share of common Han characters among the non-ASCII runes; 0
// for none.
func share(common, other int) float64 {
	if common+other == 0 {
		return 0
	}
	return float64(common) / float64(common+other)
}

// scores are the han scores of a page read three ways: a sample (see
// sampler: the page's multi-byte characters, up to detectSampleBytes) decoded as
// GB18030 and as Big5, and the whole page as UTF-8 with bad bytes replaced.
type scores struct{ gb, big5, utf8 float64 }

// scoreChinese scores raw as GB18030, Big5 and UTF-8.
func scoreChinese(raw []byte) scores {
	return scores{
		gb:   scoreSample(raw, simplifiedchinese.GB18030),
		big5: scoreSample(raw, traditionalchinese.Big5),
		utf8: share(validHanCounts(raw)),
	}
}

// scoreOthers completes scores whose named Chinese charset is scored
// already (own, on the sample of raw).
func scoreOthers(raw []byte, name string, own float64) scores {
	s := scores{utf8: share(validHanCounts(raw))}
	if name == charsetGB18030 {
		s.gb, s.big5 = own, scoreSample(raw, traditionalchinese.Big5)
	} else {
		s.gb, s.big5 = scoreSample(raw, simplifiedchinese.GB18030), own
	}
	return s
}

// chineseEncoding is the decoder of the named Chinese charset.
func chineseEncoding(name string) encoding.Encoding {
	if name == charsetBig5 {
		return traditionalchinese.Big5
	}
	return simplifiedchinese.GB18030
}

// best picks the charset detection settles on, with its score: UTF-8 or
// Big5 when clearly better, else GB18030 (mainland pages dominate).
func (s scores) best() (string, float64) {
	switch {
	case s.utf8 > s.gb+0.05 && s.utf8 > s.big5+0.05:
		return charsetUTF8, s.utf8
	case s.big5 > s.gb+0.05:
		return charsetBig5, s.big5
	}
	return charsetGB18030, s.gb
}

// detectChinese decodes raw as GB18030, Big5 or UTF-8, whichever yields the
// largest share of common Han characters; GB18030 wins ties (mainland pages
// dominate). UTF-8 is a candidate because pages that reach detection may be
// UTF-8 with a few broken bytes (too many for looksUTF8 in a short page).
func detectChinese(raw []byte, s scores) Result {
	switch name, _ := s.best(); name {
	case charsetUTF8:
		return Result{Text: validUTF8(raw), Charset: charsetUTF8, Via: "detect"}
	case charsetBig5:
		return decodeWith(raw, traditionalchinese.Big5, charsetBig5, "detect")
	}
	via := "detect"
	if s.gb == 0 && s.big5 == 0 {
		via = "default"
	}
	return decodeWith(raw, simplifiedchinese.GB18030, charsetGB18030, via)
}
