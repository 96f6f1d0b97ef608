// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page's preview zoom (Ctrl+wheel, Ctrl++/−, the buttons, fit width, the automatic zoom in a
// narrow window), printing on a real printer device, and counting everyone as the command line's
// --everyone does.
#include "guisupport.h"
#include "testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/metrics/metrics.h"
#include "core/reports/reportformat.h"
#include "core/storage/plan.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportpreview.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QString makeDemo(const QTemporaryDir &dir)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("zoom.cop"));
    DemoOptions options;
    options.members = 40;
    options.months = 12;
    REQUIRE_OK(createDemoPlan(path, options));
    return path;
}

struct ReportsWindow {
    MainWindow window;
    ReportsPage *page = nullptr;

    explicit ReportsWindow(const QString &path)
    {
        REQUIRE_OK(window.openPlan(path));
        window.resize(1440, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        page = child<ReportsPage>(window, QStringLiteral("page-reports"));
        auto *navigation = child<QListWidget>(window, QStringLiteral("navigation"));
        auto *pages = child<QStackedWidget>(window, QStringLiteral("pages"));
        navigation->setCurrentRow(pages->indexOf(page));
        REQUIRE(pages->currentWidget() == page);
        REQUIRE(QTest::qWaitFor([this] { return !page->isPreviewUpdating(); }, 30000));
    }
};

void ctrlWheel(QWidget *target, int delta)
{
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

QString zoomText(const ReportsPage &page)
{
    return child<QLabel>(page, QStringLiteral("reports-zoom"))->text();
}

} // namespace

TEST_CASE("the preview zooms with Ctrl+wheel and the buttons, and renders sharper pages when zoomed in")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    ReportPreview *preview = w.page->preview();
    REQUIRE(preview->zoom() == Approx(1.0));
    CHECK(zoomText(*w.page) == QStringLiteral("100%"));
    const int baseWidth = preview->pageSize().width();

    ctrlWheel(preview->viewport(), 120);
    CHECK(preview->zoom() == Approx(ReportPreview::ZoomStep));
    CHECK(zoomText(*w.page) == QStringLiteral("125%"));
    CHECK(preview->pageSize().width() == qRound(baseWidth * ReportPreview::ZoomStep));
    // The pages are rendered again at the width that is sharp at this zoom.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !w.page->isPreviewUpdating() && !w.page->previewPages().isEmpty() &&
                   w.page->previewPages().constFirst().width() >= preview->wantedImageWidth();
        },
        30000));

    child<QToolButton>(*w.page, QStringLiteral("reports-zoom-out"))->click();
    child<QToolButton>(*w.page, QStringLiteral("reports-zoom-out"))->click();
    CHECK(preview->zoom() == Approx(ReportPreview::ZoomStep / ReportPreview::ZoomStep / ReportPreview::ZoomStep));
    CHECK(zoomText(*w.page) == QStringLiteral("80%"));
    ctrlWheel(preview->viewport(), -120);
    CHECK(preview->zoom() < 0.8);

    // Never below the smallest or above the largest zoom; the buttons say so.
    for (int i = 0; i < 10; ++i)
        preview->zoomOut();
    CHECK(preview->zoom() == Approx(ReportPreview::MinZoom));
    CHECK_FALSE(child<QToolButton>(*w.page, QStringLiteral("reports-zoom-out"))->isEnabled());
    for (int i = 0; i < 20; ++i)
        child<QToolButton>(*w.page, QStringLiteral("reports-zoom-in"))->click();
    CHECK(preview->zoom() == Approx(ReportPreview::MaxZoom));
    CHECK_FALSE(child<QToolButton>(*w.page, QStringLiteral("reports-zoom-in"))->isEnabled());

    // A wheel without Ctrl scrolls and leaves the zoom alone.
    QWheelEvent plain(QPointF(10, 10), preview->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(preview->viewport(), &plain);
    CHECK(preview->zoom() == Approx(ReportPreview::MaxZoom));

    // Fit width: the pages fill the view's width, and follow it when the window is resized.
    child<QToolButton>(*w.page, QStringLiteral("reports-fit-width"))->click();
    CHECK(preview->isFitWidth());
    const int viewWidth = preview->viewport()->width();
    CHECK(preview->pageSize().width() <= viewWidth);
    CHECK(preview->pageSize().width() >= viewWidth * 0.8);
    w.window.resize(1800, 1000);
    REQUIRE(QTest::qWaitFor([&] { return preview->viewport()->width() > viewWidth; }, 5000));
    CHECK(preview->pageSize().width() <= preview->viewport()->width());
    CHECK(preview->pageSize().width() >= preview->viewport()->width() * 0.8);
    preview->setZoom(1.0);
    CHECK_FALSE(preview->isFitWidth());
}

