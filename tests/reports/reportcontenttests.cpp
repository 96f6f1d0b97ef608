// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's newer content (SPEC §7): consent in every section, the month-one report that shows the
// plan, and the structure of the OpenDocument package.
#include "testsupport.h"

#include "reporttestsupport.h"

#include "core/demo/demogenerator.h"
#include "core/lifecycle/newplan.h"
#include "core/reports/reportformat.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>
#include <QXmlStreamReader>

using namespace cultivate;

namespace {

QString words(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The four renderings of a report as text to search: PDF words, HTML, ODT content.xml, Markdown.
QMap<QString, QString> renderAll(const ReportData &data, const QDate &today, const QTemporaryDir &dir,
                                 const QString &stem, const ReportOptions &options = {})
{
    QMap<QString, QString> out;
    for (const auto &[extension, format] :
         {std::pair{QStringLiteral("pdf"), ReportFormat::Pdf}, std::pair{QStringLiteral("html"), ReportFormat::Html},
          std::pair{QStringLiteral("odt"), ReportFormat::Odt},
          std::pair{QStringLiteral("md"), ReportFormat::Markdown}}) {
        const QString path = dir.filePath(stem + QLatin1Char('.') + extension);
        REQUIRE_OK(writeReport(data, options, path, format, today));
        if (format == ReportFormat::Pdf)
            out.insert(extension, words(test::pdfText(path)));
        else if (format == ReportFormat::Odt)
            out.insert(extension, words(test::odtContent(path)));
        else
            out.insert(extension, words(test::readText(path)));
    }
    return out;
}

// The demo community of seed 5 on 4 December 2026, with a member who did not consent to reports
// and is everywhere a report could name her.
struct ConsentPlan {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 12, 4), QTime(12, 0))};
    std::unique_ptr<Plan> plan;
    ReportData data;
    Id hidden = 0;

    ConsentPlan()
    {
        DemoOptions options;
        options.seed = 5;
        auto created = createDemoPlan(dir.filePath(QStringLiteral("consent.cop")), options, clock);
        REQUIRE_OK(created);
        plan = std::move(created).value();

        Member m;
        m.name = QStringLiteral("Eudora Pennywhistle");
        m.aliases = {QStringLiteral("Dora Pennywhistle")};
        m.email = QStringLiteral("ep@example.org");
        m.organisation = QStringLiteral("Larkspur Trust");
        m.joinedDate = QDate(2026, 1, 10);
        m.consentReport = false;
        m.consentQuote = false;
        hidden = add(m);

        // The community's busiest contributor: first among the most active members.
        for (int month = 2; month <= 11; ++month) {
            for (int day : {5, 19})
                add(Contribution{0, hidden, QDate(2026, month, day), ContributionKind::Hosting, {}, {}, {}});
        }
        // A named survey she answered (not quotable) and an anonymous one that names her (quoted, cleaned).
        addFreeText(QStringLiteral("Autumn pulse"), false, hidden,
                    QStringLiteral("The quarterly clinic changed everything for my team, says Eudora Pennywhistle."));
        addFreeText(QStringLiteral("Anonymous pulse"), true, std::nullopt,
                    QStringLiteral("Thanks to Eudora Pennywhistle and Dora Pennywhistle, our whole analytics team "
                                   "now reviews its code together every Thursday afternoon before a release goes "
                                   "out, and the number of corrections after publication has fallen to almost none."));
        add(Recognition{0, hidden, QDate(2026, 11, 15), QStringLiteral("Eudora Pennywhistle ran the clinic")});

        Story shared;
        shared.title = QStringLiteral("The clinic of Eudora Pennywhistle");
        shared.kind = StoryKind::Success;
        shared.date = QDate(2026, 11, 28);
        shared.narrative = QStringLiteral("Every fortnight EUDORA PENNYWHISTLE opened a clinic for stuck analyses.");
        shared.cycles = {ValueCycle::Applied};
        shared.memberIds = {hidden};
        shared.consent = true;
        add(shared);
        Story secret;
        secret.title = QStringLiteral("The Larkspur confidential");
        secret.kind = StoryKind::Reflection;
        secret.date = QDate(2026, 11, 20);
        secret.narrative = QStringLiteral("A private account of a difficult quarter.");
        secret.memberIds = {hidden};
        secret.consent = false;
        add(secret);

        Resource resource;
        resource.title = QStringLiteral("Checklist by Eudora Pennywhistle");
        resource.kind = ResourceKind::Template;
        resource.addedDate = QDate(2026, 12, 1);
        add(resource);
        add(BudgetLine{0, QStringLiteral("Travel for Eudora Pennywhistle"), 300, {}, 9});
        Goal goal;
        goal.title = QStringLiteral("Grow the clinic of Eudora Pennywhistle");
        goal.baseline = 0;
        goal.target = 10;
        goal.dueDate = QDate(2026, 12, 31);
        add(goal);

        // An open item of the current stage's checklist.
        auto stages = plan->list<Stage>();
        REQUIRE_OK(stages);
        Id evaluate = 0;
        for (const Stage &s : stages.value()) {
            if (s.kind == StageKind::Evaluate)
                evaluate = s.id;
        }
        REQUIRE(evaluate != 0);
        ChecklistItem item;
        item.stageId = evaluate;
        item.position = 0;
        item.title = QStringLiteral("Thank Eudora Pennywhistle in the final meeting");
        item.dueDate = QDate(2026, 12, 10);
        add(item);

        auto loaded = loadReportData(*plan, {}, clock.today());
        REQUIRE_OK(loaded);
        data = std::move(loaded).value();
    }

    template <class T> Id add(const T &entity)
    {
        auto id = plan->add(entity);
        REQUIRE_OK(id);
        return id.value();
    }

    void addFreeText(const QString &title, bool anonymous, OptionalId member, const QString &text)
    {
        Survey survey;
        survey.title = title;
        survey.kind = SurveyKind::SessionFeedback;
        survey.date = QDate(2026, 11, 12);
        survey.anonymous = anonymous;
        const Id surveyId = add(survey);
        Question question;
        question.surveyId = surveyId;
        question.text = QStringLiteral("What changed for you?");
        question.type = QuestionType::FreeText;
        const Id questionId = add(question);
        Response response;
        response.surveyId = surveyId;
        response.memberId = member;
        response.submitted = survey.date;
        const Id responseId = add(response);
        add(Answer{0, responseId, questionId, std::nullopt, text});
    }
};

} // namespace

