package extract

import (
	"slices"
	"strings"
	"unicode"
)

// Word lists of the rules. They describe the general shapes of news about
// diplomatic contacts in English; none names a particular person.

// honorifics are written before a name and kept apart from it.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "engr", "engineer",
	"syed", "sayyid", "sayyida", "seyed", "seyyed", "sayed", "sir", "dame", "lord", "excellency", "his excellency", "her excellency", "hon",
	"honourable", "honorable", "madam", "mst", "begum", "sheikh", "sheikha", "ch", "eng",
	// "His Highness", "His Royal Highness", "HH", "HRH": Gulf and royal styles
	"highness", "majesty", "hh", "hrh", "prince", "princess", "king", "queen",
	// "Md. Rafiqul Islam": Muhammad, abbreviated before the name
	"md", "mohd", "muhd",
	// Indian styles: "Shri X", "Smt. Y", "Kumari Z"
	"shri", "smt", "kumari",
	// Pakistani styles: "Makhdoom X", "Barrister Y", "Mian Shehbaz",
	// "Nawabzada X"
	"makhdoom", "barrister", "mian", "nawabzada",
	// Afghan and South Asian religious styles: "Mawlawi X", "Haji Y"
	"mawlawi", "maulvi", "mawlana", "maulana", "mullah", "haji", "hajji", "alhaj", "mufti", "allama", "qari",
	// Iranian clerical styles: "Hojatoleslam X", "Ayatollah Y"
	"hojatoleslam", "hojjatoleslam", "ayatollah",
	// Malaysian styles: "Tan Sri Dato' Seri X", "Datuk X", "Tun X" ("Tan"
	// only before "Sri": "Tan Wei Liang" is a surname first)
	"sri", "dato", "datuk", "datin", "seri", "tun", "puan", "toh",
	// military ranks, written before the name as honorifics are
	"general", "gen", "lieutenant", "lt", "colonel", "col", "brigadier", "brig", "major", "maj",
	"admiral", "adm", "captain", "capt", "marshal", "commodore", "cdre", "rear",
	// "Retired Brigadier X", "Brig (retd) X"
	"retired", "retd")

// surnameStyles are honorifics that are also family names: "Atif Sharif
// Mian", "Ambassador Mian".
var surnameStyles = set("mian", "sheikh", "syed", "haji", "makhdoom")

// particles join the parts of a name: "Baligh ur Rehman", "Zaid bin Maqsood".
var particles = set("ul", "ur", "ud", "uz", "us", "un", "bin", "bint", "ibn", "al", "el", "de",
	"da", "van", "von", "der", "den", "du", "le", "e", "abu", "la", "del", "dos", "das", "di", "della")

// patronymics end a Turkic name, written in lower case after the father's
// name: "Nurlanbek Turgunbek uulu", "Aida Asanbek kyzy", "Ali Hasan oglu".
var patronymics = set("uulu", "kyzy", "ogly", "oglu", "qizi", "kizi", "uly", "qyzy")

// titleWords are offices, folded, longest first where one contains another.
// A title may be preceded by modifiers ("Federal", "Deputy").
var titleWords = sortLongest([]string{
	"prime minister", "foreign minister", "minister of state", "state minister", "chief minister",
	"deputy minister", "vice minister", "minister", "minister counsellor", "federal minister",
	"speaker", "deputy speaker", "president", "presidents", "vice president", "ambassador", "high commissioner",
	"envoy", "ambassadors", "envoys", "consul general", "honorary consul", "consul", "charge d affaires",
	"governor", "commissioner", "deputy commissioner", "mayor", "administrator", "akim", "khokim", "hokim", "chairman", "chairperson",
	"chairwoman", "chair", "vice chancellor", "pro vice chancellor", "vice rector", "pro rector", "rector", "dean", "director general",
	"executive director", "managing director", "general manager", "general director", "director", "coordinator general", "national coordinator",
	"research fellow", "senior research fellow", "senior fellow", "research associate", "head coach", "coach", "commander", "commander in chief",
	"coordinator", "secretary general", "foreign secretary", "undersecretary", "under secretary", "secretary", "spokesperson", "spokesman",
	"spokeswoman", "senator", "senators", "founder and editor", "editor", "founder", "chief executive officer",
	"chief executive", "ceo", "head", "chief", "adviser", "advisor", "special assistant", "king", "emir",
	"crown prince", "counsellor", "attache", "military attache", "first secretary", "chief of army staff", "chief of staff",
	"army chief", "chief justice", "principal", "foreign ministers", "ministers", "member of parliament", "mna", "mnas", "mpa", "mpas",
	"deputy prime minister", "deputy foreign minister", "counterpart", "defence minister", "defense minister",
	"interior minister", "finance minister", "trade minister", "commerce minister", "education minister",
	"energy minister", "transport minister", "agriculture minister", "health minister",
	"chancellor", "registrar", "provost", "ombudsman", "ombudsperson", "inspector general",
	"attorney general", "auditor general", "advocate general", "prosecutor general", "superintendent",
	"commandant", "treasurer", "convener", "convenor", "chief secretary", "first lady", "first gentleman",
	"representative", "special representative", "permanent representative", "plenipotentiary representative",
	"special envoy", "premier", "vice premier", "member", "country representative", "resident representative",
	"chief representative", "country director", "country manager", "head of mission", "head of state",
	"head of government", "general officer commanding", "officer commanding", "commanding officer", "corps commander",
	"ambassador extraordinary and plenipotentiary", "extraordinary and plenipotentiary ambassador",
	"external affairs minister", "minister of external affairs", "pm", "cm", "amir",
})

