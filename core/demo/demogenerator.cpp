// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/demo/demodata.h"
#include "core/lifecycle/newplan.h"
#include "core/lifecycle/recurrence.h"
#include "core/storage/bulkinsert.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace cultivate {

namespace {

constexpr int MinMembers = 5;
constexpr int MaxMembers = 1000000;
constexpr int MaxMonths = 240;
constexpr qint64 StillMember = std::numeric_limits<qint64>::max();
// Namespace of the name-based UUIDs that identify demo plans.
const QUuid DemoNamespace(0x3c8e52a1, 0x6d0b, 0x4f27, 0x9a, 0x64, 0x1e, 0x5b, 0x7c, 0x90, 0xd2, 0x48);

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class DemoText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Demo)
};
QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Wenger's levels of participation, as the propensity a generated person starts with.
enum class Engagement { Core, Active, Occasional, Peripheral };

struct Person {
    QString name;
    QString email;
    QString organisation;
    QStringList aliases;
    QString notes;
    QString code; // anonymous respondent code, stable across polls
    Role role = Role::Member;
    Engagement level = Engagement::Peripheral;
    double propensity = 0.0;   // relative tendency to take part, 0…1
    qint64 joined = 0;         // Julian day
    qint64 left = StillMember; // Julian day of the last day as a member
    qint64 commitment = 0;     // Julian day the commitment was signed, 0 = not signed
    bool pilot = false;
    bool consentReport = false;
    bool consentQuote = false;
    bool oriented = false; // has attended an orientation
    Id id = 0;

    bool memberOn(qint64 day) const { return joined <= day && day <= left; }
    bool counted() const { return role != Role::Facilitator && role != Role::Sponsor; }
};

enum class Audience { CoreTeam, PilotGroup, Newcomers, Everyone };

struct PlannedEvent {
    Event event;
    qint64 day = 0;
    int month = 0; // months since the plan's start
    Audience audience = Audience::Everyone;
    double appeal = 1.0; // multiplies everyone's chance to come
    int series = -1;     // index into the generator's series
    int host = -1;       // index into people
    int presenter = -1;
    bool sponsorsInvited = false;
    bool optional = false;     // a regular session that may be cancelled
    bool feedback = false;     // a session-feedback survey follows
    std::vector<int> credited; // credited attendees, kept for feedback events only
};

struct SharedResource {
    Resource resource;
    qint64 day = 0;
    int author = -1;
};

// Reports progress at most about 200 times, so that a large generation does not flood the caller.
class Progress {
public:
    explicit Progress(const DemoProgress &callback)
        : m_callback(callback)
    {
    }
    void setTotal(int total)
    {
        m_total = std::max(1, total);
        m_stride = std::max(1, m_total / 200);
    }
    // False when the caller cancelled.
    bool advance(int units = 1)
    {
        m_done = std::min(m_total, m_done + units);
        if (!m_callback || (m_reported >= 0 && m_done - m_reported < m_stride && m_done < m_total))
            return true;
        m_reported = m_done;
        return m_callback(m_done, m_total);
    }

private:
    const DemoProgress &m_callback;
    int m_total = 1;
    int m_done = 0;
    int m_reported = -1;
    int m_stride = 1;
};

using storage::BulkInsert;
using storage::BulkRows;

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, DemoText::tr("Generating the demo community was cancelled."));
}

qint64 jd(const QDate &date)
{
    return date.toJulianDay();
}
QDate dateOf(qint64 day)
{
    return QDate::fromJulianDay(day);
}

// Monday on a weekend day, the day itself otherwise.
qint64 nextWorkday(qint64 day)
{
    const int weekday = dateOf(day).dayOfWeek();
    return weekday == 6 ? day + 2 : weekday == 7 ? day + 1 : day;
}
qint64 previousWorkday(qint64 day)
{
    const int weekday = dateOf(day).dayOfWeek();
    return weekday == 6 ? day - 1 : weekday == 7 ? day - 2 : day;
}
// The working day nearest to `day` inside [from, to], or `day` itself when the range has none.
qint64 workdayWithin(qint64 day, qint64 from, qint64 to)
{
    if (const qint64 next = nextWorkday(day); next <= to)
        return next;
    if (const qint64 previous = previousWorkday(day); previous >= from)
        return previous;
    return day;
}

// Fewer people take part in the summer and around the end of the year.
double seasonOf(const QDate &date)
{
    switch (date.month()) {
    case 8:
        return 0.6;
    case 12:
        return 0.75;
    case 1:
        return 0.9;
    default:
        return 1.0;
    }
}

QString withoutMarks(const QString &name)
{
    QString plain;
    for (const QChar ch : name.normalized(QString::NormalizationForm_D)) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        switch (ch.unicode()) {
        case 0x00f8:
            plain.append(QLatin1Char('o'));
            break;
        case 0x00d8:
            plain.append(QLatin1Char('O'));
            break;
        case 0x0142:
            plain.append(QLatin1Char('l'));
            break;
        case 0x0141:
            plain.append(QLatin1Char('L'));
            break;
        default:
            plain.append(ch);
            break;
        }
    }
    return plain;
}

class DemoGenerator {
public:
    DemoGenerator(Plan &plan, const DemoOptions &options, const DemoProgress &progress)
        : m_plan(plan)
        , m_options(options)
        , m_progress(progress)
        , m_rng(options.seed)
    {
    }

    Result<void> run();

private:
    // Phases, in the order run() calls them. Each returns the first error.
    Result<void> prepare();
    void layOutStages();
    void createPeople();
    void planEvents();
    void chooseHosts();
    Result<void> writeCharterAndStages();
    Result<void> writePeople();
    Result<void> writeEvents();
    Result<void> writeResources();
    Result<void> writeAttendance();
    Result<void> writeContributions();
    Result<void> writeSurveys();
    Result<void> writeStories();
    Result<void> writeRecognitions();
    Result<void> writeGoalsAndBudget();
    Result<void> writeChecklists();

    // Randomness: always from the seeded generator, never the global one.
    double uniform() { return m_rng.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n > 0 ? static_cast<int>(m_rng.bounded(n)) : 0; }
    qint64 between(qint64 from, qint64 to) { return to <= from ? from : from + m_rng.bounded(to - from + 1); }
    template <class T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    int poisson(double mean);
    double noise() { return uniform() + uniform() + uniform() - 1.5; } // mean 0, roughly bell-shaped
    // A random person of `pool` who is a member on `day` and passes `accept`, or -1.
    template <class Accept> int somebody(const std::vector<int> &pool, qint64 day, Accept accept);
    int somebody(const std::vector<int> &pool, qint64 day)
    {
        return somebody(pool, day, [](const Person &) { return true; });
    }

    PlannedEvent &addEvent(const QString &title, EventKind kind, qint64 day, QTime time, int minutes, Audience audience,
                           const QString &topic = {});
    int stageOf(qint64 day) const;
    int monthOf(qint64 day) const;
    QString isoDate(qint64 day);
    bool insertContribution(int person, qint64 day, ContributionKind kind, Id event = 0, Id resource = 0,
                            const QString &note = {});
    Id resourceBefore(qint64 day, bool reusableOnly);

    template <class T> Id add(const T &row)
    {
        if (m_error)
            return 0;
        auto r = m_plan.add(row);
        if (!r.ok()) {
            fail(r.error());
            return 0;
        }
        return r.value();
    }
    Result<void> status() const { return m_error ? Result<void>(*m_error) : Result<void>{}; }
    // Keeps the first error: later ones are usually its consequences.
    bool fail(const Error &error)
    {
        if (!m_error)
            m_error = error;
        return false;
    }

    Plan &m_plan;
    const DemoOptions &m_options;
    Progress m_progress;
    QRandomGenerator m_rng;
    std::optional<Error> m_error;

    QDate m_start;
    QDate m_end;
    qint64 m_startDay = 0;
    qint64 m_endDay = 0;
    qint64 m_today = 0;
    qint64 m_joinLimit = 0;                // nobody joins or leaves after this day
    std::array<qint64, 6> m_stageBounds{}; // stage k runs from bound k to bound k+1 minus one day
    std::array<Id, 5> m_stageIds{};
    std::vector<QString> m_dayText;

    std::vector<Person> m_people;
    std::vector<int> m_champions;
    std::vector<int> m_experts;
    std::vector<int> m_core;    // core-level people who host or present
    std::vector<int> m_engaged; // core- and active-level counted people

    std::vector<Series> m_series;
    std::vector<Id> m_seriesIds;
    std::vector<PlannedEvent> m_events;
    std::vector<int> m_openPerMonth; // events open to everyone, per month
    std::vector<int> m_orientationsPerMonth;
    int m_topicCursor = 0;

    std::vector<SharedResource> m_resources; // sorted by day

    std::optional<BulkInsert> m_contributions;
    std::optional<BulkInsert> m_responses;
    std::optional<BulkInsert> m_answers;

    Id m_baselineSurvey = 0;
    Id m_finalSurvey = 0;
    Id m_firstCheckInSurvey = 0;
    Id m_pilotStory = 0;
    Id m_reflectionStory = 0;
};

int DemoGenerator::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0)
        return static_cast<int>(std::lround(mean + noise() * std::sqrt(mean) * 2.0));
    const double limit = std::exp(-mean);
    int k = 0;
    double product = uniform();
    while (product > limit) {
        ++k;
        product *= uniform();
    }
    return k;
}

template <class Accept> int DemoGenerator::somebody(const std::vector<int> &pool, qint64 day, Accept accept)
{
    if (pool.empty())
        return -1;
    for (int attempt = 0; attempt < 24; ++attempt) {
        const int index = pool[static_cast<std::size_t>(below(static_cast<int>(pool.size())))];
        if (m_people[index].memberOn(day) && accept(m_people[index]))
            return index;
    }
    for (int index : pool) {
        if (m_people[index].memberOn(day) && accept(m_people[index]))
            return index;
    }
    return -1;
}

