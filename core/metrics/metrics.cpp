// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/metrics.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace cultivate {

namespace {

// Months are counted as year * 12 + month - 1.
int monthOf(qint64 julianDay)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    return d.year() * 12 + d.month() - 1;
}

QDate firstDayOfMonth(int month)
{
    return QDate(month / 12, month % 12 + 1, 1);
}
qint64 firstDay(int month)
{
    return firstDayOfMonth(month).toJulianDay();
}
qint64 lastDay(int month)
{
    return firstDay(month + 1) - 1;
}
QString monthKey(int month)
{
    return firstDayOfMonth(month).toString(QStringLiteral("yyyy-MM"));
}
QString quarterKey(int firstMonth)
{
    return QStringLiteral("%1-Q%2").arg(firstMonth / 12).arg(firstMonth % 12 / 3 + 1);
}

bool counted(Role role, bool includeEveryone)
{
    return includeEveryone || (role != Role::Facilitator && role != Role::Sponsor);
}

bool isHosting(ContributionKind kind)
{
    return kind == ContributionKind::Hosting || kind == ContributionKind::Presentation ||
           kind == ContributionKind::Mentoring;
}

// SPEC §5: the participation level from a member's figures over one period. The rate is credited
// attendances while a member over events held while a member.
Level levelOf(bool guest, int credited, int creditedWhileMember, int eligible, int weight, bool hosted)
{
    const bool activity = credited > 0 || weight > 0;
    if (guest)
        return activity ? Level::Transactional : Level::Peripheral;
    const double rate = eligible > 0 ? double(creditedWhileMember) / eligible : 0.0;
    if (hosted || (rate >= 0.75 && weight >= 10))
        return Level::Core;
    if (rate >= 0.5 || weight >= 5)
        return Level::Active;
    return activity ? Level::Occasional : Level::Peripheral;
}

// Rank for flows: higher is more involved.
int rankOf(Level level)
{
    return 3 - static_cast<int>(level);
}

// What one member did in one month, counting only days inside the window for the window's months
// and whole months for the look-back before it.
struct Cell {
    int credited = 0;            // credited attendances
    int creditedWhileMember = 0; // of those, at events while a member
    int weight = 0;
    bool hosted = false;
    bool carried = false; // active in the predecessor plan (months before the plan began)
    bool active() const { return credited > 0 || weight > 0 || carried; }
};

struct Totals {
    int credited = 0;
    int creditedWhileMember = 0;
    int weight = 0;
    bool hosted = false;
};

// Per-member, per-month activity over [firstMonth, lastMonth], filled in one pass over the rows. A
// member's months lie next to each other, so loops over a member's months read adjacent cells.
class MonthGrid {
public:
    MonthGrid(size_t members, int firstMonth, int lastMonth)
        : m_first(firstMonth)
        , m_count(std::max(0, lastMonth - firstMonth + 1))
        , m_cells(members * size_t(m_count))
    {
    }
    int first() const { return m_first; }
    int last() const { return m_first + m_count - 1; }
    bool contains(int month) const { return month >= m_first && month < m_first + m_count; }
    Cell &at(int member, int month) { return m_cells[index(member, month)]; }
    const Cell &at(int member, int month) const { return m_cells[index(member, month)]; }
    bool active(int member, int month) const { return contains(month) && at(member, month).active(); }
    // Sums over the months [from, to] that lie in the grid.
    Totals sum(int member, int from, int to) const
    {
        Totals t;
        for (int m = std::max(from, m_first); m <= std::min(to, last()); ++m) {
            const Cell &cell = at(member, m);
            t.credited += cell.credited;
            t.creditedWhileMember += cell.creditedWhileMember;
            t.weight += cell.weight;
            t.hosted = t.hosted || cell.hosted;
        }
        return t;
    }

private:
    size_t index(int member, int month) const { return size_t(member) * size_t(m_count) + size_t(month - m_first); }

    int m_first = 0;
    int m_count = 0;
    std::vector<Cell> m_cells;
};

// Held events in a day range: binary search over the sorted held-event days.
class HeldDays {
public:
    explicit HeldDays(std::vector<qint64> days)
        : m_days(std::move(days))
    {
        std::sort(m_days.begin(), m_days.end());
    }
    int between(qint64 from, qint64 to) const
    {
        if (from > to)
            return 0;
        return int(std::upper_bound(m_days.begin(), m_days.end(), to) -
                   std::lower_bound(m_days.begin(), m_days.end(), from));
    }

private:
    std::vector<qint64> m_days;
};

// The passes of computeMetrics over one snapshot and one window, sharing what they read.
class Computation {
public:
    Computation(const MetricsData &data, const MetricsOptions &options, const QDate &today);
    Metrics run();

private:
    bool isMember(size_t m, qint64 a, qint64 b) const
    {
        return m_data.members[m].joined <= b && m_data.members[m].left >= a;
    }
    bool isGuest(size_t m) const { return m_data.members[m].role == Role::Guest; }
    int monthIndex(int month) const { return month - m_firstMonth; }