// genericBodyWords, with heads and fields, make the names of bodies that
// every state has ("National Assembly", "Ministry of Energy").
var genericBodyWords = set("of", "the", "and", "for", "national", "state", "federal", "supreme", "central", "foreign", "affairs", "energy", "economy", "justice", "defence", "defense", "interior", "health", "education", "culture", "agriculture", "finance", "trade")

// fieldJoiners join the words of a field ("Trade and Integration") and
// are no field of their own: "A and Minister of X B" is two people.
var fieldJoiners = set("and", "of", "for", "the")

// aboutNouns are works and events that can be on someone: "a seminar on
// Abai", "a book about Al-Farabi".
var aboutNouns = set("seminar", "conference", "lecture", "book", "exhibition", "film", "symposium", "workshop",
	"roundtable", "documentary", "programme", "program", "event", "forum", "evening", "festival", "study", "studies")

// bodyNouns, in lower case before a capitalized name, say the name is a
// body's or a site's: "the railway company Kazakhstan Temir Zholy", "the
// tourist centre Keruen Saray".
var bodyNouns = set("company", "companies", "firm", "corporation", "holding", "conglomerate", "bank", "operator",
	"carrier", "airline", "agency", "fund", "university", "institute", "newspaper", "channel", "port", "terminal", "plant", "factory",
	"centre", "center", "complex", "hotel", "resort", "park", "museum", "mausoleum", "festival", "cluster", "enterprise", "group")

// lastOnlyHeads name a body only after the words that say which: "Astana
// Technology Park"; "Park Jin-woo" is a person.
var lastOnlyHeads = set("park", "energy", "enerji", "invest", "textile", "textiles", "tekstil", "logistics", "power",
	"pharma", "steel", "motors", "foods", "trading", "industries", "enterprises", "technologies", "airways",
	"llc", "llp", "ltd", "limited", "jsc", "pjsc", "ojsc", "cjsc", "inc", "plc", "gmbh", "a.s.")

// fieldEnds end a field written in lower case after an office: "director
// of the trade policy department at the Ministry".
var fieldEnds = set("at", "in", "to", "with", "from")

// missionNouns name a country's mission abroad.
var missionNouns = set("embassy", "consulate", "mission")

// stateHeadTitles are the offices "the Head of State" and "the head of
// government" stand for.
var stateHeadTitles = map[string]string{"president": "head of state", "king": "head of state", "emir": "head of state",
	"amir": "head of state", "sultan": "head of state", "prime minister": "head of government", "premier": "head of government"}

// openingWords open a sentence's opening phrase: "During his meeting with
// X, the minister said".
var openingWords = set("during", "at", "in", "after", "following", "on", "while", "when", "before")

// linkWords after an office go on with it, not with a verb: "X, the
// Minister of ...", "X, the Ambassador and Y".
var linkWords = set("of", "for", "to", "at", "in", "and", "who", "on", "with", "from", "designate")

// asideWords make a short aside before "by": "represented, among others,
// by X".
var asideWords = set("among", "others", "inter", "alia", "in", "particular", "also", "notably")

// placeTypeNouns end the name of a place: "Zhambyl Region", "Sughd
// Province", "Talas Oblast".
var placeTypeNouns = set("region", "province", "oblast", "oblys", "district", "governorate", "state", "county",
	"prefecture", "territory", "city", "town", "municipality", "rayon", "viloyat", "velayat")

