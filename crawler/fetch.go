package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"syscall"
	"time"
)

// Request is one URL to fetch, with the validators of an earlier fetch.
type Request struct {
	URL          string
	ETag         string
	LastModified string
}

// Response is a fetched page (any HTTP status).
type Response struct {
	URL         string // final URL after redirects, canonical
	Status      int
	Header      http.Header
	Body        []byte // content-decoded
	Size        int64  // bytes of body on the wire
	ContentType string
	Duration    time.Duration
	WARCFile    string
	WARCOffset  int64
}

// Hash is the hex SHA-256 of the body, the "has it changed" test.
func (r *Response) Hash() string {
	sum := sha256.Sum256(r.Body)
	return hex.EncodeToString(sum[:])
}

// Fetcher does HTTP GETs with caps on time, size and redirects, refuses
// private addresses at dial time (so DNS rebinding is covered) and writes
// every exchange to WARC.
type Fetcher struct {
	cfg    Config
	client *http.Client
	warc   *WARCWriter
	pacer  *wirePacer // spaces requests per host as written; nil for none
}

// NewFetcher returns a fetcher; w may be nil (no WARC).
func NewFetcher(cfg Config, w *WARCWriter) *Fetcher {
	cfg = cfg.withDefaults()
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	policy := newAddrPolicy(cfg)
	dialer.Control = func(network, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		if ip := net.ParseIP(host); ip == nil || !policy.allows(ip) {
			return fmt.Errorf("%w: %s", ErrForbiddenAddress, host)
		}
		return nil
	}
	dial := dialer.DialContext
	if len(cfg.Resolve) > 0 {
		dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
			if to, ok := cfg.Resolve[addr]; ok {
				addr = to
			}
			return dialer.DialContext(ctx, network, addr)
		}
	}
	tr := &http.Transport{
		DialContext:           dial,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout.Duration,
		DisableCompression:    true, // we ask for gzip ourselves, to keep the raw body and cap inflation
	}
	client := &http.Client{
		Transport:     tr,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return &Fetcher{cfg: cfg, client: client, warc: w}
}

// forbiddenIP reports addresses a crawler on the public web must not reach.
func forbiddenIP(ip net.IP) bool {
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return true
	}
	if v4 := ip.To4(); v4 != nil && v4[0] == 100 && v4[1]&0xc0 == 64 { // 100.64.0.0/10 carrier NAT
		return true
	}
	return false
}

// Fetch gets req.URL, following redirects (each checked with allow, which
// may refuse off-site or robots-disallowed targets). A non-success status
// returns the response and a *FetchError; 304 is not an error.
func (f *Fetcher) Fetch(ctx context.Context, req Request, allow func(u string) error) (*Response, error) {
	start := time.Now()
	cur := req.URL
	seen := map[string]bool{cur: true}
	for hop := 0; ; hop++ {
		r := req
		if hop > 0 {
			r = Request{URL: cur}
		}
		resp, err := f.once(ctx, r)
		if err != nil {
			return resp, err
		}
		resp.Duration = time.Since(start)
		loc := resp.Header.Get("Location")
		if !isRedirect(resp.Status) || loc == "" {
			if resp.Status == http.StatusNotModified || (resp.Status >= 200 && resp.Status < 300) {
				return resp, nil
			}
			return resp, statusError(resp.Status, resp.Header, resp.Body, time.Now())
		}
		base, _ := url.Parse(cur)
		next, err := Resolve(base, loc)
		if err != nil {
			return resp, &FetchError{Reason: ReasonRedirects, Status: resp.Status, Err: err}
		}
		if seen[next] {
			return resp, &FetchError{Reason: ReasonRedirectLoop, Status: resp.Status}
		}
		if hop >= f.cfg.MaxRedirects {
			return resp, &FetchError{Reason: ReasonRedirects, Status: resp.Status}
		}
		if allow != nil {
			if err := allow(next); err != nil {
				return resp, err
			}
		}
		seen[next] = true
		cur = next
	}
}

func isRedirect(status int) bool {
	switch status {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

// once does one request, reads the body within the caps, decodes it and
// writes the exchange to WARC.
func (f *Fetcher) once(parent context.Context, req Request) (*Response, error) {
	ctx, clock := startRequestClock(parent, f.cfg.Timeout.Duration)
	defer clock.stop()
	var remoteIP string
	trace := &httptrace.ClientTrace{GotConn: func(ci httptrace.GotConnInfo) {
		if a, ok := ci.Conn.RemoteAddr().(*net.TCPAddr); ok {
			remoteIP = a.IP.String()
		}
		if f.pacer != nil { // the connection is ready: the request is written after its turn
			clock.pause()
			f.pacer.wait(ctx, HostOf(req.URL))
			clock.resume()
		}
	}}
	hreq, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, trace), http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, &FetchError{Reason: ReasonConnection, Err: err}
	}
	hreq.Header.Set("User-Agent", f.cfg.UserAgent)
	hreq.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	hreq.Header.Set("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
	hreq.Header.Set("Accept-Encoding", "gzip, deflate")
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	date := time.Now()
	hresp, err := f.client.Do(hreq)
	if err != nil {
		f.archive(Exchange{URL: req.URL, Date: date, Request: dumpRequest(hreq)})
		return nil, transportError(clock.explain(err), parent)
	}
	defer hresp.Body.Close()
	resp := &Response{URL: req.URL, Status: hresp.StatusCode, Header: hresp.Header, ContentType: hresp.Header.Get("Content-Type")}
	raw, readErr := f.readBody(hresp)
	readErr = clock.explain(readErr)
	resp.Size = int64(len(raw))
	x := Exchange{URL: req.URL, Date: date, IP: remoteIP, Request: dumpRequest(hreq), Response: dumpResponse(hresp, raw), Payload: raw}
	if readErr != nil {
		x.Truncated = truncation(readErr)
	}
	resp.WARCFile, resp.WARCOffset = f.archive(x)
	if readErr != nil {
		return resp, transportError(readErr, parent)
	}
	body, err := inflate(hresp.Header.Get("Content-Encoding"), raw, f.cfg.MaxInflated)
	if err != nil {
		return resp, err
	}
	resp.Body = body
	return resp, nil
}

func (f *Fetcher) archive(x Exchange) (string, int64) {
	if f.warc == nil {
		return "", 0
	}
	file, off, err := f.warc.Write(x)
	if err != nil {
		// The fetch stands; the fetch log shows no WARC file for it.
		slog.Warn("crawl: warc write failed", "url", x.URL, "err", err)
		return "", 0
	}
	return file, off
}
