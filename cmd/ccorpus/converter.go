package main

import (
	"fmt"

	"github.com/ccorpus/ccorpus/normalize"
	"github.com/ccorpus/ccorpus/normalize/opencc"
)

// defaultConverter is the traditional→simplified converter the pipeline
// uses: OpenCC's t2s, byte-identical to `opencc -c t2s.json`. Its
// dictionaries are embedded, so loading fails only on a broken build.
func defaultConverter() normalize.Converter {
	c, err := opencc.New("t2s")
	if err != nil {
		panic(fmt.Sprintf("ccorpus: embedded OpenCC dictionaries: %v", err))
	}
	return c
}
