package main

import (
	"path/filepath"
	"strings"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/postgres"
)

// workerName names this process on a shared (PostgreSQL) store: --worker,
// else $CCORPUS_WORKER, else the store's default (host name and pid). It
// returns the name in use, "" on a store only one machine uses.
func workerName(db store.Store, flag string) string {
	pg, ok := db.(*postgres.DB)
	if !ok {
		return ""
	}
	if flag != "" {
		pg.Worker = flag
	}
	return pg.Worker
}

// warcPlace is where a crawl archives: --warc, else the sources file's
// warc_dir, else FILE.warc beside a SQLite database (./warc for a
// PostgreSQL one); files are named after the database file, or after the
// worker on a shared store so that workers sharing a folder never collide.
func warcPlace(job crawlJob, worker string) (dir, prefix string) {
	dir = job.warc
	if dir == "" {
		dir = job.src.Crawl.WARCDir
	}
	if worker != "" {
		if dir == "" {
			dir = "warc"
		}
		return dir, "ccorpus-" + safeName(worker)
	}
	if dir == "" {
		dir = job.db + ".warc"
	}
	return dir, strings.TrimSuffix(filepath.Base(job.db), filepath.Ext(job.db))
}

// safeName keeps letters, digits, '-', '_' and '.' of a worker name for a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, s)
}
