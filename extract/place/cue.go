package place

import "strings"

// cue is what a token tells the scan about the clause it stands in.
type cue int

const (
	cueNone       cue = iota
	cueOpenQuote      // holds 《: a document title opens
	cueCloseQuote     // holds 》 (and no 《)
	cueCommaColon     // holds ，,：: (and neither 《 nor 》): a reference clause ends
	cueReference      // a reference verb (referenceVerbs): the clause cites a superior's plan
)

// cueOf returns the cue of tok, the first that applies in the order above.
// A token without the bytes that begin those marks (',', ':', and 0xE3 and
// 0xEF, the lead bytes of 《》 and of ，：) has none of them and is looked up
// among the reference verbs only when it is as long as one.
func cueOf(tok string) cue {
	for i := 0; i < len(tok); i++ {
		switch tok[i] {
		case ',', ':', 0xE3, 0xEF:
			return cueOfSlow(tok)
		}
	}
	if len(tok) < len(referenceLen) && referenceLen[len(tok)] && referenceVerbs[tok] {
		return cueReference
	}
	return cueNone
}

// cueOfSlow is cueOf by the marks themselves.
func cueOfSlow(tok string) cue {
	switch {
	case strings.Contains(tok, "《"):
		return cueOpenQuote
	case strings.Contains(tok, "》"):
		return cueCloseQuote
	case commaColon.in(tok):
		return cueCommaColon
	case referenceVerbs[tok]:
		return cueReference
	}
	return cueNone
}

// referenceLen marks the byte lengths of the reference verbs.
var referenceLen = func() []bool {
	n := 0
	for w := range referenceVerbs {
		n = max(n, len(w))
	}
	out := make([]bool, n+1)
	for w := range referenceVerbs {
		out[len(w)] = true
	}
	return out
}()
