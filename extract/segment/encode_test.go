package segment

import (
	"math/rand"
	"testing"
)

// TestEncodeChildren encodes words under nodes of few and of many children
// (hash tables), with runes beyond U+FFFF whose low 16 bits equal other
// runes', and checks that every word is found and no other string is.
func TestEncodeChildren(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	runes := []rune{'a', '中', 0x14E2D, 0x24E2D, '国', 0x10000, 0x1F600, 0xFFFF}
	for i := 0; i < 300; i++ {
		runes = append(runes, rune(0x4E00+rng.Intn(0x5000)))
	}
	words := map[string]bool{}
	var list []Word
	add := func(w string) {
		if !words[w] {
			words[w] = true
			list = append(list, Word{Key: w, Freq: float64(1 + rng.Intn(50))})
		}
	}
	// A first rune with many children, and with few; the root has many.
	for _, r := range runes {
		add(string([]rune{'市', r}))
		add(string([]rune{0x20000, r}))
		add(string(r))
	}
	// A node of 16 children, 9 of one family of runes that share their low
	// 16 bits (U+4E2D, U+24E2D, …): the other members must not be found.
	var family []rune
	for k := rune(0); k <= 16; k++ {
		family = append(family, 0x4E2D+k<<16)
	}
	for k, r := range family {
		if k%2 == 0 {
			add(string([]rune{'县', r}))
		}
	}
	for _, r := range runes[10:20] {
		add(string([]rune{'县', r}))
	}
	for _, r := range runes[:5] {
		add(string([]rune{'省', r}))
		add(string([]rune{'省', r, r}))
	}
	data, err := Encode(list, 1e6)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	for w := range words {
		if !d.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	probe := append(append(runes, 'b', 0x1F601), family...)
	for _, a := range []rune{'市', 0x20000, '省', '县', 'b'} {
		for _, r := range probe {
			for _, w := range []string{string([]rune{a, r}), string([]rune{a, r, r}), string([]rune{a, r, 'x'})} {
				if got := d.Has(w); got != words[w] {
					t.Errorf("Has(%q) = %v, want %v", w, got, words[w])
				}
			}
		}
	}
}

// TestEncodeSameLowBits builds a node of bigNode children where the search
// for a rune that is no child (y) runs through the slot of a child whose
// rune has the same low 16 bits (x): y must not be found.
func TestEncodeSameLowBits(t *testing.T) {
	const b = 5 // tableBits(bigNode)
	if tableBits(bigNode) != b {
		t.Skip("the table of bigNode children is no longer 32 slots")
	}
	for kx := rune(0); kx <= 16; kx++ {
		for ky := rune(0); ky <= 16; ky++ {
			x, y := 0x4E2D+kx<<16, 0x4E2D+ky<<16
			dist := (slotHash(x, b) - slotHash(y, b)) % (1 << b)
			if x == y || dist == 0 || dist >= bigNode {
				continue
			}
			// Children on every slot from y's to x's, then others.
			kids := map[rune]bool{x: true}
			for s := uint32(0); s < dist; s++ {
				want := (slotHash(y, b) + s) % (1 << b)
				for r := rune(0x5000); ; r++ {
					if slotHash(r, b) == want {
						kids[r] = true
						break
					}
				}
			}
			for r := rune(0x6000); len(kids) < bigNode; r++ {
				kids[r] = true
			}
			var list []Word
			for r := range kids {
				list = append(list, Word{Key: string([]rune{'县', r}), Freq: 1})
			}
			data, err := Encode(list, 10)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Load(data)
			if err != nil {
				t.Fatal(err)
			}
			if !d.Has(string([]rune{'县', x})) || d.Has(string([]rune{'县', y})) {
				t.Fatalf("U+%X found %v, U+%X found %v", x, d.Has(string([]rune{'县', x})), y, d.Has(string([]rune{'县', y})))
			}
			return
		}
	}
	t.Fatal("no two runes of the family collide closely enough")
}
