// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The handover document (SPEC §11, `cultivate report --kind handover`): written by the real binary in
// every format with its sections, its figures in their labelled rows equal to `stats --json`, the
// consent rules, a plan with little data, and the command line's answers to a bad --kind.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/reports/reportformat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cultivate;
using cultivate::test::cell;
using cultivate::test::Rendering;

namespace {

const QDate Today(2026, 12, 4);

const QStringList HandoverHeadings{QStringLiteral("Purpose and what was achieved"),
                                   QStringLiteral("Who carries what"),
                                   QStringLiteral("Where the repertoire lives"),
                                   QStringLiteral("The rhythm that worked"),
                                   QStringLiteral("Open items"),
                                   QStringLiteral("Lessons from the reflections"),
                                   QStringLiteral("Appendix: definitions and data sources")};

// The demo community of seed 5 on 4 December 2026 with two champions added: one who did not consent
// to reports and is everywhere a handover could name her, and one who did. The plan is closed again
// so that the binary can read it.
struct HandoverPlan {
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(Today, QTime(12, 0))};
    std::unique_ptr<Plan> plan;
    Id hidden = 0;
    Id named = 0;
    int unnamedCarriers = 0; // facilitators, champions, experts and sponsors who did not consent

    HandoverPlan()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("handover.cop"));
        DemoOptions options;
        options.seed = 5;
        auto created = createDemoPlan(path, options, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();

        Member h;
        h.name = QStringLiteral("Wilhelmina Quarterstaff");
        h.aliases = {QStringLiteral("Willa Q")};
        h.email = QStringLiteral("wq@example.org");
        h.organisation = QStringLiteral("Quillmoor Private Trust");
        h.role = Role::Champion;
        h.joinedDate = QDate(2026, 1, 10);
        h.consentReport = false;
        h.consentQuote = false;
        hidden = add(h);
        Member n;
        n.name = QStringLiteral("Bartholomew Inkwell");
        n.email = QStringLiteral("bi@example.org");
        n.organisation = QStringLiteral("Inkwell Partners");
        n.role = Role::Champion;
        n.joinedDate = QDate(2026, 1, 10);
        n.consentReport = true;
        n.consentQuote = true;
        named = add(n);

        // She hosts a clinic, he presents at it; both write a resource for the repertoire.
        Event clinic;
        clinic.title = QStringLiteral("Clinic hosted by Wilhelmina Quarterstaff");
        clinic.kind = EventKind::Workshop;
        clinic.start = QDateTime(QDate(2026, 11, 18), QTime(14, 0));
        clinic.status = EventStatus::Held;
        const Id clinicId = add(clinic);
        add(Contribution{0, hidden, QDate(2026, 11, 18), ContributionKind::Hosting, clinicId, {}, {}});
        add(Contribution{0, named, QDate(2026, 11, 18), ContributionKind::Presentation, clinicId, {}, {}});
        add(Attendance{0, clinicId, hidden, AttendanceStatus::Present, {}, {}});
        add(Attendance{0, clinicId, named, AttendanceStatus::Present, {}, {}});
        Resource script;
        script.title = QStringLiteral("Cleaning script by Willa Q");
        script.kind = ResourceKind::Tool;
        script.location = QStringLiteral("https://code.example.org/quillmoor-cleaning");
        script.authorId = hidden;
        script.addedDate = QDate(2026, 11, 19);
        script.tags = {QStringLiteral("cleaning")};
        add(script);
        Resource guide;
        guide.title = QStringLiteral("Inkwell's review guide");
        guide.kind = ResourceKind::Document;
        guide.location = QStringLiteral("https://docs.example.org/review-guide");
        guide.authorId = named;
        guide.addedDate = QDate(2026, 11, 20);
        guide.tags = {QStringLiteral("review"), QStringLiteral("quality")};
        add(guide);

        // Her reflection, not shared; a shared reflection that names her; her words in a named survey.
        Story secret;
        secret.title = QStringLiteral("What Wilhelmina learned");
        secret.kind = StoryKind::Reflection;
        secret.date = QDate(2026, 11, 25);
        secret.narrative = QStringLiteral("Zebrafish confidential: a private account of the clinic's first months.");
        secret.memberIds = {hidden};
        secret.consent = false;
        add(secret);
        Story shared;
        shared.title = QStringLiteral("Reviews before releases");
        shared.kind = StoryKind::Reflection;
        shared.date = QDate(2026, 11, 26);
        shared.narrative = QStringLiteral("After the clinic run by Wilhelmina Quarterstaff, Bartholomew Inkwell's "
                                          "team now reviews every release together.");
        shared.memberIds = {hidden, named};
        shared.consent = true;
        add(shared);
        Survey survey;
        survey.title = QStringLiteral("Clinic feedback");
        survey.kind = SurveyKind::SessionFeedback;
        survey.date = QDate(2026, 11, 19);
        const Id surveyId = add(survey);
        Question question;
        question.surveyId = surveyId;
        question.text = QStringLiteral("What will you do differently?");
        question.type = QuestionType::FreeText;
        const Id questionId = add(question);
        answer(surveyId, questionId, hidden, QStringLiteral("Marmalade secret: I will run the clinic monthly."));
        answer(surveyId, questionId, named,
               QStringLiteral("I will ask for a review before every release, keep a short checklist of the errors "
                              "we found together in the clinic, and bring one of them to each monthly meeting so "
                              "that the whole community learns from what went wrong and how we found it."));

        auto members = plan->list<Member>();
        REQUIRE_OK(members);
        for (const Member &m : members.value()) {
            const bool carries = m.role == Role::Facilitator || m.role == Role::Champion || m.role == Role::Expert ||
                                 m.role == Role::Sponsor;
            const bool inYear = (!m.joinedDate.isValid() || m.joinedDate <= Today) &&
                                (!m.leftDate.isValid() || m.leftDate >= QDate(2026, 1, 1));
            unnamedCarriers += carries && inYear && !m.consentReport;
        }
        plan.reset(); // closed: the binary reads the file
    }

    template <class T> Id add(const T &entity)
    {
        auto id = plan->add(entity);
        REQUIRE_OK(id);
        return id.value();
    }

    void answer(Id surveyId, Id questionId, Id member, const QString &text)
    {
        Response response;
        response.surveyId = surveyId;
        response.memberId = member;
        response.submitted = QDate(2026, 11, 19);
        const Id responseId = add(response);
        add(Answer{0, responseId, questionId, std::nullopt, text});
    }

    static HandoverPlan &shared()
    {
        static HandoverPlan plan;
        return plan;
    }

    // Writes the handover with the binary and returns its path.
    QString write(const QString &fileName, const QStringList &extra = {}) const
    {
        const QString out = dir.filePath(fileName);
        const auto r = test::runCultivate(QStringList{QStringLiteral("report"), path, QStringLiteral("--kind"),
                                                      QStringLiteral("handover"), QStringLiteral("-o"), out} +
                                              extra,
                                          Today);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(QFile::exists(out));
        return out;
    }

    const QList<Rendering> &renderings() const
    {
        static const QList<Rendering> outputs =
            test::readRenderings(write(QStringLiteral("h.pdf")), write(QStringLiteral("h.html")),
                                 write(QStringLiteral("h.odt")), write(QStringLiteral("h.md")));
        return outputs;
    }

    QJsonObject json(const QString &command) const
    {
        const auto r = test::runCultivate({command, path, QStringLiteral("--json")}, Today);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

} // namespace

