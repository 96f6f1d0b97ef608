// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page in the real main window, offscreen, over real plan files: the preview of the pages,
// the section checklist, exporting a PDF (read back with pdftotext), cancelling an export, the
// choices remembered per plan, and the drafts of messages around an event and to the sponsors.
#include "guisupport.h"
#include "testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/plan.h"
#include "metricsfixture.h"
#include "ui/common/formatting.h"
#include "ui/mainwindow.h"
#include "ui/reports/draftdialog.h"
#include "ui/reports/reportspage.h"
#include "ui/schedule/schedulepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cultivate;
using namespace cultivate::test;

namespace {

const QString DemoName = QStringLiteral("Harbour Data Practice");

// A small generated community in a plan file, closed again so that a window can open it.
QString makeDemo(const QTemporaryDir &dir, const QString &fileName = QStringLiteral("demo.cop"))
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(fileName);
    DemoOptions options;
    options.name = DemoName;
    options.members = 40;
    options.months = 12;
    auto created = createDemoPlan(path, options);
    REQUIRE_OK(created);
    return path;
}

// A window showing the Reports page of the plan at `path`.
struct ReportsWindow {
    MainWindow window;
    ReportsPage *page = nullptr;

    explicit ReportsWindow(const QString &path)
    {
        REQUIRE_OK(window.openPlan(path));
        window.resize(1440, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        showReports();
    }

    void showReports()
    {
        page = child<ReportsPage>(window, QStringLiteral("page-reports"));
        auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
        auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
        navigation->setCurrentRow(pages->indexOf(page));
        REQUIRE(pages->currentWidget() == page);
    }
};

// Waits until the preview shows the newest choices.
void waitForPreview(const ReportsPage &page)
{
    REQUIRE(QTest::qWaitFor([&] { return !page.isPreviewUpdating(); }, 30000));
}

QList<QByteArray> pageDigests(const ReportsPage &page)
{
    QList<QByteArray> digests;
    for (const QImage &image : page.previewPages()) {
        digests << QCryptographicHash::hash(
            QByteArrayView(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()),
            QCryptographicHash::Sha1);
    }
    return digests;
}

// Every preview page is a whole sheet of A4 paper (297 / 210).
void checkWellFormedPages(const ReportsPage &page)
{
    for (const QImage &image : page.previewPages()) {
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() > 100);
        CHECK(qAbs(qreal(image.height()) / image.width() - 297.0 / 210.0) < 0.01);
    }
}

// The text of a PDF, as poppler's pdftotext reads it, with runs of white space made one space.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// Runs `act`, which opens a modal DraftDialog, and returns the draft it showed (closing it again).
Draft draftShownBy(const std::function<void()> &act)
{
    Draft shown;
    QString body;
    bool seen = false;
    ModalDriver driver({[&](QWidget *modal) {
        auto *dialog = qobject_cast<DraftDialog *>(modal);
        if (!dialog) {
            FAIL_CHECK("expected the draft dialog, got " << modal->metaObject()->className());
            modal->close();
            return;
        }
        seen = true;
        shown = dialog->draft();
        if (auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("draft-body")))
            body = text->toPlainText();
        dialog->reject();
    }});
    act();
    REQUIRE(driver.finished());
    REQUIRE(seen);
    CHECK(body == shown.body);
    return shown;
}

} // namespace

TEST_CASE("the reports page previews a demo plan's report page by page")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    CHECK(w.page->previewPageCount() >= 2);
    checkWellFormedPages(*w.page);
    CHECK(w.page->sections() == allReportSections());
    CHECK(w.page->period() == ReportsPage::Period::PlanYearSoFar);
    CHECK(w.page->paper() == PaperSize::A4);
    CHECK(child<QLabel>(*w.page, QStringLiteral("reports-period"))->text().startsWith(QStringLiteral("Covers ")));
}

TEST_CASE("unchecking a section changes the preview")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    const QList<QByteArray> before = pageDigests(*w.page);
    const int pagesBefore = w.page->previewPageCount();
    REQUIRE(pagesBefore >= 2);
    QSignalSpy updated(w.page, &ReportsPage::previewUpdated);

    auto *activity = child<QCheckBox>(*w.page, QStringLiteral("reports-section-activity"));
    QTest::mouseClick(activity, Qt::LeftButton, {}, QPoint(6, activity->height() / 2));
    CHECK_FALSE(activity->isChecked());
    CHECK(w.page->isPreviewUpdating());
    waitForPreview(*w.page);
    REQUIRE(updated.count() >= 1);
    CHECK_FALSE(w.page->sections().contains(ReportSection::Activity));
    CHECK(pageDigests(*w.page) != before);
    CHECK(w.page->previewPageCount() <= pagesBefore);
    checkWellFormedPages(*w.page);
}