int DemoGenerator::stageOf(qint64 day) const
{
    for (int k = 4; k > 0; --k) {
        if (day >= m_stageBounds[k])
            return k;
    }
    return 0;
}

int DemoGenerator::monthOf(qint64 day) const
{
    const QDate d = dateOf(day);
    return std::clamp((d.year() - m_start.year()) * 12 + d.month() - m_start.month(), 0, m_options.months - 1);
}

// 'YYYY-MM-DD', cached for the days of the plan period (a large plan writes a million dates).
QString DemoGenerator::isoDate(qint64 day)
{
    const qint64 offset = day - m_startDay;
    if (offset < 0 || offset >= static_cast<qint64>(m_dayText.size()))
        return dateOf(day).toString(Qt::ISODate);
    QString &text = m_dayText[static_cast<std::size_t>(offset)];
    if (text.isEmpty())
        text = dateOf(day).toString(Qt::ISODate);
    return text;
}

// ---------------------------------------------------------------------------------------------
// Setup

Result<void> DemoGenerator::prepare()
{
    if (m_options.members < MinMembers || m_options.members > MaxMembers)
        return makeError(ErrorCode::InvalidInput,
                         DemoText::tr("A demo community has from %1 to %2 people.").arg(MinMembers).arg(MaxMembers));
    if (m_options.months < 1 || m_options.months > MaxMonths)
        return makeError(ErrorCode::InvalidInput,
                         DemoText::tr("A demo plan lasts from 1 to %1 months.").arg(MaxMonths));
    auto existing = m_plan.counts();
    if (!existing.ok())
        return existing.error();
    if (existing.value().value(QStringLiteral("member")) > 0)
        return makeError(ErrorCode::InvalidInput,
                         DemoText::tr("Demo data goes into a new plan; this one already has members."));

    const QDate today = m_plan.clock().today();
    m_start = m_options.start.isValid() ? m_options.start : defaultDemoStart(m_options.months, today);
    m_end = m_start.addMonths(m_options.months).addDays(-1);
    m_startDay = jd(m_start);
    m_endDay = jd(m_end);
    m_today = jd(today);
    m_joinLimit = std::clamp(m_today, m_startDay, m_endDay);
    m_dayText.resize(static_cast<std::size_t>(m_endDay - m_startDay + 1));

    m_contributions.emplace(m_plan, BulkRows::Contributions);
    m_responses.emplace(m_plan, BulkRows::Responses);
    m_answers.emplace(m_plan, BulkRows::Answers);
    for (const auto *bulk : {&*m_contributions, &*m_responses, &*m_answers}) {
        if (!bulk->prepared())
            return bulk->error();
    }
    return {};
}

void DemoGenerator::layOutStages()
{
    // A year: define one month, pilot two, launch one, nurture seven, evaluate the last month. Longer
    // plans nurture longer; shorter ones shrink every stage in proportion.
    if (m_options.months >= 12) {
        const std::array<int, 6> months{0, 1, 3, 4, m_options.months - 1, m_options.months};
        for (std::size_t k = 0; k < months.size(); ++k)
            m_stageBounds[k] = jd(m_start.addMonths(months[k]));
    } else {
        const double days = static_cast<double>(m_endDay - m_startDay + 1);
        const std::array<double, 6> share{0.0, 1.0 / 12, 3.0 / 12, 4.0 / 12, 11.0 / 12, 1.0};
        for (std::size_t k = 0; k < share.size(); ++k)
            m_stageBounds[k] = m_startDay + std::llround(days * share[k]);
    }
    for (std::size_t k = 1; k < m_stageBounds.size(); ++k)
        m_stageBounds[k] = std::max(m_stageBounds[k], m_stageBounds[k - 1] + 1);
}

void DemoGenerator::createPeople()
{
    const int n = m_options.members;
    const int sponsors = n >= 150 ? 2 : 1;
    const int champions = std::max(1, std::min(n / 20, 3 + n / 200));
    const int experts = std::max(1, std::min(n / 30, 2 + n / 250));
    const int guests = n >= 30 ? n / 15 : (n >= 8 ? 1 : 0);
    const int plain = n - 1 - sponsors - champions - experts - guests;
    const int pilots = std::clamp(plain / 10, 1, 40);

    const qint64 pilotStart = m_stageBounds[1];
    const qint64 launchStart = m_stageBounds[2];
    const qint64 defineMiddle = (m_startDay + pilotStart) / 2;
    const auto orgs = demo::organisations();
    int orgWeights = 0;
    for (const auto &org : orgs)
        orgWeights += org.weight;
    QHash<QString, int> emailsUsed;

    const auto setLevel = [this](Person &p, Engagement level) {
        p.level = level;
        switch (level) {
        case Engagement::Core:
            p.propensity = 0.8 + 0.2 * uniform();
            break;
        case Engagement::Active:
            p.propensity = 0.4 + 0.2 * uniform();
            break;
        case Engagement::Occasional:
            p.propensity = 0.1 + 0.12 * uniform();
            break;
        case Engagement::Peripheral:
            p.propensity = 0.01 + 0.04 * uniform();
            break;
        }
    };
    const auto levelFor = [this](double core, double active, double occasional) {
        const double r = uniform();
        return r < core                         ? Engagement::Core
               : r < core + active              ? Engagement::Active
               : r < core + active + occasional ? Engagement::Occasional
                                                : Engagement::Peripheral;
    };

    m_people.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        Person p;
        if (i == 0)
            p.role = Role::Facilitator;
        else if (i <= sponsors)
            p.role = Role::Sponsor;
        else if (i <= sponsors + champions)
            p.role = Role::Champion;
        else if (i <= sponsors + champions + experts)
            p.role = Role::Expert;
        else if (i < n - guests)
            p.role = Role::Member;
        else
            p.role = Role::Guest;
        p.pilot = p.role == Role::Member && i <= sponsors + champions + experts + pilots;

        const QString first = utf8(pick(demo::firstNames()));
        const QString last = utf8(pick(demo::lastNames()));
        p.name = first + QLatin1Char(' ') + last;
        const demo::Organisation *org = &orgs[0];
        if (p.role != Role::Facilitator && !(p.role == Role::Sponsor && i == 1)) {
            int ticket = below(orgWeights);
            for (const auto &candidate : orgs) {
                ticket -= candidate.weight;
                if (ticket < 0) {
                    org = &candidate;
                    break;
                }
            }
        }
        p.organisation = utf8(org->name);
        if (p.role == Role::Member && chance(0.02)) {
            p.notes = DemoText::tr("No e-mail address given at sign-up.");
        } else {
            const QString local = demo::asciiKey(first) + QLatin1Char('.') + demo::asciiKey(last);
            const int used = emailsUsed.value(local + QLatin1Char('@') + QLatin1String(org->domain)) + 1;
            emailsUsed.insert(local + QLatin1Char('@') + QLatin1String(org->domain), used);
            p.email =
                local + (used > 1 ? QString::number(used) : QString()) + QLatin1Char('@') + QLatin1String(org->domain);
        }

        // Other spellings the person appears under in meeting reports.
        const bool external = org != &orgs[0];
        QString informal;
        for (const auto &nick : demo::nicknames()) {
            if (first == QLatin1String(nick.formal))
                informal = QLatin1String(nick.informal);
        }
        if (!informal.isEmpty() && chance(0.4))
            p.aliases << informal + QLatin1Char(' ') + last;
        if (chance(0.08)) {
            p.aliases << (external ? QStringLiteral("%1 %2 (EXT)").arg(last.toUpper(), first)
                                   : QStringLiteral("%1, %2").arg(last, first));
        }
        if (const QString plainName = withoutMarks(p.name); plainName != p.name && chance(0.5))
            p.aliases << plainName;

        switch (p.role) {
        case Role::Facilitator:
            p.level = Engagement::Core;
            p.propensity = 1.0;
            p.joined = m_startDay;
            p.notes =
                DemoText::tr("Facilitates the community one day a week; first contact for sponsors and partners.");
            break;
        case Role::Sponsor:
            p.level = Engagement::Occasional;
            p.propensity = 0.1;
            p.joined = between(m_startDay, m_startDay + 10);
            p.notes = DemoText::tr("Sponsor; reviews progress against the goals each quarter.");
            break;
        case Role::Champion:
            setLevel(p, chance(0.75) ? Engagement::Core : Engagement::Active);
            p.joined = between(m_startDay + 2, pilotStart - 2);
            break;
        case Role::Expert:
            setLevel(p, chance(0.5) ? Engagement::Core : Engagement::Active);
            p.joined = between(defineMiddle, pilotStart + 7);
            break;
        case Role::Member:
            if (p.pilot) {
                setLevel(p, chance(0.35) ? Engagement::Core : Engagement::Active);
                p.joined = between(defineMiddle, pilotStart + 1);
            } else {
                setLevel(p, levelFor(0.1, 0.15, 0.36));
                // A wave signs up after the invitations, before the launch; the rest trickle in.
                p.joined = chance(0.35) ? between(launchStart - 21, launchStart)
                                        : launchStart + std::llround(static_cast<double>(m_joinLimit - launchStart) *
                                                                     std::pow(uniform(), 1.25));
            }
            break;
        case Role::Guest:
            setLevel(p, chance(0.5) ? Engagement::Occasional : Engagement::Peripheral);
            p.joined = launchStart + std::llround(static_cast<double>(m_joinLimit - launchStart) * uniform());
            break;
        }
        p.joined = std::clamp(p.joined, m_startDay, m_joinLimit);

        // Some drift away: the less engaged, the likelier.
        double leaving = 0.0;
        switch (p.role) {
        case Role::Facilitator:
        case Role::Sponsor:
            break;
        case Role::Guest:
            leaving = 0.3;
            break;
        case Role::Champion:
            leaving = 0.03;
            break;
        default:
            leaving = p.level == Engagement::Core         ? 0.02
                      : p.level == Engagement::Active     ? 0.06
                      : p.level == Engagement::Occasional ? 0.15
                                                          : 0.25;
            break;
        }
        if (chance(leaving) && p.joined + 60 < m_joinLimit)
            p.left = between(p.joined + 60, m_joinLimit);

        const bool leading = p.role == Role::Facilitator || p.role == Role::Sponsor || p.role == Role::Champion;
        p.consentReport = leading || chance(0.9);
        p.consentQuote = leading || (p.consentReport && chance(0.82));
        if (leading || p.role == Role::Expert || p.pilot)
            p.commitment = std::min(p.joined + below(15), m_joinLimit);
        else if (p.role == Role::Member && chance(0.06))
            p.commitment = std::min(p.joined + below(40), m_joinLimit);
        if (p.notes.isEmpty() && chance(0.015))
            p.notes = utf8(pick(demo::memberNotes()));
        m_people.push_back(std::move(p));
    }

    // Rows go into the plan in the order people joined, as a facilitator would have added them.
    std::stable_sort(m_people.begin(), m_people.end(),
                     [](const Person &a, const Person &b) { return a.joined < b.joined; });
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        Person &p = m_people[i];
        // A bijection of the index, so codes are unique, look random and pair one person's polls.
        const quint32 scrambled = (static_cast<quint32>(i) * 2654435761u) ^ (m_options.seed * 40503u);
        p.code = QStringLiteral("R%1").arg(scrambled, 8, 16, QLatin1Char('0'));
        const int index = static_cast<int>(i);
        if (p.role == Role::Champion)
            m_champions.push_back(index);
        if (p.role == Role::Expert)
            m_experts.push_back(index);
        if (p.counted() && p.role != Role::Guest && p.level == Engagement::Core)
            m_core.push_back(index);
        if (p.counted() && p.role != Role::Guest && (p.level == Engagement::Core || p.level == Engagement::Active))
            m_engaged.push_back(index);
    }
}