TEST_CASE("the handover is written in every format, each with the handover's section headings in order")
{
    const HandoverPlan &p = HandoverPlan::shared();
    const QString md = test::readText(p.write(QStringLiteral("headings.md")));
    const QString html = test::readText(p.write(QStringLiteral("headings.html")));
    const QString odt = test::odtContent(p.write(QStringLiteral("headings.odt")));
    const QString pdf = p.write(QStringLiteral("headings.pdf"));
    const QString pdfWords = test::pdfText(pdf).simplified();
    CHECK(test::pdfInfo(pdf).contains(QStringLiteral("Data Insight Community of Practice — handover")));
    CHECK(md.startsWith(QStringLiteral("# Data Insight Community of Practice — handover")));
    CHECK(html.contains(QStringLiteral("<title>Data Insight Community of Practice — handover</title>")));
    qsizetype mdAt = 0;
    qsizetype htmlAt = 0;
    qsizetype odtAt = 0;
    qsizetype pdfAt = pdfWords.indexOf(QStringLiteral("Contents")); // past the contents, where they start
    REQUIRE(pdfAt > 0);
    pdfAt = pdfWords.indexOf(HandoverHeadings.constLast(), pdfAt); // the contents' last line
    for (const QString &heading : HandoverHeadings) {
        INFO(heading.toStdString());
        const qsizetype inMd = md.indexOf(QStringLiteral("\n## ") + heading + QLatin1Char('\n'));
        const qsizetype inHtml = html.indexOf(QRegularExpression(QStringLiteral("<h2 id=\"[a-z-]+\"[^>]*>") +
                                                                 QRegularExpression::escape(heading.toHtmlEscaped()) +
                                                                 QStringLiteral("</h2>")));
        const qsizetype inOdt = odt.indexOf(QStringLiteral("text:outline-level=\"1\""), odtAt + 1);
        const qsizetype inPdf = pdfWords.indexOf(heading, pdfAt + 1);
        CHECK(inMd > mdAt);
        CHECK(inHtml > htmlAt);
        CHECK(inOdt > odtAt);
        CHECK(odt.indexOf(heading.toHtmlEscaped(), inOdt) > inOdt);
        CHECK(inPdf > pdfAt);
        mdAt = std::max(mdAt, inMd);
        htmlAt = std::max(htmlAt, inHtml);
        odtAt = std::max(odtAt, inOdt);
        pdfAt = std::max(pdfAt, inPdf);
    }
    // The stakeholder report's own sections are not in it.
    CHECK_FALSE(md.contains(QStringLiteral("## At a glance")));
    CHECK_FALSE(md.contains(QStringLiteral("## Participation by organisation")));
}

