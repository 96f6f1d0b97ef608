// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "at a glance" narrative (SPEC §7): sentences chosen by rules over an assessment built by hand,
// with figures that rise, fall, hold, miss and meet their targets.
#include "testsupport.h"

#include "core/reports/reportnarrative.h"

using namespace cultivate;

namespace {

const QDate Today(2026, 10, 15);

// A period's figures with the headline figures set and one complete month.
Metrics period(const QDate &from, const QDate &to, int members, int held, int credited, double reach, double stickiness,
               int active)
{
    Metrics m;
    m.from = from;
    m.to = to;
    m.today = Today;
    m.members = members;
    m.eventsHeld = held;
    m.creditedAttendances = credited;
    m.reach = reach;
    m.meanAttendanceRate = 0.40;
    m.months = {from.toString(QStringLiteral("yyyy-MM"))};
    m.activeByMonth = {active};
    m.newcomersByMonth = {4};
    m.latestCompleteMonth = 0;
    m.stickiness = stickiness;
    m.newcomerConversion = 0.5;
    m.levels = {2, 4, 10, 4, 0};
    m.totalWeight = 100;
    return m;
}

Assessment assessment(const Metrics &now, const std::optional<Metrics> &before)
{
    Assessment a;
    a.today = Today;
    a.current = now;
    a.previous = before;
    return a;
}

const ReportNarrative::Clean AsIs = [](const QString &text) { return text; };

GoalFigures goal(const QString &title, double baseline, double target, std::optional<double> current, const QDate &due)
{
    GoalFigures g;
    g.title = title;
    g.baseline = baseline;
    g.target = target;
    g.unit = QStringLiteral("members");
    g.due = due;
    g.current = current;
    if (current)
        g.progress = std::clamp((*current - baseline) / (target - baseline), 0.0, 1.0);
    g.source = QStringLiteral("measurement");
    return g;
}

QString allText(const GlanceNarrative &n)
{
    return n.paragraphs().join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a share that falls is said as a fall with its points, and one that rises as a rise")
{
    const FigureChange fell =
        ReportNarrative::change(QStringLiteral("reach"), QStringLiteral("reach"), true, 0.51, 0.78);
    CHECK(fell.trend == Trend::Fell);
    CHECK(fell.sentence == QStringLiteral("Reach fell by 27 points, from 78% to 51%."));

    const FigureChange rose =
        ReportNarrative::change(QStringLiteral("stickiness"), QStringLiteral("stickiness"), true, 0.48, 0.30);
    CHECK(rose.trend == Trend::Rose);
    CHECK(rose.sentence == QStringLiteral("Stickiness rose by 18 points, from 30% to 48%."));

    const FigureChange steady =
        ReportNarrative::change(QStringLiteral("reach"), QStringLiteral("reach"), true, 0.52, 0.50);
    CHECK(steady.trend == Trend::Steady);
    CHECK(steady.sentence.isEmpty());

    const FigureChange unknown =
        ReportNarrative::change(QStringLiteral("stickiness"), QStringLiteral("stickiness"), true, 0.4, std::nullopt);
    CHECK(unknown.trend == Trend::Unknown);
    CHECK(unknown.sentence.isEmpty());
}

TEST_CASE("a count that falls is said as a fall with its size and share, and a small move is not said")
{
    const FigureChange fell = ReportNarrative::change(QStringLiteral("credited_attendances"),
                                                      QStringLiteral("credited attendances"), false, 88, 100);
    CHECK(fell.trend == Trend::Fell);
    CHECK(fell.sentence == QStringLiteral("Credited attendances fell by 12 (\u221212%), from 100 to 88."));

    const FigureChange rose =
        ReportNarrative::change(QStringLiteral("events_held"), QStringLiteral("events held"), false, 15, 12);
    CHECK(rose.trend == Trend::Rose);
    CHECK(rose.sentence == QStringLiteral("Events held rose by 3 (+25%), from 12 to 15."));

    // One more of 40 is neither two nor a tenth: steady.
    CHECK(ReportNarrative::change(QStringLiteral("members"), QStringLiteral("members counted"), false, 41, 40).trend ==
          Trend::Steady);
    // Two of 100 is not a tenth: steady.
    CHECK(ReportNarrative::change(QStringLiteral("members"), QStringLiteral("members counted"), false, 98, 100).trend ==
          Trend::Steady);
}

TEST_CASE("the narrative says the falls first, then the rises, against the previous period")
{
    const Metrics before = period(QDate(2026, 4, 1), QDate(2026, 6, 30), 40, 12, 100, 0.78, 0.56, 18);
    const Metrics now = period(QDate(2026, 7, 1), QDate(2026, 9, 30), 50, 15, 88, 0.51, 0.43, 18);
    const GlanceNarrative n = ReportNarrative::compose(assessment(now, before), AsIs);

    CHECK(n.happened.contains(QStringLiteral("held 15 events with 88 credited attendances")));
    CHECK(n.happened.contains(QStringLiteral("51% of its 50 members took part at least once")));
    REQUIRE(n.changeSentences.size() >= 3);
    CHECK(n.changeSentences.first().startsWith(QStringLiteral("Against the previous period (1 April \u2013 30 June")));
    const QString text = n.changeSentences.join(QLatin1Char(' '));
    const qsizetype reachFell = text.indexOf(QStringLiteral("Reach fell by 27 points, from 78% to 51%."));
    const qsizetype stickinessFell = text.indexOf(QStringLiteral("Stickiness fell by 13 points, from 56% to 43%."));
    const qsizetype creditedFell = text.indexOf(QStringLiteral("Credited attendances fell by 12"));
    const qsizetype membersRose = text.indexOf(QStringLiteral("Members counted rose by 10 (+25%), from 40 to 50."));
    CHECK(reachFell > 0);
    CHECK(stickinessFell > reachFell); // the larger fall first
    CHECK(creditedFell > 0);
    CHECK(membersRose > std::max(reachFell, creditedFell)); // rises after falls
    CHECK_FALSE(text.contains(QStringLiteral("Reach rose")));
    CHECK_FALSE(text.contains(QStringLiteral("Active members in the latest complete month"))); // 18 and 18
    CHECK_FALSE(text.contains(QStringLiteral("No headline figure fell")));

    bool reachSeen = false;
    for (const FigureChange &c : n.changes) {
        if (c.key == QLatin1String("reach")) {
            reachSeen = true;
            CHECK(c.trend == Trend::Fell);
        }
    }
    CHECK(reachSeen);
}

TEST_CASE("when nothing fell the narrative says so, and without an earlier period it says why there is no comparison")
{
    const Metrics before = period(QDate(2026, 4, 1), QDate(2026, 6, 30), 40, 12, 80, 0.50, 0.40, 18);
    const Metrics now = period(QDate(2026, 7, 1), QDate(2026, 9, 30), 40, 12, 80, 0.70, 0.41, 18);
    const QString rising = ReportNarrative::compose(assessment(now, before), AsIs).changeSentences.join(u' ');
    CHECK(rising.contains(QStringLiteral("Reach rose by 20 points, from 50% to 70%.")));
    CHECK(rising.contains(QStringLiteral("No headline figure fell.")));
    CHECK_FALSE(rising.contains(QStringLiteral(" fell by ")));

    const QString steady = ReportNarrative::compose(assessment(before, before), AsIs).changeSentences.join(u' ');
    CHECK(steady.contains(QStringLiteral("no headline figure rose or fell noticeably")));

    const QString first = ReportNarrative::compose(assessment(now, std::nullopt), AsIs).changeSentences.join(u' ');
    CHECK(first.contains(QStringLiteral("There is no earlier period of the same length to compare with")));
}

TEST_CASE("goals are said as met, missed, on the way or not measured against their targets")
{
    Metrics now = period(QDate(2026, 7, 1), QDate(2026, 9, 30), 40, 12, 90, 0.6, 0.4, 18);
    now.goals = {goal(QStringLiteral("Grow the core"), 0, 10, 12, QDate(2026, 12, 31)),
                 goal(QStringLiteral("Run a mentoring scheme"), 0, 10, 4, QDate(2026, 9, 1)),
                 goal(QStringLiteral("Reach every team"), 0, 20, 10, QDate(2026, 12, 31)),
                 goal(QStringLiteral("Publish a playbook"), 0, 1, std::nullopt, QDate(2026, 12, 31))};
    const GlanceNarrative n = ReportNarrative::compose(assessment(now, std::nullopt), AsIs);
    const QString goals = n.goalSentences.join(QLatin1Char(' '));
    CHECK(goals.startsWith(QStringLiteral("Of the 4 goals: 1 met, 1 missed, 1 on the way and 1 not measured yet.")));
    CHECK(goals.contains(QStringLiteral("\u201cRun a mentoring scheme\u201d missed its target: it was due on "
                                        "1 September 2026 and stands at 4 members against 10 members.")));
    CHECK(goals.contains(QStringLiteral("\u201cReach every team\u201d is 50% of the way from 0 members to its "
                                        "target of 20 members, due 31 December 2026.")));
    // A missed goal is said before one on the way.
    CHECK(goals.indexOf(QStringLiteral("Run a mentoring scheme")) < goals.indexOf(QStringLiteral("Reach every team")));

    Metrics allMet = now;
    allMet.goals = {goal(QStringLiteral("Grow the core"), 0, 10, 12, QDate(2026, 12, 31))};
    const QString met = ReportNarrative::compose(assessment(allMet, std::nullopt), AsIs).goalSentences.join(u' ');
    CHECK_FALSE(met.contains(QStringLiteral("Of the 1 goal")));
    CHECK(met == (QStringLiteral("\u201cGrow the core\u201d has met its target of 10 members (now 12 members).")));
    allMet.goals = {goal(QStringLiteral("Publish a playbook"), 0, 1, std::nullopt, QDate(2026, 12, 31))};
    CHECK(ReportNarrative::compose(assessment(allMet, std::nullopt), AsIs).goalSentences ==
          QStringList{QStringLiteral("\u201cPublish a playbook\u201d has not been measured yet.")});

    Metrics none = now;
    none.goals.clear();
    CHECK(ReportNarrative::compose(assessment(none, std::nullopt), AsIs)
              .goalSentences.join(u' ')
              .contains(QStringLiteral("No goals have been set yet")));
}

TEST_CASE("the health verdict and the facilitator's next steps appear, and a flagged check never sounds clear")
{
    const Metrics now = period(QDate(2026, 7, 1), QDate(2026, 9, 30), 40, 12, 90, 0.6, 0.04, 18);
    Assessment a = assessment(now, std::nullopt);
    a.health.verdict = Verdict::Act;
    a.health.flags = {HealthFlag{QStringLiteral("low_stickiness"),
                                 Severity::Critical,
                                 QStringLiteral("stickiness is 4% (below 10%)"),
                                 QStringLiteral("Call the members who were active last spring."),
                                 {}},
                      HealthFlag{QStringLiteral("wenger_bands"),
                                 Severity::Info,
                                 QStringLiteral("core is 5%"),
                                 QStringLiteral("Invite active members to take a role."),
                                 {}}};
    Stage stage;
    stage.kind = StageKind::Nurture;
    stage.status = StageStatus::InProgress;
    ChecklistItem done{};
    done.title = QStringLiteral("Hold the first meetup");
    done.done = true;
    ChecklistItem open{};
    open.title = QStringLiteral("Recruit two champions");
    open.dueDate = QDate(2026, 11, 30);
    ChecklistItem later{};
    later.title = QStringLiteral("Plan the mid-point review");
    a.stages = {StageProgress{stage, {done, open, later}}};
    a.currentStage = 0;

    const GlanceNarrative n = ReportNarrative::compose(a, AsIs);
    CHECK(n.health.contains(a.health.headline()));
    CHECK(n.health.contains(QStringLiteral("low stickiness")));
    CHECK(n.health.contains(QStringLiteral("stickiness is 4% (below 10%)")));
    REQUIRE(n.nextSentences.size() == 2);
    CHECK(n.nextSentences.at(0) == QStringLiteral("Call the members who were active last spring."));
    CHECK(n.nextSentences.at(1) == QStringLiteral("In the Nurture stage, the next steps are: Recruit two champions "
                                                  "(due 30 November 2026); Plan the mid-point review."));
    const QString text = allText(n);
    CHECK_FALSE(text.contains(QStringLiteral("no concerns"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QStringLiteral("no warning signs"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QStringLiteral("Hold the first meetup"))); // done already
    CHECK_FALSE(text.contains(QStringLiteral("Invite active members"))); // a note is not a next step

    // Only a note: healthy, but not "no warning signs".
    a.health.verdict = Verdict::Healthy;
    a.health.flags.removeFirst();
    const QString noted = ReportNarrative::compose(a, AsIs).health;
    CHECK(noted.contains(QStringLiteral("no warning or critical sign")));
    CHECK_FALSE(noted.contains(QStringLiteral("no warning signs")));

    // Nothing at all: only then "no warning signs".
    a.health.flags.clear();
    CHECK(ReportNarrative::compose(a, AsIs).health ==
          QStringLiteral("The health check finds no warning signs in this period."));
}

TEST_CASE("the narrative cleans withheld names out of goal titles, evidence and next steps")
{
    Metrics now = period(QDate(2026, 7, 1), QDate(2026, 9, 30), 40, 12, 90, 0.6, 0.04, 18);
    now.goals = {goal(QStringLiteral("Grow the circle around Wilhelmina Quarterstaff"), 0, 10, 5, QDate(2026, 12, 31))};
    Assessment a = assessment(now, std::nullopt);
    a.health.verdict = Verdict::Watch;
    a.health.flags = {HealthFlag{QStringLiteral("drifting_members"),
                                 Severity::Warning,
                                 QStringLiteral("Wilhelmina Quarterstaff has drifted away"),
                                 QStringLiteral("Call Wilhelmina Quarterstaff this week."),
                                 {}}};
    const ReportNarrative::Clean clean = [](const QString &text) {
        return QString(text).replace(QStringLiteral("Wilhelmina Quarterstaff"), QStringLiteral("a member"));
    };
    const QString text = allText(ReportNarrative::compose(a, clean));
    CHECK_FALSE(text.contains(QStringLiteral("Wilhelmina")));
    CHECK(text.contains(QStringLiteral("Grow the circle around a member")));
    CHECK(text.contains(QStringLiteral("Call a member this week.")));
}

TEST_CASE("a period without events held says how many are planned and that the report shows the plan")
{
    Metrics now = period(QDate(2027, 1, 1), QDate(2027, 1, 31), 12, 0, 0, 0, 0, 0);
    now.reach.reset();
    now.stickiness.reset();
    now.latestCompleteMonth = -1;
    now.eventsPlanned = 22;
    const GlanceNarrative n = ReportNarrative::compose(assessment(now, std::nullopt), AsIs);
    CHECK(n.littleData);
    CHECK(n.happened.contains(QStringLiteral("no event has been held yet; 22 events are planned")));
    CHECK(n.happened.contains(QStringLiteral("schedule, the current stage's checklist and the goals")));
    CHECK_FALSE(allText(n).contains(QStringLiteral("0%")));
}
