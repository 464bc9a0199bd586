package synth

// The world's countries are real (ids are ISO 3166-1 alpha-2 codes, which the
// validator checks); everything inside them is invented: places, people,
// organizations and reports, built from the name parts below.

type countryInfo struct {
	id, name, official, demonym string
	region                      int // index into regions
}

// countryList is ordered so that a small corpus still covers the pair Bilat
// started with (Kazakhstan–Pakistan) and grows outward from there.
var countryList = []countryInfo{
	{"KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakh", regionCentralAsia},
	{"PK", "Pakistan", "Islamic Republic of Pakistan", "Pakistani", regionSouthAsia},
	{"UZ", "Uzbekistan", "Republic of Uzbekistan", "Uzbek", regionCentralAsia},
	{"CN", "China", "People's Republic of China", "Chinese", regionEastAsia},
	{"TR", "Turkey", "Republic of Turkiye", "Turkish", regionWestAsia},
	{"IN", "India", "Republic of India", "Indian", regionSouthAsia},
	{"RU", "Russia", "Russian Federation", "Russian", regionEurope},
	{"KG", "Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz", regionCentralAsia},
	{"IR", "Iran", "Islamic Republic of Iran", "Iranian", regionWestAsia},
	{"DE", "Germany", "Federal Republic of Germany", "German", regionEurope},
	{"TJ", "Tajikistan", "Republic of Tajikistan", "Tajik", regionCentralAsia},
	{"AZ", "Azerbaijan", "Republic of Azerbaijan", "Azerbaijani", regionWestAsia},
	{"KR", "South Korea", "Republic of Korea", "Korean", regionEastAsia},
	{"AE", "United Arab Emirates", "United Arab Emirates", "Emirati", regionWestAsia},
	{"TM", "Turkmenistan", "Turkmenistan", "Turkmen", regionCentralAsia},
	{"FR", "France", "French Republic", "French", regionEurope},
	{"BD", "Bangladesh", "People's Republic of Bangladesh", "Bangladeshi", regionSouthAsia},
	{"JP", "Japan", "Japan", "Japanese", regionEastAsia},
	{"SA", "Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi", regionWestAsia},
	{"IT", "Italy", "Italian Republic", "Italian", regionEurope},
	{"MN", "Mongolia", "Mongolia", "Mongolian", regionEastAsia},
	{"AF", "Afghanistan", "Islamic Republic of Afghanistan", "Afghan", regionSouthAsia},
	{"PL", "Poland", "Republic of Poland", "Polish", regionEurope},
	{"EG", "Egypt", "Arab Republic of Egypt", "Egyptian", regionWestAsia},
	{"LK", "Sri Lanka", "Democratic Socialist Republic of Sri Lanka", "Sri Lankan", regionSouthAsia},
	{"HU", "Hungary", "Hungary", "Hungarian", regionEurope},
	{"MY", "Malaysia", "Malaysia", "Malaysian", regionEastAsia},
	{"QA", "Qatar", "State of Qatar", "Qatari", regionWestAsia},
	{"BY", "Belarus", "Republic of Belarus", "Belarusian", regionEurope},
	{"VN", "Vietnam", "Socialist Republic of Vietnam", "Vietnamese", regionEastAsia},
}

const (
	regionCentralAsia = iota
	regionSouthAsia
	regionEastAsia
	regionWestAsia
	regionEurope
)

// region holds the parts names are made of in one part of the world.
type region struct {
	male, female     []string
	syllables        []string // for surnames and place names
	surnameEnds      []string
	placeEnds        []string
	provinceSuffixes []string
}

