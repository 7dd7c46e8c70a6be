package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/user"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/cmd/ccorpus/web"
	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/postgres"
	"github.com/ccorpus/ccorpus/store/sqlite"
)

func runServe(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet("serve", a.stderr,
		"Usage: ccorpus serve [--db FILE|URL] [--addr 127.0.0.1:8080] [--public] [--who NAME]",
		"Opens the workbench on a local web address: search the stored pages, read one with every fact",
		"marked on its evidence sentence, list, sort and download records, correct facts (kept in their",
		"own table, applied in every export, undoable) and see counts by campaign, year, province and week.",
		"There is NO LOGIN: anyone who can reach the address can read the corpus and change corrections.",
		"It therefore listens on loopback only, unless --public is given.")
	dbPath := fs.String("db", dbDefault(), "SQLite database `FILE` (must exist) or postgres:// URL (default $CCORPUS_DB, else ccorpus.db)")
	addr := fs.String("addr", "127.0.0.1:8080", "`HOST:PORT` to listen on (port 0 picks a free one)")
	public := fs.Bool("public", false, "allow an address other than loopback (no login: anyone reaching it can correct)")
	who := fs.String("who", defaultWho(), "`NAME` corrections are stored under unless the form gives one")
	return onStoreWith(ctx, fs, args, dbPath, openExistingDB, func(st store.Store) error {
		db, ok := st.(workbenchDB)
		if !ok {
			return fmt.Errorf("serve: %T has no workbench queries", st)
		}
		host, _, err := net.SplitHostPort(*addr)
		if err != nil {
			return fmt.Errorf("serve: --addr %q: %w", *addr, err)
		}
		if !isLoopback(host) {
			if !*public {
				return fmt.Errorf("serve: %s is not a loopback address; the workbench has no login, so binding elsewhere needs --public", *addr)
			}
			fmt.Fprintf(a.stderr, "WARNING: serving on %s without any login: everyone who can reach it can read the corpus and change corrections\n", *addr)
		}
		h, err := a.workbench(ctx, db, *who, *public)
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
		fmt.Fprintf(a.stdout, "serving %s on http://%s/ (Ctrl-C stops)\n", db.Path(), ln.Addr())
		done := make(chan error, 1)
		go func() { done <- srv.Serve(ln) }()
		select {
		case err := <-done:
			return fmt.Errorf("serve: %w", err)
		case <-ctx.Done():
		}
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
		return nil
	})
}

// workbench builds the web UI over db, first indexing any stored page the
// search index lacks (pages stored before it existed).
func (a *app) workbench(ctx context.Context, db workbenchDB, who string, anyHost bool) (*web.Server, error) {
	p, err := a.pipeline()
	if err != nil {
		return nil, err
	}
	n, err := a.indexMissing(ctx, db)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		fmt.Fprintf(a.stderr, "serve: indexed %d pages for search\n", n)
	}
	return web.New(web.Options{DB: db, Words: p.Segmenter().QueryWords, Who: who, AnyHost: anyHost, Log: a.log})
}

// workbenchDB is a store the workbench runs on: its views (web.Store), the
// upkeep of its search index, and a name for messages.
type workbenchDB interface {
	web.Store
	searchIndexer
	Path() string
}

// Both backends carry the workbench's queries and search index.
var (
	_ workbenchDB = (*sqlite.DB)(nil)
	_ workbenchDB = (*postgres.DB)(nil)
)

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func defaultWho() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "researcher"
}