TEST_CASE("a member who did not consent never appears in any section of any format, though she is everywhere")
{
    ConsentPlan p;
    REQUIRE(p.data.withheldNames.contains(QStringLiteral("Eudora Pennywhistle")));
    const auto outputs = renderAll(p.data, p.clock.today(), p.dir, QStringLiteral("consent"));
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        INFO("format " << it.key().toStdString());
        const QString &text = it.value();
        // Neither her name nor her alias, in any case.
        CHECK_FALSE(text.contains(QStringLiteral("Pennywhistle"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("Eudora"), Qt::CaseInsensitive));
        // Her own words in a named survey, the story she did not share and the reason she was recognised.
        CHECK_FALSE(text.contains(QStringLiteral("quarterly clinic")));
        CHECK_FALSE(text.contains(QStringLiteral("Larkspur confidential")));
        CHECK_FALSE(text.contains(QStringLiteral("ran the clinic")));
        // What may be printed is, with "a member" where she would be named.
        CHECK(text.contains(QStringLiteral("Thanks to a member and a member, our whole analytics team")));
        CHECK(text.contains(QStringLiteral("The clinic of a member")));
        CHECK(text.contains(QStringLiteral("Checklist by a member")));
        CHECK(text.contains(QStringLiteral("Travel for a member")));
        CHECK(text.contains(QStringLiteral("Grow the clinic of a member")));
        CHECK(text.contains(QStringLiteral("Thank a member in the final meeting")));
        CHECK(text.contains(QStringLiteral("1 further recognition went to members who have not agreed to be named")));
        CHECK(text.contains(QStringLiteral("Larkspur Trust"))); // her organisation's share is not a name
    }
}