PlannedEvent &DemoGenerator::addEvent(const QString &title, EventKind kind, qint64 day, QTime time, int minutes,
                                      Audience audience, const QString &topic)
{
    PlannedEvent planned;
    planned.day = day;
    planned.audience = audience;
    planned.event.title = title;
    planned.event.kind = kind;
    planned.event.start = QDateTime(dateOf(day), time);
    planned.event.durationMinutes = minutes;
    planned.event.topic = topic;
    m_events.push_back(std::move(planned));
    return m_events.back();
}

void DemoGenerator::planEvents()
{
    const auto topicList = demo::topics();
    const auto nextTopic = [&]() {
        return utf8(topicList[static_cast<std::size_t>(m_topicCursor++) % topicList.size()]);
    };
    m_topicCursor = below(static_cast<int>(topicList.size()));
    const auto stageEnd = [this](int k) { return m_stageBounds[static_cast<std::size_t>(k) + 1] - 1; };
    const auto stageLength = [this](int k) {
        return m_stageBounds[static_cast<std::size_t>(k) + 1] - m_stageBounds[static_cast<std::size_t>(k)];
    };

    // Define: the core team shapes the charter.
    addEvent(DemoText::tr("Charter workshop with the champions"), EventKind::Workshop,
             nextWorkday(std::max(m_startDay, stageEnd(0) - 8)), QTime(10, 0), 120, Audience::CoreTeam,
             DemoText::tr("Domain, audience and ground rules"));

    // Pilot: a small committed group tries the format.
    const qint64 pilotStart = m_stageBounds[1];
    addEvent(DemoText::tr("Pilot group kickoff"), EventKind::Meeting, nextWorkday(pilotStart + 2), QTime(15, 0), 90,
             Audience::PilotGroup, DemoText::tr("What we want to learn together"));
    if (stageLength(1) >= 21) {
        addEvent(DemoText::tr("Pilot session: sharing current practice"), EventKind::Workshop,
                 nextWorkday(pilotStart + stageLength(1) * 2 / 5), QTime(14, 0), 90, Audience::PilotGroup, nextTopic());
    }
    addEvent(DemoText::tr("Pilot retrospective and first success story"), EventKind::Meeting,
             previousWorkday(std::max(pilotStart + 7, stageEnd(1) - 6)), QTime(15, 0), 60, Audience::PilotGroup,
             DemoText::tr("What worked, what to change before the launch"));

    // Launch: orientation with the baseline survey, then the launch webinar.
    const qint64 launchStart = m_stageBounds[2];
    addEvent(DemoText::tr("Orientation and baseline survey"), EventKind::Orientation, nextWorkday(launchStart + 1),
             QTime(12, 30), 60, Audience::Newcomers, DemoText::tr("How the community works"));
    const int extraOrientations = std::clamp(m_options.members / 2500, 0, 7);
    for (int k = 0; k < extraOrientations; ++k) {
        addEvent(DemoText::tr("Orientation session %1").arg(k + 2), EventKind::Orientation,
                 nextWorkday(launchStart + 3 + 3 * k), QTime(k % 2 ? 10 : 14, 0), 60, Audience::Newcomers,
                 DemoText::tr("How the community works"));
    }
    PlannedEvent &launch = addEvent(DemoText::tr("Community launch"), EventKind::Webinar,
                                    nextWorkday(launchStart + std::min<qint64>(7, stageLength(2) / 2)), QTime(15, 0),
                                    60, Audience::Everyone, DemoText::tr("Why this community, and how to join in"));
    launch.appeal = 2.0;
    launch.sponsorsInvited = true;
    launch.feedback = true;

    // Nurture: a monthly community meeting and check-in, and parallel sessions that grow with the
    // community (a large community runs many sessions a month).
    const qint64 nurtureStart = m_stageBounds[3];
    const qint64 nurtureEnd = stageEnd(3);
    const qint64 nurtureLength = nurtureEnd - nurtureStart + 1;
    Series meeting;
    meeting.rule = Recurrence::MonthlyNthWeekday;
    meeting.weekday = 2;
    meeting.weekOfMonth = 2;
    meeting.until = dateOf(nurtureEnd);
    Series checkIn;
    checkIn.rule = Recurrence::MonthlyNthWeekday;
    checkIn.weekday = 4;
    checkIn.weekOfMonth = -1;
    checkIn.until = dateOf(nurtureEnd);
    m_series = {meeting, checkIn};
    for (const QDate &date : occurrences(meeting, dateOf(nurtureStart), dateOf(nurtureEnd))) {
        const QString topic = nextTopic();
        PlannedEvent &e = addEvent(DemoText::tr("Community meeting: %1").arg(topic), EventKind::Meeting, jd(date),
                                   QTime(15, 0), 60, Audience::Everyone, topic);
        e.series = 0;
        e.event.agenda =
            DemoText::tr("Welcome and introductions\nMember spotlight\n%1\nQuestions and next steps").arg(topic);
    }
    for (const QDate &date : occurrences(checkIn, dateOf(nurtureStart), dateOf(nurtureEnd))) {
        PlannedEvent &e = addEvent(DemoText::tr("Monthly check-in"), EventKind::CheckIn, jd(date), QTime(12, 30), 30,
                                   Audience::Everyone, DemoText::tr("How is it going?"));
        e.series = 1;
        e.appeal = 0.6;
        e.event.agenda = DemoText::tr("One thing you tried this month\nWhat got in the way\nWhat you need next");
    }

    const int sessionsPerMonth = std::max(3, m_options.members / 800) - 1;
    const int orientationsPerQuarter = std::max(1, m_options.members / 4000);
    const auto orgs = demo::organisations();
    const std::array<QTime, 5> times{QTime(9, 30), QTime(10, 0), QTime(12, 30), QTime(14, 0), QTime(16, 0)};
    for (int m = 0; m < m_options.months; ++m) {
        const qint64 from = std::max(jd(m_start.addMonths(m)), nurtureStart);
        const qint64 to = std::min(jd(m_start.addMonths(m + 1)) - 1, nurtureEnd);
        if (to - from + 1 < 7)
            continue;
        const auto workdayIn = [&]() { return workdayWithin(between(from, to), from, to); };
        const int sessions =
            static_cast<int>(std::lround(sessionsPerMonth * std::min(1.0, static_cast<double>(to - from + 1) / 28.0)));
        for (int s = 0; s < sessions; ++s) {
            const QString topic = nextTopic();
            const int kind = below(100);
            PlannedEvent *e = nullptr;
            if (kind < 35) {
                e = &addEvent(DemoText::tr("Webinar: %1").arg(topic), EventKind::Webinar, workdayIn(), times[below(5)],
                              60, Audience::Everyone, topic);
                e->event.agenda =
                    DemoText::tr("Talk: %1\nQuestions\nWhere to find the slides and recording").arg(topic);
            } else if (kind < 60) {
                e = &addEvent(DemoText::tr("Workshop: %1").arg(topic), EventKind::Workshop, workdayIn(),
                              times[below(5)], below(2) ? 120 : 90, Audience::Everyone, topic);
                e->event.agenda =
                    DemoText::tr("Warm-up\nShort input: %1\nHands-on in small groups\nShare back and resources")
                        .arg(topic);
            } else {
                e = &addEvent(DemoText::tr("Discussion circle: %1").arg(topic), EventKind::Meeting, workdayIn(),
                              times[below(5)], 60, Audience::Everyone, topic);
            }
            e->optional = true;
        }
        const QDate monthStart = m_start.addMonths(m);
        if (m % 3 == 2) {
            const auto &org = orgs[static_cast<std::size_t>(m / 3) % orgs.size()];
            PlannedEvent &e =
                addEvent(DemoText::tr("Quarterly meetup at %1").arg(utf8(org.name)), EventKind::FaceToFace, workdayIn(),
                         QTime(13, 30), 180, Audience::Everyone, nextTopic());
            e.event.location = QStringLiteral("%1, %2").arg(utf8(org.name), utf8(pick(demo::rooms())));
            e.appeal = 0.7;
            e.optional = true;
        }
        if (monthStart.month() == 7 || monthStart.month() == 12) {
            PlannedEvent &e =
                addEvent(monthStart.month() == 7 ? DemoText::tr("Summer social") : DemoText::tr("End-of-year social"),
                         EventKind::Social, workdayIn(), QTime(17, 30), 90, Audience::Everyone);
            e.event.location = QStringLiteral("%1, %2").arg(utf8(orgs[0].name), utf8(demo::rooms()[3]));
            e.appeal = 0.6;
            e.optional = true;
        }
        if ((monthOf(from) - monthOf(nurtureStart)) % 3 == 0) {
            for (int k = 0; k < orientationsPerQuarter; ++k) {
                addEvent(DemoText::tr("Newcomer orientation"), EventKind::Orientation, workdayIn(), QTime(12, 30), 60,
                         Audience::Newcomers, DemoText::tr("How the community works"));
            }
        }
    }
    if (nurtureLength >= 60) {
        PlannedEvent &review = addEvent(DemoText::tr("Mid-point review: what is working?"), EventKind::Workshop,
                                        nextWorkday(nurtureStart + nurtureLength / 2), QTime(14, 0), 90,
                                        Audience::Everyone, DemoText::tr("Progress against our goals"));
        review.appeal = 1.3;
        review.sponsorsInvited = true;
        review.feedback = true;
        PlannedEvent &drive = addEvent(DemoText::tr("Success-story drive"), EventKind::Workshop,
                                       nextWorkday(nurtureStart + nurtureLength * 3 / 4), QTime(14, 0), 90,
                                       Audience::Everyone, DemoText::tr("Capturing the value we create"));
        drive.appeal = 1.1;
    }

    // Evaluate: wrap-up with the final survey's results, then the legacy plan with the core team.
    const qint64 evaluateStart = m_stageBounds[4];
    PlannedEvent &wrapUp = addEvent(DemoText::tr("Wrap-up and final survey results"), EventKind::WrapUp,
                                    nextWorkday(evaluateStart + stageLength(4) * 3 / 5), QTime(15, 0), 90,
                                    Audience::Everyone, DemoText::tr("What changed, and what comes next"));
    wrapUp.appeal = 1.8;
    wrapUp.sponsorsInvited = true;
    wrapUp.feedback = true;
    addEvent(DemoText::tr("Legacy planning session"), EventKind::Workshop, previousWorkday(m_endDay - 3), QTime(10, 0),
             90, Audience::CoreTeam, DemoText::tr("What continues, who carries it, where the library lives"));

    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const PlannedEvent &a, const PlannedEvent &b) { return a.event.start < b.event.start; });

    m_openPerMonth.assign(static_cast<std::size_t>(m_options.months), 0);
    m_orientationsPerMonth.assign(static_cast<std::size_t>(m_options.months), 0);
    std::vector<int> cancellable;
    const QStringList cancelNotes{DemoText::tr("Cancelled: the speaker was ill; the topic moves to next month."),
                                  DemoText::tr("Cancelled: it clashed with the budget deadline at most partners."),
                                  DemoText::tr("Cancelled: too few registrations.")};
    const QStringList heldNotes{DemoText::tr("Recording and slides are in the library."),
                                DemoText::tr("Lively discussion; follow-up questions went to the channel."),
                                DemoText::tr("Several newcomers introduced themselves."),
                                DemoText::tr("Ran ten minutes over.")};
    bool firstWorkshopAfterStart = false;
    int serial = 0;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        PlannedEvent &e = m_events[i];
        e.month = monthOf(e.day);
        if (e.event.location.isEmpty())
            e.event.location =
                QStringLiteral("https://meet.example/data-insight/%1").arg(++serial, 4, 10, QLatin1Char('0'));
        if (e.audience == Audience::Everyone)
            ++m_openPerMonth[static_cast<std::size_t>(e.month)];
        if (e.audience == Audience::Newcomers)
            ++m_orientationsPerMonth[static_cast<std::size_t>(e.month)];
        e.event.status = e.day < m_today ? EventStatus::Held : EventStatus::Planned;
        if (e.event.status == EventStatus::Held) {
            if (e.optional)
                cancellable.push_back(static_cast<int>(i));
            if (chance(0.25))
                e.event.notes = heldNotes[below(static_cast<int>(heldNotes.size()))];
        }
        if (!firstWorkshopAfterStart && e.event.kind == EventKind::Workshop && e.optional &&
            e.day >= nurtureStart + nurtureLength / 3) {
            firstWorkshopAfterStart = true;
            e.feedback = true;
        }
    }
    // A couple of sessions never happen.
    const int cancels =
        std::min(static_cast<int>(cancellable.size()) / 4, std::max(2, static_cast<int>(cancellable.size()) / 60));
    for (int k = 0; k < cancels; ++k) {
        const int chosen = k + below(static_cast<int>(cancellable.size()) - k);
        std::swap(cancellable[static_cast<std::size_t>(k)], cancellable[static_cast<std::size_t>(chosen)]);
        PlannedEvent &e = m_events[static_cast<std::size_t>(cancellable[static_cast<std::size_t>(k)])];
        if (e.feedback)
            continue;
        e.event.status = EventStatus::Cancelled;
        e.event.notes = cancelNotes[below(static_cast<int>(cancelNotes.size()))];
    }
}

