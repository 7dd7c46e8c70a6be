package web

import (
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/segment"
	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/sqlite"
)

const hostile = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`

// testServer serves a database of two pages, the first with hostile title,
// text, site and facts, through the real segmenter.
func testServer(t *testing.T) (*httptest.Server, *sqlite.DB, *http.Client) {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	page := func(i int, title, text, site string, depts int) store.Page {
		f := extract.Facts{Campaign: extract.Str("质量月"), Year: extract.Int(2024), Level: extract.Str("province"),
			Province: extract.Str("江苏省"), ProvinceCode: extract.Str("320000"), EventDates: []string{"2024-09-03"},
			DepartmentCount: extract.Int(depts), Activities: []string{"提质强企", hostile}, Theme: extract.Str(hostile),
			Evidence: map[string]string{"department_count": strings.SplitAfter(text, "。")[0]}}
		doc := extract.Document{Source: "p.html", URL: extract.Str("http://www.example.gov.cn/" + itoa(i) + ".html"),
			Title: extract.Str(title), Published: extract.Str("2024-09-0" + itoa(i)), Site: extract.Str(site),
			Script: "simplified", Text: text, OnTopic: true, Facts: f, Records: []extract.Facts{f}, SpamRemoved: []string{hostile}}
		return store.Page{Source: doc.Source, URL: *doc.URL, Kind: extract.KindHTML, FetchedAt: time.Now(),
			Raw:          []byte("<html><body><script>document.title='ran'</script><p>" + text + "</p></body></html>"),
			OriginalText: text, Doc: doc, SearchText: seg.SearchText(title + "\n" + text)}
	}
	_, err = db.Write(ctx, store.Batch{Pages: []store.Page{
		page(1, "江苏省开展质量月活动"+hostile, "江苏省联合18个部门开展2024年“质量月”活动。"+hostile+"正文结束。", hostile, 18),
		page(2, "南京市安全生产月", "南京市12个部门开展安全生产月活动。", "乙站", 12),
	}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{DB: db, Words: seg.QueryWords, Who: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return srv, db, c
}

func get(t *testing.T, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// csrfOf reads the form token of a page.
func csrfOf(t *testing.T, body string) string {
	t.Helper()
	const k = `name="csrf" value="`
	i := strings.Index(body, k)
	if i < 0 {
		t.Fatal("no csrf field on the page")
	}
	return body[i+len(k) : i+len(k)+32]
}

func TestEveryValueEscaped(t *testing.T) {
	srv, db, c := testServer(t)
	ids, _ := db.DocumentIDs(context.Background())
	_, body := get(t, c, srv.URL+"/doc/"+itoa(int(ids[0])))
	form := url.Values{"csrf": {csrfOf(t, body)}, "record": {"0"}, "f_theme": {hostile + "!"}, "note": {hostile}, "who": {hostile}}
	res, err := c.PostForm(srv.URL+"/doc/"+itoa(int(ids[0]))+"/correct", form)
	if err != nil || res.StatusCode != http.StatusSeeOther {
		t.Fatalf("correct: %v %v", res.Status, err)
	}
	for _, path := range []string{"/", "/search?q=质量", "/search?q=" + url.QueryEscape(hostile), "/doc/" + itoa(int(ids[0])),
		"/records", "/corrections", "/records?province=" + url.QueryEscape(hostile), "/?metric=depts"} {
		res, body := get(t, c, srv.URL+path)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: %s", path, res.Status)
		}
		for _, bad := range []string{"<script", "<img", `"><img`, "onerror=alert(2)>"} {
			if strings.Contains(body, bad) {
				i := strings.Index(body, bad)
				t.Errorf("%s: unescaped %q in …%s…", path, bad, body[max(0, i-80):min(len(body), i+80)])
			}
		}
	}
	_, body = get(t, c, srv.URL+"/doc/"+itoa(int(ids[0])))
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the document page does not show the hostile title as text")
	}
}

