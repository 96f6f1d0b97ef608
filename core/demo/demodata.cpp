// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"

namespace cultivate::demo {

namespace {

constexpr Organisation Organisations[] = {
    {"Riverside City Council", "riverside-council.example", 14},
    {"Northgate University Hospital", "northgate-hospital.example", 12},
    {"Lakeshore University", "lakeshore-uni.example", 10},
    {"Meridian Water Authority", "meridianwater.example", 5},
    {"Harbour Transit", "harbourtransit.example", 5},
    {"Greenfield Housing Association", "greenfield-housing.example", 4},
    {"Pinecrest School District", "pinecrest-schools.example", 5},
    {"Kestrel Analytics", "kestrel-analytics.example", 3},
    {"Bluebell Community Trust", "bluebell-trust.example", 2},
    {"Regional Statistics Office", "regionalstats.example", 7},
    {"Oakridge County Health Department", "oakridge-health.example", 7},
    {"Silverline Energy", "silverline-energy.example", 4},
    {"Eastbrook Library Service", "eastbrook-libraries.example", 2},
    {"Coastal Environment Agency", "coastal-env.example", 5},
    {"Summit Social Care", "summit-care.example", 4},
    {"Foxglove Research Institute", "foxglove-research.example", 3},
    {"Brightpath Charity Network", "brightpath.example", 2},
    {"Maple & Finch Consulting", "maplefinch.example", 2},
    {"Westvale Fire and Rescue", "westvale-fire.example", 2},
    {"Stonebridge College", "stonebridge-college.example", 3},
};

constexpr const char *FirstNames[] = {
    "Aaliyah",    "Abebe",     "Adaeze",    "Adrian",   "Ahmed",     "Aiko",      "Akira",     "Alejandro",
    "Aleksander", "Alexander", "Amara",     "Amir",     "Ana",       "Anders",    "Anika",     "Anthony",
    "Arjun",      "Astrid",    "Aylin",     "Ayesha",   "Bao",       "Beatriz",   "Benjamin",  "Bilal",
    "Bongani",    "Camille",   "Carlos",    "Catalina", "Chen",      "Chiara",    "Chidi",     "Christopher",
    "Chloé",      "Daniel",    "Darius",    "Dmitri",   "Ebony",     "Ekaterina", "Elif",      "Elizabeth",
    "Emeka",      "Emma",      "Esther",    "Fatima",   "Felipe",    "Fiona",     "Francesca", "Francisco",
    "Freya",      "Gabriel",   "Giulia",    "Giuseppe", "Grace",     "Hana",      "Hassan",    "Hemi",
    "Hiroshi",    "Ibrahim",   "Ines",      "Ingrid",   "Isabel",    "Ivan",      "Jamal",     "Javier",
    "Jennifer",   "Ji-woo",    "João",      "Jonathan", "Joseph",    "Kai",       "Kamala",    "Karin",
    "Kateryna",   "Katherine", "Kenji",     "Kofi",     "Lars",      "Layla",     "Leila",     "Liam",
    "Linh",       "Lucía",     "Luca",      "Łukasz",   "Mai",       "Malik",     "Manon",     "Margaret",
    "Maria",      "Mateo",     "Mei",       "Michael",  "Miriam",    "Mohammed",  "Nadia",     "Naledi",
    "Nicholas",   "Nikhil",    "Nina",      "Noah",     "Noor",      "Nour",      "Olga",      "Oluwaseun",
    "Omar",       "Oscar",     "Pablo",     "Patricia", "Priya",     "Rahul",     "Ravi",      "Rebecca",
    "Robert",     "Rosa",      "Ruth",      "Sakura",   "Samir",     "Samuel",    "Sara",      "Seo-yeon",
    "Shira",      "Siddharth", "Siobhan",   "Sofia",    "Søren",     "Sven",      "Tamar",     "Tariq",
    "Thandiwe",   "Thomas",    "Tomás",     "Tuan",     "Valentina", "Victoria",  "Wei",       "William",
    "Xin",        "Yara",      "Yusuf",     "Zainab",   "Zara",      "Zoltán",    "Aroha",     "Bjorn",
    "Dagny",      "Efua",      "Guadalupe", "Hamza",    "Imani",     "Jae-won",   "Keanu",     "Lwazi",
};

constexpr const char *LastNames[] = {
    "Abdullah",   "Adeyemi",   "Agarwal",  "Ahn",     "Alvarez",   "Andersen",  "Asante",       "Bakker",
    "Banerjee",   "Becker",    "Bianchi",  "Brown",   "Castillo",  "Chen",      "Chowdhury",    "Costa",
    "Cruz",       "Da Silva",  "Dang",     "Dlamini", "Dubois",    "Eriksson",  "Esposito",     "Fernandes",
    "Fischer",    "Flores",    "Garcia",   "Ghosh",   "Gonzalez",  "Haddad",    "Hansen",       "Hernandez",
    "Hoang",      "Hosseini",  "Ibrahim",  "Ivanova", "Jensen",    "Johnson",   "Kaur",         "Kelly",
    "Kim",        "Kowalski",  "Kumar",    "Lee",     "Li",        "Lindqvist", "Lopez",        "MacDonald",
    "Mahlangu",   "Martin",    "Mendoza",  "Mensah",  "Meyer",     "Moreau",    "Mukherjee",    "Murphy",
    "Nakamura",   "Ngata",     "Nguyen",   "Novak",   "Nowak",     "O'Brien",   "Okafor",       "Okonkwo",
    "Olsen",      "Osei",      "Özdemir",  "Park",    "Patel",     "Pereira",   "Petrov",       "Popescu",
    "Quispe",     "Rahman",    "Reyes",    "Rossi",   "Sato",      "Schmidt",   "Shah",         "Silva",
    "Singh",      "Smith",     "Suzuki",   "Tanaka",  "Taylor",    "Tran",      "Van der Berg", "Wang",
    "Williams",   "Wójcik",    "Yamamoto", "Yilmaz",  "Zhang",     "Zulu",      "Achieng",      "Bergström",
    "Campbell",   "Delgado",   "Ekström",  "Farouk",  "Gallagher", "Horvath",   "Iyer",         "Jovanović",
    "Kariuki",    "Lambert",   "Moyo",     "Nair",    "Ortega",    "Pillay",    "Qureshi",      "Romero",
    "Sandoval",   "Takahashi", "Uddin",    "Varga",   "Walker",    "Xu",        "Yadav",        "Zimmermann",
    "Acheampong", "Bose",      "Cohen",    "Demir",   "Evans",     "Friedman",  "Gómez",        "Huang",
};

constexpr Nickname Nicknames[] = {
    {"Robert", "Bob"},        {"William", "Bill"},    {"Elizabeth", "Liz"},  {"Katherine", "Kate"},
    {"Michael", "Mike"},      {"Alexander", "Alex"},  {"Daniel", "Dan"},     {"Thomas", "Tom"},
    {"Christopher", "Chris"}, {"Margaret", "Maggie"}, {"Jennifer", "Jen"},   {"Benjamin", "Ben"},
    {"Nicholas", "Nick"},     {"Rebecca", "Becky"},   {"Samuel", "Sam"},     {"Joseph", "Joe"},
    {"Anthony", "Tony"},      {"Jonathan", "Jon"},    {"Patricia", "Pat"},   {"Victoria", "Vicky"},
    {"Ekaterina", "Katya"},   {"Siddharth", "Sid"},   {"Giuseppe", "Beppe"}, {"Francisco", "Paco"},
    {"Mohammed", "Mo"},       {"Francesca", "Fran"},  {"Oluwaseun", "Seun"}, {"Aleksander", "Olek"},
};

constexpr const char *Topics[] = {
    "Data quality checks that catch problems early",
    "Reproducible analysis with notebooks",
    "Dashboards people actually use",
    "Explaining uncertainty to decision makers",
    "Joining datasets across organisations",
    "Address matching and geocoding",
    "Publishing open data well",
    "Privacy-preserving analysis",
    "Survey design basics",
    "Forecasting demand for services",
    "Version control for analysts",
    "Writing a good data definition",
    "Accessible charts and colour",
    "Taming messy spreadsheets",
    "SQL patterns every analyst should know",
    "Automating the monthly report",
    "Small-area statistics",
    "Making sense of free-text comments",
    "Measuring outcomes, not outputs",
    "Data ethics in everyday work",
    "R and Python side by side",
    "Mapping with open tools",
    "Data protection impact assessments in practice",
    "Building a shared data catalogue",
    "Statistical process control charts",
    "Sampling and weighting",
    "Linking health and social care records",
    "Telling a story with data",
    "Data literacy for managers",
    "Testing analytical code",
    "Peer review of analysis",
    "Synthetic data for training and testing",
    "Time-series pitfalls",
    "Shared notebooks and cloud environments",
    "Looking after reference data",
    "Evaluating a pilot programme",
    "Benchmarking between partners",
    "Small numbers and disclosure control",
    "Data-sharing agreements without the pain",
    "When not to use machine learning",
};

constexpr const char *ResourceTitles[] = {
    "Checklist for publishing an open dataset",
    "Address-matching script with worked examples",
    "Template for a data-sharing agreement",
    "Glossary of common service measures",
    "Colour palettes that survive printing and colour blindness",
    "Notebook starter kit for new analysts",
    "Guide to suppressing small numbers",
    "Report template with an uncertainty section",
    "Reading list: measuring outcomes",
    "Query library for the housing register",
    "Data-quality rules for date fields",
    "How we reviewed each other's analysis",
    "Dashboard design review checklist",
    "Survey question bank with tested wording",
    "Postcode lookup table and how to refresh it",
    "Forecasting worksheet for service demand",
    "Privacy impact assessment walkthrough",
    "Slide template for presenting findings to boards",
    "Unit tests for analytical pipelines: a primer",
    "Map tiles and boundaries we can reuse",
    "Free-text coding frame for complaints",
    "Onboarding guide for new community members",
    "Metadata template for the shared catalogue",
    "Control-chart calculator",
    "Guide to linking records safely",
    "Recipe: automating a monthly spreadsheet report",
    "Comparison of open-source visualisation tools",
    "Case study: cutting a report from three days to one hour",
    "Data ethics conversation cards",
    "Sample-size calculator with plain-language notes",
};

constexpr const char *Tags[] = {
    "data-quality", "visualisation", "open-data",  "privacy",    "methods",    "sql",       "python",    "r",
    "surveys",      "forecasting",   "mapping",    "ethics",     "onboarding", "reporting", "templates", "automation",
    "linkage",      "statistics",    "governance", "dashboards", "beginner",
};

constexpr const char *Rooms[] = {
    "Room 2.14", "the Lecture Theatre", "Meeting Suite B", "the Learning Hub", "the Boardroom", "Studio 3",
};

constexpr const char *RecognitionReasons[] = {
    "Answered more newcomers' questions than anyone this quarter",
    "Ran an outstanding workshop and shared every material afterwards",
    "Turned a one-off script into a tool the whole community now uses",
    "Mentored two new analysts through their first project",
    "Kept the discussion channel friendly and useful",
    "Wrote the most-read guide in the shared library",
    "Hosted the quarterly meetup and brought three new partners in",
    "Shared an honest account of an analysis that went wrong",
    "Reviewed colleagues' work with care and generosity",
    "Helped the community publish its first open dataset",
};

constexpr const char *Hopes[] = {
    "Finding people who have already solved the problems I am stuck on.",
    "Learning better ways to present findings to managers.",
    "Reusable code so I stop starting from scratch.",
    "Feedback on my analysis before it goes to the board.",
    "Getting more confident with Python.",
    "A network outside my own team.",
    "Consistent definitions across partners.",
    "Understanding what good data governance looks like day to day.",
    "Practical help with data-sharing agreements.",
    "Keeping up with new methods without a training budget.",
};

constexpr const char *Changes[] = {
    "I now ask in the channel before building anything new, and usually someone has a starting point.",
    "Our team adopted the shared report template and the board says the papers are clearer.",
    "I review colleagues' code and they review mine; we catch mistakes much earlier.",
    "I explain uncertainty in my reports instead of hiding it.",
    "I have contacts in four other organisations I would never have met otherwise.",
    "We reuse the address-matching script every month and it saves a day each time.",
    "I moved my monthly report into a notebook that anyone can rerun.",
    "Not much yet, but I know where to look when I need help.",
    "I presented at a webinar, which I would not have dared a year ago.",
    "We changed how we suppress small numbers after the disclosure-control session.",
};

constexpr const char *SessionComments[] = {
    "More time for questions, please.",
    "The worked example was the most useful part.",
    "Could the slides go out before the session?",
    "Great session, would love a follow-up on the advanced parts.",
    "The breakout groups were too short.",
    "Please record it for colleagues on shifts.",
    "Clear and practical, thank you.",
    "A bit fast for beginners.",
};

constexpr const char *ValueExamples[] = {
    "A tip from the webinar fixed a join that had been double-counting households for months.",
    "I met an analyst at the meetup who is now co-authoring our annual report.",
    "We changed our consultation questionnaire using the question bank.",
    "The session made me rethink what we measure: we now report outcomes, not just activity.",
    "Borrowed the control-chart calculator and used it in a board paper the same week.",
    "Nothing concrete yet, but I have a long list of ideas to try.",
};

constexpr const char *MemberNotes[] = {
    "Prefers asynchronous participation; works different hours.",
    "On leave for part of the year.",
    "Interested in presenting once settled in.",
    "Asked to be introduced to the mapping group.",
    "Joined after the quarterly meetup.",
    "Contact through the team mailbox for invitations.",
};

const StoryTemplate Stories[] = {
    {"A shared checklist ended the monthly scramble",
     StoryKind::Success,
     0.22,
     "During the pilot, two analysts discovered they were fixing the same date errors every month in "
     "different organisations. They wrote one checklist together and tried it on the next release. The "
     "corrections that used to take a day took an hour, and the checklist became the first item in the "
     "community's library.",
     {ValueCycle::Immediate, ValueCycle::Potential, ValueCycle::Applied},
     true},
    {"Two partners now match addresses the same way",
     StoryKind::Success,
     0.45,
     "A council analyst presented her address-matching approach at a workshop. A colleague from the housing "
     "association adapted it the following week, and both organisations now link their records with one "
     "method. Joint reporting on temporary accommodation no longer needs a week of reconciliation.",
     {ValueCycle::Applied, ValueCycle::Realized},
     true},
    {"From reporting numbers to asking better questions",
     StoryKind::Reflection,
     0.62,
     "Several members said the sessions changed how they think about their job: less producing tables on "
     "request, more asking what decision the numbers should support. One team now starts every request with "
     "a short conversation about the question behind it.",
     {ValueCycle::Reframing, ValueCycle::Applied},
     true},
    {"A newcomer's question became a training module",
     StoryKind::Success,
     0.78,
     "A new member asked in the channel how to suppress small numbers safely. The answers grew into a guide, "
     "then a session, then a module in the partners' induction for analysts. The member who asked now helps "
     "run it.",
     {ValueCycle::Immediate, ValueCycle::Potential, ValueCycle::Applied, ValueCycle::Realized},
     false},
    {"What we learned about keeping the rhythm",
     StoryKind::Reflection,
     0.93,
     "Looking back, the months with a steady meeting date and a short digest kept people coming; the summer "
     "gap cost us momentum that took two months to win back. Champions hosting sessions made the biggest "
     "difference: members came to hear peers, not the facilitator.",
     {ValueCycle::Potential, ValueCycle::Reframing},
     true},
};

template <class T, std::size_t N> std::span<const T> all(const T (&array)[N])
{
    return std::span<const T>(array, N);
}

} // namespace

std::span<const Organisation> organisations()
{
    return all(Organisations);
}
std::span<const char *const> firstNames()
{
    return all(FirstNames);
}
std::span<const char *const> lastNames()
{
    return all(LastNames);
}
std::span<const Nickname> nicknames()
{
    return all(Nicknames);
}
std::span<const char *const> topics()
{
    return all(Topics);
}
std::span<const char *const> resourceTitles()
{
    return all(ResourceTitles);
}
std::span<const char *const> tags()
{
    return all(Tags);
}
std::span<const char *const> rooms()
{
    return all(Rooms);
}
std::span<const char *const> recognitionReasons()
{
    return all(RecognitionReasons);
}
std::span<const char *const> hopes()
{
    return all(Hopes);
}
std::span<const char *const> changes()
{
    return all(Changes);
}
std::span<const char *const> sessionComments()
{
    return all(SessionComments);
}
std::span<const char *const> valueExamples()
{
    return all(ValueExamples);
}
std::span<const char *const> memberNotes()
{
    return all(MemberNotes);
}
std::span<const StoryTemplate> stories()
{
    return all(Stories);
}

void fillCharter(Community &c)
{
    c.domain = QStringLiteral(
        "Turning the data our organisations hold into sound evidence: data quality, analysis and statistical "
        "methods, visualisation, open data publishing and the responsible use of personal data in public "
        "services.");
    c.audience = QStringLiteral(
        "Analysts, data engineers, statisticians, performance officers and information-governance staff in the "
        "region's councils, health bodies, universities, utilities and charities: anyone whose work depends on "
        "turning data into decisions. Managers who commission analysis are welcome as guests.");
    c.purpose = QStringLiteral(
        "Help people who work with data across our organisations learn from each other, so that analysis is "
        "done once and shared widely, mistakes are not repeated, and decisions rest on evidence everyone can "
        "check.");
    c.purposeAreas = {PurposeArea::Relationships, PurposeArea::Learning, PurposeArea::Knowledge};
    c.valueForMembers =
        QStringLiteral("Quick answers from peers who have met the same problem; reusable code, templates and methods; "
                       "friendly review of work in progress; a network beyond one's own team; and visible credit for "
                       "expertise.");
    c.valueForOrganisation = QStringLiteral(
        "Less duplicated analysis, faster onboarding of new analysts, consistent definitions across partners, "
        "earlier warning of data-quality problems, and board papers built on methods that have been "
        "reviewed.");
    c.scope = QStringLiteral(
        "In scope: analytical methods and tools, data quality, visualisation, open data, data ethics and "
        "governance as practised day to day. Out of scope: buying systems, line management, and any "
        "discussion of individual cases or identifiable personal data.");
    c.need = QStringLiteral(
        "The partners' skills review found analysts working alone or in very small teams, rebuilding the same "
        "datasets and unsure whom to ask. Most said they had solved a problem that a colleague elsewhere had "
        "already solved, and new starters took months to find their feet.");
    c.governance = QStringLiteral(
        "The facilitator runs the community day to day with a core group of champions who meet monthly to plan "
        "topics and hosts. The sponsors review progress each quarter against the goals and clear obstacles. "
        "Priorities and the meeting rhythm are agreed openly in the community meeting.");
    c.groundRules = QStringLiteral(
        "Ask the obvious question: someone else is wondering too. Share what you can and anonymise what you "
        "must; no personal or confidential data in community spaces. Credit the people whose work you reuse. "
        "Challenge ideas, not people. What is said in a session stays there unless the speaker agrees to share "
        "it.");
    c.channels = QStringLiteral(
        "A monthly community meeting and regular webinars and workshops by video call; a discussion channel for "
        "quick questions; a short digest e-mail every two weeks; and a face-to-face meetup each quarter, hosted "
        "in turn by a partner.");
    c.workspace = QStringLiteral(
        "A shared workspace with a wiki for methods and definitions, a code repository for reusable scripts, a "
        "library of recordings and slides, and a tagged index of templates and tools.");
}

QString asciiKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch.isDigit()) {
            key.append(ch);
            continue;
        }
        switch (ch.unicode()) {
        case 0x00f8:
            key.append(QLatin1Char('o'));
            break; // ø
        case 0x0142:
            key.append(QLatin1Char('l'));
            break; // ł
        case 0x0111:
            key.append(QLatin1Char('d'));
            break; // đ
        case 0x0131:
            key.append(QLatin1Char('i'));
            break; // dotless i
        case 0x00df:
            key.append(QLatin1String("ss"));
            break; // ß
        case 0x00e6:
            key.append(QLatin1String("ae"));
            break; // æ
        default:
            break; // combining marks, spaces, hyphens, apostrophes
        }
    }
    return key;
}

} // namespace cultivate::demo