void DemoGenerator::chooseHosts()
{
    const int facilitator = 0; // people are in joining order, and the facilitator was there first
    for (PlannedEvent &e : m_events) {
        switch (e.audience) {
        case Audience::CoreTeam:
        case Audience::PilotGroup:
            e.host = facilitator;
            if (e.event.kind == EventKind::Workshop && e.audience == Audience::PilotGroup)
                e.presenter = somebody(m_experts, e.day);
            break;
        case Audience::Newcomers:
            e.host = chance(0.5) ? facilitator : somebody(m_champions, e.day);
            break;
        case Audience::Everyone: {
            e.host = chance(0.35) ? facilitator : somebody(m_champions, e.day);
            const EventKind kind = e.event.kind;
            const bool talk = kind == EventKind::Webinar || kind == EventKind::Workshop ||
                              kind == EventKind::FaceToFace || kind == EventKind::WrapUp ||
                              (kind == EventKind::Meeting && chance(0.5));
            if (talk) {
                const int host = e.host;
                e.presenter = somebody(m_core, e.day, [&](const Person &p) { return &p != &m_people[host]; });
            }
            break;
        }
        }
        if (e.host < 0)
            e.host = facilitator;
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

Result<void> DemoGenerator::writeCharterAndStages()
{
    auto community = m_plan.community();
    if (!community.ok())
        return community.error();
    Community c = community.value();
    demo::fillCharter(c);
    c.startDate = m_start;
    c.endDate = m_end;
    if (auto r = m_plan.update(c); !r.ok())
        return r;

    auto stages = m_plan.list<Stage>();
    if (!stages.ok())
        return stages.error();
    const QStringList notes{
        DemoText::tr("Charter agreed with the champions and both sponsors."),
        DemoText::tr("Pilot group of analysts from several partners; the date-quality checklist came out of it."),
        DemoText::tr("Launch webinar and orientation; invitations went out through every partner's intranet."),
        DemoText::tr("Monthly meeting on the second Tuesday, check-in on the last Thursday, parallel sessions run by "
                     "champions."),
        DemoText::tr("Final survey, wrap-up, stakeholder report and the legacy plan."),
    };
    for (StageKind kind : enumValues<StageKind>()) {
        const auto k = static_cast<std::size_t>(kind);
        Stage stage;
        for (const Stage &existing : stages.value()) {
            if (existing.kind == kind)
                stage = existing;
        }
        stage.kind = kind;
        stage.plannedStart = dateOf(m_stageBounds[k]);
        stage.plannedEnd = dateOf(m_stageBounds[k + 1] - 1);
        stage.status = m_stageBounds[k + 1] - 1 < m_today ? StageStatus::Done
                       : m_stageBounds[k] <= m_today      ? StageStatus::InProgress
                                                          : StageStatus::NotStarted;
        stage.notes = notes[static_cast<int>(k)];
        if (stage.id > 0) {
            if (auto r = m_plan.update(stage); !r.ok())
                return r;
            m_stageIds[k] = stage.id;
        } else {
            m_stageIds[k] = add(stage);
        }
    }
    return status();
}

Result<void> DemoGenerator::writePeople()
{
    BulkInsert members(m_plan, BulkRows::Members);
    BulkInsert aliases(m_plan, BulkRows::MemberAliases);
    for (const BulkInsert *bulk : {&members, &aliases}) {
        if (!bulk->prepared())
            return bulk->error();
    }
    std::array<QString, enumCount<Role>()> roleKeys;
    for (Role role : enumValues<Role>())
        roleKeys[static_cast<std::size_t>(role)] = enumKey(role);

    for (Person &p : m_people) {
        const bool ok = members.run({p.name, p.email, p.organisation, roleKeys[static_cast<std::size_t>(p.role)],
                                     isoDate(p.joined), p.left == StillMember ? QVariant() : QVariant(isoDate(p.left)),
                                     p.consentReport ? 1 : 0, p.consentQuote ? 1 : 0,
                                     p.commitment > 0 ? QVariant(isoDate(p.commitment)) : QVariant(), p.notes});
        if (!ok)
            return members.error();
        p.id = members.lastId();
        for (const QString &alias : p.aliases) {
            if (!aliases.run({p.id, alias}))
                return aliases.error();
        }
        if (!m_progress.advance())
            return cancelled();
    }
    return {};
}

Result<void> DemoGenerator::writeEvents()
{
    for (const Series &series : m_series)
        m_seriesIds.push_back(add(series));
    for (PlannedEvent &e : m_events) {
        e.event.stageId = m_stageIds[static_cast<std::size_t>(stageOf(e.day))];
        if (e.series >= 0)
            e.event.seriesId = m_seriesIds[static_cast<std::size_t>(e.series)];
        e.event.id = add(e.event);
        if (m_error)
            break;
    }
    return status();
}

Result<void> DemoGenerator::writeResources()
{
    const auto tagList = demo::tags();
    const auto withTags = [&](Resource &r, const QString &first) {
        r.tags = {first};
        const int extra = 1 + below(2);
        for (int k = 0; k < extra; ++k) {
            const QString tag = utf8(pick(tagList));
            if (!r.tags.contains(tag))
                r.tags << tag;
        }
    };

    // Recordings, slides and worksheets from held sessions, shared by whoever presented.
    int fromSessions = 0;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const PlannedEvent &e = m_events[i];
        const bool talk = e.event.kind == EventKind::Webinar || e.event.kind == EventKind::Workshop;
        if (e.event.status != EventStatus::Held || !talk || e.presenter < 0 || !chance(0.55))
            continue;
        SharedResource shared;
        shared.day = e.day + 1 + below(3);
        if (shared.day > m_today || !m_people[e.presenter].memberOn(shared.day))
            continue;
        shared.author = e.presenter;
        Resource &r = shared.resource;
        const bool webinar = e.event.kind == EventKind::Webinar;
        if (fromSessions < 2)
            r.kind = fromSessions == 0 ? ResourceKind::Recording : ResourceKind::Slides;
        else if (webinar)
            r.kind = chance(0.6) ? ResourceKind::Recording : ResourceKind::Slides;
        else
            r.kind = chance(0.5) ? ResourceKind::Slides : ResourceKind::Template;
        ++fromSessions;
        r.title = (r.kind == ResourceKind::Recording ? DemoText::tr("Recording: %1")
                   : r.kind == ResourceKind::Slides  ? DemoText::tr("Slides: %1")
                                                     : DemoText::tr("Worksheet: %1"))
                      .arg(e.event.topic);
        r.eventId = e.event.id;
        r.description = r.kind == ResourceKind::Recording
                            ? DemoText::tr("Recording of the session, with chapter marks.")
                            : DemoText::tr("Material from the session, free to adapt.");
        withTags(r, r.kind == ResourceKind::Recording ? QStringLiteral("recording") : QStringLiteral("session"));
        m_resources.push_back(std::move(shared));
    }

    // Things members share between sessions.
    const auto titles = demo::resourceTitles();
    std::vector<int> titleUses(titles.size(), 0);
    const int count = std::max(8, m_options.months * 2 + m_options.members / 150);
    const qint64 from = std::min(m_stageBounds[1], m_joinLimit);
    const std::array<ResourceKind, 4> kinds{ResourceKind::Document, ResourceKind::Link, ResourceKind::Template,
                                            ResourceKind::Tool};
    for (int k = 0; k < count; ++k) {
        SharedResource shared;
        shared.day = between(from, std::min(m_today, m_endDay));
        if (shared.day > m_today)
            continue;
        shared.author = somebody(m_engaged, shared.day);
        if (shared.author < 0)
            continue;
        Resource &r = shared.resource;
        const int kind = below(100);
        r.kind = k < 4       ? kinds[static_cast<std::size_t>(k)]
                 : kind < 30 ? ResourceKind::Document
                 : kind < 55 ? ResourceKind::Link
                 : kind < 75 ? ResourceKind::Template
                             : ResourceKind::Tool;
        const int title = below(static_cast<int>(titles.size()));
        const int uses = ++titleUses[static_cast<std::size_t>(title)];
        r.title = uses == 1
                      ? utf8(titles[static_cast<std::size_t>(title)])
                      : DemoText::tr("%1 (version %2)").arg(utf8(titles[static_cast<std::size_t>(title)])).arg(uses);
        r.description = DemoText::tr("Shared by a member for anyone to reuse; comments welcome.");
        withTags(r, utf8(pick(tagList)));
        m_resources.push_back(std::move(shared));
    }

    std::stable_sort(m_resources.begin(), m_resources.end(),
                     [](const SharedResource &a, const SharedResource &b) { return a.day < b.day; });
    int serial = 0;
    for (SharedResource &shared : m_resources) {
        Resource &r = shared.resource;
        const Person &author = m_people[static_cast<std::size_t>(shared.author)];
        ++serial;
        switch (r.kind) {
        case ResourceKind::Link:
            r.location = QStringLiteral("https://%1/notes/%2")
                             .arg(author.email.isEmpty() ? QStringLiteral("intranet.example")
                                                         : author.email.section(QLatin1Char('@'), 1))
                             .arg(serial);
            break;
        case ResourceKind::Tool:
            r.location = QStringLiteral("https://code.workspace.example/data-insight/tool-%1").arg(serial);
            break;
        default:
            r.location = QStringLiteral("https://workspace.example/data-insight/library/%1").arg(serial);
            break;
        }
        r.authorId = author.id;
        r.addedDate = dateOf(shared.day);
        r.visibility = chance(0.65) ? Visibility::Public : Visibility::Private;
        r.id = add(r);
        if (m_error)
            return *m_error;
        if (!insertContribution(shared.author, shared.day, ContributionKind::ResourceShared, r.eventId.value_or(0),
                                r.id))
            return *m_error;
    }
    return {};
}

bool DemoGenerator::insertContribution(int person, qint64 day, ContributionKind kind, Id event, Id resource,
                                       const QString &note)
{
    static const auto keys = [] {
        std::array<QString, enumCount<ContributionKind>()> k;
        for (ContributionKind kind : enumValues<ContributionKind>())
            k[static_cast<std::size_t>(kind)] = enumKey(kind);
        return k;
    }();
    const bool ok = m_contributions->run(
        {m_people[static_cast<std::size_t>(person)].id, isoDate(day), keys[static_cast<std::size_t>(kind)],
         event > 0 ? QVariant(event) : QVariant(), resource > 0 ? QVariant(resource) : QVariant(), note});
    return ok || fail(m_contributions->error());
}

Id DemoGenerator::resourceBefore(qint64 day, bool reusableOnly)
{
    const auto end = std::upper_bound(m_resources.begin(), m_resources.end(), day,
                                      [](qint64 d, const SharedResource &r) { return d < r.day; });
    const int available = static_cast<int>(end - m_resources.begin());
    for (int attempt = 0; attempt < 8 && available > 0; ++attempt) {
        const Resource &r = m_resources[static_cast<std::size_t>(below(available))].resource;
        if (!reusableOnly || r.kind == ResourceKind::Template || r.kind == ResourceKind::Tool ||
            r.kind == ResourceKind::Document)
            return r.id;
    }
    return 0;
}

Result<void> DemoGenerator::writeAttendance()
{
    BulkInsert attendance(m_plan, BulkRows::Attendance);
    if (!attendance.prepared())
        return attendance.error();
    const QString present = enumKey(AttendanceStatus::Present);
    const QString absent = enumKey(AttendanceStatus::Absent);
    const QString excused = enumKey(AttendanceStatus::Excused);

    // How many sessions open to everyone a fully engaged person attends in a month. Large communities
    // run many parallel sessions, and their engaged members attend more of them.
    const double sessionsPerMonth = 3.2 + m_options.members / 6300.0;
    std::vector<int> stamp(m_people.size(), -1);
    std::size_t joinedSoFar = 0; // people are in joining order: only those before this index can come

    for (std::size_t ei = 0; ei < m_events.size(); ++ei) {
        PlannedEvent &e = m_events[ei];
        if (!m_progress.advance())
            return cancelled();
        if (e.event.status != EventStatus::Held)
            continue;
        const int minutes = e.event.durationMinutes;
        const Id eventId = e.event.id;
        const double season = seasonOf(dateOf(e.day));
        const double appeal = e.appeal * (0.75 + 0.5 * uniform()); // some sessions simply draw more people
        const double open = std::max(1, m_openPerMonth[static_cast<std::size_t>(e.month)]);
        const double orientations = std::max(1, m_orientationsPerMonth[static_cast<std::size_t>(e.month)]);
        const int marker = static_cast<int>(ei);

        const auto record = [&](int person, const QString &statusKey, const QVariant &attended) {
            stamp[static_cast<std::size_t>(person)] = marker;
            return attendance.run({eventId, m_people[static_cast<std::size_t>(person)].id, statusKey, attended}) ||
                   fail(attendance.error());
        };
        for (int lead : {e.host, e.presenter}) {
            if (lead < 0 || stamp[static_cast<std::size_t>(lead)] == marker || !m_people[lead].memberOn(e.day))
                continue;
            if (!record(lead, present, minutes))
                return *m_error;
            if (e.feedback)
                e.credited.push_back(lead);
            const auto kind = lead == e.host ? ContributionKind::Hosting : ContributionKind::Presentation;
            if (!insertContribution(lead, e.day, kind, eventId))
                return *m_error;
        }

        while (joinedSoFar < m_people.size() && m_people[joinedSoFar].joined <= e.day)
            ++joinedSoFar;
        for (std::size_t i = 0; i < joinedSoFar; ++i) {
            Person &p = m_people[i];
            if (stamp[i] == marker || !p.memberOn(e.day))
                continue;
            double chanceToCome = 0.0;
            switch (e.audience) {
            case Audience::CoreTeam:
                chanceToCome = p.role == Role::Champion || p.role == Role::Facilitator ? 0.85
                               : p.role == Role::Sponsor                               ? 0.6
                                                                                       : 0.0;
                break;
            case Audience::PilotGroup:
                chanceToCome =
                    p.role == Role::Champion || p.role == Role::Facilitator || p.role == Role::Expert || p.pilot ? 0.85
                    : p.role == Role::Sponsor                                                                    ? 0.3
                                                                                                                 : 0.0;
                break;
            case Audience::Newcomers:
                chanceToCome = p.role == Role::Facilitator                             ? 0.9
                               : !p.oriented && p.counted() && e.day - p.joined <= 100 ? 0.75 / orientations
                                                                                       : 0.0;
                break;
            case Audience::Everyone:
                if (p.role == Role::Facilitator) {
                    chanceToCome = std::min(0.9, 6.0 / open);
                } else if (p.role == Role::Sponsor) {
                    chanceToCome = e.sponsorsInvited ? 0.8 : 0.02;
                } else {
                    chanceToCome = p.propensity * sessionsPerMonth * appeal * season / open;
                    if (p.level != Engagement::Core && e.day - p.joined < 60)
                        chanceToCome *= 1.6; // newcomers try things out
                    if (p.left != StillMember && p.left - e.day < 90)
                        chanceToCome *= 0.4; // drifting away
                    if (p.role == Role::Guest && e.event.kind != EventKind::Webinar)
                        chanceToCome *= 0.2;
                }
                break;
            }
            if (chanceToCome <= 0.0 || !chance(std::min(0.95, chanceToCome)))
                continue;

            const double r = uniform();
            const double presentShare = 0.82 + 0.1 * p.propensity;
            if (r < presentShare) {
                // A few leave early or join late: under half the session is not credited.
                const bool brief = chance(0.13 - 0.08 * p.propensity);
                const double share = brief ? 0.1 + 0.38 * uniform() : 0.62 + 0.38 * uniform();
                const int attended = std::clamp(static_cast<int>(std::lround(minutes * share)), 1, minutes);
                if (!record(static_cast<int>(i), present, attended))
                    return *m_error;
                if (e.event.kind == EventKind::Orientation)
                    p.oriented = true;
                if (!brief) {
                    if (e.feedback)
                        e.credited.push_back(static_cast<int>(i));
                    if (chance(0.03 + 0.1 * p.propensity)) {
                        const int k = below(100);
                        const auto kind = k < 45   ? ContributionKind::Question
                                          : k < 80 ? ContributionKind::Answer
                                                   : ContributionKind::Post;
                        if (!insertContribution(static_cast<int>(i), e.day, kind, eventId))
                            return *m_error;
                    }
                }
            } else if (!record(static_cast<int>(i), r < presentShare + 0.11 ? absent : excused,
                               r < presentShare + 0.11 ? QVariant(0) : QVariant())) {
                return *m_error;
            }
        }
    }
    return {};
}

Result<void> DemoGenerator::writeContributions()
{
    // Between sessions: posts, questions, answers, shared resources, the odd story, and mentoring by
    // the core. `perMonth` is what a fully engaged person contributes in a month; the rate falls with
    // the square of the propensity, so a few people make most contributions, as in real communities.
    const double perMonth = 2.25;
    const QString mentoringNote = DemoText::tr("Paired with a newcomer for their first project.");
    for (int m = 0; m < m_options.months; ++m) {
        if (!m_progress.advance())
            return cancelled();
        const qint64 monthStart = jd(m_start.addMonths(m));
        const qint64 monthEnd = jd(m_start.addMonths(m + 1)) - 1;
        const qint64 last = std::min(monthEnd, m_today);
        if (monthStart > last)
            continue;
        const double season = seasonOf(dateOf(monthStart));
        const double monthDays = static_cast<double>(monthEnd - monthStart + 1);
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            const Person &p = m_people[i];
            const qint64 from = std::max(monthStart, p.joined);
            const qint64 to = std::min(last, p.left);
            if (from > to)
                continue;
            const double share = static_cast<double>(to - from + 1) / monthDays;
            double mean = p.propensity * p.propensity * perMonth * share * season;
            if (p.level != Engagement::Core && from - p.joined < 60)
                mean *= 1.5;
            if (p.left != StillMember && p.left - to < 90)
                mean *= 0.4;
            const int person = static_cast<int>(i);
            const int count = poisson(mean);
            for (int k = 0; k < count; ++k) {
                const qint64 day = between(from, to);
                const int roll = below(100);
                ContributionKind kind = roll < 38   ? ContributionKind::Post
                                        : roll < 56 ? ContributionKind::Question
                                        : roll < 83 ? ContributionKind::Answer
                                        : roll < 99 ? ContributionKind::ResourceShared
                                                    : ContributionKind::Story;
                const Id resource =
                    kind == ContributionKind::ResourceShared && chance(0.4) ? resourceBefore(day, false) : 0;
                if (!insertContribution(person, day, kind, 0, resource))
                    return *m_error;
            }
            if (p.level == Engagement::Core && p.counted() && chance(0.22 * share)) {
                if (!insertContribution(person, between(from, to), ContributionKind::Mentoring, 0, 0, mentoringNote))
                    return *m_error;
            }
        }
    }
    return {};
}

