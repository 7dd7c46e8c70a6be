package story

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Labelled is one text of a labelled reprint set: Story names the release it
// is a copy of, Variant how it was copied.
type Labelled struct {
	Story, Variant, Text string
}

// ReadLabelled reads a reprint set: blocks opened by "=== STORY/VARIANT"
// lines, "#" comment lines before the first block.
func ReadLabelled(r io.Reader) ([]Labelled, error) {
	var out []Labelled
	var text strings.Builder
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].Text = strings.TrimSpace(text.String())
		}
		text.Reset()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if head, ok := strings.CutPrefix(line, "=== "); ok {
			flush()
			story, variant, ok := strings.Cut(strings.TrimSpace(head), "/")
			if !ok || story == "" || variant == "" {
				return nil, fmt.Errorf("story: line %d: want \"=== STORY/VARIANT\", got %q", n, line)
			}
			out = append(out, Labelled{Story: story, Variant: variant})
			continue
		}
		if len(out) == 0 {
			if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
				return nil, fmt.Errorf("story: line %d: text before the first block", n)
			}
			continue
		}
		text.WriteString(line)
		text.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("story: %w", err)
	}
	flush()
	return out, nil
}

// PairScore counts, over all pairs of a labelled set, the pairs put in one
// story (predicted) against the pairs that are copies of one release.
type PairScore struct {
	TruePos, FalsePos, FalseNeg int
}

// Precision is TruePos / predicted pairs (1 when none predicted).
func (p PairScore) Precision() float64 {
	if p.TruePos+p.FalsePos == 0 {
		return 1
	}
	return float64(p.TruePos) / float64(p.TruePos+p.FalsePos)
}

// Recall is TruePos / true pairs (1 when there are none).
func (p PairScore) Recall() float64 {
	if p.TruePos+p.FalseNeg == 0 {
		return 1
	}
	return float64(p.TruePos) / float64(p.TruePos+p.FalseNeg)
}

// ScorePairs scores a clustering: cluster[i] is the story assigned to set[i].
func ScorePairs(set []Labelled, cluster []int64) PairScore {
	var s PairScore
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			truth, pred := set[i].Story == set[j].Story, cluster[i] == cluster[j]
			switch {
			case truth && pred:
				s.TruePos++
			case pred:
				s.FalsePos++
			case truth:
				s.FalseNeg++
			}
		}
	}
	return s
}
