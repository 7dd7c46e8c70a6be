// Package segment splits Chinese text into words: gse's DAG cut
// (github.com/go-ego/gse, Cut(text, false): HMM off, since with it gse
// invents words such as 八部/门) over gse's simplified dictionary with the
// gazetteer's place names and common department and campaign names added as
// words, so that 雄安新区, 省市场监管局 and 宣传部 come out whole.
//
// The dictionary is prepared when generating (go generate: internal/gendict
// builds gse's dictionary as internal/gseref does and writes dict.bin) into a
// compact trie that is embedded and read in place: loading parses no text and
// copies nothing. gse is a dependency of the generator and the tests only;
// the tests check that dict.bin is up to date with its sources and that Cut
// gives gse's words.
package segment

//go:generate go run ./internal/gendict -o dict.bin

import (
	_ "embed"
	"fmt"
	"sync"
)

// Segmenter cuts text into words.
type Segmenter interface {
	Cut(text string) []string
}

//go:embed dict.bin
var embedded []byte

var (
	defaultOnce sync.Once
	defaultDict *Dict
	defaultErr  error
)

// New reads the embedded dictionary (gse's, with the gazetteer's names and
// the words of Words added): a segmenter of its own for a program that keeps
// no process-wide state, in well under a millisecond.
func New() (*Dict, error) {
	d, err := Load(embedded)
	if err != nil {
		return nil, fmt.Errorf("segment: embedded dictionary: %w", err)
	}
	return d, nil
}

// Default returns the process-wide segmenter over the embedded dictionary
// (gse's, with the gazetteer's names and the department and campaign names
// of Words added), read on first use in well under a millisecond.
func Default() (*Dict, error) {
	defaultOnce.Do(func() {
		defaultDict, defaultErr = Load(embedded)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("segment: embedded dictionary: %w", defaultErr)
		}
	})
	return defaultDict, defaultErr
}
