package crawler

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"github.com/ccorpus/ccorpus/crawler/sniff"
	"io"
	"net/http"
	"strings"
	"time"

	warc "github.com/internetarchive/gowarc"
)

// maxWARCPage caps the payload read from one WARC response record.
const maxWARCPage = 32 << 20

// ReadWARC calls fn with every HTML page in a WARC file (plain or gzip,
// ours or Common Crawl's): response records whose HTTP status is 200 and
// whose payload is HTML. source names the file in Fetched.Source
// ("file.warc.gz#OFFSET" when offsets are known). A truncated last record,
// as a killed crawl may leave, ends the file without error after the pages
// before it.
func ReadWARC(ctx context.Context, r io.Reader, source string, fn func(Fetched) error) error {
	wr, err := warc.NewReader(r)
	if err != nil {
		return fmt.Errorf("crawler: warc %s: %w", source, err)
	}
	defer wr.Close()
	for n := 0; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.ReadRecord()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if n > 0 && isTruncation(err) {
				return nil
			}
			return fmt.Errorf("crawler: warc %s: record %d: %w", source, n, err)
		}
		p, ok, err := warcPage(rec, source)
		rec.Content.Close()
		if err != nil || !ok {
			continue
		}
		if err := fn(p); err != nil {
			return err
		}
	}
}

func isTruncation(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF")
}

// warcPage turns a response record into a page; ok is false for records
// that are not HTML pages fetched with status 200.
func warcPage(rec *warc.Record, source string) (Fetched, bool, error) {
	if !strings.EqualFold(rec.Header.Get("WARC-Type"), "response") {
		return Fetched{}, false, nil
	}
	if !strings.Contains(strings.ToLower(rec.Header.Get("Content-Type")), "application/http") {
		return Fetched{}, false, nil
	}
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return Fetched{}, false, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(rec.Content), nil)
	if err != nil {
		return Fetched{}, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Fetched{}, false, nil
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxWARCPage+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return Fetched{}, false, err
	}
	if len(raw) > maxWARCPage {
		return Fetched{}, false, nil
	}
	body, err := inflate(strings.ToLower(resp.Header.Get("Content-Encoding")), raw, maxWARCPage)
	if err != nil {
		body = raw // Common Crawl stores payloads decoded but keeps the header
	}
	ct := resp.Header.Get("Content-Type")
	if !isHTML(ct, body) || strings.HasPrefix(strings.ToLower(ct), "text/plain") && !sniff.HTML(body) {
		return Fetched{}, false, nil
	}
	at, _ := time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date"))
	src := source
	if rec.Offset >= 0 {
		src = fmt.Sprintf("%s#%d", source, rec.Offset)
	}
	u := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	return Fetched{Source: src, URL: u, Status: resp.StatusCode, Header: resp.Header, Body: body, FetchedAt: at}, true, nil
}
