package schema

import (
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"github.com/cayleygraph/quad/voc/rdf"
	"github.com/cayleygraph/quad/voc/rdfs"
	cschemaorg "github.com/cayleygraph/quad/voc/schema"
	"github.com/cayleygraph/quad/voc/xsd"
)

// Namespaces Bilat writes. Public vocabularies come first; Bilat's own
// namespace only holds what schema.org, W3C ORG and PROV-O do not.
const (
	// NS is Bilat's own vocabulary (visits, event kinds, outcomes, communities).
	NS = "https://bilat.dev/ns/"
	// IDNS is where every curated record gets its IRI: IDNS + kind + "/" + id.
	IDNS = "https://bilat.dev/id/"
	// OrgNS is the W3C Organization ontology (posts held over time).
	OrgNS = "http://www.w3.org/ns/org#"
	// ProvNS is PROV-O (sources as prov:Entity).
	ProvNS = "http://www.w3.org/ns/prov#"
	// WikidataNS is where Wikidata QIDs live; exported as schema:sameAs.
	WikidataNS = "http://www.wikidata.org/entity/"
)

// NewNamespaces returns the prefixes Bilat uses, for writers and for Gizmo's
// g.addNamespace; the quads themselves always hold full IRIs.
func NewNamespaces() []voc.Namespace {
	return []voc.Namespace{
		{Prefix: "bilat:", Full: NS},
		{Prefix: "bilatid:", Full: IDNS},
		{Prefix: "org:", Full: OrgNS},
		{Prefix: "prov:", Full: ProvNS},
		{Prefix: "wd:", Full: WikidataNS},
		{Prefix: cschemaorg.Prefix, Full: cschemaorg.NS},
		{Prefix: rdf.Prefix, Full: rdf.NS},
		{Prefix: rdfs.Prefix, Full: rdfs.NS},
		{Prefix: xsd.Prefix, Full: xsd.NS},
	}
}

func sch(local string) quad.IRI   { return quad.IRI(cschemaorg.NS + local) }
func bil(local string) quad.IRI   { return quad.IRI(NS + local) }
func orgNS(local string) quad.IRI { return quad.IRI(OrgNS + local) }

// Classes (rdf:type objects).
var (
	ClassCountry      = sch("Country")
	ClassCity         = sch("City")
	ClassAdminArea    = sch("AdministrativeArea")
	ClassPlace        = sch("Place")
	ClassPerson       = sch("Person")
	ClassOrganization = sch("Organization")
	ClassEvent        = sch("Event")
	ClassArticle      = sch("NewsArticle")
	ClassProvEntity   = quad.IRI(ProvNS + "Entity")
	ClassPost         = orgNS("Post")
	ClassTenure       = bil("Tenure")
	ClassGroup        = bil("Group")
	ClassVisit        = bil("Visit")
	ClassDocument     = bil("Document")
	ClassRelation     = bil("Relation")
	ClassInvitation   = bil("Invitation") // an invitation or proposal; never a contact held
	ClassCommitment   = bil("Commitment") // agreed or announced without a document
	ClassFigure       = bil("Figure")     // a number a report states
	ClassSignature    = bil("Signature")  // who signed a document for which side
)

// Datatypes of literals, with full IRIs so that RDF tools read them (a
// prefixed `xsd:integer` in N-Quads is an IRI of the scheme "xsd:").
const (
	XSDInteger    = quad.IRI(xsd.NS + "integer")
	XSDDate       = quad.IRI(xsd.NS + "date")       // YYYY-MM-DD
	XSDGYearMonth = quad.IRI(xsd.NS + "gYearMonth") // YYYY-MM
	XSDGYear      = quad.IRI(xsd.NS + "gYear")      // YYYY
)

