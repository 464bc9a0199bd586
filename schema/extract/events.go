package extract

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bilat/bilat/schema"
)

// event is a contact the report tells of, before it becomes a record.
type event struct {
	kind      string // schema.EventKinds, or "visit" for a trip
	status    string
	date      resolved
	parts     []part
	place     string
	venue     string
	topics    []string
	outcomes  []string
	sent      int
	sidelines *event
	checks    []string
	offices   []string // offices named with no holder known
	verb      string
	country   string   // a trip's host country, when the report names it
	visit     *event   // the trip it is part of
	unnamed   []string // who else took part, as the report says it, unnamed
	separate  []*event // "met separately with A and B": the contacts after the first
	sameDay   *event   // "Later, ...": the contact before, whose day this one shares
	// awaitsHead: a contact with a delegation no one of which is named
	// yet; "The delegation was led by X" names its head.
	awaitsHead bool
	assists    []assist // "A and B assisted the Minister"
	days       int      // a trip's length as told ("a three-day visit"), 0 if not
}

// assist is people at a contact on the side of one of its parties.
type assist struct {
	lead    *person
	helpers []*person
}

type part struct {
	p    *person
	org  string
	role string
}

// verbRule is one way reports tell of a contact.
type verbRule struct {
	re   *regexp.Regexp
	kind string
	// dir says who hosts: "subject-guest" ("A called on B"), "subject-host"
	// ("A received B"), "co" (co-chairs), "" (by the country of the place).
	dir string
}

// possessiveRule is "his talks with B".
var possessiveRule = verbRule{regexp.MustCompile(`(?i)\b(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meeting)\s+with\b`), "talks", ""}

// afterTalksRule is "X said after talks with his counterpart B": talks of
// the one who spoke and B, read as possessiveRule reads "his talks with B".
var afterTalksRule = verbRule{regexp.MustCompile(`(?i)\b(?:after|following)\s+(?:(?:the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations)\s+with\b`), "talks", ""}

// possessiveCallRule is "his telephone conversation last month with B": a
// call, read as possessiveRule reads talks.
var possessiveCallRule = verbRule{regexp.MustCompile(`(?i)\b(?:his|her)\s+(?:[\w-]+\s+)?(?:telephone|phone|video)\s+(?:conversation|call|talks?)(?:\s+(?:last|this|earlier|on|in)\s+[\w-]+)?\s+with\b`), "call", ""}

var verbRules = []verbRule{
	// ("co-chair" and "co-chairs" are verbs only before what is chaired
	// or where: "Ali Nawaz Mazari (Federal Minister for Commerce,
	// co-chair)" and "the co-chairs signed" are nouns.)
	{regexp.MustCompile(`(?i)\b(?:jointly\s+chaired|co-?chair(?:ed|ing)|co-?chairs?\s+(?:the|a|an|this|its|their|his|her|it|them|with|in|at|on|next|delegation|talks|meetings?|sessions?)\b)`), "talks", "co"},
	// "X on Friday chaired the fourth meeting of the Dialogue": a session
	// X led.
	{regexp.MustCompile(`(?i)\b(?:chaired|presided\s+over)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|plenary|summit|dialogue|council)\b`), "session", "subject-host"},
	{regexp.MustCompile(`(?i)\b(?:held|hold|holds|holding|had|have|has|sat down for)\s+(?:an?\s+)?(?:round of\s+)?(?:bilateral\s+|delegation-level\s+|detailed\s+|official\s+|one-on-one\s+|separate\s+|formal\s+)?(?:video\s+|virtual\s+|online\s+|telephone\s+|phone\s+)?(?:talks|negotiations)\b`), "talks", ""},
	// "held political consultations with B"; "A and B held consultations".
	{regexp.MustCompile(`(?i)\b(?:held|hold|holds|holding|had)\s+(?:a\s+|the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|next|new|another|regular|annual|routine)\s+)?(?:round\s+of\s+)?(?:(?:political|bilateral|inter-ministerial|interagency|foreign\s+office|regular|annual|routine|consular|trilateral)\s+){0,2}consultations\b`), "talks", ""},
	// "The Uzbek side was led by A, while B headed the Pakistani
	// delegation": the two heads of a round of consultations.
	{regexp.MustCompile(`(?i)\b(?:side|delegation)s?(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?\s+(?:was|were)\s+(?:led|headed|chaired)\s+by\b`), "talks", ""},
	// "the talks that A held with B": the contact named before the one
	// who held it.
	{regexp.MustCompile(`(?i)\b(?:talks|negotiations)\s+(?:that|which)\s+[^.;]{0,100}?\b(?:held|had)\s+with\b`), "talks", ""},
	// "will travel to Ankara for talks with B": talks of the traveller
	// and B.
	{regexp.MustCompile(`(?i)\bfor\s+(?:[\w-]+\s+){0,2}(?:talks|consultations|negotiations)\s+with\b`), "talks", ""},
	// "went straight into talks with B", "began talks with B".
	{regexp.MustCompile(`(?i)\b(?:went|goes|go|entered|began|begun|started|opened)\s+(?:straight\s+|directly\s+)?(?:into\s+)?(?:[\w-]+\s+)?(?:talks|consultations|negotiations)\s+with\b`), "talks", ""},
	// "the visit of A to Tehran and his talks with B", "Referring to his
	// talks with B, A said": the talks of the one the sentence names
	// besides B (see possessiveRule).
	possessiveRule,
	possessiveCallRule,
	afterTalksRule,
	// "the agreements reached by A and B during their talks".
	{regexp.MustCompile(`(?i)\b(?:during|in|at)\s+their\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|negotiations)\b`), "talks", ""},
	// "held in Shusha under the chairmanship of Presidents A and B".
	{regexp.MustCompile(`(?i)\bunder\s+the\s+(?:joint\s+)?(?:co-?)?chairmanship\s+of\b|\bco-?chaired\s+by\b`), "talks", "co"},
	// "recalled the talks held between A and B in Abu Dhabi last year".
	{regexp.MustCompile(`(?i)\b(?:talks|consultations|negotiations)\s+(?:(?:that|which)\s+(?:were|had\s+been)\s+)?held\s+between\b`), "talks", ""},
	{regexp.MustCompile(`(?i)\bmeeting\s+(?:(?:that|which)\s+(?:was|had\s+been)\s+)?held\s+between\b`), "meeting", ""},
	// "Talks between A and B took place in Shymkent".
	{regexp.MustCompile(`(?i)\b(?:talks|consultations|negotiations)\s+between\b[^.;]{3,200}?\b(?:took\s+place|were\s+held|was\s+held)\b`), "talks", ""},
	{regexp.MustCompile(`(?i)\b(?:a\s+)?meeting\s+between\b[^.;]{3,200}?\b(?:took\s+place|was\s+held)\b`), "meeting", ""},
	// "a trilateral meeting of the leaders of A, B and C was held".
	{regexp.MustCompile(`(?i)\bmeeting\s+of\s+the\s+(?:leaders|heads|presidents|foreign\s+ministers|ministers)\s+of\b[^.;]{3,200}?\b(?:took\s+place|was\s+held)\b`), "meeting", ""},
	// "was prepared at talks in Seoul on Tuesday between A and B".
	// "during talks at the ministry between A and B".
	{regexp.MustCompile(`(?i)\b(?:talks|consultations|negotiations)\s+(?:(?:in|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:on\s+\w+\s+)?between\b`), "talks", ""},
	// "Talks were held between A and B".
	// "Talks were held here on Wednesday between A and B".
	{regexp.MustCompile(`(?i)\b(?:talks|consultations|negotiations)\s+(?:were|was)\s+held\s+(?:[^.;,]{1,60}?\s+)?between\b`), "talks", ""},
	{regexp.MustCompile(`(?i)\b(?:a\s+)?meeting\s+(?:was|were)\s+held\s+(?:[^.;,]{1,60}?\s+)?between\b`), "meeting", ""},
	// "handed over the invitation to Y at the latter's office": a call
	// on Y.
	// (To a name or an office, capitalized: not "a letter inviting Y to
	// attend".)
	{regexp.MustCompile(`(?i:\b(?:handed\s+over|delivered|presented)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:invitation|letter|message)\s+(?:(?:from|of)\s+[^,.;]{0,60}?\s)?to\s+(?:the\s+|his\s+|her\s+)?)[A-Z]`), "meeting", "subject-guest"},
	// "X handed over the cargo to Minister Y and Brigadier Z": the
	// handing over of aid or a gift, to those named.
	{regexp.MustCompile(`(?i:\b(?:handed|hands|handing)\s+over\s+(?:a|an|the|some|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+)?)[A-Z]`), "ceremony", "subject-guest"},
	// "The aid was handed over to the Turkish side by Ambassador X".
	{regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:formally\s+|officially\s+|ceremonially\s+)?handed\s+over\b`), "ceremony", ""},
	// "A send-off ceremony was held at the airport, attended by A, B and
	// C": an occasion and those at it.
	{regexp.MustCompile(`(?i)\b(?:ceremony|function|event|gathering)\s+(?:was|were)\s+(?:held|organi[sz]ed|arranged|hosted)\b[^.;]{0,120}?,\s*(?:and\s+)?(?:was\s+)?attended\s+by\b`), "ceremony", ""},
	{regexp.MustCompile(`(?i)\b(?:reception|dinner|luncheon|lunch|iftar)\s+(?:was|were)\s+(?:held|organi[sz]ed|arranged|hosted)\b[^.;]{0,120}?,\s*(?:and\s+)?(?:was\s+)?attended\s+by\b`), "reception", ""},
	{regexp.MustCompile(`(?i)\bpresented\s+(?:a\s+)?(?:cop(?:y|ies)\s+of\s+)?(?:his|her|their)?\s*(?:(?:letters\s+of\s+)?credentials|letters?\s+of\s+credence)\s+to\b`), "ceremony", "subject-guest"},
	// "X handed copies of his credentials to the Secretary-General Y":
	// the call on the foreign ministry before the ceremony.
	{regexp.MustCompile(`(?i)\b(?:handed|handing|hands)\s+(?:over\s+)?(?:a\s+|the\s+)?cop(?:y|ies)\s+of\s+(?:his|her|their|the)\s+(?:(?:letters\s+of\s+)?credentials|letters?\s+of\s+credence)\s+to\b`), "meeting", "subject-guest"},
	// "X received the credentials of the newly appointed ambassadors".
	{regexp.MustCompile(`(?i)\b(?:received|receives|accepted|accepts)\s+(?:the\s+)?(?:cop(?:y|ies)\s+of\s+)?(?:(?:letters\s+of\s+)?credentials|letters?\s+of\s+credence)\b`), "ceremony", "subject-host"},
	{regexp.MustCompile(`(?i)\b(?:hosted|hosts|gave|held)\s+(?:a|an)\s+(?:official\s+|state\s+|working\s+|gala\s+)?(?:reception|dinner|luncheon|lunch|banquet|iftar)\b`), "reception", "subject-host"},
	// "attended the official reception given by Y", "a dinner hosted by
	// Y": Y's occasion, the subject a guest at it.
	{regexp.MustCompile(`(?i)\b(?:attended|attending|joined|was\s+(?:a\s+)?guest\s+at)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:reception|dinner|luncheon|lunch|banquet|iftar)\s+(?:[\w-]+\s+){0,4}?(?:given|hosted|held|organi[sz]ed|offered|arranged)\s+by\b`), "reception", "subject-guest"},
	// "The Embassy celebrated Navruz with a colourful evening at the
	// Centre", "organised a cultural evening": an occasion it hosts.
	{regexp.MustCompile(`(?i)\b(?:celebrated|marked|observed|commemorated)\b[^.;]{0,100}?\b(?:with|by\s+holding|by\s+hosting)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:evening|reception|gathering|function|celebration|concert|gala)\b|\b(?:organi[sz]ed|arranged|hosted|held)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:evening|function|gathering|gala)\b`), "reception", "subject-host"},
	{regexp.MustCompile(`(?i)\bexchanged\s+views\s+with\b|\bsat\s+down\s+with\b|\bhad\s+(?:a\s+)?(?:brief\s+|short\s+)?(?:pull-?\s?aside|t[êe]te-[àa]-t[êe]te|one-on-one(?:\s+meeting)?)\s+with\b`), "meeting", ""},
	// "The trilateral consultations on Wednesday brought together A, B
	// and C".
	{regexp.MustCompile(`(?i)\b(?:brought|bring|brings)\s+together\b`), "talks", ""},
	// "A and B held a brief conversation on ...".
	{regexp.MustCompile(`(?i)\b(?:held|had)\s+(?:a\s+)?(?:brief\s+|short\s+|private\s+|long\s+)?conversation\b`), "meeting", ""},
	// "A and B led the talks, which focused on ...".
	{regexp.MustCompile(`(?i)\b(?:led|headed)\s+the\s+(?:talks|negotiations|consultations|discussions)\b`), "talks", ""},
	// "where he interacted with the Rector, Prof. X".
	{regexp.MustCompile(`(?i)\b(?:interacted|interacting|interacts)\s+with\b|\b(?:an?|the|during|in)\s+(?:[\w-]+\s+)?interaction\s+with\b`), "meeting", ""},
	// "He said this while talking to X", "speaking with X".
	{regexp.MustCompile(`(?i)\b(?:while\s+)?(?:talking|speaking)\s+(?:to|with)\b`), "meeting", "subject-guest"},
	{regexp.MustCompile(`(?i)\b(?:video\s*conference|virtual\s+meeting|online\s+meeting)\s+with\b`), "call", ""},
	// "had raised similar concerns with the then IGP X in November 2022",
	// "took up the case with Y": a meeting with Y.
	{regexp.MustCompile(`(?i)\b(?:raised|took\s+up)\s+(?:(?:the|this|these|those|similar|his|her|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:concerns?|issues?|matters?|questions?|cases?)\s+with\b`), "meeting", ""},
	// "in March he had inspected the construction site together with Y":
	// a contact of the two, at the site.
	{regexp.MustCompile(`(?i)\binspected\b[^.;]{0,80}?\btogether\s+with\b`), "meeting", ""},
	// "the trilateral summit held in Avaza in December 2022 with the
	// participation of A, B and C".
	{regexp.MustCompile(`(?i)\b(?:summit|meeting|talks|consultations)\s+(?:(?:was|were)\s+)?held\s+(?:[^.;]{0,80}?\s)?with\s+the\s+participation\s+of\b`), "meeting", ""},
	// "a video conference was held between A and B".
	{regexp.MustCompile(`(?i)\b(?:video\s*conference|video\s*call|virtual\s+meeting|online\s+meeting|(?:tele)?phone\s+(?:call|conversation))\s+(?:was|were)\s+held\s+(?:[^.;,]{1,60}?\s+)?between\b`), "call", ""},
	{regexp.MustCompile(`(?i)\b(?:telephoned|(?:tele)?phone\s+(?:call|conversation)|spoke\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|(?:spoke|talked)\s+(?:with|to)\s+[^.]*?\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|(?:speaking|talking)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|video\s+(?:call|link))\b`), "call", ""},
	{regexp.MustCompile(`(?i)\b(?:called|calls|call)\s+on\b|\bpaid\s+a\s+(?:courtesy\s+)?call\s+on\b|\bcalled\s+at\b`), "meeting", "subject-guest"},
	// "X received a telephone call from Y": a call, which the caller
	// made.
	{regexp.MustCompile(`(?i)\b(?:received|receives|receiving|took|had)\s+(?:a\s+|an\s+)?(?:telephone|phone|video)\s+call\s+from\b`), "call", "subject-host"},
	{regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|hosted|greeted)\s+(?:(?:at|in)\s+[^,.]*?\s+)?by\b`), "meeting", "subject-guest"},
	{regexp.MustCompile(`(?i)\b(?:received|receives|receiving|welcomed|hosted|greeted)\b`), "meeting", "subject-host"},
	// "X's programme on Wednesday also included meetings with A and B".
	{regexp.MustCompile(`(?i)\b(?:programme|program|schedule|agenda)\b[^.;]{0,60}?\b(?:included|includes|featured|features)\s+(?:separate\s+|bilateral\s+)*(?:meetings|talks)\s+with\b`), "meeting", ""},
	{regexp.MustCompile(`(?i)\b(?:met|meets|meet|meeting)\b|\b(?:held|had|hold|holds)\s+(?:a\s+)?(?:meetings?|sessions?)\s+with\b|\bin\s+a\s+meeting\b`), "meeting", ""},
	// "A and B held a meeting in a restricted format" (after the rule
	// above, which wins where "with" follows).
	// ("the delegation held a B2B session at the chamber": a session of
	// it, as a meeting.)
	{regexp.MustCompile(`(?i)\b(?:held|had|hold|holds)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|B2B\s+sessions?|business-to-business\s+sessions?)\b`), "meeting", ""},
	{regexp.MustCompile(`(?i)\b(?:visited|visits|toured|tours|went\s+to|travelled\s+to|traveled\s+to|came\s+to|arrived\s+in|arrive\s+in|arrives\s+in|paid\s+a\s+visit\s+to|visit(?:ed)?\s+the\s+office\s+of)\b|\b(?:pay|pays|paid|paying|make|makes|made|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\s+to\b|\bvisit\b`), "visit", "subject-guest"},
	{addressRe, "conference", ""},
	{regexp.MustCompile(`(?i)\b(?:inaugurated|opened|opening\s+ceremony|cut\s+the\s+(?:inaugural\s+)?ribbon)\b`), "ceremony", ""},
	{regexp.MustCompile(`(?i)\b(?:signed|inked|initial(?:l)?ed)\b|\bwitnessed\s+the\s+signing\b|\bexchanged\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MoUs?|documents|instruments|protocols?|declarations?|roadmaps?)\b`), "signing", ""},
	// "attended the opening of the Silk Road Week": an occasion of its own,
	// not more people at the contact told before.
	{regexp.MustCompile(`(?i)\b(?:attended|attending)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:opening|inauguration|launch|celebrations?)\s+of\b`), "ceremony", ""},
	{regexp.MustCompile(`(?i)\b(?:attended|attending)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:session|meeting|summit|forum)\b`), "session", ""},
	// "The Azerbaijani side will be represented at the session by X".
	{regexp.MustCompile(`(?i)\b(?:be|was|were|is|are)\s+represented\s+at\s+the\s+(?:[\w-]+\s+){0,2}(?:session|meeting|summit|forum|conference|talks)\s+by\b`), "session", ""},

	{regexp.MustCompile(`(?i)\b(?:took\s+part\s+in|participated\s+in)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|conference|summit|forum|round\s*table|roundtable)\b`), "session", ""},
	// (After the calls: "spoke with X over the phone" is one.)
	// "Awan spoke with X about the railway", "bade farewell to its
	// defence attaché".
	{regexp.MustCompile(`(?i)\b(?:spoke|talked)\s+with\b|\b(?:bade|bid)\s+farewell\s+to\b`), "meeting", "subject-host"},
	// "A and B on Tuesday agreed to ...", "A discussed trade with B": two
	// people who agreed or discussed something together met, when no verb
	// above tells how.
	{togetherRe, "meeting", ""},
}