// buildingWords after an office name a building, not a holder: "Governor
// House", "President Palace", "Chief Minister Secretariat".
var buildingWords = set("house", "palace", "residence", "lodge", "secretariat")

// residentWords open an aside on where an envoy sits: "the Ambassador to
// Bangladesh, resident in New Delhi, X".
var residentWords = set("resident", "based", "residing", "stationed", "concurrently", "accredited")

// titleModifiers may stand before a title word.
var titleModifiers = set("federal", "deputy", "acting", "senior", "interim", "caretaker", "provincial",
	"first", "vice", "pro", "assistant", "additional", "joint", "executive", "regional", "national",
	// "Commercial Counsellor", "Defence Attache": the office's field
	"commercial", "trade", "economic", "political", "press", "cultural", "military", "defence", "defense", "consular")

// rankModifiers make another office of the one they precede: the Deputy
// Minister is not the Minister.
var rankModifiers = set("deputy", "vice", "assistant", "additional", "joint", "first", "pro")

// envoyTitles are the titles of a country's representative to another.
var envoyTitles = set("ambassador", "envoy", "high commissioner", "charge d affaires", "ambassadors", "envoys",
	"consul general", "consul", "honorary consul", "counsellor", "attache", "military attache", "first secretary")

// nationalTitles are offices of a state as a whole: when a report gives no
// "of", the office belongs to the country of the person or, failing that,
// of the place the report is from (flagged for a check).
var nationalTitles = set("prime minister", "foreign minister", "president", "deputy prime minister",
	"minister", "federal minister", "senator", "minister of state", "state minister", "speaker",
	"deputy foreign minister", "defence minister", "defense minister", "interior minister",
	"finance minister", "trade minister", "commerce minister", "education minister", "energy minister",
	"transport minister", "agriculture minister", "health minister", "foreign secretary", "foreign ministers",
	"first lady", "first gentleman")

// isNationalTitle says whether a folded title is an office of a state as a
// whole: one of nationalTitles, or a field's secretary or minister
// ("commerce secretary").
func isNationalTitle(ft string) bool {
	if nationalTitles[ft] {
		return true
	}
	f, t, ok := strings.Cut(ft, " ")
	return ok && domainWords[f] && (t == "secretary" || t == "minister")
}

// orgHeads end (or start) the names of organizations; a run of capitalized
// words holding one is not a person. The value is the organization kind.
var orgHeads = map[string]string{
	"university": "university", "ministry": "ministry", "authority": "government-agency",
	"institute": "research-institute", "council": "commission", "organization": "intergovernmental",
	"organisation": "intergovernmental", "centre": "research-institute", "center": "research-institute",
	"bank": "bank", "company": "company", "group": "company", "holding": "company", "holdings": "company", "kengash": "parliament", "maslikhat": "parliament", "akimat": "government-agency", "hokimiyat": "government-agency", "assembly": "parliament",
	"parliament": "parliament", "office": "government-agency", "department": "government-agency",
	"division": "government-agency", "secretariat": "intergovernmental", "commission": "commission",
	"committee": "commission", "chamber": "chamber", "embassy": "embassy", "consulate": "consulate",
	"school": "school", "college": "school", "hospital": "hospital", "agency": "government-agency",
	"corporation": "company", "party": "political-party", "league": "political-party", "movement": "political-party", "association": "business-association",
	"federation": "business-association", "foundation": "ngo", "society": "ngo", "senate": "parliament",
	"government": "government", "administration": "government-agency", "board": "government-agency",
	"bureau": "government-agency", "academy": "school", "hall": "venue", "hotel": "venue",
	"house": "venue", "times": "media", "news": "media", "tribune": "media", "agency's": "government-agency",
	"railways": "state-company", "airlines": "state-company", "park": "research-institute",
	"cabinet": "government", "mazhilis": "parliament", "majlis": "parliament", "majlisi": "parliament",
	"kenesh": "parliament", "duma": "parliament", "kurultai": "parliament", "khural": "parliament",
	"complex": "venue", "palace": "venue", "residence": "venue", "mission": "embassy", "majilis": "parliament", "akorda": "government-agency",
	"forces": "government-agency", "navy": "government-agency",
	// Military units: "Commander Peshawar Corps", "the Southern Command".
	"corps": "government-agency", "brigade": "government-agency", "regiment": "government-agency", "fleet": "government-agency",
	"garrison": "government-agency", "battalion": "government-agency", "command": "government-agency",
	"headquarters": "government-agency", "trust": "government-agency", "establishments": "government-agency", "establishment": "government-agency", "estates": "government-agency", "airport": "venue",
	"mills": "company", "works": "company", "cluster": "company", "plant": "company", "factory": "company", "port": "venue", "zone": "government-agency",
	// What ends a company's name: its trade ("Gulf Horizon Energy",
	// "Samarkand Agro Invest") or legal form ("Ege Tekstil A.Ş.", "Kazakh
	// Grain LLP"); only at the end (lastOnlyHeads).
	"energy": "company", "enerji": "company", "invest": "company", "textile": "company", "textiles": "company", "tekstil": "company",
	"logistics": "company", "power": "company", "pharma": "company", "steel": "company", "motors": "company", "foods": "company",
	"trading": "company", "industries": "company", "enterprises": "company", "technologies": "company", "airways": "company",
	"llc": "company", "llp": "company", "ltd": "company", "limited": "company", "jsc": "company", "pjsc": "company", "ojsc": "company",
	"cjsc": "company", "inc": "company", "plc": "company", "gmbh": "company", "a.s.": "company",
}

