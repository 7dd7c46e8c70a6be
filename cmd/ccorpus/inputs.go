package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
)

// maxPageBytes caps what is read of one local file.
const maxPageBytes = 32 << 20

// pageExts are the file endings read when a folder is named.
var pageExts = map[string]bool{".html": true, ".htm": true, ".shtml": true, ".txt": true}

// expandPaths turns the named files, folders and URLs into a list of inputs, folders
// walked in lexical order and filtered to page files, and to the files that
// one of also accepts. A file named twice (itself and in a folder) is read once.
func expandPaths(args []string, also ...func(path string) bool) ([]string, error) {
	out, err := walkPaths(args, also)
	seen := map[string]bool{}
	kept := out[:0]
	for _, p := range out {
		key := p
		if !isURL(p) {
			key = filepath.Clean(p)
		}
		if !seen[key] {
			seen[key] = true
			kept = append(kept, p)
		}
	}
	return kept, err
}

func walkPaths(args []string, also []func(path string) bool) ([]string, error) {
	var out []string
	for _, a := range args {
		if isURL(a) {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", a, err)
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			ok := pageExts[strings.ToLower(filepath.Ext(p))]
			for _, f := range also {
				ok = ok || f(p)
			}
			if ok {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", a, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// readPage reads one local file, or fetches one page named by URL.
func (a *app) readPage(ctx context.Context, path string) (extract.Page, error) {
	if isURL(path) {
		return a.fetchPage(ctx, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return extract.Page{}, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return extract.Page{}, fmt.Errorf("read %s: %w", path, err)
	}
	if st.Size() > maxPageBytes {
		return extract.Page{}, fmt.Errorf("read %s: %d bytes is over the %d-byte page limit", path, st.Size(), maxPageBytes)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return extract.Page{}, fmt.Errorf("read %s: %w", path, err)
	}
	return extract.Page{Source: path, Raw: raw, FetchedAt: a.now()}, nil
}

// missingInput is a named input that cannot be read.
type missingInput struct {
	path string
	err  error
}

// expandExisting is expandPaths input by input: the inputs that cannot be
// read are returned apart instead of failing the whole list, so a command
// can process the others and report these.
func expandExisting(args []string) ([]string, []missingInput) {
	var out []string
	var missing []missingInput
	for _, a := range args {
		ps, err := expandPaths([]string{a})
		if err != nil {
			missing = append(missing, missingInput{a, err})
			continue
		}
		out = append(out, ps...)
	}
	return out, missing
}