var (
	plannedRe = regexp.MustCompile(`(?i)\b(?:(?:is|are)\s+(?:in|visiting)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+to|(?:is|are)\s+(?:also|now|further|then|later|likely)\s+(?:expected|scheduled|due|set|slated|to)(?:\s+to)?|will|shall|is to|are to|is expected to|are expected to|was expected to|were expected to|had been expected to|was to have|were to have|is scheduled to|are scheduled to|is due to|are due to|was due to|were due to|plans? to|planned to|intends? to|had been scheduled|has been scheduled|have been scheduled|was scheduled|were scheduled|is set to|are set to|to\s+be\s+(?:held|hosted|chaired|co-?chaired|attended|organi[sz]ed|opened|signed|convened)|invited\b[^.]*\bto|accepted\s+(?:an|the)\s+invitation|invitations?\s+to\s+visit|would\s+(?:be\s+held|take\s+place|meet|visit|travel|co-?chair|attend|hold)|forthcoming|upcoming)\b`)
	// invitationToRe ends the text before a verb of what someone is invited
	// to do: "conveyed an invitation to Niazi to (co-chair it)".
	// "invited X to pay an official visit in the autumn to (co-chair
	// the Council)": however far the invitation is before the verb.
	// presentedByRe ends the line before a list of those who presented
	// something or came as guests: "Credentials were presented by:".
	presentedByRe  = regexp.MustCompile(`(?i)\b(?:presented|handed\s+over|submitted)\s+by\s*:$|\bguests\b[^:]*:$`)
	invitationToRe = regexp.MustCompile(`(?i)\b(?:invitation|invited|invites|inviting)\b[^.]*\bto\s+$`)
	backgroundRe   = regexp.MustCompile(`(?i)\b(?:had\s+(?:visited|met|held|hosted|travelled|come|paid)|recalled|recalling|reminded)\b|\blast\s*$`)
	// lastMetRe is an earlier meeting of the two the report is about, told
	// without their names; with names, backgroundRe sees the "last" just
	// before the verb.
	honourGuestRe      = regexp.MustCompile(`(?i)\bin\s+(?:the\s+)?hono(?:u)?r\s+of\s+(?:the|our)\s+(?:distinguished\s+|honou?red\s+|visiting\s+|high\s+|esteemed\s+|august\s+)*(?:guests?|delegation|delegates|visitors?|dignitar(?:y|ies)|senators|parliamentarians|lawmakers|ministers)\b`)
	issuedRe           = regexp.MustCompile(`(?i)\b(?:statement|release|communiqu[eé]|readout)\s+(?:was\s+)?(?:issued|released|published)\b[^,;]*|\b(?:reported|announced|said|stated|wrote)\s+on\s+(?:[A-Z][a-z]+day)\b[^;.]*`)
	whereClauseRe      = regexp.MustCompile(`,\s+where\s+[^,;]*$`)
	heAndRe            = regexp.MustCompile(`\b(?:recalled|said|noted)\s+that\s+(?:he|she)\s+and\s+`)
	relativePronounRe  = regexp.MustCompile(`(?:,\s+(?:where|when|after\s+which)|\b(?:recalled|said|noted|added|remembered|mentioned)\s+that(?:\s+[^,;]{0,40}?)?)\s+(?:he|she)\s+(?:also\s+|then\s+|later\s+|first\s+)?(?:had\s+|has\s+|once\s+|previously\s+|earlier\s+)*$`)
	whereWhenRe        = regexp.MustCompile(`\s+(?:in|on|at|during)\s+`)
	unnamedSideRe      = regexp.MustCompile(`(?i)^\s*(?:with\s+)?(?:the\s+)?(?:leadership|leaders|officials|senior\s+officials|representatives|management|heads|members)\s+of\s+[^,;.]*`)
	delegationAfterRe  = regexp.MustCompile(`(?i)^\s*(?:with\s+)?an?\s+(?:[\w-]+\s+){0,3}delegation\s+(?:of|from)\s+[^,;.]*`)
	aDelegationRe      = regexp.MustCompile(`(?i)\ban?\s+(?:[\w-]+\s+){0,3}(?:delegation|team)\s+(?:from|of)\b[^,;]*$`)
	headOfDelegationRe = regexp.MustCompile(`(?i)\b(?:head|leader)\s+of\s+the\s+(?:[\w-]+\s+){0,2}delegation\s*,`)
	delegationLedByRe  = regexp.MustCompile(`(?i)^(?:the|this)\s+(?:[\w-]+\s+)?delegation(?:\s+of\s+[^,;.]{1,80}?)?\s+(?:was|is)\s+(?:led|headed)\s+by\b`)
	alsoRe             = regexp.MustCompile(`(?i)\balso\s*$`)
	// togetherRe tells what two did together (agreed, discussed), not how
	// they met: "the two sides agreed" names no contact of its own.
	togetherRe = regexp.MustCompile(`(?i)\b(?:agreed|decided|resolved|pledged|discussed|reviewed)\b`)
	theTwoRe   = regexp.MustCompile(`(?i)\bthe\s+two\s+(?:leaders|ministers|presidents|sides|prime\s+ministers|heads\s+of\s+(?:state|government)|foreign\s+ministers|counterparts|officials|men|women|envoys|diplomats)\b`)
	// theyRe opens a sentence with "They": the two the sentence before
	// named, when it named just two.
	theyRe        = regexp.MustCompile(`(?i)^\s*(?:they|both)\s`)
	asideRe       = regexp.MustCompile(`(?i)^,\s*(?:who|which)\s+[^,;.]{1,150},\s*(?:at|in|on)\b`)
	tookPlaceOnRe = regexp.MustCompile(`(?i)^(?:the|this)\s+(?:meeting|talks|conversation|call|visit|session|consultations)\b,?\s*(?:(?:which\s+)?(?:took\s+place|was\s+held|were\s+held)|held)\b`)
	hospitalityRe = regexp.MustCompile(`(?i)\bthanked\b[^.;]{0,80}\bfor\s+(?:the|his|her|their|its)?\s*(?:warm\s+)?(?:hospitality|welcome|reception)\b`)
	sessionOfRe   = regexp.MustCompile(`(?i)\b(?:session|meeting|sitting)\s+of\s+the\s+[^.;]{0,120}?\b(?:commission|council|committee)\b`)
	meetAgainRe   = regexp.MustCompile(`(?i)\b(?:they|the\s+two\s+(?:[\w-]+\s+)?(?:leaders|ministers|presidents|sides|counterparts|heads\s+of\s+state))\s+(?:will|are\s+to|are\s+expected\s+to|agreed\s+to|plan\s+to)\s+meet\s+(?:again|next)\b`)
	lastMetRe     = regexp.MustCompile(`(?i)\b(?:the\s+two|both)\s+(?:[\w-]+\s+)?(?:leaders|ministers|presidents|sides|counterparts|heads\s+of\s+state)\s+(?:had\s+)?last\s+met\b|^\s*(?:they|the\s+two)\s+(?:had\s+)?(?:first|last|previously|earlier)\s+met\b|\b(?:recalled|recalling|remembered)\s+(?:with\s+[\w-]+\s+)?their\s+(?:previous\s+|last\s+|earlier\s+|recent\s+)?(?:meeting|talks|conversation)\b`)
	// addressedOccasionRe is what an address was at, just after the verb:
	// "(addressing the) university's 15th convocation".
	addressedOccasionRe = regexp.MustCompile(`(?i)^\s*(?:[\w-]+(?:'s|’s)?\s+){0,3}?(convocation|ceremony|reception|celebrations?|festival|graduation|function|dinner|luncheon)\b`)
	addressRe           = regexp.MustCompile(`(?i)\b(?:addressing|addressed|spoke\s+at|speaking\s+at)\s+(?:a|an|the)\b`)
	duringTheRe         = regexp.MustCompile(`(?i)^\s*(?:(?:during|at|in\s+the\s+course\s+of)\s+the\s+(?:meeting|talks|visit|negotiations|ceremony|session|consultations|conversation|call|video\s+call|telephone\s+conversation)|on\s+(?:the|this)\s+occasion)\b`)
	presenceOfTheTwoRe  = regexp.MustCompile(`(?i)\bin\s+the\s+presence\s+of\s+(?:the\s+two|both|the)\s+(?:ministers|sides|leaders|heads|delegations|presidents|prime\s+ministers|foreign\s+ministers|chairmen|co-?chairs)\b`)
	receptionHostedRe   = regexp.MustCompile(`(?i)\b(?:hosted|held|organi[sz]ed|gave|arranged|convened|(?:celebrated|marked)\s+[^.;,]{1,60}?\s+with)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(reception|dinner|luncheon|lunch|iftar|ceremony|roundtable|round-table|webinar|seminar|lecture|symposium|workshop|panel\s+discussion|book\s+launch|conference|festival|celebration|gala|(?:culture|cultural|national|independence)\s+day)\b|the\s+(launch)\s+of\b)`)
	expandedFormatRe    = regexp.MustCompile(`(?i)\b(?:in\s+(?:an?\s+|the\s+)?(?:expanded|extended|enlarged|wider|broader|delegation-level)\s+(?:format|composition|session)|(?:followed\s+by|continued\s+(?:with|in))\s+(?:an?\s+)?(?:expanded|extended|enlarged|delegation-level)\s+(?:meeting|talks|session))\b`)
	remarksRe           = regexp.MustCompile(`(?i)^\s*(?:in\s+(?:his|her)\s+(?:(?:introductory|concluding|closing|opening|welcome|welcoming|keynote|inaugural)\s+)?(?:remarks|speech|address)|speaking\s+(?:at|on)\s+the\s+(?:reception|ceremony|event|occasion|dinner))\s*,`)
	theEventWasRe       = regexp.MustCompile(`(?i)^\s*the\s+(?:(?:opening|closing|plenary|inaugural)\s+)?(reception|ceremony|event|meeting|session|dinner)(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:forum|conference|summit|congress|commission|council))?\s+was\s+(opened|addressed|chaired|co-?chaired|hosted|presided\s+over)\s+by\b`)
	accompaniedByRe     = regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:also\s+)?accompanied\s+by\b`)
	bothRe              = regexp.MustCompile(`(?i)\b(?:at|in|during|part\s+in|attended)\s+(?:both|all|the\s+two|all\s+(?:the\s+)?(?:two|three|four|five|six)|each\s+of\s+the|each\s+of\s+(?:his|her|their|these|its))\s+(?:of\s+(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:meetings|talks|contacts|calls|sessions|engagements)\b`)
	accompaniedTheRe    = regexp.MustCompile(`(?i)\baccompanied\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:delegation|mission|visitors|guests?|minister|ambassador|envoy|dignitary|consul(?:\s+general)?|high\s+commissioner|governor|chief\s+minister|mayor|akim|hokim|khokim|chairman|president)\b|(?:him|her|them)\s+(?:to|at)\s+the\s+(?:meeting|talks)(?:\s+with\s+[^,.;]{1,60})?)`)
	bookLaunchedRe      = regexp.MustCompile(`(?i)^(?:[^.;]{0,40}?\b)?(?:a|an|the)\s+(?:new\s+)?(?:book|report|volume|monograph|study|documentary)\b[^.;]{0,220}?\b(?:was|were)\s+(?:formally\s+|officially\s+)?(launched|unveiled)\b`)
	gatheringHeldRe     = regexp.MustCompile(`(?i)^(?:[^.;]{0,60}?\b)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(meeting|session|sitting|consultations|summit|conference|forum)\s+(?:of|on)\b[^.;]{0,200}?\b(?:was|were)\s+(?:also\s+)?held\b|\b(?:at|during)\s+(?:a|an|the)\s+(?:(?:trilateral|bilateral|quadrilateral|joint|ministerial|high-level|first|second|third|[\w-]+-level)\s+){1,2}(meeting|session|consultations)\s+held\b|^(?:[^.;]{0,60}?\b)?(consultations|talks|negotiations)\s+(?:on\s+[^.;]{1,80}?\s+)?between\b[^.;]{0,200}?\b(?:was|were)\s+(?:also\s+)?held\b|^\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(ceremony|reception|session|meeting|forum|conference|summit)\s+(?:was|were)\s+(?:also\s+)?held\b|^(?:[^.;]{0,60}?\b)?(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(forum|summit|congress)\s+(?:was|were)\s+(?:also\s+)?held\b`)
	// sideLedRe tells who was on which side of the contact being told:
	// "X led the Pakistani side, while Uzbekistan was represented by Y".
	sideLedRe = regexp.MustCompile(`(?i)\b(?:led|headed)\s+the\s+[\w-]+\s+(?:side|delegation)\b|\bwas\s+represented\s+by\b|\b(?:side|delegation)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?\s+was\s+(?:led|headed|chaired)\s+by\b`)
	// relativeEndRe ends a text with a relative pronoun.
	relativeEndRe = regexp.MustCompile(`(?i)\b(?:who|which|that)\s*$`)
	// partOfDelegationRe: "X is also part of the delegation".
	partOfDelegationRe   = regexp.MustCompile(`(?i)\b(?:is|was|are|were)\s+(?:also\s+)?(?:a\s+)?(?:part|members?)\s+of\s+the\s+(?:[\w-]+\s+){0,2}delegation\b`)
	delegationIncludedRe = regexp.MustCompile(`(?i)\b(?:delegation|side|its\s+members|members\s+of\s+the\s+delegation)(?:,\s+which\s+[^,;]{1,100},|\s+(?:at|to|in|for|during)\s+the\s+[^,;.]{1,60}?)?(?:\s+(?:that|which|who))?\s+(?:also\s+)?(?:included|includes|comprised|comprises|consists\s+of|consisted\s+of|was\s+composed\s+of|was\s+made\s+up\s+of|was\s+(?:also\s+)?represented\s+(?:also\s+)?by)\b`)
	// theGuestsRe is the object of a verb of hosting that names no one:
	// "received the guests", "welcomed the delegation".
	theGuestsRe = regexp.MustCompile(`(?i)^\s+(?:the\s+)?(?:(?:chief|distinguished|visiting|foreign|[\w-]+)\s+)?(?:guests?|delegation|delegates|visitors|participants|dignitar(?:y|ies)|them)\b`)
	// indefiniteObjRe opens an object with "a", "an" or "another": guests
	// not told before ("Earlier in the day, the Speaker received a
	// delegation of the Young Parliamentarians Forum").
	indefiniteObjRe = regexp.MustCompile(`(?i)^\s+(?:a|an|another)\s`)
	// "Among the diplomats attending the reception were A and B".
	guestsIncludedRe = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:guests|invitees|attendees|those\s+present)` + guestsAtOccasion + `\s+(?:also\s+)?included\b|^\s*among\s+(?:the\s+)?(?:[\w-]+\s+)?(?:guests|invitees|attendees|those\s+present|participants|dignitaries|diplomats|ambassadors|envoys|officials)` + guestsAtOccasion + `\s+(?:were|was)\b`)
	// (", welcoming the envoy," too, when someone is welcomed: not ",
	// welcoming the decision of President X".)
	whileWelcomingRe = regexp.MustCompile(`(?i),\s*(?:while|when|in)\s+welcoming\s+|,\s*welcoming\s+(?:(?:the|our)\s+(?:[\w-]+\s+)?(?:envoy|ambassador|guests?|delegation|visitors?|minister|diplomat)\b|(?-i:[A-Z]))`)
	welcomingRe      = regexp.MustCompile(`(?i)^\s*(?:while\s+|in\s+)?welcoming\s+the\s+(?:(?:chief|distinguished|visiting|foreign)\s+)?(?:guests?|delegation|delegates|visitors|participants|dignitar(?:y|ies))\b`)
	itAccompaniedRe  = regexp.MustCompile(`(?i)^\s*(?:it|they|the\s+(?:[\w-]+\s+){0,2}(?:delegation|visitors|guests|team))\s+$`)
	// theGuestOfHonourRe is, at an occasion, its guest by office:
	// "welcomed the ambassador, who was accompanied by ...".
	theGuestOfHonourRe = regexp.MustCompile(`(?i)^\s+the\s+(?:visiting\s+)?(?:ambassador|envoy|consul(?:\s+general)?|high\s+commissioner|minister|chief\s+guest|guest\s+of\s+honou?r|diplomat)\b`)
	// guestAtRe is an occasion a guest of honour opens the report with:
	// "was the chief guest at the annual graduation ceremony".
	guestAtRe        = regexp.MustCompile(`(?i)\b(?:(?:was|were)\s+(?:the\s+)?|as\s+(?:the\s+)?)(?:chief\s+guests?|guests?\s+of\s+honou?r|special\s+guests?)\s+(?:at|of)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(ceremony|reception|dinner|luncheon|iftar|conference|forum|summit|session|function|celebrations?|festival|seminar|event|convocation|graduation)\b`)
	attendRe         = regexp.MustCompile(`(?i)\b(?:attended|was\s+(?:also\s+)?present|were\s+(?:also\s+)?present|also\s+present|were\s+the\s+guests\s+of\s+honou?r|was\s+the\s+(?:chief\s+)?guest|guests?\s+of\s+honou?r\s+(?:included|were|was)|graced\s+the\s+(?:occasion|event|ceremony|reception|function)|sat\s+in\s+(?:on|at)\s+the\s+(?:talks|meeting|session|discussions?|negotiations)|joined\s+the\s+(?:[\w-]+\s+)?(?:talks|meeting|session|call|conversation|video\s*conference|discussions?|negotiations|delegation)\b|(?:was|were|is|are)\s+(?:also\s+)?joined\s+by\b|\b(?:reception|ceremony|event|dinner|gathering|function|luncheon)\b[^.;]{0,80}?\bdrew\b|heard\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:report|briefing|address|statement|presentation)\s+(?:by|from)\b|(?:was|were)\s+(?:again\s+|also\s+)?in\s+attendance|(?:was|were)\s+(?:also\s+)?there\s+(?:as\s+well|too)\b|the\s+chief\s+guest\s+was|conducted\s+the\s+(?:programme|program|proceedings|ceremony|event)|participated\s+in\s+the\s+(?:consultations|talks|negotiations|discussions)|^\s*(?:taking\s+part|participating|present)\s+(?:in|at)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|session|consultations|negotiations)\s+(?:were|was)|(?:participated|joined)\s+(?:in\s+)?(?:(?:the|it)\s+(?:[\w-]+\s+)?)?from\s+(?:the\s+)?[A-Z][\w-]*|moderated\s+the\s+(?:session|discussion|event|proceedings)|compered\s+the\b|(?:speakers|participants)\s+(?:also\s+)?included|(?:other\s+)?(?:speakers|participants|panell?ists)\s+(?:at|in)\s+the\s+(?:[\w-]+\s+){0,2}(?:session|meeting|forum|conference|event|plenary)\s+(?:were|included)|others\s+who\s+(?:spoke|addressed\s+the\s+[\w-]+)(?:\s+on\s+the\s+occasion)?\s+(?:also\s+)?included|(?:was|were)\s+(?:moderated|presided\s+over|compered)\s+by|took\s+part|(?:also\s+)?spoke\s+on\s+the\s+occasion|(?:was|were)\s+the\s+(?:keynote\s+|guest\s+|main\s+)?speakers?|among\s+them\b|among\s+others\b|(?:presented|handed\s+over|awarded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:certificate|award|memento|souvenir|shield|gift|plaque|prize|medal|trophy|cheque)s?\s+to\b|(?:jointly\s+)?cut\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:cake|ribbon)|(?:was|were)\s+(?:also\s+)?among\s+the\s+(?:[\w-]+\s+)?(?:guests|participants|attendees|invitees|dignitaries|speakers)|^\s*the\s+chief\s+guest|spoke\s+(?:about|on)\b|(?:also\s+at|around)\s+the\s+(?:table|dinner|meeting|talks|event|reception)\s+(?:with\s+[^,;]{1,40}?\s+)?(?:were|was)\b|told\s+the\s+(?:gathering|audience|participants|meeting|forum|session)|a\s+member\s+of\s+the\s+delegation\b|(?:was|were)\s+(?:also\s+)?(?:a\s+)?part\s+of\s+the\s+(?:[\w-]+\s+)?(?:delegation|team|side)\b|joined\s+(?:the\s+(?:session|webinar|meeting|discussion|event)\s+)?(?:online|virtually|remotely|via\s+video\s+link)|as\s+(?:the\s+)?keynote\s+speaker|(?:delivered|gave)\s+the\s+keynote|(?:chaired|moderated|presided\s+over)\s+the\s+(?:session|roundtable|webinar|seminar|discussion|event|proceedings|lecture|launch)|read\s+out\s+the\s+(?:annual\s+)?(?:report|message|citation|address|welcome))\b`)
	sidelinesRe      = regexp.MustCompile(`(?i)\bon\s+the\s+sidelines\s+of\b`)
	speechRe         = regexp.MustCompile(`(?i)\b(?:said|says|added|noted|stressed|remarked|recalled|reminded|pointed out|explained|informed|told\s+(?:reporters|journalists|newsmen|the\s+(?:media|press)))\b`)
	scheduledRe      = regexp.MustCompile(`(?i)^\s*(?:had|has|have)?\s*(?:been\s+|is\s+|are\s+|was\s+|were\s+)(?:scheduled|planned|expected|arranged|proposed|due)\b`)
	alsoSignedRe     = regexp.MustCompile(`(?i)\balso\s+(?:signed|inked|initial(?:l)?ed)\b`)
	whoCalledOnRe    = regexp.MustCompile(`(?i),?\s+(?:who|which)\s+(?:had\s+)?(?:(?:called\s+on|paid\s+(?:him\s+|her\s+)?(?:a\s+)?(?:courtesy\s+)?(?:call|visit)(?:\s+on)?|came\s+to\s+see)\s+(?:him|her|them)|(?:visited|called\s+at|came\s+to)\s+(?:the|his|her|their))\b`)
	clauseEndRe      = regexp.MustCompile(`(?i),\s*(?:which|who|whose|where|that|and\s+that|while)\b|;`)
	introRe          = regexp.MustCompile(`(?i)^(?:apart\s+from|besides|in\s+addition\s+to|following|during|after|before|besides)\b[^,]*,`)
	clauseStartRe    = regexp.MustCompile(`(?i),\s*and\s+that\b|\bwhen\b|\bthat\b|;|\bwhile\b|\bafter\b|\bbefore\b`)
	atTheEventRe     = regexp.MustCompile(`(?i)\b(?:at\s+the\s+(?:session|meeting|conference|summit|forum|ceremony|event|reception|dinner)|(?:addressing|addressed)\s+the\s+(?:guests|participants|gathering|audience|reception|attendees|invitees|ceremony|event|function|occasion|students|graduates|seminar|session|forum|conference|meeting|celebrations?|members|delegates|business\s+community|businessmen|traders|entrepreneurs|exporters|faculty))\b`)
	officeRe         = regexp.MustCompile(`(?i)\boffice\b`)
	withSomeoneRe    = regexp.MustCompile(`\b(?:between|with)\s+(?:Mr|Ms|Dr|the\s+)?\s*[A-Z]`)
	sideRe           = regexp.MustCompile(`(?i)\s+(?:with|between)\s+the\s+\w+\s+side\b.*$`)
	saidWhileRe      = regexp.MustCompile(`^\s*(?:(?:this|so|these\s+views)\s*(?:(?:while|when|during\s+(?:a|the|an))?\s*$|(?:while|when|after|during)\b)|(?:when|while|as)\s+(?:he|she|they)\s+$)`)
	pronounSubjectRe = regexp.MustCompile(`^(?:He|She)\s+(?:said|says|stated|made|expressed|was|is|also)\b|(?:^|[,;]\s*|^(?:Later|Then|Earlier|Also|On\s+[A-Z]\w+(?:\s+\w+)?|The\s+(?:next|following)\s+day|In\s+the\s+(?:morning|afternoon|evening)),?\s+)(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?$`)
	focusRe          = regexp.MustCompile(`^(?:(?:with\s+)?(?:a\s+|special\s+|particular\s+)*(?:focus|emphasis)\s+on|focusing\s+on|focused\s+on|among\s+them|among\s+others|in\s+particular|particularly(?:\s+in)?|especially(?:\s+in)?|notably(?:\s+in)?|chiefly(?:\s+in)?|mainly(?:\s+in)?|primarily(?:\s+in)?|such\s+as|(?:cooperation|collaboration|joint\s+work|ties|relations)\s+in\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)\s+of)\s+|\s+in\s+general$`)
	// "from trade and investment to energy": a range of items.
	fromToRe       = regexp.MustCompile(`(?:^|,\s*)(from\s+)[^;]+?(\s+to\s+)`)
	namedAndRe     = regexp.MustCompile(`\b([A-Z][\w-]*)\s+and\s+([A-Z])`)
	betweenRe      = regexp.MustCompile(`\b(between\s+[\w-]+(?:\s+[A-Z][\w-]*)*)\s+and\s+`)
	listSepRe      = regexp.MustCompile(`,\s*(?:and\s+|as well as\s+|plus\s+)?|;\s*|\s+as\s+well\s+as\s+`)
	lastAndRe      = regexp.MustCompile(`\s+and\s+(?:on\s+|about\s+|in\s+)?`)
	titleDateRe    = regexp.MustCompile(`\s+(?:on|in|of|for)\s+(?:` + monthRe + `|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$`)
	topicEndRe     = regexp.MustCompile(`\s+(?:during|when|while|after|before)\b|,?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|,\s*(?:which|who|where)\b|\s+(?:so\s+as\s+to|in\s+order\s+to|so\s+that)\b|\s+to\s+(?:expand|grow|increase|rise|develop|improve|continue|deepen|widen)(?:\s+[a-z]+ly)?$|,\s*(?:[a-z]+\s+)?(?:which|whom)\b|,\s*and\s+(?:also\s+)?[a-z]{3,}ed\s+(?:the|a|an|his|her|their|him|them|that|to|on)\b|,?\s+(?:noting|saying|adding|stressing|underlining|emphasi[sz]ing|highlighting|describing|calling)\b|,?\s+and\s+(?:he|she|they|we|both\s+sides|the\s+two\s+sides)\b|\s+(?:at|in)\s+(?:a|the|his|her|their)\s+(?:meeting|office|talks|session|ceremony)\b|\s+and\s+(?:agreed|decided|resolved|pledged|stressed|underlined|emphasi[sz]ed|expressed|noted|vowed)\b|,\s*(?:according\s+to\b|(?:the\s+|a\s+|an\s+)?[\w'’ -]{0,60}?\b(?:said|says|added|noted|stated|reported|announced|told|underlined|stressed|emphasi[sz]ed|highlighted|recalled|expressed|welcomed|thanked|praised|proposed|suggested)\b)`)
	inviteRe       = regexp.MustCompile(`(?i)\b(?:invited|invites|inviting|invitations?\s+(?:from\s+[^.;]+?\s+)?to)\s+(.+?)\s+to\s*$`)
	duringRe       = regexp.MustCompile(`\b(?:during|in|at)\s+(?:a|the|their|an?\s+official)$`)
	recalledTripRe = regexp.MustCompile(`\b(?:recalled|recalling|remembered|recounted)\s+(?:his|her|their)(?:\s+[\w-]+)?$`)
	hostedForRe    = regexp.MustCompile(`(?i)^[^,;]*?\bfor\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(talks|dinner|lunch|luncheon|banquet|iftar|breakfast)\b`)
	ownTripRe      = regexp.MustCompile(`(?i)^\s*(?:his|her|their)\s+(?:[\w-]+\s+)?$`)
	theyHeldRe     = regexp.MustCompile(`^\s*They\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?(?:held|had)\b`)
	// whichClauseRe is a relative clause about a thing: ", which A and B
	// co-chair".
	gatheringAttendedRe = regexp.MustCompile(`(?i)^\s*the\s+(?:[\w-]+\s+){0,2}?(forum|conference|seminar|roundtable|webinar|summit|ceremony|reception|festival|exhibition)(?:,\s*[^,]{1,140},)?\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b`)
	coChairedAsideRe    = regexp.MustCompile(`(?i)^\s*the\s+[\w\s'’-]{1,60}?,\s*(?:jointly\s+)?co-?chaired\s+by\s+[^,;]{3,200}?,\s*((?:is|are|was|were|will|would|has|had)\b[^.;]*)`)
	nextMeetingRe       = regexp.MustCompile(`(?i)\bnext\s+(?:meeting|session|round|sitting)\b`)
	greetingsToRe       = regexp.MustCompile(`(?i)\b(?:convey|conveyed|conveying|pass\s+on|passed\s+on|extend|extended)\s+(?:his|her|their|the)?\s*(?:warm\s+|best\s+)?(?:greetings|regards|wishes|message)\b`)
	whichClauseRe       = regexp.MustCompile(`,\s*which\s+(?:[A-Z][\w'’-]*\s+){1,6}(?:and\s+(?:[A-Z][\w'’-]*\s+){1,5})?(?:also\s+|jointly\s+)?[a-z][^,.;]{0,120}`)
	aDelegationObjRe    = regexp.MustCompile(`(?i)^\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegation\b`)
	accompaniedAsideRe  = regexp.MustCompile(`,\s*accompanied\s+by\s+[^,]{1,80},\s*`)
	theGuestsSubjectRe  = regexp.MustCompile(`(?i)\bthe\s+(?:guests|visitors|visiting\s+(?:delegation|team|guests)|delegation|delegates)\s+(?:then\s+|also\s+|later\s+)?(?:(?:was|were)\s+)?$`)
	// toldThatRe starts what someone is told to have said.
	toldThatRe        = regexp.MustCompile(`(?i)\b(?:said|says|noted|noting|added|stressed|recalled|recalling|told)\b`)
	personPronounRe   = regexp.MustCompile(`(?i)\b(?:he|she|they|his|her|their)\b`)
	arrivedRe         = regexp.MustCompile(`(?i)\b(?:arrived|arrives|landed)\b`)
	objectPronounRe   = regexp.MustCompile(`^\s+(?:him|her)\b`)
	announcedRe       = regexp.MustCompile(`(?i)\b(?:consultations|talks|round|negotiations|meeting|session|match|game|tournament|ceremony|reception|forum|conference|summit|festival|exhibition|signing|memorandum|agreement|MoU)\b`)
	agreedRe          = regexp.MustCompile(`(?i)^(?:agreed|decided|resolved|pledged)$`)
	dateWordRe        = regexp.MustCompile(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|` + monthRe + `|\d)`)
	relativeWhoRe     = regexp.MustCompile(`^[^.;]*,\s*who\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?$`)
	thatRe            = regexp.MustCompile(`\bthat\b`)
	toDoRe            = regexp.MustCompile(`\bto\s+[a-z]`)
	theDelegationRe   = regexp.MustCompile(`(?i)\bthe\s+(?:(?:[\w-]+\s+)?delegation|senators|lawmakers|parliamentarians|legislators|delegates)\b`)
	relativeAsideRe   = regexp.MustCompile(`,\s*(?:who|which)\s+[^,;]{1,150},`)
	gatheringWordRe   = regexp.MustCompile(`(?i)\b(?:forum|conference|summit|congress|symposium|seminar|expo|exhibition|fair|session|ceremony)\b`)
	demonymGroupRe    = regexp.MustCompile(`^(?:[A-Z][\w ]{0,30}?,\s+(?:on\s+the\s+sidelines\s+of\s+[\w ]{1,40}?,\s+)?)?[Tt]he\s+([A-Z][a-z]+)\s+(?:delegation|side|visitors|guests?|team|parliamentarian|lawmaker|diplomat|official|politician|dignitary|leader|scholar|cleric|academic|businessman|businesswoman|entrepreneur|journalist|artist)\b`)
	groupSubjectRe    = regexp.MustCompile(`(?i)\b(?:delegation|visitors|guests|team|visiting\s+side)\b`)
	attributionRe     = regexp.MustCompile(`,\s*(?:(?:the\s+|a\s+|an\s+)?[^,;]{0,80}?\b(?:said|says|stated|told\s+\w+|added|noted|reported|reports|writes|wrote|posted|tweeted|announced|confirmed)(?:\s+(?:on|in|at|via|to|during|after)\s+[^,;]{1,60})?|according\s+to\s+[^,;]{1,100})\s*\.?\s*$`)
	pressRe           = regexp.MustCompile(`(?i)^\s*(?:joint\s+)?(?:press|news|media)\s+(?:conference|briefing|talk)`)
	separatelyRe      = regexp.MustCompile(`(?i)\bseparately\b`)
	didNotTakePlaceRe = regexp.MustCompile(`(?i)\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|cannot|failed\s+to)\s+take\s+place\b|\b(?:was|were|has\s+been|had\s+been)\s+(?:cancelled|canceled|called\s+off|postponed|put\s+off|deferred|dropped|scrapped|shelved|abandoned|rescheduled)\b|\bfell\s+through\b`)
	negatedRe         = regexp.MustCompile(`(?i)(?:\b(?:did|do|does|have|has|had|was|were|will|would|could)(?:\s+not|n['’]t)|\bnever|\bnot\s+yet|\bfailed\s+to)\s+(?:[\w-]+\s+){0,2}$`)
	relativeSubjectRe = regexp.MustCompile(`,\s*(?:which|whom)\s+([A-Za-z][^,;]{0,60}?)\s*$`)
	pronounRe         = regexp.MustCompile(`(?i)^(?:he|she|they|we|it|the\s+two\s+sides|both\s+sides)\b`)
	prevDayRe         = regexp.MustCompile(`(?i)(?:^|,)\s*(?:on\s+)?the\s+(?:day\s+before|previous\s+day)\b|\ba\s+day\s+(?:earlier|before)\s*(?:[,.;]|$)|^\s*(?:a|the)\s+day\s+before\s+the\s+(?:[\w-]+\s+){0,2}?(?:convocation|ceremony|meeting|talks|visit|summit|conference|forum|signing|session|event)\b|\bthe\s+(?:previous|preceding)\s+day\s*(?:[,.;]|$)`)
	endOfContactRe    = regexp.MustCompile(`(?i)\b(?:at\s+the\s+end\s+of|following|after|upon\s+the\s+conclusion\s+of|at\s+the\s+conclusion\s+of|on\s+the\s+results\s+of)\s+the\s+(?:talks|meeting|negotiations|consultations|session|visit)\b`)
	daysApartClauseRe = regexp.MustCompile(`(?i),\s*(a|one|two|three)\s+days?\s+(after|before)\s+`)
	aheadRe           = regexp.MustCompile(`(?i)\b(?:next|coming)\b`)
	subjectLeadRe     = regexp.MustCompile(`(?i)\b(?:on|about|regarding|concerning)\s+(?:the|a|an)\s+[a-z]`)
	recallingRe       = regexp.MustCompile(`(?i)^\s*(?:recalling|referring\s+to|remembering|speaking\s+of)\b`)
	visitDayRe        = regexp.MustCompile(`(?i)\bon\s+the\s+(first|second|third|fourth|fifth|opening|final|last|closing)\s+day\b(?:\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay))?(?:\s+of\b)?`)
	// itemDatelineRe is a sentence that is only a place and a day, as
	// the items of a digest open: "Islamabad, 23 October.".
	// itemWeekdayRe is a heading that is only a weekday, perhaps with a
	// place after a bar or a dash ("MONDAY | Almaty", "Tuesday").
	itemWeekdayRe  = regexp.MustCompile(`(?i)^\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:[|,–—-]\s*\p{L}[\p{L}\s'’-]*)?$`)
	itemDatelineRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s+((?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})(?:,?\s+\d{4})?)\s*[.:–—-]?\s*$`)
	// requestedRe ends the text before a contact only asked for: "the
	// envoy's request for a (call on X)", "sought a (meeting with X)".
	requestedRe    = regexp.MustCompile(`(?i)\b(?:requests?\s+for|requested|sought|seeking|seeks)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$`)
	joinedByLinkRe = regexp.MustCompile(`(?i)\b(?:joined|attended|participated\s+in|took\s+part\s+in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:meeting|session|talks|conference|forum|ceremony|consultations|discussions?)\s+(?:by|via|through|over|on)(?:\s+a)?$|^(?:speaking|participating|joining|taking\s+part)\s+(?:by|via|through|over)(?:\s+a)?$`)
	nextDayRe      = regexp.MustCompile(`(?i)\b(?:the\s+next|the\s+following)\s+day\b|\b(a|one|two|three|four|five)\s+days?\s+later\b`)
	laterRe        = regexp.MustCompile(`(?i)^\s*later\s*,`)
	sameDayRe      = regexp.MustCompile(`(?i)^\s*later\s*,|\b(?:later\s+(?:in\s+the|that)\s+day|on\s+the\s+same\s+day|the\s+same\s+(?:day|evening|afternoon|morning)|earlier\s+in\s+the\s+day|in\s+the\s+(?:evening|afternoon|morning)|that\s+(?:evening|afternoon)|later\s+(?:also\s+)?(?:called|met|held|visited|received|toured|paid)|afterwards?|thereafter)\b`)
	gatheringRe    = regexp.MustCompile(`(?i)\b(?:forum|conference|summit|congress|symposium|seminar|expo)\s+(?:was|were|is)\s+(?:opened|inaugurated)\b|\b(?:opened|inaugurated)\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}(?:forum|conference|summit|congress|symposium|seminar|expo)\b`)
	docSubjectRe   = regexp.MustCompile(`^\s+(?:on|in\s+the\s+field\s+of|in\s+the\s+fields\s+of)\s+([a-z][^,;:()]*?)(?:\s+(?:during|between|with|at|in\s+the\s+presence)\b|[,;:(]|$)`)
	docRe          = regexp.MustCompile(`(?i)\b(memorand(?:ums?|a)(?:\s+of\s+understanding)?|mous?|agreements?|action\s+plan|protocols?|declarations?|joint\s+statement|roadmap|programmes?|contracts?|treaty|treaties)\b`)
)

// maxSubjectBytes bounds the words read after a topic's cue, and
// maxSubjectsPerRule the cues of one rule read in a sentence.
const (
	maxSubjectBytes    = 400
	maxSubjectsPerRule = 12
)

// A subjectRule finds what a contact was about (or, for an outcome, what it
// decided) in the words its first group captures.
type subjectRule struct {
	re      *regexp.Regexp
	outcome bool // an outcome: the words kept whole, with their verb
}

var (
	subjectRules = []subjectRule{
		{re: regexp.MustCompile(`(?i)\b(?:discussed|discussing|discuss|talked\s+about|to\s+talk\s+about|talks\s+on|for\s+talks\s+on|exchanged\s+views\s+on|exchange\s+views\s+on|reviewed|reviewing|to\s+review|covered|went\s+over|focused\s+on|focusing\s+on|deliberated\s+on|considered|covering|concerning|regarding)\s+(\S)`)},
		// What a side said it was about.
		{re: regexp.MustCompile(`(?i)\b(?:spoke|speaking|talked|talking)\s+(?:of|about)\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\b(?:stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|underlined|underlining|underscored|underscoring|highlighted|highlighting|noted|noting|pointed\s+out|recogni[sz]ed)\s+(?:the\s+)?(?:need|importance|significance|necessity|role|potential|value)\s+(?:of|for|to)\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\b(?:pointed\s+to|called\s+for|briefed\s+[^,;]{1,80}?\s+(?:on|about)|informed\s+[^,;]{1,80}?\s+about)\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\b(?:keen|ready|willing|eager|interested|determined|committed|wanted|wants|sought|seeks|aimed|aims|looking\s+forward|looked\s+forward)\s+(?:to|on)\s+(?:further\s+)?(?:expand(?:ing)?|widen(?:ing)?|intensify(?:ing)?|step\s+up|boost(?:ing)?|strengthen(?:ing)?|enhanc(?:e|ing)|deepen(?:ing)?|develop(?:ing)?|promot(?:e|ing)|increas(?:e|ing)|rais(?:e|ing)|build(?:ing)?|broaden(?:ing)?|diversify(?:ing)?)\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\b(?:hoped|hopes|wished|wishes)\s+to\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\b(?:explored|exploring|explore|identified|identify|looked\s+at)\s+(?:ways|avenues|opportunities|possibilities|prospects|the\s+potential|areas)\s+(?:to|of|for)\s+(\S)`)},
		// Fields of cooperation: "cooperation in the fields of X and Y",
		// "wide scope for joint work in construction".
		{re: regexp.MustCompile(`\b(?:cooperation|collaboration|partnership|joint\s+work|ties|relations|links|interaction)\s+(?:in|on)\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\s+(\S)`)},
		{re: regexp.MustCompile(`\b(?:scope|potential|opportunities|prospects)\s+for\s+(?:cooperation|collaboration|joint\s+work|partnership|investment)\s+(?:in|on)\s+((?:the\s+)?[a-z])`)},
		// "a meeting with X on Y", "work with partners on energy",
		// "relations between the two countries in sport", "on subjects
		// such as X", "referred to X".
		{re: regexp.MustCompile(`(?i)\b(?:meeting|meetings|talks|consultations|conversation|discussions?)\s+(?:with\s+[^,;]{1,80}?\s+)?on\s+(\S)`)},
		{re: regexp.MustCompile(`\b(?:work|working|cooperate|cooperating|collaborate|collaborating|partner)\s+(?:together\s+|closely\s+)?(?:with\s+[^,;]{1,60}?\s+)?(?:on|in)\s+([a-z])`)},
		{re: regexp.MustCompile(`\b(?:cooperation|collaboration|relations|ties|links|partnership|contacts)\s+between\s+[^,;]{1,60}?\s+(?:in|on)\s+([a-z])`)},
		{re: regexp.MustCompile(`(?i)\b(?:subjects|issues|topics|matters|questions|areas|sectors|fields)\s+(?:such\s+as|including|like)\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\b(?:referred\s+to|touched\s+(?:up)?on|dwelt\s+on)\s+(\S)`)},
		// Passive and impersonal: "Issues of X were discussed", "special
		// attention was paid to X", "the agenda included X".
		{re: regexp.MustCompile(`^(?:(?:At|During|In)\s+the\s+(?:talks|meeting|session|negotiations|consultations)\s*,\s*)?(?:The\s+|Also\s+)?([A-Za-z][^;]{3,300}?)\s+(?:was|were)\s+(?:also\s+)?(?:discussed|considered|reviewed|addressed|touched\s+upon|on\s+the\s+agenda)\b`)},
		{re: regexp.MustCompile(`(?i)\battention\s+(?:was|were)\s+(?:also\s+)?(?:paid|given|drawn|devoted)\s+to\s+(\S)`)},
		{re: regexp.MustCompile(`(?i)\bagenda\s+(?:included|covered|comprised|featured)\s+(\S)`)},
		// What was decided.
		{re: regexp.MustCompile(`(?i)\b(?:agreed|decided|resolved|pledged|undertook)\s+(?:to|that|on)\s+(\S)`), outcome: true},
		{re: regexp.MustCompile(`(?i)\b(?:accepted\s+a\s+proposal|confirmed\s+their\s+interest\s+in|proposed|suggested|promised|assured|vowed|offered)\s+(\S)`), outcome: true},
		{re: regexp.MustCompile(`(?i)\b(?:announced)\s+that\s+(\S)`), outcome: true},
		{re: regexp.MustCompile(`(?i)\bexpressed\s+(?:(?:his|her|their|its|the)\s+)?(?:readiness|willingness|desire|intention|interest)\s+(?:to|for|in)\s+(\S)`), outcome: true},
	}
	// "speaking on the occasion", "the sides", "him", "discussed during
	// the meeting": no subject.
	subjectSkipRe = regexp.MustCompile(`(?i)^(?:(?:during|when|while|after|before|at|with)\s|the\s+occasion|this\s+occasion|(?:him|her|them|it|this|that)\b|(?:he|she|they|it)\s|(?:the\s+)?(?:meeting|talks|visit|sides|delegation|delegations|ambassador|envoy|minister)\s*$)`)
)

// findEvents turns the sentences into contacts.
func (d *drafter) findEvents() {
	var cur, trip *event
	var listOf *event // the contact a list after a colon names people of
	listRole := ""
	for _, a := range d.sents {
		if d.ctx.Err() != nil {
			return
		}
		txt := a.text
		// "The envoy handed over a letter from Minister X": X, named so,
		// takes part in no contact this sentence tells, even if the
		// report names him elsewhere too.
		if slices.ContainsFunc(a.people, a.sender) {
			b := *a
			b.people = slices.DeleteFunc(slices.Clone(a.people), a.sender)
			a = &b
		}
		// "Lahore, 25 October." opening an item of a weekly digest: the
		// day of the contacts the item tells, and no more of the contact
		// the item before told.
		if m := itemDatelineRe.FindStringSubmatch(txt); m != nil && len(a.people) == 0 {
			if r, ok := datelineDate(m[1], d.pub); ok {
				r.check = "date from the dateline of the item"
				d.itemDate = r
			}
			cur = nil
			continue
		}
		// "MONDAY | Almaty": a digest's item headed by its weekday.
		if m := itemWeekdayRe.FindStringSubmatch(txt); m != nil && len(a.people) == 0 && !d.pub.IsZero() {
			r := weekdayDate(weekdays[strings.ToLower(m[1])], m[1], d.pub, false)
			r.check = fmt.Sprintf("date from the item's heading %q against the publication date", strings.TrimSpace(txt))
			d.itemDate = r
			cur = nil
			continue
		}
		// "Credentials were presented by:" and then one line per
		// ambassador, each ending in ";": everyone of the list was at the
		// contact told before the colon.
		if listOf != nil && len(a.people) > 0 && !d.hasContactVerb(txt) {
			for _, m := range a.people {
				listOf.add(m.p, "", listRole)
			}
			if t := strings.TrimSpace(txt); !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, ",") {
				listOf = nil
			}
			continue
		}
		listOf = nil
		// "The signatories of the two main documents were: 1. A, Chairman
		// of X, and B, CEO of Y - agreement on ...": a signing at the
		// contact told, of everyone the list names.
		if loc := signatoriesRe.FindStringIndex(txt); loc != nil && cur != nil && cur.status == "held" && !d.hasContactVerb(txt[loc[1]:]) {
			e := &event{kind: "signing", status: "held", sent: a.idx, verb: txt[loc[0]:loc[1]], date: cur.date, place: cur.place, visit: cur.visit}
			for _, m := range a.people {
				if a.toks[m.start].start >= loc[1] {
					e.add(m.p, "", "attendee")
				}
			}
			if e.people() > 0 {
				d.events = append(d.events, e)
				d.topicsAndOutcomes(a, e)
				continue
			}
		}
		if t := strings.TrimSpace(txt); strings.HasSuffix(t, ":") && cur != nil && cur.status == "held" && len(a.people) == 0 && !d.hasContactVerb(txt) {
			listOf, listRole = cur, "attendee"
			if presentedByRe.MatchString(t) {
				listRole = "guest"
			}
			continue
		}
		// "The meeting, which took place on March 28, ...": the day of
		// the contact told before, which only the dateline dated.
		if cur != nil && tookPlaceOnRe.MatchString(txt) && (cur.date.value == "" || cur.date.basis == basisDateline || cur.date.check != "") {
			if ds := findDatesHint(txt, d.pub, cur.status == "planned", d.yearHint); len(ds) > 0 {
				cur.date = ds[0]
				cur.date.check = "date from the sentence after, which tells when the contact took place"
			}
		}
		// Attendance with no one named ("Senior officials of the ministry
		// attended the meeting"): what the model cannot hold as a
		// participant goes to the contact's note.
		if loc := attendRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) == 0 && !d.hasContactVerb(txt) && loc[0] > 0 {
			who := strings.TrimSpace(strings.TrimRight(txt[:loc[0]], ", "))
			who = strings.TrimSuffix(strings.TrimSuffix(who, " also"), " were")
			if who != "" && len(who) < 200 {
				cur.unnamed = append(cur.unnamed, strings.ToLower(who[:1])+who[1:])
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "X was the chief guest at the annual graduation ceremony of Y,
		// held on Saturday": the occasion told first, X its guest.
		if m := guestAtRe.FindStringSubmatchIndex(txt); m != nil && len(a.people) > 0 && !d.hasContactVerb(txt[m[1]:]) {
			e := &event{kind: gatheringKinds[strings.ToLower(txt[m[2]:m[3]])], status: "held", sent: a.idx, verb: txt[m[0]:m[1]]}
			if ds := findDatesHint(txt, d.pub, false, d.yearHint); len(ds) > 0 {
				e.date = ds[0]
			} else if noun := strings.ToLower(txt[m[2]:m[3]]); a.idx > 0 && strings.Contains(strings.ToLower(txt[m[0]:m[1]]), " the "+noun) &&
				strings.Contains(strings.ToLower(d.sents[a.idx-1].text), noun) {
				// "The exercise concluded on Thursday with a closing
				// ceremony. X was the chief guest at the ceremony": the
				// day the sentence before gives it.
				e.date = d.occasionDate(a)
			}
			if !d.afterPublication(e.date.value) && (cur == nil || !strings.EqualFold(strings.TrimSpace(txt[m[0]:m[0]+4]), "the")) {
				for _, pm := range a.people {
					if a.toks[pm.start].start < m[0] {
						e.add(pm.p, "", "guest")
					}
				}
				if e.people() > 0 {
					e.place = d.placeIn(a)
					d.events = append(d.events, e)
					cur = e
					d.topicsAndOutcomes(a, e)
					continue
				}
			}
		}
		// "Chief guest on the occasion was X, while the ceremony was
		// presided over by Y", after "The Academy on Friday launched a
		// book": the occasion the sentence before tells, X its guest and Y
		// its host.
		if m := chiefGuestWasRe.FindStringIndex(txt); m != nil && len(a.people) > 0 && !d.hasContactVerb(txt[m[1]:]) {
			e := cur
			if e == nil || e.status != "held" || (e.kind != "ceremony" && e.kind != "reception" && e.kind != "conference") {
				e = &event{kind: "ceremony", status: "held", sent: a.idx, verb: txt[m[0]:m[1]], place: d.placeIn(a), date: d.occasionDate(a)}
				d.events = append(d.events, e)
				cur = e
			}
			hostAt := len(txt)
			if h := presidedByRe.FindStringIndex(txt[m[1]:]); h != nil {
				hostAt = m[1] + h[1]
			}
			for _, pm := range a.people {
				switch at := a.toks[pm.start].start; {
				case at >= hostAt:
					e.add(pm.p, "", "host")
				case at >= m[1]:
					e.add(pm.p, "", "guest")
				}
			}
			d.topicsAndOutcomes(a, e)
			continue
		}
		// "X attended the signing and held a brief meeting with Y
		// afterwards": X at the signing just told too; the meeting is
		// read below.
		if loc := attendedTheSigningRe.FindStringIndex(txt); loc != nil && cur != nil && cur.status == "held" && (cur.kind == "signing" || cur.kind == "ceremony") && d.hasContactVerb(txt[loc[1]:]) {
			for _, m := range a.people {
				if a.toks[m.start].start < loc[0] {
					cur.add(m.p, "", "attendee")
				}
			}
		}
		// "A and B witnessed the signing": at the signing just told.
		if loc := witnessedRe.FindStringIndex(txt); loc != nil && cur != nil && (cur.kind == "signing" || cur.kind == "ceremony") && len(a.people) > 0 && !d.hasContactVerb(txt[loc[1]:]) {
			// "..., while A and B were also present": there too. "The
			// signing was witnessed by A and by B": those after it.
			present := attendRe.MatchString(txt[loc[1]:]) || witnessedByRe.MatchString(txt[loc[0]:loc[1]])
			n := 0
			for _, m := range a.people {
				if at := a.toks[m.start].start; at < loc[0] || present && at >= loc[1] {
					cur.add(m.p, "", "attendee")
					n++
				}
			}
			if n > 0 {
				d.topicsAndOutcomes(a, cur)
				continue
			}
		}
		// "X arrived in Peshawar at the head of a delegation that included
		// A and B": the delegation's people, for the contacts told after;
		// the trip itself is read below.
		if loc := delegationIncludedRe.FindStringIndex(txt); loc != nil && len(a.people) > 1 && tripRe.MatchString(txt[:loc[0]]) {
			lead := d.delegationLead
			if lead == nil || !slices.ContainsFunc(a.people, func(m personMention) bool { return m.p == lead }) {
				lead = a.people[0].p
			}
			if a.toks[a.people[0].start].start < loc[0] {
				d.delegationLead = lead
				for _, m := range a.people {
					if a.toks[m.start].start >= loc[1] && m.p != lead {
						d.delegationMembers = appendPerson(d.delegationMembers, m.p)
						m.p.joinSide(lead)
					}
				}
			}
		} else if loc := delegationIncludedRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) > 0 && !d.hasContactVerb(beforeWho(txt[loc[1]:])) {
			// "The Korean delegation also included A and B": more of the
			// side its head is on.
			var members []*person
			for _, m := range a.people {
				if a.toks[m.start].start >= loc[1] {
					members = appendPerson(members, m.p)
				}
			}
			d.delegationJoined(cur, txt, members)
			d.topicsAndOutcomes(a, cur)
			continue
		} else if loc := partOfDelegationRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) > 0 && !d.hasContactVerb(txt) &&
			!relativeEndRe.MatchString(txt[:loc[0]]) {
			// "Member of the National Assembly X is also part of the
			// delegation": the same, named first (not "attended by A and
			// by B, who is part of the delegation": the attendance rule's).
			var members []*person
			for _, m := range a.people {
				if a.toks[m.start].start < loc[0] {
					members = appendPerson(members, m.p)
				}
			}
			d.delegationJoined(cur, txt, members)
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "A meeting of the foreign ministers of the five states was held
		// in Cholpon-Ata last Friday": a contact whose people the next
		// sentences name ("The meeting was attended by A, B and C").
		m := gatheringHeldRe.FindStringSubmatch(txt)
		named := len(a.people) > 0
		var after []*person
		var host *person
		if m == nil {
			// "The Embassy of Korea hosted a reception in Ashgabat on 3
			// October": the same, by a body; "IPRI hosted the launch of
			// a book by X": X is there too, when no one hosts it by name.
			if loc := receptionHostedRe.FindStringSubmatchIndex(txt); loc != nil && !personPronounRe.MatchString(txt[:loc[0]]) && !slices.ContainsFunc(a.people, func(pm personMention) bool { return a.toks[pm.start].start < loc[0] }) {
				m = receptionHostedRe.FindStringSubmatch(txt)
				// "On Saturday evening we held a reception", in an
				// interview: the one interviewed hosted it.
				if d.interviewee != nil && firstPersonBeforeRe.MatchString(txt[:loc[0]]) {
					host = d.interviewee
				}
				for _, pm := range a.people {
					after = appendPerson(after, pm.p)
				}
				named = false
			} else if bm := bookLaunchedRe.FindStringSubmatch(txt); bm != nil && !plannedRe.MatchString(txt) {
				// "A book ..., authored by Dr X, was launched at the
				// Institute here on Wednesday": a launch its author was
				// at, whose other people the next sentences name.
				m = bm
				for _, pm := range a.people {
					after = appendPerson(after, pm.p)
				}
				named = false
			}
		}
		if m != nil && !named {
			word := ""
			for _, g := range m[1:] {
				if g != "" {
					word = g // the gathering word of whichever shape matched
				}
			}
			e := &event{kind: gatheringKinds[strings.ToLower(word)], status: "held", sent: a.idx, verb: m[0], date: d.occasionDate(a)}
			if !d.afterPublication(e.date.value) {
				e.place = d.placeIn(a)
				if host != nil {
					e.add(host, "", "host")
				}
				for _, p := range after {
					e.add(p, "", "attendee")
				}
				d.events = append(d.events, e)
				cur = e
				d.topicsAndOutcomes(a, e)
				continue
			}
		}
		// "X met his counterparts from A, B and C on Thursday. A was
		// represented by P and B by Q, while C's delegation was led by R":
		// X's separate meetings with P, Q and R.
		if cur != nil && cur.status == "held" && cur.people() == 1 && a.idx == cur.sent+1 && len(a.people) > 0 && counterpartsFromRe.MatchString(d.sents[cur.sent].text) {
			var lead part
			for _, p := range cur.parts {
				if p.p != nil {
					lead = p
				}
			}
			first := true
			for _, m := range a.people {
				if m.p == lead.p {
					continue
				}
				if first {
					cur.add(m.p, "", "")
					first = false
					continue
				}
				e := &event{kind: cur.kind, status: "held", date: cur.date, place: cur.place, venue: cur.venue, sent: a.idx, verb: cur.verb, sidelines: cur.sidelines, visit: cur.visit}
				e.add(lead.p, "", lead.role)
				e.add(m.p, "", "")
				d.events = append(d.events, e)
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "Led by Senator X, and including Y, the group was accompanied by
		// Ambassador Z": the visiting side of the contact being told.
		if cur != nil && cur.status == "held" && len(a.people) > 0 && ledByOpeningRe.MatchString(txt) && !d.hasContactVerb(accompaniedByRe.ReplaceAllString(txt, "")) {
			for _, m := range a.people {
				cur.add(m.p, "", "guest")
			}
			cur.awaitsHead, cur.unnamed = false, nil
			d.delegationLead = a.people[0].p
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "At both meetings, X was accompanied by Counsellor Y": Y was at
		// X's contacts told (both, or the one being told).
		// "It was accompanied by Y, trade counsellor at the embassy": the
		// delegation of the contact being told.
		if loc := accompaniedByRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) > 0 && itAccompaniedRe.MatchString(txt[:loc[0]]) && !d.hasContactVerb(txt[loc[1]:]) {
			// "The ambassador was accompanied by A, while B was also
			// present": A of his side, B at the contact but not with him.
			cut, present := whileAfter(txt, loc[1])
			for _, m := range a.people {
				if a.toks[m.start].start < cut {
					cur.add(m.p, "", "guest")
				} else if present {
					cur.add(m.p, "", "attendee")
				}
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		if loc := accompaniedByRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) > 1 && !d.hasContactVerb(bothRe.ReplaceAllString(txt, "")) {
			var lead *person
			for _, m := range a.people {
				if a.toks[m.start].start < loc[0] {
					lead = m.p
				}
			}
			// "A and B were also present, while the ambassador was
			// accompanied by C": A and B at the contact being told too.
			if w := whileClauseRe.FindAllStringIndex(txt[:loc[0]], -1); len(w) > 0 && lead != nil && cur.overlaps(&event{parts: []part{{p: lead}}}) {
				cut := w[len(w)-1][0]
				if attendRe.MatchString(txt[:cut]) {
					for _, m := range a.people {
						if a.toks[m.start].start < cut {
							cur.add(m.p, "", "attendee")
						}
					}
				}
			}
			if lead != nil {
				at := d.contactsOf(lead, cur, txt)
				cut, present := whileAfter(txt, loc[1])
				for _, e := range at {
					role := ""
					if i := slices.IndexFunc(e.parts, func(p part) bool { return p.p == lead }); i >= 0 {
						role = e.parts[i].role
					}
					for _, m := range a.people {
						if at := a.toks[m.start].start; at > loc[0] && at < cut {
							e.add(m.p, "", role)
						} else if at >= cut && present {
							e.add(m.p, "", "attendee")
						}
					}
				}
				d.topicsAndOutcomes(a, cur)
				continue
			}
		}
		// "Ambassador X accompanied the delegation": one more of the
		// visiting side.
		if loc := accompaniedTheRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) > 0 && !d.hasContactVerb(bothRe.ReplaceAllString(txt[:loc[0]]+txt[loc[1]:], "")) {
			// "... accompanied the deputy minister at all three meetings".
			var escorts []*person
			for _, m := range a.people {
				if a.toks[m.start].start < loc[0] {
					escorts = appendPerson(escorts, m.p)
				}
			}
			d.addAtContacts(d.guestOf(cur), cur, txt, escorts, "guest")
			for _, m := range a.people {
				if a.toks[m.start].start >= loc[0] && attendRe.MatchString(txt[loc[1]:]) {
					cur.add(m.p, "", "attendee") // "..., while Y was also present"
				}
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "X led the Pakistani side, while Uzbekistan was represented by
		// Y": both at the contact being told.
		// (And "The Kazakh delegation was headed by X. The Malaysian
		// delegation was led by Y", one head a sentence, after the
		// consultations were told.)
		// (And "The Tajik delegation was led by A and included B. The
		// Indian side was headed by C; D also took part": each side of the
		// talks just told, on no other day.)
		if cur != nil && len(a.people) > 0 && sideLedRe.MatchString(txt) && !d.hasContactVerb(sideLedRe.ReplaceAllString(txt, "")) &&
			(!d.hasContactVerb(txt) || cur.status == "held" && cur.sent >= a.idx-2 && (len(a.people) == 1 || cur.kind == "talks" && d.noOtherDay(txt, cur))) {
			for _, m := range a.people {
				cur.add(m.p, "", "")
			}
			cur.awaitsHead, cur.unnamed = false, nil
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "The consignment was handed over by the Ambassador. It was
		// received at a short ceremony on the apron by A and B": A and B
		// at the handover told, its hosts.
		if m := thingReceivedByRe.FindStringIndex(txt); m != nil && cur != nil && cur.status == "held" && (cur.kind == "ceremony" || cur.kind == "signing") && cur.sent >= a.idx-1 && len(a.people) > 0 {
			for _, pm := range a.people {
				if a.toks[pm.start].start >= m[1] {
					cur.add(pm.p, "", "host")
				}
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "In the meeting, held in Tehran on Monday, X referred to ...":
		// the day of the contact being told, in an aside on it.
		if m := inTheMeetingHeldRe.FindStringSubmatch(txt); m != nil && cur != nil && cur.status == "held" && cur.kind != "visit" &&
			(cur.date.value == "" || cur.date.basis == basisDateline) {
			if ds := findDatesHint(m[1], d.pub, false, d.yearHint); len(ds) > 0 && !d.afterPublication(ds[0].value) {
				cur.date = ds[0]
			}
		}
		// "The reception was opened by the Ambassador, X, who spoke ...":
		// the contact being told, its host.
		// "... visited the LCCI, where B2B meetings were held. The session
		// was co-chaired by A and B": the visit's session, its co-chairs.
		if m := theEventWasRe.FindStringSubmatch(txt); m != nil && cur != nil && len(a.people) > 0 && (cur.kind == gatheringKinds[strings.ToLower(m[1])] || strings.EqualFold(m[1], "event") ||
			strings.EqualFold(m[1], "session") && (cur.kind == "conference" || cur.kind == "ceremony" || cur.kind == "talks" || cur.kind == "site-visit" && cur.sent == a.idx-1)) {
			for i, pm := range a.people {
				role := ""
				switch {
				case strings.HasPrefix(strings.ToLower(m[2]), "co"):
					role = "co-chair"
				case i == 0 && !strings.EqualFold(m[2], "addressed"):
					role = "host"
				}
				cur.add(pm.p, "", role)
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "The forum, organized by the ministry, was attended by A, a
		// delegation led by B, and C": a gathering of theirs, told first
		// by no one's name.
		if m := gatheringAttendedRe.FindStringSubmatch(txt); m != nil && len(a.people) > 0 && !d.hasContactVerb(txt[len(m[0]):]) {
			e := cur
			kind := gatheringKinds[strings.ToLower(m[1])]
			// ("X received Y ... The reception was attended by A": the
			// reception is the receiving, as Gulf agencies write it.)
			if e == nil || e.kind != kind && !(kind == "conference" && e.kind == "signing") && !(kind == "reception" && e.kind == "meeting" && receivingRe.MatchString(e.verb)) {
				e = &event{kind: kind, status: "held", sent: a.idx, verb: m[0], date: d.occasionDate(a)}
				e.place = d.placeIn(a)
				d.events = append(d.events, e)
			}
			for _, pm := range a.people {
				e.add(pm.p, "", "attendee")
			}
			cur = e
			d.topicsAndOutcomes(a, e)
			continue
		}
		// "A and B assisted the Minister": of the Minister's side at the
		// contact being told.
		if cur != nil && len(a.people) > 0 && assistedRe.MatchString(txt) && !d.hasContactVerb(txt) && d.assistants(a, cur) {
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "In his remarks, Ambassador X highlighted ...": X was there.
		// "The meeting in a one-on-one format was followed by a meeting in
		// an expanded format with the participation of the delegations,
		// including Foreign Minister A and Foreign Minister B": more of the
		// contact being told, on its day.
		if cur != nil && cur.status == "held" && len(a.people) > 0 && expandedFormatRe.MatchString(txt) && !d.hasContactVerb(txt) {
			for _, m := range a.people {
				cur.add(m.p, "", "attendee")
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		if cur != nil && len(a.people) > 0 && remarksRe.MatchString(txt) && !d.hasContactVerb(txt) {
			cur.add(a.people[0].p, "", "")
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// Attendance adds people to the contact being told; not those
		// named in what someone says ("He said, noting that X had attended
		// the summit").
		// (Not the verb of an aside: "X, who arrived on Monday, also
		// attended", "attended by Y, who travelled to Tashkent".)
		// (Nor "A and B were also present, while the ambassador was
		// accompanied by C": C is at it too.)
		// ("Taking part in the meeting were: from the Turkmen side - A,
		// B; from the Turkish side - C": the roster of the contact told,
		// whose "meeting" is no contact of its own.)
		if loc := attendRe.FindStringIndex(txt); loc != nil && cur != nil && len(a.people) > 0 && !d.hasContactVerb(takingPartInRe.ReplaceAllString(accompaniedByRe.ReplaceAllString(whoClauseRe.ReplaceAllString(txt, ","), ""), " ")) {
			d.rosterSides(a)
			told := len(txt)
			if m := toldThatRe.FindStringIndex(txt); m != nil && m[0] < loc[0] {
				told = m[0]
			}
			// "He spoke about the reforms initiated by President Y": what
			// the speaker spoke of names Y, who need not be there.
			if spokeOfRe.MatchString(txt[loc[0]:loc[1]]) {
				told = min(told, loc[0])
			}
			// "Ms. Y was also part of the visiting delegation": a guest.
			role := "attendee"
			if visitingMemberRe.MatchString(txt) {
				role = "guest"
			}
			// "... the summit, which Prime Minister Y had attended": Y
			// attended that, not the contact being told ("the meeting,
			// which was attended by Y" is the contact's).
			aside := []int{len(txt), len(txt)}
			if m := whichClauseStartRe.FindStringIndex(txt[:loc[0]]); m != nil {
				aside = []int{m[0], loc[0]}
			}
			// "Friday's plenary was attended by A and B", after Thursday's
			// meetings: the gathering of that day told before.
			target := cur
			// "The meeting, also attended by X, focused on ...", after a
			// wreath laid: the meeting told last.
			if m := theContactAttendedRe.FindStringSubmatch(txt); m != nil && cur.kind != gatheringKinds[strings.ToLower(m[1])] {
				for i := len(d.events) - 1; i >= 0; i-- {
					if e := d.events[i]; e.status == "held" && e.kind == gatheringKinds[strings.ToLower(m[1])] {
						target = e
						break
					}
				}
			}
			if ds := findDatesHint(txt, d.pub, false, d.yearHint); len(ds) > 0 && !datesMeet(ds[0].value, cur.date.value) {
				for i := len(d.events) - 1; i >= 0; i-- {
					if e := d.events[i]; e.status == "held" && datesMeet(e.date.value, ds[0].value) && (e.kind == "session" || e.kind == "conference" || e.kind == "ceremony" || e.kind == "reception") {
						target = e
						break
					}
				}
				// "On Thursday the envoy took part in a round table with
				// X", after Wednesday's meeting: a gathering of its own,
				// on its day.
				if m := partInGatheringRe.FindStringSubmatch(txt[loc[0]:]); target == cur && m != nil && len(ds[0].value) == len("2006-01-02") && !d.afterPublication(ds[0].value) && !plannedRe.MatchString(txt[:loc[0]]) {
					kind := cmp.Or(gatheringKinds[strings.ToLower(m[1])], "conference")
					e := &event{kind: kind, status: "held", sent: a.idx, verb: txt[loc[0]:loc[1]], date: ds[0], place: d.placeIn(a), visit: cur.visit}
					d.events = append(d.events, e)
					target, cur = e, e
				}
			}
			n := 0
			var present []*person
			for _, m := range a.people {
				if at := a.toks[m.start].start; at < told && !(at >= aside[0] && at < aside[1]) {
					target.add(m.p, "", role)
					present = appendPerson(present, m.p)
					n++
				}
			}
			// "The Consul General took part in all of the meetings": every
			// held contact of the visitor's, also those told later.
			if lead := cmp.Or(d.guestOf(target), d.traveller); lead != nil && bothRe.MatchString(txt) && !slices.Contains(present, lead) {
				d.addAtContacts(lead, target, txt, present, role)
			}
			// (The aside's arrival is still a visit of its own, below.)
			if n > 0 && !tripRe.MatchString(txt) {
				d.topicsAndOutcomes(a, cur)
				continue
			}
		}
		// "X is completing his visit today. The visit began on Monday":
		// the visit's first day.
		// "X wrapped up a visit on Wednesday. On the first day of the
		// visit, Monday, ...": the same.
		if d.trip != nil && (visitBeganRe.MatchString(txt) || firstDayOfTheVisitRe.MatchString(txt)) {
			if ds := findDatesHint(txt, d.pub, false, d.yearHint); len(ds) > 0 {
				if _, end, ok := dayBounds(d.trip.date.value); ok && len(ds[0].value) == len("2006-01-02") && ds[0].value < end {
					d.trip.date.value = ds[0].value + "/" + end
					d.trip.date.note = fmt.Sprintf("from %q to the day the report gives", ds[0].text)
				}
			}
		}
		// A trip ("arrived in Astana", "on a state visit to Azerbaijan")
		// is a visit of its own beside the contacts the sentence tells.
		var tripLoc []int
		if loc := tripRe.FindStringIndex(txt); loc != nil {
			tripLoc = loc
			if e := d.contact(a, &tripRule, loc, nil); e != nil {
				e.kind = "visit"
				d.tripLength(txt, e)
				if trip != nil && trip.overlaps(e) && (trip.status == e.status || e.status == "held") && (e.date.value == "" || trip.date.value == "" || e.date.value == trip.date.value) {
					trip.merge(e)
				} else if trip != nil && trip.overlaps(e) && trip.status == e.status && d.arrivalOf(trip, e) {
					trip.merge(e)
				} else {
					d.events = append(d.events, e)
					trip = e
					d.trip = e
				}
			}
		}
		// "The two leaders last met in Samarkand in September": an earlier
		// meeting of the two the report is about.
		// "They will meet again in Astana in November": a later one.
		lastLoc, againLoc := lastMetRe.FindStringIndex(txt), meetAgainRe.FindStringIndex(txt)
		loc := lastLoc
		if loc == nil {
			loc = againLoc
		}
		// "The two foreign ministers had last met in Astana", told after
		// the visitor's call on the President: the two of the last contact
		// whose two people both hold such an office.
		if loc != nil && cur != nil {
			if m := theTwoOfficesRe.FindStringSubmatch(txt[loc[0]:loc[1]]); m != nil {
				if e := d.lastTwoHolding(strings.TrimSuffix(strings.ToLower(m[1]), "s")); e != nil {
					cur = e
				}
			}
		}
		if loc != nil && cur != nil && cur.people() == 2 && !slices.ContainsFunc(a.people, func(m personMention) bool {
			return !slices.ContainsFunc(cur.parts, func(p part) bool { return p.p == m.p }) // only the two, if anyone
		}) {
			status := "background"
			if lastLoc == nil {
				status = "planned"
			}
			e := &event{kind: "meeting", status: status, sent: a.idx, verb: txt[loc[0]:loc[1]]}
			if ds := findDatesHint(txt[loc[1]:], d.pub, status == "planned", d.yearHint); len(ds) > 0 {
				e.date = ds[0]
			}
			for _, p := range cur.parts {
				if p.p != nil {
					e.add(p.p, "", "")
				}
			}
			for _, sp := range a.spans {
				if sp.kind == schema.KindPlace && a.toks[sp.start].start >= loc[1] && e.place == "" {
					e.place = sp.id // where they met then, never the dateline
				}
			}
			e.checks = append(e.checks, "participants: the two of the contact before")
			d.events = append(d.events, e)
			continue
		}
		if e := d.invitation(a); e != nil {
			d.events = append(d.events, e)
			continue
		}
		// "The head of the Pakistani delegation, X, said ...": the head of
		// the delegation the contact being told was with.
		if m := headOfDelegationRe.FindStringIndex(txt); m != nil && cur != nil && cur.status == "held" && strings.Contains(strings.ToLower(d.sents[cur.sent].text), "delegation") {
			if i := slices.IndexFunc(a.people, func(pm personMention) bool { at := a.toks[pm.start].start; return at >= m[1] && at <= m[1]+120 }); i >= 0 {
				head := a.people[i].p
				if !slices.ContainsFunc(cur.parts, func(p part) bool { return p.p == head }) {
					cur.add(head, "", "guest")
				}
				cur.awaitsHead, cur.unnamed = false, nil
				d.delegationLead = head
			}
		}
		// "The delegation was led by X": the head of the delegation the
		// contact before was with.
		if cur != nil && cur.awaitsHead && delegationLedByRe.MatchString(txt) && len(a.people) > 0 {
			// "... was headed by X and included A and B": all of them.
			for i, m := range a.people {
				if i == 0 || includedRe.MatchString(txt) {
					cur.add(m.p, "", "guest")
				}
			}
			cur.awaitsHead, cur.unnamed = false, nil
			d.delegationLead = a.people[0].p
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "The delegation of 24 course participants is led by X", with no
		// contact told yet: X heads the delegation the report goes on with.
		if delegationLedByRe.MatchString(txt) && len(a.people) > 0 && (cur == nil || !cur.awaitsHead) && !d.hasContactVerb(txt[delegationLedByRe.FindStringIndex(txt)[1]:]) && d.delegationLead == nil {
			d.delegationLead = a.people[0].p
			for _, m := range a.people[1:] {
				d.delegationMembers = appendPerson(d.delegationMembers, m.p)
			}
			if cur == nil || cur.status != "held" {
				continue
			}
		}
		// "Y thanked the Governor for the hospitality": Y was there.
		if cur != nil && hospitalityRe.MatchString(txt) && !d.hasContactVerb(txt) {
			for _, m := range a.people {
				if !slices.ContainsFunc(cur.parts, func(p part) bool { return p.p == m.p }) {
					cur.add(m.p, "", "guest")
				}
			}
		}
		// "Welcoming the guests, FPCCI President X said ...": the host of
		// the occasion being told; not those named in what X said.
		if cur != nil && cur.status == "held" && len(a.people) > 0 && welcomingRe.MatchString(txt) {
			said := len(txt)
			if m := speechRe.FindStringIndex(txt); m != nil {
				said = m[1]
			}
			for _, m := range a.people {
				if a.toks[m.start].start < said {
					cur.add(m.p, "", "host")
				}
			}
			d.dateIfUndated(a, cur)
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "KCCI President X, while welcoming the ambassador, said ...": X
		// hosted the one welcomed, at the contact being told or, when none
		// holds them, at a meeting of theirs.
		if m := whileWelcomingRe.FindStringIndex(txt); m != nil && len(a.people) > 1 {
			var hosts, guests []*person
			// Whom: from the word after "welcoming" (the match may hold it).
			whom := m[0] + strings.Index(strings.ToLower(txt[m[0]:m[1]]), "welcoming") + len("welcoming")
			end := len(txt)
			if c := strings.IndexAny(txt[whom:], ",;"); c >= 0 {
				end = whom + c
			}
			for _, pm := range a.people {
				switch at := a.toks[pm.start].start; {
				case at < m[0]:
					hosts = appendPerson(hosts, pm.p)
				case at >= whom && at < end:
					guests = appendPerson(guests, pm.p)
				}
			}
			if len(hosts) > 0 && len(guests) > 0 {
				e := cur
				if e == nil || e.status != "held" || !slices.ContainsFunc(e.parts, func(pt part) bool { return pt.p == guests[0] }) {
					e = &event{kind: "meeting", status: "held", sent: a.idx, verb: txt[m[0]:m[1]], place: d.placeIn(a), date: d.occasionDate(a)}
					if e.date.value == "" || e.date.basis == basisDateline {
						e.date = d.recentDay(a.idx)
					}
					d.events = append(d.events, e)
					cur = e
				}
				for _, p := range hosts {
					e.add(p, "", "host")
				}
				for _, p := range guests {
					e.add(p, "", "guest")
				}
				d.topicsAndOutcomes(a, e)
				continue
			}
		}
		// "A, Vice President ICCI, said ...": an officer of the body whose
		// officer hosts the contact being told spoke at it.
		if cur != nil && cur.status == "held" && len(a.people) > 0 && speechRe.MatchString(txt) && !d.hasContactVerb(txt) {
			bodies := map[string]bool{}
			for _, pt := range cur.parts {
				if pt.p != nil && pt.role != "guest" {
					for _, h := range pt.p.posts {
						if of := d.postRec(h.id).Of.ID; of != "" && d.g.countries[of].ID == "" {
							bodies[of] = true
						}
					}
				}
			}
			for _, m := range a.people {
				if slices.ContainsFunc(cur.parts, func(pt part) bool { return pt.p == m.p }) {
					continue
				}
				if slices.ContainsFunc(m.p.posts, func(h heldPost) bool { return bodies[d.postRec(h.id).Of.ID] }) {
					cur.add(m.p, "", "host")
				}
			}
		}
		// "Guests included A and B": at the occasion being told.
		if cur != nil && cur.status == "held" && len(a.people) > 0 && guestsIncludedRe.MatchString(txt) && (cur.kind == "reception" || cur.kind == "ceremony" || cur.kind == "conference") {
			// Not whom a guest's aside names: "B, a former ambassador, who
			// presented her credentials to President Z in 2020".
			asides := whoClauseRe.FindAllStringIndex(txt, -1)
			for _, m := range a.people {
				if at := a.toks[m.start].start; !slices.ContainsFunc(asides, func(w []int) bool { return at > w[0] && at < w[1] }) {
					cur.add(m.p, "", "attendee")
				}
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "The closing ceremony was held at the training ground. The
		// co-directors, A and B, took the salute": those the sentence
		// after an occasion told with no one names were at it.
		if cur != nil && cur.status == "held" && cur.people() == 0 && cur.sent == a.idx-1 && len(a.people) > 0 && !d.hasContactVerb(txt) {
			for _, pm := range a.people {
				cur.add(pm.p, "", "attendee")
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "'I met the Chief Minister yesterday,' the ambassador said,
		// referring to his call on Chief Minister Y": a contact the
		// speaker tells of himself, in a quote, when nothing outside the
		// quotes tells one.
		if e := d.quotedOwnContact(a); e != nil {
			d.events = append(d.events, e)
			continue
		}
		rule, loc := d.contactVerbExcept(txt, tripLoc)
		if rule == nil {
			if cur != nil {
				d.topicsAndOutcomes(a, cur)
			}
			continue
		}
		// "..., while A and B received the guests": the hosts of the
		// occasion being told, not a contact of their own.
		occasion := cur != nil && (cur.kind == "ceremony" || cur.kind == "reception" || cur.kind == "conference")
		// "The next day, President X received the Kazakh delegation": a
		// contact of its own, of the visit's travellers on that day.
		if rule.dir == "subject-host" && cur != nil && cur.status == "held" && d.trip != nil && nextDayRe.MatchString(txt[:loc[0]]) && theGuests(txt[loc[1]:]) && len(a.people) > 0 {
			if t, ok := parseDay(cur.date.value); ok && len(cur.date.value) == len("2006-01-02") {
				e := &event{kind: "meeting", status: "held", sent: a.idx, verb: txt[loc[0]:loc[1]], place: cur.place, visit: d.trip,
					date: resolved{value: day(t.AddDate(0, 0, daysLater(txt))), basis: basisEarlier, text: nextDayRe.FindString(txt), note: "the day after the contact before (" + cur.date.value + ")"}}
				for _, m := range a.people {
					if a.toks[m.start].start < loc[0] {
						e.add(m.p, "", "host")
					}
				}
				for _, p := range d.trip.parts {
					if p.p != nil {
						e.add(p.p, "", "guest")
					}
				}
				d.events = append(d.events, e)
				cur = e
				d.topicsAndOutcomes(a, e)
				continue
			}
		}
		if rule.dir == "subject-host" && cur != nil && cur.status == "held" && (theGuests(txt[loc[1]:]) || occasion && theGuestOfHonourRe.MatchString(txt[loc[1]:])) {
			clause := 0
			if cs := clauseStartRe.FindAllStringIndex(txt[:loc[0]], -1); len(cs) > 0 {
				clause = cs[len(cs)-1][1]
			}
			for _, m := range a.people {
				role := ""
				if at := a.toks[m.start].start; at >= loc[1] {
					role = "guest" // "..., who included Y"
				} else if at >= clause && at < loc[0] {
					role = "host"
				}
				cur.add(m.p, "", role)
			}
			d.dateIfUndated(a, cur)
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "Speaking at the session, X said": the contact being told.
		if rule.kind == "conference" && cur != nil && atTheEventRe.MatchString(txt[loc[0]:]) {
			// Not those of a clause on something else: "... for hosting
			// the summit, which Prime Minister Y had attended".
			upTo := len(txt)
			if m := whichClauseStartRe.FindStringIndex(txt[loc[1]:]); m != nil {
				upTo = loc[1] + m[0]
			}
			for _, m := range a.people {
				if a.toks[m.start].start < upTo {
					cur.add(m.p, "", "")
				}
			}
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "A had met B in Astana, where C also held talks with D": two
		// contacts, each of its own clause.
		var e2 *event
		if w, cut := d.whereOwnContact(a, loc); w > 0 {
			first, second := *a, *a
			first.people = slices.DeleteFunc(slices.Clone(a.people), func(m personMention) bool { return a.toks[m.start].start >= cut })
			second.people = slices.DeleteFunc(slices.Clone(a.people), func(m personMention) bool { return a.toks[m.start].start < w })
			if r2, l2 := d.contactVerb(strings.Repeat(" ", w) + txt[w:]); r2 != nil {
				e2 = d.contact(&second, r2, l2, cur)
			}
			a = &first // the rest of the sentence's reading is the first clause's
		}
		e := d.contact(a, rule, loc, cur)
		if e2 != nil && e2 != e && e2 != cur && !slices.Contains(d.events, e2) {
			d.events = append(d.events, e2)
		}
		// "They discussed the decisions of the council, held under the
		// chairmanship of A and B": a verb that tells no contact leaves
		// the rest of the sentence to the next one (a few: each try reads
		// the sentence again).
		for tries := 0; e == nil && tries < 3 && slices.ContainsFunc(a.people, func(m personMention) bool { return a.toks[m.start].start > loc[1] }); tries++ {
			masked := strings.Repeat(" ", loc[1]) + txt[loc[1]:]
			if tripLoc != nil && tripLoc[1] > loc[1] {
				masked = masked[:tripLoc[0]] + strings.Repeat(" ", tripLoc[1]-tripLoc[0]) + masked[tripLoc[1]:]
			}
			if rule, loc = d.contactVerb(masked); rule == nil {
				break
			}
			e = d.contact(a, rule, loc, cur)
		}
		if e == nil {
			if cur != nil {
				d.topicsAndOutcomes(a, cur)
			}
			continue
		}
		// "X hosted a delegation of Amity University on Monday": a contact
		// whose other side the next sentences name.
		if e != nil && e != cur && e.people() == 1 && aDelegationObjRe.MatchString(txt[loc[1]:]) {
			e.awaitsHead = true
		}
		d.presentWhile(a, loc, e)
		// "Yesterday I was in the room when X held talks with Y", in an
		// interview: the one interviewed was there.
		if d.interviewee != nil && iWasThereRe.MatchString(txt[:loc[0]]) {
			e.add(d.interviewee, "", "attendee")
		}
		// "During the meeting, a MoU was exchanged. The signatories, A and
		// B, who had joined the meeting, exchanged the signed copies":
		// the signers were at the meeting too.
		if e.kind == "signing" && e.status == "held" && d.toldAtCur(a) {
			for i := len(d.events) - 1; i >= 0; i-- {
				if m := d.events[i]; m != e && m.status == "held" && m.kind != "signing" && m.kind != "visit" && datesMeet(m.date.value, e.date.value) {
					for _, p := range e.parts {
						if p.p != nil {
							m.add(p.p, "", "attendee")
						}
					}
					break
				}
			}
		}
		// "On Tuesday, the delegation met X. X and Y signed a memorandum":
		// a contact the next sentence tells with no day of its own, of
		// someone of the contact before, is of that day.
		// "... visited the Chamber on Wednesday. The delegation, comprising
		// A and B, held a meeting with Y": the delegation's, whose head
		// was at the contact before, on its day.
		ofDelegation := d.delegationLead != nil && delegationComprisingRe.MatchString(txt) && slices.ContainsFunc(cur.partsOrNone(), func(q part) bool { return q.p == d.delegationLead })
		if e != cur && cur != nil && (e.date.value == "" || (ofDelegation || cur.date.basis != basisDateline) && e.date.basis == basisDateline) && e.status == "held" && cur.status == "held" && cur.date.value != "" && a.idx == cur.sent+1 &&
			(ofDelegation || slices.ContainsFunc(e.parts, func(p part) bool {
				return p.p != nil && slices.ContainsFunc(cur.parts, func(q part) bool { return q.p == p.p })
			})) {
			e.date = cur.date
			e.date.basis, e.date.note, e.date.check = basisEarlier, "the day of the contact told before", "no day of its own: taken as that of the contact told just before"
			if ofDelegation {
				e.add(d.delegationLead, "", "guest") // the delegation's head, with it
			}
		}
		// "A and B last came together in Astana last November. The two
		// leaders then held a one-on-one meeting": more of that past
		// contact, at its time.
		if e.status == "held" && e.date.value == "" && thenBeforeVerbRe.MatchString(txt[:loc[0]]) {
			if i := slices.IndexFunc(d.events, func(b *event) bool { return b != e && b.status == "background" && b.sent == a.idx-1 }); i >= 0 {
				d.events[i].merge(e)
				d.events = slices.DeleteFunc(d.events, func(b *event) bool { return b == e })
				d.topicsAndOutcomes(a, d.events[i])
				continue
			}
		}
		// "He was received on arrival by Ambassador X": at the occasion
		// being told.
		if occasion && e != cur && e.status == "held" && onArrivalRe.MatchString(txt) && datesMeet(e.date.value, cur.date.value) {
			cur.merge(e)
			d.topicsAndOutcomes(a, cur)
			continue
		}
		if e == cur || slices.Contains(d.events, e) {
			cur = e // an earlier contact, told on ("They then held talks")
			d.topicsAndOutcomes(a, cur)
			continue
		}
		// "A and B signed a memorandum in the presence of the two
		// ministers": the two of the contact before were there.
		if cur != nil && presenceOfTheTwoRe.MatchString(txt) {
			n := 0
			for _, p := range cur.parts {
				if p.p != nil && p.role != "attendee" && n < 2 {
					e.add(p.p, "", "")
					n++
				}
			}
		}
		// "X received Y, while A and B assisted the Minister": A and B are
		// of X's side, not Y's.
		if assistedRe.MatchString(txt) {
			d.assistants(a, e)
		}
		d.events = append(d.events, d.separateMeetings(a, loc, e)...)
		d.events = append(d.events, e)
		d.events = append(d.events, e.separate...)
		if e2 := d.daysApart(a, loc, e); e2 != nil {
			d.events = append(d.events, e2)
		}
		// A contact recalled or announced in passing does not take over
		// from the one the report tells: later topics and documents stay
		// with that.
		if cur == nil || e.status == "held" || cur.status != "held" {
			cur = e
		}
		d.topicsAndOutcomes(a, e)
	}
	d.ledeDates()
	d.visitDays()
	for _, e := range d.events {
		if e.sameDay != nil && e.date.value == "" && e.sameDay.date.value != "" {
			e.date = e.sameDay.date
			e.date.note, e.date.check = "the same day as the contact before", `"Later": taken as the day of the contact before`
		} else if e.sameDay != nil && (e.date.basis == basisEarlier || e.date.basis == basisDateline) && e.sameDay.date.value != "" && e.sameDay.date.basis != basisDateline {
			// "X also met Y", after a contact the dateline dated at first
			// and the lede then did: its day, as that one's.
			check := e.date.check
			e.date = e.sameDay.date
			e.date.basis, e.date.note, e.date.check = basisEarlier, "the day of the contact before", check
		}
	}
	d.mergeRetellings()
	d.dropSenders()
	d.dropUnpeopled()
	d.addEscorts()
	d.sideOfAssisted(false)
	d.counterparts()
	d.venueOfficers()
	for _, e := range d.events {
		d.roles(e)
	}
	d.sideOfAssisted(true)
}

// assistedRe is one person helping another at a contact: "A and B
// assisted the Prime Minister", "He was assisted by A", "X, assisted by
// A, received Y".
var assistedRe = regexp.MustCompile(`(?i)\b(?:assisted|aided)\s+(?:(him|her)\b|(?:their|the)\s+(respective)\b|the\s+((?:[\w-]+\s+){0,3}[\w-]+))|\b(?:assisted|aided)\s+by\b`)

// assistants puts those the sentence says assisted someone of e on that
// one's side, in that one's role (host or guest), and says whether it
// found both.
func (d *drafter) assistants(a *analysed, e *event) bool {
	m := assistedRe.FindStringSubmatchIndex(a.text)
	if m == nil {
		return false
	}
	in := func(p *person) int {
		return slices.IndexFunc(e.parts, func(q part) bool { return q.p != nil && q.p == p })
	}
	lead := -1
	var helpers []*person
	switch {
	case m[4] >= 0: // "A and B assisted their respective heads of delegation": each on the side their country gives
		n := 0
		for _, pm := range a.people {
			if a.toks[pm.start].start < m[0] {
				e.add(pm.p, "", "")
				n++
			}
		}
		return n > 0
	case m[6] >= 0: // "assisted the Prime Minister in the talks": the longest title that is someone's of e
		words := strings.Fields(fold(a.text[m[6]:m[7]]))
		for n := len(words); n > 0 && lead < 0; n-- {
			t := strings.Join(words[:n], " ")
			for i, q := range e.parts {
				if q.p != nil && slices.Contains(q.p.titles, t) {
					if lead >= 0 {
						return false // two of that title: whose side is not said
					}
					lead = i
				}
			}
		}
		// Only those of the clause: "X received Y, while A assisted the
		// Minister".
		from := 0
		for _, c := range clauseStartRe.FindAllStringIndex(a.text[:m[0]], -1) {
			from = c[1]
		}
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at >= from && at < m[0] && in(pm.p) != lead {
				helpers = appendPerson(helpers, pm.p)
			}
		}
	case m[2] >= 0: // "A assisted him": the one the sentence before named first
		if a.idx > 0 && len(d.sents[a.idx-1].people) > 0 {
			lead = in(d.sents[a.idx-1].people[0].p)
		}
		for _, pm := range a.people {
			if a.toks[pm.start].start < m[0] {
				helpers = appendPerson(helpers, pm.p)
			}
		}
	default: // "X was assisted by A and B", "He was assisted by A"
		// "X, assisted by A, met Y": up to the verb of the contact.
		upTo := len(a.text)
		if _, v := d.contactVerb(a.text[m[1]:]); v != nil {
			upTo = m[1] + v[0]
		}
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at < m[0] {
				lead = in(pm.p)
			} else if at < upTo {
				helpers = appendPerson(helpers, pm.p)
			}
		}
		if lead < 0 && a.idx > 0 && pronounRe.MatchString(a.text[:m[0]]) && len(d.sents[a.idx-1].people) > 0 {
			lead = in(d.sents[a.idx-1].people[0].p)
		}
	}
	if lead < 0 || len(helpers) == 0 {
		return false
	}
	for _, h := range helpers {
		if i := in(h); i >= 0 {
			e.parts[i].role = "" // the side is the lead's, known once roles are (see sideOfAssisted)
		} else {
			e.add(h, "", "")
		}
	}
	e.assists = append(e.assists, assist{e.parts[lead].p, helpers})
	return true
}

// sideOfAssisted gives those who assisted someone at a contact that one's
// nationality, when the records and the report give them none, and then
// that one's role.
func (d *drafter) sideOfAssisted(rolesKnown bool) {
	for _, e := range d.events {
		for _, x := range e.assists {
			role := ""
			if i := slices.IndexFunc(e.parts, func(q part) bool { return q.p == x.lead }); i >= 0 {
				role = e.parts[i].role
			}
			for _, h := range x.helpers {
				if !rolesKnown {
					if h.nat == "" && !h.known && x.lead.nat != "" {
						h.nat, h.natCheck = x.lead.nat, "nationality assumed: of the side of "+x.lead.name+", whom the report says this person assisted"
					}
					continue
				}
				if i := slices.IndexFunc(e.parts, func(q part) bool { return q.p == h }); i >= 0 && role != "" {
					e.parts[i].role = role
				}
			}
		}
	}
}

// andTheDelegationRe joins a delegation to a subject named before it.
var andTheDelegationRe = regexp.MustCompile(`(?i)\band\s+the\s+(?:[\w-]+\s+)?delegation\s+$`)

// occasionDate dates a gathering a sentence tells by its people alone: the
// sentence's own day, else the one the sentence before gives (which tells
// the gathering), else the dateline's.
func (d *drafter) occasionDate(a *analysed) resolved {
	if ds := findDatesHint(a.text, d.pub, false, d.yearHint); len(ds) > 0 {
		return ds[0]
	}
	if a.idx > 0 {
		if ds := findDatesHint(d.sents[a.idx-1].text, d.pub, false, d.yearHint); len(ds) > 0 && !d.afterPublication(ds[0].value) {
			r := ds[0]
			r.check = "date from the sentence before, which tells the gathering"
			return r
		}
	}
	if d.dlDate.value != "" {
		r := d.dlDate
		r.check = "the sentence gives no date; the dateline's is taken"
		return r
	}
	return resolved{}
}

// recentDay is the last day, told in the few sentences before sentence i,
// that a contact of the report's days can have ("on Tuesday", three
// sentences up): a day, within a month before publication.
func (d *drafter) recentDay(i int) resolved {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		for _, r := range findDatesHint(d.sents[k].text, d.pub, false, d.yearHint) {
			t, ok := parseDay(r.value)
			if ok && len(r.value) == len("2006-01-02") && !d.afterPublication(r.value) && (d.pub.IsZero() || d.pub.Sub(t) <= 31*24*time.Hour) {
				r.check = "date told a few sentences before, of the same occasion"
				return r
			}
		}
	}
	return resolved{}
}

// thereRe is "There" opening a sentence, and the word after it; thereIsRe
// that word when "There" is no place ("There were ...").
var (
	thereRe   = regexp.MustCompile(`^\s*There\s*,?\s+(\w+)`)
	thereIsRe = regexp.MustCompile(`^(?:is|are|was|were|will|would|have|has|had|can|could|may|might|must|should|remains?|seems?|appears?)$`)
)

// itSubjectRe is "it" as the subject just before a verb ("On the opening
// day it held a meeting").
var itSubjectRe = regexp.MustCompile(`(?i)(?:^|[\s,])it\s+(?:then\s+|also\s+|later\s+|first\s+)?$`)

// whichClauseStartRe opens a relative clause on a thing or a time.
var whichClauseStartRe = regexp.MustCompile(`(?i),\s*(?:which|where|when)\s`)

// onArrivalRe tells a welcome at the door: "was received on arrival by".
var onArrivalRe = regexp.MustCompile(`(?i)\bon\s+(?:(?:his|her|their)\s+)?arrival\b`)

// includedRe lists the members of a delegation: "was led by X and
// comprised A and B".
var includedRe = regexp.MustCompile(`(?i)\b(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of|was\s+composed\s+of)\b`)

// visitorsRe names the visiting side.
var visitorsRe = regexp.MustCompile(`(?i)\b(?:visiting|guests|visitors)\b`)

// visitingMemberRe tells a member of the visiting side.
var visitingMemberRe = regexp.MustCompile(`(?i)\b(?:(?:was|were)\s+(?:also\s+)?(?:a\s+)?part|(?:a\s+)?members?)\s+of\s+the\s+(?:visiting|guest)\s+(?:delegation|team|side)\b`)

// whereOwnContact finds, after the contact verb at loc, a clause ", where
// C held talks with D" with a contact verb of its own: the byte where the
// clause's words start and where its comma is, or 0, 0.
func (d *drafter) whereOwnContact(a *analysed, loc []int) (int, int) {
	m := whereClauseAfterRe.FindStringIndex(a.text[loc[1]:])
	if m == nil {
		return 0, 0
	}
	w := loc[1] + m[1]
	_, l2 := d.contactVerb(strings.Repeat(" ", w) + a.text[w:])
	if l2 == nil {
		return 0, 0
	}
	// Someone on each side of its verb: not "..., where its President Y
	// received the guests", which is the same contact.
	named := func(from, to int) bool {
		return slices.ContainsFunc(a.people, func(pm personMention) bool { at := a.toks[pm.start].start; return at >= from && at < to })
	}
	if !named(w, l2[0]) || !named(l2[1], len(a.text)) {
		return 0, 0
	}
	return w, loc[1] + m[0]
}

// whereClauseAfterRe opens a clause on what happened at a place.
var whereClauseAfterRe = regexp.MustCompile(`(?i),\s*where\s+`)

// alongWithHisRe brings the subject's own people: "along with his
// deputy".
var alongWithHisRe = regexp.MustCompile(`(?i)\b(?:along|together)\s+with\s+(?:his|her|their)\b`)

// firstDayOfTheVisitRe opens an account of a visit's first day.
var firstDayOfTheVisitRe = regexp.MustCompile(`(?i)^\s*on\s+the\s+(?:first|opening)\s+day\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?visit\b`)

// visitBeganRe tells the first day of the visit told before.
var visitBeganRe = regexp.MustCompile(`(?i)^\s*(?:the|his|her|this)\s+(?:[\w-]+\s+)?visit\s+(?:began|started|opened|kicked\s+off)\b`)

// thenRe tells what came next, the same day: "He then held talks", "A
// welcome ceremony followed at the Palace, where ...".
var thenRe = regexp.MustCompile(`(?i)\b(?:then|afterwards|subsequently|thereafter)\s+$|\bfollowed\s+(?:at|in)\b`)

// theSameDayRe refers to a day told before.
var theSameDayRe = regexp.MustCompile(`(?i)\bthe\s+same\s+day\b`)

// toBeRe ends the words before a verb of what is to come: "The summit,
// to be hosted by X".
var toBeRe = regexp.MustCompile(`(?i)\bto\s+be\s+$`)

// counterpartsFromRe tells separate meetings with several countries'
// people whom the next sentence names.
var counterpartsFromRe = regexp.MustCompile(`(?i)\b(?:met|meetings?\s+with)\s+(?:his|her|their)\s+counterparts\s+(?:from|of)\b|\bseparate\s+(?:bilateral\s+)?meetings\s+with\s+the\s+(?:foreign\s+)?ministers\s+of\b`)

// withTheGuestRe is the visitor as the object of a contact's verb.
var withTheGuestRe = regexp.MustCompile(`(?i)^\s+(?:with\s+)?the\s+(?:visiting\s+|high\s+|distinguished\s+)?(?:guests?|visitors?|delegation)\b`)

// whoClauseRe is a relative clause on someone, to its end or the next
// comma: ", who arrived on Monday", ", who travelled to Tashkent for the
// visit".
var whoClauseRe = regexp.MustCompile(`,\s*(?:who|which)\s+[^,;]*`)

// ledByOpeningRe opens a sentence on a delegation by who led it.
var ledByOpeningRe = regexp.MustCompile(`^\s*(?:Led|Headed)\s+by\b`)

// whilePresentRe is a clause of presence after a contact's verb: ",
// while the embassy's counsellor Y was also present".
var whilePresentRe = regexp.MustCompile(`(?i),\s*while\s+[^,;]{0,120}?\b(?:was|were)\s+(?:also\s+)?present\b`)

// presentWhile adds those named in such a clause after the verb at loc to
// e, as attendees.
func (d *drafter) presentWhile(a *analysed, loc []int, e *event) {
	m := whilePresentRe.FindStringIndex(a.text[loc[1]:])
	if m == nil {
		return
	}
	for _, pm := range a.people {
		if at := a.toks[pm.start].start; at >= loc[1]+m[0] && at < loc[1]+m[1] {
			e.add(pm.p, "", "attendee")
		}
	}
}

// dateIfUndated dates the contact being told from a sentence that tells
// more of it ("A and B welcomed the guests at the opening session on
// Sunday"), when nothing but the dateline, if that, dated it before.
func (d *drafter) dateIfUndated(a *analysed, e *event) {
	if e.date.value != "" && e.date.basis != basisDateline {
		return
	}
	// Not a time in what someone said: "Welcoming the guests, X said
	// exports had crossed $2.5 billion last year".
	txt := a.text
	if m := speechRe.FindStringIndex(txt); m != nil {
		txt = txt[:m[0]]
	}
	if ds := findDatesHint(txt, d.pub, e.status == "planned", d.yearHint); len(ds) > 0 && !(e.status == "held" && d.afterPublication(ds[0].value)) {
		e.date = ds[0]
	}
}

// thenBeforeVerbRe ends the words before a verb with "then": at the time
// of the contact told before.
var thenBeforeVerbRe = regexp.MustCompile(`(?i)\bthen\s+(?:also\s+)?(?:(?:held|had)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?)?$`)

// plannedFarBefore reports whether the clause before a verb is planned
// further back than the usual window, with no told contact between: "Qin
// Gang is scheduled to attend the fourth China-Central Asia Foreign
// Ministers' Meeting" (the verb the noun "Meeting").
func plannedFarBefore(before string) bool {
	ms := plannedRe.FindAllStringIndex(before, -1)
	if len(ms) == 0 {
		return false
	}
	rest := before[ms[len(ms)-1][1]:]
	return len(rest) <= 160 && !toldVerbRe.MatchString(rest) && !strings.ContainsAny(rest, ".;")
}

// toldVerbRe is a verb that tells something done, which ends a planned
// clause's reach.
var toldVerbRe = regexp.MustCompile(`(?i)\b(?:met|held|received|called|visited|signed|attended|hosted|discussed|said|was|were|had|has|have)\b`)

// andToRe ends the words before a verb with a second infinitive: "is
// expected to attend the summit and to hold a meeting with Y" is planned
// as the first is.
var andToRe = regexp.MustCompile(`(?i)\band\s+(?:then\s+|also\s+)?to\s+$`)

// theContactAttendedRe opens a sentence with the contact it adds to.
var theContactAttendedRe = regexp.MustCompile(`(?i)^\s*the\s+(meeting|talks|reception|ceremony)\s*,?\s+(?:which\s+was\s+)?(?:also\s+)?attended\s+by\b`)

// ourCountryRe opens a destination written from the press's own side.
var ourCountryRe = regexp.MustCompile(`(?i)^\s*(?:our|this)\s+country\b`)

// partsOrNone is e's participants, none for no event.
func (e *event) partsOrNone() []part {
	if e == nil {
		return nil
	}
	return e.parts
}

// guestOf is the first guest of e, the head of its visiting side, or nil.
func (d *drafter) guestOf(e *event) *person {
	for _, p := range e.parts {
		if p.p != nil && p.role == "guest" {
			return p.p
		}
	}
	return nil
}

// escort is people a sentence put at every contact of lead's ("at all
// three meetings"), some of which the report may tell only after it.
type escort struct {
	lead   *person
	people []*person
	role   string
}

// addAtContacts adds ps, in role, to cur, or to every held contact of
// lead's when the sentence says "at both meetings" (also to those told
// later: see addEscorts).
func (d *drafter) addAtContacts(lead *person, cur *event, txt string, ps []*person, role string) {
	for _, e := range d.contactsOf(lead, cur, txt) {
		for _, p := range ps {
			e.add(p, "", role)
		}
	}
	if lead != nil && bothRe.MatchString(txt) {
		d.escorts = append(d.escorts, escort{lead, ps, role})
	}
}

// addEscorts puts each escort at the held contacts of its lead's told
// after it.
func (d *drafter) addEscorts() {
	for _, x := range d.escorts {
		for _, e := range d.events {
			if e.status == "held" && e.kind != "visit" && slices.ContainsFunc(e.parts, func(p part) bool { return p.p == x.lead }) {
				for _, p := range x.people {
					e.add(p, "", x.role)
				}
			}
		}
	}
}

// contactsOf is where people told with lead were: cur, or, when the
// sentence says "at both meetings" or "at all three meetings", every held
// contact of lead's the report has told.
func (d *drafter) contactsOf(lead *person, cur *event, txt string) []*event {
	if lead == nil || !bothRe.MatchString(txt) {
		return []*event{cur}
	}
	var at []*event
	for _, e := range d.events {
		if e.status == "held" && e.kind != "visit" && slices.ContainsFunc(e.parts, func(p part) bool { return p.p == lead }) {
			at = append(at, e)
		}
	}
	if !slices.Contains(at, cur) {
		at = append(at, cur)
	}
	return at
}

// venueOfficers adds to a held contact at an organization ("visited the
// Federation of Chambers") the officers of that organization the report
// names at no contact ("FPCCI Vice President Y expressed the hope ..."):
// its hosts. Only where one contact is at that organization.
func (d *drafter) venueOfficers() {
	at := map[string][]*event{}
	placed := map[*person]bool{}
	for _, e := range d.events {
		if e.status == "held" && e.venue != "" {
			at[e.venue] = append(at[e.venue], e)
		}
		for _, pt := range e.parts {
			if pt.p != nil {
				placed[pt.p] = true
			}
		}
	}
	if len(at) == 0 {
		return
	}
	for _, p := range d.people {
		if placed[p] {
			continue
		}
		for _, h := range p.posts {
			if es := at[d.postRec(h.id).Of.ID]; len(es) == 1 {
				es[0].add(p, "", "host")
				break
			}
		}
	}
}

// dropUnpeopled drops a held contact no sentence named anyone at ("A
// meeting of the ministers was held" with no one named after): the model
// holds no held contact without participants.
// dropSenders takes out of every contact those the report names only as
// the sender of a message or greetings, or as the one on whose behalf
// someone spoke: "read out a message from President X", "conveyed the
// greetings of Foreign Minister Y".
func (d *drafter) dropSenders() {
	present := map[*person]bool{}
	for _, a := range d.sents {
		for _, m := range a.people {
			if !a.sender(m) {
				present[m.p] = true
			}
		}
	}
	for _, e := range d.events {
		e.parts = slices.DeleteFunc(e.parts, func(p part) bool { return p.p != nil && !present[p.p] })
	}
}

// sender reports whether m names someone as the sender of what another
// brings ("a letter from Minister X", "on behalf of X"), or only to name
// another ("X's predecessor"): no one at the sentence's contact.
func (a *analysed) sender(m personMention) bool {
	st := m.start
	if s := a.spanEnding(st); s != nil && s.kind == "title" {
		st = s.start
	}
	for st > 0 && (a.folded[st-1] == "the" || a.toks[st-1].text == "'s" || honorifics[a.folded[st-1]]) {
		st--
	}
	// "Deputy Minister Y (standing in for Minister of Energy X, who is on
	// a working trip abroad)": X is not there.
	if standingInForRe.MatchString(a.text[:a.toks[st].start]) {
		return true
	}
	// "Mrs X, wife of the Ambassador of Uzbekistan Y": Y, named for X, is
	// not there by that.
	if st >= 2 && a.folded[st-1] == "of" && relationNouns[a.folded[st-2]] {
		return true
	}
	// "Sarsenbayev's predecessor, Marat Zhumabekov, held talks with ...":
	// someone else, named by his relation to X.
	if m.end+1 < len(a.toks) && isPossessive(a.toks[m.end].text) && relationNouns[a.folded[m.end+1]] {
		return true
	}
	return st >= 2 && (a.folded[st-1] == "from" || a.folded[st-1] == "of") && senderNouns[a.folded[st-2]] ||
		st >= 2 && a.folded[st-1] == "of" && a.folded[st-2] == "behalf"
}

// standingInForRe ends the words before someone absent whom another
// stands for.
var standingInForRe = regexp.MustCompile(`(?i)\b(?:standing|stood|stands|deputi[sz]ing|deputi[sz]ed)\s+in\s+for\s+(?:the\s+)?$|\b(?:in\s+place\s+of|instead\s+of|deputi[sz]ing\s+for)\s+(?:the\s+)?$`)

// relationNouns name someone by a relation to the one named before "'s".
var relationNouns = set("predecessor", "successor", "wife", "husband", "spouse", "son", "daughter", "father", "mother", "brother", "sister", "widow", "family", "nephew", "niece")

// senderNouns are what someone absent sends: "a message from X".
var senderNouns = set("message", "messages", "address", "letter", "greetings", "regards", "wishes", "condolences", "felicitations", "congratulations", "invitation")

func (d *drafter) dropUnpeopled() {
	gone := map[*event]bool{}
	d.events = slices.DeleteFunc(d.events, func(e *event) bool {
		gone[e] = e.kind != "visit" && e.status == "held" && len(e.parts) == 0
		return gone[e]
	})
	for _, e := range d.events {
		if gone[e.sidelines] {
			e.sidelines = nil
		}
		if gone[e.sameDay] {
			e.sameDay = nil
		}
	}
	for i, e := range d.docEvent {
		if gone[e] {
			d.docEvent[i] = nil
		}
	}
}

// mergeRetellings makes one contact of two that the report tells twice:
// "X toured the port, a day after holding talks with Y" and then "During
// Tuesday's meeting, Y and X discussed ...": the same people, on the same
// day, in a meeting of either kind. The later telling's topics, outcomes
// and place go to the first.
func (d *drafter) mergeRetellings() {
	// within says whether every person of x takes part in y.
	within := func(x, y *event) bool {
		for _, p := range x.parts {
			if p.p != nil && !slices.ContainsFunc(y.parts, func(q part) bool { return q.p == p.p }) {
				return false
			}
		}
		return true
	}
	same := func(a, b *event) bool {
		if a.date.value == "" || a.date.value != b.date.value || a.status != b.status || min(a.people(), b.people()) < 2 {
			return false
		}
		if a.kind == "visit" || b.kind == "visit" || !compatible(a, b) || a.sidelines == b || b.sidelines == a {
			return false
		}
		// The same people, or one telling names one more ("At both
		// meetings, X was accompanied by Y").
		return within(a, b) && b.people() <= a.people()+1 || within(b, a) && a.people() <= b.people()+1
	}
	into := map[*event]*event{}
	var kept []*event
	for _, e := range d.events {
		if i := slices.IndexFunc(kept, func(k *event) bool { return same(k, e) }); i >= 0 {
			k := kept[i]
			k.merge(e)
			k.topics = append(k.topics, e.topics...)
			k.outcomes = append(k.outcomes, e.outcomes...)
			k.unnamed = append(k.unnamed, e.unnamed...)
			k.offices = append(k.offices, e.offices...)
			if k.visit == nil {
				k.visit = e.visit
			}
			if k.sidelines == nil {
				k.sidelines = e.sidelines
			}
			into[e] = k
			continue
		}
		kept = append(kept, e)
	}
	if len(into) == 0 {
		return
	}
	d.events = kept
	repoint := func(e *event) *event {
		if k, ok := into[e]; ok {
			return k
		}
		return e
	}
	for _, e := range d.events {
		e.sidelines, e.visit, e.sameDay = repoint(e.sidelines), repoint(e.visit), repoint(e.sameDay)
	}
	for i, e := range d.docEvent {
		d.docEvent[i] = repoint(e)
	}
	if d.trip != nil {
		d.trip = repoint(d.trip)
	}
}

// beforeWho is a text without a relative clause about those it names
// (", who held B2B meetings with exporters"), which tells no contact of the
// sentence's own.
func beforeWho(s string) string {
	if i := strings.LastIndex(s, ", who "); i >= 0 {
		return s[:i]
	}
	return s
}

// separateMeetings reads "X held meetings with A and with B, with whom he
// discussed ...": one meeting of X with each, not one of all three. e keeps
// the last named, whom what follows is about; the others are returned, to
// come before it.
func (d *drafter) separateMeetings(a *analysed, loc []int, e *event) []*event {
	if !separateWithRe.MatchString(a.text[max(0, loc[0]-20):min(len(a.text), loc[1]+50)]) && (!meetingsWithRe.MatchString(a.text[loc[0]:loc[1]]) || !strings.Contains(a.text[loc[1]:], " and with ")) {
		return nil
	}
	var subj, objs []part
	for _, pt := range e.parts {
		if pt.p == nil {
			continue
		}
		before := slices.ContainsFunc(a.people, func(m personMention) bool { return m.p == pt.p && a.toks[m.start].start < loc[0] })
		if before {
			subj = append(subj, pt)
		} else {
			objs = append(objs, pt)
		}
	}
	if len(subj) == 0 || len(objs) < 2 {
		return nil
	}
	var out []*event
	for _, o := range objs[:len(objs)-1] {
		c := *e
		c.parts = append(slices.Clone(subj), o)
		out = append(out, &c)
	}
	e.parts = append(slices.Clone(subj), objs[len(objs)-1])
	return out
}

// meetingsWithRe is a verb of several meetings, one with each named.
var (
	meetingsWithRe = regexp.MustCompile(`(?i)\bmeetings\s+with\b`)
	// separateWithRe tells one contact with each of those named after.
	separateWithRe = regexp.MustCompile(`(?i)\bseparate(?:\s+bilateral)?\s+(?:meetings|talks|conversations)\s+(?:[\w-]+\s+){0,4}?with\b`)
)

// tripRule and tripRe read a journey: who went where.
var (
	tripRule = verbRule{kind: "visit", dir: "subject-guest"}
	// witnessedRe is a presence at the signing or ceremony told before.
	witnessedRe = regexp.MustCompile(`(?i)\b(?:witnessed|(?:were|was)\s+(?:also\s+)?present\s+at|also\s+attended)\s+the\s+(?:signing|ceremony)\b|^\s*the\s+(?:signing|ceremony)\s+was\s+(?:also\s+)?witnessed\s+by\b`)
	// witnessedByRe is the passive of witnessedRe: those named after it.
	witnessedByRe = regexp.MustCompile(`(?i)witnessed\s+by$`)
	tripRe        = regexp.MustCompile(`(?i)\b(?:on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\s+to|(?:has\s+|have\s+)?arrived\s+in|(?:will\s+|to\s+)?arrive\s+in|arrives\s+in|travel(?:l)?ed\s+to|(?:will\s+|to\s+)?travels?\s+to|came\s+to|(?:will\s+)?(?:pay|pays|paid|paying|make|makes|made)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}visit\s+to|(?:completing|concluding|concluded|completed|wrapped\s+up|wraps\s+up|rounded\s+off|began|begins|started|starts)\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}visit\s+to)\b`)
)

// openedAnOccasion reports whether the verb "opened" (else any verb of a
// ceremony) tells an opening someone held: not of a thing that opened by
// itself ("which opened", "it opened"), nor of what is opened without a
// ceremony ("a hotline", "new doors", "the way"): what is opened is named
// (capitals) or a place, building or occasion (openedThings).
func openedAnOccasion(before, verb, after string) bool {
	if verb != "opened" {
		return true
	}
	if itselfOpenedRe.MatchString(before) {
		return false
	}
	m := openedObjectRe.FindStringSubmatch(after)
	if m == nil || openedStops[strings.ToLower(m[1])] {
		return true // "was opened by X", "opened on Monday": told by others
	}
	// The noun phrase's words up to a preposition: "the new visa centre".
	for _, w := range strings.Fields(m[1] + m[2]) {
		if openedStops[strings.ToLower(w)] {
			break
		}
		if isCap(w) || openedThings[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return true
		}
	}
	return false
}

var (
	itselfOpenedRe = regexp.MustCompile(`(?i)\b(?:which|that|it|they)\s+(?:(?:was|were|had|has|have|only|first|recently|formally|officially)\s+)*$`)
	// openedObjectRe is the first word of an object after "opened", past
	// its articles and a few adjectives.
	openedObjectRe = regexp.MustCompile(`^\s+(?:(?:a|an|the|its|his|her|their|our|new|first|second|third|two|three|several|another)\s+)*([\p{L}][\p{L}-]*)((?:\s+[\p{L}][\p{L}-]*){0,3})`)
	openedStops    = set("in", "of", "for", "to", "on", "at", "with", "and", "by", "from", "last", "this", "yesterday", "today", "earlier", "later")
	openedThings   = set("centre", "center", "centres", "centers", "office", "offices", "building", "house", "school", "hall", "exhibition", "exhibitions", "branch", "consulate", "embassy", "mission",
		"plant", "factory", "road", "highway", "bridge", "tunnel", "railway", "line", "corner", "library", "museum", "park", "clinic", "hospital", "mosque", "hotel", "store", "shop", "showroom", "mall",
		"station", "terminal", "airport", "port", "market", "academy", "institute", "university", "campus", "laboratory", "lab", "wing", "block", "pavilion", "stall", "stand", "gallery",
		"festival", "fair", "week", "days", "conference", "forum", "session", "summit", "meeting", "seminar", "symposium", "expo", "show", "event", "ceremony", "games", "tournament", "course", "workshop",
		"monument", "memorial", "statue", "garden", "square", "street", "avenue", "facility", "complex", "hub", "zone", "cafe", "restaurant", "cinema", "theatre", "theater", "stadium", "office-building")
)

// takingPartInRe opens a roster of the contact told before.
var (
	takingPartInRe = regexp.MustCompile(`(?i)^\s*(?:taking\s+part|participating|present)\s+(?:in|at)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|session|consultations|negotiations)\s+(?:were|was)\b`)
	// rosterSideRe heads a side's part of a roster: "from the Turkish
	// side -", "On the Kazakh side:".
	rosterSideRe = regexp.MustCompile(`(?i)\b(?:from|on)\s+the\s+([A-Z][\w-]*)\s+side\s*[-–—:]`)
)

// rosterSides gives those a roster lists under "from the Turkish side" the
// nationality of that side, where the report says no other.
func (d *drafter) rosterSides(a *analysed) {
	heads := rosterSideRe.FindAllStringSubmatchIndex(a.text, -1)
	if len(heads) == 0 {
		return
	}
	for _, m := range a.people {
		at := a.toks[m.start].start
		c := ""
		for _, h := range heads {
			if h[0] < at {
				c = d.g.demonyms[fold(a.text[h[2]:h[3]])]
			}
		}
		if c != "" && m.p.nat == "" && !m.p.known {
			m.p.nat, m.p.natCheck = c, "nationality from the side the roster lists the person under"
		}
	}
}

// namesOnlyAPerson reports whether t is only a person the sentence names,
// perhaps with an office before ("convey his good wishes to President
// X"): someone, not a subject of the talks.
func (a *analysed) namesOnlyAPerson(t string) bool {
	for _, pm := range a.people {
		name := a.textOf(pm.start, pm.end)
		if rest, ok := strings.CutSuffix(strings.TrimSpace(t), name); ok && !slices.ContainsFunc(strings.Fields(rest), func(w string) bool { return !isCap(w) }) {
			return true
		}
	}
	return false
}

// welcomedThingRe is what is welcomed when no one is: a visit, a decision.
var welcomedThingRe = regexp.MustCompile(`(?i)^\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:visit|decision|move|initiative|statement|proposal|offer|steps?|idea|progress|developments?|agreement|announcement|outcome|results?|efforts?|participation|interest|support|launch|opening|appointment|establishment|growth|increase|resumption)\b`)

// presentVerbRe is a verb of a contact in the present tense, as bulletins
// tell the day's news: "meets", "calls on", "holds talks".
var presentVerbRe = regexp.MustCompile(`(?i)^(?:meets|calls\s+on|holds|receives|hosts|visits|signs|attends|chairs|co-?chairs|welcomes)\b`)

// whoVisitedRe is a clause on someone's visit: ", who visited Islamabad
// last year".
var whoVisitedRe = regexp.MustCompile(`(?i),\s*who\s+(?:had\s+)?(?:visited|came\s+to|travelled\s+to|traveled\s+to|was\s+in)\s+[^,;.]{1,60}`)

// thingReceivedByRe opens a sentence on a thing handed over, received by
// those named after it.
var thingReceivedByRe = regexp.MustCompile(`(?i)^\s*(?:it|they|the\s+(?:consignment|aid|cargo|shipment|goods|assistance|donation|relief|supplies|items|equipment|cheque|gift))\s+(?:was|were)\s+(?:formally\s+|officially\s+)?(?:received|accepted|taken\s+over)\b[^.;]{0,80}?\bby\b`)

// attendedTheSigningRe is a presence at the signing or ceremony told.
var attendedTheSigningRe = regexp.MustCompile(`(?i)\b(?:also\s+)?attended\s+the\s+(?:signing|ceremony)\b`)

// iWasThereRe is the one interviewed at what the sentence goes on to tell.
var iWasThereRe = regexp.MustCompile(`\bI\s+was\s+(?:also\s+)?(?:in\s+the\s+room|present|there|at\s+the\s+(?:table|meeting|talks))\b`)

// firstPersonBeforeRe ends the words before a verb with "I": "where I",
// "I also".
var firstPersonBeforeRe = regexp.MustCompile(`\b(?:I|[Ww]e)\s+(?:(?:also|then|later|have|had|personally|recently)\s+)*$`)

// interviewRe tells an interview: answers after "A:", or an opening that
// says whom the publication spoke to.
var (
	interviewAnswerRe = regexp.MustCompile(`(?m)^\s*A\s*:`)
	interviewLedeRe   = regexp.MustCompile(`(?i)\b(?:spoke\s+to|talked\s+to|said\s+in\s+an\s+interview|told\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+in\s+an\s+interview|in\s+an\s+interview\s+with|interview(?:ed)?\s+(?:with|by)|gave\s+(?:an\s+)?interview)\b`)
)

// findInterviewee is, in an interview, the one who answers: the person the
// opening names first (d.interviewee; nil in other reports).
func (d *drafter) findInterviewee(body string) {
	if len(d.sents) == 0 || len(d.sents[0].people) == 0 {
		return
	}
	if interviewAnswerRe.MatchString(body) || interviewLedeRe.MatchString(d.sents[0].text) {
		d.interviewee = d.sents[0].people[0].p
	}
}

// thoseTalksRe opens a sentence on the contact the sentence before told.
var thoseTalksRe = regexp.MustCompile(`(?i)^\s*(?:those|these)\s+(talks|meetings?|consultations|negotiations|sessions?)\s+(?:were|was)\b`)

// quoteEndRe closes a quotation: a mark of the sentence, then the quote.
var quoteEndRe = regexp.MustCompile(`[,.!?;]["”]`)

// noOtherDay reports whether a sentence gives no day other than e's.
func (d *drafter) noOtherDay(txt string, e *event) bool {
	ds := findDatesHint(txt, d.pub, false, d.yearHint)
	return len(ds) == 0 || datesMeet(ds[0].value, e.date.value)
}

// foreignOf is the one country other than home that parties of e are of
// ("" when none or several).
func foreignOf(e *event, home string) string {
	c := ""
	for _, q := range e.parts {
		if q.p == nil || q.p.nat == "" || q.p.nat == home {
			continue
		}
		if c != "" && c != q.p.nat {
			return ""
		}
		c = q.p.nat
	}
	return c
}

// theGuests reports whether the object after a verb of hosting is the
// guests being told (theGuestsRe, not indefiniteObjRe).
func theGuests(after string) bool {
	return theGuestsRe.MatchString(after) && !indefiniteObjRe.MatchString(after)
}

// contact reads one reporting verb of a sentence: it returns a new event,
// or cur when the sentence goes on telling it, or nil when the verb makes
// no contact (no one named, or told as reported speech with no one in it).
func (d *drafter) contact(a *analysed, rule *verbRule, loc []int, cur *event) *event {
	txt := a.text
	status := "held"
	atCur := false    // told as part of the contact before ("During the meeting, ...")
	dayOfCur := false // dated as the contact before, which may be dated again later
	before := txt[:loc[0]]
	// "but did not hold a bilateral meeting there", "have never met": no
	// contact.
	if negatedRe.MatchString(before[max(0, len(before)-40):]) {
		return nil
	}
	// "'Our agreement has opened new doors,' Y told participants": words
	// quoted tell no contact.
	if i := slices.IndexFunc(a.toks, func(t token) bool { return t.start >= loc[0] }); i >= 0 && insideQuotes(a.toks, i) {
		return nil
	}
	// "X welcomed the ambassador's visit and urged ...": a statement on
	// something, no welcome of anyone.
	if v := strings.ToLower(txt[loc[0]:loc[1]]); (v == "welcomed" || v == "welcomes" || v == "welcoming") && welcomedThingRe.MatchString(txt[loc[1]:]) {
		return nil
	}
	// "The Embassy has opened a hotline", "the Kazakhstan House, which
	// opened earlier this year": no opening ceremony of anyone's.
	if rule.kind == "ceremony" && !openedAnOccasion(before, strings.ToLower(txt[loc[0]:loc[1]]), txt[loc[1]:]) {
		return nil
	}
	// "The embassy dismissed as false reports that X had met Y": a
	// contact told only to be denied is none.
	if deniedReportRe.MatchString(before) {
		return nil
	}
	// "A meeting with X, which had been on the agenda, did not take
	// place": no contact either.
	if m := didNotTakePlaceRe.FindStringIndex(txt[loc[1]:]); m != nil && !slices.ContainsFunc(a.toks, func(t token) bool {
		return t.start > loc[1] && t.start < loc[1]+m[0] && (t.text == "." || t.text == ";")
	}) {
		return nil
	}
	// "the Al-Farabi Forum, which COMSTECH hosted last year": a relative
	// clause with a subject of its own that is no one named; not a
	// contact of the sentence's people.
	if m := relativeSubjectRe.FindStringSubmatchIndex(before); m != nil && !pronounRe.MatchString(before[m[2]:m[3]]) &&
		!slices.ContainsFunc(a.people, func(p personMention) bool {
			at := a.toks[p.start].start
			return at >= m[2] && at < loc[0]
		}) {
		return nil
	}
	speech := speechRe.FindAllStringIndex(before, -1)
	from := 0
	if len(speech) > 0 {
		// "X said Kazakhstan had hosted ...", "he recalled that Y had
		// travelled to ...": told by X; a contact only of those named after
		// the telling, and one of the past unless it lies ahead.
		from = speech[len(speech)-1][1]
		if m := thatRe.FindStringIndex(txt[from:loc[0]]); m != nil {
			// "X informed the ambassador that a team will visit": who
			// tells and who is told are not in what is told.
			from += m[1]
		}
		status = "background"
		if ownTripRe.MatchString(txt[from:loc[0]]) && rule.kind == "visit" {
			from = 0 // "X recalled his visit to Istanbul": X's own trip
		}
		if saidWhileRe.MatchString(txt[from:loc[0]]) || rule.re == afterTalksRule.re && strings.TrimSpace(txt[from:loc[0]]) == "" {
			// "He said this while talking to X", "X said after talks
			// with Y": the telling is the contact.
			from, status = 0, "held"
		}
	}
	if i := strings.LastIndexAny(before, ";"); i >= 0 {
		before = before[i:]
	}
	window := before
	if len(window) > 60 {
		window = window[len(window)-60:]
	}
	// "the next meeting of the Council, co-chaired by A and B, which is to
	// be held in the autumn": a meeting to come, when everyone the
	// sentence names comes after it.
	if m := nextMeetingRe.FindStringIndex(txt); m != nil && len(a.people) > 0 && !slices.ContainsFunc(a.people, func(pm personMention) bool { return a.toks[pm.start].start < m[0] }) {
		status = "planned"
	} else if plannedRe.MatchString(window) || andToRe.MatchString(window) && plannedRe.MatchString(before) || plannedFarBefore(before) || toBeRe.MatchString(window) || requestedRe.MatchString(window) || invitationToRe.MatchString(before) || plannedRe.MatchString(txt[loc[0]:min(len(txt), loc[1]+3)]) || strings.HasPrefix(strings.ToLower(txt[loc[0]:]), "will ") ||
		scheduledRe.MatchString(txt[loc[1]:]) {
		status = "planned"
	} else if backgroundRe.MatchString(window) {
		status = "background"
	}
	// "The commission, co-chaired by A and B, is now expected to meet":
	// an aside on the body; its main clause says when it meets.
	if m := coChairedAsideRe.FindStringSubmatch(txt); m != nil && status == "held" && plannedRe.MatchString(m[1]) {
		status = "planned"
	}
	// "According to a statement issued on Wednesday, the delegation called
	// on X": the statement's day, not the contact's.
	dated := txt
	for _, m := range issuedRe.FindAllStringIndex(txt, -1) {
		dated = dated[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + dated[m[1]:]
	}
	dates := findDatesHint(dated, d.pub, status == "planned", d.yearHint)
	var dt resolved
	clause := len(txt)
	if m := clauseEndRe.FindStringIndex(txt[loc[1]:]); m != nil {
		clause = loc[1] + m[0]
		// "held talks with Y, who arrived on a state visit, at the
		// residence on December 19": an aside, after which the clause of
		// the verb goes on.
		if p := asideRe.FindStringIndex(txt[clause:]); p != nil {
			clause = len(txt)
			if m2 := clauseEndRe.FindStringIndex(txt[loc[1]+m[0]+p[1]:]); m2 != nil {
				clause = loc[1] + m[0] + p[1] + m2[0]
			}
		}
	}
	if agreedRe.MatchString(txt[loc[0]:loc[1]]) {
		// "agreed to convene the commission later this year": a date
		// after the "to" is of what they agreed to do, not of their
		// meeting.
		if m := toDoRe.FindStringIndex(txt[loc[1]:clause]); m != nil {
			clause = loc[1] + m[0]
		}
	}
	// "during a meeting with X, who called on him on Wednesday", "He was
	// speaking to X, who visited the Chamber on Monday": the relative
	// clause tells the same contact, its day, and who came to whom.
	calledOn := -1
	if m := whoCalledOnRe.FindStringIndex(txt[loc[1]:]); m != nil && loc[1]+m[0] <= clause {
		calledOn = loc[1] + m[0]
		clause = len(txt)
		if m2 := clauseEndRe.FindStringIndex(txt[calledOn+(m[1]-m[0]):]); m2 != nil {
			clause = calledOn + (m[1] - m[0]) + m2[0]
		}
	}
	// The clause of the verb: from the last boundary before it.
	start := from
	for _, m := range clauseStartRe.FindAllStringIndex(txt[:loc[0]], -1) {
		start = max(start, m[1])
	}
	// The date nearest the verb within its clause, never one of an aside
	// about someone ("X, who arrived on Monday for a visit, later called
	// on Y").
	asides := relativeAsideRe.FindAllStringIndex(txt[:loc[0]], -1)
	best := -1
	for _, r := range dates {
		if slices.ContainsFunc(asides, func(m []int) bool { return r.pos >= m[0] && r.pos < m[1] }) {
			continue
		}
		// "held a conversation on the schedule of contacts next year": a
		// time ahead in what they spoke about, not the contact's.
		if r.pos > loc[1] && aheadRe.MatchString(r.text) && subjectLeadRe.MatchString(txt[loc[1]:r.pos]) && !plannedRe.MatchString(txt[:loc[1]]) {
			continue
		}
		if r.pos < clause && r.pos >= start {
			dist := r.pos - loc[1]
			if dist < 0 {
				dist = loc[0] - r.pos
			}
			if best < 0 || dist < best {
				dt, best = r, dist
			}
		}
	}
	if best < 0 {
		// "The visit had been arranged last Friday, when X telephoned Y":
		// the time the "when" clause is of.
		for _, r := range dates {
			if end := r.pos + len(r.text); end <= start && whenAfterRe.MatchString(txt[end:start]) {
				dt, best = r, 0
			}
		}
	}
	if best < 0 && whereClauseRe.MatchString(txt[:loc[0]]) {
		// "In September, he accompanied X on a visit to Doha, where X held
		// talks with Y": the day of the trip the clause is in.
		for _, r := range dates {
			if r.pos < start && !slices.ContainsFunc(asides, func(m []int) bool { return r.pos >= m[0] && r.pos < m[1] }) {
				dt = r
			}
		}
	}
	if best < 0 && recallingRe.MatchString(txt[:start]) {
		// "Recalling the visit of X to Tashkent in July 2024, ... their
		// talks": the talks of the visit recalled, in its month.
		var before []resolved
		for _, r := range dates {
			if r.pos < start {
				before = append(before, r)
			}
		}
		if len(before) == 1 {
			dt = before[0]
			dt.check = "date of the visit the sentence recalls"
		}
	}
	// "The Speaker recalled his meeting with Minister Y, who visited
	// Islamabad last year": a recalled contact of no date of its own is of
	// the time of the visit its who-clause tells.
	if dt.value == "" && status == "background" {
		if m := whoVisitedRe.FindStringIndex(txt[loc[1]:]); m != nil {
			if ds := findDatesHint(txt[loc[1]+m[0]:loc[1]+m[1]], d.pub, false, d.yearHint); len(ds) > 0 && !d.afterPublication(ds[0].value) {
				dt = ds[0]
				dt.check = "date of the visit the clause on " + strings.TrimSpace(txt[loc[1]:loc[1]+m[0]]) + " tells"
			}
		}
	}
	if dt.basis == basisRelative && dt.value == d.dlDate.value {
		// "ISLAMABAD, June 8: ... on Wednesday": the dateline states it.
		dt = d.dlDate
		dt.basis, dt.note = basisStated, fmt.Sprintf("dateline %q and %q agree", d.dl.date, dt.text)
	}
	if dt.value == "" && theSameDayRe.MatchString(txt) && (cur == nil || cur.date.value == "") {
		// "The delegation, which arrived in Kabul on Monday, met X on the
		// same day", no contact dated before: the day of the aside.
		for _, r := range dates {
			if slices.ContainsFunc(asides, func(m []int) bool { return r.pos >= m[0] && r.pos < m[1] }) {
				dt = r
				dt.check = "\"on the same day\": the day the sentence's aside gives"
				break
			}
		}
	}
	sameDay := dt.value == "" && sameDayRe.MatchString(txt) && cur != nil
	if sameDay {
		dt = cur.date
		dayOfCur = true
		dt.note = "the same day as the contact before"
		dt.check = ""
		if laterRe.MatchString(txt) {
			dt.check = `"Later": taken as the day of the contact before`
		}
	}
	if dt.value == "" && endOfContactRe.MatchString(txt) && cur != nil && cur.date.value != "" {
		// "At the end of the talks, A and B signed a protocol": the last
		// day of the contact before.
		if _, end, ok := dayBounds(cur.date.value); ok {
			dt = resolved{value: end, basis: basisEarlier, text: endOfContactRe.FindString(txt),
				note: "at the end of the contact before (" + cur.date.value + ")"}
		}
	}
	if dt.value == "" && prevDayRe.MatchString(txt) {
		// "The day before, X visited ...": the day before the contact told
		// before, or, opening the report, before its publication.
		switch {
		case cur != nil:
			if told, ok := d.dayToldSince(cur.sent, a.idx); ok {
				t, _ := parseDay(told)
				dt = resolved{value: day(t.AddDate(0, 0, -1)), basis: basisEarlier, text: prevDayRe.FindString(txt),
					note: "the day before the one the report told last (" + told + ")"}
			} else if a, _, ok := dayBounds(cur.date.value); ok {
				t, _ := parseDay(a)
				dt = resolved{value: day(t.AddDate(0, 0, -1)), basis: basisEarlier, text: prevDayRe.FindString(txt),
					note: "the day before the contact before (" + cur.date.value + ")"}
			}
		case a.idx == 0 && !d.pub.IsZero():
			dt = resolved{value: day(d.pub.AddDate(0, 0, -1)), basis: basisRelative, text: strings.TrimSpace(prevDayRe.FindString(txt)),
				note: "the day before publication on " + day(d.pub), check: "date resolved from \"the day before\" against the publication date"}
		}
	}
	// "X arrived in Tashkent on Wednesday and, the next day, he and Y
	// co-chaired ...": the day after the one the sentence gave first.
	if len(dt.value) == len("2006-01-02") && dt.pos < loc[0] {
		if m := nextDayRe.FindStringIndex(txt[:loc[0]]); m != nil && m[0] > dt.pos {
			if t, ok := parseDay(dt.value); ok {
				dt = resolved{value: day(t.AddDate(0, 0, daysLater(txt[m[0]:]))), basis: basisEarlier, text: txt[m[0]:m[1]],
					note: "the day after " + dt.value + ", told earlier in the sentence", check: "\"" + strings.TrimSpace(txt[m[0]:m[1]]) + "\": counted from " + dt.value}
			}
		}
	}
	// "In February 2021 ..., and in July that year X held talks with Y":
	// the year told before it in the sentence.
	if len(dt.value) == len("2006-01") && thatYearRe.MatchString(txt[min(len(txt), dt.pos+len(dt.text)):]) {
		if ys := fourDigitYearRe.FindAllStringIndex(txt[:dt.pos], -1); len(ys) > 0 {
			y := txt[ys[len(ys)-1][0]:ys[len(ys)-1][1]]
			dt.value = y + dt.value[4:]
			dt.basis, dt.note, dt.check = basisEarlier, "the year told before in the sentence", "\"that year\": taken as "+y
		}
	}
	// "X first visited Astana in 2017 ... A year later, Y received X": the
	// years after the contact told before, a recalled one too.
	if m := yearsLaterRe.FindStringSubmatch(txt[:loc[0]]); m != nil && (dt.value == "" || dt.basis == basisEarlier || dt.basis == basisDateline) {
		if prev := d.lastDated(); prev != nil {
			if y, err := strconv.Atoi(prev.date.value[:4]); err == nil {
				n := map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}[strings.ToLower(m[1])]
				dt = resolved{value: strconv.Itoa(y + n), basis: basisEarlier, text: m[0], note: fmt.Sprintf("%s after %s", strings.TrimSpace(m[0]), prev.date.value[:4]),
					check: fmt.Sprintf("%q: counted from the contact told before, in %s", strings.TrimSpace(m[0]), prev.date.value[:4])}
				if prev.status == "background" {
					status = "background"
				}
			}
		}
	}
	if dt.value == "" && nextDayRe.MatchString(txt) && cur != nil {
		// "The next day, X met Y": the day after the contact before, or,
		// when that one has no day yet ("In the evening, Y hosted a
		// dinner"), after the last contact told with one.
		base := cur.date.value
		if len(base) != len("2006-01-02") {
			base = d.lastDay()
		}
		if told, ok := d.dayToldSince(cur.sent, a.idx); ok {
			base = told
		}
		if t, ok := parseDay(base); ok && len(base) == len("2006-01-02") {
			dt = resolved{value: day(t.AddDate(0, 0, daysLater(txt))), basis: basisEarlier, text: nextDayRe.FindString(txt),
				note: "the day after the contact before (" + base + ")"}
			if n := daysLater(txt); n > 1 {
				dt.note = fmt.Sprintf("%d days after the contact before (%s)", n, base)
			}
		}
	}
	if dt.value == "" && a.idx > 0 && thatOccasionRe.MatchString(txt[:loc[0]]) {
		// "... the visit of X in November last year was recalled. On that
		// occasion X was received by Y": the time the sentence before
		// gives.
		if ds := findDatesHint(d.sents[a.idx-1].text, d.pub, false, d.yearHint); len(ds) > 0 {
			dt = ds[len(ds)-1]
			dt.check = `"on that occasion": the time the sentence before gives`
		}
	}
	if dt.value == "" && d.trip != nil {
		// "On the first day of the visit": a day of the visit told before.
		// "On the second day, the Business Forum was held at the Chamber.
		// The forum was opened by A and B": the day the sentence before,
		// naming no one, gives the occasion this one tells.
		m := visitDayRe.FindStringSubmatch(txt)
		if b := d.sents[max(a.idx-1, 0)]; m == nil && a.idx > 0 && len(b.people) == 0 && announcedRe.MatchString(b.text) {
			m = visitDayRe.FindStringSubmatch(b.text)
		}
		if m != nil {
			if v, ok := d.visitDay(strings.ToLower(m[1])); ok {
				dt = resolved{value: v, basis: basisEarlier, text: strings.TrimSpace(m[0]),
					note: fmt.Sprintf("the %s day of the visit (%s)", strings.ToLower(m[1]), d.trip.date.value)}
			}
		}
	}
	// "... staff talks, held in Astana in November 2021. Those talks were
	// co-chaired by A and B": the talks the sentence before told, of its
	// time.
	if m := thoseTalksRe.FindStringSubmatch(txt); dt.value == "" && m != nil && a.idx > 0 {
		b := d.sents[a.idx-1].text
		if at := strings.Index(strings.ToLower(b), strings.ToLower(m[1])); at >= 0 {
			for _, r := range findDatesHint(b, d.pub, false, d.yearHint) {
				if r.pos > at && !d.afterPublication(r.value) {
					dt = r
					dt.check = "date of the " + strings.ToLower(m[1]) + " the sentence before tells"
					break
				}
			}
		}
	}
	// "He said they had agreed to meet early next year": what is told of
	// a time after the report is planned, not recalled.
	if status == "background" && d.afterPublication(dt.value) {
		status = "planned"
	}
	if dt.value != "" && status == "held" && !d.pub.IsZero() {
		if end, ok := parseDay(schema.Date{Value: dt.value}.End()); ok && d.pub.Sub(end) > 31*24*time.Hour {
			status = "background"
		}
		// "... will meet next year", told without a future verb: a time
		// after the report is of no held contact.
		if d.afterPublication(dt.value) {
			status = "planned"
		}
	}
	// (Not "The envoy also visited the museum", after a contact dated to
	// the day: more of that day, below.)
	if dt.value == "" && a.idx > 0 && !sameDay && !sidelinesRe.MatchString(txt) && !(alsoRe.MatchString(txt[:loc[0]]) && cur != nil && cur.status == "held" && len(cur.date.value) == len("2006-01-02")) {
		// "arrived on Tuesday for political consultations. The Uzbek side
		// was led by ...": the day of the sentence before, which announces
		// the contact naming no one else.
		// "On the first day of the visit, Monday, X laid a wreath. He then
		// held talks with Y": the day of the sentence before, too.
		if b := d.sents[a.idx-1]; (announcedRe.MatchString(b.text) || thenRe.MatchString(txt[:loc[0]])) && !slices.ContainsFunc(b.people, func(m personMention) bool {
			return !slices.ContainsFunc(a.people, func(n personMention) bool { return n.p == m.p })
		}) {
			// A time after the report dates no held contact ("the next
			// meeting will be held in 2026. X and Y held talks").
			ds := findDatesHint(issuedRe.ReplaceAllStringFunc(b.text, func(m string) string { return strings.Repeat(" ", len(m)) }), d.pub, status == "planned", d.yearHint)
			// ("a round that was due to open on Thursday, and the heads
			// held a video call on Tuesday instead": the day of what was
			// held, not of what was to be.)
			if status == "held" {
				ds = slices.DeleteFunc(ds, func(r resolved) bool { return plannedRe.MatchString(b.text[max(0, r.pos-60):r.pos]) })
			}
			if len(ds) > 0 && !(status == "held" && d.afterPublication(ds[0].value)) {
				dt = ds[0]
				dt.check = "date from the sentence before, which announces the contact"
			} else if last := d.lastDay(); last != "" && len(b.people) == 0 && nextDayRe.MatchString(b.text) {
				// "The next day, the delegation moved to Dubai, where the
				// forum was held. X co-chaired its session with Y."
				t, _ := parseDay(last)
				dt = resolved{value: day(t.AddDate(0, 0, daysLater(b.text))), basis: basisEarlier, text: nextDayRe.FindString(b.text),
					note: "the day after the contact before (" + last + "), which the sentence before gives"}
			}
		}
		// "On the final day, the delegation travelled to Sialkot. There X
		// held a meeting with Y": the day of that leg of the trip.
		if m := thereRe.FindStringSubmatch(txt[:loc[0]]); dt.value == "" && m != nil && !thereIsRe.MatchString(m[1]) {
			for _, e := range d.events {
				if e.kind == "visit" && e.sent == a.idx-1 && len(e.date.value) == len("2006-01-02") {
					dt = e.date
					dt.basis, dt.note, dt.check = basisEarlier, "the day of the trip told in the sentence before", `"There": the day of the trip told in the sentence before`
				}
			}
		}
	}
	// "Separately, the Secretary-General calls on the Foreign Minister",
	// in a bulletin told in the present: a contact of the day it is told.
	if dt.value == "" && status == "held" && !d.pub.IsZero() && presentVerbRe.MatchString(txt[loc[0]:loc[1]]) {
		dt = resolved{value: day(d.pub), basis: basisRelative, text: txt[loc[0]:loc[1]], note: "told in the present tense, on publication day " + day(d.pub),
			check: "told in the present tense: taken as the day of publication"}
	}
	if dt.value == "" && status == "held" && cur != nil && cur.status == "held" && cur.date.value != "" && d.toldAtCur(a) {
		// "During the meeting, a memorandum was signed ... The document was
		// signed by A and B": at the contact being told, on its day.
		dt = cur.date
		dt.basis, dt.note, dt.check = basisEarlier, "the day of the contact before", `"during the meeting": taken as the day of the contact before`
		atCur = true
	}
	if dt.value == "" && status == "held" && cur != nil && cur.status == "held" && len(cur.date.value) == len("2006-01-02") && alsoRe.MatchString(txt[:loc[0]]) {
		// "X also visited Y": more of the day the report tells.
		dt = cur.date
		dt.basis, dt.note, dt.check = basisEarlier, "the day of the contact before", `"also": taken as the day of the contact before`
		dayOfCur = true
	}
	if dt.value == "" && status == "held" && d.itemDate.value != "" {
		dt = d.itemDate
	}
	if dt.value == "" && status == "held" && d.dlDate.value != "" {
		dt = d.dlDate
		dt.check = "the sentence gives no date; the dateline's is taken"
	}
	// Who: people of the sentence, split at the verb; the subject in the
	// verb's own clause when one is named there; never those of an opening
	// phrase ("Apart from talks with X, the delegation will ...").
	intro := 0
	if m := introRe.FindStringIndex(txt[:loc[0]]); m != nil {
		intro = m[1]
		start = max(start, intro)
	}
	var subj, obj []*person
	var lastSubj *person
	lastSubjEnd := 0
	tributes := tributeRe.FindAllStringIndex(txt, -1)
	// "..., the Foreign Office spokesperson said.": who tells it, not who
	// took part.
	told := len(txt)
	if m := attributionRe.FindStringIndex(txt); m != nil && m[0] > loc[1] {
		told = m[0]
	}
	// "... asked her to convey his greetings to Y": Y is greeted, not met.
	if m := greetingsToRe.FindStringIndex(txt); m != nil && m[0] > loc[1] {
		told = min(told, m[0])
	}
	// "X received him, while Y was also present": Y was at the contact,
	// not received (see presentWhile).
	if m := whilePresentRe.FindStringIndex(txt[loc[1]:]); m != nil {
		told = min(told, loc[1]+m[0])
	}
	// "X toured the port on Wednesday, a day after holding talks with Y":
	// Y is of the other contact (see findEvents).
	if m := daysApartClauseRe.FindStringIndex(txt[loc[1]:]); m != nil {
		told = min(told, loc[1]+m[0])
	}
	var whichClauses [][]int
	for _, w := range whichClauseRe.FindAllStringIndex(txt, -1) {
		if w[0] > loc[1] {
			whichClauses = append(whichClauses, w)
		}
		// "the Council, which Presidents A and B co-chair": the verb tells
		// what the body is, not a contact.
		if loc[0] > w[0] && loc[0] < w[1] && !strings.HasSuffix(strings.ToLower(txt[loc[0]:loc[1]]), "ed") {
			return nil
		}
	}
	inClause := false
	for _, m := range a.people {
		if at := a.toks[m.start].start; at >= start && at < loc[0] {
			inClause = true
		}
	}
	for _, m := range a.people {
		st := m.start
		if s := a.spanEnding(st); s != nil && s.kind == "title" {
			st = s.start
		}
		if st > 1 && a.folded[st-1] == "of" && a.folded[st-2] != "honour" && a.folded[st-2] != "honor" && !strings.HasSuffix(a.folded[st-2], "chairmanship") && a.folded[st-2] != "presence" && a.folded[st-2] != "participation" {
			continue // "the programme of President X": not a party; "under the chairmanship of X", "with the participation of X" are
		}
		if d.honoured(txt, tributes, a.toks[st].start) {
			continue // "paid tribute to national leader X": remembered, not met
		}
		if st > 1 && (a.folded[st-1] == "on" || a.folded[st-1] == "about") && aboutNouns[a.folded[st-2]] {
			continue // "a seminar on Abai Kunanbayev": whom it is about, not who was there
		}
		at := a.toks[m.start].start
		if at < from || inClause && at < start || at < intro || at >= told {
			continue
		}
		// "... the agenda of the Council, which Presidents A and B
		// co-chair": named in what a body is, not at the contact.
		if slices.ContainsFunc(whichClauses, func(w []int) bool { return at >= w[0] && at < w[1] }) {
			continue
		}
		if at < loc[0] {
			subj = appendPerson(subj, m.p)
			lastSubj, lastSubjEnd = m.p, a.toks[m.end-1].end
		} else {
			obj = appendPerson(obj, m.p)
		}
	}
	// "X called on Y along with his deputy, Z": Z came with X.
	if m := alongWithHisRe.FindStringIndex(txt[loc[1]:]); m != nil && len(subj) > 0 {
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at >= loc[1]+m[0] && at < told && slices.Contains(obj, pm.p) {
				obj = slices.DeleteFunc(obj, func(p *person) bool { return p == pm.p })
				subj = appendPerson(subj, pm.p)
			}
		}
	}
	if (rule.re == possessiveRule.re || rule.re == possessiveCallRule.re || rule.re == afterTalksRule.re) && len(subj) == 0 {
		// "his talks with B": B is in the verb's clause; "his" is the one
		// named nearest outside it, before or after.
		var with, others []personMention
		for _, m := range a.people {
			if at := a.toks[m.start].start; at >= loc[1] && at < clause {
				with = append(with, m)
			} else if !slices.ContainsFunc(with, func(w personMention) bool { return w.p == m.p }) {
				others = append(others, m)
			}
		}
		obj = nil
		for _, m := range with {
			obj = appendPerson(obj, m.p)
		}
		best := -1
		for _, m := range others {
			if slices.Contains(obj, m.p) {
				continue
			}
			dist := loc[0] - a.toks[m.start].start
			if dist < 0 {
				dist = a.toks[m.start].start - clause
			}
			if best < 0 || dist < best {
				best, subj = dist, []*person{m.p}
			}
		}
	}
	// "On arrival, the guests called on the Vice Chancellor": the guests
	// of the contact being told.
	// "the delegation, accompanied by Colonel X, visited": X, and those
	// the delegation is.
	if before := accompaniedAsideRe.ReplaceAllString(txt[start:loc[0]], " "); (cur != nil || d.trip != nil || d.delegationLead != nil) && theGuestsSubjectRe.MatchString(before) {
		var lead []*person
		if cur != nil {
			for _, p := range cur.parts {
				if p.p != nil && p.role == "guest" && !slices.Contains(obj, p.p) {
					lead = appendPerson(lead, p.p)
				}
			}
			// Roles not given yet ("X led the Pakistani side, while Y
			// headed the Kazakh one"): those of another country than the
			// contact's.
			// Only for "the visiting delegation", "the guests": "the
			// delegation" may be a home body's.
			if home := cmp.Or(d.g.countryOf(cur.place), d.countryOfLocal(cur.place), d.host); home != "" && visitorsRe.MatchString(before) {
				for _, p := range cur.parts {
					if p.p != nil && p.role == "" && p.p.nat != "" && p.p.nat != home && !slices.Contains(obj, p.p) {
						lead = appendPerson(lead, p.p)
					}
				}
			}
		}
		// Of a visit, told after a contact it had no guest in: the
		// traveller's.
		if len(lead) == 0 && d.trip != nil {
			for _, p := range d.trip.parts {
				if p.p != nil && !slices.Contains(obj, p.p) {
					lead = appendPerson(lead, p.p)
				}
			}
		}
		// "The delegation is led by X. On Tuesday, the guests were
		// received by Y": the delegation's head, and its members.
		var delegation []*person
		if len(lead) == 0 && d.delegationLead != nil && !slices.Contains(obj, d.delegationLead) {
			delegation = appendPerson(delegation, d.delegationLead)
			for _, p := range d.delegationMembers {
				if !slices.Contains(obj, p) {
					delegation = appendPerson(delegation, p)
				}
			}
		}
		for _, p := range subj {
			lead = appendPerson(lead, p)
		}
		for _, p := range delegation {
			lead = appendPerson(lead, p)
		}
		subj = lead
	}
	// "On 22 April, the Minister of Defence, X, held talks with the
	// guest": the travellers of the visit being told.
	theGuest := false
	if len(obj) == 0 && len(subj) > 0 && d.trip != nil && d.trip.status == "held" && withTheGuestRe.MatchString(txt[loc[1]:]) {
		theGuest = true
		for _, p := range d.trip.parts {
			if p.p != nil && !slices.Contains(subj, p.p) {
				obj = appendPerson(obj, p.p)
			}
		}
	}
	// "X arrived in Rawalpindi on Tuesday evening. A and B received him
	// at the airbase": "him" is the one the sentence before named first,
	// on the day it tells when none is given here.
	if len(obj) == 0 && len(subj) > 0 && objectPronounRe.MatchString(txt[loc[1]:]) {
		// "X attended a seminar, where Y hosted him": X, in this sentence.
		cut := start
		if w := strings.LastIndex(strings.ToLower(txt[:loc[0]]), ", where "); w > cut {
			cut = w
		}
		for _, m := range a.people {
			if at := a.toks[m.start].start; at < cut && (!slices.Contains(subj, m.p) || cut > start) {
				obj = appendPerson(obj, m.p)
				subj = slices.DeleteFunc(subj, func(p *person) bool { return p == m.p })
				break
			}
		}
	}
	// "Speaking at the chamber on Wednesday, the envoy said ... Its
	// President X received him": "him" is the one person of the contact
	// being told, which this sentence tells on, when the sentence before
	// names no one.
	if len(obj) == 0 && len(subj) > 0 && cur != nil && cur.status == "held" && status == "held" && cur.people() == 1 && a.idx > 0 && len(d.sents[a.idx-1].people) == 0 &&
		objectPronounRe.MatchString(txt[loc[1]:]) && (dt.value == "" || dt.basis == basisDateline || dt.value == cur.date.value) {
		if i := slices.IndexFunc(cur.parts, func(p part) bool { return p.p != nil }); i >= 0 && !slices.Contains(subj, cur.parts[i].p) {
			if cur.parts[i].role == "" {
				cur.parts[i].role = rolesOf(rule.dir, false)
			}
			for _, p := range subj {
				cur.add(p, "", rolesOf(rule.dir, true))
			}
			return cur
		}
	}
	if len(obj) == 0 && len(subj) > 0 && a.idx > 0 && objectPronounRe.MatchString(txt[loc[1]:]) {
		b := d.sents[a.idx-1]
		if len(b.people) > 0 && !slices.Contains(subj, b.people[0].p) {
			obj = appendPerson(obj, b.people[0].p)
			if (dt.value == "" || dt.basis == basisDateline) && arrivedRe.MatchString(b.text) {
				if ds := findDatesHint(b.text, d.pub, status == "planned", d.yearHint); len(ds) > 0 {
					dt = ds[0]
					dt.check = "date of the arrival told in the sentence before"
				}
			}
		}
	}
	// "the visit of Prime Minister X to Tashkent in July 2021, during which
	// he held a meeting with Y": "he" is the visitor.
	if m := visitDuringWhichRe.FindStringIndex(txt[:loc[0]]); len(subj) == 0 && m != nil {
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at >= m[0] && at < m[1] && !slices.Contains(obj, pm.p) {
				subj = appendPerson(subj, pm.p)
				break
			}
		}
	}
	// "Last Thursday I was in Lahore, where I called on the Governor", in
	// an interview: "I" is the one interviewed.
	if len(subj) == 0 && d.interviewee != nil && firstPersonBeforeRe.MatchString(txt[start:loc[0]]) && !slices.Contains(obj, d.interviewee) {
		subj = appendPerson(subj, d.interviewee)
	}
	// "He said this while talking to X": "he" is the one the sentence
	// before named first, when it named one; not in what he is told to
	// have said ("He said he had travelled to ...").
	if len(subj) == 0 && a.idx > 0 && from == 0 && pronounSubjectRe.MatchString(txt[:loc[0]]) {
		if ps := d.sents[a.idx-1].people; len(ps) > 0 && !slices.Contains(obj, ps[0].p) {
			subj = appendPerson(subj, ps[0].p)
		}
	}
	// "X recalled that he and Y first met in Astana": X too.
	if heAndRe.MatchString(txt[:loc[0]]) {
		for _, m := range a.people {
			if a.toks[m.start].start < loc[0] && !slices.Contains(subj, m.p) && !slices.Contains(obj, m.p) {
				subj = append([]*person{m.p}, subj...)
				break
			}
		}
	}
	// "X recalled that he visited Urumqi, where he held talks with Y":
	// "he" is the one the sentence named first, before it.
	if len(subj) == 0 && relativePronounRe.MatchString(txt[:loc[0]]) {
		for _, m := range a.people {
			if a.toks[m.start].start < loc[0] && !slices.Contains(obj, m.p) {
				subj = appendPerson(subj, m.p)
				break
			}
		}
	}
	// "X invited Y to visit ...", "extended an invitation to Y to visit":
	// the invitee is the one to travel, later.
	if m := inviteRe.FindStringSubmatchIndex(txt[:loc[0]]); m != nil && rule.kind == "visit" {
		status = "planned"
		var invitees []*person
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at >= m[2] && at < m[3] {
				invitees = appendPerson(invitees, pm.p)
			}
		}
		if len(invitees) == 0 {
			// "invited the Speaker to visit", with no one to say who the
			// Speaker is: someone travels, never the one who invites.
			return nil
		}
		subj, obj = invitees, nil
		if dt.basis == basisDateline {
			dt = resolved{}
		}
	}
	orgs := d.orgsIn(a, loc[1])
	kind := rule.kind
	// "The 20th meeting of the X Intergovernmental Commission was held ...
	// It was co-chaired by A and B": a session of the commission.
	if rule.dir == "co" && (sessionOfRe.MatchString(txt) || a.idx > 0 && sessionOfRe.MatchString(d.sents[a.idx-1].text)) {
		kind = "session"
	}
	// "Speaking at the Lahore Chamber of Commerce on Wednesday, the envoy
	// said": an address at a body is a meeting there, not a conference.
	if kind == "conference" && addressRe.MatchString(txt[loc[0]:loc[1]]) {
		for _, sp := range a.spans {
			if sp.kind == schema.KindOrganization && a.toks[sp.start].start >= loc[1] && a.toks[sp.start].start <= loc[1]+1 {
				if o := d.findOrgID(sp.id); o == nil || o.kind != "conference" {
					kind = "meeting"
				}
			}
		}
	}
	// "He was addressing the university's 15th convocation as chief
	// guest": an address at an occasion of a kind is that occasion.
	if kind == "conference" && addressRe.MatchString(txt[loc[0]:loc[1]]) {
		if m := addressedOccasionRe.FindStringSubmatch(txt[loc[1]:]); m != nil && gatheringKinds[strings.ToLower(m[1])] != "" {
			kind = gatheringKinds[strings.ToLower(m[1])]
		}
	}
	// "The forum was opened by X": the opening of a gathering is the
	// gathering, a conference.
	if kind == "ceremony" && gatheringRe.MatchString(txt) {
		kind = "conference"
	}
	var offices []string
	for _, tp := range a.offices {
		if a.toks[tp.start].start >= loc[1] {
			offices = append(offices, tp.written)
		}
	}
	// "The Iranian delegation arrived ... and held talks with X": the one
	// person of that country the report has named.
	if len(subj) == 0 {
		if m := demonymGroupRe.FindStringSubmatch(txt[:loc[0]]); m != nil {
			if c, ok := d.g.demonyms[fold(m[1])]; ok {
				if p := d.onlyOf(c, obj); p != nil {
					subj = appendPerson(subj, p)
				} else if l := d.delegationLead; l != nil && l.nat == c && !slices.Contains(obj, l) {
					// Several of that country: the head of its delegation.
					subj = appendPerson(subj, l)
				}
			}
		}
	}
	// "The delegation is scheduled to call on Pakistan's President": the
	// visitors of the trip being told, with offices no one is known for.
	if len(subj) == 0 && d.trip != nil && groupSubjectRe.MatchString(txt[start:loc[0]]) {
		for _, p := range d.trip.parts {
			if p.p != nil {
				subj = appendPerson(subj, p.p)
			}
		}
		if len(obj) == 0 && len(offices) > 0 && status != "held" {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
			if e.kind == "visit" {
				e.kind = "site-visit"
			}
			for _, p := range subj {
				e.add(p, "", "guest")
			}
			e.place = d.placeIn(a)
			return e
		}
	}
	// "Earlier, the delegation held a meeting with X": the delegation
	// told of before, by its head.
	// "the ambassador and the delegation met X": its head too.
	if (len(subj) == 0 || andTheDelegationRe.MatchString(txt[start:loc[0]])) && d.delegationLead != nil && theDelegationRe.MatchString(txt[start:loc[0]]) && !slices.Contains(obj, d.delegationLead) {
		subj = appendPerson(subj, d.delegationLead)
	}
	// "The delegation arrived in Karachi on 21 October. On the opening day
	// it held a meeting with X": "it" is the delegation told just before.
	itDelegation := len(subj) == 0 && d.delegationLead != nil && itSubjectRe.MatchString(txt[start:loc[0]]) && !slices.Contains(obj, d.delegationLead) &&
		(theDelegationRe.MatchString(txt[:start]) || a.idx > 0 && theDelegationRe.MatchString(d.sents[a.idx-1].text))
	if itDelegation {
		subj = appendPerson(subj, d.delegationLead)
	}
	// "the delegation met X": its head and the members the report named.
	if slices.Contains(subj, d.delegationLead) && d.delegationLead != nil && (itDelegation || theDelegationRe.MatchString(txt[start:loc[0]])) {
		for _, p := range d.delegationMembers {
			if !slices.Contains(obj, p) {
				subj = appendPerson(subj, p)
			}
		}
	}
	// "They then held a one-on-one meeting, followed by delegation-level
	// talks", no one named since: more of the report's first contact of
	// two, its host and guest, on its day.
	// "The two sides also discussed President X's visit, during which he
	// is to meet Y": whom they discussed took no part; "agreed" or
	// "discussed" is a contact only of those before it.
	if rule.re == togetherRe && len(subj) == 0 {
		return nil
	}
	// "The embassy said the ambassador, accompanied by First Secretary Y,
	// discussed the pipeline", after his call on the governor: Y was at
	// that call, on his side; "discussed" is no contact of the two.
	if m := accompaniedAsideRe.FindStringIndex(txt[:loc[0]]); rule.re == togetherRe && m != nil && cur != nil && cur.status == "held" && (dt.value == "" || dt.basis == basisDateline || dt.value == cur.date.value) {
		var lead *person
		for _, pm := range a.people {
			if at := a.toks[pm.start].start; at < m[0] && slices.ContainsFunc(cur.parts, func(q part) bool { return q.p == pm.p }) {
				lead = pm.p
			}
		}
		if lead != nil {
			role := cur.parts[slices.IndexFunc(cur.parts, func(q part) bool { return q.p == lead })].role
			for _, pm := range a.people {
				if at := a.toks[pm.start].start; at >= m[0] && at < m[1] {
					cur.add(pm.p, "", role)
					pm.p.joinSide(lead)
				}
			}
			return cur
		}
	}
	if len(subj)+len(obj) == 0 && theyHeldRe.MatchString(txt) && (kind == "meeting" || kind == "talks") && (dt.value == "" || dt.basis == basisDateline) {
		for _, e := range d.events {
			if e.status == "held" && e.people() == 2 && compatible(e, &event{kind: kind}) {
				return e
			}
		}
	}
	if len(subj)+len(obj) == 0 && (theTwoRe.MatchString(txt[:loc[0]]) || theyRe.MatchString(txt[:loc[0]]) && a.idx > 0 && d.namedTwo(a.idx-1)) && rule.re != togetherRe {
		// "The two leaders held talks": the two people named last.
		for k := a.idx - 1; k >= 0 && k >= a.idx-3 && len(subj) < 2; k-- {
			for x := len(d.sents[k].people) - 1; x >= 0 && len(subj) < 2; x-- {
				subj = appendPerson(subj, d.sents[k].people[x].p)
			}
		}
		if len(subj) < 2 {
			subj = nil
		}
		slices.Reverse(subj)
		// Both of them at the contact being told, of more than two: its
		// first two ("X held talks with Y; Z also took part. The two
		// officials had last met ..." is X and Y).
		if cur != nil && len(subj) == 2 && cur.people() > 2 && !slices.ContainsFunc(subj, func(p *person) bool {
			return !slices.ContainsFunc(cur.parts, func(q part) bool { return q.p == p })
		}) {
			subj = subj[:0]
			for _, q := range cur.parts {
				if q.p != nil && len(subj) < 2 {
					subj = appendPerson(subj, q.p)
				}
			}
		}
		// The two of the contact being told, on no day of their own: more
		// of that contact ("The two leaders agreed to ...").
		if cur != nil && len(subj) == 2 && (dt.value == "" || dt.basis == basisDateline) && compatible(cur, &event{kind: kind}) &&
			!slices.ContainsFunc(subj, func(p *person) bool { return !slices.ContainsFunc(cur.parts, func(q part) bool { return q.p == p }) }) {
			return cur
		}
	}
	if m := aDelegationRe.FindStringIndex(txt[start:loc[0]]); m != nil && len(subj)+len(obj) == 0 && len(offices) > 0 && (kind == "visit" && rule != &tripRule || kind == "meeting" || kind == "talks") {
		// "A delegation from Tajikistan called on the Chief Minister of
		// Khyber Pakhtunkhwa": a meeting of the delegation, whose head a
		// later sentence may name, with an office no one is known for.
		e := &event{kind: "meeting", status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
		if kind == "talks" {
			e.kind = "talks"
		}
		e.unnamed = append(e.unnamed, strings.TrimSpace(txt[start+m[0]:loc[0]]))
		e.place = d.placeIn(a)
		e.awaitsHead = true
		return e
	}
	if len(subj)+len(obj) == 0 {
		// "Following the talks, in the presence of the two leaders, a
		// package of documents was signed": a signing of the contact's
		// two, on its day.
		if kind == "signing" && cur != nil && cur.status == "held" && status == "held" && presenceOfTheTwoRe.MatchString(txt) {
			e := &event{kind: "signing", status: "held", date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], place: cur.place}
			if e.date.value == "" || e.date.basis == basisDateline {
				e.date = cur.date
			}
			for _, p := range cur.parts {
				if p.p != nil && p.role != "attendee" && e.people() < 2 {
					e.add(p.p, "", "")
				}
			}
			return e
		}
		// "the first Kazakhstan House was inaugurated": a ceremony of the
		// visit being told, by its visitors.
		// Not "since the line was opened in 2018": an opening of another
		// time than the contact's.
		if kind == "ceremony" && cur != nil && len(speech) == 0 && status != "background" &&
			(dt.value == "" || dt.basis == basisDateline || cur.date.value == "" || datesMeet(dt.value, cur.date.value)) {
			e := &event{kind: "ceremony", status: cur.status, date: cur.date, sent: a.idx, verb: txt[loc[0]:loc[1]]}
			if status == "planned" {
				e.status, e.date = status, dt // "the first House will be inaugurated"
			}
			for _, p := range cur.parts {
				e.add(p.p, p.org, "")
			}
			e.place = d.placeIn(a)
			e.checks = append(e.checks, "participants: those of the contact before")
			return e
		}
		// "The Embassy celebrated Navruz with an evening at the Centre on
		// Thursday. Guests of honour included A and B": an occasion a body
		// hosts, whose people the sentences after name (kept only if they
		// do).
		if kind == "reception" && status == "held" && rule.dir == "subject-host" && len(speech) == 0 {
			return &event{kind: "reception", status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], place: d.placeIn(a)}
		}
		return nil
	}
	if (kind == "meeting" || kind == "talks" || kind == "call") && len(subj)+len(obj) < 2 && len(orgs) == 0 {
		// One party named: "The visitors were received by X" goes on
		// telling the contact before; with none before, it is not one.
		// A sentence dated otherwise tells another contact: "On Wednesday,
		// X called on the Chief Minister", with an office no one is known
		// for, is one of its own.
		otherDay := dt.value != "" && dt.basis != basisDateline && cur != nil && cur.date.value != "" && dt.value != cur.date.value
		named := offices
		for _, tp := range a.titles {
			if a.toks[tp.start].start >= loc[1] && !tp.plural && !slices.Contains(named, tp.written) {
				named = append(named, strings.TrimPrefix(tp.written, "the "))
			}
		}
		if otherDay && len(named) > 0 {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: named}
			role := "guest"
			if rule.dir == "subject-host" && len(subj) == 1 {
				role = "host"
			}
			e.add(firstOf(subj, obj), "", role)
			e.place = d.placeIn(a)
			return e
		}
		// "X met his counterparts from A, B and C on Thursday": X's
		// meetings, whose other parties the next sentence names.
		if len(subj) == 1 && len(obj) == 0 && status == "held" && counterpartsFromRe.MatchString(txt) {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
			e.add(subj[0], "", "")
			e.place = d.placeIn(a)
			return e
		}
		// "During the meeting with FM A, the minister ...", after
		// separate meetings with A and B: the one with A.
		if one := firstOf(subj, obj); cur != nil && !slices.ContainsFunc(cur.parts, func(q part) bool { return q.p == one }) {
			for i := len(d.events) - 1; i >= 0; i-- {
				if f := d.events[i]; f != cur && f.kind != "visit" && f.status == status && datesMeet(f.date.value, dt.value) && slices.ContainsFunc(f.parts, func(q part) bool { return q.p == one }) {
					return f
				}
			}
		}
		if cur != nil && cur.status == status && !otherDay {
			role := ""
			switch {
			case rule.dir == "subject-guest" && len(obj) == 1:
				role = "host"
			case rule.dir == "subject-host" && len(subj) == 1:
				role = "host"
			}
			cur.add(firstOf(subj, obj), "", role)
			return cur
		}
		// "A delegation led by X held talks with the leadership of
		// Azerbaijan's parliament in Baku on Tuesday": a contact of X with
		// people the report does not name, which later sentences may.
		if m := unnamedSideRe.FindStringIndex(txt[loc[1]:]); m != nil && len(subj) == 1 && len(obj) == 0 && cur == nil && status == "held" && dt.value != "" && dt.basis != basisDateline {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
			e.add(subj[0], "", "guest")
			who := strings.TrimPrefix(strings.TrimSpace(txt[loc[1]+m[0]:loc[1]+m[1]]), "with ")
			if k := whereWhenRe.FindStringIndex(who); k != nil {
				who = who[:k[0]]
			}
			e.unnamed = append(e.unnamed, who)
			e.place = d.placeIn(a)
			return e
		}
		// "X hosted a delegation of rectors from Kyrgyzstan": the same,
		// with the delegation after the verb.
		if m := delegationAfterRe.FindStringIndex(txt[loc[1]:]); m != nil && len(subj) == 1 && len(obj) == 0 && cur == nil {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
			e.add(subj[0], "", rolesOf(rule.dir, true))
			e.unnamed = append(e.unnamed, strings.TrimSpace(txt[loc[1]+m[0]:loc[1]+m[1]]))
			e.place = d.placeIn(a)
			e.awaitsHead = true
			return e
		}
		// "A delegation from Uzbekistan met the Chief Minister X": a
		// contact with a delegation whose head a later sentence may name
		// ("The delegation was led by Y").
		// "A delegation from Tajikistan called on the Chief Minister":
		// with an office no one is known for, the same.
		if m := aDelegationRe.FindStringIndex(txt[start:loc[0]]); m != nil && len(subj) == 0 && (len(obj) == 1 || len(obj) == 0 && len(offices) > 0) {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
			if len(obj) == 1 {
				e.add(obj[0], "", "host")
			}
			e.unnamed = append(e.unnamed, strings.TrimSpace(strings.TrimSuffix(txt[start+m[0]:loc[0]], " ")))
			e.place = d.placeIn(a)
			e.awaitsHead = true
			return e
		}
		// "The Standing Committee on Overseas Pakistanis on Wednesday held
		// a session with Ambassador X": a body's contact with X, whose
		// chair and members a later sentence may name.
		if len(subj) == 0 && len(obj) == 1 && rule.dir == "" && kind == "meeting" && slices.ContainsFunc(a.spans, func(sp span) bool {
			at := a.toks[sp.start].start
			return sp.kind == schema.KindOrganization && at >= start && at < loc[0]
		}) {
			e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
			e.add(obj[0], "", "guest")
			e.unnamed = append(e.unnamed, strings.TrimSpace(txt[start:loc[0]]))
			e.place = d.placeIn(a)
			e.awaitsHead = true
			return e
		}
		return nil
	}
	// "The head of the Kazakh delegation, A, and the commander of the
	// ship, B, met with C": B of A's side, when C's country is known and
	// is another.
	if len(obj) > 0 && len(subj) > 1 {
		for _, p := range subj {
			if p.nat != "" || p.known {
				continue
			}
			for _, q := range subj {
				if q != p && q.nat != "" && !slices.ContainsFunc(obj, func(o *person) bool { return o.nat == "" || o.nat == q.nat }) {
					p.nat, p.natCheck = q.nat, "nationality assumed: named beside "+q.name+" on one side of the contact"
					break
				}
			}
		}
	}
	e := &event{kind: kind, status: status, date: dt, sent: a.idx, verb: txt[loc[0]:loc[1]], offices: offices}
	if sameDay && dt.value == "" || dayOfCur && (cur.date.basis == basisDateline || cur.sameDay != nil) {
		e.sameDay = cur // dated once the contact before is
	}
	// "Erdogan hosted Sharif for talks", "... for a dinner".
	if m := hostedForRe.FindStringSubmatch(txt[loc[1]:clause]); m != nil && kind == "meeting" && rule.dir == "subject-host" {
		e.kind = "talks"
		if strings.ToLower(m[1]) != "talks" {
			e.kind = "reception"
		}
	}
	if kind == "visit" && rule != &tripRule {
		// A visit to an institution is a contact there; calling at an
		// official's office, or being received, is a meeting.
		switch {
		case officeRe.MatchString(txt[loc[1]:]) || len(obj) > 0 && len(orgs) == 0:
			e.kind = "meeting"
		case len(orgs) > 0:
			e.kind, e.venue = "site-visit", orgs[0]
		}
	}
	// On the sidelines of the contact told before, unless the sentence
	// dates it otherwise ("last met in New York in September on the
	// sidelines of the General Assembly").
	if sidelinesRe.MatchString(txt) && cur != nil && (e.date.value == "" || e.date.value == cur.date.value || e.date.basis == basisDateline) {
		e.sidelines = cur
		if e.date.value == "" || e.date.basis == basisDateline && cur.date.value != "" {
			e.date = cur.date
		}
	}
	// "X also met separately with A and B": one contact with each.
	if separatelyRe.MatchString(txt[loc[0]:clause]) && len(subj) > 0 && len(obj) > 1 && (kind == "meeting" || kind == "talks") {
		for _, o := range obj[1:] {
			x := &event{kind: e.kind, status: e.status, date: e.date, sent: e.sent, verb: e.verb}
			for _, p := range subj {
				x.add(p, "", rolesOf(rule.dir, true))
			}
			x.add(o, "", rolesOf(rule.dir, false))
			x.place = d.placeIn(a)
			e.separate = append(e.separate, x)
		}
		obj = obj[:1]
	}
	if calledOn >= 0 {
		// The one named just before ", who called on him" came; the one
		// the sentence is about received.
		var guest *person
		for _, m := range a.people {
			if at := a.toks[m.start].start; at >= loc[1] && at < calledOn {
				guest = m.p
			}
		}
		if guest != nil {
			for _, p := range append(subj, obj...) {
				if p == guest {
					e.add(p, "", "guest")
				} else {
					e.add(p, "", "host")
				}
			}
			rule = &verbRule{kind: rule.kind} // the roles are given
		} else if len(subj) > 0 {
			// "He said this while talking to a delegation of students,
			// who called on him": he received them.
			for _, p := range subj {
				e.add(p, "", "host")
			}
			for _, p := range obj {
				e.add(p, "", "guest")
			}
			rule = &verbRule{kind: rule.kind}
		}
	}
	switch rule.dir {
	case "subject-guest":
		for _, p := range subj {
			e.add(p, "", "guest")
		}
		for _, p := range obj {
			e.add(p, "", "host")
		}
	case "subject-host":
		for _, p := range subj {
			e.add(p, "", "host")
		}
		for _, p := range obj {
			e.add(p, "", "guest")
		}
	case "co":
		for _, p := range append(subj, obj...) {
			e.add(p, "", "co-chair")
		}
	default:
		// Roles by the country of the place, later; "with the guest" says
		// who came.
		host, guest := "", ""
		if theGuest {
			host, guest = "host", "guest"
		}
		for _, p := range subj {
			e.add(p, "", host)
		}
		for _, p := range obj {
			e.add(p, "", guest)
		}
	}
	e.place = d.placeIn(a)
	if atCur && cur.place != "" && !d.statedPlace[a.idx] {
		e.place = cur.place
	}
	if e.place == d.dlPlace && d.trip != nil && datesMeet(d.trip.date.value, e.date.value) && (d.trip.place != "" || d.unknownPlace[d.trip.sent]) && d.trip.status == "held" && e.status == "held" && rule != &tripRule {
		// Told after an arrival: where the traveller is, not where the
		// report was filed; a place the records do not know stays unknown.
		e.place = d.trip.place
		if e.place == "" {
			d.unknownPlace[a.idx] = true
		}
	}
	if e.place == d.dlPlace && !d.statedPlace[a.idx] && cur != nil && cur.status == e.status && d.unknownPlace[cur.sent] && cur.overlaps(e) {
		// Told after a contact at a place the records do not know, by
		// one who was there: not at the dateline's place either.
		e.place = ""
		d.unknownPlace[a.idx] = true
	}
	if e.status == "background" && e.place == d.dlPlace && !d.statedPlace[a.idx] {
		// A contact recalled from the past happened where the report
		// does not say, not where it was filed.
		e.place = ""
		d.unknownPlace[a.idx] = true
	}
	if e.kind == "visit" {
		e.place = d.placeAfter(a, loc[1])
		if !d.statedPlace[a.idx] && (e.country != "" || nextIsName(txt[loc[1]:])) {
			// "to visit Almaty": a place the records do not know is not
			// the dateline's.
			e.place = ""
		}
		for _, s := range a.spans {
			if s.kind == schema.KindCountry && !s.demonym && a.toks[s.start].start >= loc[1] && e.country == "" {
				e.country = s.id
			}
		}
		// "who is on an official visit to our country": the country of
		// the report's own press, the dateline's.
		if e.country == "" && d.host != "" && ourCountryRe.MatchString(txt[loc[1]:]) {
			e.country = d.host
		}
		// Only the travellers: those named before the verb; of "A met B,
		// Minister of ..., who arrived in X", only B.
		if lastSubj != nil && lastSubjEnd <= loc[0] && relativeWhoRe.MatchString(txt[lastSubjEnd:loc[0]]) {
			subj = []*person{lastSubj}
		}
		if len(subj) > 0 {
			e.parts = e.parts[:0]
			for _, p := range subj {
				e.add(p, "", "guest")
			}
		}
	}
	// "hosted a dinner in honour of the distinguished guest": the
	// visitors of the trip being told.
	// With no trip told, the guests of the contact before ("Later, X
	// hosted a luncheon in honour of the visiting senators").
	if e.kind == "reception" && honourGuestRe.MatchString(txt) {
		switch {
		case d.trip != nil:
			for _, p := range d.trip.parts {
				if p.p != nil {
					e.add(p.p, "", "guest")
				}
			}
		case cur != nil && cur.status == "held":
			for _, p := range cur.parts {
				if p.p != nil && p.role == "guest" {
					e.add(p.p, "", "guest")
				}
			}
		}
	}
	// Part of the trip being told, when a traveller takes part.
	if e.kind != "visit" && d.trip != nil && d.trip.status == e.status && d.trip.overlaps(e) && datesMeet(d.trip.date.value, e.date.value) {
		e.visit = d.trip
	}
	// The same contact told again: merge into the one before, when it
	// brings no one new ("Mirziyoyev later met Rahmon separately" is
	// another contact).
	// A visit to another institution is a contact of its own, with one
	// person named too ("X also visited the University of Y").
	elsewhere := e.kind == "site-visit" && e.venue != "" && e.venue != cur.venueOrNone()
	// "A and B also signed a plan": the document of the contact told,
	// not a signing of its own.
	if e.kind == "signing" && cur != nil && cur.kind != "signing" && cur.status == e.status && alsoSignedRe.MatchString(txt) &&
		cur.overlaps(e) && !e.bringsNew(cur) && (e.date.value == "" || e.date.value == cur.date.value || e.date.check != "") {
		return cur
	}
	// "Documents were signed in the presence of the two leaders. The
	// programme was signed by A and B": the same signing, told on.
	if cur != nil && cur.kind == "signing" && e.kind == "signing" && cur.status == e.status && a.idx == cur.sent+1 &&
		(e.date.value == "" || e.date.basis == basisDateline || e.date.value == cur.date.value) {
		cur.merge(e)
		return cur
	}
	// "X held separate meetings with A and B ... In his meeting with B,
	// ...": the earlier contact of those very people, not the one told
	// last.
	if cur != nil && e.people() >= 1 && e.bringsNew(cur) && e.sidelines == nil {
		for i := len(d.events) - 1; i >= 0; i-- {
			if f := d.events[i]; f != cur && f.kind != "visit" && f.status == e.status && !e.bringsNew(f) && compatible(f, e) {
				f.merge(e)
				return f
			}
		}
	}
	// "X addressed the General Assembly on Tuesday": a speech of X's own,
	// not one more at the talks told that day.
	alone := len(e.parts) <= 1 && !(addressRe.MatchString(e.verb) && cur != nil && !cur.overlaps(e))
	if cur != nil && !elsewhere && cur.status == e.status && e.sidelines == nil && (cur.overlaps(e) && (!e.bringsNew(cur) || cur.people() < 2) || alone) && compatible(cur, e) {
		cur.merge(e)
		return cur
	}
	return e
}