TEST_CASE("a plan that has not started reports its first month and shows its schedule, checklist and goals")
{
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 12, 4), QTime(12, 0)));
    NewPlanOptions options;
    options.name = QStringLiteral("Month One Circle");
    options.layout = PlanTemplate::OneYear;
    options.start = QDate(2027, 1, 1);
    auto created = createPlan(dir.filePath(QStringLiteral("month-one.cop")), options, clock);
    REQUIRE_OK(created);
    Plan &plan = *created.value();
    Goal goal;
    goal.title = QStringLiteral("Welcome forty analysts");
    goal.baseline = 0;
    goal.target = 40;
    goal.unit = QStringLiteral("members");
    goal.dueDate = QDate(2027, 12, 31);
    REQUIRE_OK(plan.add(goal));
    Member member;
    member.name = QStringLiteral("Ana First");
    member.consentReport = true;
    member.joinedDate = QDate(2027, 1, 1);
    REQUIRE_OK(plan.add(member));
    auto loaded = loadReportData(plan, {}, clock.today());
    REQUIRE_OK(loaded);
    const ReportData &data = loaded.value();

    // The default period is the plan's first month, not a day to come.
    CHECK(reportWindow(data.metrics, {}, {}, clock.today()) == std::pair{QDate(2027, 1, 1), QDate(2027, 1, 31)});
    const ReportContent content = composeReport(data, {}, clock.today());
    CHECK(content.from == QDate(2027, 1, 1));
    CHECK(content.to == QDate(2027, 1, 31));

    const auto outputs = renderAll(data, clock.today(), dir, QStringLiteral("month-one"));
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        INFO("format " << it.key().toStdString());
        QString text = it.value();
        CHECK(text.contains(QStringLiteral("1 \u2013 31 January 2027")));
        CHECK_FALSE(text.contains(QStringLiteral("4 January 2027")));
        // The schedule of the year.
        CHECK(text.contains(QStringLiteral("22 events are scheduled from 1 January 2027 to 31 December 2027")));
        CHECK(text.contains(QStringLiteral("Pilot group kickoff")));
        CHECK(text.contains(QStringLiteral("Wrap-up and final survey")));
        // The current stage's checklist.
        CHECK(text.contains(QStringLiteral("The Define domain stage's checklist")));
        CHECK(text.contains(QStringLiteral("Ground rules")));
        // The goals.
        CHECK(text.contains(QStringLiteral("Welcome forty analysts")));
        CHECK(text.contains(QStringLiteral("no event has been held yet")));
        // Undefined figures are "–", never "0%": the only 0% left are the checklists' true readiness
        // and the definitions' "between 0% and 100%".
        text.remove(QRegularExpression(QStringLiteral("\\d+ of \\d+ \\(0%\\)")));
        text.remove(QStringLiteral("between 0% and 100%"));
        const auto zero = QRegularExpression(QStringLiteral("(?<![\\d.])0%")).match(text);
        INFO("0% in: " << text.mid(std::max<qsizetype>(0, zero.capturedStart() - 80), 160).toStdString());
        CHECK_FALSE(zero.hasMatch());
    }
    const QString md = outputs.value(QStringLiteral("md"));
    CHECK(md.contains(QStringLiteral("| Events scheduled for the year | 22 |")));
    CHECK(md.contains(QStringLiteral("| Current stage | Define domain: 0 of 8 checklist items done |")));
    CHECK(md.contains(QStringLiteral("| Welcome forty analysts | \u2013 | \u2013 | 40 | 31 Dec 2027 |")));
}

