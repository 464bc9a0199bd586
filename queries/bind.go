package queries

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bilat/bilat/schema"
)

// UnknownQueryError is returned for a query name that is not in the catalog.
type UnknownQueryError struct {
	Name  string
	Valid []string
}

func (e *UnknownQueryError) Error() string {
	return fmt.Sprintf("unknown query %q (want one of %s)", e.Name, strings.Join(e.Valid, ", "))
}

// ParamError is a parameter the query cannot take: unknown, missing while
// required, or of the wrong type. Its message lists what is valid.
type ParamError struct {
	Query string
	Param string
	Msg   string
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("query %q: parameter %q: %s", e.Query, e.Param, e.Msg)
}

// Bind checks params against the query's declared parameters and returns
// the values to hand to the query: typed (string, int, bool; dates as
// strings) and with the declared defaults filled in. For a query without a
// header every value is passed on as a string.
func Bind(q Query, params map[string]string) (map[string]any, error) {
	out := make(map[string]any, len(q.Params)+len(params))
	if !q.Declared {
		for k, v := range params {
			out[k] = v
		}
		return out, nil
	}
	names := make([]string, 0, len(params))
	for k := range params {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		p, ok := q.Param(k)
		if !ok {
			return nil, &ParamError{Query: q.Name, Param: k, Msg: "unknown parameter (" + q.validParams() + ")"}
		}
		v, err := convert(p, params[k])
		if err != nil {
			return nil, &ParamError{Query: q.Name, Param: k, Msg: err.Error()}
		}
		out[k] = v
	}
	for _, p := range q.Params {
		if _, ok := out[p.Name]; ok {
			continue
		}
		if p.Required {
			return nil, &ParamError{Query: q.Name, Param: p.Name, Msg: "required, not given (" + q.validParams() + ")"}
		}
		if p.Default != "" {
			v, err := convert(p, p.Default)
			if err != nil {
				return nil, &ParamError{Query: q.Name, Param: p.Name, Msg: "default: " + err.Error()}
			}
			out[p.Name] = v
		}
	}
	if err := checkRange(q, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Range says which values an int parameter takes ("1 or more", "1 to
// 9999"), for messages and listings.
func (p Param) Range() string {
	switch {
	case p.Min != nil && p.Max != nil:
		return fmt.Sprintf("%d to %d", *p.Min, *p.Max)
	case p.Min != nil:
		return fmt.Sprintf("%d or more", *p.Min)
	case p.Max != nil:
		return fmt.Sprintf("%d or less", *p.Max)
	}
	return "an integer"
}

// checkRange refuses a date range that ends before it starts: a query's
// date parameters "from" and "to", both given, with to's last day before
// from's first.
func checkRange(q Query, out map[string]any) error {
	from, fok := out["from"].(string)
	to, tok := out["to"].(string)
	pf, _ := q.Param("from")
	pt, _ := q.Param("to")
	if !fok || !tok || pf.Type != TypeDate || pt.Type != TypeDate {
		return nil
	}
	if end, start := (schema.Date{Value: to}).End(), (schema.Date{Value: from}).Start(); end < start {
		return &ParamError{Query: q.Name, Param: "to", Msg: fmt.Sprintf("%q ends before from %q starts (want from <= to)", to, from)}
	}
	return nil
}

// validParams lists the query's parameters as "name (type)", for messages.
func (q Query) validParams() string {
	if len(q.Params) == 0 {
		return "the query takes no parameters"
	}
	var b strings.Builder
	b.WriteString("valid: ")
	for i, p := range q.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%s", p.Name, p.Type)
		if p.Required {
			b.WriteString(", required")
		}
		b.WriteString(")")
	}
	return b.String()
}

// convert turns a parameter's text into the value of its type.
func convert(p Param, s string) (any, error) {
	switch p.Type {
	case TypeString:
		if p.Required && strings.TrimSpace(s) == "" {
			return nil, fmt.Errorf("empty (want a name, alias or id)")
		}
		return s, nil
	case TypeDate:
		if s == "" {
			return nil, fmt.Errorf("empty date (want YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B)")
		}
		if err := (schema.Date{Value: s}).Check(); err != nil {
			return nil, err
		}
		return s, nil
	case TypeInt:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an integer", s)
		}
		if p.Min != nil && n < *p.Min || p.Max != nil && n > *p.Max {
			return nil, fmt.Errorf("%d is out of range (want %s)", n, p.Range())
		}
		return n, nil
	case TypeBool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a boolean (want true or false)", s)
		}
		return b, nil
	}
	return nil, fmt.Errorf("type %q is not one of %s", p.Type, strings.Join(Types(), ", "))
}

// Program is the source Run executes: the bound parameters as one JSON
// statement, then the file. The statement shares the file's first line so
// that line numbers in Gizmo's errors match the file.
func Program(src string, bound map[string]any) (string, error) {
	data, err := json.Marshal(bound)
	if err != nil {
		return "", err
	}
	// json.Marshal escapes <, >, & and U+2028/U+2029, so the literal cannot
	// end a script block or a line: it is a single JavaScript expression.
	return "var params = " + string(data) + "; " + src, nil
}
