package dates

import (
	"strings"
	"time"
)

// resolve anchors r into d. ref is the publication date (or, for partial
// dates without one, the middle of the text's year context); ok says
// whether there is any anchor.
func (r *raw) resolve(d *Date, ref time.Time, ok bool) {
	switch r.kind {
	case YearOnly:
		y2 := r.y2
		if y2 == 0 {
			y2 = r.y1
		}
		setSpan(d, day(r.y1, 1, 1), day(y2, 1, 1), Year)
	case Absolute:
		if r.d1 == 0 {
			setSpan(d, day(r.y1, r.m1, 1), day(r.y1, r.m1, 1), Month)
			return
		}
		r.daySpan(d, r.y1)
	case Partial:
		if !ok {
			d.Precision = Day
			if r.d1 == 0 {
				d.Precision = Month
			}
			return
		}
		y := ref.Year()
		switch {
		case r.contextOnly:
		case r.hasYearShift:
			y += r.yearShift
		case r.shift < 0 && r.d1 == 0:
			if r.m1 >= ref.Month() {
				y-- // "last June" said in March or in June: the year before
			}
		case r.shift == 2 && r.d1 == 0:
			if r.m1 < ref.Month() {
				y++ // "will hold a drill in April" said in October: next April
			}
		case r.shift > 0 && r.d1 == 0:
			if r.m1 <= ref.Month() {
				y++ // "next February" said in November
			}
		default:
			y = closestYear(ref, r.m1, max(r.d1, 1))
		}
		if r.d1 == 0 {
			setSpan(d, day(y, r.m1, 1), day(y, r.m1, 1), Month)
			return
		}
		if !valid(y, r.m1, r.d1) {
			return
		}
		r.daySpan(d, y)
	case Weekday:
		if !ok || r.needsYear {
			d.Precision = Day
			return
		}
		r.weekdaySpan(d, ref)
	case Relative:
		if !ok {
			return
		}
		r.relative(d, ref)
	}
}

// weekdaySpan anchors a weekday (or a span of weekdays) on ref: the most
// recent such day up to and including publication; "last" skips back one
// more week when that is publication day itself, "next" takes the first
// such day after publication, a weekday in a future clause the first such
// day from publication on. The last day of a span is the next such
// weekday from its first.
func (r *raw) weekdaySpan(d *Date, ref time.Time) {
	back := (int(ref.Weekday()) - int(r.weekday) + 7) % 7
	t := ref.AddDate(0, 0, -back)
	switch r.shift {
	case -1:
		if back == 0 {
			t = t.AddDate(0, 0, -7)
		}
	case 1:
		t = t.AddDate(0, 0, 7)
	case 2:
		// "will meet on Sunday": the first such day from publication on
		if back > 0 {
			t = t.AddDate(0, 0, 7)
		}
	}
	to := t
	if r.d2 != 0 {
		to = t.AddDate(0, 0, (int(r.weekday2)-int(r.weekday)+7)%7)
	}
	setSpan(d, t, to, Day)
}

// daySpan sets a day (or day range) in year y.
func (r *raw) daySpan(d *Date, y int) {
	from := day(y, r.m1, r.d1)
	to := from
	if r.d2 != 0 {
		y2 := y
		if r.m2 < r.m1 {
			y2++ // "December 30 to January 2"
		}
		if valid(y2, r.m2, r.d2) {
			to = day(y2, r.m2, r.d2)
		}
		if to.Before(from) {
			to = from
		}
	}
	setSpan(d, from, to, Day)
}

// closestYear returns the year of month m, day dd as seen from ref: the
// publication year, unless that lands far in the future of publication (a
// January article naming "December 26": last year's) or far in its past (a
// late-December article naming "January 5": next year's). News mostly
// reports what happened, so the past reaches further than the future.
func closestYear(ref time.Time, m time.Month, dd int) int {
	const (
		farFuture = 120 * 24 * time.Hour
		farPast   = 300 * 24 * time.Hour
	)
	y := ref.Year()
	diff := day(y, m, dd).Sub(ref)
	switch {
	case diff > farFuture:
		return y - 1
	case diff < -farPast:
		return y + 1
	}
	return y
}

// relative anchors "yesterday", "last week", "earlier this month" and the
// like on ref. Weeks run Monday to Sunday.
func (r *raw) relative(d *Date, ref time.Time) {
	monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
	month := day(ref.Year(), ref.Month(), 1)
	year := day(ref.Year(), 1, 1)
	switch r.rel {
	case "yesterday":
		t := ref.AddDate(0, 0, -1)
		setSpan(d, t, t, Day)
	case "today":
		setSpan(d, ref, ref, Day)
	case "tomorrow":
		t := ref.AddDate(0, 0, 1)
		setSpan(d, t, t, Day)
	case "last week":
		setSpan(d, monday.AddDate(0, 0, -7), monday.AddDate(0, 0, -1), Day)
	case "this week":
		setSpan(d, monday, monday.AddDate(0, 0, 6), Day)
	case "next week":
		setSpan(d, monday.AddDate(0, 0, 7), monday.AddDate(0, 0, 13), Day)
	case "earlier this week":
		if ref.Equal(monday) {
			setSpan(d, monday, monday, Day)
		} else {
			setSpan(d, monday, ref.AddDate(0, 0, -1), Day)
		}
	case "later this week":
		setSpan(d, ref, monday.AddDate(0, 0, 6), Day)
	case "last month":
		t := month.AddDate(0, -1, 0)
		setSpan(d, t, t, Month)
	case "this month", "earlier this month", "later this month":
		setSpan(d, month, month, Month)
	case "next month":
		t := month.AddDate(0, 1, 0)
		setSpan(d, t, t, Month)
	case "last year":
		t := year.AddDate(-1, 0, 0)
		setSpan(d, t, t, Year)
	case "this year", "earlier this year", "later this year":
		setSpan(d, year, year, Year)
	case "next year":
		t := year.AddDate(1, 0, 0)
		setSpan(d, t, t, Year)
	default:
		seasonYear(d, r.rel, ref)
	}
}

// seasonYear anchors "last summer", "this autumn", "next spring" on ref:
// the year of the latest such season ended before ref, of ref, or of the
// first such season begun after ref.
func seasonYear(d *Date, rel string, ref time.Time) {
	w, season, _ := strings.Cut(rel, " ")
	end, ok := seasonEnds[season]
	if !ok {
		return
	}
	y := ref.Year()
	switch w {
	case "last":
		if ref.Month() <= end {
			y-- // "last summer" said in July: the summer before
		}
	case "next":
		if ref.Month() >= end-2 {
			y++ // "next spring" said in June: the spring after
		}
	}
	t := day(y, 1, 1)
	setSpan(d, t, t, Year)
}
