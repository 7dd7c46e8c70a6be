package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConvertCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, []byte("開發者說\n滑鼠\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"convert", "-i", in}, "开发者说\n滑鼠\n"},
		{[]string{"convert", "-c", "tw2sp.json", "-i", in}, "开发者说\n鼠标\n"},
		{[]string{"convert", "-c", "hk2s", "-i", in}, "开发者说\n滑鼠\n"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if err := runCLI(context.Background(), tt.args, &out, &errb); err != nil {
			t.Fatalf("%v: %v (%s)", tt.args, err, errb.String())
		}
		if out.String() != tt.want {
			t.Errorf("%v = %q, want %q", tt.args, out.String(), tt.want)
		}
	}
	outPath := filepath.Join(dir, "out.txt")
	if err := runCLI(context.Background(), []string{"convert", "-i", in, "-o", outPath}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(outPath); string(got) != "开发者说\n滑鼠\n" {
		t.Errorf("-o file = %q", got)
	}
	var errb bytes.Buffer
	if err := runCLI(context.Background(), []string{"convert", "-c", "x2y"}, &bytes.Buffer{}, &errb); err == nil || !strings.Contains(errb.String(), "unknown configuration") {
		t.Errorf("unknown configuration: err %v, stderr %q", err, errb.String())
	}
}