    void readEvents();
    void readActivity();
    void memberFigures();
    void months();
    void stickiness();
    void conversion();
    void retention();
    void quarters();
    void drifting();
    void turnout();
    void concentration();
    void surveys();
    void goals();

    const MetricsData &m_data;
    MetricsOptions m_options;
    Metrics m_r;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_today = 0;
    int m_firstMonth = 0;
    int m_lastMonth = 0;
    size_t m_memberCount = 0;
    std::vector<quint8> m_counted;  // counts by role (facilitators and sponsors only with --everyone)
    std::vector<quint8> m_inWindow; // counted, and a member at some day of W
    std::vector<quint8> m_held;
    std::vector<int> m_eventMonth;
    std::unique_ptr<HeldDays> m_heldDays;
    std::unique_ptr<MonthGrid> m_grid;
    // Activity in the days of W's first month before W starts: only the stickiness look-back reads it.
    std::vector<quint8> m_activeBeforeFrom;
    std::vector<qint64> m_firstActivity; // day of each member's first activity ever
    std::vector<int> m_creditedInWindow; // per member
    std::vector<int> m_creditedWhileMember;
    std::vector<int> m_weightInWindow;
    std::vector<quint8> m_hostedInWindow;
    std::vector<std::vector<int>> m_attendees; // per event: credited attendees in W
    std::vector<qint8> m_quarterLevels;        // quarter * members + member: the level, -1 when not a member
    struct Quarter {
        int firstMonth = 0;
        qint64 from = 0; // the part of the quarter inside the window
        qint64 to = 0;
    };
    std::vector<Quarter> m_quarters;
};

Computation::Computation(const MetricsData &data, const MetricsOptions &options, const QDate &today)
    : m_data(data)
    , m_options(options)
{
    std::tie(m_r.from, m_r.to) = metricsWindow(data, options, today);
    m_r.today = today;
    m_from = m_r.from.toJulianDay();
    m_to = m_r.to.toJulianDay();
    m_today = today.toJulianDay();
    m_firstMonth = monthOf(m_from);
    m_lastMonth = monthOf(m_to);
    m_memberCount = data.members.size();
    m_counted.resize(m_memberCount);
    m_inWindow.resize(m_memberCount);
    for (size_t m = 0; m < m_memberCount; ++m) {
        m_counted[m] = counted(data.members[m].role, options.includeEveryone);
        m_inWindow[m] = m_counted[m] && isMember(m, m_from, m_to);
    }
}

Metrics Computation::run()
{
    readEvents();
    readActivity();
    memberFigures();
    months();
    stickiness();
    conversion();
    retention();
    quarters();
    drifting();
    turnout();
    concentration();
    surveys();
    goals();
    return std::move(m_r);
}

void Computation::readEvents()
{
    std::vector<qint64> heldDays;
    m_eventMonth.resize(m_data.events.size());
    m_held.resize(m_data.events.size());
    for (size_t e = 0; e < m_data.events.size(); ++e) {
        const auto &event = m_data.events[e];
        m_eventMonth[e] = monthOf(event.day);
        m_held[e] = event.status == EventStatus::Held;
        if (m_held[e])
            heldDays.push_back(event.day);
        if (event.day >= m_from && event.day <= m_to) {
            m_r.eventsHeld += event.status == EventStatus::Held;
            m_r.eventsPlanned += event.status == EventStatus::Planned;
            m_r.eventsCancelled += event.status == EventStatus::Cancelled;
        }
    }
    m_heldDays = std::make_unique<HeldDays>(std::move(heldDays));
}

