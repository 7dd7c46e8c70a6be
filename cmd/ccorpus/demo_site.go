package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// demoHost is the name the sample site is crawled under, whatever loopback
// port serves it: the page URLs, and so the stored documents, stay the same
// from one demo run to the next.
const demoHost = "demo.ccorpus.test"

// serveDemoSite serves the bundled site over real HTTP on a free loopback
// port, with a robots.txt, until stop is called.
func serveDemoSite() (addr string, stop func(), err error) {
	sub, err := fs.Sub(demoSite, demoRoot)
	if err != nil {
		return "", nil, fmt.Errorf("demo: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("demo: listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\nCrawl-delay: 0.02\n")
	})
	mux.Handle("/", http.FileServer(http.FS(sub)))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Println("demo server:", err)
		}
	}()
	stop = func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}
	return ln.Addr().String(), stop, nil
}

// demoSources is the sources file of the demo: the sample site, served at
// addr under its own name, allowed on loopback, at a rate that keeps the
// demo quick but still paced.
func demoSources(addr string) (crawler.Sources, error) {
	return crawler.ParseSources(fmt.Sprintf(`
[crawl]
contact = "mailto:demo@localhost"
allow_private = true   # the demo site is on loopback
resolve = { "%s:80" = "%s" }
host_rate = 25
timeout = "10s"

[[site]]
name = "demo"
start = ["http://%s/index.html"]
articles = "div.list"
pattern = '/art_\d+\.html$'
`, demoHost, addr, demoHost))
}
