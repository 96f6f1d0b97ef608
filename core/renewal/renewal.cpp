// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/renewal/renewal.h"

#include "core/assessment/assessment.h"
#include "core/lifecycle/recurrence.h"
#include "core/storage/bulkinsert.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace cultivate {

namespace {

// Everything of the old plan the new one starts from, read before the new file is made.
struct Carried {
    Community community;
    QList<BudgetLine> budget;
    QList<Stage> stages;
    QList<ChecklistItem> checklist;
    QList<Goal> goals;
    QHash<Id, double> goalCurrent; // the value each goal reached: its new baseline
    QList<Member> members;
    QList<Resource> resources;
    QList<Series> series;
    QHash<Id, Event> seriesTemplate; // the latest occurrence that was not cancelled, per series
    QList<ContributionWeight> weights;
    QList<PlanSetting> settings;
    QList<CarriedActivity> activity;
    int membersLeft = 0;
};

// Moves the old year's dates into the new one: by whole months when the new year starts on the same
// day of a month (so "the first Tuesday" stays near the start of its month), else by days.
class DateShift {
public:
    DateShift(const QDate &from, const QDate &to)
        : m_days(from.daysTo(to))
    {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month();
        if (from.addMonths(months) == to)
            m_months = months;
    }
    QDate operator()(const QDate &date) const
    {
        if (!date.isValid())
            return {};
        return m_months ? date.addMonths(*m_months) : date.addDays(m_days);
    }

private:
    qint64 m_days = 0;
    std::optional<int> m_months{};
};

QString monthKey(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

template <class T> Result<void> listOf(const Plan &plan, QList<T> &into)
{
    auto rows = plan.list<T>();
    if (!rows.ok())
        return rows.error();
    into = rows.value();
    return {};
}

// The months each carried member was active in the old plan: the first month ever (newcomers count
// from it) and every month of the twelve before the new start (the stickiness look-back).
QList<CarriedActivity> activityToCarry(const MetricsData &data, const QList<CarriedActivity> &earlier,
                                       const QSet<Id> &carriedMembers, const QDate &newStart, const QDate &today)
{
    MetricsOptions everyone;
    everyone.from = data.community.startDate;
    everyone.to = std::min(data.community.endDate, newStart.addDays(-1));
    everyone.includeEveryone = true;
    QHash<Id, QSet<QString>> months;
    for (const CarriedActivity &a : earlier)
        months[a.memberId].insert(a.month);
    if (everyone.from <= everyone.to) {
        const Metrics metrics = computeMetrics(data, everyone, today);
        for (qsizetype i = 0; i < metrics.months.size(); ++i) {
            for (int member : metrics.activeMembersByMonth.at(i))
                months[data.members[size_t(member)].id].insert(metrics.months.at(i));
        }
    }
    const QString lookBack = monthKey(newStart.addMonths(-12));
    const QString before = monthKey(newStart);
    QList<CarriedActivity> kept;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        if (!carriedMembers.contains(it.key()) || it.value().isEmpty())
            continue;
        QStringList sorted(it.value().cbegin(), it.value().cend());
        std::sort(sorted.begin(), sorted.end());
        for (const QString &month : std::as_const(sorted)) {
            if (month >= before)
                break;
            if (month == sorted.first() || month >= lookBack)
                kept << CarriedActivity{0, it.key(), month};
        }
    }
    std::sort(kept.begin(), kept.end(), [](const CarriedActivity &a, const CarriedActivity &b) {
        return std::tie(a.memberId, a.month) < std::tie(b.memberId, b.month);
    });
    return kept;
}

Result<Carried> readCarried(const Plan &source, const QDate &newStart)
{
    Carried c;
    auto community = source.community();
    if (!community.ok())
        return community.error();
    c.community = community.value();
    QList<Member> members;
    QList<Resource> resources;
    QList<CarriedActivity> earlier;
    const Result<void> lists[] = {
        listOf(source, c.budget),   listOf(source, c.stages),  listOf(source, c.checklist), listOf(source, c.goals),
        listOf(source, members),    listOf(source, resources), listOf(source, c.series),    listOf(source, c.weights),
        listOf(source, c.settings), listOf(source, earlier),
    };
    for (const auto &list : lists) {
        if (!list.ok())
            return list.error();
    }
    // Members who left before the new year stay behind, with what they did.
    QSet<Id> carriedMembers;
    for (const Member &m : std::as_const(members)) {
        if (m.leftDate.isValid() && m.leftDate < newStart) {
            ++c.membersLeft;
            continue;
        }
        c.members << m;
        carriedMembers.insert(m.id);
    }
    for (Resource r : std::as_const(resources)) {
        if (r.authorId && !carriedMembers.contains(*r.authorId))
            r.authorId.reset();
        r.eventId.reset(); // the events stay in the old plan
        c.resources << r;
    }
    auto events = source.list<Event>();
    if (!events.ok())
        return events.error();
    for (const Event &e : events.value()) {
        if (e.seriesId && e.status != EventStatus::Cancelled)
            c.seriesTemplate.insert(*e.seriesId, e); // listed by start: the latest one wins
    }

    const QDate today = source.clock().today();
    auto data = loadMetricsData(source);
    if (!data.ok())
        return data.error();
    const Assessment assessment = assess(data.value(), MetricsOptions{}, today);
    for (const GoalFigures &g : assessment.current.goals) {
        if (g.current)
            c.goalCurrent.insert(g.id, *g.current);
    }
    c.activity = activityToCarry(data.value(), earlier, carriedMembers, newStart, today);
    return c;
}

// The predecessor as the new plan names it: by file name when both plans share a folder (they can
// then move together), else by absolute path.
Predecessor predecessorOf(const Plan &source, const Community &community, const QString &newPath)
{
    const QFileInfo old(source.path());
    const QFileInfo renewed(newPath);
    Predecessor p;
    p.id = 1;
    p.path = old.absolutePath() == renewed.absolutePath() ? old.fileName() : old.absoluteFilePath();
    p.uid = community.uid;
    p.name = community.name;
    p.startDate = community.startDate;
    p.endDate = community.endDate;
    return p;
}

class Writer {
public:
    Writer(Plan &plan, const Carried &carried, const DateShift &shift, const QDate &start, const QDate &end,
           RenewalSummary &summary)
        : m_plan(plan)
        , m_c(carried)
        , m_shift(shift)
        , m_start(start)
        , m_end(end)
        , m_summary(summary)
    {
    }

