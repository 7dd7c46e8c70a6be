package store

import "testing"

func TestProvinceTally(t *testing.T) {
	d := func(n int64) *int64 { return &n }
	var tl ProvinceTally
	tl.Add("河北省", d(18))
	tl.Add("河北省", nil)
	tl.Add("河北省", d(3))
	tl.Add("山东省", d(5))
	got := tl.Stats()
	want := []ProvinceStat{{Province: "山东省", Records: 1, WithDepts: 1, MedianDepts: 5}, {Province: "河北省", Records: 3, WithDepts: 2, MedianDepts: 10.5}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Stats() = %+v, want %+v", got, want)
	}
	if Median(nil) != 0 || Median([]int64{3, 1, 2}) != 2 {
		t.Error("Median")
	}
}
