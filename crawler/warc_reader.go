package crawler

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler/sniff"
)

// maxWARCPage caps the payload read from one WARC response record.
const maxWARCPage = 32 << 20

// WARCReport is what reading a WARC file found besides its pages: the
// records that are not pages, the responses refused and the stretches lost.
type WARCReport struct {
	Records int            // records read whole
	Pages   int            // HTML pages handed on
	Others  map[string]int // records that are not pages, by what they are ("warcinfo", "status 404" …)
	Refused []WARCRefusal  // responses that would be pages, refused
	Lost    []WARCLoss     // stretches that could not be read
}

// WARCRefusal is a response record refused as a page, as the crawl refused
// it when fetching: a body cut short, over the size cap, or not decodable.
type WARCRefusal struct {
	Source string // file#offset
	URL    string
	Reason string // ReasonTruncated, ReasonTooLarge, ReasonInflated or ReasonBadEncoding
	Detail string
}

// Describe says in a few words what the file held, for a file with no pages.
func (r WARCReport) Describe() string {
	if r.Records == 0 && len(r.Lost) == 1 && r.Lost[0].Offset == 0 {
		return "not a WARC file (" + r.Lost[0].Reason + " at offset 0)"
	}
	var parts []string
	parts = append(parts, fmt.Sprintf("%d records read", r.Records))
	kinds := make([]string, 0, len(r.Others))
	for k := range r.Others {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%d %s", r.Others[k], k))
	}
	if len(r.Refused) > 0 {
		parts = append(parts, fmt.Sprintf("%d responses refused (first: %s, %s)", len(r.Refused), r.Refused[0].Reason, r.Refused[0].Detail))
	}
	if len(r.Lost) > 0 {
		parts = append(parts, fmt.Sprintf("%d unreadable stretches (first at offset %s: %s)", len(r.Lost), r.Lost[0].At(), r.Lost[0].Reason))
	}
	return strings.Join(parts, ", ")
}

// ReadWARC calls fn with every HTML page in a WARC file (plain or gzip,
// ours or Common Crawl's): response records whose HTTP status is 200 and
// whose payload is HTML. source names the file in Fetched.Source
// ("file.warc.gz#OFFSET", or "#OFFSET+INNER" for a record inside a gzip
// member holding several). Damage does not stop it: every readable record
// is read, and the report says what was lost and refused. The error is
// ctx's, fn's, or a failure to read r.
func ReadWARC(ctx context.Context, r io.Reader, source string, fn func(Fetched) error) (WARCReport, error) {
	ra, size, err := readerAt(r)
	if err != nil {
		return WARCReport{}, fmt.Errorf("crawler: warc %s: %w", source, err)
	}
	rep := WARCReport{Others: map[string]int{}}
	err = scanWARC(ctx, ra, size, func(loc warcLoc, rec warcRecord) error {
		p, ok := rep.take(rec, loc, source)
		if !ok {
			return nil
		}
		return fn(p)
	}, func(l WARCLoss) { rep.Lost = append(rep.Lost, l) })
	return rep, err
}

// take classifies one record, counting it, and returns it as a page when it is one.
func (rep *WARCReport) take(rec warcRecord, loc warcLoc, path string) (Fetched, bool) {
	rep.Records++
	p, other, refusal := recordPage(rec, recordSource(path, loc))
	switch {
	case refusal != nil:
		rep.Refused = append(rep.Refused, *refusal)
		return Fetched{}, false
	case other != "":
		rep.Others[other]++
		return Fetched{}, false
	}
	rep.Pages++
	return p, true
}

// readerAt gives random access to r, reading it into memory unless it has it.
func readerAt(r io.Reader) (io.ReaderAt, int64, error) {
	if f, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		size, err := f.Seek(0, io.SeekEnd)
		return f, size, err
	}
	b, err := io.ReadAll(r)
	return bytes.NewReader(b), int64(len(b)), err
}

func recordSource(path string, loc warcLoc) string {
	if loc.Inner > 0 {
		return fmt.Sprintf("%s#%d+%d", path, loc.Offset, loc.Inner)
	}
	return fmt.Sprintf("%s#%d", path, loc.Offset)
}

// recordPage turns a response record into a page. other names what the
// record is when it is not an HTML page fetched with status 200; refusal is
// set for a response that would be one but that the crawl would refuse.
func recordPage(rec warcRecord, source string) (p Fetched, other string, refusal *WARCRefusal) {
	typ := strings.ToLower(rec.Header.Get("WARC-Type"))
	if typ != "response" {
		if typ == "" {
			typ = "untyped"
		}
		return Fetched{}, typ, nil
	}
	if !strings.Contains(strings.ToLower(rec.Header.Get("Content-Type")), "application/http") {
		return Fetched{}, "non-HTTP response", nil
	}
	u := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	refuse := func(reason, detail string) (Fetched, string, *WARCRefusal) {
		return Fetched{}, "", &WARCRefusal{Source: source, URL: u, Reason: reason, Detail: detail}
	}
	if rec.Cut {
		return refuse(ReasonTooLarge, fmt.Sprintf("record block of %d bytes", rec.Length))
	}
	if t := rec.Header.Get("WARC-Truncated"); t != "" {
		return refuse(ReasonTruncated, "WARC-Truncated: "+t)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
	if err != nil {
		return refuse(ReasonTruncated, "HTTP response unreadable: "+err.Error())
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Fetched{}, fmt.Sprintf("status %d", resp.StatusCode), nil
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxWARCPage+1))
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return refuse(ReasonTruncated, fmt.Sprintf("body of %d bytes, %d announced", len(raw), resp.ContentLength))
	}
	if err != nil {
		return refuse(ReasonTruncated, "body unreadable: "+err.Error())
	}
	if len(raw) > maxWARCPage {
		return refuse(ReasonTooLarge, fmt.Sprintf("body over %d bytes", maxWARCPage))
	}
	body, err := inflate(strings.ToLower(resp.Header.Get("Content-Encoding")), raw, maxWARCPage)
	if err != nil {
		// Common Crawl stores payloads decoded but may keep the header: text
		// that does not inflate is that; compressed bytes that do not are not a page.
		var fe *FetchError
		if errors.As(err, &fe) && fe.Reason == ReasonInflated || !sniff.Text(raw) || bytes.HasPrefix(raw, gzipMagic[:2]) {
			reason := ReasonBadEncoding
			if fe != nil {
				reason = fe.Reason
			}
			return refuse(reason, err.Error())
		}
		body = raw
	}
	ct := resp.Header.Get("Content-Type")
	if !isHTML(ct, body) || strings.HasPrefix(strings.ToLower(ct), "text/plain") && !sniff.HTML(body) {
		mt := strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
		if mt == "" {
			mt = "untyped"
		}
		return Fetched{}, mt + " response", nil
	}
	at, _ := time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date"))
	return Fetched{Source: source, URL: u, Status: resp.StatusCode, Header: resp.Header, Body: body, FetchedAt: at}, "", nil
}
