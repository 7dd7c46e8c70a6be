package facts

import (
	"testing"

	"github.com/ccorpus/ccorpus/extract"
)

func TestEventLabel(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		{"9月1日上午，某市2023年“质量月”活动启动仪式在市民广场举行。", "2023-09-01", "启动仪式"},
		{"6月16日，全县开展“安全宣传咨询日”活动，设置咨询台20个。", "2023-06-16", "宣传咨询日"},
		{"5月20日至21日，市局举办计量业务培训班。", "2023-05-20", "培训班"},
		// the label after the date wins over one before it
		{"继启动仪式之后，9月15日又召开质量工作推进会。", "2023-09-15", "推进会"},
		// only a label before the date: used
		{"质量提升座谈会定于9月20日。", "2023-09-20", "座谈会"},
		{"9月3日，市委书记到企业调研。", "2023-09-03", ""},
		{"", "2023-09-03", ""},
	} {
		got := eventLabel(c.sentence, c.date)
		if extract.Deref(got) != c.want {
			t.Errorf("eventLabel(%q, %s) = %q, want %q", c.sentence, c.date, extract.Deref(got), c.want)
		}
	}
}

func TestLabelEventsFollowsDates(t *testing.T) {
	ev := map[string]string{"event_dates[2023-09-01]": "9月1日，全市质量月启动仪式举行。"}
	got := labelEvents([]string{"2023-09-01", "2023-09-05"}, ev)
	if len(got) != 2 || got[0].Date != "2023-09-01" || extract.Deref(got[0].Label) != "启动仪式" || got[1].Label != nil {
		t.Fatalf("labelEvents = %+v", got)
	}
	if got := labelEvents(nil, ev); got == nil || len(got) != 0 {
		t.Errorf("no dates: %#v, want an empty list", got)
	}
}
