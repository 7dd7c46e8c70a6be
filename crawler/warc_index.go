package crawler

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
)

// WARCFile is the list of HTML pages in one WARC file, for reading them one
// at a time, and the report of what else it held. A page is found again
// by its record's place, so memory stays small however large the file;
// only the pages inside a gzip member that holds several records (a file
// gzipped whole) are kept in memory, as reading one of them again means
// inflating the member from its start.
type WARCFile struct {
	path   string
	locs   []warcLoc
	held   map[int]Fetched
	Report WARCReport
}

// OpenWARC reads a WARC file once and indexes its HTML pages. Damage in
// the file is in the report, not an error: the error is ctx's or the
// file's (missing, unreadable).
func OpenWARC(ctx context.Context, path string) (*WARCFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("crawler: warc: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("crawler: warc: %w", err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("crawler: warc %s: is a directory", path)
	}
	w := &WARCFile{path: path, held: map[int]Fetched{}, Report: WARCReport{Others: map[string]int{}}}
	err = scanWARC(ctx, f, st.Size(), func(loc warcLoc, rec warcRecord) error {
		p, ok := w.Report.take(rec, loc, path)
		if !ok {
			return nil
		}
		if loc.Inner > 0 {
			w.held[len(w.locs)] = p
		}
		w.locs = append(w.locs, loc)
		return nil
	}, func(l WARCLoss) { w.Report.Lost = append(w.Report.Lost, l) })
	if err != nil {
		return nil, err
	}
	return w, nil
}

// Path is the file's name as opened.
func (w *WARCFile) Path() string { return w.path }

// Len is the number of HTML pages.
func (w *WARCFile) Len() int { return len(w.locs) }

// Page returns page i.
func (w *WARCFile) Page(i int) (Fetched, error) {
	if p, ok := w.held[i]; ok {
		return p, nil
	}
	loc := w.locs[i]
	src := recordSource(w.path, loc)
	f, err := os.Open(w.path)
	if err != nil {
		return Fetched{}, fmt.Errorf("crawler: warc: %w", err)
	}
	defer f.Close()
	var r io.Reader = io.NewSectionReader(f, loc.Offset, 1<<62)
	if loc.Gzip {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return Fetched{}, fmt.Errorf("crawler: warc %s: %w", src, err)
		}
		zr.Multistream(false)
		r = zr
	}
	rec, _, err := newRecordReader(r).next(false)
	if err != nil {
		return Fetched{}, fmt.Errorf("crawler: warc %s: %w", src, err)
	}
	p, other, refusal := recordPage(rec, src)
	if other != "" || refusal != nil {
		return Fetched{}, fmt.Errorf("crawler: warc %s: no longer a page (the file changed since it was opened)", src)
	}
	return p, nil
}
