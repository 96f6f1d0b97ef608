// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle/newplan.h"

#include "core/lifecycle/recurrence.h"
#include "core/lifecycle/stageguide.h"

#include <QCoreApplication>
#include <QHash>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class NewPlan {
    Q_DECLARE_TR_FUNCTIONS(cultivate::NewPlan)
};

Community communityFor(const NewPlanOptions &options, const Clock &clock)
{
    Community c;
    c.name = options.name.trimmed();
    c.startDate = options.start.isValid() ? options.start : clock.today();
    c.endDate = c.startDate.addYears(1).addDays(-1);
    c.timeZone = options.timeZone;
    return c;
}

// Month offsets of the stages in the one-year layout: [start, end) in months from the plan start.
struct StageSpan {
    StageKind kind;
    int fromMonth;
    int toMonth;
};
constexpr StageSpan OneYearSpans[] = {
    {StageKind::Define, 0, 1},   {StageKind::Pilot, 1, 3},      {StageKind::Launch, 3, 4},
    {StageKind::Nurture, 4, 11}, {StageKind::Evaluate, 11, 12},
};

class YearLayout {
public:
    YearLayout(Plan &plan, QDate start, QHash<StageKind, Id> stages)
        : m_plan(plan)
        , m_start(start)
        , m_stages(std::move(stages))
    {
    }

    // The first `weekday` on or after the day `days` after month `month` begins.
    QDate day(int month, int days = 0, int weekday = 2) const
    {
        const QDate d = m_start.addMonths(month).addDays(days);
        return d.addDays((weekday - d.dayOfWeek() + 7) % 7);
    }

    Result<Id> event(const QString &title, EventKind kind, QDate date, StageKind stage, int minutes = 60,
                     QTime time = QTime(15, 0), OptionalId series = {}, const QString &agenda = {})
    {
        Event e;
        e.title = title;
        e.kind = kind;
        e.start = QDateTime(date, time);
        e.durationMinutes = minutes;
        e.stageId = m_stages.value(stage);
        e.seriesId = series;
        e.agenda = agenda;
        return m_plan.add(e);
    }

    Result<void> item(StageKind stage, const QString &title, const QString &guidance, QDate due)
    {
        ChecklistItem item;
        item.stageId = m_stages.value(stage);
        item.position = ++m_position[stage];
        item.title = title;
        item.guidance = guidance;
        item.dueDate = due;
        auto r = m_plan.add(item);
        return r.ok() ? Result<void>{} : Result<void>(r.error());
    }

    void setPosition(StageKind stage, int position) { m_position[stage] = position; }

private:
    Plan &m_plan;
    QDate m_start;
    QHash<StageKind, Id> m_stages;
    QHash<StageKind, int> m_position;
};

