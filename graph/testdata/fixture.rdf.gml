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
    label "https://bilat.dev/id/curation"
    name "n7"
    kind "iri"
  ]
  node [
    id 8
    label "sha256:a90fc19243334e7b25b995099fece673b906bdabd270e333372936ed3199c630"
    name "n8"
    kind "literal"
  ]
  node [
    id 9
    label "https://bilat.dev/id/event/meeting"
    name "n9"
    kind "iri"
  ]
  node [
    id 10
    label "trade"
    name "n10"
    kind "literal"
  ]
  node [
    id 11
    label "2021-10-15"
    name "n11"
    kind "literal"
    datatype "http://www.w3.org/2001/XMLSchema#date"
  ]
  node [
    id 12
    label "https://bilat.dev/id/place/karachi"
    name "n12"
    kind "iri"
  ]
  node [
    id 13
    label "A meeting"
    name "n13"
    kind "literal"
  ]
  node [
    id 14
    label "http://schema.org/Event"
    name "n14"
    kind "iri"
  ]
  node [
    id 15
    label "040"
    name "n15"
    kind "literal"
  ]
  node [
    id 16
    label "https://bilat.dev/id/pair/KZ-PK"
    name "n16"
    kind "iri"
  ]
  node [
    id 17
    label "day"
    name "n17"
    kind "literal"
  ]
  node [
    id 18
    label "https://bilat.dev/id/person/amb"
    name "n18"
    kind "iri"
  ]
  node [
    id 19
    label "https://bilat.dev/id/person/gov"
    name "n19"
    kind "iri"
  ]
  node [
    id 20
    label "meeting"
    name "n20"
    kind "literal"
  ]
  node [
    id 21
    label "3"
    name "n21"
    kind "literal"
    datatype "http://www.w3.org/2001/XMLSchema#integer"
  ]
  node [
    id 22
    label "held"
    name "n22"
    kind "literal"
  ]
  node [
    id 23
    label "An Ambassador"
    name "n23"
    kind "literal"
  ]
  node [
    id 24
    label "http://schema.org/Person"
    name "n24"
    kind "iri"
  ]
  node [
    id 25
    label "A Governor"
    name "n25"
    kind "literal"
  ]
  node [
    id 26
    label "Karachi"
    name "n26"
    kind "literal"
  ]
  node [
    id 27
    label "http://schema.org/City"
    name "n27"
    kind "iri"
  ]
  node [
    id 28
    label "http://schema.org/Place"
    name "n28"
    kind "iri"
  ]
  node [
    id 29
    label "city"
    name "n29"
    kind "literal"
  ]
  node [
    id 30
    label "https://bilat.dev/id/source/a"
    name "n30"
    kind "iri"
  ]
  node [
    id 31
    label "Report A"
    name "n31"
    kind "literal"
  ]
  node [
    id 32
    label "https://example.org/a"
    name "n32"
    kind "literal"
  ]
  node [
    id 33
    label "http://schema.org/NewsArticle"
    name "n33"
    kind "iri"
  ]
  node [
    id 34
    label "http://www.w3.org/ns/prov#Entity"
    name "n34"
    kind "iri"
  ]
  node [
    id 35
    label "sha256:fd763b8ceb50e17e8c7ee191e8a82052d3073cab590381389f079f775ef40ec5"
    name "n35"
    kind "literal"
  ]
  node [
    id 36
    label "https://bilat.dev/id/source/b"
    name "n36"
    kind "iri"
  ]
  node [
    id 37
    label "2021-10-16"
    name "n37"
    kind "literal"
    datatype "http://www.w3.org/2001/XMLSchema#date"
  ]
  node [
    id 38
    label "Report B"
    name "n38"
    kind "literal"
  ]
  node [
    id 39
    label "https://example.org/b"
    name "n39"
    kind "literal"
  ]
  node [
    id 40
    label "sha256:3d205bb2958d4e5a126a285eb3c19e73ab1eb51fed70f55660577d19f26ce302"
    name "n40"
    kind "literal"
  ]
  edge [
    source 0
    target 1
    label "http://schema.org/identifier"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 0
    target 2
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 0
    target 3
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 4
    target 5
    label "http://schema.org/identifier"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 4
    target 6
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 4
    target 3
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 7
    target 8
    label "https://bilat.dev/ns/contentHash"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 9
    target 10
    label "http://schema.org/about"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 10
    label "http://schema.org/about"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 11
    label "http://schema.org/endDate"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 11
    label "http://schema.org/endDate"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 12
    label "http://schema.org/location"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 12
    label "http://schema.org/location"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 13
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 13
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 11
    label "http://schema.org/startDate"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 11
    label "http://schema.org/startDate"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 14
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 14
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 15
    label "https://bilat.dev/ns/cameo"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 15
    label "https://bilat.dev/ns/cameo"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 16
    label "https://bilat.dev/ns/countryPair"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 16
    label "https://bilat.dev/ns/countryPair"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 11
    label "https://bilat.dev/ns/date"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 11
    label "https://bilat.dev/ns/date"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 17
    label "https://bilat.dev/ns/datePrecision"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 17
    label "https://bilat.dev/ns/datePrecision"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 18
    label "https://bilat.dev/ns/guest"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 18
    label "https://bilat.dev/ns/guest"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 19
    label "https://bilat.dev/ns/host"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 19
    label "https://bilat.dev/ns/host"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 20
    label "https://bilat.dev/ns/kind"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 20
    label "https://bilat.dev/ns/kind"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 0
    label "https://bilat.dev/ns/partyCountry"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 0
    label "https://bilat.dev/ns/partyCountry"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 4
    label "https://bilat.dev/ns/partyCountry"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 4
    label "https://bilat.dev/ns/partyCountry"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 21
    label "https://bilat.dev/ns/sessionNumber"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 21
    label "https://bilat.dev/ns/sessionNumber"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 9
    target 22
    label "https://bilat.dev/ns/status"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 9
    target 22
    label "https://bilat.dev/ns/status"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 18
    target 23
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 18
    target 0
    label "http://schema.org/nationality"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 18
    target 24
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 18
    target 0
    label "https://bilat.dev/ns/standsFor"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 19
    target 25
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 19
    target 4
    label "http://schema.org/nationality"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 19
    target 24
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 19
    target 4
    label "https://bilat.dev/ns/standsFor"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 12
    target 4
    label "http://schema.org/containedInPlace"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 12
    target 26
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 12
    target 27
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 12
    target 28
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 12
    target 4
    label "https://bilat.dev/ns/country"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 12
    target 29
    label "https://bilat.dev/ns/kind"
    named_graph "https://bilat.dev/id/curation"
  ]
  edge [
    source 30
    target 11
    label "http://schema.org/datePublished"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 30
    target 31
    label "http://schema.org/headline"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 30
    target 31
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 30
    target 32
    label "http://schema.org/url"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 30
    target 33
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 30
    target 34
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 30
    target 35
    label "https://bilat.dev/ns/contentHash"
    named_graph "https://bilat.dev/id/source/a"
  ]
  edge [
    source 36
    target 37
    label "http://schema.org/datePublished"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 36
    target 38
    label "http://schema.org/headline"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 36
    target 38
    label "http://schema.org/name"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 36
    target 39
    label "http://schema.org/url"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 36
    target 33
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 36
    target 34
    label "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named_graph "https://bilat.dev/id/source/b"
  ]
  edge [
    source 36
    target 40
    label "https://bilat.dev/ns/contentHash"
    named_graph "https://bilat.dev/id/source/b"
  ]
]
