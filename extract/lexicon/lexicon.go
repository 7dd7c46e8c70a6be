// Package lexicon is the one owner of the project's word lists about
// government and campaigns, kept as data files: campaign names
// (data/campaigns.txt), bodies whose releases are national
// (data/national_bodies.txt), government bodies (data/bodies.txt), the level
// words that abbreviate a body's region (data/level_prefixes.txt) and the
// words by which a body names its own region (data/self_refs.txt). The
// segmenter adds them to its dictionary; place resolution and fact
// extraction read them from here, so the three can never disagree.
package lexicon

import (
	_ "embed"
	"strings"
)

var (
	//go:embed data/campaigns.txt
	campaignsData string
	//go:embed data/national_bodies.txt
	nationalData string
	//go:embed data/bodies.txt
	bodiesData string
	//go:embed data/level_prefixes.txt
	prefixesData string
	//go:embed data/self_refs.txt
	selfRefsData string
)

// CampaignsData is the campaigns file as written: one campaign a line, its
// usual name first, then the other names it goes by, tab-separated; a line
// starting with "~" is a standing programme (see the file's header).
// Package facts parses it.
func CampaignsData() string { return campaignsData }

// CampaignNames returns every written form of every campaign, in file order.
func CampaignNames() []string {
	var out []string
	for _, f := range lines(campaignsData) {
		for _, name := range strings.Split(f, "\t") {
			if name = strings.TrimPrefix(strings.TrimSpace(name), "~"); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// NationalBodies returns the bodies whose releases are national.
func NationalBodies() []string { return lines(nationalData) }

// Bodies returns government bodies without a level prefix (市场监督管理局).
func Bodies() []string { return lines(bodiesData) }

// LevelPrefixes returns the level words that abbreviate a body's region.
func LevelPrefixes() []string { return lines(prefixesData) }

// SelfRef is a word by which a body names its own region, and that region's
// level: "province", "city", "county", or "qu" (区: a district, or an
// autonomous region).
type SelfRef struct {
	Word, Level string
}

// SelfRefs returns the self-reference words in file order.
func SelfRefs() []SelfRef {
	var out []SelfRef
	for _, l := range lines(selfRefsData) {
		w, lv, _ := strings.Cut(l, "\t")
		out = append(out, SelfRef{Word: strings.TrimSpace(w), Level: strings.TrimSpace(lv)})
	}
	return out
}

// lines returns the non-empty lines of a data file that are not comments.
func lines(data string) []string {
	var out []string
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}
