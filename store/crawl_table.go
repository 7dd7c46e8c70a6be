package store

// The crawl's fetch log as an exportable table: `ccorpus export --table fetches`.
func init() {
	tables["fetches"] = table{
		columns: []Column{
			{"run_id", kInt}, {"time", kText}, {"url", kText}, {"via", kText}, {"kind", kText},
			{"status", kInt}, {"size", kInt}, {"content_type", kText}, {"duration_ms", kInt}, {"hash", kText},
			{"tries", kInt}, {"warc_file", kText}, {"warc_offset", kInt}, {"outcome", kText}, {"reason", kText},
		},
		query: `SELECT run_id, time, url, via, kind, status, size, content_type, duration_ms, hash, tries,
			warc_file, warc_offset, outcome, reason FROM crawl_fetches ORDER BY id`,
	}
}
