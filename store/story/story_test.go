package story

import (
	"os"
	"strings"
	"testing"
)

func readSet(t testing.TB) []Labelled {
	t.Helper()
	f, err := os.Open("testdata/reprints.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := ReadLabelled(f)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// cluster is the reference clustering: every pair compared, Same pairs joined.
func cluster(sigs []Signature) []int64 {
	parent := make([]int, len(sigs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			if sigs[i].Same(sigs[j]) {
				parent[find(j)] = find(i)
			}
		}
	}
	out := make([]int64, len(sigs))
	for i := range out {
		out[i] = int64(find(i))
	}
	return out
}

// TestReprintSet measures pairwise precision and recall on the invented
// reprint sets: copies with other chrome, shortened, scrambled, against
// different reports of the same events.
func TestReprintSet(t *testing.T) {
	set := readSet(t)
	sigs := make([]Signature, len(set))
	for i, l := range set {
		sigs[i] = Of(l.Text)
	}
	s := ScorePairs(set, cluster(sigs))
	t.Logf("%d texts: pairs TP %d FP %d FN %d, precision %.3f recall %.3f", len(set), s.TruePos, s.FalsePos, s.FalseNeg, s.Precision(), s.Recall())
	if s.Precision() < 1 || s.Recall() < 1 {
		for i := range set {
			for j := i + 1; j < len(set); j++ {
				if (set[i].Story == set[j].Story) != sigs[i].Same(sigs[j]) {
					t.Errorf("%s/%s vs %s/%s: J %.2f C %.2f", set[i].Story, set[i].Variant, set[j].Story, set[j].Variant,
						sigs[i].Jaccard(sigs[j]), sigs[i].Containment(sigs[j]))
				}
			}
		}
	}
	minTrue, maxFalse := 1.0, 0.0
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			c := max(sigs[i].Jaccard(sigs[j]), sigs[i].Containment(sigs[j])*MinJaccard/MinContainment)
			if set[i].Story == set[j].Story {
				minTrue = min(minTrue, c)
			} else {
				maxFalse = max(maxFalse, c)
			}
		}
	}
	t.Logf("margin: weakest copy scores %.2f, strongest non-copy %.2f (threshold %.2f)", minTrue, maxFalse, MinJaccard)
	// Every true pair must also be found by the band index.
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			if set[i].Story == set[j].Story && !shareBand(sigs[i], sigs[j]) {
				t.Errorf("%s/%s and %s/%s share no band", set[i].Story, set[i].Variant, set[j].Story, set[j].Variant)
			}
		}
	}
}

func shareBand(a, b Signature) bool {
	ba, bb := a.Bands(), b.Bands()
	for i := range ba {
		if ba[i] == bb[i] {
			return true
		}
	}
	return false
}

func TestSignatureBasics(t *testing.T) {
	a := Of("今年9月，省市场监管局联合18个部门开展“质量月”活动。")
	if j := a.Jaccard(Of("今年9月 省市场监管局联合18个部门开展 质量月 活动")); j != 1 {
		t.Errorf("punctuation and spaces changed the signature: J %.2f", j)
	}
	if e := Of(""); e.Shingles != 0 || e.Jaccard(e) != 0 || e.Same(a) {
		t.Errorf("empty text: %+v", e.Shingles)
	}
	if s := Of("质量月"); s.Shingles != 1 {
		t.Errorf("a text shorter than a shingle has %d shingles, want 1", s.Shingles)
	}
	back, err := Decode(a.Bytes(), a.Shingles)
	if err != nil || back != a {
		t.Errorf("Decode(Bytes) = %v, %v", back.Shingles, err)
	}
	if _, err := Decode([]byte{1, 2}, 1); err == nil {
		t.Error("Decode accepted 2 bytes")
	}
}

func TestReadLabelledRejects(t *testing.T) {
	for _, in := range []string{"text first\n=== a/b\nx", "=== nameonly\nx"} {
		if _, err := ReadLabelled(strings.NewReader(in)); err == nil {
			t.Errorf("ReadLabelled(%q) accepted it", in)
		}
	}
}

func BenchmarkOf(b *testing.B) {
	set := readSet(b)
	text := strings.Repeat(set[0].Text, 3) // about 1,800 runes, a typical release
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Of(text)
	}
}
