package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bilat/bilat/schema"
)

// FuzzExtract: no text makes Extract panic, and every draft it makes is
// records that validate with the gazetteer's, as `bilat extract` promises
// a curator (the seeds are sentences of the shapes the rules read).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"KARACHI, Oct 14 (APP): Yerzhan Kistafin called on Governor of Sindh Imran Ismail at his office.",
		"ASTANA: Head of State Annamyrat Gurbanovich Saparov received Rauf Alakbar oglu Huseynzade on Monday. The meeting, held yesterday, was also attended by Ambassador X.",
		"LAHORE: A delegation from Uzbekistan led by A B visited the Chamber on Tuesday. The delegation comprises C D. It was accompanied by E F at both of its meetings. A day earlier, the envoy met G H.",
		"MULTAN: X Y was the chief guest at the annual ceremony, held on Friday, while A B and C D received the guests. Welcoming the guests, chamber president E F said.",
		"Посол Казахстана встретился с губернатором в понедельник.",
		"the ambassador's predecessor, ,, 's 's oglu oglu Head of State",
	} {
		f.Add(s)
	}
	g := testGazetteer(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" || len(text) > 4000 {
			return
		}
		dr, err := Extract(Report{Source: "fuzz", Title: "Headline", Text: text, URL: "https://example.org/fuzz", Publisher: "Wire", Published: "2024-05-14"}, g)
		if err != nil {
			return
		}
		files := []*schema.File{dr.Source}
		if dr.Entities != nil {
			files = append(files, dr.Entities)
		}
		if err := schema.Validate(files); err != nil && !strings.Contains(err.Error(), "no such") {
			t.Errorf("draft of %q does not validate: %v", text, err)
		}
		_ = dr.YAML()
	})
}
