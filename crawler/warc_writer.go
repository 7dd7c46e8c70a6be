package crawler

import (
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/google/uuid"
	warc "github.com/internetarchive/gowarc"
)

// WARCWriter appends request and response records to gzip-compressed WARC/1.1
// files (one gzip member per record), rotating files by size. Each record is
// flushed before the write returns, so a killed process leaves every
// completed exchange readable. It is safe for concurrent use.
type WARCWriter struct {
	mu      sync.Mutex
	dir     string
	prefix  string
	maxSize int64
	info    map[string]string
	serial  int
	file    *os.File
	count   *countingWriter
	w       *warc.Writer
	name    string
	infoID  string
}

// Exchange is one HTTP request and its response as they went over the wire
// (the response body before content decoding).
type Exchange struct {
	URL       string
	Date      time.Time
	IP        string
	Request   []byte // request line and headers
	Response  []byte // status line, headers and body; nil when no response came
	Truncated string // WARC-Truncated reason: "length", "time", "disconnect" or ""
	Payload   []byte // the body alone, for WARC-Payload-Digest
}

// NewWARCWriter creates dir if needed; files are named PREFIX-TIME-SERIAL.warc.gz.
// info is written as the warcinfo record of each file.
func NewWARCWriter(dir, prefix string, maxSize int64, info map[string]string) (*WARCWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("crawler: warc: %w", err)
	}
	if maxSize <= 0 {
		maxSize = 1 << 30
	}
	if info == nil {
		info = map[string]string{}
	}
	if info["software"] == "" {
		info["software"] = "ccorpus"
	}
	info["format"] = "WARC File Format 1.1"
	return &WARCWriter{dir: dir, prefix: prefix, maxSize: maxSize, info: info}, nil
}

// open starts a new file with its warcinfo record.
func (ww *WARCWriter) open() error {
	var f *os.File
	var err error
	stamp := time.Now().UTC().Format("20060102150405")
	for tries := 0; ; tries++ {
		ww.serial++
		ww.name = fmt.Sprintf("%s-%s-%05d.warc.gz", ww.prefix, stamp, ww.serial)
		f, err = os.OpenFile(filepath.Join(ww.dir, ww.name), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrExist) || tries == 1000 {
			return fmt.Errorf("crawler: warc: %w", err)
		}
	}
	ww.file, ww.count = f, &countingWriter{w: f}
	ww.w, err = warc.NewWriter(ww.count, ww.name, warc.SHA1, warc.CompressionGzip, true, nil)
	if err != nil {
		f.Close()
		return fmt.Errorf("crawler: warc: %w", err)
	}
	ww.infoID, err = ww.w.WriteInfoRecord(ww.info)
	if err != nil {
		return fmt.Errorf("crawler: warc: %w", err)
	}
	return nil
}

// Write appends the exchange and returns the file name and the offset of the
// response record (of the request record when there is no response).
func (ww *WARCWriter) Write(x Exchange) (file string, offset int64, err error) {
	ww.mu.Lock()
	defer ww.mu.Unlock()
	if ww.file == nil || ww.count.n >= ww.maxSize {
		if err := ww.closeFile(); err != nil {
			return "", 0, err
		}
		if err := ww.open(); err != nil {
			return "", 0, err
		}
	}
	date := x.Date.UTC().Format(time.RFC3339Nano)
	reqID := "<urn:uuid:" + uuid.NewString() + ">"
	req := ww.record("request", "application/http;msgtype=request", x, date, x.Request)
	req.Header.Set("WARC-Record-ID", reqID)
	offset = ww.count.n
	if err := ww.put(req); err != nil {
		return "", 0, err
	}
	if x.Response != nil {
		resp := ww.record("response", "application/http;msgtype=response", x, date, x.Response)
		resp.Header.Set("WARC-Concurrent-To", reqID)
		resp.Header.Set("WARC-Payload-Digest", payloadDigest(x.Payload))
		if x.Truncated != "" {
			resp.Header.Set("WARC-Truncated", x.Truncated)
		}
		offset = ww.count.n
		if err := ww.put(resp); err != nil {
			return "", 0, err
		}
	}
	return ww.name, offset, nil
}

func (ww *WARCWriter) record(typ, ctype string, x Exchange, date string, block []byte) *warc.Record {
	r := warc.NewRecord("", false)
	r.Header.Set("WARC-Type", typ)
	r.Header.Set("WARC-Target-URI", x.URL)
	r.Header.Set("WARC-Date", date)
	r.Header.Set("WARC-Warcinfo-ID", "<urn:uuid:"+ww.infoID+">")
	r.Header.Set("Content-Type", ctype)
	if x.IP != "" {
		r.Header.Set("WARC-IP-Address", x.IP)
	}
	r.Header.Set("Content-Length", strconv.Itoa(len(block)))
	r.Content.Write(block)
	return r
}

func (ww *WARCWriter) put(r *warc.Record) error {
	ww.w.Reset(ww.count)
	if _, err := ww.w.WriteRecord(r); err != nil {
		return fmt.Errorf("crawler: warc: %w", err)
	}
	return nil
}

func (ww *WARCWriter) closeFile() error {
	if ww.file == nil {
		return nil
	}
	err := ww.file.Close()
	ww.file = nil
	if err != nil {
		return fmt.Errorf("crawler: warc: %w", err)
	}
	return nil
}

// Close closes the current file.
func (ww *WARCWriter) Close() error {
	ww.mu.Lock()
	defer ww.mu.Unlock()
	return ww.closeFile()
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w interface{ Write([]byte) (int, error) }
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func payloadDigest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}
