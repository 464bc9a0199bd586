package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bilat/bilat/schema"
	"github.com/bilat/bilat/schema/synth"
)

// benchReport is a report of our own in the usual shape of the news.
var benchReport = Report{Source: "bench", Title: "Kazakh envoy meets Punjab minister", URL: "https://example.org/b", Publisher: "Wire", Published: "2022-03-04",
	Text: `LAHORE, March 3: Yerzhan Kistafin, the Ambassador of Kazakhstan to Pakistan, called on Punjab Minister for Industries Bilal Yasin on Thursday at his office.

The two sides discussed textile exports, rail freight and direct flights between Lahore and Almaty. Mr Kistafin said Kazakhstan had hosted a trade fair last month.

Dr Saima Arif, Director of the Punjab Board of Investment, also attended the meeting. They agreed to set up a joint working group on trade.`}

// BenchmarkExtract times one report's extraction after start-up (the
// gazetteer built), with the curated records as gazetteer and with a
// synthetic corpus of about 1M quads added to them.
func BenchmarkExtract(b *testing.B) {
	data, err := schema.ReadFiles("../../data")
	if err != nil {
		b.Fatal(err)
	}
	for _, events := range []int{0, 27027} {
		files := data
		if events > 0 {
			files = append([]*schema.File{}, data...)
			if _, err := synth.Generate(synth.Config{Seed: 1, Events: events}, func(f synth.File) error {
				files = append(files, f.Record)
				return nil
			}); err != nil {
				b.Fatal(err)
			}
		}
		name := "data"
		if events > 0 {
			name = fmt.Sprintf("data+synth-%d-events", events)
		}
		b.Run("gazetteer/"+name, func(b *testing.B) {
			for b.Loop() {
				NewGazetteer(files)
			}
		})
		g := NewGazetteer(files)
		b.Run("extract/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Extract(benchReport, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractHostile times shapes an attacker (or a bad paste) gives:
// one run of thousands of capitalized words and "of" that every name
// search walks along, and thousands of short contact sentences. Both
// should cost time in proportion to their length.
func BenchmarkExtractHostile(b *testing.B) {
	data, err := schema.ReadFiles("../../data")
	if err != nil {
		b.Fatal(err)
	}
	g := NewGazetteer(data)
	for name, text := range map[string]string{
		"title-run-38KB":       strings.Repeat("Minister of ", 1250) + strings.Repeat("Pakistan met the Ambassador of ", 750) + "Kazakhstan.",
		"3000-sentences-168KB": strings.Repeat("Minister of Pakistan met the Ambassador of Kazakhstan. ", 3000),
	} {
		rep := benchReport
		rep.Text = text
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Extract(rep, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
