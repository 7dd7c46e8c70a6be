package segment

import "github.com/ccorpus/ccorpus/extract/lexicon"

// Words returns the department and campaign names added to the dictionary,
// all from package lexicon (the one owner of these lists): the words by
// which a region names itself, every body bare and with each level prefix,
// the bodies whose releases are national, and every written form of every
// campaign.
func Words() []string {
	bodies, prefixes := lexicon.Bodies(), lexicon.LevelPrefixes()
	var out []string
	for _, r := range lexicon.SelfRefs() {
		out = append(out, r.Word)
	}
	for _, b := range bodies {
		out = append(out, b)
		for _, p := range prefixes {
			out = append(out, p+b)
		}
	}
	out = append(out, lexicon.NationalBodies()...)
	return append(out, lexicon.CampaignNames()...)
}
