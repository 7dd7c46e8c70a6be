package queue

import (
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Name is the River queue every ccorpus job goes to, so that a database
// shared with other River users keeps ccorpus's work apart.
const Name = "ccorpus"

// maxAttempts is how often a job is tried before it is discarded.
const maxAttempts = 5

// IngestFile is the job of ingesting one local file (a WARC file, or a page
// file): unique by path, size and modification time, so enqueuing a folder
// again adds only the files that are new or changed.
type IngestFile struct {
	Path  string `json:"path" river:"unique"` // absolute, as every worker sees it
	Size  int64  `json:"size" river:"unique"`
	MTime int64  `json:"mtime" river:"unique"` // Unix nanoseconds
}

// Kind implements river.JobArgs.
func (IngestFile) Kind() string { return "ccorpus_ingest_file" }

// InsertOpts implements river.JobArgsWithInsertOpts: unique among jobs
// waiting, running and completed (until River cleans completed jobs out).
func (IngestFile) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: Name, MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// Reprocess is the job of re-running extraction over a batch of stored
// documents: unique by ids while waiting or running, so reprocessing can be
// asked for again once the earlier round is done.
type Reprocess struct {
	IDs []int64 `json:"ids" river:"unique"`
}

// Kind implements river.JobArgs.
func (Reprocess) Kind() string { return "ccorpus_reprocess" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (Reprocess) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: Name, MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true,
		ByState: []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
			rivertype.JobStateRetryable, rivertype.JobStateScheduled}}}
}
