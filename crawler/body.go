package crawler

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// readBody reads at most MaxBody bytes.
func (f *Fetcher) readBody(h *http.Response) ([]byte, error) {
	limit := f.cfg.MaxBody
	if h.ContentLength > limit {
		return nil, &FetchError{Reason: ReasonTooLarge, Status: h.StatusCode, Err: fmt.Errorf("content-length %d over %d", h.ContentLength, limit)}
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(h.Body, limit+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return buf.Bytes(), &FetchError{Reason: ReasonTruncated, Status: h.StatusCode, Transient: true, Err: err}
		}
		return buf.Bytes(), err
	}
	if n > limit {
		return buf.Bytes()[:limit], &FetchError{Reason: ReasonTooLarge, Status: h.StatusCode, Err: fmt.Errorf("body over %d bytes", limit)}
	}
	return buf.Bytes(), nil
}

func truncation(err error) string {
	var fe *FetchError
	switch {
	case errors.As(err, &fe) && fe.Reason == ReasonTooLarge:
		return "length"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "time"
	}
	return "disconnect"
}

// inflate undoes a gzip or deflate Content-Encoding, refusing output over limit.
func inflate(encoding string, raw []byte, limit int64) ([]byte, error) {
	var r io.Reader
	switch encoding {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, &FetchError{Reason: ReasonBadEncoding, Err: err}
		}
		r = zr
	case "deflate":
		r = flate.NewReader(bytes.NewReader(raw))
	default:
		return nil, &FetchError{Reason: ReasonBadEncoding, Err: fmt.Errorf("content-encoding %q", encoding)}
	}
	var out bytes.Buffer
	n, err := io.Copy(&out, io.LimitReader(r, limit+1))
	if n > limit {
		return nil, &FetchError{Reason: ReasonInflated, Err: fmt.Errorf("inflates past %d bytes", limit)}
	}
	if err != nil {
		return nil, &FetchError{Reason: ReasonBadEncoding, Err: err}
	}
	return out.Bytes(), nil
}