// One pass over attendance and contributions. The grid reaches eleven months before W for the
// stickiness look-back (SPEC §5's one exception to "only inside W"); W's own months hold only
// their days inside W.
void Computation::readActivity()
{
    m_grid = std::make_unique<MonthGrid>(m_memberCount, m_firstMonth - 11, m_lastMonth);
    m_activeBeforeFrom.assign(m_memberCount, 0);
    m_firstActivity.assign(m_memberCount, LLONG_MAX);
    m_creditedInWindow.assign(m_memberCount, 0);
    m_creditedWhileMember.assign(m_memberCount, 0);
    m_weightInWindow.assign(m_memberCount, 0);
    m_hostedInWindow.assign(m_memberCount, 0);
    m_attendees.assign(m_data.events.size(), {});
    const double threshold = m_data.community.attendanceThreshold;
    const qint64 firstMonthStart = firstDay(m_firstMonth);
    // Where a day's activity goes: a cell of the grid, the days before W in its first month, or nowhere.
    const auto inGrid = [&](qint64 day, int month) { return day <= m_to && (day >= m_from || month < m_firstMonth); };

    for (const auto &a : m_data.attendance) {
        const size_t e = size_t(a.event);
        const size_t m = size_t(a.member);
        const auto &event = m_data.events[e];
        if (!m_held[e] || !a.present || !m_counted[m])
            continue;
        if (a.minutes >= 0 && a.minutes < threshold * event.durationMinutes)
            continue; // present, but for less than the plan's share of the event
        m_firstActivity[m] = std::min(m_firstActivity[m], event.day);
        const bool whileMember = isMember(m, event.day, event.day);
        const int month = m_eventMonth[e];
        if (inGrid(event.day, month) && m_grid->contains(month)) {
            Cell &cell = m_grid->at(int(m), month);
            ++cell.credited;
            cell.creditedWhileMember += whileMember;
        } else if (event.day >= firstMonthStart && event.day < m_from) {
            m_activeBeforeFrom[m] = 1;
        }
        if (event.day >= m_from && event.day <= m_to && m_inWindow[m]) {
            ++m_creditedInWindow[m];
            m_creditedWhileMember[m] += whileMember;
            m_attendees[e].push_back(int(m));
            ++m_r.creditedAttendances;
        }
    }
    for (const auto &c : m_data.contributions) {
        const size_t m = size_t(c.member);
        if (!m_counted[m])
            continue;
        m_firstActivity[m] = std::min(m_firstActivity[m], c.day);
        if (inGrid(c.day, c.month) && m_grid->contains(c.month)) {
            Cell &cell = m_grid->at(int(m), c.month);
            cell.weight += c.weight;
            cell.hosted = cell.hosted || isHosting(c.kind);
        } else if (c.day >= firstMonthStart && c.day < m_from) {
            m_activeBeforeFrom[m] = 1;
        }
        if (c.day >= m_from && c.day <= m_to && m_inWindow[m]) {
            m_weightInWindow[m] += c.weight;
            m_hostedInWindow[m] = m_hostedInWindow[m] || isHosting(c.kind);
        }
    }
    // The year before a renewal: it dates a member's first activity and feeds the stickiness look-back,
    // but a month of W never counts it (the activity itself stays in the old plan).
    for (const auto &c : m_data.carried) {
        const size_t m = size_t(c.member);
        if (!m_counted[m])
            continue;
        m_firstActivity[m] = std::min(m_firstActivity[m], firstDay(c.month));
        if (c.month < m_firstMonth && m_grid->contains(c.month))
            m_grid->at(int(m), c.month).carried = true;
    }
}

// Per member over the window: rate, level, reach.
void Computation::memberFigures()
{
    int reached = 0;
    double rateSum = 0;
    int rated = 0;
    for (size_t m = 0; m < m_memberCount; ++m) {
        if (!m_inWindow[m])
            continue;
        ++m_r.members;
        const auto &member = m_data.members[m];
        MemberFigures f;
        f.member = int(m);
        f.credited = m_creditedInWindow[m];
        f.creditedWhileMember = m_creditedWhileMember[m];
        f.eligible = m_heldDays->between(std::max(m_from, member.joined), std::min(m_to, member.left));
        f.weight = m_weightInWindow[m];
        f.hosted = m_hostedInWindow[m];
        if (f.eligible > 0) {
            f.attendanceRate = double(f.creditedWhileMember) / f.eligible;
            rateSum += *f.attendanceRate;
            ++rated;
        }
        f.level = levelOf(isGuest(m), f.credited, f.creditedWhileMember, f.eligible, f.weight, f.hosted);
        ++m_r.levels[size_t(f.level)];
        reached += f.credited > 0;
        m_r.memberFigures << f;
    }
    if (m_r.members > 0)
        m_r.reach = double(reached) / m_r.members;
    if (rated > 0)
        m_r.meanAttendanceRate = rateSum / rated;
}

// Months: active members and newcomers, the latest complete month and the running one.
void Computation::months()
{
    const int monthCount = m_lastMonth - m_firstMonth + 1;
    m_r.activeMembersByMonth.resize(monthCount);
    m_r.newcomerMembersByMonth.resize(monthCount);
    for (size_t m = 0; m < m_memberCount; ++m) {
        if (!m_inWindow[m])
            continue;
        for (int month = m_firstMonth; month <= m_lastMonth; ++month) {
            if (m_grid->active(int(m), month))
                m_r.activeMembersByMonth[monthIndex(month)] << int(m);
        }
        // A newcomer of W: first activity ever falls inside W.
        if (m_firstActivity[m] >= m_from && m_firstActivity[m] <= m_to)
            m_r.newcomerMembersByMonth[monthIndex(monthOf(m_firstActivity[m]))] << int(m);
    }
    for (int month = m_firstMonth; month <= m_lastMonth; ++month) {
        m_r.months << monthKey(month);
        m_r.activeByMonth << int(m_r.activeMembersByMonth[monthIndex(month)].size());
        m_r.newcomersByMonth << int(m_r.newcomerMembersByMonth[monthIndex(month)].size());
    }
    // W's last month when W ends on its last day, else the month before; never a month that has
    // not ended by today.
    int latest = m_to == lastDay(m_lastMonth) ? m_lastMonth : m_lastMonth - 1;
    while (latest >= m_firstMonth && lastDay(latest) >= m_today)
        --latest;
    m_r.latestCompleteMonth = latest >= m_firstMonth ? monthIndex(latest) : -1;
    const int running = monthOf(m_today);
    m_r.runningMonth = running >= m_firstMonth && running <= m_lastMonth ? monthIndex(running) : -1;
}

