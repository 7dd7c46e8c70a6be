package store

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ccorpus/ccorpus/extract"
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

	rawZ []byte // Raw compressed, set by Prepare
}

// Prepare hashes and compresses the raw bytes now, so that a caller with
// several goroutines can do this work in parallel before handing pages to
// the single writer. Write does it itself for pages not prepared.
func (p *Page) Prepare() error {
	z, err := compressRaw(p.Raw)
	if err != nil {
		return fmt.Errorf("store: compress %s: %w", p.Source, err)
	}
	p.rawHash()
	p.rawZ = z
	return nil
}

func (p *Page) rawHash() string {
	if p.RawHash == "" {
		p.RawHash = Hash(p.Raw)
	}
	return p.RawHash
}

func (p *Page) compressed() ([]byte, error) {
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
	return "sha256:" + p.rawHash()
}

// Hash returns the hex SHA-256 of b.
func Hash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// trackingParams are query parameters that never change what a page says.
var trackingParams = []string{"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "spm", "from"}

// CanonicalURL normalises an absolute http(s) URL so that the same page
// always gets the same key: lower-case scheme and host, no default port, no
// fragment, no tracking parameters, "/" for an empty path. It returns "" for
// anything that is not an absolute http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	u.Host = host
	if port != "" {
		u.Host = host + ":" + port
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for _, k := range trackingParams {
			q.Del(k)
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// rawCodec names how raw bytes are compressed in the documents table.
const rawCodec = "gzip"

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

func decompressRaw(codec string, b []byte) ([]byte, error) {
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
