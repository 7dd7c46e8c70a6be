-- Due entries are taken host by host: an index that serves that query.
CREATE INDEX crawl_urls_host ON crawl_urls (state, host, depth, id);
