package facts

import (
	"strings"
	"unicode/utf8"
)

// leadSet holds a bit per lead key of the campaign names. A name can only
// start where the text's first three bytes have one of these keys, so
// mentions tests one bit per byte of the text and looks at names only at
// the few positions that pass (most of a page's text starts no name).
type leadSet struct {
	bits [1 << 16 / 64]uint64
	// slots is a hash table of the lead keys (linear probing from
	// slotOf), each with its names, in the order of campaignList.names.
	slots [leadSlots]leadSlot
}

// leadSlots is the size of the table of lead keys: more than twice the
// keys the campaigns file has (newLeadSet gives up beyond half full).
const leadSlots = 256

type leadSlot struct {
	key   uint32
	names []leadName // nil for an empty slot
}

// leadName is a name with the lead key of its second character, which a
// text must have there too for the name to match: most places where a
// name's first character is written are passed by without comparing the
// name (全国… where the text says 全体).
type leadName struct {
	nameRef
	second uint32 // the lead key of bytes 3–5 of the name
	long   bool   // the name has those bytes (six bytes or more)
}

func slotOf(k uint32) uint32 { return k * 0x9E3779B1 >> 24 }

// leadKey folds three bytes into 16 bits: for the three-byte encoding of a
// Chinese character it is the character itself, for anything else some key.
// It is a function of the bytes alone, so a name and the text it is written
// in have the same key where the name starts.
func leadKey(b0, b1, b2 byte) uint32 {
	return uint32(b0&0x0F)<<12 | uint32(b1&0x3F)<<6 | uint32(b2&0x3F)
}

// newLeadSet returns the lead keys of names, or nil when a name is shorter
// than three bytes or is not valid UTF-8, or the names have too many lead
// keys for the table (mentions then tries every position).
func newLeadSet(names []nameRef) *leadSet {
	s := &leadSet{}
	used := 0
	for _, n := range names {
		if len(n.form) < 3 || !utf8.ValidString(n.form) {
			return nil
		}
		k := leadKey(n.form[0], n.form[1], n.form[2])
		s.bits[k/64] |= 1 << (k % 64)
		ln := leadName{nameRef: n}
		if len(n.form) >= 6 {
			ln.second, ln.long = leadKey(n.form[3], n.form[4], n.form[5]), true
		}
		i := slotOf(k)
		for s.slots[i].names != nil && s.slots[i].key != k {
			i = (i + 1) % leadSlots
		}
		if s.slots[i].names == nil {
			if used++; 2*used > leadSlots {
				return nil
			}
		}
		s.slots[i].key = k
		s.slots[i].names = append(s.slots[i].names, ln)
	}
	return s
}

// namesOf returns the names of lead key k, which has its bit set.
func (s *leadSet) namesOf(k uint32) []leadName {
	for i := slotOf(k); s.slots[i].names != nil; i = (i + 1) % leadSlots {
		if s.slots[i].key == k {
			return s.slots[i].names
		}
	}
	return nil
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
	if cl.lead == nil {
		return cl.mentionsEvery(text)
	}
	var out []campaignMention
	for i := 0; i+2 < len(text); {
		b := text[i]
		if b&0xC0 == 0x80 {
			i++
			continue
		}
		b1, b2 := text[i+1], text[i+2]
		k := leadKey(b, b1, b2)
		if cl.lead.bits[k/64]&(1<<(k%64)) == 0 {
			if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
				i += 3 // past the continuation bytes, which start no name
			} else {
				i++
			}
			continue
		}
		second, room := uint32(0), i+5 < len(text) // room: a long name fits
		if room {
			second = leadKey(text[i+3], text[i+4], text[i+5])
		}
		found := false
		for _, n := range cl.lead.namesOf(k) {
			if n.long && (!room || n.second != second) {
				continue
			}
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
	return out
}