// Stickiness of each complete month m of W: active in m / active at least once in the twelve months
// ending with m. The look-back may reach before W (whole months); W's own months count their days
// inside W, and the days of W's first month before W count for the look-back only.
void Computation::stickiness()
{
    const int monthCount = m_lastMonth - m_firstMonth + 1;
    const int latest = m_r.latestCompleteMonth >= 0 ? m_firstMonth + m_r.latestCompleteMonth : m_firstMonth - 1;
    std::vector<int> now(static_cast<size_t>(monthCount));
    std::vector<int> year(static_cast<size_t>(monthCount));
    for (size_t m = 0; m < m_memberCount; ++m) {
        if (!m_inWindow[m])
            continue;
        int lastActive = INT_MIN / 2;
        for (int month = m_grid->first(); month <= latest; ++month) {
            const bool active = m_grid->active(int(m), month);
            if (active || (month == m_firstMonth && m_activeBeforeFrom[m]))
                lastActive = month;
            if (month < m_firstMonth)
                continue;
            now[size_t(monthIndex(month))] += active;
            year[size_t(monthIndex(month))] += lastActive >= month - 11;
        }
    }
    for (int i = 0; i < monthCount; ++i) {
        const int month = m_firstMonth + i;
        m_r.stickinessByMonth << (month <= latest && year[size_t(i)] > 0
                                      ? std::optional<double>(double(now[size_t(i)]) / year[size_t(i)])
                                      : std::nullopt);
    }
    if (m_r.latestCompleteMonth >= 0)
        m_r.stickiness = m_r.stickinessByMonth.at(m_r.latestCompleteMonth);
}

// Newcomer conversion: newcomers of W (guests aside) whose first three months — the month of their
// first activity and the two after — are over inside W, reaching active or core in the part of
// those months inside W.
void Computation::conversion()
{
    for (size_t m = 0; m < m_memberCount; ++m) {
        if (!m_inWindow[m] || isGuest(m) || m_firstActivity[m] < m_from || m_firstActivity[m] > m_to)
            continue;
        const int start = monthOf(m_firstActivity[m]);
        const int end = start + 2;
        if (lastDay(end) > m_to || lastDay(end) >= m_today)
            continue;
        ++m_r.conversionNewcomers;
        const Totals t = m_grid->sum(int(m), start, end);
        const auto &member = m_data.members[m];
        const qint64 a = std::max({firstDay(start), m_from, member.joined});
        const qint64 b = std::min(lastDay(end), member.left);
        const Level level =
            levelOf(false, t.credited, t.creditedWhileMember, m_heldDays->between(a, b), t.weight, t.hosted);
        m_r.conversionConverted += level == Level::Core || level == Level::Active;
    }
    if (m_r.conversionNewcomers > 0)
        m_r.newcomerConversion = double(m_r.conversionConverted) / m_r.conversionNewcomers;
}

// Retention cohorts by month of first activity; k = 0 is 1 by definition.
void Computation::retention()
{
    for (int month = m_firstMonth; month <= m_lastMonth; ++month) {
        const QList<int> &members = m_r.newcomerMembersByMonth.at(monthIndex(month));
        if (members.isEmpty())
            continue;
        RetentionCohort cohort;
        cohort.month = monthKey(month);
        cohort.size = int(members.size());
        cohort.shares << 1.0;
        for (int k = 1; month + k <= m_lastMonth; ++k) {
            int active = 0;
            for (int m : members)
                active += m_grid->active(m, month + k);
            cohort.shares << double(active) / cohort.size;
        }
        m_r.retention << cohort;
    }
}