TEST_CASE("in a narrow window the choices stand above the preview, whose pages fit its width until a zoom is chosen")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    ReportPreview *preview = w.page->preview();
    const auto *choices = child<QWidget>(*w.page, QStringLiteral("reports-choices-scroll"));
    const auto settle = [&](const QSize &size) {
        w.window.resize(size.expandedTo(w.window.minimumSizeHint()));
        REQUIRE(QTest::qWaitFor([&] { return w.window.width() == size.width(); }, 5000));
        QTest::qWait(50);
        QCoreApplication::processEvents();
    };
    const auto beside = [&] {
        return choices->geometry().top() == preview->geometry().top() &&
               choices->geometry().right() < preview->geometry().left();
    };
    const auto above = [&] { return choices->geometry().bottom() < preview->geometry().top(); };
    const auto sideways = [&] { return preview->horizontalScrollBar()->maximum(); };

    // Wide (the window is shown on a small offscreen screen first): the choices beside the pages at 100%.
    settle({1440, 900});
    REQUIRE(preview->isAutomaticZoom());
    CHECK(beside());
    CHECK(preview->zoom() == Approx(1.0));

    // Narrow: the choices above, the pages as wide as the view, nothing to scroll sideways.
    settle({648, 405});
    CHECK(above());
    CHECK(choices->width() == preview->width());
    CHECK(preview->isAutomaticZoom());
    CHECK(preview->zoom() < 1.0);
    CHECK(preview->pageSize().width() <= preview->viewport()->width());
    CHECK(zoomText(*w.page) == QStringLiteral("%1%").arg(qRound(preview->zoom() * 100)));
    CHECK(sideways() == 0);

    // Wide again: as before.
    settle({1440, 900});
    CHECK(beside());
    CHECK(preview->zoom() == Approx(1.0));

    // A zoom the facilitator chose stays, whatever the width.
    child<QToolButton>(*w.page, QStringLiteral("reports-zoom-out"))->click();
    CHECK_FALSE(preview->isAutomaticZoom());
    const double chosen = preview->zoom();
    settle({648, 405});
    CHECK(preview->zoom() == Approx(chosen));
    settle({1440, 900});
    CHECK(preview->zoom() == Approx(chosen));
}

TEST_CASE("the preview zooms with Ctrl++, Ctrl+− and Ctrl+0 when it has the focus")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    ReportPreview *preview = w.page->preview();
    QApplication::setActiveWindow(&w.window);
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    preview->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return preview->hasFocus(); }, 5000));
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(preview->zoom() == Approx(ReportPreview::ZoomStep));
    QTest::keyClick(preview, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(preview->zoom() == Approx(1.0));
    QTest::keyClick(preview, Qt::Key_0, Qt::ControlModifier);
    CHECK(preview->isFitWidth());
}

TEST_CASE("the page prints the chosen report on a printer")
{
    isolateSettings();
    QTemporaryDir dir;
    ReportsWindow w(makeDemo(dir));
    w.page->setSectionChecked(ReportSection::Appendix, false);
    QSignalSpy ready(w.page, &ReportsPage::printReady);
    REQUIRE(w.page->preparePrint());
    CHECK_FALSE(child<QWidget>(*w.page, QStringLiteral("reports-print"))->isEnabled()); // while it is prepared
    REQUIRE(ready.wait(60000));
    REQUIRE(w.page->isPrintReady());
    CHECK(child<QWidget>(*w.page, QStringLiteral("reports-print"))->isEnabled());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    REQUIRE(w.page->printTo(printer));

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    REQUIRE(text.exitCode() == 0);
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(printed.contains(label(ReportSection::Summary)));
    CHECK(printed.contains(label(ReportSection::Health)));
    CHECK_FALSE(printed.contains(label(ReportSection::Appendix)));
    // The footer is drawn at the layout's size whatever the printer's resolution (pdftotext reads
    // a footer several times too large as scattered words).
    CHECK(printed.contains(QStringLiteral("Page 2 of")));
}

TEST_CASE("counting everyone on the page gives the figures of the command line's --everyone")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    ReportsWindow w(path);
    auto *everyone = child<QCheckBox>(*w.page, QStringLiteral("reports-everyone"));
    CHECK_FALSE(everyone->isChecked());
    everyone->click();
    CHECK(w.page->includesEveryone());
    CHECK(w.page->options().includeEveryone);

    const QString md = dir.filePath(QStringLiteral("everyone.md"));
    QSignalSpy finished(w.page, &ReportsPage::exportFinished);
    REQUIRE(w.page->exportTo(md, ReportFormat::Markdown));
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.constFirst().at(0).toBool());
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    auto plan = Plan::open(path, OpenMode::ReadOnly);
    REQUIRE_OK(plan);
    auto data = loadMetricsData(*plan.value());
    REQUIRE_OK(data);
    const QDate today = plan.value()->clock().today();
    const Metrics all = computeMetrics(data.value(), {{}, {}, true}, today);
    const Metrics counted = computeMetrics(data.value(), {{}, {}, false}, today);
    REQUIRE(all.members > counted.members); // the facilitator and the sponsors
    const auto row = QRegularExpression(QStringLiteral("\\| Members counted \\| ([^ |]+) \\|")).match(text);
    REQUIRE(row.hasMatch());
    CHECK(row.captured(1) == reportCount(all.members));
    CHECK(text.contains(QStringLiteral("this report counts facilitators and sponsors too")));
}