var regions = []region{
	regionCentralAsia: {
		male:             []string{"Yerzhan", "Nurlan", "Askar", "Daniyar", "Timur", "Rustam", "Bakhyt", "Marat", "Serik", "Azamat", "Dauren", "Ilyas", "Kanat", "Olzhas", "Sanjar", "Bekzod", "Farrukh", "Aibek", "Erlan", "Murat"},
		female:           []string{"Aigerim", "Dinara", "Gulnara", "Saule", "Madina", "Zarina", "Aliya", "Nargiza", "Kamila", "Asel", "Dilnoza", "Aizhan", "Malika", "Togzhan"},
		syllables:        []string{"kas", "tai", "bek", "nur", "sar", "zhan", "ab", "dul", "tem", "ir", "kul", "mur", "sul", "tan", "yer", "ak", "bai", "ser", "kar", "ash", "ul", "ton", "iz", "mek"},
		surnameEnds:      []string{"ov", "ev", "uly", "bayev", "ova", "kyzy", "in"},
		placeEnds:        []string{"tau", "kent", "abad", "kol", "su", "tobe", "stan"},
		provinceSuffixes: []string{"Region", "Oblast", "Province"},
	},
	regionSouthAsia: {
		male:             []string{"Imran", "Ali", "Hassan", "Bilal", "Faisal", "Kamran", "Tariq", "Usman", "Arjun", "Rahul", "Sanjay", "Rafiq", "Nasir", "Zubair", "Asif", "Junaid", "Anil", "Mahmud", "Shahid", "Karim"},
		female:           []string{"Masuma", "Ayesha", "Fatima", "Sana", "Nadia", "Priya", "Anjali", "Farzana", "Rubina", "Saima", "Hina", "Shabnam", "Nasreen", "Meera"},
		syllables:        []string{"ra", "shid", "ha", "san", "qa", "mar", "iq", "bal", "pur", "war", "kha", "din", "mal", "ik", "zai", "hus", "sain", "chand", "dra", "na", "jee", "gul", "baz", "ta"},
		surnameEnds:      []string{"i", "an", "zai", "ani", "ullah", "khan", "ar"},
		placeEnds:        []string{"abad", "pur", "garh", "kot", "nagar", "pura", "wala"},
		provinceSuffixes: []string{"Province", "Division", "State"},
	},
	regionEastAsia: {
		male:             []string{"Wei", "Jun", "Hao", "Min", "Tao", "Kenji", "Hiroshi", "Takeshi", "Jisoo", "Minho", "Bat", "Ganbold", "Duc", "Huy", "Azlan", "Rizal", "Lei", "Feng", "Sung", "Tuan"},
		female:           []string{"Mei", "Ling", "Yan", "Yuki", "Aiko", "Haruka", "Seoyeon", "Jiwoo", "Oyun", "Sarnai", "Lan", "Mai", "Nurul", "Siti"},
		syllables:        []string{"zhang", "li", "wang", "chen", "ta", "ka", "mo", "ri", "yo", "shi", "han", "park", "kim", "nguy", "tran", "ba", "dor", "jar", "ho", "su", "lin", "ma", "to", "no"},
		surnameEnds:      []string{"", "en", "ng", "da", "moto", "shi", "jav"},
		placeEnds:        []string{"zhou", "shan", "yang", "gawa", "saki", "do", "ton"},
		provinceSuffixes: []string{"Province", "Prefecture", "Aimag"},
	},
	regionWestAsia: {
		male:             []string{"Mehmet", "Ahmet", "Emre", "Reza", "Ali", "Hossein", "Elvin", "Rashad", "Khalid", "Omar", "Saeed", "Yusuf", "Hamad", "Tamer", "Orhan", "Farid", "Nabil", "Kerem", "Anar", "Majid"},
		female:           []string{"Ayse", "Elif", "Zeynep", "Leyla", "Maryam", "Shirin", "Aysel", "Nigar", "Fatma", "Noura", "Huda", "Samira", "Yasmin", "Dalia"},
		syllables:        []string{"kaya", "dem", "ir", "yil", "maz", "ah", "mad", "za", "deh", "rah", "gun", "al", "ras", "nej", "hash", "far", "ba", "sa", "tur", "han", "ka", "nuri", "sel", "ak"},
		surnameEnds:      []string{"oglu", "i", "zadeh", "li", "an", "ov", "er"},
		placeEnds:        []string{"abad", "shehir", "iye", "kent", "dar", "ah", "ar"},
		provinceSuffixes: []string{"Province", "Governorate", "Emirate"},
	},
	regionEurope: {
		male:             []string{"Alexei", "Dmitry", "Sergei", "Andrei", "Ivan", "Hans", "Klaus", "Pierre", "Jean", "Marco", "Luca", "Piotr", "Tomasz", "Laszlo", "Gabor", "Mikhail", "Stefan", "Paolo", "Viktor", "Jan"},
		female:           []string{"Anna", "Elena", "Olga", "Maria", "Natalia", "Katrin", "Sophie", "Claire", "Giulia", "Agnieszka", "Eva", "Irina", "Marta", "Zsofia"},
		syllables:        []string{"pet", "ro", "vol", "kov", "mul", "schmi", "ber", "dup", "mar", "ros", "si", "ko", "wal", "sky", "nagy", "ho", "var", "gen", "tin", "lo", "bau", "mann", "lev", "zar"},
		surnameEnds:      []string{"ov", "ova", "er", "ski", "ini", "enko", "mann"},
		placeEnds:        []string{"burg", "grad", "ville", "ow", "sk", "heim", "ano"},
		provinceSuffixes: []string{"Region", "Oblast", "Voivodeship"},
	},
}

