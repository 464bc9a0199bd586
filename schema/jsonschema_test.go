package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"gopkg.in/yaml.v3"
)

const schemaFile = "bilat.schema.json"

// schemaDoc is the part of bilat.schema.json the key check reads.
type schemaDoc struct {
	Properties map[string]json.RawMessage `json:"properties"`
	Defs       map[string]struct {
		AdditionalProperties *bool `json:"additionalProperties"`
		Properties           map[string]struct {
			Enum []string `json:"enum"`
		} `json:"properties"`
		Required []string `json:"required"`
	} `json:"$defs"`
}

// TestJSONSchemaKeys checks that the schema describes exactly the keys of
// the record types and the values of the closed lists.
func TestJSONSchemaKeys(t *testing.T) {
	data, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc schemaDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(typ reflect.Type) []string {
		var ks []string
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ",")
			if name != "" && name != "-" {
				ks = append(ks, name)
			}
		}
		slices.Sort(ks)
		return ks
	}
	sortedKeys := func(m map[string]json.RawMessage) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	if got, want := sortedKeys(doc.Properties), keys(reflect.TypeFor[File]()); !slices.Equal(got, want) {
		t.Errorf("top-level keys %q, want %q", got, want)
	}
	for name, typ := range map[string]reflect.Type{
		"source": reflect.TypeFor[Source](), "country": reflect.TypeFor[Country](), "place": reflect.TypeFor[Place](),
		"person": reflect.TypeFor[Person](), "organization": reflect.TypeFor[Organization](), "post": reflect.TypeFor[Post](),
		"group": reflect.TypeFor[Group](), "figure": reflect.TypeFor[Figure](), "mention": reflect.TypeFor[Mention](),
		"tenure": reflect.TypeFor[Tenure](), "visit": reflect.TypeFor[Visit](), "event": reflect.TypeFor[Event](),
		"participant": reflect.TypeFor[Participant](), "document": reflect.TypeFor[Document](), "relation": reflect.TypeFor[Relation](),
	} {
		d, ok := doc.Defs[name]
		if !ok {
			t.Errorf("no $defs/%s", name)
			continue
		}
		var got []string
		for k := range d.Properties {
			got = append(got, k)
		}
		slices.Sort(got)
		if want := keys(typ); !slices.Equal(got, want) {
			t.Errorf("$defs/%s keys %q, want %q", name, got, want)
		}
		if d.AdditionalProperties == nil || *d.AdditionalProperties {
			t.Errorf("$defs/%s allows unknown keys", name)
		}
		for _, r := range d.Required {
			if !slices.Contains(got, r) {
				t.Errorf("$defs/%s requires unknown key %q", name, r)
			}
		}
	}
	for _, c := range []struct {
		def, key string
		list     []string
	}{
		{"place", "kind", PlaceKinds}, {"organization", "kind", OrganizationKinds}, {"group", "kind", GroupKinds},
		{"event", "kind", eventKinds()}, {"participant", "role", Roles}, {"document", "kind", DocumentKinds},
		{"document", "status", DocumentStatuses}, {"relation", "kind", RelationKinds}, {"relation", "status", RelationStatuses},
	} {
		if got := doc.Defs[c.def].Properties[c.key].Enum; !slices.Equal(got, c.list) {
			t.Errorf("$defs/%s/%s enum %q, want %q", c.def, c.key, got, c.list)
		}
	}
	var status struct {
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(mustJSON(t, data, "$defs", "status"), &status); err != nil || !slices.Equal(status.Enum, Statuses) {
		t.Errorf("$defs/status enum %q, want %q (%v)", status.Enum, Statuses, err)
	}
	if err := json.Unmarshal(mustJSON(t, data, "$defs", "dateBasis"), &status); err != nil || !slices.Equal(status.Enum, DateBases) {
		t.Errorf("$defs/dateBasis enum %q, want %q (%v)", status.Enum, DateBases, err)
	}
}

func mustJSON(t *testing.T, data []byte, path ...string) []byte {
	t.Helper()
	for _, p := range path {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		data = m[p]
	}
	return data
}

// TestJSONSchemaFiles validates record files against the schema with a
// JSON Schema 2020-12 validator, as an editor would: every good file
// passes, and bad cases the schema can see are refused.
func TestJSONSchemaFiles(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	sch, err := c.Compile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var good []string
	for _, pattern := range []string{"../data/entities/*.yaml", "../data/sources/*.yaml", "testdata/base/*.yaml", "testdata/good/*.yaml"} {
		m, _ := filepath.Glob(pattern)
		good = append(good, m...)
	}
	if len(good) < 10 {
		t.Fatalf("only %d good files", len(good))
	}
	for _, name := range good {
		if err := sch.Validate(yamlToJSON(t, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, name := range []string{
		"unknown-key", "unknown-section", "wrong-event-kind", "wrong-role", "bad-slug", "entity-in-source",
		"fact-in-entity", "list-for-scalar", "scalar-for-list", "missing-source-field", "not-a-number",
		"relation-one-party", "source-without-facts", "top-level-list", "missing-fields", "reserved-source-id",
	} {
		if err := sch.Validate(yamlToJSON(t, "testdata/bad/"+name+".yaml")); err == nil {
			t.Errorf("%s: schema accepts it", name)
		}
	}
}

// yamlToJSON reads a YAML file into the values encoding/json would give for
// the same document, typing scalars as YAML 1.2 does (as editors do).
func yamlToJSON(t *testing.T, name string) any {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			l := []any{}
			for _, c := range n.Content {
				l = append(l, conv(c))
			}
			return l
		case yaml.AliasNode:
			return conv(n.Alias)
		}
		switch n.ShortTag() {
		case "!!null":
			return nil
		case "!!bool":
			return n.Value == "true"
		case "!!int":
			if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
				return json.Number(strconv.FormatInt(i, 10))
			}
		case "!!float":
			if _, err := strconv.ParseFloat(n.Value, 64); err == nil {
				return json.Number(n.Value)
			}
		}
		return n.Value
	}
	return conv(&doc)
}
