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

// demoAddr is where the demo serves its sample site; another free loopback
// port is taken when it is busy. A fixed port keeps the page URLs, and so
// the stored documents, the same from one demo run to the next.
const demoAddr = "127.0.0.1:47831"

// serveDemoSite serves the bundled site over real HTTP on loopback, with a
// robots.txt, until stop is called.
func serveDemoSite() (base string, stop func(), err error) {
	sub, err := fs.Sub(demoSite, demoRoot)
	if err != nil {
		return "", nil, fmt.Errorf("demo: %w", err)
	}
	ln, err := net.Listen("tcp", demoAddr)
	if err != nil {
		if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			return "", nil, fmt.Errorf("demo: listen: %w", err)
		}
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
	return "http://" + ln.Addr().String(), stop, nil
}

// demoSources is the sources file of the demo: the sample site, allowed on
// loopback, at a rate that keeps the demo quick but still paced.
func demoSources(base string) (crawler.Sources, error) {
	return crawler.ParseSources(fmt.Sprintf(`
[crawl]
contact = "mailto:demo@localhost"
allow_private = true   # the demo site is on loopback
host_rate = 25
timeout = "10s"

[[site]]
name = "demo"
start = ["%s/index.html"]
articles = "div.list"
pattern = '/art_\d+\.html$'
`, base))
}
