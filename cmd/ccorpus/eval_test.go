package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sharedDir finds the shared corpus beside the repository, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	for _, d := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		if _, err := os.Stat(filepath.Join(d, "tools", "score_facts.py")); err == nil {
			return d
		}
	}
	t.Skip("shared corpus and scorer not found beside the repository or at /work/shared")
	return ""
}

// edgePredictions exercise the scorer's normalization: punctuation and
// full-width forms, activity suffixes, numbers as strings, nulls, a missing
// page and records paired by province.
const edgePredictions = `{"source": "x/000_51882872f45c084f.txt", "on_topic": true, "campaign": "“质量月”", "year": "2022", "province": "江西省", "city": "上饶市", "department_count": 8.0, "activities": ["六进活动", "质量对比提升行动", "ＡＢＣ"], "event_dates": ["2022-09-01T00:00:00"], "theme": "抓质量水平提升，促发展方式转变", "text": "金秋九月，为营造政府重视质量,企业追求质量"}
{"source": "002_d69befb6cfa7f611.txt", "on_topic": 1, "campaign": "质量月", "year": 2021.0, "published": "2021-09-08T13:42:42+08:00", "activity_count": "5项", "activities": ["铁拳行动", "活动"], "text": null}
{"source": "004_2bb829a5f8e33f8c.txt", "on_topic": true, "records": [{"province": "河北省", "department_count": 18, "event_dates": []}, {"province": "广西壮族自治区", "department_count": "32", "activity_count": 45, "event_dates": ["2022-09-05"]}, {"province": null}]}
`

func TestEvalMatchesPythonScorer(t *testing.T) {
	shared := sharedDir(t)
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	dir := t.TempDir()
	rows, _, err := testApp(io.Discard, io.Discard).extractRows(context.Background(), []string{filepath.Join("..", "..", "testdata", "seeds")})
	if err != nil {
		t.Fatal(err)
	}
	var extracted bytes.Buffer
	for _, r := range rows {
		b, _ := json.Marshal(r)
		extracted.Write(append(b, '\n'))
	}
	cases := map[string]string{"pipeline": extracted.String(), "edge": edgePredictions}
	for name, preds := range cases {
		t.Run(name, func(t *testing.T) {
			pred := filepath.Join(dir, name+".jsonl")
			if err := os.WriteFile(pred, []byte(preds), 0o644); err != nil {
				t.Fatal(err)
			}
			gold := filepath.Join(shared, "corpus", "seeds", "gold.jsonl")
			for _, flags := range [][]string{{"--json", "--errors"}, {"--errors"}} {
				want, err := exec.Command("python3", append([]string{filepath.Join(shared, "tools", "score_facts.py"), gold, pred}, flags...)...).Output()
				if err != nil {
					t.Fatalf("score_facts.py: %v", err)
				}
				var got, stderr bytes.Buffer
				args := append([]string{"eval", "--gold", gold, "--pred", pred}, flags...)
				if err := runCLI(context.Background(), args, &got, &stderr); err != nil {
					t.Fatalf("eval: %v\n%s", err, stderr.String())
				}
				if got.String() != string(want) {
					t.Errorf("eval %v differs from score_facts.py:\n got %s\nwant %s", flags, got.String(), want)
				}
			}
		})
	}
}

func TestEvalUsage(t *testing.T) {
	for _, args := range [][]string{{"eval"}, {"eval", "--gold", "g.jsonl"}, {"eval", "--gold", "g.jsonl", "--pred", "p.jsonl", "page.txt"}} {
		var out, errb bytes.Buffer
		if err := runCLI(context.Background(), args, &out, &errb); err != errUsage {
			t.Errorf("%v: got %v, want usage error", args, err)
		}
	}
}