// Levels per calendar quarter clipped to W, and the flows between consecutive quarters.
void Computation::quarters()
{
    for (int q = m_firstMonth - m_firstMonth % 3; q <= m_lastMonth; q += 3)
        m_quarters.push_back(Quarter{q, std::max(m_from, firstDay(q)), std::min(m_to, lastDay(q + 2))});
    m_quarterLevels.assign(m_quarters.size() * m_memberCount, -1);
    std::vector<std::array<int, 5>> counts(m_quarters.size());
    for (size_t m = 0; m < m_memberCount; ++m) {
        if (!m_inWindow[m])
            continue;
        const auto &member = m_data.members[m];
        for (size_t qi = 0; qi < m_quarters.size(); ++qi) {
            const Quarter &q = m_quarters[qi];
            if (!isMember(m, q.from, q.to))
                continue;
            // Only the quarter's months inside W: the grid's look-back months before W stay out.
            const Totals t = m_grid->sum(int(m), std::max(q.firstMonth, m_firstMonth), q.firstMonth + 2);
            const int eligible = m_heldDays->between(std::max(q.from, member.joined), std::min(q.to, member.left));
            const Level level = levelOf(isGuest(m), t.credited, t.creditedWhileMember, eligible, t.weight, t.hosted);
            m_quarterLevels[qi * m_memberCount + m] = qint8(level);
            ++counts[qi][size_t(level)];
        }
    }
    for (size_t qi = 0; qi < m_quarters.size(); ++qi) {
        QuarterLevels ql;
        ql.label = quarterKey(m_quarters[qi].firstMonth);
        ql.from = QDate::fromJulianDay(m_quarters[qi].from);
        ql.to = QDate::fromJulianDay(m_quarters[qi].to);
        ql.counts = counts[qi];
        m_r.levelsByQuarter << ql;
        if (qi == 0)
            continue;
        LevelFlow flow;
        flow.from = m_r.levelsByQuarter.at(qsizetype(qi) - 1).label;
        flow.to = ql.label;
        // data() + offset: a plan without members has no levels at all (indexing an empty vector is undefined).
        const qint8 *before = m_quarterLevels.data() + (qi - 1) * m_memberCount;
        const qint8 *after = m_quarterLevels.data() + qi * m_memberCount;
        for (size_t m = 0; m < m_memberCount; ++m) {
            // Flows follow members (guests aside) who are members in both quarters.
            if (before[m] < 0 || after[m] < 0 || before[m] == qint8(Level::Transactional) ||
                after[m] == qint8(Level::Transactional))
                continue;
            const int was = rankOf(Level(before[m]));
            const int now = rankOf(Level(after[m]));
            auto &bucket = now > was ? flow.up : (now == was ? flow.held : flow.down);
            ++bucket[size_t(before[m])];
        }
        m_r.flows << flow;
    }
}

// Members drifting away: core or active in the quarter before the latest complete month's quarter,
// and no activity in the last two complete months, still members at W's end.
void Computation::drifting()
{
    if (m_r.latestCompleteMonth < 1)
        return;
    const int latest = m_firstMonth + m_r.latestCompleteMonth;
    const int previousQuarter = latest - latest % 3 - 3;
    const auto q = std::find_if(m_quarters.cbegin(), m_quarters.cend(), [previousQuarter](const Quarter &quarter) {
        return quarter.firstMonth == previousQuarter;
    });
    if (q == m_quarters.cend())
        return;
    const size_t qi = size_t(q - m_quarters.cbegin());
    for (size_t m = 0; m < m_memberCount; ++m) {
        const qint8 level = m_quarterLevels[qi * m_memberCount + m];
        if (level != qint8(Level::Core) && level != qint8(Level::Active))
            continue;
        if (m_data.members[m].left < m_to || m_grid->active(int(m), latest) || m_grid->active(int(m), latest - 1))
            continue;
        m_r.driftingMembers << int(m);
    }
}

// Turnout of each held event in the window, with its credited attendees.
void Computation::turnout()
{
    std::vector<qint64> joined;
    std::vector<qint64> left;
    for (size_t m = 0; m < m_memberCount; ++m) {
        if (m_counted[m]) {
            joined.push_back(m_data.members[m].joined);
            left.push_back(m_data.members[m].left);
        }
    }
    std::sort(joined.begin(), joined.end());
    std::sort(left.begin(), left.end());
    for (size_t e = 0; e < m_data.events.size(); ++e) {
        const auto &event = m_data.events[e];
        if (!m_held[e] || event.day < m_from || event.day > m_to)
            continue;
        EventTurnout t;
        t.eventId = event.id;
        t.title = event.title;
        t.date = QDate::fromJulianDay(event.day);
        t.attendees = QList<int>(m_attendees[e].cbegin(), m_attendees[e].cend());
        t.credited = int(t.attendees.size());
        t.membersAtDate = int(std::upper_bound(joined.begin(), joined.end(), event.day) - joined.begin()) -
                          int(std::lower_bound(left.begin(), left.end(), event.day) - left.begin());
        if (t.membersAtDate > 0)
            t.turnout = double(t.credited) / t.membersAtDate;
        m_r.turnout << t;
    }
    std::stable_sort(m_r.turnout.begin(), m_r.turnout.end(),
                     [](const EventTurnout &a, const EventTurnout &b) { return a.date < b.date; });
}

