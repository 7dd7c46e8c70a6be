package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ccorpus/ccorpus/store/sqlite"
)

// browserPath finds Chromium; CI installs Debian's chromium (.ci/run).
func browserPath() string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	p, _ := exec.LookPath("chromium")
	return p
}

// TestWorkbenchInBrowser drives headless Chromium through the workbench over
// the demo database: search 质量, open a hit, correct its department count,
// re-export and find the corrected value. A hostile page ingested beside the
// demo shows that neither its text nor its raw bytes run a script.
// Screenshots of every view go to the test's temp dir, and to
// $CCORPUS_SCREENSHOTS when set (the README's copies: testdata/screenshots).
func TestWorkbenchInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chrome := browserPath()
	if chrome == "" {
		t.Skip("chromium not installed (apt-get install chromium; .ci/run does)")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if _, errs, code := run(t, "demo", "--db", db, "--out", filepath.Join(dir, "demo.csv")); code != exitOK {
		t.Fatalf("demo exit %d: %s", code, errs)
	}
	hostile := filepath.Join(dir, "hostile.html")
	os.WriteFile(hostile, []byte(`<html><head><title>江苏省质量月&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(2)&gt;</title></head>
<body><script>document.title = "ran"; alert(3)</script><div class="content"><p>今年9月，江苏省市场监管局联合15个部门开展2024年“质量月”活动。&lt;script&gt;alert(4)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(5)&gt;</p>
<p>活动期间将组织质量提升、计量服务等系列活动，面向企业开展标准化培训。</p></div></body></html>`), 0o644)
	if _, errs, code := run(t, "ingest", "--db", db, hostile); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	var out, errb bytes.Buffer
	a := testApp(&out, &errb)
	sdb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	h, err := a.workbench(context.Background(), sdb, "browser-test", false)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.WindowSize(1200, 820),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	step := func(name string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, done := context.WithTimeout(ctx, 30*time.Second)
		defer done()
		if err := chromedp.Do(sctx, steps...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
	shot := func(name string) {
		t.Helper()
		capture := chromedp.CaptureScreenshot()
		if name == "overview" {
			capture = chromedp.FullScreenshot(100) // the whole page, as PNG
		}
		png, err := chromedp.Run(ctx, capture)
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
		if d := os.Getenv("CCORPUS_SCREENSHOTS"); d != "" && name != "hostile" && name != "corrected" {
			small, err := smallPNG(png)
			if err == nil {
				err = os.WriteFile(filepath.Join(d, name+".png"), small, 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}

	step("overview", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible("svg.map"))
	shot("overview")
	step("search", chromedp.Navigate(srv.URL+"/search"), chromedp.WaitVisible(`input[name="q"]`),
		chromedp.SetValue(`input[name="q"]`, "质量"), chromedp.Click("#go"), chromedp.WaitVisible("#found"))
	if found := text("#found"); !strings.Contains(found, "pages found with 质量") || strings.HasPrefix(found, "0 ") {
		t.Fatalf("search 质量: %q", found)
	}
	if n := eval(`String(document.querySelectorAll("ol.hits mark").length)`); n == "0" {
		t.Error("no highlighted 质量 in the snippets")
	}
	shot("search")
	// open the first demo hit that is not the hostile page
	href := eval(`[...document.querySelectorAll("ol.hits a.title")].map(a => a.getAttribute("href"))
		.find((h, i, all) => !document.querySelectorAll("ol.hits a.title")[i].textContent.includes("alert")) || ""`)
	if href == "" {
		t.Fatal("no demo page among the hits")
	}
	step("open document", chromedp.Navigate(srv.URL+href), chromedp.WaitVisible("#correct"))
	if n := eval(`String(document.querySelectorAll("#doctext mark").length)`); n == "0" {
		t.Error("no evidence sentence marked in the text")
	}
	before, err := chromedp.Run(ctx, chromedp.Value("#f_department_count"))
	if err != nil {
		t.Fatal(err)
	}
	shot("document")
	step("correct", chromedp.SetValue("#f_department_count", "99"), chromedp.SetValue("#note", "checked against the text"),
		chromedp.Click("#save"), chromedp.WaitVisible("tr.corrected"))
	if got, _ := chromedp.Run(ctx, chromedp.Value("#f_department_count")); got != "99" {
		t.Fatalf("department count after correcting %q: %q", before, got)
	}
	shot("corrected")
	step("records", chromedp.Navigate(srv.URL+"/records?sort=department_count&dir=desc"), chromedp.WaitVisible("table.records"))
	if first := text("table.records tbody tr td.num"); first != "99" {
		t.Errorf("records sorted by department count start with %q, want the corrected 99", first)
	}
	shot("records")
	step("corrections", chromedp.Navigate(srv.URL+"/corrections"), chromedp.WaitVisible("table.records"))
	if !strings.Contains(text("table.records"), "in force") {
		t.Error("the correction is not listed as in force")
	}
	shot("corrections")

	// re-export: the CSV carries the corrected value and says it was corrected
	csvPath := filepath.Join(dir, "records.csv")
	if _, errs, code := run(t, "export", "--db", db, "--format", "csv", "--out", csvPath); code != exitOK {
		t.Fatalf("export exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(csvPath)
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	corrected := 0
	for _, r := range rows[1:] {
		if r[col["corrected"]] == `["department_count"]` {
			corrected++
			if r[col["department_count"]] != "99" {
				t.Errorf("corrected row exports department_count %q", r[col["department_count"]])
			}
		}
	}
	if corrected != 1 {
		t.Errorf("%d exported rows marked corrected, want 1", corrected)
	}

	// the hostile page: its text is shown as text, its raw page runs nothing
	step("hostile search", chromedp.Navigate(srv.URL+"/search?q=alert"), chromedp.WaitVisible("#found"))
	hostileHref := eval(`(document.querySelector("ol.hits a.title") || {getAttribute: () => ""}).getAttribute("href")`)
	if hostileHref == "" {
		t.Fatal("the hostile page is not found by its text")
	}
	step("hostile document", chromedp.Navigate(srv.URL+hostileHref), chromedp.WaitVisible("iframe.raw"), chromedp.Sleep(500*time.Millisecond))
	if n := eval(`String(document.querySelectorAll("img, script").length)`); n != "0" {
		t.Errorf("the document page holds %s img or script elements", n)
	}
	if !strings.Contains(eval(`document.querySelector("h1").textContent`), "<script>alert(1)</script>") {
		t.Error("the hostile title is not shown as text")
	}
	shot("hostile")
	step("raw page", chromedp.Navigate(srv.URL+hostileHref+"/raw"), chromedp.Sleep(300*time.Millisecond))
	if title := eval(`document.title`); title == "ran" {
		t.Error("the raw page's script ran")
	}
}
