package facts

import (
	"strings"
	"unicode/utf8"
)

// leadSet holds a hashed bit per lead key of the campaign names. A name can
// only start where the text's first three bytes have one of these keys, so
// mentions tests one bit per character of the text and looks at names only
// at the few positions that pass (most of a page's text starts no name). The
// bits are folded into 256 bytes (4 cache lines, where a bit per key takes
// 8 KB, of which a page's characters touch dozens of lines): a bit set by
// another key is settled by namesOf, which finds no names for the key.
type leadSet struct {
	bits [1 << leadBits / 64]uint64
	// keys is a hash table of the lead keys (linear probing from slotOf),
	// 0 for an empty slot (newLeadSet takes no name whose key is 0); a
	// key's names are seconds[span[0]:span[1]] and refs[span[0]:span[1]],
	// in the order of campaignList.names. The seconds are apart from the
	// names so that passing by a key's names (the 30 names of 全 where the
	// text says 全体) reads 4 bytes a name.
	keys  [leadSlots]uint32
	spans [leadSlots][2]uint16
	// masks are, by slot, the secondBits of the key's names' leadSeconds
	// or'ed: a text whose second key's bit is not among them opens none
	// of the names there.
	masks   [leadSlots]uint64
	seconds []uint32 // by name, leadSecond
	refs    []nameRef
	// lits are the literals the patterns of otherCampaign start at
	// (otherLits), each of three bytes, whose lead keys' bits are set
	// too: mentions notes where they are written (spots), so that
	// otherCampaign need not look for them again; litBytes are their
	// bytes in the order of leadBytes. nil when a literal is not three
	// bytes of UTF-8.
	lits     []string
	litBytes []uint32
}

// leadBytes returns three bytes in one word, the first lowest.
func leadBytes(b0, b1, b2 byte) uint32 { return uint32(b0) | uint32(b1)<<8 | uint32(b2)<<16 }

// spot is a place where a literal of leadSet.lits is written: the
// literal's index in the low spotBits bits, its byte offset above them.
type spot uint32

const spotBits = 3

// leadSecond is a name's lead key of its second character (bytes 3–5) with
// hasSecond set, which a text must have there too for the name to match:
// most places where a name's first character is written are passed by
// without comparing the name (全国… where the text says 全体). It is 0 for a
// name shorter than six bytes.
func leadSecond(form string) uint32 {
	if len(form) < 6 {
		return 0
	}
	return leadKey(form[3], form[4], form[5]) | hasSecond
}

const hasSecond = 1 << 16

// secondBits returns a hashed bit of a leadSecond, or every bit for 0 (a
// name too short for a second key is tried whatever the text's is).
func secondBits(sec uint32) uint64 {
	if sec == 0 {
		return ^uint64(0)
	}
	return 1 << (sec * 0x9E3779B1 >> (32 - 6))
}

// leadBits is the size of leadSet.bits in bits.
const leadBits = 11

// leadBit is the bit of leadSet.bits for lead key k: its low bits (the bits
// fold the keys' 64K bits, which costs a text no more work than a bit per
// key).
func leadBit(k uint32) uint32 { return k % (1 << leadBits) }

// leadSlots is the size of the table of lead keys: more than twice the
// keys the campaigns file has (newLeadSet gives up beyond half full).
const leadSlots = 128

func slotOf(k uint32) uint32 { return k * 0x9E3779B1 >> (32 - 7) } // leadSlots is 1<<7

// leadKey folds three bytes into 16 bits: for the three-byte encoding of a
// Chinese character it is the character itself, for anything else some key.
// It is a function of the bytes alone, so a name and the text it is written
// in have the same key where the name starts.
func leadKey(b0, b1, b2 byte) uint32 {
	return uint32(b0&0x0F)<<12 | uint32(b1&0x3F)<<6 | uint32(b2&0x3F)
}

// newLeadSet returns the lead keys of names and of the literals lits, or
// nil when a name is shorter than three bytes or is not valid UTF-8, or the
// names have too many lead keys for the table (mentions then tries every
// position).
func newLeadSet(names []nameRef, lits []string) *leadSet {
	s := &leadSet{}
	if len(lits) <= 1<<spotBits {
		for _, l := range lits {
			if len(l) != 3 || !utf8.ValidString(l) {
				s.lits, s.litBytes = nil, nil
				break
			}
			s.lits, s.litBytes = append(s.lits, l), append(s.litBytes, leadBytes(l[0], l[1], l[2]))
		}
	}
	for _, l := range s.lits {
		h := leadBit(leadKey(l[0], l[1], l[2]))
		s.bits[h/64] |= 1 << (h % 64)
	}
	used := 0
	byKey := map[uint32][]nameRef{}
	for _, n := range names {
		if len(n.form) < 3 || !utf8.ValidString(n.form) {
			return nil
		}
		k := leadKey(n.form[0], n.form[1], n.form[2])
		if k == 0 {
			return nil // an empty slot's key
		}
		h := leadBit(k)
		s.bits[h/64] |= 1 << (h % 64)
		byKey[k] = append(byKey[k], n)
		i := slotOf(k)
		for s.keys[i] != 0 && s.keys[i] != k {
			i = (i + 1) % leadSlots
		}
		if s.keys[i] == 0 {
			if used++; 2*used > leadSlots {
				return nil
			}
		}
		s.keys[i] = k
	}
	if len(names) >= 1<<16 {
		return nil // spans hold 16 bits
	}
	for i, k := range s.keys {
		if k == 0 {
			continue
		}
		s.spans[i][0] = uint16(len(s.refs))
		for _, n := range byKey[k] {
			s.seconds, s.refs = append(s.seconds, leadSecond(n.form)), append(s.refs, n)
			s.masks[i] |= secondBits(leadSecond(n.form))
		}
		s.spans[i][1] = uint16(len(s.refs))
	}
	return s
}

