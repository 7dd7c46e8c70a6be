package main

import (
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

// writeWorkers prints what each worker of a shared store is doing: who
// holds what, since when. Nothing for a store one machine uses.
func writeWorkers(b *strings.Builder, ws []store.WorkerProgress) {
	if len(ws) == 0 {
		return
	}
	fmt.Fprintf(b, "\nworkers of the current crawl run and job queue\n")
	for _, w := range ws {
		state := "alive"
		if !w.Alive {
			state = "gone"
		}
		held, done := "URLs held", "fetches"
		if w.Role == "work" {
			held, done = "jobs running", "jobs done"
		}
		fmt.Fprintf(b, "  %-5s %s on %s since %s (%s, last heard %s): %d %s, %d %s, %d failed\n",
			w.Role, padRight(w.Worker, 20), w.Machine, shortTime(w.Since), state, shortTime(w.Heartbeat),
			w.Held, held, w.Done, done, w.Failed)
	}
}
