package facts

import (
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/place"
)

// PlaceResolver decides which region a text reports on.
type PlaceResolver interface {
	Resolve(place.Input) place.Result
}

// placeInput is the resolver's input for a text with no other metadata.
func placeInput(text string) place.Input { return place.Input{Text: text} }

// setPlace fills the place fields, level and evidence of f from r.
func setPlace(f *extract.Facts, r place.Result) {
	// The fields point into one array, allocated only when a field is set
	// (extract.Str allocates its argument even for "", which it returns as nil).
	vals := [...]string{r.Level, r.Province, r.ProvinceCode, r.City, r.CityCode, r.County, r.CountyCode}
	var ptrs [len(vals)]*string
	if vals != [len(vals)]string{} {
		held := vals
		for i := range held {
			if held[i] != "" {
				ptrs[i] = &held[i]
			}
		}
	}
	f.Level, f.Province, f.ProvinceCode = ptrs[0], ptrs[1], ptrs[2]
	f.City, f.CityCode, f.County, f.CountyCode = ptrs[3], ptrs[4], ptrs[5], ptrs[6]
	if r.Province != "" {
		f.Evidence["province"] = r.Evidence
	}
	if r.Level != "" {
		f.Evidence["level"] = r.Evidence
	}
}

// sharedPlace gives a digest page the region all its reports share, down to
// the most specific unit they all name (a city's round-up of its counties is
// the city's). Reports of several provinces share none: a national round-up,
// whose lead names no region below the nation (新华社北京…电 各地各部门…), is
// 全国; any other digest has no region.
func sharedPlace(page *extract.Facts, records []extract.Facts, ru *roundup) {
	get := func(field func(f extract.Facts) *string) *string { return common(records, field) }
	prov := get(func(f extract.Facts) *string { return f.Province })
	if prov == nil || *prov == place.NationalName {
		*page = clearPlace(*page)
		if ru != nil && regionKey(ru.lead) == "" && ru.cue != "" {
			page.Level, page.Province = extract.Str(place.National), extract.Str(place.NationalName)
			page.Evidence["province"], page.Evidence["level"] = ru.cue, ru.cue
		}
		return
	}
	ev := records[0].Evidence["province"]
	if ru != nil && ru.cue != "" {
		ev = ru.cue // 某市各区县围绕…开展: the lead says whose round-up it is
	}
	shared := clearPlace(*page)
	shared.Level, shared.Province = extract.Str(place.Province), prov
	shared.ProvinceCode = get(func(f extract.Facts) *string { return f.ProvinceCode })
	if city := get(func(f extract.Facts) *string { return f.City }); city != nil {
		shared.Level, shared.City = extract.Str(place.City), city
		shared.CityCode = get(func(f extract.Facts) *string { return f.CityCode })
	}
	if county := get(func(f extract.Facts) *string { return f.County }); county != nil {
		shared.Level, shared.County = extract.Str(place.County), county
		shared.CountyCode = get(func(f extract.Facts) *string { return f.CountyCode })
	}
	shared.Evidence["province"], shared.Evidence["level"] = ev, ev
	*page = shared
}

// clearPlace returns f without a region.
func clearPlace(f extract.Facts) extract.Facts {
	f.Level, f.Province, f.ProvinceCode = nil, nil, nil
	f.City, f.CityCode, f.County, f.CountyCode = nil, nil, nil, nil
	delete(f.Evidence, "province")
	delete(f.Evidence, "level")
	return f
}
