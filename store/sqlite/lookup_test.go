package sqlite

import (
	"context"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

func TestStored(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	withURL, noURL := testPage(1, 1, ""), testPage(2, 1, "")
	noURL.URL, noURL.Doc.URL = "", nil
	if _, err := db.Write(ctx, store.Batch{Pages: []store.Page{withURL, noURL}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		url  string
		raw  []byte
		want bool
	}{
		{withURL.URL, withURL.Raw, true},
		{"HTTP://WWW.EXAMPLE.GOV.CN" + withURL.URL[len("http://www.example.gov.cn"):], withURL.Raw, true},
		{withURL.URL, noURL.Raw, false},                              // other bytes at this URL
		{"http://www.example.gov.cn/other.html", withURL.Raw, false}, // same bytes at another URL
		{"", noURL.Raw, true},
		{"", []byte("new"), false},
		{"not a url", noURL.Raw, false},
	} {
		got, err := db.Stored(ctx, c.url, store.Hash(c.raw))
		if err != nil || got != c.want {
			t.Errorf("Stored(%q, %.20q) = %v, %v; want %v", c.url, c.raw, got, err, c.want)
		}
	}
}