Result<void> DemoGenerator::writeSurveys()
{
    struct Item {
        QString text;
        QuestionType type;
        QString pairKey{};
        QStringList choices{};
    };
    const auto addSurvey = [this](Survey survey, const std::vector<Item> &items, std::vector<Id> &questions) {
        survey.id = add(survey);
        for (std::size_t k = 0; k < items.size(); ++k) {
            Question q;
            q.surveyId = survey.id;
            q.position = static_cast<int>(k) + 1;
            q.text = items[k].text;
            q.type = items[k].type;
            q.pairKey = items[k].pairKey;
            q.choices = items[k].choices;
            questions.push_back(add(q));
        }
        return survey.id;
    };
    const auto respond = [this](Id survey, int person, qint64 day, bool anonymous) {
        const Person &p = m_people[static_cast<std::size_t>(person)];
        if (!m_responses->run(
                {survey, anonymous ? QVariant() : QVariant(p.id), anonymous ? p.code : QString(), isoDate(day)})) {
            fail(m_responses->error());
            return Id(0);
        }
        return m_responses->lastId();
    };
    const auto answer = [this](Id response, Id question, const QVariant &number, const QString &text = {}) {
        return m_answers->run({response, question, number, text}) || fail(m_answers->error());
    };
    const auto likelihood = [](const Person &p) {
        switch (p.level) {
        case Engagement::Core:
            return 0.9;
        case Engagement::Active:
            return 0.7;
        case Engagement::Occasional:
            return 0.4;
        case Engagement::Peripheral:
            return 0.15;
        }
        return 0.0;
    };
    const auto invited = [this](qint64 day) {
        int n = 0;
        for (const Person &p : m_people)
            n += p.counted() && p.memberOn(day) ? 1 : 0;
        return n;
    };
    const auto eventOf = [this](EventKind kind) -> const PlannedEvent * {
        for (const PlannedEvent &e : m_events) {
            if (e.event.kind == kind)
                return &e;
        }
        return nullptr;
    };

    // Baseline and final surveys share their paired items.
    const std::vector<Item> paired{
        {DemoText::tr("I know whom to ask when I am stuck on a data problem."), QuestionType::Likert,
         QStringLiteral("know_whom_to_ask")},
        {DemoText::tr("I regularly reuse methods or code shared by colleagues in other teams."), QuestionType::Likert,
         QStringLiteral("reuse_methods")},
        {DemoText::tr("I feel confident explaining my analysis to people who are not analysts."), QuestionType::Likert,
         QStringLiteral("confidence_explaining")},
        {DemoText::tr("I feel connected to people doing similar work in other organisations."), QuestionType::Likert,
         QStringLiteral("connected")},
        {DemoText::tr("The way my organisation uses data is improving."), QuestionType::Likert,
         QStringLiteral("practice_improving")},
        {DemoText::tr("How likely are you to recommend this community to a colleague?"), QuestionType::Recommend,
         QStringLiteral("recommend")},
    };
    constexpr std::array<double, 5> itemOffset{0.1, -0.2, 0.0, -0.4, 0.2};
    std::vector<std::array<int, 6>> baselineScores(m_people.size(), std::array<int, 6>{-1, -1, -1, -1, -1, -1});
    const auto likert = [](double value) { return std::clamp(static_cast<int>(std::lround(value)), 1, 5); };
    const auto score = [](double value) { return std::clamp(static_cast<int>(std::lround(value)), 0, 10); };

    const PlannedEvent *orientation = eventOf(EventKind::Orientation);
    const qint64 baselineDay = orientation ? orientation->day : nextWorkday(m_stageBounds[2] + 1);
    {
        std::vector<Item> items = paired;
        items.push_back({DemoText::tr("What do you most hope to get from the community?"), QuestionType::FreeText});
        std::vector<Id> questions;
        Survey survey{0,
                      DemoText::tr("Baseline survey"),
                      SurveyKind::Baseline,
                      dateOf(baselineDay),
                      false,
                      orientation ? OptionalId(orientation->event.id) : std::nullopt,
                      invited(std::min(baselineDay + 10, m_joinLimit)),
                      DemoText::tr("Sent to everyone at the orientation; open for ten days.")};
        m_baselineSurvey = addSurvey(survey, items, questions);
        for (std::size_t i = 0; i < m_people.size() && !m_error; ++i) {
            const Person &p = m_people[i];
            // Open for ten days: people who join meanwhile get it at their orientation.
            const qint64 day = baselineDay + below(11);
            if (!p.counted() || !p.memberOn(day) || day > m_today || !chance(likelihood(p)))
                continue;
            const Id response = respond(m_baselineSurvey, static_cast<int>(i), day, false);
            auto &scores = baselineScores[i];
            for (std::size_t q = 0; q < 5 && !m_error; ++q) {
                scores[q] = likert(2.5 + 0.6 * p.propensity + itemOffset[q] + noise() * 1.4);
                answer(response, questions[q], scores[q]);
            }
            scores[5] = score(5.0 + 3.0 * p.propensity + noise() * 2.0);
            answer(response, questions[5], scores[5]);
            if (chance(0.55))
                answer(response, questions[6], QVariant(), utf8(pick(demo::hopes())));
        }
    }
    if (!m_progress.advance())
        return cancelled();

    const PlannedEvent *wrapUp = eventOf(EventKind::WrapUp);
    const qint64 finalDay = nextWorkday(m_stageBounds[4] + 1);
    {
        std::vector<Item> items = paired;
        items.push_back(
            {DemoText::tr("What has changed in your work because of the community?"), QuestionType::FreeText});
        std::vector<Id> questions;
        Survey survey{0,
                      DemoText::tr("Final survey"),
                      SurveyKind::Final,
                      dateOf(finalDay),
                      false,
                      wrapUp ? OptionalId(wrapUp->event.id) : std::nullopt,
                      invited(std::min(finalDay, m_joinLimit)),
                      DemoText::tr("Repeats the baseline items; results presented at the wrap-up.")};
        m_finalSurvey = addSurvey(survey, items, questions);
        for (std::size_t i = 0; i < m_people.size() && !m_error; ++i) {
            const Person &p = m_people[i];
            const auto &before = baselineScores[i];
            const bool answeredBefore = before[0] >= 0;
            if (!p.counted() || !p.memberOn(finalDay) ||
                !chance(std::min(0.95, likelihood(p) * (answeredBefore ? 1.1 : 0.8))))
                continue;
            const qint64 day = finalDay + below(11);
            if (day > m_today || day > p.left)
                continue;
            const Id response = respond(m_finalSurvey, static_cast<int>(i), day, false);
            for (std::size_t q = 0; q < 5 && !m_error; ++q) {
                const double value = answeredBefore ? before[q] + 0.2 + 0.9 * p.propensity + noise() * 0.8
                                                    : 2.8 + 0.9 * p.propensity + itemOffset[q] + noise() * 1.4;
                answer(response, questions[q], likert(value));
            }
            answer(response, questions[5], score(5.5 + 4.0 * p.propensity + noise() * 2.0));
            if (chance(0.5))
                answer(response, questions[6], QVariant(), utf8(pick(demo::changes())));
        }
    }
    if (!m_progress.advance())
        return cancelled();

    // Feedback after a few sessions.
    const std::vector<Item> feedbackItems{
        {DemoText::tr("The session was a good use of my time."), QuestionType::Likert},
        {DemoText::tr("Will you apply something from this session in the next month?"), QuestionType::YesNo},
        {DemoText::tr("Which part was most useful?"),
         QuestionType::Choice,
         QString(),
         {DemoText::tr("The talk"), DemoText::tr("The discussion"), DemoText::tr("Breakout groups"),
          DemoText::tr("Resources shared afterwards")}},
        {DemoText::tr("Anything we should change?"), QuestionType::FreeText},
    };
    for (const PlannedEvent &e : m_events) {
        if (!e.feedback || e.event.status != EventStatus::Held || e.credited.empty())
            continue;
        std::vector<Id> questions;
        Survey survey{0,
                      DemoText::tr("Feedback: %1").arg(e.event.title),
                      SurveyKind::SessionFeedback,
                      dateOf(e.day),
                      false,
                      e.event.id,
                      static_cast<int>(e.credited.size()),
                      {}};
        const Id id = addSurvey(survey, feedbackItems, questions);
        for (int person : e.credited) {
            const Person &p = m_people[static_cast<std::size_t>(person)];
            const qint64 day = e.day + below(4);
            if (m_error || !p.counted() || !chance(0.45) || day > m_today || day > p.left)
                continue;
            const Id response = respond(id, person, day, false);
            answer(response, questions[0], likert(3.4 + p.propensity + noise()));
            answer(response, questions[1], chance(0.45 + 0.4 * p.propensity) ? 1 : 0);
            const int part = below(4);
            answer(response, questions[2], part, feedbackItems[2].choices[part]);
            if (chance(0.3))
                answer(response, questions[3], QVariant(), utf8(pick(demo::sessionComments())));
        }
    }

    // Monthly anonymous check-in polls, paired across months by respondent code.
    const std::vector<Item> pollItems{
        {DemoText::tr("Did you use something from the community in your work this month?"), QuestionType::YesNo},
        {DemoText::tr("Did you help, or learn from, a member you had not worked with before?"), QuestionType::YesNo},
    };
    const double span = static_cast<double>(std::max<qint64>(1, m_endDay - m_startDay));
    for (const PlannedEvent &e : m_events) {
        if (m_error)
            break;
        if (e.event.kind != EventKind::CheckIn || e.event.status != EventStatus::Held)
            continue;
        std::vector<Id> questions;
        Survey survey{
            0,
            DemoText::tr("Check-in poll, %1").arg(QLocale().toString(dateOf(e.day), QStringLiteral("MMMM yyyy"))),
            SurveyKind::CheckIn,
            dateOf(e.day),
            true,
            e.event.id,
            0,
            DemoText::tr("Two yes/no questions, anonymous.")};
        const Id id = addSurvey(survey, pollItems, questions);
        if (m_firstCheckInSurvey == 0)
            m_firstCheckInSurvey = id;
        const double progress = static_cast<double>(e.day - m_startDay) / span;
        for (std::size_t i = 0; i < m_people.size() && !m_error; ++i) {
            const Person &p = m_people[i];
            const qint64 day = e.day + below(5);
            if (!p.counted() || !p.memberOn(e.day) || !chance(0.04 + 0.35 * p.propensity) || day > m_today)
                continue;
            const Id response = respond(id, static_cast<int>(i), day, true);
            answer(response, questions[0], chance(0.4 + 0.3 * progress + 0.2 * p.propensity) ? 1 : 0);
            answer(response, questions[1], chance(0.25 + 0.25 * progress + 0.2 * p.propensity) ? 1 : 0);
        }
    }
    if (!m_progress.advance())
        return cancelled();

    // One value-creation survey late in the nurture stage.
    const qint64 valueDay = nextWorkday(m_stageBounds[3] + (m_stageBounds[4] - m_stageBounds[3]) * 7 / 10);
    if (valueDay <= m_today && !m_error) {
        QStringList cycles;
        for (ValueCycle cycle : enumValues<ValueCycle>())
            cycles << label(cycle);
        const std::vector<Item> items{
            {DemoText::tr("Which kind of value did the community bring you this quarter?"), QuestionType::Choice,
             QString(), cycles},
            {DemoText::tr("Describe one example."), QuestionType::FreeText},
        };
        std::vector<Id> questions;
        Survey survey{0,
                      DemoText::tr("Value-creation check"),
                      SurveyKind::ValueCreation,
                      dateOf(valueDay),
                      false,
                      std::nullopt,
                      invited(valueDay),
                      DemoText::tr("Asked of everyone; answers feed the success-story drive.")};
        const Id id = addSurvey(survey, items, questions);
        for (std::size_t i = 0; i < m_people.size() && !m_error; ++i) {
            const Person &p = m_people[i];
            const double likely = p.level == Engagement::Core ? 0.6 : p.level == Engagement::Active ? 0.35 : 0.06;
            const qint64 day = valueDay + below(8);
            if (!p.counted() || !p.memberOn(valueDay) || !chance(likely) || day > m_today || day > p.left)
                continue;
            const Id response = respond(id, static_cast<int>(i), day, false);
            const int cycle = std::min(4, static_cast<int>(uniform() * (2.0 + 3.0 * p.propensity)));
            answer(response, questions[0], cycle, cycles[cycle]);
            if (chance(0.6))
                answer(response, questions[1], QVariant(), utf8(pick(demo::valueExamples())));
        }
    }
    return status();
}