// invitation reads "X invited Y to attend the Astana Forum in May" (a
// planned conference of Y) and "X invited Y to a reception" (a planned
// reception X hosts), in a sentence that tells no contact of its own.
func (d *drafter) invitation(a *analysed) *event {
	m := invitedToRe.FindStringSubmatchIndex(a.text)
	if m == nil || d.hasContactVerb(a.text) {
		return nil
	}
	noun := strings.ToLower(a.text[m[4]:m[5]])
	kind := "conference"
	switch noun {
	case "reception", "dinner", "luncheon", "lunch", "banquet":
		kind = "reception"
	case "ceremony", "celebration", "celebrations":
		kind = "ceremony"
	}
	e := &event{kind: kind, status: "planned", sent: a.idx, verb: a.text[m[0]:m[1]]}
	if ds := findDatesHint(a.text[m[1]:], d.pub, true, d.yearHint); len(ds) > 0 {
		e.date = ds[0]
	}
	for _, pm := range a.people {
		at := a.toks[pm.start].start
		switch {
		case at < m[0] && kind == "reception":
			e.add(pm.p, "", "host")
		case at >= m[2] && at < m[3]:
			e.add(pm.p, "", "guest")
		}
	}
	if !slices.ContainsFunc(e.parts, func(p part) bool { return p.role == "guest" }) {
		return nil
	}
	for _, sp := range a.spans {
		if sp.kind == schema.KindPlace && a.toks[sp.start].start >= m[3] && e.place == "" {
			e.place = sp.id
		}
	}
	return e
}

