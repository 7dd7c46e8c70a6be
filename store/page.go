package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sync"
	"time"

	// The same gzip format as compress/gzip (either reads the other's),
	// compressing the raw bytes 1.5x faster at BestSpeed.
	"github.com/klauspost/compress/gzip"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store/story"
)

// Page is what the store keeps of one processed page: the raw bytes as read,
// the text before and after cleaning, and the pipeline's record.
type Page struct {
	Source      string // the input as named (path or URL)
	URL         string // the page's address, "" when unknown
	ContentType string
	Kind        string // extract.KindHTML or extract.KindText
	FetchedAt   time.Time
	Raw         []byte
	// OriginalText is the main text before cleaning.
	OriginalText string
	// CleanCounts are the changes made by each cleaning step.
	CleanCounts map[string]int
	// IsIndex is true for list and index pages.
	IsIndex bool
	// Doc is the record of the page (RECORD.md).
	Doc extract.Document

	// SearchText is the title and text cut into words, separated by spaces,
	// for the search index; "" leaves the page out of it until rebuilt.
	SearchText string

	// RawHash is the hex SHA-256 of Raw when the caller has it already;
	// it is computed when empty.
	RawHash string

	rawZ    []byte           // Raw compressed, set by Prepare
	rawSize int              // len(Raw) before DropRaw let go of it
	dropped bool             // DropRaw ran
	sig     *story.Signature // Doc.Text's reprint signature, set by Prepare for an on-topic page
}

// Prepare hashes and compresses the raw bytes and computes the reprint
// signature now, so that a caller with several goroutines can do this work
// in parallel before handing pages to the single writer. Write does it
// itself for pages not prepared.
func (p *Page) Prepare() error {
	z, err := compressRaw(p.Raw)
	if err != nil {
		return fmt.Errorf("store: compress %s: %w", p.Source, err)
	}
	p.HashRaw()
	p.rawZ = z
	p.PrepareSignature()
	return nil
}

// DropRaw lets go of Raw once Prepare has compressed it, keeping what the
// store writes of it (the compressed bytes, RawSize, RawHash): a page
// waiting for the single writer then holds a fraction of its bytes. It does
// nothing on a page Prepare has not compressed.
func (p *Page) DropRaw() {
	if p.rawZ == nil || p.dropped {
		return
	}
	p.rawSize, p.Raw, p.dropped = len(p.Raw), nil, true
}

// RawSize is the length of the raw bytes, also after DropRaw.
func (p *Page) RawSize() int {
	if p.dropped {
		return p.rawSize
	}
	return len(p.Raw)
}

// PrepareSignature computes the reprint signature of an on-topic page's
// text now (see Prepare); reprocessing, which keeps the stored raw bytes,
// calls it alone.
func (p *Page) PrepareSignature() {
	if p.Doc.OnTopic {
		s := story.Of(p.Doc.Text)
		p.sig = &s
	}
}

// Signature returns the signature PrepareSignature computed, nil when it
// did not run (or the page is off topic).
func (p *Page) Signature() *story.Signature { return p.sig }

// HashRaw returns RawHash, computing it first when empty.
func (p *Page) HashRaw() string {
	if p.RawHash == "" {
		p.RawHash = Hash(p.Raw)
	}
	return p.RawHash
}

// Compressed returns Raw compressed with RawCodec (done once by Prepare).
func (p *Page) Compressed() ([]byte, error) {
	if p.rawZ != nil {
		return p.rawZ, nil
	}
	return compressRaw(p.Raw)
}

// Key returns the identity of the page in the store: its canonical URL, or
// "sha256:" and the hash of its raw bytes when it has no URL.
func (p *Page) Key() string {
	u := p.URL
	if u == "" && p.Doc.URL != nil {
		u = *p.Doc.URL
	}
	if c := CanonicalURL(u); c != "" {
		return c
	}
	return "sha256:" + p.HashRaw()
}

// Hash returns the hex SHA-256 of b.
func Hash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// CanonicalURL is the document key of an absolute http(s) URL: the
// crawler's canonical form (crawler.Canonicalize, the one owner of the rule),
// so a frontier entry and the document fetched for it always share a key. It
// returns "" for anything the crawler could not fetch.
func CanonicalURL(raw string) string {
	c, err := crawler.Canonicalize(raw)
	if err != nil {
		return ""
	}
	return c
}

// RawCodec names how raw bytes are compressed in the documents table.
const RawCodec = "gzip"

// gzipWriters reuses compressors: allocating one costs more than compressing a page.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return zw
}}

func compressRaw(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(b)/3 + 64)
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecompressRaw undoes the compression named by codec.
func DecompressRaw(codec string, b []byte) ([]byte, error) {
	switch codec {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("store: raw: %w", err)
		}
		out, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("store: raw: %w", err)
		}
		return out, nil
	case "none":
		return b, nil
	default:
		return nil, fmt.Errorf("store: raw: unknown codec %q", codec)
	}
}