// Predicates. Dates are literals typed by their precision (see
// Date.Literal): ISO 8601 text, so that Gizmo still compares them as text
// once the queries unwrap them (Gizmo gives them as `"…"^^<…>`).
var (
	Type          = quad.IRI(rdf.NS + "type")
	Name          = sch("name")
	AlternateName = sch("alternateName") // aliases and names as a report wrote them
	Honorific     = sch("honorificPrefix")
	Nationality   = sch("nationality")
	SameAs        = sch("sameAs")
	Identifier    = sch("identifier") // ISO 3166-1 alpha-2 code of a country
	Description   = sch("description")
	URL           = sch("url")
	ContainedIn   = sch("containedInPlace") // place -> place or country
	Location      = sch("location")         // org, group, event, visit -> place
	FoundingDate  = sch("foundingDate")
	StartDate     = sch("startDate") // first day the date can be (inclusive bound)
	EndDate       = sch("endDate")   // last day the date can be (inclusive bound)
	Publisher     = sch("publisher")
	Headline      = sch("headline")
	DatePublished = sch("datePublished")
	Organizer     = sch("organizer")  // event/visit -> person who organised it
	Attendee      = sch("attendee")   // event -> participant in role attendee
	SuperEvent    = sch("superEvent") // event -> visit, summit or session it is part of
	About         = sch("about")      // topic strings; document subjects

	PostIn = orgNS("postIn") // post -> organization, country or place it is a post of
	Holds  = orgNS("holds")  // person -> post (any time); see Tenure for when
	RoleOf = orgNS("role")   // post -> title string
	Member = orgNS("member") // tenure -> person

	InCountry     = bil("country")        // place, org -> country (derived through containedInPlace)
	Demonym       = bil("demonym")        // country -> "Kazakh"
	OfficialName  = bil("officialName")   // country -> "Republic of Kazakhstan"
	Kind          = bil("kind")           // org, place, group, event, document, relation -> closed-list kind
	Cameo         = bil("cameo")          // event -> CAMEO code ("040")
	Toward        = bil("toward")         // post -> country it is accredited to
	Title         = bil("title")          // post -> bare title ("Ambassador")
	Represents    = bil("represents")     // org, group, participant -> country it speaks for
	PartOf        = bil("partOf")         // group -> group or organization; org -> org
	LedBy         = bil("ledBy")          // group (delegation), visit -> person
	MemberPerson  = bil("member")         // group -> named member
	HasFigure     = bil("figure")         // group -> "40 families" style figures
	TenurePost    = bil("post")           // tenure -> post
	Attested      = bil("attested")       // tenure -> a date a report says the post was held
	DateAsGiven   = bil("date")           // the date as the report supports it: 2021, 2021-10, 2021-10-15, A/B
	DatePrecision = bil("datePrecision")  // year | month | day | interval | unknown
	DateNote      = bil("dateNote")       // how the date was derived ("Thursday before publication")
	DateBasis     = bil("dateBasis")      // stated | dateline | relative | inferred | not-stated
	DateText      = bil("dateText")       // the report's own words for the date ("on Thursday")
	SameDayAs     = bil("sameDayAs")      // event -> event on the same (unknown) day
	Status        = bil("status")         // held | planned | background (events, visits); signed | ... (documents)
	Visitor       = bil("visitor")        // visit -> person, group or organization
	Destination   = bil("destination")    // visit -> place
	HostCountry   = bil("hostCountry")    // visit -> country
	StatedEvents  = bil("statedMeetings") // visit -> number of meetings the report states
	Purpose       = bil("purpose")
	Host          = bil("host")        // event -> participant in role host
	Guest         = bil("guest")       // event -> participant in role guest
	Organiser     = bil("organiser")   // event -> participant in role organiser
	CoChair       = bil("coChair")     // event -> participant in role co-chair
	Venue         = bil("venue")       // event -> organization whose premises it was at
	Sidelines     = bil("sidelinesOf") // event -> summit/conference it was held on the sidelines of
	SessionOf     = bil("sessionOf")   // event -> commission (organization) it is a session of
	SessionNumber = bil("sessionNumber")
	Outcome       = bil("outcome")
	Topic         = About
	Party         = bil("party")    // document, relation -> party (country, place, organization, person)
	SignedAt      = bil("signedAt") // document -> event
	Count         = bil("count")    // document -> how many documents of this kind
	Via           = bil("via")      // relation -> organization (shared membership)
	Field         = bil("field")    // relation -> field of cooperation
	Note          = bil("note")
	Participation = bil("participation") // event -> node qualifying one party (see ParticipationIRI)
	Side          = bil("side")          // participation -> "unknown" when the report gives no side
	// Derived at load time (see derive): person, organization, group ->
	// the country it stands for; event -> each country a party of it stood
	// for there, over every report that states the event.
	StandsFor    = bil("standsFor")
	PartyCountry = bil("partyCountry")
	// CountryPair is derived too: event -> the node of each two of its
	// PartyCountry values (PairIRI), so that a pair's events are one lookup.
	CountryPair = bil("countryPair")

	Byline        = sch("author")        // source -> byline as printed
	OriginalTitle = bil("originalTitle") // source -> headline in the report's language
	Citation      = bil("citation")      // source -> where a report without URL is found
	TenureStatus  = bil("tenureStatus")  // tenure -> "former" when it had ended by as_of

	Signature = bil("signature") // document -> node of one signatory (see SignatureIRI)
	SignedBy  = bil("signatory") // signature -> person or post who signed
	SignedFor = bil("signedFor") // signature -> country or organization signed for
	InvitedBy = bil("by")        // invitation, commitment -> who extended or made it
	Invitee   = bil("invitee")   // invitation -> whom
	Subject   = bil("subject")   // invitation, commitment -> what to, as the report says
	InvitedTo = bil("invitedTo") // invitation -> the event invited to
	MadeAt    = bil("madeAt")    // invitation, commitment -> event where it was made
	Measures  = bil("measures")  // figure -> what it counts ("bilateral trade")
	Value     = bil("value")     // figure -> number
	MinValue  = sch("minValue")  // figure -> lower bound of a range
	MaxValue  = sch("maxValue")  // figure -> upper bound of a range
	UnitText  = sch("unitText")  // figure -> "USD", "families"
	FigureOf  = bil("figureOf")  // figure -> what it is about
)