// notNameWords are capitalized words that start sentences or name things
// other than people.
var notNameWords = set("the", "a", "an", "in", "on", "at", "by", "he", "she", "they", "it", "his", "her",
	"their", "this", "that", "these", "those", "we", "i", "after", "before", "during", "later", "earlier",
	"also", "both", "speaking", "opening", "welcoming", "thanking", "meeting", "according", "apart",
	"beyond", "turning", "praising", "reviewing", "addressing", "better", "trade", "as", "with", "for",
	"and", "but", "while", "when", "where", "there", "here", "however", "moreover", "besides", "today",
	"yesterday", "port", "expo", "day", "week", "year", "asia", "europe", "africa", "america", "east",
	"west", "north", "south", "central", "middle", "gulf", "nations", "united", "union", "islamic",
	"muslim", "muslims", "republic", "state", "states", "province", "city", "region", "programme",
	"program", "project", "plan", "agreement", "memorandum", "treaty", "declaration", "summit",
	"conference", "session", "festival", "corridor", "road", "highway", "motorway", "zone", "initiative",
	"strategy", "vision", "agenda", "framework", "action", "partnership", "cooperation", "alliance",
	"friendship", "interstate", "supreme", "national", "international", "federal", "poet", "mausoleum",
	"order", "climate", "change", "economic", "political", "social", "cultural", "foreign", "affairs",
	"shared", "future", "world", "global", "new", "first", "second", "third", "joint", "working",
	"science", "technology", "communications", "information", "postal", "services", "defence",
	"energy", "commerce", "railways", "aviation", "investment", "privatisation", "finance", "interior",
	"education", "health", "transport", "agriculture", "industry", "culture", "tourism", "sports",
	"parliamentary", "understanding", "mou", "mous", "memorandums", "english", "urdu", "russian",
	"chinese", "arabic", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "god", "allah", "prophet", "holy", "quran", "covid", "live", "press", "release",
	"state-of-the-nation", "president's", "minister's", "governor's", "more", "most", "all", "each",
	"every", "other", "some", "many", "several", "such", "senior", "officials", "special", "pakistanis",
	"kazakhs", "home", "big", "old", "higher", "member", "members", "countries", "sides", "leader",
	"leaders", "following", "next", "last", "this", "who", "what", "which", "why", "how", "if",
	"forum", "fair", "exhibition", "games", "olympiad",
	// heads of names of waters, lands and gatherings: "Caspian Sea", "Fergana Valley"
	"sea", "ocean", "river", "lake", "mountains", "valley", "desert", "strait", "bay", "canal",
	"island", "islands", "peninsula", "basin", "congress", "olympics", "cup", "championship", "route",
	"square", "street", "avenue", "boulevard", "bridge", "tower", "monument", "memorial", "garden",
	"gardens", "stadium", "arena", "airport", "station", "mosque", "museum", "theatre", "theater",
	"gate", "fort", "plaza", "bazaar",
	// what gatherings and dialogues are of: "Congress of Leaders of World
	// and Traditional Religions", "Dialogue of Civilizations"
	"religions", "faiths", "civilizations", "civilisations", "cultures", "peoples",
	// parts of cities and settlements: "at his Model Town residence".
	"town", "township", "colony", "cantonment", "cantt", "village",
	// works and infrastructure: "Karachi Circular Railway", "TAPI Pipeline"
	"railway", "railroad", "pipeline", "dam", "tunnel", "metro", "terminal", "seaport",
	"hub", "plant", "refinery", "grid", "though", "although", "since", "until", "because", "so", "then", "thus", "not", "no", "yes")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func sortLongest(ws []string) [][]string {
	out := make([][]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, strings.Fields(w))
	}
	// Longest first, so "deputy prime minister" wins over "prime minister".
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// stripHonorifics takes honorifics and leading titles off a name as written
// ("Ms. Dr. Masuma Hasan" -> "Masuma Hasan", "Ambassador Y.Kistafin" ->
// "Y.Kistafin").
func stripHonorifics(s string) string {
	_, rest := splitHonorifics(s)
	return rest
}