Result<void> DemoGenerator::writeStories()
{
    for (const demo::StoryTemplate &t : demo::stories()) {
        const qint64 day = nextWorkday(m_startDay + std::llround(t.when * static_cast<double>(m_endDay - m_startDay)));
        if (day > m_today || day > m_endDay)
            continue;
        Story story;
        story.title = utf8(t.title);
        story.kind = t.kind;
        story.date = dateOf(day);
        story.narrative = utf8(t.narrative);
        story.cycles = t.cycles;
        story.consent = t.consent;
        const int people = 1 + below(3);
        for (int k = 0; k < people; ++k) {
            const int person = somebody(m_engaged, day, [&](const Person &p) {
                return (!t.consent || p.consentQuote) && !story.memberIds.contains(p.id);
            });
            if (person >= 0)
                story.memberIds << m_people[static_cast<std::size_t>(person)].id;
        }
        if (story.memberIds.isEmpty())
            story.memberIds << m_people.front().id;
        // The latest held session before the story, and something from the library it built on.
        for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
            if (it->day <= day && it->event.status == EventStatus::Held && it->audience != Audience::Newcomers &&
                it->event.kind != EventKind::CheckIn) {
                story.eventIds << it->event.id;
                break;
            }
        }
        if (const Id resource = resourceBefore(day, true); resource > 0)
            story.resourceIds << resource;
        story.id = add(story);
        if (m_error)
            return *m_error;
        if (m_pilotStory == 0 && t.kind == StoryKind::Success)
            m_pilotStory = story.id;
        if (t.kind == StoryKind::Reflection)
            m_reflectionStory = story.id;

        int teller = 0;
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            if (m_people[i].id == story.memberIds.front())
                teller = static_cast<int>(i);
        }
        if (!insertContribution(teller, day, ContributionKind::Story,
                                story.eventIds.isEmpty() ? 0 : story.eventIds.front(),
                                story.resourceIds.isEmpty() ? 0 : story.resourceIds.front(), story.title))
            return *m_error;
        add(Recognition{0, story.memberIds.front(), dateOf(day),
                        DemoText::tr("Shared the story \"%1\"").arg(story.title)});
    }
    return status();
}

