package crawler

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
)

// WARCLoss is a stretch of a WARC file that could not be read: where it
// starts and why. Reading goes on after it at the next readable record.
type WARCLoss struct {
	Offset int64 // byte offset in the file: of the gzip member, in a compressed WARC
	Inner  int64 // offset in the member's uncompressed bytes, 0 at its start
	Reason string
}

// At is the loss's place as "OFFSET" or "OFFSET+INNER".
func (l WARCLoss) At() string {
	if l.Inner > 0 {
		return fmt.Sprintf("%d+%d", l.Offset, l.Inner)
	}
	return fmt.Sprint(l.Offset)
}

// warcLoc finds a record again.
type warcLoc struct {
	Offset int64 // file offset of its gzip member, or of the record in a plain WARC
	Inner  int64 // offset in the member's uncompressed bytes
	Gzip   bool
}

// gzipMagic starts every gzip member (with the deflate method byte).
var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// warcScan reads every readable record of a WARC file, plain or gzip
// (a member per record, one member for the whole file, or anything
// between), reporting each stretch it cannot read and going on after it:
// a damaged gzip member, bytes that are not gzip, a record cut off, a block
// that fails its WARC-Block-Digest.
type warcScan struct {
	ctx   context.Context
	r     io.ReaderAt
	size  int64
	visit func(warcLoc, warcRecord) error
	lost  func(WARCLoss)
	open  bool // the last thing seen was a loss: a new one extends it
}

func scanWARC(ctx context.Context, r io.ReaderAt, size int64, visit func(warcLoc, warcRecord) error, lost func(WARCLoss)) error {
	s := &warcScan{ctx: ctx, r: r, size: size, visit: visit, lost: lost}
	head := make([]byte, 512)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	if bytes.HasPrefix(head, gzipMagic[:2]) {
		return s.gzip(0)
	}
	if !bytes.HasPrefix(bytes.TrimLeft(head, "\r\n"), []byte(warcVersion)) {
		if off, ok := s.findGzip(1); ok && !bytes.Contains(head, []byte(warcVersion)) {
			s.loss(WARCLoss{Offset: 0, Reason: "neither WARC records nor gzip data"})
			return s.gzip(off)
		}
	}
	return s.plain(0)
}

func (s *warcScan) loss(l WARCLoss) {
	if !s.open {
		s.lost(l)
	}
	s.open = true
}

func (s *warcScan) record(loc warcLoc, rec warcRecord) error {
	s.open = false
	return s.visit(loc, rec)
}

// plain reads uncompressed records from off. A record whose block runs
// past the end (a cut file, or a Content-Length gone wrong) is lost, and
// reading starts again at the next line that starts a record after its
// first line.
func (s *warcScan) plain(off int64) error {
	for {
		cut, err := s.plainFrom(off)
		if err != nil || cut < 0 {
			return err
		}
		next, ok := s.find(cut+1, []byte("\n"+warcVersion))
		if !ok {
			return nil
		}
		off = next + 1
	}
}

// plainFrom reads records from off until the end, or until a record cut
// off, whose offset it returns (-1 when none was).
func (s *warcScan) plainFrom(off int64) (cut int64, err error) {
	rr := newRecordReader(io.NewSectionReader(s.r, off, s.size-off))
	seek := false
	for {
		if err := s.ctx.Err(); err != nil {
			return -1, err
		}
		rec, start, err := rr.next(seek)
		start += off
		switch {
		case err == nil:
			seek = false
			if err := s.record(warcLoc{Offset: start}, rec); err != nil {
				return -1, err
			}
		case err == io.EOF:
			return -1, nil
		case errors.Is(err, errRecordFraming):
			s.loss(WARCLoss{Offset: start, Reason: err.Error()})
			seek = true
		case errors.Is(err, errRecordDigest):
			s.loss(WARCLoss{Offset: start, Reason: err.Error()})
			s.open = false
		case errors.Is(err, errRecordTruncated):
			s.loss(WARCLoss{Offset: start, Reason: err.Error()})
			return start, nil
		default:
			return -1, fmt.Errorf("crawler: warc: %w", err)
		}
	}
}

// gzip reads gzip members from off, one after another; after a member that
// is not gzip or breaks off, it goes on at the next gzip header.
func (s *warcScan) gzip(off int64) error {
	for off < s.size {
		cr := &byteCounter{br: bufio.NewReaderSize(io.NewSectionReader(s.r, off, s.size-off), 64<<10)}
		var zr gzip.Reader
		resync := int64(-1)
		for {
			if err := s.ctx.Err(); err != nil {
				return err
			}
			member := off + cr.n
			err := zr.Reset(cr)
			if err == io.EOF {
				return nil
			}
			if err != nil {
				s.loss(WARCLoss{Offset: member, Reason: "not gzip data: " + err.Error()})
				resync = member + 1
				break
			}
			zr.Multistream(false)
			clean, err := s.member(member, &zr)
			if err != nil {
				return err
			}
			if !clean {
				resync = member + 1
				break
			}
		}
		next, ok := s.findGzip(resync)
		if !ok {
			return nil
		}
		off = next
	}
	return nil
}

// member reads the records of one gzip member; clean is false when the
// member broke off (corrupt, cut short or failing its checksum).
func (s *warcScan) member(member int64, zr *gzip.Reader) (clean bool, err error) {
	rr := newRecordReader(zr)
	seek := false
	for {
		if err := s.ctx.Err(); err != nil {
			return false, err
		}
		rec, start, err := rr.next(seek)
		loc := WARCLoss{Offset: member, Inner: start}
		switch {
		case err == nil:
			seek = false
			if err := s.record(warcLoc{Offset: member, Inner: start, Gzip: true}, rec); err != nil {
				return false, err
			}
		case err == io.EOF:
			return true, nil
		case errors.Is(err, errRecordFraming):
			loc.Reason = err.Error()
			s.loss(loc)
			seek = true
		case errors.Is(err, errRecordDigest):
			loc.Reason = err.Error()
			s.loss(loc)
			s.open = false
		case errors.Is(err, errRecordTruncated):
			loc.Reason = err.Error()
			s.loss(loc)
			return false, nil
		default:
			loc.Reason = "gzip: " + err.Error()
			s.loss(loc)
			return false, nil
		}
	}
}

// findGzip returns the offset of the next gzip header at or after from.
func (s *warcScan) findGzip(from int64) (int64, bool) { return s.find(from, gzipMagic) }

// find returns the offset of the next occurrence of pat at or after from.
func (s *warcScan) find(from int64, pat []byte) (int64, bool) {
	buf := make([]byte, 64<<10)
	for off := from; off < s.size; off += int64(len(buf) - len(pat) + 1) {
		n, err := s.r.ReadAt(buf, off)
		if i := bytes.Index(buf[:n], pat); i >= 0 {
			return off + int64(i), true
		}
		if err != nil || n < len(buf) {
			return 0, false
		}
	}
	return 0, false
}

// byteCounter counts the bytes a gzip reader takes. It is an io.ByteReader,
// so the decompressor reads from it without buffering ahead and the count
// is where the next member starts.
type byteCounter struct {
	br *bufio.Reader
	n  int64
}

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *byteCounter) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