// invitedToRe is an invitation to an occasion: who, and what kind.
var invitedToRe = regexp.MustCompile(`(?i)\binvit(?:ed|es)\s+(.+?)\s+to\s+(?:attend\s+|participate\s+in\s+|take\s+part\s+in\s+)?(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,6}?(reception|dinner|luncheon|lunch|banquet|forum|summit|conference|festival|exhibition|celebrations?|ceremony|expo)\b`)

// tripLength reads "arrived on Tuesday on a three-day visit": the trip
// lasts from that day for that many days.
func (d *drafter) tripLength(txt string, e *event) {
	m := daysRe.FindStringSubmatch(txt)
	start, ok := parseDay(e.date.value)
	if m == nil && ok && e.date.basis != basisDateline {
		m = d.leadLength(e.sent)
		txt = "" // the visit's start is this sentence's day, not its end
	}
	if m == nil || !ok {
		return
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = slices.Index([]string{"one", "two", "three", "four", "five", "six", "seven"}, strings.ToLower(m[1])) + 1
	}
	if n < 2 {
		return
	}
	e.days = n
	// "concluded a three-day state visit on Thursday": the visit's last day.
	if tripEndedRe.MatchString(txt) {
		e.date.value = day(start.AddDate(0, 0, -(n-1))) + "/" + day(start)
		e.date.note += fmt.Sprintf("; a %s-day visit ending that day", m[1])
		return
	}
	e.date.value = day(start) + "/" + day(start.AddDate(0, 0, n-1))
	e.date.note += fmt.Sprintf("; a %s-day visit from that day", m[1])
}