Result<void> DemoGenerator::writeRecognitions()
{
    // A member spotlight at every other community meeting.
    const int perSpotlight = 1 + m_options.members / 2000;
    int meetings = 0;
    for (const PlannedEvent &e : m_events) {
        if (e.series != 0 || e.event.status != EventStatus::Held || meetings++ % 2 != 0)
            continue;
        for (int k = 0; k < perSpotlight; ++k) {
            const int person = somebody(m_engaged, e.day);
            if (person >= 0)
                add(Recognition{0, m_people[static_cast<std::size_t>(person)].id, dateOf(e.day),
                                utf8(pick(demo::recognitionReasons()))});
        }
        if (m_error)
            break;
    }
    return status();
}

Result<void> DemoGenerator::writeGoalsAndBudget()
{
    const double years = std::max(1.0, m_options.months / 12.0);
    const std::array<std::pair<const char *, double>, 5> lines{{
        {"Facilitator time (one day a week)", 14000.0},
        {"Venues and catering for the quarterly meetups", 3200.0},
        {"Workspace and video-call licences", 1800.0},
        {"Guest speakers", 2500.0},
        {"Recognition: certificates and small awards", 600.0},
    }};
    for (std::size_t k = 0; k < lines.size(); ++k) {
        add(BudgetLine{0, DemoText::tr(lines[k].first), std::round(lines[k].second * years),
                       k == 0 ? DemoText::tr("Agreed with the sponsors.") : QString(), static_cast<int>(k) + 1});
    }

    Goal reach{0,
               DemoText::tr("Reach most of the people we invited"),
               DemoText::tr("Share of members who attended at least one session."),
               0.0,
               0.6,
               DemoText::tr("share of members"),
               m_end,
               QStringLiteral("reach"),
               std::nullopt};
    Goal active{0,
                DemoText::tr("Keep a steady group of active members"),
                DemoText::tr("Members with a credited attendance or a contribution in the month."),
                0.0,
                std::round(std::max(5.0, m_options.members * 0.3)),
                DemoText::tr("members a month"),
                m_end,
                QStringLiteral("active_members"),
                std::nullopt};
    Goal reuse{
        0,
        DemoText::tr("Analysts reuse each other's methods"),
        DemoText::tr("Mean agreement with \"I regularly reuse methods shared by colleagues\" in the quarterly pulse."),
        2.6,
        3.8,
        DemoText::tr("mean agreement (1-5)"),
        m_end,
        QString(),
        std::nullopt};
    Goal library{0,
                 DemoText::tr("Build a library of reusable templates and tools"),
                 DemoText::tr("Templates and tools in the shared library."),
                 0.0,
                 std::max(6.0, m_options.months * 1.0),
                 DemoText::tr("templates and tools"),
                 m_end,
                 QString(),
                 std::nullopt};
    add(reach);
    add(active);
    const Id reuseId = add(reuse);
    const Id libraryId = add(library);

    // Quarterly measurements for the manual goals, up to today.
    const qint64 last = std::min(m_today, m_endDay);
    for (int quarter = 1;; ++quarter) {
        const qint64 day = jd(m_start.addMonths(3 * quarter)) - 1;
        if (day > last || m_error)
            break;
        if (day < m_stageBounds[2])
            continue;
        const double progress = static_cast<double>(day - m_startDay) / static_cast<double>(m_endDay - m_startDay + 1);
        const double pulse = std::round((2.6 + 0.9 * progress + 0.15 * noise()) * 10.0) / 10.0;
        add(GoalMeasurement{0, reuseId, dateOf(day), pulse, DemoText::tr("Quarterly pulse")});
        int reusable = 0;
        for (const SharedResource &r : m_resources) {
            if (r.day <= day && (r.resource.kind == ResourceKind::Template || r.resource.kind == ResourceKind::Tool))
                ++reusable;
        }
        add(GoalMeasurement{0, libraryId, dateOf(day), static_cast<double>(reusable),
                            DemoText::tr("Counted in the library")});
    }
    return status();
}