TEST_CASE("the handover's figures sit in their labelled rows in every format and equal stats --json")
{
    const HandoverPlan &p = HandoverPlan::shared();
    const QJsonObject s = p.json(QStringLiteral("stats"));
    const QJsonObject health = p.json(QStringLiteral("health"));
    const int members = s.value(QStringLiteral("members")).toInt();
    REQUIRE(members > 0);
    REQUIRE(s.value(QStringLiteral("events_held")).toInt() > 0);
    const auto share = [&s](const char *key) {
        const QJsonValue v = s.value(QLatin1String(key));
        return v.isNull() ? QStringLiteral("\u2013") : reportShare(v.toDouble());
    };
    const QString month = reportMonth(s.value(QStringLiteral("latest_complete_month")).toString());
    const QList<std::tuple<QString, int, QString>> expected{
        {QStringLiteral("Members counted"), 1, reportCount(members)},
        {QStringLiteral("Events held"), 1, reportCount(s.value(QStringLiteral("events_held")).toInt())},
        {QStringLiteral("Credited attendances"), 1,
         reportCount(s.value(QStringLiteral("credited_attendances")).toInt())},
        {QStringLiteral("Reach"), 1, share("reach")},
        {QStringLiteral("Mean attendance rate"), 1, share("mean_attendance_rate")},
        {QStringLiteral("Stickiness in %1").arg(month), 1, share("stickiness")},
    };
    const QJsonObject levels = s.value(QStringLiteral("participation_levels")).toObject();
    const QString verdict = health.value(QStringLiteral("verdict")).toString();
    const QString verdictWord = verdict == QLatin1String("act")     ? QStringLiteral("Act now:")
                                : verdict == QLatin1String("watch") ? QStringLiteral("Watch:")
                                                                    : QStringLiteral("Healthy");
    for (const Rendering &r : p.renderings()) {
        INFO("format " << r.format.toStdString());
        for (const auto &[label, column, value] : expected) {
            INFO("row " << label.toStdString());
            CHECK(cell(r.rows, label, column) == value);
        }
        for (const QString &level : {QStringLiteral("Core"), QStringLiteral("Active"), QStringLiteral("Occasional"),
                                     QStringLiteral("Peripheral"), QStringLiteral("Transactional")}) {
            INFO("level " << level.toStdString());
            const int n = levels.value(level.toLower()).toInt();
            CHECK(cell(r.rows, level, 1) == reportCount(n));
            CHECK(cell(r.rows, level, 2) == reportShare(double(n) / members));
        }
        CHECK(r.text.contains(QStringLiteral("Health check: ") + verdictWord));
        if (r.format == QLatin1String("pdf"))
            continue; // long goal titles wrap in the PDF's cells
        for (const QJsonValue &v : s.value(QStringLiteral("goals")).toArray()) {
            const QJsonObject goal = v.toObject();
            const QString title = goal.value(QStringLiteral("title")).toString();
            INFO("goal " << title.toStdString());
            const QJsonValue progress = goal.value(QStringLiteral("progress"));
            CHECK(cell(r.rows, title, 4)
                      .endsWith(progress.isNull() ? QStringLiteral("\u2013") : reportShare(progress.toDouble())));
        }
    }
}

