package olderpages

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract/content"
)

// TestOlderPages checks the invented input is deterministic, of each shape,
// and that the pipeline reads the GBK-encoded ones back into Chinese text.
func TestOlderPages(t *testing.T) {
	a, b := Pages(8), Pages(8)
	for i := range a {
		if !bytes.Equal(a[i].Raw, b[i].Raw) {
			t.Fatalf("page %d differs between two builds", i)
		}
	}
	for i, want := range []string{"文章归档", "综合门户", "tableborder"} {
		if !strings.Contains(string(a[i].Raw), want) {
			t.Errorf("page %d lacks %q", i, want)
		}
	}
	gbk := a[3]
	if bytes.Contains(gbk.Raw, []byte("网友")) || !bytes.Contains(gbk.Raw, []byte("charset=gbk")) {
		t.Fatalf("page 3 is not GBK-encoded")
	}
	rules, err := content.DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	art, err := content.NewReader(rules).Read(gbk)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text, "，") {
		t.Errorf("GBK page read as %q", art.Text)
	}
	if strings.ContainsRune(art.Text, '\uFFFD') {
		t.Errorf("GBK page decoded with replacement characters: %q", art.Text)
	}
}