TEST_CASE("the document choice switches the preview and the export to the handover, and back")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    const QList<QByteArray> stakeholder = pageDigests(*w.page);
    auto *kind = child<QComboBox>(*w.page, QStringLiteral("reports-kind"));
    auto *sectionsCard = child<QWidget>(*w.page, QStringLiteral("reports-card-sections"));
    CHECK(w.page->kind() == ReportKind::Stakeholder);
    CHECK(sectionsCard->isVisible());

    // Chosen from the keyboard, as a person would.
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    CHECK(w.page->kind() == ReportKind::Handover);
    CHECK(w.page->options().kind == ReportKind::Handover);
    CHECK(w.page->isPreviewUpdating());
    waitForPreview(*w.page);
    REQUIRE(w.page->previewPageCount() >= 3);
    checkWellFormedPages(*w.page);
    CHECK(pageDigests(*w.page) != stakeholder);
    // The section check boxes are the stakeholder report's: hidden, with a word on the handover's own.
    CHECK_FALSE(sectionsCard->isVisible());
    CHECK(child<QLabel>(*w.page, QStringLiteral("reports-kind-note"))->isVisible());
    CHECK(child<QLabel>(*w.page, QStringLiteral("reports-title"))->text() == QStringLiteral("Handover Document"));

    // Even with no stakeholder section chosen, the handover is exported whole.
    w.page->setSectionChecked(ReportSection::Summary, false);
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("handover.pdf"));
    REQUIRE(w.page->exportTo(path, ReportFormat::Pdf));
    REQUIRE(finished.wait(60000));
    CHECK(finished.constFirst().at(0).toBool());
    const QString text = pdfText(path);
    CHECK(text.contains(DemoName + QStringLiteral(" — handover")));
    for (const QString &heading :
         {QStringLiteral("Purpose and what was achieved"), QStringLiteral("Who carries what"),
          QStringLiteral("Where the repertoire lives"), QStringLiteral("The rhythm that worked"),
          QStringLiteral("Open items"), QStringLiteral("Lessons from the reflections")}) {
        INFO(heading.toStdString());
        CHECK(text.contains(heading));
    }
    CHECK_FALSE(text.contains(label(ReportSection::Summary)));

    kind->setCurrentIndex(kind->findData(int(ReportKind::Stakeholder)));
    waitForPreview(*w.page);
    CHECK(sectionsCard->isVisible());
    CHECK(child<QLabel>(*w.page, QStringLiteral("reports-title"))->text() == QStringLiteral("Stakeholder Report"));
}

TEST_CASE("letter paper gives previews of letter-sized pages")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    child<QRadioButton>(*w.page, QStringLiteral("reports-paper-letter"))->click();
    CHECK(w.page->isPreviewUpdating());
    waitForPreview(*w.page);
    REQUIRE(w.page->previewPageCount() >= 1);
    const QImage first = w.page->previewPages().constFirst();
    CHECK(qAbs(qreal(first.height()) / first.width() - 11.0 / 8.5) < 0.01);
}

TEST_CASE("exporting a PDF from the page writes the chosen sections and leaves out the others")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    child<QCheckBox>(*w.page, QStringLiteral("reports-section-value"))->setChecked(false);
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("report.pdf"));

    REQUIRE(w.page->exportTo(path, ReportFormat::Pdf));
    CHECK(w.page->isExporting());
    CHECK(child<QWidget>(*w.page, QStringLiteral("reports-export-progress"))->isVisible());
    CHECK_FALSE(w.page->exportTo(dir.filePath(QStringLiteral("second.pdf")), ReportFormat::Pdf));
    REQUIRE(finished.wait(60000));
    INFO(finished.constFirst().at(1).toString().toStdString());
    CHECK(finished.constFirst().at(0).toBool());
    CHECK_FALSE(w.page->isExporting());
    CHECK(child<QWidget>(*w.page, QStringLiteral("reports-export-open"))->isVisible());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("second.pdf"))));

    const QString text = pdfText(path);
    CHECK(text.contains(DemoName));
    for (ReportSection section : {ReportSection::Summary, ReportSection::Goals, ReportSection::Activity,
                                  ReportSection::Participation, ReportSection::Health}) {
        INFO(label(section).toStdString());
        CHECK(text.contains(label(section)));
    }
    CHECK_FALSE(text.contains(label(ReportSection::Value)));
}

