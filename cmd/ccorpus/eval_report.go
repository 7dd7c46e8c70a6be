package main

import (
	"fmt"
	"strings"
)

// evalReport is the outcome of scoring predictions against gold rows, with
// the fields of score_facts.py's --json output in the same order.
type evalReport struct {
	Pages, Missing int
	OnTopic        *float64
	Scalars        map[string][3]*float64 // accuracy, p, r
	Sets           map[string][3]float64  // p, r, f1
	Spam, Kept     *float64
	Checks         *float64
	Records        *evalRecords
	Errors         []string
}

type evalRecords struct {
	Gold, Paired             int
	Dept, Activity, EventDts float64
}

type scalarTally struct{ right, n, predNN, goldNN, rightNN int }
type setTally struct{ tp, tpP, pred, gold int }

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	r := round4(float64(a) / float64(b))
	return &r
}

// scoreFacts scores predictions (keyed by the base name of their source)
// against gold rows exactly as score_facts.py does.
func scoreFacts(gold []map[string]any, preds map[string]map[string]any) evalReport {
	rep := evalReport{Pages: len(gold), Scalars: map[string][3]*float64{}, Sets: map[string][3]float64{}}
	errf := func(format string, a ...any) { rep.Errors = append(rep.Errors, fmt.Sprintf(format, a...)) }
	topicRight := 0
	sc := map[string]*scalarTally{}
	for _, f := range evalScalars {
		sc[f] = &scalarTally{}
	}
	st := map[string]*setTally{}
	for _, f := range evalSets {
		st[f] = &setTally{}
	}
	var spamTotal, spamGone, keptTotal, keptFound, checksTotal, checksPassed int
	var rec evalRecords
	var recDept, recAct, recDates int
	for _, g := range gold {
		key := pyStr(g["file"])
		p, ok := preds[key]
		if !ok {
			rep.Missing++
			p = map[string]any{}
		}
		pt, gt := pyTruthy(p["on_topic"]), pyTruthy(g["on_topic"])
		if pt == gt {
			topicRight++
		} else {
			errf("%s: on_topic gold=%s got=%s", key, pyStr(boolOrNone(g["on_topic"])), pyStr(pt))
		}
		ptext, _ := p["text"].(string)
		text := squash(ptext)
		raw := normNFKC(ptext)
		for _, w := range strList(g["with"]) {
			checksTotal++
			if strings.Contains(text, squash(w)) {
				checksPassed++
			} else {
				errf("%s: text lost: %s", key, prefixCodePoints(w, 40))
			}
		}
		for _, w := range strList(g["without"]) {
			checksTotal++
			if !strings.Contains(text, squash(w)) {
				checksPassed++
			} else {
				errf("%s: text kept what it should drop: %s", key, prefixCodePoints(w, 40))
			}
		}
		for _, w := range strList(g["without_raw"]) {
			checksTotal++
			if !strings.Contains(raw, normNFKC(w)) {
				checksPassed++
			} else {
				errf("%s: text still has: %s", key, prefixCodePoints(w, 40))
			}
		}
		for _, s := range strList(g["spam"]) {
			spamTotal++
			if q := squash(s); q != "" && !strings.Contains(text, q) {
				spamGone++
			} else {
				errf("%s: spam kept: %s", key, prefixCodePoints(s, 40))
			}
		}
		if !gt {
			continue
		}
		for _, a := range strList(g["activities"]) {
			keptTotal++
			if strings.Contains(text, squash(a)) {
				keptFound++
			}
		}
		for _, f := range evalScalars {
			gvv, pvv := normField(f, g[f]), normField(f, p[f])
			s := sc[f]
			s.n++
			eq := pyEqual(gvv, pvv)
			if eq {
				s.right++
			}
			if pvv != nil {
				s.predNN++
			}
			if gvv != nil {
				s.goldNN++
				if eq {
					s.rightNN++
				}
			}
			if !eq {
				errf("%s: %s gold=%s got=%s", key, f, pyRepr(g[f]), pyRepr(p[f]))
			}
		}
		for _, f := range evalSets {
			gs, ps := normSet(f, g[f]), normSet(f, p[f])
			ok := normSet(f, g[f+"_also"])
			for k := range gs {
				ok[k] = true
			}
			t := st[f]
			for k := range ps {
				if gs[k] {
					t.tp++
				}
				if ok[k] {
					t.tpP++
				}
			}
			t.pred += len(ps)
			t.gold += len(gs)
			missed, extra := setMinus(gs, ps), setMinus(ps, ok)
			if len(missed) > 0 || len(extra) > 0 {
				errf("%s: %s missed=%s extra=%s", key, f, pyList(missed), pyList(extra))
			}
		}
		grs, _ := g["records"].([]any)
		for _, x := range grs {
			gr, _ := x.(map[string]any)
			rec.Gold++
			pr := pairRecord(gr, p["records"])
			if pr == nil {
				errf("%s: record for %s missing", key, pyStr(gr["province"]))
				continue
			}
			rec.Paired++
			for _, f := range []string{"department_count", "activity_count"} {
				if pyEqual(normField(f, gr[f]), normField(f, pr[f])) {
					if f == "department_count" {
						recDept++
					} else {
						recAct++
					}
				} else {
					errf("%s: record %s %s gold=%s got=%s", key, pyStr(gr["province"]), f, pyStr(gr[f]), pyStr(pr[f]))
				}
			}
			if sameSet(normSet("event_dates", gr["event_dates"]), normSet("event_dates", pr["event_dates"])) {
				recDates++
			}
		}
	}
	rep.OnTopic = ratio(topicRight, len(gold))
	for _, f := range evalScalars {
		s := sc[f]
		rep.Scalars[f] = [3]*float64{ratio(s.right, s.n), ratio(s.rightNN, s.predNN), ratio(s.rightNN, s.goldNN)}
	}
	for _, f := range evalSets {
		t := st[f]
		var p, r, f1 float64
		if t.pred > 0 {
			p = float64(t.tpP) / float64(t.pred)
		}
		if t.gold > 0 {
			r = float64(t.tp) / float64(t.gold)
		}
		if p+r > 0 {
			f1 = round4(2 * p * r / (p + r))
		}
		rep.Sets[f] = [3]float64{round4(p), round4(r), f1}
	}
	rep.Spam, rep.Kept, rep.Checks = ratio(spamGone, spamTotal), ratio(keptFound, keptTotal), ratio(checksPassed, checksTotal)
	if rec.Gold > 0 {
		n := float64(rec.Gold)
		rec.Dept, rec.Activity, rec.EventDts = round4(float64(recDept)/n), round4(float64(recAct)/n), round4(float64(recDates)/n)
		rep.Records = &rec
	}
	return rep
}

// pairRecord finds the predicted record of the gold record's province.
func pairRecord(gr map[string]any, records any) map[string]any {
	list, _ := records.([]any)
	for _, x := range list {
		r, _ := x.(map[string]any)
		if r != nil && pyEqual(normValue(r["province"]), normValue(gr["province"])) {
			return r
		}
	}
	return nil
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