// Topics and outcomes are stated as reports phrase them.
var topics = []string{
	"trade and economic cooperation", "transit and logistics", "energy cooperation",
	"investment projects", "agriculture and food security", "education and academic exchange",
	"healthcare cooperation", "tourism", "cultural exchange", "regional security",
	"counter-terrorism", "digital economy", "transport corridors", "mining",
	"water resources", "climate change", "visa facilitation", "consular matters",
	"humanitarian assistance", "youth exchange", "science and technology",
	"banking and finance", "textile industry", "pharmaceuticals", "air connectivity",
	"railway connectivity", "joint research", "public diplomacy", "media cooperation",
	"sports exchange", "parliamentary cooperation", "sister-city ties",
	"small and medium enterprises", "halal industry", "space cooperation",
	"defence cooperation", "cooperation within the SCO", "cooperation at the United Nations",
	"return of ethnic compatriots", "the situation in the region",
}

var outcomes = []string{
	"agreed to consider possible directions for developing cooperation",
	"agreed to hold the next round of consultations",
	"proposed joint research",
	"agreed to set up a working group",
	"agreed to exchange delegations",
	"expressed readiness to assist in building bilateral cooperation",
	"proposed to organise a business forum",
	"agreed to study the opening of a direct flight",
	"invited the guest to visit again",
	"agreed to prepare a memorandum of understanding",
	"discussed a roadmap for the coming year",
	"agreed to expand student exchanges",
}

var purposes = []string{
	"increase cooperation with official and business circles",
	"promote public diplomacy",
	"prepare an upcoming high-level visit",
	"strengthen trade and investment ties",
	"develop cultural and humanitarian ties",
	"take part in a conference",
	"meet the regional authorities",
	"review the implementation of earlier agreements",
}

// ministries of each country: the local name part and the post's title.
var ministries = []struct{ slug, name, title string }{
	{"mfa", "Foreign Affairs", "Minister of Foreign Affairs"},
	{"trade", "Trade", "Minister of Trade"},
	{"energy", "Energy", "Minister of Energy"},
	{"education", "Education", "Minister of Education"},
	{"health", "Health", "Minister of Health"},
	{"culture", "Culture", "Minister of Culture"},
}

// cityOrgKinds are the organizations a city can have, with the bare title of
// the post heading each kind.
var cityOrgKinds = []struct{ kind, noun, head string }{
	{"university", "University", "Rector"},
	{"school", "School", "Principal"},
	{"hospital", "Hospital", "Director"},
	{"company", "Industries", "Chairman"},
	{"think-tank", "Institute of International Affairs", "Head"},
	{"research-institute", "Research Institute", "Director"},
	{"media", "Daily", "Editor-in-Chief"},
	{"chamber", "Chamber of Commerce", "President"},
	{"cultural-centre", "Cultural Centre", "Director"},
	{"bank", "Bank", "Chairman"},
}

// eventKinds with weights: most contacts are meetings.
var eventKinds = []struct {
	kind   string
	weight int
}{
	{"meeting", 40}, {"talks", 12}, {"reception", 10}, {"site-visit", 9},
	{"ceremony", 5}, {"signing", 6}, {"conference", 4}, {"lecture", 4},
	{"community-visit", 3}, {"session", 4}, {"call", 3},
}

var documentKinds = []string{"memorandum", "agreement", "action-plan", "protocol", "roadmap", "programme"}
