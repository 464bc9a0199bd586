graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "https://bilat.dev/id/country/KZ"
    name "n0"
    kind "iri"
  ]
  node [
    id 1
    label "KZ"
    name "n1"
    kind "literal"
  ]
  node [
    id 2
    label "Kazakhstan"
    name "n2"
    kind "literal"
  ]
  node [
    id 3
    label "http://schema.org/Country"
    name "n3"
    kind "iri"
  ]
  node [
    id 4
    label "https://bilat.dev/id/country/PK"
    name "n4"
    kind "iri"
  ]
  node [
    id 5
    label "PK"
    name "n5"
    kind "literal"
  ]
  node [
    id 6
    label "Pakistan"
    name "n6"
    kind "literal"
  ]
  node [
    id 7
    label "https://bilat.dev/id/event/meeting"
    name "n7"
    kind "iri"
  ]
  node [
    id 8
    label "trade"
    name "n8"
    kind "literal"
  ]
  node [
    id 9
    label "2021-10-15"
    name "n9"
    kind "literal"
    datatype "http://www.w3.org/2001/XMLSchema#date"
  ]
  node [
    id 10
    label "https://bilat.dev/id/place/karachi"
    name "n10"
    kind "iri"
  ]
  node [
    id 11
    label "A meeting"
    name "n11"
    kind "literal"
  ]
  node [
    id 12
    label "http://schema.org/Event"
    name "n12"
    kind "iri"
  ]
  node [
    id 13
    label "040"
    name "n13"
    kind "literal"
  ]
  node [
    id 14
    label "day"
    name "n14"
    kind "literal"
  ]
  node [
    id 15
    label "https://bilat.dev/id/person/amb"
    name "n15"
    kind "iri"
  ]
  node [
    id 16
    label "https://bilat.dev/id/person/gov"
    name "n16"
    kind "iri"
  ]
  node [
    id 17
    label "meeting"
    name "n17"
    kind "literal"
  ]
  node [
    id 18
    label "3"
    name "n18"
    kind "literal"
    datatype "http://www.w3.org/2001/XMLSchema#integer"
  ]
  node [
    id 19
    label "held"
    name "n19"
    kind "literal"
  ]
  node [
    id 20
    label "An Ambassador"
    name "n20"
    kind "literal"
  ]
  node [
    id 21
    label "http://schema.org/Person"
    name "n21"
    kind "iri"
  ]
  node [
    id 22
    label "A Governor"
    name "n22"
    kind "literal"
  ]
  node [
    id 23
    label "Karachi"
    name "n23"
    kind "literal"
  ]
  node [
    id 24
    label "http://schema.org/City"
    name "n24"
    kind "iri"
  ]
  node [
    id 25
    label "http://schema.org/Place"
    name "n25"
    kind "iri"
  ]
  node [
    id 26
    label "city"
    name "n26"
    kind "literal"
  ]
  node [
    id 27
    label "https://bilat.dev/id/source/a"
    name "n27"
    kind "iri"
  ]
  node [
    id 28
    label "Report A"
    name "n28"
    kind "literal"
  ]
  node [
    id 29
    label "https://example.org/a"
    name "n29"
    kind "literal"
  ]
  node [
    id 30
    label "http://schema.org/NewsArticle"
    name "n30"
    kind "iri"
  ]
  node [
    id 31
    label "http://www.w3.org/ns/prov#Entity"
    name "n31"
    kind "iri"
  ]
  node [
    id 32
    label "sha256:23ed8f2fb6ff763f39073d785e31f0bd0c68306bdf062b2c9154dc97a7d7aeec"
    name "n32"
    kind "literal"
  ]
  node [
    id 33
    label "https://bilat.dev/id/source/b"
    name "n33"
    kind "iri"
  ]
  node [
    id 34
    label "2021-10-16"
    name "n34"
    kind "literal"
    datatype "http://www.w3.org/2001/XMLSchema#date"
  ]
  node [
    id 35
    label "Report B"
    name "n35"
    kind "literal"
  ]
  node [
    id 36
    label "https://example.org/b"
    name "n36"
    kind "literal"
  ]
  node [
    id 37
    label "sha256:81cd53b502d2bc06f1eabbcb92d9757316cf446d5b07ca425df33c3028bf244b"
    name "n37"
    kind "literal"
  ]
  node [
    id 38
    label "https://bilat.dev/id/source/curation"
    name "n38"
    kind "iri"
  ]
  node [
    id 39
    label "sha256:d1ba4e27304b43d4f97fb120ba41324ddd232703c888a3ab1460c12816648229"
    name "n39"
    kind "literal"
  ]
  edge [
    source 0
    target 1
    label "http://schema.org/identifier"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 0
    target 2
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 0
    target 3
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 4
    target 5
    label "http://schema.org/identifier"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 4
    target 6
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 4
    target 3
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 7
    target 8
    label "http://schema.org/about"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 8
    label "http://schema.org/about"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 9
    label "http://schema.org/endDate"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 9
    label "http://schema.org/endDate"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 10
    label "http://schema.org/location"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 10
    label "http://schema.org/location"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 11
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 11
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 9
    label "http://schema.org/startDate"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 9
    label "http://schema.org/startDate"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 12
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 12
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 13
    label "https://bilat.dev/ns/cameo"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 13
    label "https://bilat.dev/ns/cameo"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 9
    label "https://bilat.dev/ns/date"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 9
    label "https://bilat.dev/ns/date"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 14
    label "https://bilat.dev/ns/datePrecision"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 14
    label "https://bilat.dev/ns/datePrecision"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 15
    label "https://bilat.dev/ns/guest"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 15
    label "https://bilat.dev/ns/guest"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 16
    label "https://bilat.dev/ns/host"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 16
    label "https://bilat.dev/ns/host"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 17
    label "https://bilat.dev/ns/kind"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 17
    label "https://bilat.dev/ns/kind"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 18
    label "https://bilat.dev/ns/sessionNumber"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 18
    label "https://bilat.dev/ns/sessionNumber"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 7
    target 19
    label "https://bilat.dev/ns/status"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 7
    target 19
    label "https://bilat.dev/ns/status"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 15
    target 20
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 15
    target 0
    label "http://schema.org/nationality"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 15
    target 21
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 16
    target 22
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 16
    target 4
    label "http://schema.org/nationality"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 16
    target 21
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 10
    target 4
    label "http://schema.org/containedInPlace"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 10
    target 23
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 10
    target 24
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 10
    target 25
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 10
    target 4
    label "https://bilat.dev/ns/country"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 10
    target 26
    label "https://bilat.dev/ns/kind"
    named_graph "https://bilat.dev/id/source/curation"
  ]
  edge [
    source 27
    target 9
    label "http://schema.org/datePublished"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 27
    target 28
    label "http://schema.org/headline"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 27
    target 28
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 27
    target 29
    label "http://schema.org/url"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 27
    target 30
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 27
    target 31
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 27
    target 32
    label "https://bilat.dev/ns/contentHash"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 33
    target 34
    label "http://schema.org/datePublished"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 33
    target 35
    label "http://schema.org/headline"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 33
    target 35
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 33
    target 36
    label "http://schema.org/url"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 33
    target 30
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 33
    target 31
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 33
    target 37
    label "https://bilat.dev/ns/contentHash"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 38
    target 39
    label "https://bilat.dev/ns/contentHash"
    named_graph "https://bilat.dev/id/source/curation"
  ]
]
