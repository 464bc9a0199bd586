graph [
  directed 0
  node [
    id 0
    label "An Ambassador"
    name "person/amb"
    kind "person"
    country "KZ"
    iri "https://bilat.dev/id/person/amb"
    events 1
  ]
  node [
    id 1
    label "A Governor"
    name "person/gov"
    kind "person"
    country "PK"
    iri "https://bilat.dev/id/person/gov"
    events 1
  ]
  edge [
    source 0
    target 1
    label "meeting"
    weight 1
    kinds "meeting"
    events "meeting"
    first "2021-10-15"
    last "2021-10-15"
  ]
]
