package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// commit may be set at build time (go build -ldflags "-X main.commit=abc123")
// for builds without version-control stamping (-buildvcs=false, a tarball).
var commit string

// buildInfo is what a binary knows of where it came from.
type buildInfo struct {
	Version  string // module version: a tag for `go install …@vX`, "(devel)" for a checkout build
	Commit   string // VCS revision, "" when the build was not stamped
	Time     string // commit time, RFC 3339, "" when unknown
	Modified bool   // the checkout had uncommitted changes
	Go       string // Go version the binary was built with
}

// readBuildInfo reads the version and commit from the binary's build information.
func readBuildInfo() buildInfo {
	b := buildInfo{Version: "(devel)", Commit: commit}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	b.Go = info.GoVersion
	if v := info.Main.Version; v != "" {
		b.Version = v
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.Commit == "" {
				b.Commit = s.Value
			}
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// String is the one-line form `ccorpus version` prints.
func (b buildInfo) String() string {
	c := b.Commit
	if c == "" {
		c = "unknown (built without VCS stamping)"
	} else if b.Modified {
		c += " (modified)"
	}
	s := fmt.Sprintf("ccorpus %s, commit %s", b.Version, c)
	if b.Time != "" {
		s += ", " + b.Time
	}
	if b.Go != "" {
		s += ", " + b.Go
	}
	return s
}

func runVersion(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet("version", a.stderr,
		"Usage: ccorpus version   (or ccorpus --version)",
		"Prints the module version and the commit the binary was built from (from the Go build",
		"information), the commit time and the Go version.")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(a.stderr, "version", "takes no arguments, got %q", fs.Args())
	}
	_, err := fmt.Fprintln(a.stdout, readBuildInfo())
	return err
}