TEST_CASE("exporting Markdown writes the file and its chart images beside it")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("report.md"));
    REQUIRE(w.page->exportTo(path, ReportFormat::Markdown));
    REQUIRE(finished.wait(60000));
    CHECK(finished.constFirst().at(0).toBool());
    const QString text = QString::fromUtf8(test::readFile(path));
    CHECK(text.contains(DemoName));
    CHECK(QDir(dir.filePath(QStringLiteral("report_files"))).entryList({QStringLiteral("*.png")}).size() >= 1);
    CHECK(w.page->exportFormat() == ReportFormat::Markdown);
}

TEST_CASE("cancelling an export leaves no file")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));

    REQUIRE(w.page->exportTo(path, ReportFormat::Pdf));
    child<QPushButton>(*w.page, QStringLiteral("reports-export-cancel"))->click();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.constFirst().at(0).toBool());
    CHECK(finished.constFirst().at(1).toString().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("demo.cop")});
    CHECK_FALSE(w.page->isExporting());
    CHECK(child<QWidget>(*w.page, QStringLiteral("reports-export"))->isEnabled());
}

TEST_CASE("cancelling while the charts are drawn or the file is written leaves no file")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("late.pdf"));
    auto *progress = child<QProgressBar>(*w.page, QStringLiteral("reports-export-progress"));
    auto *cancel = child<QPushButton>(*w.page, QStringLiteral("reports-export-cancel"));
    int cancelledAt = -1;
    // Composing is the first tenth; cancel once the work has gone past it.
    QObject::connect(progress, &QProgressBar::valueChanged, cancel, [&](int value) {
        if (value >= 100 && cancelledAt < 0) {
            cancelledAt = value;
            cancel->click();
        }
    });
    REQUIRE(w.page->exportTo(path, ReportFormat::Pdf));
    REQUIRE(finished.wait(60000));
    REQUIRE(cancelledAt >= 100);
    CHECK_FALSE(finished.constFirst().at(0).toBool());
    CHECK(finished.constFirst().at(1).toString().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QDir(dir.path())
              .entryList({QStringLiteral("demo.cop*"), QStringLiteral(".demo.cop*")}, QDir::Files | QDir::Hidden));
}

TEST_CASE("the newest choice wins when previews overlap")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    auto *letter = child<QRadioButton>(*w.page, QStringLiteral("reports-paper-letter"));
    auto *a4 = child<QRadioButton>(*w.page, QStringLiteral("reports-paper-a4"));
    // Each change waits until its preview has started, so the previews overlap.
    const auto previewStarted = [&] { REQUIRE(QTest::qWaitFor([&] { return w.page->isPreviewRunning(); }, 10000)); };
    letter->click();
    previewStarted();
    a4->click();
    previewStarted();
    letter->click();
    waitForPreview(*w.page);
    REQUIRE(w.page->previewPageCount() >= 1);
    for (const QImage &page : w.page->previewPages())
        CHECK(qAbs(qreal(page.height()) / page.width() - 11.0 / 8.5) < 0.01);
}

TEST_CASE("an export that cannot be written says why in one line")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("no such folder/report.pdf"));
    REQUIRE(w.page->exportTo(path, ReportFormat::Pdf));
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.constFirst().at(0).toBool());
    const QString message = finished.constFirst().at(1).toString();
    CHECK(message.startsWith(QStringLiteral("Not exported: ")));
    CHECK_FALSE(message.contains(QLatin1Char('\n')));
    CHECK_FALSE(child<QWidget>(*w.page, QStringLiteral("reports-export-open"))->isVisible());
}