// visitDuringWhichRe is a visit told by its visitor, then what he did
// during it: "the visit of X to Tashkent in July 2021, during which he".
var visitDuringWhichRe = regexp.MustCompile(`(?i)\bvisit\s+of\s+[^,;]{3,120}?,\s*during\s+which\s+(?:he|she)\s+$`)

// ledeSaidOnRe is a lede told as what someone said, on a day: "...,
// the Chamber said on Tuesday".
var ledeSaidOnRe = regexp.MustCompile(`(?i)\b(?:said|stated|announced|noted)\s+(?:here\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b`)

// chiefGuestWasRe opens a sentence on an occasion's chief guest, named
// after it; presidedByRe is who hosted it, told after.
var (
	chiefGuestWasRe = regexp.MustCompile(`(?i)^\s*(?:the\s+)?chief\s+guest\s+(?:on\s+the\s+occasion|at\s+the\s+(?:[\w-]+\s+){0,3}?(?:ceremony|launch|event|function|reception|celebrations?|festival|convocation))?\s*(?:was|were)\b`)
	presidedByRe    = regexp.MustCompile(`(?i)\b(?:presided\s+over|hosted|chaired|organi[sz]ed)\s+by\b`)
)

// whileClauseRe starts a clause of its own in a sentence: ", while".
var whileClauseRe = regexp.MustCompile(`(?i),\s*(?:while|whereas)\s+`)