TEST_CASE("the ODT is an OpenDocument package with styles, metadata, outlined headings, a footer and ruled tables")
{
    auto &f = test::ReportFixture::shared();
    const QString path = f.write(QStringLiteral("structure.odt"));
    const QByteArray zip = test::readFile(path);

    // "mimetype" is the first entry, stored (not compressed), with no extra field before its bytes.
    REQUIRE(zip.size() > 100);
    CHECK(zip.left(4) == QByteArray("PK\x03\x04", 4));
    const auto u16 = [&zip](int offset) { return qFromLittleEndian<quint16>(zip.constData() + offset); };
    CHECK(u16(8) == 0); // stored
    CHECK(u16(26) == 8);
    CHECK(zip.mid(30, 8) == "mimetype");
    CHECK(u16(28) == 0);
    CHECK(zip.mid(38, 39) == "application/vnd.oasis.opendocument.text");

    const auto listing = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    REQUIRE(listing.exitCode == 0);
    const QStringList entries = listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first() == QStringLiteral("mimetype"));
    for (const char *name : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
        CHECK(entries.contains(QLatin1String(name)));
    CHECK(test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).exitCode == 0);

    const auto part = [&path](const QString &name) {
        const auto r = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        REQUIRE(r.exitCode == 0);
        QXmlStreamReader xml(r.out);
        while (!xml.atEnd())
            xml.readNext();
        INFO(name.toStdString() << ": " << xml.errorString().toStdString());
        CHECK_FALSE(xml.hasError()); // well-formed
        return r.out;
    };
    const QString manifest = part(QStringLiteral("META-INF/manifest.xml"));
    CHECK(manifest.contains(
        QStringLiteral("manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"")));
    for (const QString &entry : entries) {
        if (entry != QLatin1String("mimetype") && !entry.startsWith(QLatin1String("META-INF/"))) {
            INFO(entry.toStdString());
            CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"%1\"").arg(entry)));
        }
    }

    const QString meta = part(QStringLiteral("meta.xml"));
    const ReportContent content = composeReport(f.data, {}, f.clock.today());
    CHECK(meta.contains(QStringLiteral("<dc:title>%1</dc:title>").arg(content.title.toHtmlEscaped())));
    CHECK(meta.contains(QStringLiteral("<meta:creation-date>")));

    const QString styles = part(QStringLiteral("styles.xml"));
    CHECK(styles.contains(
        QRegularExpression(QStringLiteral("style:name=\"Heading_20_1\"[^>]*style:default-outline-level=\"1\""))));
    CHECK(styles.contains(
        QRegularExpression(QStringLiteral("style:name=\"Heading_20_2\"[^>]*style:default-outline-level=\"2\""))));
    const auto footer = QRegularExpression(QStringLiteral("<style:footer>(.*?)</style:footer>")).match(styles);
    REQUIRE(footer.hasMatch());
    CHECK(footer.captured(1).contains(QStringLiteral("<text:page-number")));
    CHECK(footer.captured(1).contains(QStringLiteral("<text:page-count")));
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"")));

    const QString body = part(QStringLiteral("content.xml"));
    // Every section is a heading of outline level 1 that the contents links to.
    for (ReportSection s : enumValues<ReportSection>()) {
        if (s == ReportSection::Cover)
            continue;
        INFO(label(s).toStdString());
        const QRegularExpression heading(
            QStringLiteral("<text:h [^>]*text:outline-level=\"1\">(?:<text:bookmark text:name=\"%1\"/>)?%2</text:h>")
                .arg(enumKey(s), QRegularExpression::escape(label(s).toHtmlEscaped())));
        CHECK(body.contains(heading));
        CHECK(body.contains(QStringLiteral("xlink:href=\"#%1\"").arg(enumKey(s))));
    }
    CHECK(body.count(QStringLiteral("text:outline-level=\"2\"")) >= 5);
    // Every table repeats its header row, and every cell is drawn with a border.
    const qsizetype tables = body.count(QStringLiteral("<table:table "));
    CHECK(tables >= 10);
    CHECK(body.count(QStringLiteral("<table:table-header-rows>")) == tables);
    QSet<QString> ruled;
    const QRegularExpression cellStyle(
        QStringLiteral("<style:style style:name=\"([^\"]+)\" style:family=\"table-cell\">"
                       "<style:table-cell-properties [^>]*fo:border=\"[^\"]*solid[^\"]*\""));
    for (const auto &m : cellStyle.globalMatch(body))
        ruled.insert(m.captured(1));
    CHECK(ruled.contains(QStringLiteral("Cell")));
    const QRegularExpression cellUse(QStringLiteral("<table:table-cell table:style-name=\"([^\"]+)\""));
    int cells = 0;
    for (const auto &m : cellUse.globalMatch(body)) {
        ++cells;
        if (!ruled.contains(m.captured(1))) {
            FAIL_CHECK("a cell without a border: " << m.captured(1).toStdString());
            break;
        }
    }
    CHECK(cells > 100);
    CHECK(body.count(QStringLiteral("<table:table-cell>")) == 0);
    // The charts are pictures of the package.
    for (const QString &entry : entries) {
        if (entry.startsWith(QLatin1String("Pictures/"))) {
            INFO(entry.toStdString());
            CHECK(body.contains(QStringLiteral("xlink:href=\"%1\"").arg(entry)));
        }
    }
}

TEST_CASE("an ODT on letter paper has a letter page layout")
{
    auto &f = test::ReportFixture::shared();
    ReportOptions options;
    options.sections = {ReportSection::Cover, ReportSection::Summary};
    options.paper = PaperSize::Letter;
    const QString path = f.write(QStringLiteral("letter.odt"), options);
    const auto styles =
        test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
    REQUIRE(styles.exitCode == 0);
    CHECK(styles.out.contains(QStringLiteral("fo:page-width=\"21.59cm\" fo:page-height=\"27.94cm\"")));
}
