package facts

import "strings"

// Chinese numerals: digits and the units 十 百 千 万. 两 and 〇/零 are digits too.
var cnDigits = map[rune]int{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
	'壹': 1, '贰': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9,
}

var cnUnits = map[rune]int{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

// ParseNumber reads a whole string as a non-negative integer written in Arabic
// digits (full- or half-width) or Chinese numerals: 18, 十四, 二十三, 两, 一百零五,
// 三千零二十, 一万二千. It also reads digit-by-digit forms such as 二〇二二.
// ok is false for anything else, including the empty string and values that
// do not fit in an int32.
func ParseNumber(s string) (n int, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if n, ok := parseArabic(s); ok {
		return n, true
	}
	return parseChinese(s)
}

func parseArabic(s string) (int, bool) {
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return 0, false
		}
		if n > 1<<31-1 {
			return 0, false
		}
	}
	return n, true
}

// parseChinese reads Chinese numerals with units, or a plain run of digits
// (二〇二二 = 2022).
func parseChinese(s string) (int, bool) {
	rs := []rune(s)
	hasUnit := false
	for _, r := range rs {
		if _, ok := cnUnits[r]; ok || r == '万' {
			hasUnit = true
		} else if _, ok := cnDigits[r]; !ok {
			return 0, false
		}
	}
	if !hasUnit {
		if len(rs) > 9 {
			return 0, false
		}
		n := 0
		for _, r := range rs {
			n = n*10 + cnDigits[r]
		}
		return n, true
	}
	total, section, digit := 0, 0, -1
	lastUnit := 100000 // the unit seen last in this section; units must decrease
	for i, r := range rs {
		if d, ok := cnDigits[r]; ok {
			if digit >= 0 && d != 0 && cnDigits[rs[i-1]] != 0 {
				return 0, false // two digits in a row, as in 二三十
			}
			digit = d
			continue
		}
		if r == '万' {
			if digit > 0 {
				section += digit
			}
			if section == 0 || total != 0 {
				return 0, false
			}
			total = section * 10000
			section, digit, lastUnit = 0, -1, 100000
			continue
		}
		u := cnUnits[r]
		if u >= lastUnit {
			return 0, false
		}
		lastUnit = u
		switch {
		case digit > 0:
			section += digit * u
		case digit == 0:
			return 0, false
		case u == 10 && section == 0 && i == 0 || u == 10 && section == 0 && rs[i-1] == '万':
			section += 10 // 十四 = 14: a leading 十 means 一十
		default:
			return 0, false
		}
		digit = -1
	}
	if digit > 0 {
		if u, ok := cnUnits[rs[len(rs)-2]]; ok && u >= 100 {
			return 0, false // 二百五 (an abbreviation of 250) is not read
		}
		section += digit
	}
	return total + section, true
}
