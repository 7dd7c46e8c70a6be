// Command gendict writes segment's compact dictionary: gse's simplified
// dictionary with the gazetteer's place names and segment.Words added
// (internal/gseref's Default). Run by go generate in extract/segment.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ccorpus/ccorpus/extract/segment/internal/gseref"
)

func main() {
	out := flag.String("o", "dict.bin", "file to write")
	flag.Parse()
	seg, err := gseref.Default()
	var data []byte
	if err == nil {
		data, err = gseref.Compact(seg)
	}
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}