TEST_CASE("the page remembers each plan's choices when the plan is opened again")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString first = makeDemo(dir, QStringLiteral("first.cop"));
    const QString second = makeDemo(dir, QStringLiteral("second.cop"));
    const QString exportFolder = dir.filePath(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(exportFolder));
    const QDate from(2026, 2, 1);
    const QDate to(2026, 4, 30);
    {
        ReportsWindow w(first);
        waitForPreview(*w.page);
        child<QCheckBox>(*w.page, QStringLiteral("reports-section-surveys"))->setChecked(false);
        child<QCheckBox>(*w.page, QStringLiteral("reports-section-appendix"))->setChecked(false);
        w.page->setCustomPeriod(from, to);
        child<QRadioButton>(*w.page, QStringLiteral("reports-paper-letter"))->click();
        w.page->setKind(ReportKind::Handover);
        QSignalSpy finished(w.page, &ReportsPage::exportFinished);
        REQUIRE(w.page->exportTo(QDir(exportFolder).filePath(QStringLiteral("r.html")), ReportFormat::Html));
        REQUIRE(finished.wait(60000));
        CHECK(finished.constFirst().at(0).toBool());

        // Another plan starts from the defaults.
        REQUIRE_OK(w.window.openPlan(second));
        CHECK(w.page->kind() == ReportKind::Stakeholder);
        CHECK_FALSE(child<QWidget>(*w.page, QStringLiteral("reports-card-sections"))->isHidden());
        CHECK(w.page->sections() == allReportSections());
        CHECK(w.page->period() == ReportsPage::Period::PlanYearSoFar);
        CHECK(w.page->paper() == PaperSize::A4);
        CHECK(w.page->exportFormat() == ReportFormat::Pdf);
        w.window.closePlan();
    }
    ReportsWindow again(first);
    QSet<ReportSection> expected = allReportSections();
    expected.remove(ReportSection::Surveys);
    expected.remove(ReportSection::Appendix);
    CHECK(again.page->kind() == ReportKind::Handover);
    CHECK_FALSE(child<QWidget>(*again.page, QStringLiteral("reports-card-sections"))->isVisible());
    CHECK(again.page->sections() == expected);
    CHECK(again.page->period() == ReportsPage::Period::Custom);
    CHECK(again.page->customFrom() == from);
    CHECK(again.page->customTo() == to);
    CHECK(child<QWidget>(*again.page, QStringLiteral("reports-from"))->isVisible());
    CHECK(again.page->paper() == PaperSize::Letter);
    CHECK(again.page->exportFormat() == ReportFormat::Html);
    CHECK(again.page->options().from == from);
    CHECK(again.page->options().to == to);
    waitForPreview(*again.page);
    CHECK(child<QLabel>(*again.page, QStringLiteral("reports-period"))->text().contains(QStringLiteral("2026")));
}

TEST_CASE("the schedule drafts a reminder naming the selected event, as a mailto link")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    auto *schedule = child<SchedulePage>(window, QStringLiteral("page-schedule"));
    auto events = window.plan()->list<Event>();
    REQUIRE_OK(events);
    REQUIRE_FALSE(events.value().isEmpty());
    const Event event = events.value().constFirst();
    auto *draftButton = child<QPushButton>(*schedule, QStringLiteral("schedule-draft"));
    CHECK_FALSE(draftButton->isEnabled());
    schedule->selectEvent(event.id);
    CHECK(draftButton->isEnabled());

    for (const char *key : {"reminder", "follow-up", "missed-it"}) {
        INFO(key);
        auto *action = schedule->findChild<QAction *>(QStringLiteral("schedule-draft-") + QLatin1String(key));
        REQUIRE(action != nullptr);
        CHECK(schedule->table()->actions().contains(action)); // also in the list's context menu
        const Draft draft = draftShownBy([action] { action->trigger(); });
        CHECK((draft.subject + draft.body).contains(event.title));
        CHECK(mailtoUrl(draft).toString().startsWith(QStringLiteral("mailto:")));
        CHECK(mailtoText(draft).startsWith(QStringLiteral("mailto:")));
    }
}

TEST_CASE("the reports page drafts a thank-you note to the sponsors for the chosen period")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    const std::optional<Draft> expected = w.page->sponsorDraftForPeriod();
    REQUIRE(expected.has_value());
    CHECK_FALSE(expected->to.isEmpty());
    CHECK(expected->body.contains(DemoName));
    const Draft shown =
        draftShownBy([&] { child<QPushButton>(*w.page, QStringLiteral("reports-sponsor-draft"))->click(); });
    CHECK(shown.body == expected->body);
    CHECK(mailtoUrl(shown).toString().startsWith(QStringLiteral("mailto:")));
}