// whileAfter finds a while-clause after byte from of a sentence of
// companions ("accompanied by A, while B was also present"): where it
// starts (the sentence's end if none), and whether it tells its people
// at the contact.
func whileAfter(txt string, from int) (int, bool) {
	if w := whileClauseRe.FindStringIndex(txt[from:]); w != nil {
		return from + w[0], attendRe.MatchString(txt[from+w[0]:])
	}
	return len(txt), false
}

// inTheMeetingHeldRe is an opening aside on the contact being told: "In
// the meeting, held in Tehran on Monday,"; its group is the aside.
var inTheMeetingHeldRe = regexp.MustCompile(`(?i)^\s*(?:in|at|during)\s+the\s+(?:meeting|talks|session|conversation|call|consultations|negotiations)\s*,\s*((?:which\s+was\s+)?held\s+[^,;]{3,80}),`)

// deniedReportRe is a denial of what reports say, up to the contact they
// tell: "dismissed as \"false\" reports ... that", "denied reports that".
var deniedReportRe = regexp.MustCompile(`(?i)\b(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes)\b[^.;]{0,40}?\b(?:reports?|claims?|rumou?rs?|speculation)\b[^.;]{0,120}?\bthat\b[^.;]*$`)

// theTwoOfficesRe is the office "the two" of a past or later meeting hold:
// "the two foreign ministers", "both presidents".
var theTwoOfficesRe = regexp.MustCompile(`(?i)^(?:the\s+two|both)\s+((?:foreign\s+|prime\s+)?(?:ministers|presidents))\b`)

