package crawler

import (
	"bytes"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// dumpRequest renders the request line and headers as sent.
func dumpRequest(r *http.Request) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "GET %s HTTP/1.1\r\n", r.URL.RequestURI())
	fmt.Fprintf(&b, "Host: %s\r\n", r.URL.Host)
	writeHeaders(&b, r.Header, nil)
	b.WriteString("\r\n")
	return b.Bytes()
}

// dumpResponse renders the status line, headers and body as received. The
// transport has already removed chunked transfer coding, so Content-Length
// is given for the body as it stands.
func dumpResponse(r *http.Response, body []byte) []byte {
	var b bytes.Buffer
	proto := r.Proto
	if proto == "" || strings.HasPrefix(proto, "HTTP/2") {
		proto = "HTTP/1.1"
	}
	fmt.Fprintf(&b, "%s %s\r\n", proto, r.Status)
	skip := map[string]bool{"Transfer-Encoding": true, "Content-Length": true}
	writeHeaders(&b, r.Header, skip)
	b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n")
	b.Write(body)
	return b.Bytes()
}

func writeHeaders(b *bytes.Buffer, h http.Header, skip map[string]bool) {
	keys := make([]string, 0, len(h))
	for k := range h {
		if !skip[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			fmt.Fprintf(b, "%s: %s\r\n", k, v)
		}
	}
}