func TestRawPageCannotRunScripts(t *testing.T) {
	srv, db, c := testServer(t)
	ids, _ := db.DocumentIDs(context.Background())
	res, body := get(t, c, srv.URL+"/doc/"+itoa(int(ids[0]))+"/raw")
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "sandbox") || !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "allow-scripts") {
		t.Errorf("raw page CSP = %q", csp)
	}
	if res.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(body, "<script>document.title") {
		t.Errorf("raw page headers %v, body %q", res.Header, body)
	}
	_, doc := get(t, c, srv.URL+"/doc/"+itoa(int(ids[0])))
	if !strings.Contains(doc, `<iframe class="raw" sandbox src=`) {
		t.Error("the raw page is not framed with a bare sandbox attribute")
	}
	res, _ = get(t, c, srv.URL+"/")
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("page CSP = %q", csp)
	}
}

func TestFormsNeedTheirToken(t *testing.T) {
	srv, db, c := testServer(t)
	ids, _ := db.DocumentIDs(context.Background())
	target := srv.URL + "/doc/" + itoa(int(ids[0])) + "/correct"
	form := url.Values{"record": {"0"}, "f_department_count": {"5"}}
	if res, _ := c.PostForm(target, form); res.StatusCode != http.StatusForbidden {
		t.Errorf("POST without token: %s", res.Status)
	}
	_, body := get(t, c, srv.URL+"/doc/"+itoa(int(ids[0])))
	form.Set("csrf", strings.Repeat("0", 32))
	if res, _ := c.PostForm(target, form); res.StatusCode != http.StatusForbidden {
		t.Errorf("POST with a wrong token: %s", res.Status)
	}
	form.Set("csrf", csrfOf(t, body))
	req, _ := http.NewRequest("POST", target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	if res, _ := c.Do(req); res.StatusCode != http.StatusForbidden {
		t.Errorf("POST from another origin: %s", res.Status)
	}
	if res, _ := c.PostForm(target, form); res.StatusCode != http.StatusSeeOther {
		t.Errorf("POST with the token: %s", res.Status)
	}
	if list, _ := db.Corrections(context.Background(), 0, false); len(list) != 1 || string(list[0].New) != "5" {
		t.Errorf("corrections after one good POST: %+v", list)
	}
	req, _ = http.NewRequest("GET", srv.URL+"/", nil)
	req.Host = "rebound.example"
	if res, _ := c.Do(req); res.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("request for another host name: %s", res.Status)
	}
}

func TestCorrectThenDownload(t *testing.T) {
	srv, db, c := testServer(t)
	ids, _ := db.DocumentIDs(context.Background())
	doc := srv.URL + "/doc/" + itoa(int(ids[1]))
	_, body := get(t, c, doc)
	form := url.Values{"csrf": {csrfOf(t, body)}, "record": {"0"}, "f_department_count": {"13"}, "f_year": {"2024"}}
	if res, err := c.PostForm(doc+"/correct", form); err != nil || res.StatusCode != http.StatusSeeOther {
		t.Fatalf("correct: %v", err)
	}
	_, out := get(t, c, srv.URL+"/records?format=csv&sort=department_count")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("CSV: %d rows, %v\n%s", len(rows), err, out)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if got := rows[1][col["department_count"]]; got != "13" || rows[1][col["corrected"]] != `["department_count"]` {
		t.Errorf("first row by department count: %v", rows[1])
	}
	if strings.HasPrefix(rows[2][col["title"]], "=") {
		t.Error("formula-like cell not neutralised")
	}
	_, body = get(t, c, srv.URL+"/corrections")
	if !strings.Contains(body, "in force") {
		t.Fatal("corrections page does not list the correction")
	}
	list, _ := db.Corrections(context.Background(), 0, false)
	form = url.Values{"csrf": {csrfOf(t, body)}, "back": {"//evil.example/"}}
	res, err := c.PostForm(srv.URL+"/corrections/"+itoa(int(list[0].ID))+"/undo", form)
	if err != nil || res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/corrections" {
		t.Fatalf("undo: %v %v", res.Header.Get("Location"), err)
	}
	_, out = get(t, c, srv.URL+"/records?format=jsonl&sort=department_count")
	if !strings.Contains(out, `"department_count":12,`) || strings.Contains(out, `"department_count"]`) {
		t.Errorf("after undo the download still holds the correction:\n%s", out)
	}
}
