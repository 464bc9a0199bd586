package schema

// Pos is where a value was written: file, 1-based line and column.
type Pos struct {
	File      string
	Line, Col int
}

// Ref is a reference to another record by its id, with where it was written
// so that a dangling reference can be reported at its own position.
type Ref struct {
	ID  string
	Pos Pos
}

// IsZero reports whether the reference was left out.
func (r Ref) IsZero() bool { return r.ID == "" }

// Text is a string with where it was written.
type Text struct {
	Value string
	Pos   Pos
}

// File is one record file. A source file has a Source and states facts
// (mentions, tenures, visits, events, documents, relations, and groups that
// exist only for that report, such as a delegation). An entity file has no
// Source and defines the shared entities: countries, places, people,
// organizations, posts and long-lived groups. Each id is defined once in data/.
type File struct {
	Path string `yaml:"-"`
	Pos  Pos    `yaml:"-"`

	Source *Source `yaml:"source"`

	Countries     []Country      `yaml:"countries"`
	Places        []Place        `yaml:"places"`
	People        []Person       `yaml:"people"`
	Organizations []Organization `yaml:"organizations"`
	Posts         []Post         `yaml:"posts"`
	Groups        []Group        `yaml:"groups"`

	Mentions    []Mention      `yaml:"mentions"`
	Tenures     []Tenure       `yaml:"tenures"`
	Visits      []Visit        `yaml:"visits"`
	Events      []Event        `yaml:"events"`
	Documents   []Document     `yaml:"documents"`
	Relations   []Relation     `yaml:"relations"`
	Invitations []Invitation   `yaml:"invitations"`
	Commitments []Commitment   `yaml:"commitments"`
	Figures     []StatedFigure `yaml:"figures"`
}

// Source is the report a source file's facts come from. Its IRI labels every
// quad the file produces.
// A clipping without an address, a headline or a known publisher is
// recorded with what it has and a Citation saying where it was found; an
// address is never made up.
type Source struct {
	Pos           Pos    `yaml:"-"`
	ID            string `yaml:"id"`
	URL           string `yaml:"url"`
	Publisher     string `yaml:"publisher"`
	Title         string `yaml:"title"`          // the report's headline
	OriginalTitle string `yaml:"original_title"` // the headline in the report's own language
	Byline        string `yaml:"byline"`         // the author or agency as printed
	Citation      string `yaml:"citation"`       // where to find a report with no URL ("Dawn, print edition, p. 3")
	Published     Date   `yaml:"published"`      // may be left out when the report carries no date
	Dateline      Ref    `yaml:"dateline"`       // place
	Language      string `yaml:"language"`       // BCP 47, when not English
	Note          string `yaml:"note"`
}

// Country is identified by its ISO 3166-1 alpha-2 code.
type Country struct {
	Pos          Pos      `yaml:"-"`
	ID           string   `yaml:"id"` // "KZ"
	Name         string   `yaml:"name"`
	OfficialName string   `yaml:"official_name"`
	Demonym      string   `yaml:"demonym"`
	Aliases      []string `yaml:"aliases"`
	Wikidata     string   `yaml:"wikidata"` // "Q232"
}

// Place is a city, province or region, inside another place or a country.
type Place struct {
	Pos      Pos      `yaml:"-"`
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Kind     string   `yaml:"kind"` // PlaceKinds
	In       Ref      `yaml:"in"`   // place or country
	Aliases  []string `yaml:"aliases"`
	Wikidata string   `yaml:"wikidata"`
	Note     string   `yaml:"note"`
}

// Person keeps the canonical name apart from honorifics and the variants
// reports use.
type Person struct {
	Pos         Pos      `yaml:"-"`
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Honorifics  []string `yaml:"honorifics"` // "Dr.", "Ms.", "H.E."
	Aliases     []string `yaml:"aliases"`
	Nationality Ref      `yaml:"nationality"` // country
	Wikidata    string   `yaml:"wikidata"`
	Note        string   `yaml:"note"`
}