// splitHonorifics returns the honorifics before a name, as written, and the
// name.
func splitHonorifics(s string) ([]string, string) {
	var hs []string
	s = strings.TrimSpace(s)
	for {
		w, rest, _ := strings.Cut(s, " ")
		if w == "" || rest == "" {
			break
		}
		// "Y.Kistafin": an initial glued to the surname is the name itself.
		f := fold(w)
		next, _, _ := strings.Cut(rest, " ")
		if (f == "his" || f == "her") && (honorifics[fold(next)] || fold(next) == "royal") {
			hs = append(hs, w) // "His Highness", "Her Excellency", "His Royal Highness"
			s = strings.TrimSpace(rest)
			continue
		}
		if f == "royal" && len(hs) > 0 {
			hs = append(hs, w)
			s = strings.TrimSpace(rest)
			continue
		}
		if w == "H.E." || w == "HE" || honorifics[f] || f == "tan" && fold(next) == "sri" || (len(w) > 2 && honorifics[fold(strings.TrimSuffix(w, "."))]) {
			hs = append(hs, w)
			s = strings.TrimSpace(rest)
			continue
		}
		if isTitleStart(f) {
			s = strings.TrimSpace(rest)
			continue
		}
		break
	}
	return hs, s
}

// isTitleStart reports whether a folded word is a one-word title used
// before names ("Ambassador Kistafin", "Senator Taimur", "Governor Ismail").
func isTitleStart(f string) bool {
	switch f {
	case "ambassador", "senator", "governor", "minister", "president", "chairman", "commissioner",
		"envoy", "speaker", "mayor", "akim", "khokim", "hokim", "consul", "administrator", "rector", "director":
		return true
	}
	return false
}

// domainWords name the fields of ministries and committees ("Minister for
// Railways and Aviation"), which are capitalized but not names.
// fieldNouns end the names of fields and bodies, never of people.
var fieldNouns = set("sciences", "science", "studies", "technology", "technologies", "engineering", "management",
	"affairs", "relations", "economics", "humanities", "arts", "research", "medicine", "sciences", "administration",
	"initiatives", "development", "cooperation", "integration", "industries", "resources", "services", "measures",
	"building", "interaction", "partnership", "security", "dialogue", "connectivity", "linkages", "programmes",
	"programs", "operations", "projects", "exchanges", "partnerships", "service", "engineers", "review", "times",
	"news", "herald", "tribune", "gazette", "agency", "association", "society", "network")

var domainWords = set("roads", "highways", "waterways", "privatisation", "privatization", "board", "investment", "communications", "postal",
	"services", "railways", "aviation", "science", "technology", "planning", "development", "religious",
	"affairs", "overseas", "human", "resource", "resources", "information", "broadcasting", "maritime",
	"water", "power", "petroleum", "textile", "industries", "production", "food", "security", "climate",
	"change", "law", "justice", "housing", "works", "narcotics", "control", "national", "heritage",
	"poverty", "alleviation", "social", "safety", "foreign", "interior", "finance", "revenue", "economic",
	"commerce", "trade", "education", "health", "defence", "defense", "energy", "transport", "agriculture",
	"culture", "tourism", "sports", "youth", "women", "labour", "employment", "digital", "it", "telecom",
	"telecommunication", "ports", "shipping", "minorities", "parliamentary", "coordination", "integration", "industry",
	"industries", "infrastructure", "emergency", "situations", "ecology", "natural", "environment",
	"innovation", "innovations", "aerospace", "media", "welfare", "ministers", "economy", "emergencies",
	"sport", "labor", "statistics", "investments", "mining", "geology", "fisheries", "forestry", "irrigation",
	"transportation", "communication", "connectivity", "family", "mines", "mine", "minerals", "oil", "gas",
	"electricity", "hydrocarbons", "construction", "urban", "regional", "public", "relations", "external",
	"transit", "logistics", "customs", "taxes", "budget", "treasury", "higher", "research", "arts",
	"religion", "harmony", "rights", "refugees", "migration", "protection", "civil", "space", "frontier",
	"regions", "initiatives", "policy", "issues", "questions", "matters", "textiles", "pakistanis", "diplomacy", "consular", "multilateral", "protocol", "universities", "boards", "colleges",
	"schools", "literacy", "excise", "taxation", "livestock", "dairy", "wildlife", "cooperatives", "prisons",
	"population", "auqaf", "zakat", "local", "government", "micro", "small", "medium", "enterprises",
	"handicrafts", "partnerships", "partnership", "international", "professional", "training", "vocational",
	"skills", "federal", "and", "&")

