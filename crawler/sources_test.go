package crawler

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExampleSources keeps sources.example.toml loadable.
func TestExampleSources(t *testing.T) {
	src, err := LoadSources("sources.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Sites) != 2 || src.Crawl.HostRate != 0.5 || src.Crawl.Timeout.Seconds() != 30 || src.Sites[0].Pages != "index_{n}.html" {
		t.Errorf("parsed %+v", src)
	}
	if !src.Sites[0].wantsURL("http://www.example-city.gov.cn/zwgk/gzdt/202409/t20240901_1.html") {
		t.Error("pattern")
	}
}

func TestParseSourcesErrors(t *testing.T) {
	for _, text := range []string{
		``,
		"[[site]]\nname = \"a\"\n",
		"[[site]]\nname = \"a\"\nstart = [\"ftp://x\"]\n",
		"[[site]]\nname = \"a\"\nstart = [\"http://x.cn/\"]\npattern = \"(\"\n",
		"[[site]]\nname = \"a\"\nstart = [\"http://x.cn/\"]\nsurprise = 1\n",
		"[[site]]\nname = \"a\"\nstart = [\"http://x.cn/\"]\n[[site]]\nname = \"a\"\nstart = [\"http://y.cn/\"]\n",
	} {
		if _, err := ParseSources(text); err == nil {
			t.Errorf("accepted %q", text)
		}
	}
	path := filepath.Join(t.TempDir(), "s.toml")
	os.WriteFile(path, []byte("[[site]]\nname = \"a\"\nstart = [\"HTTP://X.cn/news/\"]\n"), 0o644)
	src, err := LoadSources(path)
	if err != nil || src.Sites[0].Start[0] != "http://x.cn/news/" || !src.Sites[0].allowsHost("x.cn") {
		t.Errorf("%+v %v", src, err)
	}
}