Result<void> DemoGenerator::writeChecklists()
{
    auto items = m_plan.list<ChecklistItem>();
    if (!items.ok())
        return items.error();
    const auto builtIn = [](const char *title) { return QCoreApplication::translate("cultivate::StageGuide", title); };
    const auto firstEvent = [this](EventKind kind, Audience audience) -> OptionalId {
        for (const PlannedEvent &e : m_events) {
            if (e.event.kind == kind && e.audience == audience && e.event.status == EventStatus::Held)
                return e.event.id;
        }
        return std::nullopt;
    };
    const OptionalId resource = m_resources.empty() ? std::nullopt : OptionalId(m_resources.front().resource.id);
    const auto orNone = [](Id id) { return id > 0 ? OptionalId(id) : std::nullopt; };

    std::array<int, 5> perStage{};
    std::array<int, 5> seen{};
    QList<ChecklistItem> list = items.value();
    for (const ChecklistItem &item : list) {
        for (std::size_t k = 0; k < m_stageIds.size(); ++k)
            perStage[k] += item.stageId == m_stageIds[k] ? 1 : 0;
    }
    // A few items of the facilitator's own.
    const std::array<std::pair<int, const char *>, 2> ownItems{{
        {3, "Book venues for the quarterly meetups"},
        {4, "Archive recordings older than a year"},
    }};
    for (const auto &[stage, title] : ownItems) {
        ChecklistItem item;
        item.stageId = m_stageIds[static_cast<std::size_t>(stage)];
        item.position = ++perStage[static_cast<std::size_t>(stage)];
        item.title = DemoText::tr(title);
        item.id = add(item);
        list << item;
    }
    if (m_error)
        return *m_error;

    for (ChecklistItem item : list) {
        std::size_t k = 0;
        while (k < m_stageIds.size() && m_stageIds[k] != item.stageId)
            ++k;
        if (k == m_stageIds.size())
            continue;
        const qint64 from = m_stageBounds[k];
        const qint64 to = m_stageBounds[k + 1] - 1;
        const int index = ++seen[k];
        // Items fall due one after another across the stage; each is ticked when its turn has passed.
        const qint64 doneDay = from + (to - from) * index / (perStage[k] + 1);
        item.dueDate = dateOf(to);
        item.done = doneDay < m_today;
        item.doneDate = item.done ? dateOf(doneDay) : QDate();
        if (item.done) {
            if (item.title == builtIn("Pilot group"))
                item.evidenceEventId = firstEvent(EventKind::Meeting, Audience::PilotGroup);
            else if (item.title == builtIn("First success story"))
                item.evidenceStoryId = orNone(m_pilotStory);
            else if (item.title == builtIn("Launch to a broader audience"))
                item.evidenceEventId = firstEvent(EventKind::Webinar, Audience::Everyone);
            else if (item.title == builtIn("Orientation and baseline survey"))
                item.evidenceSurveyId = orNone(m_baselineSurvey);
            else if (item.title == builtIn("Shared repertoire"))
                item.evidenceResourceId = resource;
            else if (item.title == builtIn("Check-ins"))
                item.evidenceSurveyId = orNone(m_firstCheckInSurvey);
            else if (item.title == builtIn("Final survey"))
                item.evidenceSurveyId = orNone(m_finalSurvey);
            else if (item.title == builtIn("Reflections on shifts in practice"))
                item.evidenceStoryId = orNone(m_reflectionStory);
            else if (item.title == builtIn("Ground rules"))
                item.evidenceNote = DemoText::tr("Agreed at the charter workshop; pinned in the channel.");
            else if (item.title == builtIn("Facilitator"))
                item.evidenceNote = DemoText::tr("Appointed for one day a week, confirmed by the sponsors.");
            else if (item.title == builtIn("Workspace"))
                item.evidenceNote = DemoText::tr("Wiki, code repository and library set up.");
        }
        if (auto r = m_plan.update(item); !r.ok())
            return r;
    }
    return {};
}

Result<void> DemoGenerator::run()
{
    if (auto r = prepare(); !r.ok())
        return r;
    // Everything is drawn in memory first; the writes follow. Progress counts people written, events
    // attended, months of contributions and three survey steps.
    layOutStages();
    createPeople();
    planEvents();
    chooseHosts();
    m_progress.setTotal(static_cast<int>(m_people.size() + m_events.size()) + m_options.months + 3);
    if (!m_progress.advance(0))
        return cancelled();

    for (auto phase :
         {&DemoGenerator::writeCharterAndStages, &DemoGenerator::writePeople, &DemoGenerator::writeEvents,
          &DemoGenerator::writeResources, &DemoGenerator::writeAttendance, &DemoGenerator::writeContributions,
          &DemoGenerator::writeSurveys, &DemoGenerator::writeStories, &DemoGenerator::writeRecognitions,
          &DemoGenerator::writeGoalsAndBudget, &DemoGenerator::writeChecklists}) {
        if (auto r = (this->*phase)(); !r.ok())
            return r;
    }
    m_plan.notifyReset();
    return {};
}

} // namespace

QDate defaultDemoStart(int months, const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-(std::max(1, months) - 1));
}

Result<void> fillDemo(Plan &plan, const DemoOptions &options, const DemoProgress &progress)
{
    // A large demo writes far more than SQLite's default page cache holds.
    const storage::LargeWriteCache cache(plan, 65536);
    return plan.transaction([&]() -> Result<void> {
        DemoGenerator generator(plan, options, progress);
        return generator.run();
    });
}

Result<std::unique_ptr<Plan>> createDemoPlan(const QString &path, const DemoOptions &options, const Clock &clock,
                                             const DemoProgress &progress)
{
    if (options.members < MinMembers || options.members > MaxMembers || options.months < 1 ||
        options.months > MaxMonths) {
        return makeError(ErrorCode::InvalidInput,
                         DemoText::tr("A demo community has from %1 to %2 people over 1 to %3 months.")
                             .arg(MinMembers)
                             .arg(MaxMembers)
                             .arg(MaxMonths));
    }
    DemoOptions resolved = options;
    if (!resolved.start.isValid())
        resolved.start = defaultDemoStart(options.months, clock.today());
    Community community;
    community.name = options.name.trimmed().isEmpty() ? DemoOptions().name : options.name.trimmed();
    community.startDate = resolved.start;
    community.endDate = resolved.start.addMonths(options.months).addDays(-1);
    // The same options give the same plan, identity included: a name-based UUID instead of a random one.
    const QString identity = QStringLiteral("%1|%2|%3|%4|%5")
                                 .arg(community.name)
                                 .arg(options.members)
                                 .arg(options.months)
                                 .arg(options.seed)
                                 .arg(resolved.start.toString(Qt::ISODate));
    community.uid = QUuid::createUuidV5(DemoNamespace, identity).toString(QUuid::WithoutBraces);
    const auto seeder = [&](Plan &plan) -> Result<void> {
        if (auto r = seedPlan(plan, NewPlanOptions{community.name, community.startDate, PlanTemplate::Empty, {}});
            !r.ok())
            return r;
        return fillDemo(plan, resolved, progress);
    };
    return Plan::create(path, community, seeder, clock);
}

} // namespace cultivate