// Contribution concentration: the fewest members (organisations) holding half the weight.
void Computation::concentration()
{
    std::vector<int> weights;
    QHash<int, int> byOrganisation;
    for (const auto &f : std::as_const(m_r.memberFigures)) {
        if (f.weight <= 0)
            continue;
        weights.push_back(f.weight);
        m_r.totalWeight += f.weight;
        // Members without an organisation each count as one of their own.
        const int organisation = m_data.members[size_t(f.member)].organisation;
        byOrganisation[organisation >= 0 ? organisation : -1 - f.member] += f.weight;
    }
    const auto fewest = [total = m_r.totalWeight](std::vector<int> values) {
        std::sort(values.begin(), values.end(), std::greater<>());
        int sum = 0;
        int n = 0;
        for (int v : values) {
            if (2 * sum >= total)
                break;
            sum += v;
            ++n;
        }
        return n;
    };
    m_r.concentrationMembers = fewest(weights);
    std::vector<int> organisations(byOrganisation.cbegin(), byOrganisation.cend());
    m_r.concentrationOrganisations = fewest(organisations);
    m_r.contributingOrganisations = int(organisations.size());
}

// Surveys dated inside W, with every answer they received (a survey belongs to the window of its
// date, and answers that came in after the window closed still count toward it).
void Computation::surveys()
{
    QHash<Id, int> surveyIndex;
    std::vector<size_t> snapshotIndex; // per listed survey: its index in the snapshot
    for (size_t i = 0; i < size_t(m_data.surveys.size()); ++i) {
        const Survey &s = m_data.surveys[qsizetype(i)];
        if (!s.date.isValid() || s.date < m_r.from || s.date > m_r.to)
            continue;
        SurveyFigures f;
        f.id = s.id;
        f.title = s.title;
        f.kind = s.kind;
        f.date = s.date;
        f.invited = s.invited;
        if (f.invited <= 0) {
            const qint64 day = s.date.toJulianDay();
            for (size_t m = 0; m < m_memberCount; ++m)
                f.invited += m_counted[m] && isMember(m, day, day);
        }
        surveyIndex.insert(s.id, int(m_r.surveys.size()));
        snapshotIndex.push_back(i);
        m_r.surveys << f;
    }
    std::vector<int> yesAnswers(snapshotIndex.size());
    // Per question (by snapshot index): its survey slot and its slot in that survey.
    std::vector<std::pair<int, int>> placement(size_t(m_data.questions.size()), {-1, -1});
    for (qsizetype i = 0; i < m_data.questions.size(); ++i) {
        const Question &q = m_data.questions[i];
        const int s = surveyIndex.value(q.surveyId, -1);
        if (s < 0)
            continue;
        const MetricsData::QuestionTally &t = m_data.tallies[size_t(i)];
        QuestionFigures f;
        f.id = q.id;
        f.text = q.text;
        f.type = q.type;
        f.answered = t.answered;
        f.numbers = t.numbers;
        f.distribution = t.distribution;
        SurveyFigures &survey = m_r.surveys[s];
        if (t.numbers > 0) {
            f.mean = t.sum / t.numbers;
            if (q.type == QuestionType::YesNo) {
                f.yesShare = double(t.yes) / t.numbers;
                yesAnswers[size_t(s)] += t.yes;
                survey.yesNoAnswers += t.numbers;
            }
        }
        if (q.type == QuestionType::Recommend) {
            for (auto it = f.distribution.cbegin(); it != f.distribution.cend(); ++it)
                survey.recommendAnswers += it.value();
        }
        placement[size_t(i)] = {s, int(survey.questions.size())};
        survey.questions << f;
    }
    for (qsizetype i = 0; i < m_r.surveys.size(); ++i) {
        SurveyFigures &s = m_r.surveys[i];
        s.responses = m_data.responsesPerSurvey[snapshotIndex[size_t(i)]];
        if (s.invited > 0)
            s.completionRate = std::min(1.0, double(s.responses) / s.invited);
        int promoters = 0;
        int detractors = 0;
        for (const QuestionFigures &q : std::as_const(s.questions)) {
            if (q.type != QuestionType::Recommend)
                continue;
            for (auto it = q.distribution.cbegin(); it != q.distribution.cend(); ++it) {
                promoters += it.key() >= 9 ? it.value() : 0;
                detractors += it.key() <= 6 ? it.value() : 0;
            }
        }
        if (s.recommendAnswers > 0)
            s.recommendScore = 100.0 * (promoters - detractors) / s.recommendAnswers;
        if (s.yesNoAnswers > 0)
            s.yesShare = double(yesAnswers[size_t(i)]) / s.yesNoAnswers;
    }

    // Paired change: baseline item -> final item with the same pair key, per respondent.
    // Respondents are keyed by member id, or by a negative number per distinct anonymous code.
    QHash<QString, QHash<qint64, double>> baseline; // pair key -> respondent -> value
    QHash<QString, QHash<qint64, double>> final;
    QHash<QString, std::pair<int, int>> finalQuestion; // pair key -> (survey slot, question slot)
    for (const auto &a : m_data.pairedAnswers) {
        const Question &q = m_data.questions[a.question];
        const auto [s, slot] = placement[size_t(a.question)];
        if (s < 0)
            continue;
        if (m_r.surveys[s].kind == SurveyKind::Baseline) {
            baseline[q.pairKey].insert(a.respondent, a.number);
        } else if (m_r.surveys[s].kind == SurveyKind::Final) {
            final[q.pairKey].insert(a.respondent, a.number);
            finalQuestion.insert(q.pairKey, {s, slot});
        }
    }
    for (auto it = finalQuestion.cbegin(); it != finalQuestion.cend(); ++it) {
        QuestionFigures &f = m_r.surveys[it.value().first].questions[it.value().second];
        double change = 0;
        int improved = 0;
        const auto &before = baseline.value(it.key());
        const auto &after = final.value(it.key());
        for (auto p = after.cbegin(); p != after.cend(); ++p) {
            const auto b = before.constFind(p.key());
            if (b == before.cend())
                continue;
            ++f.pairs;
            change += p.value() - b.value();
            improved += p.value() > b.value();
        }
        if (f.pairs > 0) {
            f.meanChange = change / f.pairs;
            f.shareImproved = double(improved) / f.pairs;
        }
    }
}