Result<void> layOutYear(Plan &plan, const QDate &start, const QHash<StageKind, Id> &stages,
                        const QHash<StageKind, int> &positions)
{
    YearLayout y(plan, start, stages);
    for (auto it = positions.begin(); it != positions.end(); ++it)
        y.setPosition(it.key(), it.value());

    const auto check = [](const auto &r) { return r.ok(); };
    // Preparation and pilot.
    auto kickoff = y.event(NewPlan::tr("Pilot group kickoff"), EventKind::Meeting, y.day(1), StageKind::Pilot, 90);
    auto pilot2 = y.event(NewPlan::tr("Pilot session: sharing current practice"), EventKind::Workshop, y.day(1, 14),
                          StageKind::Pilot, 90);
    auto pilot3 = y.event(NewPlan::tr("Pilot retrospective and success story"), EventKind::Meeting, y.day(2, 14),
                          StageKind::Pilot, 60);
    // Launch.
    auto orientation = y.event(NewPlan::tr("Orientation and baseline survey"), EventKind::Orientation, y.day(3),
                               StageKind::Launch, 60);
    auto launch = y.event(NewPlan::tr("Community launch"), EventKind::Webinar, y.day(3, 7), StageKind::Launch, 60);
    for (const auto *r : {&kickoff, &pilot2, &pilot3, &orientation, &launch}) {
        if (!check(*r))
            return r->error();
    }

    // The monthly rhythm: a community meeting on the second Tuesday, alternating with a webinar.
    Series meetings;
    meetings.rule = Recurrence::MonthlyNthWeekday;
    meetings.weekday = 2;
    meetings.weekOfMonth = 2;
    meetings.until = start.addMonths(11).addDays(-1);
    auto meetingSeries = plan.add(meetings);
    if (!meetingSeries.ok())
        return meetingSeries.error();
    const QList<QDate> meetingDates = occurrences(meetings, start.addMonths(4), meetings.until);
    for (int i = 0; i < meetingDates.size(); ++i) {
        const QDate date = meetingDates[i];
        const bool webinar = i % 2 == 1;
        auto e = y.event(webinar ? NewPlan::tr("Monthly webinar") : NewPlan::tr("Monthly community meeting"),
                         webinar ? EventKind::Webinar : EventKind::Meeting, date, StageKind::Nurture, 60, QTime(15, 0),
                         meetingSeries.value(),
                         NewPlan::tr("Welcome and introductions\nMember spotlight\nTopic discussion\nNext steps"));
        if (!e.ok())
            return e.error();
        const QString when = QLocale().toString(date, QLocale::ShortFormat);
        if (auto r =
                y.item(StageKind::Nurture, NewPlan::tr("Send the reminder for the meeting on %1").arg(when),
                       NewPlan::tr("A short invitation a week before, with the topic and the link."), date.addDays(-7));
            !r.ok())
            return r;
        if (auto r = y.item(StageKind::Nurture, NewPlan::tr("Send the follow-up for the meeting on %1").arg(when),
                            NewPlan::tr("Thank attendees, share highlights and resources, and reach out to those who "
                                        "missed it."),
                            date.addDays(1));
            !r.ok())
            return r;
    }

    // Monthly check-ins on the last Thursday, short and anonymous.
    Series checkins;
    checkins.rule = Recurrence::MonthlyNthWeekday;
    checkins.weekday = 4;
    checkins.weekOfMonth = -1;
    checkins.until = start.addMonths(11).addDays(-1);
    auto checkinSeries = plan.add(checkins);
    if (!checkinSeries.ok())
        return checkinSeries.error();
    for (const QDate &date : occurrences(checkins, start.addMonths(4), checkins.until)) {
        auto e = y.event(NewPlan::tr("Monthly check-in"), EventKind::CheckIn, date, StageKind::Nurture, 30,
                         QTime(12, 30), checkinSeries.value());
        if (!e.ok())
            return e.error();
    }

    auto review = y.event(NewPlan::tr("Mid-year review"), EventKind::Workshop, y.day(6, 14, 3), StageKind::Nurture, 90);
    auto stories =
        y.event(NewPlan::tr("Success-story drive"), EventKind::Workshop, y.day(8, 14, 3), StageKind::Nurture, 90);
    auto wrapUp =
        y.event(NewPlan::tr("Wrap-up and final survey"), EventKind::WrapUp, y.day(11, 7), StageKind::Evaluate, 90);
    for (const auto *r : {&review, &stories, &wrapUp}) {
        if (!check(*r))
            return r->error();
    }
    if (auto r =
            y.item(StageKind::Evaluate, NewPlan::tr("Send the stakeholder report"),
                   NewPlan::tr("Export the report for the year and send it to the sponsors with a thank-you note."),
                   y.day(11, 21, 5));
        !r.ok())
        return r;
    return {};
}

} // namespace

Result<void> seedPlan(Plan &plan, const NewPlanOptions &options)
{
    auto community = plan.community();
    if (!community.ok())
        return community.error();
    const QDate start = community.value().startDate;
    const bool oneYear = options.layout == PlanTemplate::OneYear;

    QHash<StageKind, Id> stageIds;
    for (const auto &span : OneYearSpans) {
        Stage stage;
        stage.kind = span.kind;
        if (oneYear) {
            stage.plannedStart = start.addMonths(span.fromMonth);
            stage.plannedEnd = start.addMonths(span.toMonth).addDays(-1);
        }
        auto id = plan.add(stage);
        if (!id.ok())
            return id.error();
        stageIds.insert(span.kind, id.value());
    }

    QHash<StageKind, int> positions;
    for (const BuiltInItem &builtIn : builtInChecklist()) {
        ChecklistItem item;
        item.stageId = stageIds.value(builtIn.stage);
        item.position = ++positions[builtIn.stage];
        item.title = builtIn.title;
        item.guidance = builtIn.guidance;
        item.builtIn = true;
        if (oneYear) {
            for (const auto &span : OneYearSpans) {
                if (span.kind == builtIn.stage)
                    item.dueDate = start.addMonths(span.toMonth).addDays(-1);
            }
        }
        if (auto r = plan.add(item); !r.ok())
            return r.error();
    }

    for (ContributionKind kind : enumValues<ContributionKind>()) {
        ContributionWeight weight;
        weight.kind = kind;
        weight.weight = defaultContributionWeight(kind);
        if (auto r = plan.add(weight); !r.ok())
            return r.error();
    }
    return oneYear ? layOutYear(plan, start, stageIds, positions) : Result<void>{};
}

Result<std::unique_ptr<Plan>> createPlan(const QString &path, const NewPlanOptions &options, const Clock &clock)
{
    return Plan::create(
        path, communityFor(options, clock), [&options](Plan &plan) { return seedPlan(plan, options); }, clock);
}

Result<std::unique_ptr<Plan>> createPlanInMemory(const NewPlanOptions &options, const Clock &clock)
{
    return Plan::createInMemory(
        communityFor(options, clock), [&options](Plan &plan) { return seedPlan(plan, options); }, clock);
}

} // namespace cultivate