// namesOf returns the names of lead key k and their leadSeconds, none when
// k is no name's.
func (s *leadSet) namesOf(k uint32) ([]nameRef, []uint32) {
	refs, seconds, _ := s.namesMask(k)
	return refs, seconds
}

// namesMask is namesOf that also returns the secondBits of the names or'ed.
func (s *leadSet) namesMask(k uint32) ([]nameRef, []uint32, uint64) {
	for i := slotOf(k); s.keys[i] != 0; i = (i + 1) % leadSlots {
		if s.keys[i] == k {
			from, to := s.spans[i][0], s.spans[i][1]
			return s.refs[from:to], s.seconds[from:to], s.masks[i]
		}
	}
	return nil, nil, 0
}

// mentions finds every campaign name in text, leftmost-longest, not overlapping.
// Names made of digits (3.15) count only when not part of a larger number.
//
// It returns what mentionsEvery returns: that walks the text character by
// character, and a name (valid UTF-8) can only start on a byte that is not a
// continuation byte, which that walk never steps over; the lead keys only
// skip positions where no name's first three bytes are written, and a
// key's names hold, in the same order, every name of the first character
// there that can match (a name of six bytes or more only where the next
// three bytes have its second key).
func (cl *campaignList) mentions(text string) []campaignMention {
	ms, _, _ := cl.mentionsSpots(text, nil)
	return ms
}

// mentionsSpots is mentions that also appends to spots, unless it is nil,
// the places where the literals of cl.lead.lits are written, in order, and
// reports whether those are all of them: when mentions finds no name (it steps over no
// name's bytes) and the literals have lead keys. A literal (valid UTF-8)
// starts on a byte that is not a continuation byte, as a name does, and
// its lead key's bit is set: the walk looks at every such byte.
func (cl *campaignList) mentionsSpots(text string, spots []spot) ([]campaignMention, []spot, bool) {
	if cl.lead == nil {
		return cl.mentionsEvery(text), spots, false
	}
	var out []campaignMention
	lits := cl.lead.lits
	for i := 0; ; {
		if i = cl.lead.skip(text, i); i+2 >= len(text) {
			break
		}
		b, b1, b2 := text[i], text[i+1], text[i+2]
		k := leadKey(b, b1, b2)
		if spots != nil {
			w := leadBytes(b, b1, b2)
			for j, lw := range cl.lead.litBytes {
				if w == lw {
					spots = append(spots, spot(i)<<spotBits|spot(j))
				}
			}
		}
		second := uint32(0) // no name of six bytes or more fits
		if i+5 < len(text) {
			second = leadKey(text[i+3], text[i+4], text[i+5]) | hasSecond
		}
		found := false
		refs, seconds, mask := cl.lead.namesMask(k)
		if mask&secondBits(second) == 0 {
			seconds = nil // no name there has the text's second key, nor is too short for one
		}
		for j, sec := range seconds {
			if sec != 0 && sec != second {
				continue
			}
			n := refs[j]
			if strings.HasPrefix(text[i:], n.form) && standsAlone(text, i, i+len(n.form), n.form) {
				out = append(out, campaignMention{n.def, i, i + len(n.form)})
				i += len(n.form)
				found = true
				break
			}
		}
		if !found {
			i++ // the rest of the character, if any, is continuation bytes
		}
	}
	return out, spots, len(out) == 0 && lits != nil && len(text) < 1<<(32-spotBits)
}

// skip returns the first byte of text from i on whose lead key has its bit
// set (where a name or literal may start), or a place from len(text)-2 on
// when there is none. It calls nothing, so that its loop, which most of a
// text passes through, keeps its state in registers.
func (s *leadSet) skip(text string, i int) int {
	if i < 0 || i > len(text) {
		return i
	}
	bits := &s.bits
	rest := text[i:]
	for len(rest) >= 3 {
		b, b1, b2 := rest[0], rest[1], rest[2]
		if b&0xC0 == 0x80 {
			rest = rest[1:]
			continue
		}
		// leadBit(leadKey(b, b1, b2)): the key's low 11 bits
		if h := uint32(b1&0x1F)<<6 | uint32(b2&0x3F); bits[h/64]&(1<<(h%64)) != 0 {
			break
		}
		if (uint32(b1)|uint32(b2)<<8)&0xC0C0 == 0x8080 {
			rest = rest[3:] // past the continuation bytes, which start no name
		} else {
			rest = rest[1:]
		}
	}
	return len(text) - len(rest)
}

// skip computes leadBit for leadBits of 11 (a compile error otherwise).
var _ [0]struct{} = [leadBits - 11]struct{}{}