// Organization is any institution; Kind is from OrganizationKinds.
type Organization struct {
	Pos        Pos      `yaml:"-"`
	ID         string   `yaml:"id"`
	Name       string   `yaml:"name"`
	Kind       string   `yaml:"kind"`
	Aliases    []string `yaml:"aliases"`
	City       Ref      `yaml:"city"`       // place
	Country    Ref      `yaml:"country"`    // country, when no city is known
	Founded    Date     `yaml:"founded"`    // at the precision known
	Represents Ref      `yaml:"represents"` // country an embassy, consulate or cultural house speaks for
	PartOf     Ref      `yaml:"part_of"`    // parent organization
	URL        string   `yaml:"url"`
	Wikidata   string   `yaml:"wikidata"`
	Note       string   `yaml:"note"`
}

// Post is an office that people hold over time, such as "Ambassador of
// Kazakhstan to Pakistan" or "Governor of Sindh". Who held it when is a Tenure.
type Post struct {
	Pos     Pos      `yaml:"-"`
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`   // full name of the office
	Title   string   `yaml:"title"`  // bare title: "Ambassador", "Governor"
	Of      Ref      `yaml:"of"`     // organization, country or place
	Toward  Ref      `yaml:"toward"` // country the post is accredited to
	Aliases []string `yaml:"aliases"`
}

// Group is a collective with no named members ("elders of the ethnic Kazakh
// community in Karachi"), or a delegation led by a named person.
type Group struct {
	Pos        Pos      `yaml:"-"`
	ID         string   `yaml:"id"`
	Name       string   `yaml:"name"`
	Kind       string   `yaml:"kind"`       // GroupKinds
	PartOf     Ref      `yaml:"part_of"`    // group or organization
	Place      Ref      `yaml:"place"`      // where the group lives or sits
	Represents Ref      `yaml:"represents"` // country the group speaks for or belongs to
	LedBy      Ref      `yaml:"led_by"`     // person
	Members    []Ref    `yaml:"members"`    // named members, when some are named
	Figures    []Figure `yaml:"figures"`
	Note       string   `yaml:"note"`
}

// Figure is a stated size: 40 families, 285 people.
type Figure struct {
	Pos   Pos    `yaml:"-"`
	Count int    `yaml:"count"`
	Unit  string `yaml:"unit"` // "families", "people", "members", "companies"
}

// Mention records the names a report used for an entity, misspellings
// included, so that searching "Y.Kistafin" finds the canonical person.
type Mention struct {
	Pos Pos      `yaml:"-"`
	ID  Ref      `yaml:"id"`
	As  []string `yaml:"as"`
}

// Tenure says a person held a post: from/until when known, and the date the
// report attests it (usually the event or publication date).
// Status "former" says the tenure had ended by AsOf ("a former Vice
// President") when the report gives no end date.
type Tenure struct {
	Pos    Pos    `yaml:"-"`
	Person Ref    `yaml:"person"`
	Post   Ref    `yaml:"post"`
	From   Date   `yaml:"from"`
	Until  Date   `yaml:"until"`
	AsOf   Date   `yaml:"as_of"`
	Status string `yaml:"status"` // TenureStatuses; default current
}

// Visit is a trip: visitors travel to one or more places for a span of days;
// its events point to it with `visit:`.
type Visit struct {
	Pos            Pos    `yaml:"-"`
	ID             string `yaml:"id"`
	Title          string `yaml:"title"`
	Visitors       []Ref  `yaml:"visitors"`     // people, groups (delegations) or organizations
	Destinations   []Ref  `yaml:"destinations"` // places
	HostCountry    Ref    `yaml:"host_country"`
	Date           Date   `yaml:"date"`
	DateBasis      string `yaml:"date_basis"` // DateBases
	DateText       string `yaml:"date_text"`  // the report's own words: "on Thursday", "this autumn"
	DateNote       string `yaml:"date_note"`
	StatedMeetings int    `yaml:"stated_meetings"` // "30 meetings were held"
	Purpose        string `yaml:"purpose"`
	Status         string `yaml:"status"`     // Statuses; default held
	Organisers     []Ref  `yaml:"organisers"` // people thanked for organising it
	Note           string `yaml:"note"`
}

// Event is one contact: a meeting, call, ceremony, session, ...
type Event struct {
	Pos           Pos           `yaml:"-"`
	ID            string        `yaml:"id"`
	Kind          string        `yaml:"kind"` // EventKinds
	Title         string        `yaml:"title"`
	Status        string        `yaml:"status"` // Statuses; default held
	Date          Date          `yaml:"date"`
	DateBasis     string        `yaml:"date_basis"` // DateBases
	DateText      string        `yaml:"date_text"`  // the report's own words: "on Thursday", "this autumn"
	DateNote      string        `yaml:"date_note"`
	SameDayAs     Ref           `yaml:"same_day_as"` // event
	Place         Ref           `yaml:"place"`       // place
	Venue         Ref           `yaml:"venue"`       // organization
	Visit         Ref           `yaml:"visit"`
	PartOf        Ref           `yaml:"part_of"`      // event (summit, conference)
	Sidelines     Ref           `yaml:"sidelines_of"` // event
	SessionOf     Ref           `yaml:"session_of"`   // organization (commission)
	SessionNumber int           `yaml:"session_number"`
	Participants  []Participant `yaml:"participants"`
	Topics        []string      `yaml:"topics"`
	Outcomes      []string      `yaml:"outcomes"`
	Note          string        `yaml:"note"`
}

// Participant is a party to an event in a role. Who may be a post when the
// report names the office, not the person ("the President of Kazakhstan
// received ..."). Side "unknown" says the report does not tell which side
// the party was on, so it is paired with no one.
type Participant struct {
	Pos        Pos    `yaml:"-"`
	Who        Ref    `yaml:"who"`        // person, group, organization or post
	Role       string `yaml:"role"`       // Roles
	Represents Ref    `yaml:"represents"` // country, when not the person's nationality
	Side       string `yaml:"side"`       // Sides; default: the party's country, when known
}

// Document is an agreement, memorandum or plan signed or proposed.
type Document struct {
	Pos         Pos         `yaml:"-"`
	ID          string      `yaml:"id"`
	Kind        string      `yaml:"kind"` // DocumentKinds
	Title       string      `yaml:"title"`
	Count       int         `yaml:"count"` // "three memoranda": one record, count 3
	Subjects    []string    `yaml:"subjects"`
	Parties     []Ref       `yaml:"parties"`
	Signatories []Signatory `yaml:"signatories"`
	SignedAt    Ref         `yaml:"signed_at"` // event
	Date        Date        `yaml:"date"`
	Status      string      `yaml:"status"` // DocumentStatuses; default signed
	Note        string      `yaml:"note"`
}

// Signatory is who signed a document, for which side.
type Signatory struct {
	Pos Pos `yaml:"-"`
	Who Ref `yaml:"who"` // person (or post, when only the office is named)
	For Ref `yaml:"for"` // country or organization signed for
}

// Invitation is an invitation extended or a proposal made ("invited
// Pakistan to take part in the World Nomad Games", "proposed holding talks
// between the culture ministries"): who, whom, to what, and whether it was
// accepted. It is never a contact held.
type Invitation struct {
	Pos     Pos    `yaml:"-"`
	ID      string `yaml:"id"`
	Kind    string `yaml:"kind"`    // InvitationKinds
	By      []Ref  `yaml:"by"`      // person, organization, group, post or country
	To      []Ref  `yaml:"to"`      // person, organization, group, post or country
	Subject string `yaml:"subject"` // what to: "take part in the World Nomad Games"
	Event   Ref    `yaml:"event"`   // the event invited to, when it is a record
	At      Ref    `yaml:"at"`      // the event where it was extended
	Date    Date   `yaml:"date"`
	Status  string `yaml:"status"` // InvitationStatuses; default extended
	Note    string `yaml:"note"`
}

// Commitment is what parties agreed, undertook or announced without a
// document: "agreed to form three working groups", "agreed to share
// information on students".
type Commitment struct {
	Pos     Pos    `yaml:"-"`
	ID      string `yaml:"id"`
	Kind    string `yaml:"kind"`    // CommitmentKinds
	By      []Ref  `yaml:"by"`      // person, organization, group, post or country
	Subject string `yaml:"subject"` // "form three working groups"
	At      Ref    `yaml:"at"`      // the event where it was made
	Date    Date   `yaml:"date"`
	Note    string `yaml:"note"`
}

// StatedFigure is a number a report states outside a group: a trade volume
// for a year, a target, a count of sister cities, a range such as 300 to
// 500 families. Either Value, or Min and Max.
type StatedFigure struct {
	Pos    Pos      `yaml:"-"`
	ID     string   `yaml:"id"`
	What   string   `yaml:"what"` // "bilateral trade", "sister cities"
	Kind   string   `yaml:"kind"` // FigureKinds; default value
	Value  *float64 `yaml:"value"`
	Min    *float64 `yaml:"min"`
	Max    *float64 `yaml:"max"`
	Unit   string   `yaml:"unit"` // "USD", "families", "pairs"
	Period Date     `yaml:"period"`
	About  []Ref    `yaml:"about"` // countries, places, organizations, relations
	Note   string   `yaml:"note"`
}

// Relation is a standing tie: diplomatic relations since a year, shared
// membership of an organization, fields of cooperation, sister cities.
type Relation struct {
	Pos     Pos      `yaml:"-"`
	ID      string   `yaml:"id"`
	Kind    string   `yaml:"kind"`    // RelationKinds
	Between []Ref    `yaml:"between"` // two or more countries, places, organizations or people
	Via     Ref      `yaml:"via"`     // organization, for shared-membership
	Since   Date     `yaml:"since"`
	Fields  []string `yaml:"fields"`
	Status  string   `yaml:"status"` // RelationStatuses; default established
	Note    string   `yaml:"note"`
}

// Closed lists. A value outside its list is an error that names the list.
var (
	PlaceKinds = []string{"city", "town", "province", "region", "district", "territory"}

	OrganizationKinds = []string{
		"government", "ministry", "government-agency", "parliament", "city-administration",
		"embassy", "consulate", "honorary-consulate", "intergovernmental", "commission",
		"school", "university", "research-institute", "think-tank", "hospital",
		"company", "state-company", "bank", "chamber", "business-association",
		"media", "cultural-centre", "ngo", "political-party", "venue",
	}

	GroupKinds = []string{"community", "leadership", "management", "delegation", "elders", "staff", "students", "business-circles"}

	// EventKinds maps each kind to its CAMEO code, so exports line up with
	// event-data research (PLOVER/CAMEO: 040 consult, 041 discuss by telephone,
	// 042 make a visit, 043 host a visit, 044 meet at a third location,
	// 046 engage in negotiation, 057 sign formal agreement).
	EventKinds = map[string]string{
		"meeting":         "040",
		"talks":           "046",
		"call":            "041",
		"reception":       "043",
		"site-visit":      "042",
		"community-visit": "042",
		"ceremony":        "042",
		"conference":      "044",
		"summit":          "044",
		"session":         "046",
		"signing":         "057",
		"lecture":         "042",
		"speech":          "010", // make statement
		"exhibition":      "",
		"games":           "",
	}

	Roles = []string{"host", "guest", "attendee", "organiser", "co-chair"}

	// Statuses of events and visits. Only "held" contacts count as met;
	// "background" is a past contact a report recalls, also held.
	Statuses = []string{"held", "planned", "background", "cancelled"}

	// Sides of a participant: "unknown" when the report does not say.
	Sides = []string{"unknown"}

	TenureStatuses     = []string{"current", "former"}
	InvitationKinds    = []string{"invitation", "proposal"}
	InvitationStatuses = []string{"extended", "accepted", "declined"}
	CommitmentKinds    = []string{"agreed", "committed", "announced"}
	FigureKinds        = []string{"value", "target", "estimate"}

	// DateBases say where an event's or visit's date comes from: written in
	// the report (stated), the report's dateline, a relative phrase resolved
	// against the publication date (relative), the curator's or extractor's
	// reasoning (inferred), or nowhere (not-stated: the date stays unknown).
	DateBases = []string{"stated", "dateline", "relative", "inferred", "not-stated"}

	DocumentKinds    = []string{"agreement", "memorandum", "action-plan", "protocol", "roadmap", "declaration", "joint-statement", "programme", "contract", "letter"}
	DocumentStatuses = []string{"signed", "planned", "proposed", "ratified"}

	// RelationKinds: recognition is of a state by another (CAMEO 054),
	// chairmanship a country chairing an organization, membership a person's
	// in a party or body.
	RelationKinds    = []string{"diplomatic-relations", "shared-membership", "cooperation", "sister-cities", "strategic-partnership", "recognition", "chairmanship", "membership"}
	RelationStatuses = []string{"established", "proposed", "planned"}
)
