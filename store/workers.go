package store

// WorkerProgress is what one worker (a crawl process or a `ccorpus work`
// process, on any machine) is doing in the current run. Only a shared
// store (PostgreSQL) has them.
type WorkerProgress struct {
	Worker    string // the --worker name
	Role      string // "crawl" or "work"
	Machine   string
	Since     string // RFC 3339: when it started (crawl) or took its first job (work)
	Heartbeat string // RFC 3339: when it was last heard of
	Alive     bool   // heard of within its lease
	Held      int    // URLs it holds (crawl) or jobs it runs (work)
	Done      int    // fetches logged in the current run (crawl) or jobs completed (work)
	Failed    int    // fetches failed (crawl) or jobs discarded after their last try (work)
}
