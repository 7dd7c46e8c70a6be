package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ccorpus/ccorpus/normalize/opencc"
)

func runConvert(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("convert", stderr,
		"Usage: ccorpus convert [-c t2s|tw2sp|hk2s] [-i FILE] [-o FILE]",
		"Converts text as `opencc -c CONFIG.json` does, streaming in constant memory.")
	cfg := fs.String("c", "t2s", "configuration: "+strings.Join(opencc.Configs(), ", ")+" (a trailing .json is ignored)")
	in := fs.String("i", "", "input `FILE` (default standard input)")
	out := fs.String("o", "", "output `FILE` (default standard output)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(stderr, "convert", "takes no arguments (use -i FILE), got %q", fs.Args())
	}
	conv, err := opencc.New(strings.TrimSuffix(*cfg, ".json"))
	if err != nil {
		return err
	}
	var r io.Reader = os.Stdin
	if *in != "" {
		f, err := os.Open(*in)
		if err != nil {
			return fmt.Errorf("convert: %w", err)
		}
		defer f.Close()
		r = f
	}
	w := stdout
	var outFile *os.File
	if *out != "" {
		if outFile, err = os.Create(*out); err != nil {
			return fmt.Errorf("convert: %w", err)
		}
		defer outFile.Close() // on error paths; closed and checked below
		w = outFile
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	if err := conv.ConvertStream(ctx, bw, r); err != nil {
		return fmt.Errorf("convert: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("convert: %w", err)
	}
	if outFile != nil {
		if err := outFile.Close(); err != nil {
			return fmt.Errorf("convert: %w", err)
		}
	}
	return nil
}
