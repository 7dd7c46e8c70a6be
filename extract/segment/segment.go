// Package segment splits Chinese text into words. It wraps gse
// (github.com/go-ego/gse) behind a one-method interface, loaded once per
// process with gse's embedded simplified dictionary, HMM off (with it on gse
// invents words such as 八部/门), and the gazetteer's place names plus common
// department and campaign names added as words, so that 雄安新区, 省市场监管局
// and 宣传部 come out whole.
package segment

import (
	"fmt"
	"sync"

	"github.com/go-ego/gse"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// Segmenter cuts text into words.
type Segmenter interface {
	Cut(text string) []string
}

// GSE is the gse-backed Segmenter. It is safe for concurrent use once built.
type GSE struct {
	seg gse.Segmenter
}

// Frequencies given to added words (the dictionary's total is about 5.8e7).
// Place names rank above bodies so that 中山市|市场监督管理局 beats
// 中山|市市场监督管理局; both rank above a split into common parts.
const (
	PlaceFreq = 5000
	WordFreq  = 2000
)

// New loads gse's embedded simplified dictionary and adds places and words to
// it, raising the frequency of those it already has when it is lower (gse
// lists 中山市 at 97, below 中山 at 1117). Loading takes about 1.5 s and
// 150 MB; most callers want Default.
func New(places, words []string) (*GSE, error) {
	seg, err := gse.NewEmbed("zh_s")
	if err != nil {
		return nil, fmt.Errorf("segment: load dictionary: %w", err)
	}
	g := &GSE{seg: seg}
	if err := g.add(places, PlaceFreq); err != nil {
		return nil, err
	}
	if err := g.add(words, WordFreq); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *GSE) add(words []string, freq float64) error {
	for _, w := range words {
		var err error
		if f, _, ok := g.seg.Find(w); !ok {
			err = g.seg.AddToken(w, freq)
		} else if f < freq {
			err = g.seg.ReAddToken(w, freq)
		}
		if err != nil {
			return fmt.Errorf("segment: add %q: %w", w, err)
		}
	}
	return nil
}

// Cut splits text into words (gse's DAG cut, HMM off). Concatenating the
// words gives back the text (lower-cased, as gse gives it).
func (g *GSE) Cut(text string) []string { return g.cutDAG(text) }

var (
	defaultOnce sync.Once
	defaultSeg  *GSE
	defaultErr  error
)

// Default returns the process-wide segmenter with the gazetteer's names and
// the department and campaign names of Words added, loaded on first use.
func Default() (*GSE, error) {
	defaultOnce.Do(func() {
		gz, err := gazetteer.Default()
		if err != nil {
			defaultErr = fmt.Errorf("segment: %w", err)
			return
		}
		defaultSeg, defaultErr = New(gz.Names(), Words())
	})
	return defaultSeg, defaultErr
}