// Participant roles, each written as its own predicate from the event so that
// "who took part in E" is one In/Out step and the role needs no extra node.
var RolePredicates = map[string]quad.IRI{
	"host":      Host,
	"guest":     Guest,
	"attendee":  Attendee,
	"organiser": Organiser,
	"co-chair":  CoChair,
}

// PairIRI names the index node of two countries, given by their IRIs
// (CountryPair): their codes in order, bilatid:pair/KG-KZ. queries/topics.js
// names the node it looks up the same way; its goldens hold it to this.
func PairIRI(a, b quad.IRI) quad.IRI {
	if b < a {
		a, b = b, a
	}
	country := string(IRI(KindCountry, ""))
	return quad.IRI(IDNS + "pair/" + strings.TrimPrefix(string(a), country) + "-" + strings.TrimPrefix(string(b), country))
}

// IRI returns the IRI of a record of the given kind ("person", "place", ...).
func IRI(kind, id string) quad.IRI { return quad.IRI(IDNS + kind + "/" + id) }

// Kinds of record, as they appear in IRIs.
const (
	KindCountry      = "country"
	KindPlace        = "place"
	KindPerson       = "person"
	KindOrganization = "org"
	KindGroup        = "group"
	KindPost         = "post"
	KindTenure       = "tenure"
	KindVisit        = "visit"
	KindEvent        = "event"
	KindDocument     = "document"
	KindRelation     = "relation"
	KindInvitation   = "invitation"
	KindCommitment   = "commitment"
	KindFigure       = "figure"
	KindSource       = "source"
)

// CurationLabel labels the quads of entity files: names, kinds and
// identities that Bilat's curators maintain rather than a single report.
// It sits outside the source namespace (every record IRI is IDNS + kind +
// "/" + id), so no record, and no source's label, can ever equal it.
const CurationLabel = quad.IRI(IDNS + "curation")

// LegacyCurationLabel is where stores loaded before Bilat moved
// CurationLabel held the entity files: inside the source namespace, where a
// source with the id "curation" took it over and a load of that source
// replaced every entity. The loader removes its quads.
const LegacyCurationLabel = quad.IRI(IDNS + KindSource + "/" + CurationID)

// CurationID is how listings and provenance name the entity files as a
// source; no source may take it as its id.
const CurationID = "curation"
