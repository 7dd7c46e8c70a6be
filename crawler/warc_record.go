package crawler

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// Limits of the WARC record reader.
const (
	maxWARCHeader = 64 << 10              // bytes of one record's header
	maxWARCBlock  = maxWARCPage + 256<<10 // bytes of a block kept; the rest is skipped
	warcLineBuf   = maxWARCHeader + 4<<10 // bufio size: one header line always fits
	warcVersion   = "WARC/"               // every record starts with it
	warcMaxLength = int64(1) << 40        // a Content-Length beyond this is corruption
)

// Why a record could not be read. errRecordFraming means the stream is not
// where a record starts: the reader must look for the next one.
var (
	errRecordFraming   = errors.New("not a WARC record")
	errRecordTruncated = errors.New("record cut off before its end")
	errRecordDigest    = errors.New("block digest does not match")
)

// warcRecord is one record as read from a stream of uncompressed WARC bytes.
type warcRecord struct {
	Header http.Header
	Block  []byte // the block, or its first maxWARCBlock bytes
	Length int64  // the block's Content-Length
	Cut    bool   // Block holds only the first maxWARCBlock bytes
}

// recordReader reads records from one stream of uncompressed WARC bytes,
// counting the bytes consumed. Errors other than io.EOF and the three
// above come from the stream beneath (a gzip member that is corrupt).
type recordReader struct {
	br  *bufio.Reader
	pos int64 // bytes consumed
}

func newRecordReader(r io.Reader) *recordReader {
	return &recordReader{br: bufio.NewReaderSize(r, warcLineBuf)}
}

// line reads one line with its end; a line longer than the buffer is framing.
func (rr *recordReader) line() ([]byte, error) {
	b, err := rr.br.ReadSlice('\n')
	rr.pos += int64(len(b))
	if errors.Is(err, bufio.ErrBufferFull) {
		return b, errRecordFraming
	}
	return b, err
}

// next reads the record at the current position and returns it with the
// offset it started at. With seek set, lines that do not start a record are
// skipped (the reader looks for the next record after a loss); otherwise
// they are errRecordFraming. io.EOF means the stream ended between records.
func (rr *recordReader) next(seek bool) (rec warcRecord, start int64, err error) {
	for {
		start = rr.pos
		l, err := rr.line()
		if len(bytes.TrimRight(l, "\r\n")) == 0 {
			if err == io.EOF {
				return rec, start, io.EOF
			}
			if err == nil {
				continue // blank lines between records
			}
		}
		if bytes.HasPrefix(l, []byte(warcVersion)) {
			if err == io.EOF {
				return rec, start, errRecordTruncated
			}
			if err != nil {
				return rec, start, err
			}
			break
		}
		if err == io.EOF {
			if seek {
				return rec, start, io.EOF
			}
			return rec, start, errRecordFraming
		}
		if err != nil && !errors.Is(err, errRecordFraming) {
			return rec, start, err
		}
		if !seek {
			return rec, start, errRecordFraming
		}
	}
	rec.Header, err = rr.header()
	if err != nil {
		return rec, start, err
	}
	rec.Length, err = strconv.ParseInt(strings.TrimSpace(rec.Header.Get("Content-Length")), 10, 64)
	if err != nil || rec.Length < 0 || rec.Length > warcMaxLength {
		return rec, start, fmt.Errorf("%w: bad Content-Length %q", errRecordFraming, rec.Header.Get("Content-Length"))
	}
	digest := blockDigest(rec.Header.Get("WARC-Block-Digest"))
	if err := rr.block(&rec, digest); err != nil {
		return rec, start, err
	}
	rr.trailer()
	if digest != nil && !digest.matches() {
		return rec, start, errRecordDigest
	}
	return rec, start, nil
}

// header reads named fields up to the blank line that ends them.
func (rr *recordReader) header() (http.Header, error) {
	h := http.Header{}
	size, last := 0, ""
	for {
		l, err := rr.line()
		size += len(l)
		if err == io.EOF {
			return nil, errRecordTruncated
		}
		if err != nil {
			return nil, err
		}
		if size > maxWARCHeader {
			return nil, fmt.Errorf("%w: header over %d bytes", errRecordFraming, maxWARCHeader)
		}
		s := strings.TrimRight(string(l), "\r\n")
		if s == "" {
			return h, nil
		}
		if (s[0] == ' ' || s[0] == '\t') && last != "" { // a folded line continues the field
			vs := h[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(s)
			continue
		}
		name, value, ok := strings.Cut(s, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("%w: header line %.40q", errRecordFraming, s)
		}
		last = http.CanonicalHeaderKey(strings.TrimSpace(name))
		h[last] = append(h[last], strings.TrimSpace(value))
	}
}

// block reads the record's block, keeping at most maxWARCBlock bytes and
// hashing all of it when a digest is to be checked.
func (rr *recordReader) block(rec *warcRecord, d *digestCheck) error {
	keep := min(rec.Length, maxWARCBlock)
	var sink io.Writer = io.Discard
	if d != nil {
		sink = d.h
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(keep, 1<<20)))
	n, err := io.Copy(io.MultiWriter(buf, sink), io.LimitReader(rr.br, keep))
	rr.pos += n
	if err == nil && n < keep {
		err = io.EOF
	}
	if err == nil && rec.Length > keep {
		var m int64
		m, err = io.Copy(sink, io.LimitReader(rr.br, rec.Length-keep))
		rr.pos += m
		if err == nil && m < rec.Length-keep {
			err = io.EOF
		}
		rec.Cut = true
	}
	rec.Block = buf.Bytes()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errRecordTruncated
	}
	return err
}

// trailer consumes the CRLF CRLF after a block, tolerating its absence.
func (rr *recordReader) trailer() {
	for i := 0; i < 4; i++ {
		b, err := rr.br.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n') {
			return
		}
		rr.br.Discard(1)
		rr.pos++
	}
}

// digestCheck compares a block with its WARC-Block-Digest.
type digestCheck struct {
	h    hash.Hash
	want string // lower-case hex or upper-case base32, as given
	b32  bool
}

// blockDigest returns the check for a "sha1:…", "sha256:…" or "md5:…"
// digest in base32 or hex, nil for one it cannot check.
func blockDigest(v string) *digestCheck {
	algo, val, ok := strings.Cut(strings.TrimSpace(v), ":")
	if !ok || val == "" {
		return nil
	}
	var h hash.Hash
	switch strings.ToLower(algo) {
	case "sha1", "sha-1":
		h = sha1.New()
	case "sha256", "sha-256":
		h = sha256.New()
	case "md5":
		h = md5.New()
	default:
		return nil
	}
	switch {
	case len(val) == base32.StdEncoding.EncodedLen(h.Size()):
		return &digestCheck{h: h, want: strings.ToUpper(val), b32: true}
	case len(val) == 2*h.Size():
		return &digestCheck{h: h, want: strings.ToLower(val)}
	}
	return nil
}

func (d *digestCheck) matches() bool {
	sum := d.h.Sum(nil)
	if d.b32 {
		return base32.StdEncoding.EncodeToString(sum) == d.want
	}
	return hex.EncodeToString(sum) == d.want
}
