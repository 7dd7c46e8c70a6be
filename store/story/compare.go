package story

import (
	"encoding/binary"
	"fmt"
)

// Jaccard estimates the Jaccard similarity of the two texts' shingle sets:
// the share of hash functions whose minimum the two signatures share.
func (s Signature) Jaccard(o Signature) float64 {
	if s.Shingles == 0 || o.Shingles == 0 {
		return 0
	}
	same := 0
	for i := range s.Min {
		if s.Min[i] == o.Min[i] {
			same++
		}
	}
	return float64(same) / Hashes
}

// Containment estimates the share of the shorter text's shingles that the
// longer one holds, from the Jaccard estimate and the two set sizes:
// |A∩B| = J(|A|+|B|)/(1+J).
func (s Signature) Containment(o Signature) float64 {
	small := min(s.Shingles, o.Shingles)
	if small == 0 {
		return 0
	}
	j := s.Jaccard(o)
	inter := j * float64(s.Shingles+o.Shingles) / (1 + j)
	return min(1, inter/float64(small))
}

// Same reports whether two signatures are copies of one story: similar as
// wholes, or the shorter (long enough to tell) contained in the longer.
func (s Signature) Same(o Signature) bool {
	if s.Jaccard(o) >= MinJaccard {
		return true
	}
	return min(s.Shingles, o.Shingles) >= MinShingles && s.Containment(o) >= MinContainment
}

// Bands returns the LSH band hashes: documents that share one are candidates.
func (s Signature) Bands() [Bands]int64 {
	var out [Bands]int64
	for b := range out {
		h := uint64(b) + 1
		for _, v := range s.Min[b*Rows : (b+1)*Rows] {
			h = mix(h*fnvPrime ^ uint64(v))
		}
		out[b] = int64(h)
	}
	return out
}

// Bytes encodes the signature's hash values (Shingles is kept apart).
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*Hashes)
	for i, v := range s.Min {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// Decode reads a signature written by Bytes.
func Decode(b []byte, shingles int) (Signature, error) {
	if len(b) != 4*Hashes {
		return Signature{}, fmt.Errorf("story: signature of %d bytes, want %d", len(b), 4*Hashes)
	}
	s := Signature{Shingles: shingles}
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, nil
}