// lastTwoHolding is the last held contact of exactly two people who both
// hold an office whose title ends in title ("minister", "foreign
// minister"), or nil.
func (d *drafter) lastTwoHolding(title string) *event {
	holds := func(p *person) bool {
		return slices.ContainsFunc(p.titles, func(t string) bool { return t == title || strings.HasSuffix(t, " "+title) })
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.status != "held" || e.kind == "visit" || e.people() != 2 {
			continue
		}
		var ps []*person
		for _, p := range e.parts {
			if p.p != nil {
				ps = append(ps, p.p)
			}
		}
		if len(ps) == 2 && holds(ps[0]) && holds(ps[1]) {
			return e
		}
	}
	return nil
}

// arrivalOf reads a trip told twice, once with its length and a date only
// the dateline gives, once with the day it began: "X has concluded a
// three-day visit to Lahore. He arrived on 14 November ...". The visit
// is then the stated day and the days after it; it reports whether it
// was such a pair (in either order) and has set trip's date.
func (d *drafter) arrivalOf(trip, e *event) bool {
	long, begun := trip, e
	if e.days > 1 {
		long, begun = e, trip
	}
	if long.days < 2 || begun.days != 0 || long.date.basis != basisDateline || begun.date.basis == basisDateline {
		return false
	}
	start, ok := parseDay(begun.date.value)
	if !ok {
		return false
	}
	r := begun.date
	r.value = day(start) + "/" + day(start.AddDate(0, 0, long.days-1))
	r.note = strings.TrimPrefix(r.note+fmt.Sprintf("; a %d-day visit from that day", long.days), "; ")
	trip.date, trip.days = r, long.days
	return true
}

// leadLength is the length an earlier sentence gave a trip that it told
// no arrival or date of ("has returned after a four-day tour of Karachi,
// Lahore and Sialkot. The delegation arrived in Karachi on 21 October"):
// daysRe's match there, or nil when no sentence before sent, or more than
// one, gives a length, or the one that does made a visit of its own, or a
// visit is told already (this is a leg of it).
func (d *drafter) leadLength(sent int) []string {
	if slices.ContainsFunc(d.events, func(e *event) bool { return e.kind == "visit" }) {
		return nil // a leg of the trip told already
	}
	var m []string
	for i := 0; i < sent && i < len(d.sents); i++ {
		if mm := daysRe.FindStringSubmatch(d.sents[i].text); mm != nil {
			if m != nil || slices.ContainsFunc(d.events, func(e *event) bool { return e.kind == "visit" && e.sent == i }) {
				return nil
			}
			m = mm
		}
	}
	return m
}

// tripEndedRe tells a visit's end.
var tripEndedRe = regexp.MustCompile(`(?i)\b(?:concluded|completed|wrapped\s+up|wraps\s+up|rounded\s+off|completing|concluding|ended|ending)\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}visit\b`)

// daysRe is the length of a visit ("a three-day visit", "a 2-day visit").
var daysRe = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|[1-7])-day\s+(?:[\w-]+\s+){0,2}(?:visit|tour|trip)\b`)

// honoured reports whether the text before a name (at byte at) ends in a
// tribute to someone ("to pay tribute to national leader", "the mausoleum
// of"); tributes are the sentence's tributeRe matches.
func (d *drafter) honoured(txt string, tributes [][]int, at int) bool {
	end := -1
	for _, l := range tributes {
		if l[1] <= at {
			end = l[1]
		}
	}
	if end < 0 || at-end > maxTributeGap {
		return false
	}
	rest := txt[end:at]
	// "visited the mausoleum of X together with Y": Y came along.
	return !strings.ContainsAny(rest, ",;") && !strings.Contains(rest, " and ") && !strings.Contains(rest, " with ") &&
		!strings.Contains(rest, " by ") && !d.hasContactVerb(rest)
}

// maxTributeGap bounds how far before a name a tribute is read as being
// paid to that name: the phrase is short ("laid a wreath at the grave of
// national leader X"), and a bound keeps a sentence of thousands of names
// linear.
const maxTributeGap = 120

// tributeRe is what is said of people remembered: tributes, graves,
// monuments.
var tributeRe = regexp.MustCompile(`(?i)\b(?:tribute|homage|respects|wreath|flowers)\s+(?:to|at)\b|\b(?:memory|tomb|grave|mausoleum|statue|monument|shrine|legacy)\s+of\b|\bmonument\s+to\b|\bnamed\s+after\b`)

// nextIsName reports whether the words after a verb start with a name.
func nextIsName(s string) bool {
	for _, w := range strings.Fields(s) {
		return isCap(w)
	}
	return false
}

// placeAfter is the first known place named after a byte offset ("arrived
// in Astana"), else the sentence's place.
func (d *drafter) placeAfter(a *analysed, after int) string {
	for _, s := range a.spans {
		if s.kind == schema.KindPlace && a.toks[s.start].start >= after {
			d.statedPlace[a.idx] = true
			return s.id
		}
	}
	return d.placeIn(a)
}

// contactVerbExcept is contactVerb with a stretch (a trip already read)
// left out.
func (d *drafter) contactVerbExcept(s string, skip []int) (*verbRule, []int) {
	if skip == nil {
		return d.contactVerb(s)
	}
	masked := s[:skip[0]] + strings.Repeat(" ", skip[1]-skip[0]) + s[skip[1]:]
	return d.contactVerb(masked)
}

// visitDays dates a held contact told without a date by the one day of
// the visit it is part of: "X paid a condolence visit to the Embassy
// yesterday ... X was received by Y".
func (d *drafter) visitDays() {
	for _, e := range d.events {
		if v := e.visit; v != nil && e.status == "held" && v.status == "held" && (e.date.value == "" || e.date.basis == basisDateline) && len(v.date.value) == len("2006-01-02") {
			e.date = v.date
			e.date.basis, e.date.note = basisEarlier, "the day of the visit it is part of ("+v.date.value+")"
			e.date.check = "no day of its own: taken as that of the one-day visit it is part of"
		}
	}
}

// ledeDates dates a held contact the report tells without a date by the
// date of its first sentence, when that sentence names one of its people
// ("X on Thursday called for ...; the minister was meeting ...").
func (d *drafter) ledeDates() {
	if len(d.sents) == 0 {
		return
	}
	lede := d.sents[0]
	// The dateline's own date ("ANKARA, Dec 16:") is not the occasion's,
	// nor the day of something to come ("an exhibition to be held in
	// Bishkek in September").
	ds := slices.DeleteFunc(findDates(lede.text, d.pub, false), func(r resolved) bool {
		if d.dlDate.value != "" && r.value == d.dlDate.value && r.pos < 40 && r.basis == basisStated {
			return true
		}
		return plannedRe.MatchString(lede.text[max(0, r.pos-60):r.pos])
	})
	// The day of the contact the lede tells, of those it states: "X paid a
	// visit yesterday to express grief over the earthquake of 6
	// February".
	for _, e := range d.events {
		if e.sent == 0 && e.status == "held" && e.date.value != "" && e.date.basis != basisDateline && slices.ContainsFunc(ds, func(r resolved) bool { return r.value == e.date.value }) {
			ds = []resolved{e.date}
			break
		}
	}
	if len(ds) == 0 {
		return
	}
	// A time after the report dates no contact it tells as held.
	if start, ok := parseDay(schema.Date{Value: ds[0].value}.Start()); ok && !d.pub.IsZero() && start.After(d.pub) {
		return
	}
	// A lede of a visit of several days ("concluded a three-day state
	// visit on Thursday") gives the visit's day, not a contact's: one told
	// later with no day of its own is of the day of the contact told
	// before it.
	severalDays := slices.ContainsFunc(d.events, func(e *event) bool {
		x, y, ok := dayBounds(e.date.value)
		return e.kind == "visit" && e.sent == 0 && ok && x < y
	})
	for _, e := range d.events {
		// A contact dated only by the dateline takes the day the first
		// sentence gives ("The Embassy hosted a reception on Monday
		// evening ... The Ambassador welcomed the guests").
		if e.date.value != "" && e.date.basis != basisDateline || e.status != "held" {
			continue
		}
		dateline := e.date
		e.date = resolved{}
		if severalDays && e.sent > 0 {
			for _, o := range d.events {
				if o.sent < e.sent && o.status == "held" && o.kind != "visit" && len(o.date.value) == len("2006-01-02") {
					e.date = resolved{value: o.date.value, basis: basisEarlier, note: "the day of the contact told before it",
						check: "no day of its own in a visit of several days: taken as that of the contact told before it"}
				}
			}
			if e.date.value != "" {
				continue
			}
		}
		for _, m := range lede.people {
			if slices.ContainsFunc(e.parts, func(p part) bool { return p.p == m.p }) {
				e.date = ds[0]
				e.date.check = "date from the report's first sentence, which names " + m.p.name
				break
			}
		}
		// "Pakistan and Kazakhstan on Tuesday signed a memorandum ... The
		// MoU was signed by X and Y": the lede tells the same contact by
		// its countries, naming no one.
		if e.date.value == "" && len(lede.people) == 0 && e.sent > 0 {
			if r, _ := d.contactVerb(lede.text); r != nil && r.kind == e.kind {
				e.date = ds[0]
				e.date.check = "date from the report's first sentence, which tells this " + e.kind + " by the countries"
			} else if len(ds) == 1 && (r != nil || gatheringWordRe.MatchString(lede.text) || ledeSaidOnRe.MatchString(lede.text)) && !d.otherDays(ds[0].value) ||
				len(ds) == 1 && ledeArrivalRe.MatchString(lede.text) && !d.otherDaysBefore(ds[0].value, e.sent) {
				// "Companies signed 28 agreements at a business forum in
				// Istanbul on Thursday ... On the sidelines, A met B": the
				// day of the occasion the report is about, when it tells
				// of no other day.
				e.date = ds[0]
				e.date.check = "date of the occasion the report's first sentence tells"
				if r == nil && !gatheringWordRe.MatchString(lede.text) && !ledeSaidOnRe.MatchString(lede.text) && ledeArrivalRe.MatchString(lede.text) {
					e.date.check = "the day of the arrival the report's first sentence tells, taken as the contact's"
				} else if r == nil && !gatheringWordRe.MatchString(lede.text) {
					// "..., the Lahore Chamber said on Tuesday": the day
					// the body spoke, of the occasion it spoke at.
					e.date.check = "the day the report's first sentence says the report's body spoke, taken as the contact's"
				}
			}
		}
		if e.date.value == "" {
			e.date = dateline
		}
	}
}

// otherDaysBefore tells whether a held contact told before sentence i is
// dated to another day than v.
func (d *drafter) otherDaysBefore(v string, i int) bool {
	for _, e := range d.events {
		if e.sent < i && e.status == "held" && e.date.value != "" && e.date.value != v && e.date.basis != basisDateline {
			return true
		}
	}
	return false
}

// ledeArrivalRe is a lede's arrival of what the report's contacts are
// about: "A second aircraft carrying aid landed at Adana Airport on
// Thursday".
var ledeArrivalRe = regexp.MustCompile(`(?i)\b(?:landed|arrived)\s+(?:at|in)\b`)

// otherDays tells whether a held contact of the report is dated to another
// day than v.
func (d *drafter) otherDays(v string) bool {
	return d.otherDaysBefore(v, len(d.sents))
}

// counterparts gives a nationality to people met by a foreign envoy: the
// other side of an ambassador to a country is, unless the report says
// otherwise, of that country (flagged for a check).
func (d *drafter) counterparts() {
	for _, e := range d.events {
		toward := ""
		for _, p := range e.parts {
			if p.p == nil {
				continue
			}
			for _, h := range p.p.posts {
				pr := d.postRec(h.id)
				if envoyTitles[fold(pr.Title)] && !pr.Toward.IsZero() {
					toward = pr.Toward.ID
				}
			}
		}
		if toward == "" {
			toward = d.g.countryOf(e.place)
		}
		if toward == "" {
			toward = d.host
		}
		if toward == "" {
			continue
		}
		foreign := false
		for _, p := range e.parts {
			if p.p != nil && p.p.nat != "" && p.p.nat != toward {
				foreign = true
			}
		}
		if !foreign {
			continue
		}
		// The guests of a delegation whose other guests are all of one
		// foreign country are of it, not of the host's.
		guestsOf := ""
		for _, p := range e.parts {
			// (Roles are given after this: one of another country with none
			// yet is of the visiting side.)
			if p.p != nil && (p.role == "guest" || p.role == "" && p.p.nat != toward) && p.p.nat != "" {
				switch {
				case p.p.nat == toward || guestsOf != "" && guestsOf != p.p.nat:
					guestsOf = "-"
				case guestsOf == "":
					guestsOf = p.p.nat
				}
			}
		}
		// A diplomat of no stated country ("the embassy's Trade Counsellor
		// Y") beside the envoys of one foreign country only is of it.
		envoysOf := ""
		for _, p := range e.parts {
			if p.p != nil && p.p.nat != "" && p.p.nat != toward && slices.ContainsFunc(p.p.titles, func(t string) bool { return envoyTitles[t] }) {
				if envoysOf != "" && envoysOf != p.p.nat {
					envoysOf = "-"
				} else if envoysOf == "" {
					envoysOf = p.p.nat
				}
			}
		}
		for _, p := range e.parts {
			if p.p != nil && p.p.nat == "" && !p.p.known {
				if envoysOf != "" && envoysOf != "-" && slices.ContainsFunc(p.p.titles, func(t string) bool {
					return envoyTitles[t] || strings.HasSuffix(t, " counsellor") || strings.HasSuffix(t, " attache")
				}) {
					p.p.nat = envoysOf
					p.p.natCheck = fmt.Sprintf("nationality assumed: a diplomat beside the envoy of %s", d.nameOf(envoysOf))
					continue
				}
				if p.role == "guest" && guestsOf != "" && guestsOf != "-" {
					p.p.nat = guestsOf
					p.p.natCheck = fmt.Sprintf("nationality assumed: a guest beside guests from %s", d.nameOf(guestsOf))
					continue
				}
				if d.visitorTo(p.p, toward) {
					// "X, who is on a visit to Uzbekistan, held talks":
					// of the visiting side, which the report may name.
					if envoysOf != "" && envoysOf != "-" {
						p.p.nat = envoysOf
						p.p.natCheck = fmt.Sprintf("nationality assumed: a visitor beside the envoy of %s", d.nameOf(envoysOf))
					}
					continue
				}
				// "The Minister of Economy received a delegation led by X":
				// a guest whom a host of the country receives is not of it;
				// of the one foreign country beside, or of none said.
				if p.role == "guest" && slices.ContainsFunc(e.parts, func(q part) bool { return q.p != nil && q.role == "host" && q.p.nat == toward }) {
					if f := foreignOf(e, toward); f != "" {
						p.p.nat = f
						p.p.natCheck = fmt.Sprintf("nationality assumed: a guest beside others from %s", d.nameOf(f))
					}
					continue
				}
				p.p.nat = toward
				p.p.natCheck = fmt.Sprintf("nationality assumed: the other side of a contact in %s", d.nameOf(toward))
			}
		}
	}
	// A contact of two, one of a known country and the other of none the
	// report gives, in a report that names one other country only ("the
	// Kazakh market"): the other side is of that country.
	named := map[string]bool{}
	for _, a := range d.sents {
		for _, sp := range a.spans {
			if sp.kind == schema.KindCountry {
				named[sp.id] = true
			}
		}
	}
	for _, e := range d.events {
		var ps []*person
		for _, p := range e.parts {
			if p.p != nil {
				ps = appendPerson(ps, p.p)
			}
		}
		if len(ps) != 2 || (ps[0].nat == "") == (ps[1].nat == "") {
			continue
		}
		known, other := ps[0], ps[1]
		if known.nat == "" {
			known, other = other, known
		}
		if other.known {
			continue
		}
		var rest []string
		for c := range named {
			if c != known.nat {
				rest = append(rest, c)
			}
		}
		if len(rest) == 1 {
			other.nat = rest[0]
			other.natCheck = fmt.Sprintf("nationality assumed: the report's other country, %s", d.nameOf(rest[0]))
		}
	}
}

// delegationJoined adds members of a delegation to the contacts of the
// side its head is on, the contact being told among them.
func (d *drafter) delegationJoined(cur *event, txt string, members []*person) {
	// "The Kazakh delegation comprised A (...); B (...)": the side of that
	// country, whichever side it is at the contact.
	if m := demonymGroupRe.FindStringSubmatch(txt); m != nil && d.g.demonyms[fold(m[1])] != "" && !d.theGuestsNation(cur, d.g.demonyms[fold(m[1])]) {
		c := d.g.demonyms[fold(m[1])]
		role := ""
		if i := slices.IndexFunc(cur.parts, func(p part) bool { return p.p != nil && p.p.nat == c && !slices.Contains(members, p.p) }); i >= 0 {
			role = cur.parts[i].role
		}
		for _, p := range members {
			cur.add(p, "", role)
			if p.nat == "" && !p.known {
				p.nat, p.natCheck = c, fmt.Sprintf("nationality assumed: a member of the %s delegation", m[1])
			}
		}
		return
	}
	role := "guest"
	if i := slices.IndexFunc(cur.parts, func(p part) bool { return p.p != nil && p.p == d.delegationLead }); i >= 0 && cur.parts[i].role != "" {
		role = cur.parts[i].role
	}
	lead := d.delegationLead
	if lead == nil {
		lead = d.guestOf(cur)
	}
	d.addAtContacts(lead, cur, txt, members, role)
	if lead != nil && d.delegationLead == nil {
		d.delegationLead = lead // the head of the side the delegation is
	}
	if lead != nil && lead == d.delegationLead {
		for _, p := range members {
			if p != lead {
				d.delegationMembers = appendPerson(d.delegationMembers, p)
				p.joinSide(lead)
			}
		}
	}
	if cur.awaitsHead {
		cur.awaitsHead, cur.unnamed = false, nil // the delegation, named
	}
}

// theGuestsNation reports whether the guests' side of a contact is of
// country c (the delegation of the visitors, which the usual rule reads).
func (d *drafter) theGuestsNation(e *event, c string) bool {
	g := d.guestOf(e)
	return g != nil && g.nat == c
}

// namedTwo reports whether sentence i named exactly two people, by name
// or as the two of the contact it told ("The two men spoke by telephone").
func (d *drafter) namedTwo(i int) bool {
	var ps []*person
	for _, m := range d.sents[i].people {
		ps = appendPerson(ps, m.p)
	}
	if len(ps) == 0 {
		for _, e := range d.events {
			if e.sent == i && e.people() == 2 {
				return true
			}
		}
	}
	return len(ps) == 2
}

// visitorTo reports whether the report tells p travelling to country c,
// named as such.
func (d *drafter) visitorTo(p *person, c string) bool {
	return slices.ContainsFunc(d.events, func(v *event) bool {
		// (By the country named: a destination may be the dateline's.)
		return v.kind == "visit" && v.country == c && slices.ContainsFunc(v.parts, func(q part) bool { return q.p == p })
	})
}

func appendPerson(ps []*person, p *person) []*person {
	if slices.Contains(ps, p) {
		return ps
	}
	return append(ps, p)
}

// contactVerb finds the first reporting verb of a contact in a sentence.
// The rules ask it of the same text many times, and it runs every verb's
// expression, so its answers are kept.
func (d *drafter) contactVerb(s string) (*verbRule, []int) {
	if h, ok := d.verbs[s]; ok {
		return h.rule, slices.Clone(h.loc)
	}
	r, loc := firstContactVerb(s)
	if d.verbs == nil {
		d.verbs = map[string]verbHit{}
	}
	d.verbs[s] = verbHit{r, slices.Clone(loc)}
	return r, loc
}

// verbHit is an answer of contactVerb.
type verbHit struct {
	rule *verbRule
	loc  []int
}

func firstContactVerb(s string) (*verbRule, []int) {
	var best *verbRule
	var bestLoc []int
	// "X, who attended the forum as a guest, held talks with Y": the verb
	// of an aside about someone is not the sentence's, when it has one
	// of its own.
	asides := relativeAsideRe.FindAllStringIndex(s, -1)
	inAside := func(at int) bool {
		return slices.ContainsFunc(asides, func(m []int) bool { return at >= m[0] && at < m[1] })
	}
	var met *verbRule // the first meeting told, for an address that yields to it
	var metLoc []int
	for pass := 0; pass < 2 && best == nil; pass++ {
		for i := range verbRules {
			r := &verbRules[i]
			for _, loc := range r.re.FindAllStringIndex(s, -1) {
				if !verbAt(r, s, loc) || pass == 0 && inAside(loc[0]) {
					continue
				}
				if best == nil || loc[0] < bestLoc[0] {
					best, bestLoc = r, loc
				}
				if (r.kind == "meeting" || r.kind == "talks") && (met == nil || loc[0] < metLoc[0]) {
					met, metLoc = r, loc
				}
				break
			}
		}
	}
	// "X, who called on Y on Monday, told this newspaper that they had
	// discussed flights": what they discussed names no contact (see
	// togetherRe); the aside's call is the one told.
	if best != nil && best.re == togetherRe {
		for i := range verbRules {
			r := &verbRules[i]
			if r.re == togetherRe {
				continue
			}
			for _, loc := range r.re.FindAllStringIndex(s, -1) {
				if inAside(loc[0]) && verbAt(r, s, loc) && loc[0] < bestLoc[0] {
					best, bestLoc = r, loc
					break
				}
			}
		}
	}
	// "He was speaking at the Chamber on Saturday, where he was received
	// by its President": the address was at a meeting the sentence tells.
	if best != nil && best.kind == "conference" && addressRe.MatchString(s[bestLoc[0]:bestLoc[1]]) && met != nil && metLoc[0] > bestLoc[0] {
		return met, metLoc
	}
	return best, bestLoc
}

var (
	// quoteRe is a quotation, straight or curly.
	quoteRe = regexp.MustCompile(`“[^”]{3,600}”|"[^"]{3,600}"`)
	// ownContactRe is a contact told in the first person: "I met",
	// "I called on", "I sat down with", "I had a useful discussion with".
	ownContactRe = regexp.MustCompile(`\bI\s+(?:also\s+|have\s+|had\s+)?(?:met|called\s+on|sat\s+down\s+with|held\s+talks\s+with|had\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|discussion|conversation|talks)\s+with)\b`)
	// referringToRe names after a quote whom it spoke of: ", referring
	// to his call on Chief Minister Y".
	referringToRe = regexp.MustCompile(`(?i)\breferring\s+to\s+(?:his\s+|her\s+)?(?:(?:call|calls|meeting|talks)\s+(?:on|with)\s+)?`)
	// saidAfterRe is the attribution after a quote: ", the ambassador
	// said", " Ambassador X said later".
	saidAfterRe = regexp.MustCompile(`^[,\s]*(?:[^,.;"“”]{0,60}?\s)?(?:said|says|told|wrote|added|noted)\b`)
)

