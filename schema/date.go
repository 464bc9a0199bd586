package schema

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// Date is an ISO 8601 date at the precision a report supports: "2023",
// "2023-05", "2023-05-28", or an interval "2021-10-12/2021-10-15" when only a
// span is known. The zero Date means the report gives no date.
type Date struct {
	Value string
	Pos   Pos
}

// Precisions of a Date.
const (
	PrecisionUnknown  = "unknown"
	PrecisionYear     = "year"
	PrecisionMonth    = "month"
	PrecisionDay      = "day"
	PrecisionInterval = "interval"
)

// IsZero reports whether no date was given.
func (d Date) IsZero() bool { return d.Value == "" }

// Precision is year, month, day, interval, or unknown for the zero Date.
func (d Date) Precision() string {
	if d.IsZero() {
		return PrecisionUnknown
	}
	if strings.Contains(d.Value, "/") {
		return PrecisionInterval
	}
	switch len(d.Value) {
	case 4:
		return PrecisionYear
	case 7:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Start is the first day the date can be, as YYYY-MM-DD ("2023-05" -> "2023-05-01").
func (d Date) Start() string {
	a, _, _ := strings.Cut(d.Value, "/")
	first, _, err := bounds(a)
	if err != nil {
		return ""
	}
	return first
}

// End is the last day the date can be, as YYYY-MM-DD ("2023-05" -> "2023-05-31").
func (d Date) End() string {
	v := d.Value
	if _, b, ok := strings.Cut(v, "/"); ok {
		v = b
	}
	_, last, err := bounds(v)
	if err != nil {
		return ""
	}
	return last
}

// Literal is the date as an RDF literal typed by its precision: xsd:gYear,
// xsd:gYearMonth or xsd:date. XSD has no type for an interval: it stays a
// plain string, and its bounds are written as xsd:date start and end dates.
func (d Date) Literal() quad.Value {
	switch d.Precision() {
	case PrecisionYear:
		return quad.TypedString{Value: quad.String(d.Value), Type: XSDGYear}
	case PrecisionMonth:
		return quad.TypedString{Value: quad.String(d.Value), Type: XSDGYearMonth}
	case PrecisionDay:
		return Day(d.Value)
	}
	return quad.String(d.Value)
}

// Lexical is a literal's text as written, whatever its datatype ("2021",
// "2021-10-15" typed as xsd:gYear or xsd:date, a plain or language-tagged
// string); ok is false for IRIs, blank nodes and other values.
func Lexical(v quad.Value) (text string, ok bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.TypedString:
		return string(v.Value), true
	case quad.LangString:
		return string(v.Value), true
	}
	return "", false
}

// Day is a YYYY-MM-DD day (Start, End) as an xsd:date literal.
func Day(day string) quad.Value { return quad.TypedString{Value: quad.String(day), Type: XSDDate} }

// Check returns what is wrong with the date, or nil. The message says what
// was expected so it can be shown to the person editing the file.
func (d Date) Check() error {
	if d.IsZero() {
		return nil
	}
	if m := localDate.FindStringSubmatch(d.Value); m != nil {
		return fmt.Errorf("date %q reads as day or month first; dates are ISO 8601, year first: %s-%s-%s or %s-%s-%s", d.Value,
			m[3], pad2(m[2]), pad2(m[1]), m[3], pad2(m[1]), pad2(m[2]))
	}
	a, b, interval := strings.Cut(d.Value, "/")
	if interval && (a == "" || b == "" || strings.Contains(b, "/")) {
		// Not two dates: say so of the whole value, not of a part.
		return fmt.Errorf("date %s is not YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of those", clip(d.Value))
	}
	if _, _, err := bounds(a); err != nil {
		return err
	}
	if !interval {
		return nil
	}
	if _, _, err := bounds(b); err != nil {
		return err
	}
	if (Date{Value: b}).End() < (Date{Value: a}).Start() {
		return fmt.Errorf("interval %q ends before it starts", d.Value)
	}
	return nil
}

// localDate is a date written day or month first, as "12/03/2024" or
// "3.12.2024": which of the two is meant cannot be known.
var localDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// bounds returns the first and last day of a single ISO 8601 date at year,
// month or day precision.
func bounds(s string) (first, last string, err error) {
	bad := func() error {
		return fmt.Errorf("date %s is not YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of those", clip(s))
	}
	switch len(s) {
	case 4:
		t, e := time.Parse("2006", s)
		if e != nil {
			return "", "", bad()
		}
		return t.Format("2006-01-02"), t.AddDate(1, 0, -1).Format("2006-01-02"), nil
	case 7:
		t, e := time.Parse("2006-01", s)
		if e != nil {
			return "", "", fmt.Errorf("date %q is not a valid month (expected YYYY-MM with MM 01-12)", s)
		}
		return t.Format("2006-01-02"), t.AddDate(0, 1, -1).Format("2006-01-02"), nil
	case 10:
		t, e := time.Parse("2006-01-02", s)
		if e != nil {
			return "", "", fmt.Errorf("date %q is not a day of the calendar (expected YYYY-MM-DD)", s)
		}
		return s, t.Format("2006-01-02"), nil
	}
	return "", "", bad()
}