TEST_CASE("a handover of a chosen quarter gives that quarter's figures, as stats --json does")
{
    const HandoverPlan &p = HandoverPlan::shared();
    const QStringList window{QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-09-30")};
    const auto stats =
        test::runCultivate(QStringList{QStringLiteral("stats"), p.path, QStringLiteral("--json")} + window, Today);
    REQUIRE(stats.exitCode == 0);
    const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QString md = test::readText(p.write(QStringLiteral("quarter.md"), window));
    const test::Rows rows = test::markdownRows(md);
    CHECK(md.contains(QStringLiteral("Period: 1 July – 30 September 2026")));
    CHECK(cell(rows, QStringLiteral("Members counted"), 1) == reportCount(s.value(QStringLiteral("members")).toInt()));
    CHECK(cell(rows, QStringLiteral("Events held"), 1) == reportCount(s.value(QStringLiteral("events_held")).toInt()));
    CHECK(cell(rows, QStringLiteral("Reach"), 1) == reportShare(s.value(QStringLiteral("reach")).toDouble()));
    CHECK(cell(rows, QStringLiteral("Stickiness in September 2026"), 1) ==
          reportShare(s.value(QStringLiteral("stickiness")).toDouble()));
    const int core = s.value(QStringLiteral("participation_levels")).toObject().value(QStringLiteral("core")).toInt();
    CHECK(cell(rows, QStringLiteral("Core"), 1) == reportCount(core));
}

TEST_CASE("a champion who did not consent never appears in the handover, while a consenting champion does with "
          "their role")
{
    const HandoverPlan &p = HandoverPlan::shared();
    REQUIRE(p.unnamedCarriers >= 1);
    const QString unnamed =
        p.unnamedCarriers == 1
            ? QStringLiteral("One more person in these roles is not named here")
            : QStringLiteral("%1 more people in these roles are not named here").arg(reportCount(p.unnamedCarriers));
    for (const Rendering &r : p.renderings()) {
        INFO("format " << r.format.toStdString());
        for (const QString &word :
             {QStringLiteral("Wilhelmina"), QStringLiteral("Quarterstaff"), QStringLiteral("Willa"),
              QStringLiteral("Zebrafish"), QStringLiteral("Marmalade"), QStringLiteral("Quillmoor Private Trust")}) {
            INFO(word.toStdString());
            CHECK_FALSE(r.text.contains(word, Qt::CaseInsensitive));
        }
        CHECK(r.text.contains(QStringLiteral("After the clinic run by a member, Bartholomew Inkwell's team")));
        CHECK(r.text.contains(QStringLiteral("I will ask for a review before every release")));
        CHECK(r.text.contains(unnamed));
        if (r.format == QLatin1String("pdf")) {
            // Names wrap in the PDF's narrow cells: the words are there, in the section that lists people.
            const qsizetype people = r.text.lastIndexOf(QStringLiteral("Who carries what"));
            CHECK(r.text.indexOf(QStringLiteral("Bartholomew"), people) > people);
            CHECK(r.text.indexOf(QStringLiteral("Inkwell Partners"), people) > people);
            continue;
        }
        // His row names his role and organisation, and what he carried: the talk and the guide.
        CHECK(cell(r.rows, QStringLiteral("Bartholomew Inkwell"), 1) == QStringLiteral("Champion"));
        CHECK(cell(r.rows, QStringLiteral("Bartholomew Inkwell"), 2) == QStringLiteral("Inkwell Partners"));
        CHECK(cell(r.rows, QStringLiteral("Bartholomew Inkwell"), 3) == QStringLiteral("1"));
        CHECK(cell(r.rows, QStringLiteral("Bartholomew Inkwell"), 4) == QStringLiteral("1"));
        // Her script is in the repertoire, by "a member"; his guide by him.
        CHECK(cell(r.rows, QStringLiteral("Cleaning script by a member"), 2) == QStringLiteral("a member"));
        CHECK(cell(r.rows, QStringLiteral("Inkwell's review guide"), 2) == QStringLiteral("Bartholomew Inkwell"));
        CHECK(cell(r.rows, QStringLiteral("Inkwell's review guide"), 3) == QStringLiteral("review, quality"));
    }
}

TEST_CASE("a plan with little data says so in its handover instead of printing zeros")
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("new.cop"));
    const auto made =
        test::runCultivate({QStringLiteral("new"), plan, QStringLiteral("--name"), QStringLiteral("Fresh Circle"),
                            QStringLiteral("--start"), QStringLiteral("2026-12-01")},
                           Today);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("fresh.md"));
    const auto r = test::runCultivate({QStringLiteral("report"), plan, QStringLiteral("--kind"),
                                       QStringLiteral("handover"), QStringLiteral("-o"), out},
                                      Today);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString md = test::readText(out);
    CHECK(md.contains(QStringLiteral("# Fresh Circle — handover")));
    CHECK(md.contains(QStringLiteral("There is little to count yet")));
    // No figure prints as a zero share, and there is no table of figures that are not there yet.
    const test::Rows rows = test::markdownRows(md);
    for (const QStringList &row : rows) {
        for (const QString &c : row) {
            INFO(c.toStdString());
            CHECK_FALSE(QRegularExpression(QStringLiteral("(^|\\D)0%")).match(c).hasMatch());
        }
    }
    CHECK(test::cell(rows, QStringLiteral("Reach"), 1).isEmpty());
    // The plan itself is handed over: its open checklist and its planned events.
    CHECK(md.contains(QStringLiteral("### Checklist items not done")));
    CHECK(md.contains(QStringLiteral("### Planned events still to come")));
}