// Goals: progress from a linked metric, a survey item's mean, or the latest measurement inside W.
void Computation::goals()
{
    QHash<Id, const GoalMeasurement *> latest;
    for (const GoalMeasurement &m : m_data.measurements) {
        if (!m.date.isValid() || m.date < m_r.from || m.date > m_r.to)
            continue;
        const GoalMeasurement *&slot = latest[m.goalId];
        if (!slot || slot->date <= m.date)
            slot = &m;
    }
    for (const Goal &goal : m_data.goals) {
        GoalFigures g;
        g.id = goal.id;
        g.title = goal.title;
        g.baseline = goal.baseline;
        g.target = goal.target;
        g.unit = goal.unit;
        g.due = goal.dueDate;
        if (!goal.metric.isEmpty()) {
            g.current = metricValue(m_r, goal.metric);
            g.source = QStringLiteral("metric:") + goal.metric;
        } else if (goal.surveyQuestionId) {
            for (const SurveyFigures &s : std::as_const(m_r.surveys)) {
                for (const QuestionFigures &q : s.questions) {
                    if (q.id == *goal.surveyQuestionId)
                        g.current = q.mean;
                }
            }
            g.source = QStringLiteral("survey item");
        } else if (const GoalMeasurement *m = latest.value(goal.id)) {
            g.current = m->value;
            g.source = QStringLiteral("measurement");
        }
        if (g.current) {
            const double span = goal.target - goal.baseline;
            const double progress =
                span != 0 ? (*g.current - goal.baseline) / span : (*g.current >= goal.target ? 1.0 : 0.0);
            g.progress = std::clamp(progress, 0.0, 1.0);
        }
        m_r.goals << g;
    }
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

std::pair<QDate, QDate> metricsWindow(const MetricsData &data, const MetricsOptions &options, const QDate &today)
{
    QDate from = options.from.isValid() ? options.from : data.community.startDate;
    QDate to = options.to;
    if (!to.isValid()) {
        to = today;
        if (data.community.endDate.isValid() && data.community.endDate < to)
            to = data.community.endDate;
    }
    if (!from.isValid())
        from = to;
    if (to < from)
        to = from;
    return {from, to};
}

Metrics computeMetrics(const MetricsData &data, const MetricsOptions &options, const QDate &today)
{
    return Computation(data, options, today).run();
}

QStringList metricKeys()
{
    return {
        QStringLiteral("members"),    QStringLiteral("events_held"),          QStringLiteral("credited_attendances"),
        QStringLiteral("reach"),      QStringLiteral("mean_attendance_rate"), QStringLiteral("active_members"),
        QStringLiteral("stickiness"), QStringLiteral("newcomer_conversion"),  QStringLiteral("core_active_share")};
}

std::optional<double> metricValue(const Metrics &m, const QString &key)
{
    if (key == QLatin1String("members"))
        return m.members;
    if (key == QLatin1String("events_held"))
        return m.eventsHeld;
    if (key == QLatin1String("credited_attendances"))
        return m.creditedAttendances;
    if (key == QLatin1String("reach"))
        return m.reach;
    if (key == QLatin1String("mean_attendance_rate"))
        return m.meanAttendanceRate;
    if (key == QLatin1String("active_members")) {
        const auto active = m.activeLatestMonth();
        return active ? std::optional<double>(*active) : std::nullopt;
    }
    if (key == QLatin1String("stickiness"))
        return m.stickiness;
    if (key == QLatin1String("newcomer_conversion"))
        return m.newcomerConversion;
    if (key == QLatin1String("core_active_share")) {
        if (m.members == 0)
            return std::nullopt;
        return double(m.levels[size_t(Level::Core)] + m.levels[size_t(Level::Active)]) / m.members;
    }
    return std::nullopt;
}

QDate monthStart(const QString &monthKey)
{
    return QDate::fromString(monthKey + QStringLiteral("-01"), Qt::ISODate);
}

QJsonObject metricsJson(const Metrics &m)
{
    QJsonObject active;
    QJsonObject newcomers;
    QJsonObject stickinessByMonth;
    for (int i = 0; i < m.months.size(); ++i) {
        active.insert(m.months[i], m.activeByMonth[i]);
        newcomers.insert(m.months[i], m.newcomersByMonth[i]);
        stickinessByMonth.insert(m.months[i], optional(m.stickinessByMonth.value(i)));
    }
    QJsonObject levels;
    for (Level level : enumValues<Level>())
        levels.insert(enumKey(level), m.levels[size_t(level)]);
    QJsonObject retention;
    for (const RetentionCohort &c : m.retention) {
        QJsonArray shares;
        for (double s : c.shares)
            shares << s;
        retention.insert(c.month, shares);
    }
    QJsonArray surveys;
    for (const SurveyFigures &s : m.surveys) {
        surveys << QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("kind"), enumKey(s.kind)},
            {QStringLiteral("date"), s.date.isValid() ? QJsonValue(s.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("responses"), s.responses},
            {QStringLiteral("invited"), s.invited},
            {QStringLiteral("completion_rate"), optional(s.completionRate)},
            {QStringLiteral("recommend_score"), optional(s.recommendScore)},
            {QStringLiteral("recommend_answers"), s.recommendAnswers},
            {QStringLiteral("yes_share"), optional(s.yesShare)},
            {QStringLiteral("small_sample"), isSmallSample(s.responses)}};
    }
    QJsonArray goals;
    for (const GoalFigures &g : m.goals) {
        goals << QJsonObject{{QStringLiteral("id"), g.id},
                             {QStringLiteral("title"), g.title},
                             {QStringLiteral("current"), optional(g.current)},
                             {QStringLiteral("progress"), optional(g.progress)},
                             {QStringLiteral("source"), g.source}};
    }
    QJsonArray flows;
    for (const LevelFlow &f : m.flows) {
        QJsonObject byLevel;
        for (int l = 0; l < 4; ++l) {
            byLevel.insert(enumKey(Level(l)),
                           QJsonObject{{QStringLiteral("up"), f.up[size_t(l)]},
                                       {QStringLiteral("held"), f.held[size_t(l)]},
                                       {QStringLiteral("down"), f.down[size_t(l)]},
                                       {QStringLiteral("up_share"), optional(f.share(f.up, l))},
                                       {QStringLiteral("held_share"), optional(f.share(f.held, l))},
                                       {QStringLiteral("down_share"), optional(f.share(f.down, l))}});
        }
        flows << QJsonObject{
            {QStringLiteral("from"), f.from}, {QStringLiteral("to"), f.to}, {QStringLiteral("levels"), byLevel}};
    }
    const auto latestActive = m.activeLatestMonth();
    return QJsonObject{
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), m.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), m.to.toString(Qt::ISODate)}}},
        {QStringLiteral("members"), m.members},
        {QStringLiteral("events_held"), m.eventsHeld},
        {QStringLiteral("events_planned"), m.eventsPlanned},
        {QStringLiteral("events_cancelled"), m.eventsCancelled},
        {QStringLiteral("credited_attendances"), m.creditedAttendances},
        {QStringLiteral("reach"), optional(m.reach)},
        {QStringLiteral("mean_attendance_rate"), optional(m.meanAttendanceRate)},
        {QStringLiteral("active_members_by_month"), active},
        {QStringLiteral("newcomers_by_month"), newcomers},
        {QStringLiteral("latest_complete_month"),
         m.latestCompleteMonth >= 0 ? QJsonValue(m.latestCompleteMonthKey()) : QJsonValue()},
        {QStringLiteral("active_members_latest_month"), latestActive ? QJsonValue(*latestActive) : QJsonValue()},
        {QStringLiteral("running_month"), m.runningMonth >= 0 ? QJsonValue(m.months.at(m.runningMonth)) : QJsonValue()},
        {QStringLiteral("participation_levels"), levels},
        {QStringLiteral("level_flows"), flows},
        {QStringLiteral("stickiness"), optional(m.stickiness)},
        {QStringLiteral("stickiness_by_month"), stickinessByMonth},
        {QStringLiteral("newcomer_conversion"), optional(m.newcomerConversion)},
        {QStringLiteral("newcomer_conversion_newcomers"), m.conversionNewcomers},
        {QStringLiteral("drifting_members"), int(m.driftingMembers.size())},
        {QStringLiteral("contribution_concentration"),
         QJsonObject{{QStringLiteral("members"), m.concentrationMembers},
                     {QStringLiteral("organisations"), m.concentrationOrganisations},
                     {QStringLiteral("total_weight"), m.totalWeight}}},
        {QStringLiteral("retention"), retention},
        {QStringLiteral("surveys"), surveys},
        {QStringLiteral("goals"), goals},
    };
}

} // namespace cultivate