    Result<void> write(const Predecessor &predecessor)
    {
        for (auto step : {&Writer::charter, &Writer::lifecycle, &Writer::people, &Writer::goals, &Writer::rhythm}) {
            if (auto r = (this->*step)(); !r.ok())
                return r;
        }
        return add(predecessor);
    }

private:
    template <class T> Result<void> add(const T &row)
    {
        auto id = m_plan.add(row);
        return id.ok() ? Result<void>{} : Result<void>(id.error());
    }
    template <class T> Result<void> addAll(const QList<T> &rows)
    {
        for (const T &row : rows) {
            if (auto r = add(row); !r.ok())
                return r;
        }
        return {};
    }

    Result<void> charter()
    {
        if (auto r = addAll(m_c.budget); !r.ok())
            return r;
        if (auto r = addAll(m_c.weights); !r.ok())
            return r;
        return addAll(m_c.settings);
    }

    // The stages and their checklists start again: nothing done, no evidence (it lies in the old
    // plan), the planned dates moved into the new year.
    Result<void> lifecycle()
    {
        for (Stage stage : m_c.stages) {
            stage.plannedStart = m_shift(stage.plannedStart);
            stage.plannedEnd = m_shift(stage.plannedEnd);
            stage.status = StageStatus::NotStarted;
            stage.notes.clear();
            if (auto r = add(stage); !r.ok())
                return r;
        }
        for (ChecklistItem item : m_c.checklist) {
            item.done = false;
            item.doneDate = {};
            item.dueDate = m_shift(item.dueDate);
            item.evidenceNote.clear();
            item.evidenceEventId.reset();
            item.evidenceResourceId.reset();
            item.evidenceSurveyId.reset();
            item.evidenceStoryId.reset();
            if (auto r = add(item); !r.ok())
                return r;
        }
        m_summary.checklistItems = int(m_c.checklist.size());
        return {};
    }

