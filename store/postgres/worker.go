package postgres

import (
	"fmt"
	"os"
)

// defaultWorker names this process: the machine's host name and the pid.
func defaultWorker() string {
	return fmt.Sprintf("%s-%d", machine(), os.Getpid())
}

func machine() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "unknown"
	}
	return h
}
