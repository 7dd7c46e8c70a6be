package crawler

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	warc "github.com/internetarchive/gowarc"
)

// WARCFile is the list of HTML pages in one WARC file, for reading them one
// at a time. In a gzip WARC each page is found again by its record offset,
// so memory stays small however large the file; the pages of an
// uncompressed WARC (no offsets) are kept in memory.
type WARCFile struct {
	path    string
	offsets []int64
	pages   []Fetched
}

// OpenWARC reads a WARC file once and indexes its HTML pages.
func OpenWARC(ctx context.Context, path string) (*WARCFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("crawler: warc: %w", err)
	}
	defer f.Close()
	w := &WARCFile{path: path}
	var held []Fetched
	err = ReadWARC(ctx, f, path, func(p Fetched) error {
		if off, ok := sourceOffset(p.Source, path); ok {
			w.offsets = append(w.offsets, off)
		} else {
			held = append(held, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(w.offsets) == 0 {
		w.pages = held
	}
	return w, nil
}

func sourceOffset(source, path string) (int64, bool) {
	rest, ok := strings.CutPrefix(source, path+"#")
	if !ok {
		return 0, false
	}
	off, err := strconv.ParseInt(rest, 10, 64)
	return off, err == nil
}

// Len is the number of HTML pages.
func (w *WARCFile) Len() int {
	if w.pages != nil {
		return len(w.pages)
	}
	return len(w.offsets)
}

// Page returns page i.
func (w *WARCFile) Page(i int) (Fetched, error) {
	if w.pages != nil {
		return w.pages[i], nil
	}
	f, err := os.Open(w.path)
	if err != nil {
		return Fetched{}, fmt.Errorf("crawler: warc: %w", err)
	}
	defer f.Close()
	if _, err := f.Seek(w.offsets[i], 0); err != nil {
		return Fetched{}, fmt.Errorf("crawler: warc: %w", err)
	}
	r, err := warc.NewReader(f)
	if err != nil {
		return Fetched{}, fmt.Errorf("crawler: warc: %w", err)
	}
	defer r.Close()
	rec, err := r.ReadRecord()
	if err != nil {
		return Fetched{}, fmt.Errorf("crawler: warc %s#%d: %w", w.path, w.offsets[i], err)
	}
	defer rec.Content.Close()
	rec.Offset = w.offsets[i]
	p, ok, err := warcPage(rec, w.path)
	if err != nil || !ok {
		return Fetched{}, fmt.Errorf("crawler: warc %s#%d: not a page (%v)", w.path, w.offsets[i], err)
	}
	return p, nil
}