// quotedOwnContact is the contact a speaker tells of himself in a quote
// ("'I met the Chief Minister yesterday,' the ambassador said, referring
// to his call on Chief Minister Y"), with those the quote or the words
// after it name; nil when the sentence tells a contact outside its quotes,
// or its quote none.
func (d *drafter) quotedOwnContact(a *analysed) *event {
	txt := a.text
	quotes := quoteRe.FindAllStringIndex(txt, -1)
	if len(quotes) == 0 {
		return nil
	}
	masked := []byte(txt)
	for _, q := range append(quotes, referringToRe.FindAllStringIndex(txt, -1)...) {
		for i := q[0]; i < q[1]; i++ {
			masked[i] = ' '
		}
	}
	if d.hasContactVerb(string(masked)) {
		return nil
	}
	at := func(m personMention) int { return a.toks[m.start].start }
	for _, q := range quotes {
		inner := txt[q[0]:q[1]]
		v := ownContactRe.FindStringIndex(inner)
		if v == nil || plannedRe.MatchString(inner[:v[0]]) {
			continue
		}
		// The speaker: named in the attribution right after the quote,
		// or "he said": the one the sentence before named first.
		var speaker *person
		after := txt[q[1]:]
		if sm := saidAfterRe.FindStringIndex(after); sm != nil {
			for _, m := range a.people {
				if at(m) >= q[1] && at(m) < q[1]+sm[1] {
					speaker = m.p
					break
				}
			}
			if speaker == nil && a.idx > 0 && len(d.sents[a.idx-1].people) > 0 && pronounSaidRe.MatchString(after[:sm[1]]) {
				speaker = d.sents[a.idx-1].people[0].p
			}
		}
		if speaker == nil {
			continue
		}
		var others []*person
		for _, m := range a.people {
			if m.p != speaker && at(m) >= q[0]+v[1] && at(m) < q[1] {
				others = appendPerson(others, m.p)
			}
		}
		if r := referringToRe.FindStringIndex(after); r != nil {
			for _, m := range a.people {
				if m.p != speaker && at(m) >= q[1]+r[1] {
					others = appendPerson(others, m.p)
					break
				}
			}
		}
		if len(others) == 0 {
			continue
		}
		e := &event{kind: "meeting", status: "held", sent: a.idx, verb: inner[v[0]:v[1]], place: d.placeIn(a)}
		if ds := findDatesHint(inner, d.pub, false, d.yearHint); len(ds) > 0 && !d.afterPublication(ds[0].value) {
			e.date = ds[0]
			e.date.check = "date told in the speaker's own words, resolved against the publication date"
		}
		e.add(speaker, "", "guest")
		for _, p := range others {
			e.add(p, "", "host")
		}
		return e
	}
	return nil
}

// pronounSaidRe is an attribution by pronoun: ", he said".
var pronounSaidRe = regexp.MustCompile(`(?i)^[,\s]*(?:he|she)\s+(?:said|says|told|wrote|added|noted)\b`)

// receivingRe is a verb of receiving someone: "received", "receives",
// "was received by".
var receivingRe = regexp.MustCompile(`(?i)^(?:(?:was|were)\s+(?:warmly\s+)?)?(?:received|receives|receiving|welcomed|hosted)\b`)

// signatoriesRe heads a list of those who signed: "The signatories of the
// two main documents were:".
var signatoriesRe = regexp.MustCompile(`(?i)\b(?:the\s+)?signatories\b[^:.;]{0,80}?\b(?:were|are|included)\s*:`)

// toldAtCur says whether a sentence tells more of the contact told before:
// "During the meeting, ...", after a sentence naming no one that opens so,
// or an item of a list under "Documents signed on the occasion:".
func (d *drafter) toldAtCur(a *analysed) bool {
	if duringTheRe.MatchString(a.text) || a.idx > 0 && len(d.sents[a.idx-1].people) == 0 && duringTheRe.MatchString(d.sents[a.idx-1].text) {
		return true
	}
	// "Documents signed on the occasion: - MoU ...; - agreement ...",
	// the list run into one sentence.
	if c := strings.Index(a.text, ":"); c > 0 && occasionHeaderRe.MatchString(a.text[:c+1]) {
		return true
	}
	if !listItemRe.MatchString(a.text) {
		return false
	}
	for i := a.idx - 1; i >= 0 && i >= a.idx-20; i-- {
		if t := d.sents[i].text; !listItemRe.MatchString(t) {
			return occasionHeaderRe.MatchString(t)
		}
	}
	return false
}

var (
	// listItemRe opens an item of a list: "- ", "• ", "2. ", "b) ".
	listItemRe = regexp.MustCompile(`^\s*(?:[-•*–]\s|\d{1,2}[.)]\s|[a-z][)]\s)`)
	// occasionHeaderRe ends a sentence that heads a list of what was done
	// at the contact told: "Documents signed on the occasion:".
	occasionHeaderRe = regexp.MustCompile(`(?i)\b(?:on\s+(?:the|this)\s+occasion|at\s+the\s+(?:session|meeting|ceremony|forum|talks)|during\s+the\s+(?:visit|meeting|talks|session))\s*:\s*$`)
)

// thatOccasionRe opens a sentence with the occasion the one before told:
// "On that occasion", "During that visit".
var thatOccasionRe = regexp.MustCompile(`(?i)^\s*(?:on|during|at)\s+(?:that|this)\s+(?:occasion|visit|trip|meeting|event)\b`)

// whenAfterRe is what lies between a time and the "when" clause it is
// of: "last Friday, when".
var whenAfterRe = regexp.MustCompile(`^\s*,?\s*(?:[^,.;\d]{1,40}?\s)?when\s*$`)

// partInGatheringRe is the gathering right after an attendance verb:
// "took part in a round table", "attended a seminar".
var partInGatheringRe = regexp.MustCompile(`(?i)^[\w\s]{0,30}?\b(?:in|at)?\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(round\s*table|roundtable|seminar|conference|forum|ceremony|reception|session|meeting|workshop|webinar|dinner|luncheon|celebration|festival|exhibition)\b`)

// byMessageRe is an address made from afar: "in a video message", "by a
// recorded address".
var byMessageRe = regexp.MustCompile(`(?i)^[^.;]{0,60}?\b(?:in|by|via|through)\s+(?:a\s+|an\s+)?(?:pre-?recorded\s+|recorded\s+|written\s+)?(?:video\s+)?(?:message|address)\b`)

// whereOwnRe is a clause that tells a contact at the gathering just named:
// ", where he was received by", ", where she met".
var whereOwnRe = regexp.MustCompile(`(?i)^[^.;]{0,120}?,\s*where\s+(?:he|she|they)\s+(?:(?:was|were)\s+received\s+by|met|held\s+talks|called\s+on)\b`)

// visitorsBookRe is a book signed on a visit: "the book of condolence",
// "the visitors' book".
var visitorsBookRe = regexp.MustCompile(`(?i)^\s+(?:the|a)\s+(?:(?:condolence|visitors['’]?|guest|distinguished\s+visitors['’]?|memorial|honou?r)\s+book|book\s+of\s+(?:condolences?|honou?r|remembrance))\b`)

// mediaAudienceRe is the press someone speaks to: "to our correspondent",
// "with reporters", "to the media".
var mediaAudienceRe = regexp.MustCompile(`(?i)^\s+(?:(?:our|this|the|a|local|foreign|visiting)\s+)*(?:correspondents?|reporters?|journalists?|media|press|newsmen|newspaper|scribes|news\s+agency|agency|television|TV|radio)\b`)

// verbAt says whether a match of a rule is a reporting verb there.
func verbAt(r *verbRule, s string, loc []int) bool {
	pre := strings.ToLower(strings.TrimSpace(s[:loc[0]]))
	if r.kind == "meeting" && r.dir == "" && strings.EqualFold(s[loc[0]:loc[1]], "meeting") {
		// "meeting" as a noun after an article is not a contact verb:
		// "attended the meeting", "The meeting reviewed".
		post := s[loc[1]:min(len(s), loc[1]+80)]
		// "X and Y discussed trade during a meeting": the meeting of those
		// named before, when something precedes "during".
		if duringRe.MatchString(pre) && len(strings.Fields(pre)) > 2 && !attendRe.MatchString(pre) {
			return true // not "A and B were also present at the meeting"
		}
		// ("the next meeting of the Council", "its last meeting": a
		// meeting named, not told.)
		if (strings.HasSuffix(pre, "the") || strings.HasSuffix(pre, "a") || strings.HasSuffix(pre, "first") || strings.HasSuffix(pre, "this") ||
			strings.HasSuffix(pre, " next") || strings.HasSuffix(pre, " last") || strings.HasSuffix(pre, " previous") || strings.HasSuffix(pre, " upcoming") || strings.HasSuffix(pre, " forthcoming")) &&
			!withSomeoneRe.MatchString(post) {
			return false
		}
	}
	// "X joined the meeting by video link": at the meeting told, not a
	// call of its own.
	if r.kind == "call" && joinedByLinkRe.MatchString(pre) {
		return false
	}
	// "X addressed the participants in a video message": no presence.
	if byMessageRe.MatchString(s[loc[1]:min(len(s), loc[1]+80)]) {
		return false
	}
	// "A delegation led by him took part in the Interregional Conference,
	// where he was received by Y": the contact is the one of the clause.
	if r.kind == "session" && whereOwnRe.MatchString(s[loc[1]:]) {
		return false
	}
	// "He signed the book of condolence": no document, no contact.
	if r.kind == "signing" && visitorsBookRe.MatchString(s[loc[1]:]) {
		return false
	}
	if r.kind == "conference" && pressRe.MatchString(s[loc[1]:]) {
		return false // speaking at a press conference is no contact of its own
	}
	// "Speaking to our correspondent, X recalled ...", "talking to
	// reporters": telling the press is no contact.
	if r.kind == "meeting" && r.dir == "subject-guest" && mediaAudienceRe.MatchString(s[loc[1]:]) {
		if w := strings.ToLower(s[loc[0]:loc[1]]); strings.Contains(w, "talking") || strings.Contains(w, "speaking") {
			return false
		}
	}
	if r.kind == "visit" && strings.EqualFold(s[loc[0]:loc[1]], "visit") {
		if !strings.HasSuffix(pre, "will") && !strings.HasSuffix(pre, "to") && !recalledTripRe.MatchString(pre) {
			return false
		}
	}
	return true
}

func (d *drafter) hasContactVerb(s string) bool {
	// Anywhere in the sentence: "X, who attended the forum, held talks
	// with Y" tells talks, after the attendance.
	for i := range verbRules {
		r := &verbRules[i]
		if r.kind == "session" {
			continue
		}
		for _, loc := range r.re.FindAllStringIndex(s, -1) {
			if verbAt(r, s, loc) {
				return true
			}
		}
	}
	return false
}

// gatheringKinds are the kinds of contact gatheringHeldRe's words name.
var gatheringKinds = map[string]string{"culture day": "ceremony", "cultural day": "ceremony", "national day": "reception", "independence day": "reception", "gala": "reception", "meeting": "meeting", "session": "session", "sitting": "session",
	"consultations": "talks", "talks": "talks", "negotiations": "talks", "summit": "conference", "conference": "conference", "forum": "conference",
	"reception": "reception", "dinner": "reception", "luncheon": "reception", "lunch": "reception", "iftar": "reception",
	"ceremony": "ceremony", "function": "ceremony", "celebration": "ceremony", "celebrations": "ceremony",
	"festival": "ceremony", "event": "ceremony", "seminar": "conference", "convocation": "ceremony", "graduation": "ceremony",
	"roundtable": "conference", "round-table": "conference", "webinar": "conference", "lecture": "conference", "symposium": "conference",
	"workshop": "conference", "panel discussion": "conference", "book launch": "ceremony", "launch": "ceremony", "launched": "ceremony", "unveiled": "ceremony",
	"exhibition": "ceremony"}

// afterPublication says whether a date begins after the report was
// published (never, with no publication date).
func (d *drafter) afterPublication(v string) bool {
	start, ok := parseDay(schema.Date{Value: v}.Start())
	return ok && !d.pub.IsZero() && start.After(d.pub)
}

// datesMeet says whether two dates (days, months, years or intervals)
// share a day; an unknown date meets any: a contact last week is no part
// of a trip last month.
func datesMeet(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	da, db := schema.Date{Value: a}, schema.Date{Value: b}
	return da.Start() <= db.End() && db.Start() <= da.End()
}

// compatible says whether two tellings may be one contact.
func compatible(a, b *event) bool {
	if b.date.value != "" && a.date.value != "" && b.date.value != a.date.value {
		return false
	}
	meetingish := func(k string) bool {
		return k == "meeting" || k == "talks" || k == "site-visit" || k == "call"
	}
	return a.kind == b.kind || meetingish(a.kind) && meetingish(b.kind)
}

func (e *event) overlaps(o *event) bool {
	for _, p := range o.parts {
		if p.p != nil && slices.ContainsFunc(e.parts, func(q part) bool { return q.p == p.p }) {
			return true
		}
	}
	return false
}

// rolesOf is the role a verb's direction gives its subject (or object).
func rolesOf(dir string, subject bool) string {
	switch {
	case dir == "subject-guest" && subject, dir == "subject-host" && !subject:
		return "guest"
	case dir == "subject-guest", dir == "subject-host":
		return "host"
	case dir == "co":
		return "co-chair"
	}
	return ""
}

// lastDated is the last contact the report told with at least a year.
func (d *drafter) lastDated() *event {
	for i := len(d.events) - 1; i >= 0; i-- {
		if e := d.events[i]; e.kind != "visit" && e.status != "planned" && len(e.date.value) >= 4 && fourDigitYearRe.MatchString(e.date.value[:4]) {
			return e
		}
	}
	return nil
}

// thatYearRe follows a month with the year told before ("in July that
// year"); yearsLaterRe counts years from the contact told before.
var (
	fourDigitYearRe = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)
	thatYearRe      = regexp.MustCompile(`(?i)^\s*(?:of\s+)?(?:that|the\s+same)\s+year\b`)
	yearsLaterRe    = regexp.MustCompile(`(?i)\b(a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+later\b`)
)

// lastDay is the day of the last held contact told with one, or "".
// dayToldWindow is how many sentences back dayToldSince looks.
const dayToldWindow = 4

// dayToldSince is the last day that a sentence after sentence from and
// before sentence to states outside any contact, such as an arrival's:
// "arrived on Monday last. ... The following day, X met Y" counts from
// that Monday, not from the contact told before it.
func (d *drafter) dayToldSince(from, to int) (string, bool) {
	// (A few sentences back at most: a report of thousands of sentences
	// between two contacts must not be read again for each.)
	for i := to - 1; i > from && i >= 0 && i >= to-dayToldWindow; i-- {
		txt := d.sents[i].text
		if plannedRe.MatchString(txt) {
			continue
		}
		ds := findDatesHint(txt, d.pub, false, d.yearHint)
		for k := len(ds) - 1; k >= 0; k-- {
			if len(ds[k].value) == len("2006-01-02") && !d.afterPublication(ds[k].value) {
				return ds[k].value, true
			}
		}
	}
	return "", false
}

func (d *drafter) lastDay() string {
	for i := len(d.events) - 1; i >= 0; i-- {
		if e := d.events[i]; e.status == "held" && e.kind != "visit" && len(e.date.value) == len("2006-01-02") {
			return e.date.value
		}
	}
	return ""
}

// venueOrNone is the event's venue, "" for no event.
func (e *event) venueOrNone() string {
	if e == nil {
		return ""
	}
	return e.venue
}

func (e *event) merge(o *event) {
	for _, p := range o.parts {
		e.add(p.p, p.org, p.role)
	}
	if e.date.value == "" {
		e.date = o.date
	}
	if e.place == "" {
		e.place = o.place
	}
	if e.venue == "" {
		e.venue = o.venue
	}
	if e.kind == "meeting" && o.kind == "talks" {
		e.kind = "talks"
	}
}

func (e *event) add(p *person, org, role string) {
	for i, q := range e.parts {
		if p != nil && q.p == p || org != "" && q.org == org {
			if q.role == "" || q.role == "attendee" && role != "" {
				e.parts[i].role = role
			}
			return
		}
	}
	e.parts = append(e.parts, part{p: p, org: org, role: role})
}

// roles fills in the roles the verb left open: in a meeting, whoever is of
// the country where it happens hosts and the others are guests.
func (d *drafter) roles(e *event) {
	country := d.g.countryOf(e.place)
	if country == "" {
		country = d.countryOfLocal(e.place)
	}
	if country == "" && !d.unknownPlace[e.sent] {
		country = d.host
	}
	// At a conference, session or ceremony those the verb gives no role
	// attend; a credentials ceremony keeps its guest and host.
	if e.kind == "conference" || e.kind == "session" || e.kind == "ceremony" {
		for i := range e.parts {
			if e.parts[i].role == "" || e.parts[i].role == "host" && e.kind != "ceremony" {
				e.parts[i].role = "attendee"
			}
		}
	}
	// Where a visit's traveller meets someone at a place the records do
	// not know: the traveller is the guest, one of another country the
	// host.
	visitors, visitorNat := map[*person]bool{}, map[string]bool{}
	if country == "" && d.trip != nil && d.trip != e && d.trip.kind == "visit" && d.trip.status == "held" && e.status == "held" && d.trip.overlaps(e) {
		for _, p := range d.trip.parts {
			if p.p != nil {
				visitors[p.p] = true
				if p.p.nat != "" {
					visitorNat[p.p.nat] = true
				}
			}
		}
	}
	// "X met a delegation ... headed by Y": the head of the delegation the
	// report tells of is the guest, the one who met it the host.
	received := len(visitors) == 0 && e.kind == "meeting" && d.delegationLead != nil &&
		slices.ContainsFunc(e.parts, func(p part) bool { return p.p == d.delegationLead && p.role == "" })
	if received {
		visitors[d.delegationLead] = true
	}
	for i, p := range e.parts {
		if p.role != "" {
			continue
		}
		switch {
		case p.p != nil && visitors[p.p]:
			e.parts[i].role = "guest"
		case p.p != nil && received && (p.p.nat == "" || p.p.nat != d.delegationLead.nat):
			e.parts[i].role = "host"
		case p.p != nil && p.p.nat != "" && len(visitorNat) > 0 && !visitorNat[p.p.nat]:
			e.parts[i].role = "host"
		case p.p != nil && p.p.nat != "" && country != "" && p.p.nat == country:
			e.parts[i].role = "host"
		case p.p != nil && p.p.nat != "" && country != "":
			e.parts[i].role = "guest"
		default:
			e.parts[i].role = "attendee"
		}
	}
	// "welcomed by X along with Y, his own country's envoy": Y is there
	// beside the host, not hosting.
	guests := map[string]bool{}
	for _, p := range e.parts {
		if p.role == "guest" && p.p != nil && p.p.nat != "" {
			guests[p.p.nat] = true
		}
	}
	otherHost := false
	for _, p := range e.parts {
		if p.role == "host" && p.p != nil && p.p.nat != "" && !guests[p.p.nat] {
			otherHost = true
		}
	}
	if otherHost {
		for i, p := range e.parts {
			if p.role == "host" && p.p != nil && guests[p.p.nat] {
				e.parts[i].role = "attendee"
			}
		}
	}
}

// orgsIn lists the organizations named after a byte offset.
func (d *drafter) orgsIn(a *analysed, after int) []string {
	var out []string
	for _, s := range a.spans {
		if s.kind == schema.KindOrganization && a.toks[s.start].start >= after && s.id != "" {
			out = append(out, s.id)
		}
	}
	return out
}

// placeIn is the place a sentence names ("in Islamabad", "at ... in Baku"),
// or the dateline's place.
func (d *drafter) placeIn(a *analysed) string {
	for _, s := range a.spans {
		// "in X", "at X", "travel to X (on Friday), where ...", "visit X, where".
		where := false
		for k := s.end; k+1 < len(a.toks) && k < s.end+5 && s.start > 0 && (a.folded[s.start-1] == "to" || strings.HasPrefix(a.folded[s.start-1], "visit")); k++ {
			if a.toks[k].text == "," && a.folded[k+1] == "where" {
				where = true
			}
		}
		// "invited X to visit Astana": where the visit goes.
		// "his visit to Lahore and his talks with X": where he was.
		visitTo := s.start > 1 && (strings.HasPrefix(a.folded[s.start-1], "visit") && a.folded[s.start-2] == "to" ||
			a.folded[s.start-1] == "to" && tripWords[a.folded[s.start-2]])
		// Not "the Ambassador, resident in New Delhi,": where an envoy
		// sits, not where the contact is.
		if s.start > 1 && residentWords[a.folded[s.start-2]] {
			continue
		}
		if s.kind == schema.KindPlace && s.start > 0 && (a.folded[s.start-1] == "in" || a.folded[s.start-1] == "at" || where || visitTo) {
			d.statedPlace[a.idx] = true
			return s.id
		}
	}
	// "met X in Peshawar", "visited Almaty", "a visit to Moscow": a place the records do not
	// know is still not the dateline's ("ASTANA, 17 March /Kazinform/ -
	// ... in Peshawar").
	for k := 1; k < len(a.toks); k++ {
		toTrip := a.folded[k-1] == "to" && k >= 2 && tripWords[a.folded[k-2]]
		if (a.folded[k-1] == "in" && !(k >= 2 && residentWords[a.folded[k-2]]) || a.folded[k-1] == "visited" || toTrip) && isCap(a.toks[k].text) && !allCaps(a.toks[k].text) && a.spanAt(k) == nil && !a.covered(k) &&
			!notNameWords[a.folded[k]] && orgHeads[a.folded[k]] == "" && (k+1 >= len(a.toks) || !isCap(a.toks[k+1].text)) {
			d.unknownPlace[a.idx] = true
			return ""
		}
	}
	return d.dlPlace
}

// onlyOf is the one person of a country the report has named, besides
// those given.
func (d *drafter) onlyOf(country string, not []*person) *person {
	var found *person
	for _, p := range d.people {
		if p.nat != country || slices.Contains(not, p) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// daysApart reads "X toured the port on Wednesday, a day after holding
// talks with Y": the talks, a contact of X and Y of their own, a day
// before the one told.
func (d *drafter) daysApart(a *analysed, loc []int, e *event) *event {
	txt := a.text
	m := daysApartClauseRe.FindStringSubmatchIndex(txt[loc[1]:])
	if m == nil {
		return nil
	}
	for i := range m {
		m[i] += loc[1]
	}
	masked := strings.Repeat(" ", m[1]) + txt[m[1]:]
	r, loc2 := d.contactVerb(masked)
	if r == nil || loc2[0] > m[1]+20 {
		return nil
	}
	e2 := d.contact(a, r, loc2, nil)
	if e2 == nil || e2 == e || e2.people() == 0 {
		return nil
	}
	for _, p := range e.parts {
		if p.p != nil && !slices.ContainsFunc(e2.parts, func(q part) bool { return q.p == p.p }) {
			e2.add(p.p, "", "guest")
		}
	}
	if t, ok := parseDay(e.date.value); ok {
		n := map[string]int{"a": 1, "one": 1, "two": 2, "three": 3}[strings.ToLower(txt[m[2]:m[3]])]
		if strings.EqualFold(txt[m[4]:m[5]], "after") {
			n = -n
		}
		e2.date = resolved{value: day(t.AddDate(0, 0, n)), basis: basisEarlier, text: strings.TrimSpace(txt[m[0]+1 : m[1]]),
			note: fmt.Sprintf("%s the contact of %s", strings.TrimSpace(txt[m[0]+1:m[1]]), e.date.value)}
		e2.status = e.status
	}
	return e2
}

// daysLater is how many days after the contact before nextDayRe's words
// in s put one: "the next day" 1, "two days later" 2.
func daysLater(s string) int {
	m := nextDayRe.FindStringSubmatch(s)
	if m == nil || m[1] == "" {
		return 1
	}
	return map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}[strings.ToLower(m[1])]
}

// visitDay is the day of the visit being told that "the first day", "the
// final day" names, when the visit's days are known.
func (d *drafter) visitDay(which string) (string, bool) {
	a, b, ok := dayBounds(d.trip.date.value)
	if !ok {
		return "", false
	}
	// "From 4 to 7 March ... a working visit. On 5 March, the delegation
	// travelled to Bursa ... On the final day of the visit": the days of
	// the visit that holds the leg told last.
	for _, e := range d.events {
		if x, y, ok2 := dayBounds(e.date.value); ok2 && e.kind == "visit" && x < y && x <= a && b <= y {
			a, b = x, y
			break
		}
	}
	first, _ := parseDay(a)
	last, _ := parseDay(b)
	n := map[string]int{"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
	if which == "final" || which == "last" || which == "closing" {
		return day(last), true
	}
	t := first.AddDate(0, 0, n[which])
	if t.After(last) {
		return "", false
	}
	return day(t), true
}

// dayBounds are the first and last days of a date given to the day ("2024-11-05",
// "2024-11-04/2024-11-06"); a month or a year has none.
func dayBounds(v string) (string, string, bool) {
	a, b, found := strings.Cut(v, "/")
	if !found {
		b = a
	}
	_, okA := parseDay(a)
	_, okB := parseDay(b)
	return a, b, okA && okB
}

// topicsAndOutcomes reads what a contact was about ("discussed X, Y and
// Z", "stressed the need for X", "Issues of X were discussed",
// "cooperation in the fields of X and Y") and what it decided ("agreed to
// ...", "proposed that ...", "expressed readiness to ...").
func (d *drafter) topicsAndOutcomes(a *analysed, e *event) {
	txt := strings.TrimSuffix(a.text, ".")
	for _, r := range subjectRules {
		// A rule anchored at the sentence's start is tried there only.
		anchored := strings.HasPrefix(r.re.String(), "^")
		for at, n := 0, 0; at < len(txt) && (at == 0 || !anchored) && n < maxSubjectsPerRule; n++ {
			m := r.re.FindStringSubmatchIndex(txt[at:])
			if m == nil {
				break
			}
			for i := range m {
				m[i] += at
			}
			// A rule's group marks where its subject starts (or, before
			// "was discussed", is the subject); what follows is read up to
			// maxSubjectBytes, so that no rule rescans a long sentence.
			end := m[3]
			if !anchored {
				end = min(len(txt), m[2]+maxSubjectBytes)
			}
			list := txt[m[2]:end]
			// Each search starts past the one before.
			from := at
			at = max(m[3], from+1)
			// "held talks on Tuesday with X and discussed Y": a date, not
			// a subject; look on inside it.
			if dateWordRe.MatchString(list) || !r.outcome && subjectSkipRe.MatchString(list) {
				at = max(m[2], from+1)
				continue
			}
			// The list ends where the telling goes on: "... during a
			// meeting on Friday", "..., which ...".
			for loc := topicEndRe.FindStringIndex(list); loc != nil; loc = topicEndRe.FindStringIndex(list) {
				list = list[:loc[0]]
				at = max(m[2]+len(list), from+1)
			}
			// `Discussed flights and textiles," the ambassador wrote`: a
			// quote's end ends its list.
			if loc := quoteEndRe.FindStringIndex(list); loc != nil {
				list = list[:loc[0]]
				at = max(m[2]+len(list), from+1)
			}
			if r.outcome {
				o := strings.TrimRight(strings.TrimSpace(txt[m[0]:m[2]]+list), ",;: ")
				if o != "" && !slices.Contains(e.outcomes, o) && len(e.outcomes) < 12 {
					e.outcomes = append(e.outcomes, o)
				}
				continue
			}
			for _, t := range splitList(list) {
				// "higher education" and "prospects for cooperation in
				// higher education": one subject, told once; "energy" and
				// "renewable energy" are two.
				if slices.ContainsFunc(e.topics, func(u string) bool { return sameSubject(u, t) }) {
					continue
				}
				if len(e.topics) < 12 && len(strings.Fields(t)) <= 16 && !vagueTopic(t) && !a.namesOnlyAPerson(t) {
					e.topics = append(e.topics, t)
				}
			}
		}
	}
	if l := strings.ToLower(txt); strings.Contains(l, "signed") || strings.Contains(l, "signing of") {
		if m := docRe.FindStringIndex(txt); m != nil {
			d.document(a, e, txt, m)
		}
	}
}

// sameSubject tells whether two topics have the same content words.
func sameSubject(a, b string) bool {
	x, y := subjectWords(a), subjectWords(b)
	slices.Sort(x)
	slices.Sort(y)
	return len(x) > 0 && slices.Equal(x, y)
}

// vagueTopic tells "matters of mutual interest", "every aspect of the
// relationship": no subject a reader can use. "Bilateral relations" is
// what the report says it was about, and stays.
func vagueTopic(t string) bool {
	if len(subjectWords(t)) > 0 {
		return false
	}
	for _, w := range strings.Fields(fold(t)) {
		if vagueWords[w] {
			return true
		}
	}
	return false
}

// splitList splits "X, Y and Z" into its items.
func splitList(s string) []string {
	s = sideRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(s)
	// "between Lahore and Almaty" is one item.
	s = betweenRe.ReplaceAllString(s, "$1\x00")
	// "the Belt and Road Initiative": an "and" between capitals is part of
	// a name.
	s = namedAndRe.ReplaceAllString(s, "$1\x00$2")
	var out []string
	if loc := fromToRe.FindStringSubmatchIndex(s); loc != nil {
		s = s[:loc[2]] + s[loc[3]:loc[4]] + ", " + s[loc[5]:]
	}
	parts := listSepRe.Split(s, -1)
	if len(parts) > 1 && strings.ContainsAny(s, ",;") {
		// "X, Y and Z": the last "and" joins items too; in "trade and
		// investment" alone, or after "as well as", it joins one item's
		// words.
		last := lastAndRe.Split(parts[len(parts)-1], 2)
		parts = append(parts[:len(parts)-1], last...)
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(p, "on ")
		p = strings.TrimPrefix(p, "also ")
		// ", including in urban transport": the item, not the link.
		p = strings.TrimPrefix(strings.TrimPrefix(p, "including "), "in ")
		p = focusRe.ReplaceAllString(p, "")
		if p == "" || len(p) < 3 {
			continue
		}
		out = append(out, strings.ReplaceAll(p, "\x00", " and "))
	}
	return out
}

// document records an agreement signed at an event.
func (d *drafter) document(a *analysed, e *event, txt string, m []int) {
	noun := strings.ToLower(txt[m[0]:m[1]])
	kind := "agreement"
	switch {
	case strings.HasPrefix(noun, "memorand") || strings.HasPrefix(noun, "mou"):
		kind = "memorandum"
	case strings.HasPrefix(noun, "action plan"):
		kind = "action-plan"
	case strings.HasPrefix(noun, "protocol"):
		kind = "protocol"
	case strings.HasPrefix(noun, "declaration"):
		kind = "declaration"
	case strings.HasPrefix(noun, "joint statement"):
		kind = "joint-statement"
	case strings.HasPrefix(noun, "roadmap"):
		kind = "roadmap"
	case strings.HasPrefix(noun, "programme"):
		kind = "programme"
	case strings.HasPrefix(noun, "contract"):
		kind = "contract"
	}
	// The title: the capitalized words around the noun ("Action Plan of
	// Cooperation"), else the noun itself.
	title := regexp.MustCompile(`(?:[A-Z][\w-]*\s+)*` + regexp.QuoteMeta(txt[m[0]:m[1]]) + `(?:\s+(?:of|on|for)\s+(?:[A-Z][\w-]*\s*)+)?`).FindString(txt)
	title = strings.TrimSpace(title)
	if loc := titleDateRe.FindStringIndex(title); loc != nil {
		title = title[:loc[0]]
	}
	for _, art := range []string{"A ", "An ", "The "} {
		title = strings.TrimPrefix(title, art)
	}
	if title == "" {
		title = txt[m[0]:m[1]]
	}
	status := "signed"
	if plannedRe.MatchString(txt) || strings.Contains(strings.ToLower(txt), "towards signing") {
		status = "planned"
	}
	doc := schema.Document{Kind: kind, Title: title, Status: statusOrEmpty(status, "signed")}
	// "a memorandum on student exchange and joint research": what it is
	// about, when the words after it are not a name.
	if sm := docSubjectRe.FindStringSubmatch(txt[m[1]:]); sm != nil {
		doc.Subjects = splitList(sm[1])
	}
	doc.ID = d.newID(slug(title) + "-" + day(d.pubOrNow())[:4])
	_ = e
	d.docs = append(d.docs, doc)
	d.docEvent = append(d.docEvent, e)
}

func statusOrEmpty(s, def string) string {
	if s == def {
		return ""
	}
	return s
}

func (d *drafter) pubOrNow() time.Time {
	if d.pub.IsZero() {
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return d.pub
}

// describe names an event for its title.
func (e *event) describe() string {
	var names []string
	for _, p := range e.parts {
		if p.p != nil && len(names) < 3 {
			names = append(names, p.p.name)
		}
	}
	who := strings.Join(names, ", ")
	if i := strings.LastIndex(who, ", "); i >= 0 {
		who = who[:i] + " and " + who[i+2:]
	}
	switch e.kind {
	case "talks":
		return "Talks of " + who
	case "call":
		return "Call between " + who
	case "site-visit":
		return "Visit by " + who
	case "conference":
		return "Conference with " + who
	case "ceremony":
		return "Ceremony with " + who
	case "signing":
		return "Signing by " + who
	case "session":
		return "Session with " + who
	case "reception":
		return "Reception by " + who
	}
	return fmt.Sprintf("Meeting of %s", who)
}

func firstOf(a, b []*person) *person {
	if len(a) > 0 {
		return a[0]
	}
	return b[0]
}

// bringsNew reports whether e has a person cur lacks.
func (e *event) bringsNew(cur *event) bool {
	for _, p := range e.parts {
		if p.p != nil && !slices.ContainsFunc(cur.parts, func(q part) bool { return q.p == p.p }) {
			return true
		}
	}
	return false
}

// people counts the persons taking part.
func (e *event) people() int {
	n := 0
	for _, p := range e.parts {
		if p.p != nil {
			n++
		}
	}
	return n
}

// guestsAtOccasion is what may follow a group of guests: "attending the
// reception", "present at the ceremony".
const guestsAtOccasion = `(?:\s+(?:attending|present\s+at|at|who\s+attended)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:reception|ceremony|event|dinner|luncheon|function|celebrations?|gathering|concert|evening|festival|opening|forum|conference)|\s+(?:present|in\s+attendance))?`

var spokeOfRe = regexp.MustCompile(`(?i)^spoke\s+(?:about|on)$`)
