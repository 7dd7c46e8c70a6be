package facts

import (
	"regexp"
	"strings"

	"github.com/ccorpus/ccorpus/extract/place"
)

// leadListRe is the list of places a round-up's lead names as its reports:
// 陕西西安、广西贵港市、江苏南京等地, 福州、厦门等市.
var leadListRe = regexp.MustCompile(`\p{Han}{2,8}(?:、\p{Han}{2,8})+等(?:地|省|市|县|区|省份|城市|地区)`)

// leadNamesProvinces reports whether the lead of a round-up (the title and
// the first two blocks, where roundupRe is looked for) lists places of two
// provinces or more: the page reports on several regions, even when the text
// holds only one of their reports (an excerpt cut after the first).
func leadNamesProvinces(d *doc, title string, resolve resolveFunc) bool {
	blocks := textBlocks(d.text)
	if len(blocks) < 2 {
		return false
	}
	lead := title + "\n" + d.text[:blocks[1].end]
	if !roundupRe.MatchString(lead) {
		return false
	}
	for _, list := range leadListRe.FindAllString(lead, -1) {
		provinces := map[string]bool{}
		for _, item := range strings.Split(list, "、") {
			if r := resolve(item, false); regionKey(r) != "" {
				provinces[r.Province] = true
			}
		}
		if len(provinces) >= 2 {
			return true
		}
	}
	return false
}

// resolverFor returns the resolveFunc of e for the page at url.
func (e *Extractor) resolverFor(url string) resolveFunc {
	return func(s string, acting bool) place.Result {
		return e.places.Resolve(place.Input{Text: s, URL: url, ActingOnly: acting})
	}
}
