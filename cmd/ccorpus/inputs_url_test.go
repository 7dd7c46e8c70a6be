package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestExtractURL fetches a page named by URL (a GBK page whose header lies
// about its charset) and checks the record, and that loopback is refused
// without --allow-private.
func TestExtractURL(t *testing.T) {
	page := "<html><head><title>某市启动2023年“质量月”活动</title></head><body><div class=\"TRS_Editor\">" +
		"<p>9月1日，浙江省杭州市2023年“质量月”活动正式启动。市市场监管局联合市发展改革委等14个部门开展系列活动。</p>" +
		"</div></body></html>"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(gbk))
	}))
	defer srv.Close()
	u := srv.URL + "/art/2023/9/1/art_1.html?b=2&a=1#top"

	var out, errb bytes.Buffer
	if err := runCLI(context.Background(), []string{"extract", u}, &out, &errb); err == nil {
		t.Fatalf("loopback fetched without --allow-private: %s", out.String())
	}

	out.Reset()
	errb.Reset()
	if err := runCLI(context.Background(), []string{"extract", "--allow-private", u}, &out, &errb); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb.String())
	}
	var rec map[string]any
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if rec["source"] != u {
		t.Errorf("source = %v, want %s", rec["source"], u)
	}
	if url, _ := rec["url"].(string); !strings.HasSuffix(url, "/art/2023/9/1/art_1.html?a=1&b=2") {
		t.Errorf("url = %v, want the canonical URL", rec["url"])
	}
	if rec["province"] != "浙江省" || rec["city"] != "杭州市" || rec["department_count"] != float64(14) {
		t.Errorf("facts: province %v city %v department_count %v", rec["province"], rec["city"], rec["department_count"])
	}
}
