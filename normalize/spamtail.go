package normalize

// injectedEnd returns the end of the injected run that a brand hit ending at
// i heads. Injected brands come with navigation and SEO tails (官网首页,
// 官方网站登录入口, app下载, ·(中国)) and often with more lexicon words
// (皇冠体育在线投注); the run takes all of them and stops at the first
// other word, the sentence text the run was spliced into. Tail, suffix,
// brand and strong words are taken outright; stems and weak words (在线,
// 免费, 体育) are ordinary words too, so trailing ones are taken only when
// the run does not go on into Han text (免费检测 is the sentence again).
// Spaces between words of the run belong to it; a space after its last
// word does not.
func (lx *lexicon) injectedEnd(lower []rune, i int) int {
	committed, end := i, i
	for {
		j := end
		for j < len(lower) && lower[j] == ' ' {
			j++
		}
		if j == len(lower) {
			break
		}
		if t, ok := matchAt(lx.tails, lower, j); ok {
			end = j + len(t.rs)
			committed = end
			continue
		}
		t, ok := matchAt(lx.byFirst, lower, j)
		if !ok {
			break
		}
		end = j + len(t.rs)
		if t.kind == kindBrand || t.kind == kindStrong {
			committed = end
		}
	}
	if committed == end {
		return end
	}
	j := end
	for j < len(lower) && lower[j] == ' ' {
		j++
	}
	if j < len(lower) && isHan(lower[j]) {
		return committed
	}
	return end
}