TEST_CASE("report --kind handover exits 0, a bad --kind or --sections with the handover is a usage error")
{
    const HandoverPlan &p = HandoverPlan::shared();
    const QString pdf = p.write(QStringLiteral("x.pdf"));
    CHECK(QFileInfo(pdf).size() > 1000);

    const QString bad = p.dir.filePath(QStringLiteral("bad.pdf"));
    auto r = test::runCultivate({QStringLiteral("report"), p.path, QStringLiteral("--kind"), QStringLiteral("nonsense"),
                                 QStringLiteral("-o"), bad},
                                Today);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--kind must be stakeholder or handover")));
    CHECK_FALSE(QFile::exists(bad));
    r = test::runCultivate({QStringLiteral("report"), p.path, QStringLiteral("--kind"), QStringLiteral("handover"),
                            QStringLiteral("--sections"), QStringLiteral("cover"), QStringLiteral("-o"), bad},
                           Today);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--sections")));
    CHECK_FALSE(QFile::exists(bad));

    // The stakeholder report stays the default, and the help names the choice.
    const QString stakeholder = p.dir.filePath(QStringLiteral("default.md"));
    r = test::runCultivate({QStringLiteral("report"), p.path, QStringLiteral("-o"), stakeholder}, Today);
    REQUIRE(r.exitCode == 0);
    CHECK(test::readText(stakeholder).contains(QStringLiteral("## At a glance")));
    r = test::runCultivate({QStringLiteral("report"), QStringLiteral("--help")}, Today);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("--kind stakeholder|handover")));
}
