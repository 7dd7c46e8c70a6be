// Package story finds reprints: the same press release on the county site,
// the city site and two portals. A document's cleaned text becomes a set of
// character shingles summarised by a MinHash signature; signatures are
// indexed by LSH bands so that the candidates for a new document are found
// by a few index look-ups, and two documents are one story when their
// estimated Jaccard similarity, or the containment of the shorter in the
// longer (a shortened copy), is high. Shingle sets ignore order, so a copy
// whose paragraphs were shuffled still matches.
package story

import "unicode"

// Parameters of the signature. Bands × Rows hash functions; a pair with
// Jaccard similarity J becomes a candidate with probability
// 1 - (1 - J^Rows)^Bands: 0.995 at J = 0.5, 0.68 at 0.3, 0.04 at 0.1.
const (
	Shingle = 5  // runes per shingle
	Bands   = 40 // LSH bands
	Rows    = 3  // hash values per band
	Hashes  = Bands * Rows
)

// Thresholds of Same.
const (
	MinJaccard     = 0.5 // estimated Jaccard similarity of two copies
	MinContainment = 0.8 // share of the shorter text's shingles found in the longer
	MinShingles    = 40  // a text with fewer shingles matches only by Jaccard
)

// Signature is the MinHash summary of one text.
type Signature struct {
	Shingles int // distinct shingles of the text (0 for an empty text)
	Min      [Hashes]uint32
}

// seed fixes the hash functions: signatures stored by one run must compare
// with those of the next, so the seed is a constant, not maphash.MakeSeed.
const seed uint64 = 0x9e3779b97f4a7c15

// Of returns the signature of a cleaned text. Only letters and digits count:
// punctuation, spaces and line breaks (where chrome and reflowing differ)
// are dropped before shingling.
func Of(text string) Signature {
	runes := make([]rune, 0, len(text)/3)
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			runes = append(runes, unicode.ToLower(r))
		}
	}
	var s Signature
	for i := range s.Min {
		s.Min[i] = ^uint32(0)
	}
	if len(runes) == 0 {
		return s
	}
	seen := make(map[uint64]struct{}, len(runes))
	for i := 0; i+Shingle <= len(runes) || i == 0; i++ {
		end := min(i+Shingle, len(runes))
		h := uint64(fnvOffset)
		for _, r := range runes[i:end] {
			h = (h ^ uint64(r)) * fnvPrime
		}
		if _, dup := seen[h]; dup {
			continue
		}
		seen[h] = struct{}{}
		for j := range s.Min {
			if v := uint32(mix(h^uint64(j)*seed) >> 32); v < s.Min[j] {
				s.Min[j] = v
			}
		}
		if end == len(runes) {
			break
		}
	}
	s.Shingles = len(seen)
	return s
}

// FNV-1a, 64 bits, over the code points of a shingle.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser: a bijection that scrambles every bit.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