// subjectWords are a topic's content words, cut to a five-letter stem
// ("cultural", "culture" -> "cultu"): none is a topic without them.
func subjectWords(t string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) < 3 || genericSubjectWords[w] {
			continue
		}
		if len(w) > 5 {
			w = w[:5]
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// genericSubjectWords are the words every topic of diplomacy shares.
var genericSubjectWords = set(
	"the", "and", "for", "with", "from", "into", "its", "their", "his", "her", "that", "this", "was",
	"were", "are", "has", "have", "had", "been", "will", "would", "between", "two", "both", "sides",
	"side", "countries", "country", "cooperation", "relations", "ties", "bilateral", "issues",
	"matters", "mutual", "interest", "further", "strengthening", "expanding", "prospects", "ways",
	"including", "among", "them", "other", "also", "said", "more", "new", "all", "number", "aspect",
	"aspects", "area", "areas", "main", "relationship", "common", "stronger", "wider", "closer",
	"priority", "mutually", "beneficial", "various", "several", "different", "range", "wide",
	"questions", "topics", "every", "current", "state", "level", "fields", "field", "spheres", "many", "some", "certain", "shared", "interests")

// vagueWords stand for subjects a report does not name.
var vagueWords = set("matters", "issues", "aspect", "aspects", "area", "areas", "questions", "topics", "number", "range", "spheres", "fields")

// tripWords go before "to" and a destination: "a visit to Moscow".
var tripWords = set("visit", "trip", "travelled", "traveled", "went", "came", "flew", "journey", "tour")

// nounAfterDemonym are the words in lower case a demonym describes:
// "Kazakh delegation", "Uzbek side", "Iranian ports".
var nounAfterDemonym = set("delegation", "side", "counterpart", "counterparts", "government", "officials", "official",
	"ambassador", "envoy", "minister", "president", "people", "companies", "company", "businessmen", "investors",
	"leader", "leaders", "diplomat", "diplomats", "authorities", "ministry", "embassy", "parliament", "nation",
	"ports", "port", "territory", "capital", "partners", "partner", "students", "team", "guests", "visitors", "foreign")

// determiners open a noun phrase; a capitalized one starts a sentence.
var determiners = set("a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "another", "every", "each", "some", "one", "both")

// commissionHeads name bodies whose names go on with what they are on:
// "Commission on Trade and Economic Cooperation".
var commissionHeads = set("commission", "committee", "council", "subcommittee", "group", "forum", "conference")

// stateNouns are what a report calls a country it has named: "the
// Kingdom", "the Republic".
var stateNouns = set("kingdom", "republic", "state", "emirates", "sultanate", "federation", "confederation")

// personOfNouns introduce a person with "of": "in honour of X", "at the
// invitation of X", "in the presence of X".
var personOfNouns = set("honour", "honor", "behalf", "invitation", "presence", "chairmanship", "participation", "auspices")

// mediaNouns follow a publication's name: "Krasnaya Zvezda's correspondent".
var mediaNouns = set("correspondent", "correspondents", "reporter", "reporters", "bureau", "editor", "newsroom")

// forcesNouns are a country's own bodies after its name: "of the
// Azerbaijan Army", "of the Pakistan Navy".
var forcesNouns = set("army", "navy", "air", "armed", "forces", "government", "embassy", "mission", "delegation", "contingent", "team", "side")

// rankAnaphors are the ranks "the Admiral", "the General" stand for, with
// their abbreviations.
var rankAnaphors = map[string]string{"admiral": "admiral", "adm": "admiral", "general": "general", "gen": "general",
	"marshal": "marshal", "brigadier": "brigadier", "brig": "brigadier", "colonel": "colonel", "col": "colonel", "commodore": "commodore"}