    // Members and their months of activity go through prepared bulk writers: a large community has
    // tens of thousands of members and some hundred thousand months.
    Result<void> people()
    {
        const storage::LargeWriteCache cache(m_plan, 64 * 1024);
        storage::BulkInsert members(m_plan, storage::BulkRows::MembersWithId);
        storage::BulkInsert aliases(m_plan, storage::BulkRows::MemberAliases);
        storage::BulkInsert months(m_plan, storage::BulkRows::CarriedMonths);
        for (const storage::BulkInsert *bulk : {&members, &aliases, &months}) {
            if (!bulk->prepared())
                return bulk->error();
        }
        const auto date = [](const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
        for (const Member &m : m_c.members) {
            if (!members.run({m.id, m.name, m.email, m.organisation, enumKey(m.role), date(m.joinedDate),
                              date(m.leftDate), m.consentReport ? 1 : 0, m.consentQuote ? 1 : 0,
                              date(m.commitmentSigned), m.notes}))
                return members.error();
            for (const QString &alias : m.aliases) {
                if (!aliases.run({m.id, alias}))
                    return aliases.error();
            }
        }
        for (const CarriedActivity &a : m_c.activity) {
            if (!months.run({a.memberId, a.month}))
                return months.error();
        }
        if (auto r = addAll(m_c.resources); !r.ok())
            return r;
        m_summary.members = int(m_c.members.size());
        m_summary.membersLeft = m_c.membersLeft;
        m_summary.resources = int(m_c.resources.size());
        return {};
    }

    // The current value becomes the new baseline; measurements and survey links stay behind.
    Result<void> goals()
    {
        for (Goal goal : m_c.goals) {
            if (m_c.goalCurrent.contains(goal.id))
                goal.baseline = m_c.goalCurrent.value(goal.id);
            goal.dueDate = m_shift(goal.dueDate);
            goal.surveyQuestionId.reset();
            if (auto r = add(goal); !r.ok())
                return r;
        }
        m_summary.goals = int(m_c.goals.size());
        return {};
    }

    // Each repeating series that was kept up continues through the new year, its occurrences planned
    // at the time, length, place and stage of its latest one.
    Result<void> rhythm()
    {
        for (Series series : m_c.series) {
            if (!m_c.seriesTemplate.contains(series.id))
                continue;
            const Event model = m_c.seriesTemplate.value(series.id);
            if (series.until.isValid())
                series.until = m_end;
            if (auto r = add(series); !r.ok())
                return r;
            ++m_summary.series;
            QDate first = m_start;
            if (series.rule == Recurrence::Weekly || series.rule == Recurrence::EveryNWeeks)
                first = m_start.addDays((model.start.date().dayOfWeek() - m_start.dayOfWeek() + 7) % 7);
            for (const QDate &day : occurrences(series, first, m_end)) {
                Event e;
                e.title = model.title;
                e.kind = model.kind;
                e.start = QDateTime(day, model.start.time());
                e.durationMinutes = model.durationMinutes;
                e.location = model.location;
                e.topic = model.topic;
                e.stageId = stageAt(day);
                e.seriesId = series.id;
                if (auto r = add(e); !r.ok())
                    return r;
                ++m_summary.events;
            }
        }
        return {};
    }

    // The stage whose new planned dates hold `day`, if any.
    OptionalId stageAt(const QDate &day) const
    {
        for (const Stage &stage : m_c.stages) {
            const QDate from = m_shift(stage.plannedStart);
            const QDate to = m_shift(stage.plannedEnd);
            if (from.isValid() && to.isValid() && from <= day && day <= to)
                return stage.id;
        }
        return {};
    }

    Plan &m_plan;
    const Carried &m_c;
    const DateShift &m_shift;
    QDate m_start;
    QDate m_end;
    RenewalSummary &m_summary;
};

} // namespace

QDate defaultRenewalStart(const Community &community)
{
    return community.endDate.addDays(1);
}

Result<RenewalSummary> renewPlan(const Plan &source, const QString &path, const RenewalOptions &options,
                                 const std::atomic_bool *cancelled)
{
    auto community = source.community();
    if (!community.ok())
        return community.error();
    const Community &old = community.value();
    const QDate start = options.start.isValid() ? options.start : defaultRenewalStart(old);
    if (start <= old.startDate) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the new year must start after %1, the day the plan began")
                             .arg(old.startDate.toString(Qt::ISODate)));
    }
    auto carried = readCarried(source, start);
    if (!carried.ok())
        return carried.error();
    if (cancelled && cancelled->load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("the renewal was cancelled"));

    Community next = old;
    next.id = 0;
    next.uid.clear(); // a new plan, with an identity of its own
    next.startDate = start;
    next.endDate = start.addYears(1).addDays(-1);
    RenewalSummary summary;
    summary.start = next.startDate;
    summary.end = next.endDate;
    const DateShift shift(old.startDate, start);
    const Predecessor predecessor = predecessorOf(source, old, path);
    auto created = Plan::create(
        path, next,
        [&](Plan &plan) -> Result<void> {
            Writer writer(plan, carried.value(), shift, next.startDate, next.endDate, summary);
            if (auto r = writer.write(predecessor); !r.ok())
                return r;
            if (cancelled && cancelled->load())
                return makeError(ErrorCode::Cancelled, QStringLiteral("the renewal was cancelled"));
            return {};
        },
        source.clock());
    if (!created.ok())
        return created.error();
    summary.path = created.value()->path();
    return summary;
}

} // namespace cultivate
