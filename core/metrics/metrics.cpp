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
QString monthKey(int month)
{
    return firstDayOfMonth(month).toString(QStringLiteral("yyyy-MM"));
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

// SPEC §5: the participation level from a member's figures over one period.
Level levelOf(bool guest, int credited, int eligible, int weight, bool hosted)
{
    const bool activity = credited > 0 || weight > 0;
    if (guest)
        return activity ? Level::Transactional : Level::Peripheral;
    const double rate = eligible > 0 ? double(credited) / eligible : 0.0;
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
    int last() const { return m_first + m_count - 1; }
    bool contains(int month) const { return month >= m_first && month < m_first + m_count; }
    size_t at(int member, int month) const { return size_t(member) * size_t(m_count) + size_t(month - m_first); }

    void credit(int member, int month) { ++m_cells[at(member, month)].credited; }
    void contribute(int member, int month, int weight, bool hosted)
    {
        Cell &cell = m_cells[at(member, month)];
        cell.weight += weight;
        cell.hosted = cell.hosted || hosted;
    }
    bool active(int member, int month) const
    {
        if (!contains(month))
            return false;
        const Cell &cell = m_cells[at(member, month)];
        return cell.credited > 0 || cell.weight > 0;
    }
    // Sums over the months [from, to] that lie in the grid.
    void sum(int member, int from, int to, int &credited, int &weight, bool &hosted) const
    {
        credited = 0;
        weight = 0;
        hosted = false;
        for (int m = std::max(from, m_first); m <= std::min(to, last()); ++m) {
            const Cell &cell = m_cells[at(member, m)];
            credited += cell.credited;
            weight += cell.weight;
            hosted = hosted || cell.hosted;
        }
    }

private:
    struct Cell {
        int credited = 0;
        int weight = 0;
        bool hosted = false;
    };
    int m_first = 0;
    int m_count = 0;
    std::vector<Cell> m_cells;
};

// Held events in a day range while a member: binary search over the sorted held-event days.
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
    Metrics r;
    std::tie(r.from, r.to) = metricsWindow(data, options, today);
    const qint64 from = r.from.toJulianDay();
    const qint64 to = r.to.toJulianDay();
    const int firstMonth = monthOf(from);
    const int lastMonth = monthOf(to);
    // Stickiness looks back twelve months from the window's last month.
    const int gridFirst = std::min(firstMonth, lastMonth - 11);
    const size_t memberCount = data.members.size();
    const double threshold = data.community.attendanceThreshold;

    std::vector<quint8> isCounted(memberCount);
    for (size_t m = 0; m < memberCount; ++m)
        isCounted[m] = counted(data.members[m].role, options.includeEveryone);
    const auto memberInRange = [&](size_t m, qint64 a, qint64 b) {
        return data.members[m].joined <= b && data.members[m].left >= a;
    };

    // Events: which are held, their months, the credit threshold in minutes.
    std::vector<qint64> heldDays;
    std::vector<int> eventMonth(data.events.size());
    std::vector<quint8> held(data.events.size());
    for (size_t e = 0; e < data.events.size(); ++e) {
        const auto &event = data.events[e];
        eventMonth[e] = monthOf(event.day);
        held[e] = event.status == EventStatus::Held;
        if (held[e])
            heldDays.push_back(event.day);
        if (event.day >= from && event.day <= to) {
            r.eventsHeld += event.status == EventStatus::Held;
            r.eventsPlanned += event.status == EventStatus::Planned;
            r.eventsCancelled += event.status == EventStatus::Cancelled;
        }
    }
    const HeldDays heldIndex(std::move(heldDays));

    // One pass over attendance and contributions.
    MonthGrid grid(memberCount, gridFirst, lastMonth);
    std::vector<int> creditedInWindow(memberCount);
    std::vector<int> weightInWindow(memberCount);
    std::vector<quint8> hostedInWindow(memberCount);
    std::vector<qint64> firstActivity(memberCount, LLONG_MAX);
    std::vector<int> creditedPerEvent(data.events.size());
    for (const auto &a : data.attendance) {
        const auto &event = data.events[size_t(a.event)];
        if (!held[size_t(a.event)] || !a.present || !isCounted[size_t(a.member)])
            continue;
        if (a.minutes >= 0 && a.minutes < threshold * event.durationMinutes)
            continue; // present, but for less than the plan's share of the event
        firstActivity[size_t(a.member)] = std::min(firstActivity[size_t(a.member)], event.day);
        if (event.day > to)
            continue;
        if (grid.contains(eventMonth[size_t(a.event)]))
            grid.credit(a.member, eventMonth[size_t(a.event)]);
        if (event.day >= from) {
            ++creditedInWindow[size_t(a.member)];
            ++creditedPerEvent[size_t(a.event)];
            ++r.creditedAttendances;
        }
    }
    for (const auto &c : data.contributions) {
        if (!isCounted[size_t(c.member)])
            continue;
        firstActivity[size_t(c.member)] = std::min(firstActivity[size_t(c.member)], c.day);
        if (c.day > to)
            continue;
        const int month = c.month;
        if (grid.contains(month))
            grid.contribute(c.member, month, c.weight, isHosting(c.kind));
        if (c.day >= from) {
            weightInWindow[size_t(c.member)] += c.weight;
            hostedInWindow[size_t(c.member)] = hostedInWindow[size_t(c.member)] || isHosting(c.kind);
        }
    }

    // Per member over the window: rate, level, reach.
    int reached = 0;
    double rateSum = 0;
    int rated = 0;
    for (size_t m = 0; m < memberCount; ++m) {
        if (!isCounted[m] || !memberInRange(m, from, to))
            continue;
        ++r.members;
        MemberFigures f;
        f.member = int(m);
        f.credited = creditedInWindow[m];
        f.eligible = heldIndex.between(std::max(from, data.members[m].joined), std::min(to, data.members[m].left));
        f.weight = weightInWindow[m];
        f.hosted = hostedInWindow[m];
        if (f.eligible > 0) {
            f.attendanceRate = std::min(1.0, double(f.credited) / f.eligible);
            rateSum += *f.attendanceRate;
            ++rated;
        }
        f.level = levelOf(data.members[m].role == Role::Guest, f.credited, f.eligible, f.weight, f.hosted);
        ++r.levels[size_t(f.level)];
        reached += f.credited > 0;
        r.memberFigures << f;
    }
    r.reach = r.members > 0 ? double(reached) / r.members : 0.0;
    r.meanAttendanceRate = rated > 0 ? rateSum / rated : 0.0;

    // Months: active members and newcomers. Members are grouped once by their first active month.
    const int monthCount = lastMonth - firstMonth + 1;
    std::vector<int> firstActiveMonth(memberCount, INT_MIN);
    std::vector<std::vector<int>> cohorts(static_cast<size_t>(monthCount)); // the window's months
    for (size_t m = 0; m < memberCount; ++m) {
        if (isCounted[m] && firstActivity[m] != LLONG_MAX) {
            firstActiveMonth[m] = monthOf(firstActivity[m]);
            if (firstActiveMonth[m] >= firstMonth && firstActiveMonth[m] <= lastMonth)
                cohorts[size_t(firstActiveMonth[m] - firstMonth)].push_back(int(m));
        }
    }
    std::vector<int> activeInMonth(static_cast<size_t>(monthCount));
    for (size_t m = 0; m < memberCount; ++m) {
        if (!isCounted[m])
            continue;
        for (int month = firstMonth; month <= lastMonth; ++month)
            activeInMonth[size_t(month - firstMonth)] += grid.active(int(m), month);
    }
    for (int month = firstMonth; month <= lastMonth; ++month) {
        r.months << monthKey(month);
        r.activeByMonth << activeInMonth[size_t(month - firstMonth)];
        r.newcomersByMonth << int(cohorts[size_t(month - firstMonth)].size());
    }

    // Stickiness: active in the last month / active at least once in the twelve months up to it.
    {
        int now = 0;
        int year = 0;
        for (size_t m = 0; m < memberCount; ++m) {
            if (!isCounted[m])
                continue;
            now += grid.active(int(m), lastMonth);
            for (int month = lastMonth - 11; month <= lastMonth; ++month) {
                if (grid.active(int(m), month)) {
                    ++year;
                    break;
                }
            }
        }
        if (year > 0)
            r.stickiness = double(now) / year;
    }

    // Newcomer conversion: newcomers of the window whose first three months (the month of their first
    // activity and the two after) are complete by the window's end, reaching active or core in them.
    {
        int eligibleNewcomers = 0;
        int converted = 0;
        for (size_t m = 0; m < memberCount; ++m) {
            if (!isCounted[m] || firstActivity[m] < from || firstActivity[m] > to ||
                data.members[m].role == Role::Guest)
                continue;
            const int start = monthOf(firstActivity[m]);
            const int end = start + 2;
            if (firstDayOfMonth(end + 1).toJulianDay() - 1 > to)
                continue;
            ++eligibleNewcomers;
            int credited = 0;
            int weight = 0;
            bool hosted = false;
            grid.sum(int(m), start, end, credited, weight, hosted);
            const qint64 a = std::max(firstDayOfMonth(start).toJulianDay(), data.members[m].joined);
            const qint64 b = std::min(firstDayOfMonth(end + 1).toJulianDay() - 1, data.members[m].left);
            const Level level = levelOf(false, credited, heldIndex.between(a, b), weight, hosted);
            converted += level == Level::Core || level == Level::Active;
        }
        if (eligibleNewcomers > 0)
            r.newcomerConversion = double(converted) / eligibleNewcomers;
    }

    // Retention cohorts by month of first activity.
    for (int month = firstMonth; month <= lastMonth; ++month) {
        const std::vector<int> &members = cohorts[size_t(month - firstMonth)];
        if (members.empty())
            continue;
        RetentionCohort cohort;
        cohort.month = monthKey(month);
        cohort.size = int(members.size());
        std::vector<int> active(size_t(lastMonth - month + 1));
        for (int m : members) {
            for (int k = 0; month + k <= lastMonth; ++k)
                active[size_t(k)] += grid.active(m, month + k);
        }
        for (int n : active)
            cohort.shares << double(n) / cohort.size;
        r.retention << cohort;
    }

    // Levels per calendar quarter overlapping the window, and the flows between consecutive quarters.
    struct Quarter {
        int firstMonth = 0;
        qint64 from = 0; // the part of the quarter inside the window
        qint64 to = 0;
        int wholeQuarter = 0; // held events, for members through the whole part
    };
    std::vector<Quarter> quarters;
    for (int q = firstMonth - firstMonth % 3; q <= lastMonth; q += 3) {
        const qint64 a = std::max(from, firstDayOfMonth(q).toJulianDay());
        const qint64 b = std::min(to, firstDayOfMonth(q + 3).toJulianDay() - 1);
        quarters.push_back(Quarter{q, a, b, heldIndex.between(a, b)});
    }
    // Per quarter, per member: the level, or -1 when not a member. Filled member by member, so each
    // member's months are read in order.
    std::vector<qint8> quarterLevels(quarters.size() * memberCount, -1);
    std::vector<std::array<int, 5>> quarterCounts(quarters.size());
    for (size_t m = 0; m < memberCount; ++m) {
        if (!isCounted[m])
            continue;
        const auto &member = data.members[m];
        for (size_t qi = 0; qi < quarters.size(); ++qi) {
            const Quarter &q = quarters[qi];
            if (!memberInRange(m, q.from, q.to))
                continue;
            int credited = 0;
            int weight = 0;
            bool hosted = false;
            grid.sum(int(m), q.firstMonth, q.firstMonth + 2, credited, weight, hosted);
            const int eligible = member.joined <= q.from && member.left >= q.to
                                     ? q.wholeQuarter
                                     : heldIndex.between(std::max(q.from, member.joined), std::min(q.to, member.left));
            const Level level = levelOf(member.role == Role::Guest, credited, eligible, weight, hosted);
            quarterLevels[qi * memberCount + m] = qint8(level);
            ++quarterCounts[qi][size_t(level)];
        }
    }
    for (size_t qi = 0; qi < quarters.size(); ++qi) {
        const int q = quarters[qi].firstMonth;
        QuarterLevels ql;
        ql.label = QStringLiteral("%1-Q%2").arg(q / 12).arg(q % 12 / 3 + 1);
        ql.counts = quarterCounts[qi];
        if (qi > 0) {
            LevelFlow flow;
            flow.from = r.levelsByQuarter.constLast().label;
            flow.to = ql.label;
            const qint8 *before = quarterLevels.data() + (qi - 1) * memberCount;
            const qint8 *levels = quarterLevels.data() + qi * memberCount;
            for (size_t m = 0; m < memberCount; ++m) {
                if (before[m] < 0 || levels[m] < 0 || before[m] == qint8(Level::Transactional) ||
                    levels[m] == qint8(Level::Transactional))
                    continue;
                const int was = rankOf(Level(before[m]));
                const int now = rankOf(Level(levels[m]));
                auto &bucket = now > was ? flow.up : (now == was ? flow.held : flow.down);
                ++bucket[size_t(before[m])];
            }
            r.flows << flow;
        }
        r.levelsByQuarter << ql;
    }

    // Turnout of each held event in the window.
    {
        std::vector<qint64> joined;
        std::vector<qint64> left;
        for (size_t m = 0; m < memberCount; ++m) {
            if (isCounted[m]) {
                joined.push_back(data.members[m].joined);
                left.push_back(data.members[m].left);
            }
        }
        std::sort(joined.begin(), joined.end());
        std::sort(left.begin(), left.end());
        for (size_t e = 0; e < data.events.size(); ++e) {
            const auto &event = data.events[e];
            if (!held[e] || event.day < from || event.day > to)
                continue;
            EventTurnout t;
            t.eventId = event.id;
            t.title = event.title;
            t.date = QDate::fromJulianDay(event.day);
            t.credited = creditedPerEvent[e];
            t.membersAtDate = int(std::upper_bound(joined.begin(), joined.end(), event.day) - joined.begin()) -
                              int(std::lower_bound(left.begin(), left.end(), event.day) - left.begin());
            t.turnout = t.membersAtDate > 0 ? double(t.credited) / t.membersAtDate : 0.0;
            r.turnout << t;
        }
    }

    // Contribution concentration: the fewest members (organisations) holding half the weight.
    {
        std::vector<int> weights;
        QHash<int, int> byOrganisation;
        for (const auto &f : std::as_const(r.memberFigures)) {
            if (f.weight <= 0)
                continue;
            weights.push_back(f.weight);
            r.totalWeight += f.weight;
            // Members without an organisation each count as one of their own.
            const int organisation = data.members[size_t(f.member)].organisation;
            byOrganisation[organisation >= 0 ? organisation : -1 - f.member] += f.weight;
        }
        const auto fewest = [total = r.totalWeight](std::vector<int> values) {
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
        r.concentrationMembers = fewest(weights);
        std::vector<int> organisations(byOrganisation.cbegin(), byOrganisation.cend());
        r.concentrationOrganisations = fewest(organisations);
    }

    // Surveys.
    {
        QHash<Id, int> surveyIndex;
        for (const Survey &s : data.surveys) {
            SurveyFigures f;
            f.id = s.id;
            f.title = s.title;
            f.kind = s.kind;
            f.date = s.date;
            f.invited = s.invited;
            if (f.invited <= 0) {
                const qint64 day = s.date.isValid() ? s.date.toJulianDay() : to;
                for (size_t m = 0; m < memberCount; ++m)
                    f.invited += isCounted[m] && memberInRange(m, day, day);
            }
            surveyIndex.insert(s.id, int(r.surveys.size()));
            r.surveys << f;
        }
        // Per question (by snapshot index): its survey slot and its slot in that survey.
        std::vector<std::pair<int, int>> placement(size_t(data.questions.size()), {-1, -1});
        std::vector<std::pair<int, int>> yesBySurvey(size_t(r.surveys.size())); // (yes, yes/no answers)
        for (qsizetype i = 0; i < data.questions.size(); ++i) {
            const Question &q = data.questions[i];
            const int s = surveyIndex.value(q.surveyId, -1);
            if (s < 0)
                continue;
            const MetricsData::QuestionTally &t = data.tallies[size_t(i)];
            QuestionFigures f;
            f.id = q.id;
            f.text = q.text;
            f.type = q.type;
            f.answered = t.answered;
            f.distribution = t.distribution;
            if (t.numbers > 0) {
                f.mean = t.sum / t.numbers;
                if (q.type == QuestionType::YesNo) {
                    f.yesShare = double(t.yes) / t.numbers;
                    yesBySurvey[size_t(s)].first += t.yes;
                    yesBySurvey[size_t(s)].second += t.numbers;
                }
            }
            placement[size_t(i)] = {s, int(r.surveys[s].questions.size())};
            r.surveys[s].questions << f;
        }
        for (qsizetype i = 0; i < r.surveys.size(); ++i) {
            SurveyFigures &s = r.surveys[i];
            s.responses = data.responsesPerSurvey[size_t(i)];
            if (s.invited > 0)
                s.completionRate = std::min(1.0, double(s.responses) / s.invited);
            int promoters = 0;
            int detractors = 0;
            int recommenders = 0;
            const auto [yesCount, yesTotal] = yesBySurvey[size_t(i)];
            for (const QuestionFigures &q : std::as_const(s.questions)) {
                if (q.type == QuestionType::Recommend) {
                    for (auto it = q.distribution.cbegin(); it != q.distribution.cend(); ++it) {
                        recommenders += it.value();
                        promoters += it.key() >= 9 ? it.value() : 0;
                        detractors += it.key() <= 6 ? it.value() : 0;
                    }
                }
            }
            if (recommenders > 0)
                s.recommendScore = 100.0 * (promoters - detractors) / recommenders;
            if (yesTotal > 0)
                s.yesShare = double(yesCount) / yesTotal;
        }

        // Paired change: baseline item -> final item with the same pair key, per respondent.
        // Respondents are keyed by member id, or by a negative number per distinct anonymous code.
        QHash<QString, QHash<qint64, double>> baseline; // pair key -> respondent -> value
        QHash<QString, QHash<qint64, double>> final;
        QHash<QString, std::pair<int, int>> finalQuestion; // pair key -> (survey slot, question slot)
        for (const auto &a : data.pairedAnswers) {
            const Question &q = data.questions[a.question];
            const auto [s, slot] = placement[size_t(a.question)];
            if (s < 0)
                continue;
            if (r.surveys[s].kind == SurveyKind::Baseline) {
                baseline[q.pairKey].insert(a.respondent, a.number);
            } else if (r.surveys[s].kind == SurveyKind::Final) {
                final[q.pairKey].insert(a.respondent, a.number);
                finalQuestion.insert(q.pairKey, {s, slot});
            }
        }
        for (auto it = finalQuestion.cbegin(); it != finalQuestion.cend(); ++it) {
            QuestionFigures &f = r.surveys[it.value().first].questions[it.value().second];
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

    // Goals: progress from a linked metric, a survey item's mean, or the latest measurement.
    {
        QHash<Id, const GoalMeasurement *> latest;
        for (const GoalMeasurement &m : data.measurements) {
            if (m.date > r.to)
                continue;
            const GoalMeasurement *&slot = latest[m.goalId];
            if (!slot || slot->date <= m.date)
                slot = &m;
        }
        for (const Goal &goal : data.goals) {
            GoalFigures g;
            g.id = goal.id;
            g.title = goal.title;
            g.baseline = goal.baseline;
            g.target = goal.target;
            g.unit = goal.unit;
            if (!goal.metric.isEmpty()) {
                g.current = metricValue(r, goal.metric);
                g.source = QStringLiteral("metric:") + goal.metric;
            } else if (goal.surveyQuestionId) {
                for (const SurveyFigures &s : std::as_const(r.surveys)) {
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
            r.goals << g;
        }
    }
    return r;
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
    if (key == QLatin1String("active_members"))
        return m.activeByMonth.isEmpty() ? std::nullopt : std::optional<double>(m.activeByMonth.constLast());
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

QJsonObject metricsJson(const Metrics &m)
{
    const auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject active;
    QJsonObject newcomers;
    for (int i = 0; i < m.months.size(); ++i) {
        active.insert(m.months[i], m.activeByMonth[i]);
        newcomers.insert(m.months[i], m.newcomersByMonth[i]);
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
            {QStringLiteral("yes_share"), optional(s.yesShare)}};
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
            byLevel.insert(enumKey(Level(l)), QJsonObject{{QStringLiteral("up"), f.up[size_t(l)]},
                                                          {QStringLiteral("held"), f.held[size_t(l)]},
                                                          {QStringLiteral("down"), f.down[size_t(l)]}});
        }
        flows << QJsonObject{
            {QStringLiteral("from"), f.from}, {QStringLiteral("to"), f.to}, {QStringLiteral("levels"), byLevel}};
    }
    return QJsonObject{
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), m.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), m.to.toString(Qt::ISODate)}}},
        {QStringLiteral("members"), m.members},
        {QStringLiteral("events_held"), m.eventsHeld},
        {QStringLiteral("events_planned"), m.eventsPlanned},
        {QStringLiteral("events_cancelled"), m.eventsCancelled},
        {QStringLiteral("credited_attendances"), m.creditedAttendances},
        {QStringLiteral("reach"), m.reach},
        {QStringLiteral("mean_attendance_rate"), m.meanAttendanceRate},
        {QStringLiteral("active_members_by_month"), active},
        {QStringLiteral("newcomers_by_month"), newcomers},
        {QStringLiteral("participation_levels"), levels},
        {QStringLiteral("level_flows"), flows},
        {QStringLiteral("stickiness"), optional(m.stickiness)},
        {QStringLiteral("newcomer_conversion"), optional(m.newcomerConversion)},
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