TEST_CASE("the period presets count back from the plan's today, also for an in-memory plan")
{
    isolateSettings();
    test::MetricsFixture f; // in memory, today 2026-04-15, plan year 2026
    ReportsPage page;
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPlan(f.plan.get());
    waitForPreview(page);
    CHECK(page.previewPageCount() >= 1);
    CHECK(child<QLabel>(page, QStringLiteral("reports-period"))->text() ==
          QStringLiteral("Covers %1").arg(formatPeriod(QDate(2026, 1, 1), QDate(2026, 4, 15))));

    page.setPeriod(ReportsPage::Period::LastQuarter);
    CHECK(page.options().from == QDate(2026, 1, 1));
    CHECK(page.options().to == QDate(2026, 3, 31));
    waitForPreview(page);
    CHECK(child<QLabel>(page, QStringLiteral("reports-period"))->text() ==
          QStringLiteral("Covers %1").arg(formatPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31))));

    page.setPeriod(ReportsPage::Period::LastMonth);
    CHECK(page.options().from == QDate(2026, 3, 1));
    CHECK(page.options().to == QDate(2026, 3, 31));

    // Custom dates start from the period on show, and either order of the two dates works.
    waitForPreview(page);
    page.setPeriod(ReportsPage::Period::Custom);
    CHECK(page.customFrom() == QDate(2026, 3, 1));
    CHECK(page.customTo() == QDate(2026, 3, 31));
    page.setCustomPeriod(QDate(2026, 2, 28), QDate(2026, 2, 1));
    CHECK(page.options().from == QDate(2026, 2, 1));
    CHECK(page.options().to == QDate(2026, 2, 28));
    waitForPreview(page);
    CHECK(child<QLabel>(page, QStringLiteral("reports-period"))->text() ==
          QStringLiteral("Covers %1").arg(formatPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28))));
    page.setPlan(nullptr);
}

TEST_CASE("an empty plan shows a well-formed preview")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.cop"));
    {
        auto created = createPlan(
            path, NewPlanOptions{QStringLiteral("Quiet Circle"), QDate::currentDate(), PlanTemplate::OneYear});
        REQUIRE_OK(created);
    }
    ReportsWindow w(path);
    waitForPreview(*w.page);
    CHECK(w.page->previewPageCount() >= 1);
    checkWellFormedPages(*w.page);
    CHECK(child<QLabel>(*w.page, QStringLiteral("reports-preview-message"))->isHidden());
}

TEST_CASE("clearing every section explains itself and disables export")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    child<QPushButton>(*w.page, QStringLiteral("reports-sections-none"))->click();
    waitForPreview(*w.page);
    CHECK(w.page->sections().isEmpty());
    CHECK(w.page->previewPageCount() == 0);
    CHECK(child<QLabel>(*w.page, QStringLiteral("reports-preview-message"))->isVisible());
    CHECK_FALSE(child<QWidget>(*w.page, QStringLiteral("reports-export"))->isEnabled());
    CHECK_FALSE(w.page->exportTo(dir.filePath(QStringLiteral("x.pdf")), ReportFormat::Pdf));
    child<QPushButton>(*w.page, QStringLiteral("reports-sections-all"))->click();
    waitForPreview(*w.page);
    CHECK(w.page->previewPageCount() >= 2);
}

TEST_CASE("File, Export, Stakeholder Report shows the Reports page")
{
    isolateSettings();
    QTemporaryDir dir;
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("export-report-action"));
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled());
    REQUIRE_OK(window.openPlan(makeDemo(dir)));
    CHECK(action->isEnabled());
    auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
    CHECK(pages->currentWidget()->objectName() != QStringLiteral("page-reports"));
    action->trigger();
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("page-reports"));
    CHECK(child<QMenu>(window, QStringLiteral("export-menu"))->actions().contains(action));
}

TEST_CASE("every focusable control of the reports page has a name for screen readers")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    waitForPreview(*w.page);
    w.page->setPeriod(ReportsPage::Period::Custom);
    QStringList missing;
    for (const QWidget *widget : w.page->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->accessibleName().isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
    }
    CHECK(missing.join(QStringLiteral(", ")) == QString());

    // Tab goes through the choices from the top and then to the pages.
    QStringList order;
    QWidget *widget = child<QComboBox>(*w.page, QStringLiteral("reports-period-choice"));
    for (int i = 0; i < 400 && !order.contains(widget->objectName()); ++i) {
        if (w.page->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().startsWith(QLatin1String("qt_")))
            order << widget->objectName();
        widget = widget->nextInFocusChain();
    }
    INFO(order.join(QStringLiteral(" ")).toStdString());
    CHECK(order.indexOf(QStringLiteral("reports-from")) == 1);
    CHECK(order.indexOf(QStringLiteral("reports-section-cover")) < order.indexOf(QStringLiteral("reports-export")));
    CHECK(order.indexOf(QStringLiteral("reports-export")) < order.indexOf(QStringLiteral("reports-sponsor-draft")));
    CHECK(order.indexOf(QStringLiteral("reports-sponsor-draft")) + 1 ==
          order.indexOf(QStringLiteral("reports-preview")));
}
