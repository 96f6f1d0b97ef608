// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open Portfolio, offscreen: the model passes QAbstractItemModelTester and sorts figures as
// numbers; the window reads a folder off the GUI thread, shows unreadable plans with their reason
// and an empty folder's empty state, opens a row's plan in the main window on Enter or a double
// click, and a cancelled comparison leaves no worker behind.
#include "guisupport.h"
#include "testsupport.h"

#include "core/demo/demogenerator.h"
#include "core/storage/plan.h"
#include "ui/common/theme.h"
#include "ui/mainwindow.h"
#include "ui/portfolio/portfoliomodel.h"
#include "ui/portfolio/portfoliowindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cultivate;
using namespace cultivate::test;

namespace {

QString demoPlan(const QTemporaryDir &dir, const char *name, quint32 seed)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    DemoOptions options;
    options.name = QStringLiteral("Community %1").arg(seed);
    options.seed = seed;
    options.members = 20;
    options.months = 3;
    REQUIRE_OK(createDemoPlan(path, options));
    return path;
}

PortfolioRow row(const QString &name, int members, std::optional<double> reach, Verdict verdict = Verdict::Healthy)
{
    PortfolioRow r;
    r.path = QStringLiteral("/plans/%1.cop").arg(name);
    r.name = name;
    r.members = members;
    r.reach = reach;
    r.verdict = verdict;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 12, 4);
    return r;
}

PortfolioRow unreadable(const QString &file)
{
    PortfolioRow r;
    r.path = QStringLiteral("/plans/") + file;
    r.error =
        makeError(ErrorCode::EmptyFile, r.path + QStringLiteral(": the file is empty (0 bytes), not a Cultivate plan"));
    return r;
}

// The names down one column of the proxy, top to bottom.
QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, PortfolioModel::CommunityColumn).data().toString();
    return list;
}

void waitForRows(const PortfolioWindow &window)
{
    REQUIRE(QTest::qWaitFor([&window] { return !window.isComputing() && !window.hasRunningWorkers(); }, 60000));
}

// The proxy row of the plan at `path`.
QModelIndex rowOf(const PortfolioWindow &window, const QString &path)
{
    const QAbstractItemModel *model = window.table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, PortfolioModel::CommunityColumn);
        if (index.data(PortfolioModel::PathRole).toString() == QFileInfo(path).absoluteFilePath())
            return index;
    }
    FAIL("no row for " << path.toStdString());
    return {};
}

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

// Answers QFileDialog::getExistingDirectory with `folder`, typed in as a person would.
ModalDriver::Step chooseFolder(const QString &folder)
{
    return [folder](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        REQUIRE(files != nullptr);
        CHECK(files->fileMode() == QFileDialog::Directory);
        files->setDirectory(folder);
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name != nullptr);
        name->setText(folder);
        static_cast<QDialog *>(files)->accept();
    };
}

} // namespace

TEST_CASE("the portfolio model passes the model tester and sorts figures as numbers, undefined ones last")
{
    PortfolioModel model;
    PortfolioSortModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setRows({row(QStringLiteral("Nine"), 9, 0.5), row(QStringLiteral("Hundred"), 100, std::nullopt),
                   unreadable(QStringLiteral("broken.cop")), row(QStringLiteral("ten"), 10, 0.25, Verdict::Act)});
    REQUIRE(proxy.rowCount() == 4);
    REQUIRE(model.columnCount() == PortfolioModel::ColumnCount);

    // As text "10" < "100" < "9"; as numbers 9 < 10 < 100. The unreadable plan has no figure: last.
    proxy.sort(PortfolioModel::MembersColumn, Qt::AscendingOrder);
    CHECK(names(proxy) == QStringList{QStringLiteral("Nine"), QStringLiteral("ten"), QStringLiteral("Hundred"),
                                      QStringLiteral("broken.cop")});
    proxy.sort(PortfolioModel::MembersColumn, Qt::DescendingOrder);
    CHECK(names(proxy) == QStringList{QStringLiteral("Hundred"), QStringLiteral("ten"), QStringLiteral("Nine"),
                                      QStringLiteral("broken.cop")});
    // Reach: 25% < 50%; the undefined reach and the unreadable plan after them in both orders.
    proxy.sort(PortfolioModel::ReachColumn, Qt::AscendingOrder);
    CHECK(names(proxy).mid(0, 2) == QStringList{QStringLiteral("ten"), QStringLiteral("Nine")});
    proxy.sort(PortfolioModel::ReachColumn, Qt::DescendingOrder);
    CHECK(names(proxy).mid(0, 2) == QStringList{QStringLiteral("Nine"), QStringLiteral("ten")});
    // Names ignore case.
    proxy.sort(PortfolioModel::CommunityColumn, Qt::AscendingOrder);
    CHECK(names(proxy) == QStringList{QStringLiteral("broken.cop"), QStringLiteral("Hundred"), QStringLiteral("Nine"),
                                      QStringLiteral("ten")});

    // Undefined figures read "–"; the unreadable row names its file and, in its last column, why.
    const QModelIndex hundred = model.index(1, PortfolioModel::ReachColumn);
    CHECK(hundred.data().toString() == QStringLiteral("–"));
    CHECK(model.index(0, PortfolioModel::ReachColumn).data().toString() == QStringLiteral("50%"));
    CHECK(model.index(2, PortfolioModel::CommunityColumn).data().toString() == QStringLiteral("broken.cop"));
    CHECK(model.index(2, PortfolioModel::ReasonColumn).data().toString() ==
          QStringLiteral("the file is empty (0 bytes), not a Cultivate plan"));
    CHECK(model.index(2, PortfolioModel::VerdictColumn).data().toString() == QStringLiteral("Cannot be read"));
    CHECK(model.index(2, PortfolioModel::StageColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("/plans/broken.cop")));
    CHECK(model.index(0, PortfolioModel::MembersColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("/plans/Nine.cop")));
    CHECK(model.headerData(PortfolioModel::StickinessColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("twelve months")));

    model.setRows({});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("the verdict is coloured as the dashboard colours it, readable in the light and the dark theme")
{
    isolateSettings();
    PortfolioModel model;
    model.setRows({row(QStringLiteral("Fine"), 5, 0.5), row(QStringLiteral("Careful"), 5, 0.5, Verdict::Watch),
                   row(QStringLiteral("Urgent"), 5, 0.5, Verdict::Act)});
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(appearance);
        const QColor base = QApplication::palette().color(QPalette::Base);
        const auto colour = [&model](int r) {
            return model.index(r, PortfolioModel::VerdictColumn).data(Qt::ForegroundRole).value<QColor>();
        };
        CHECK(colour(0) == successColour());
        CHECK(colour(1) == warningColour());
        CHECK(colour(2) == warningColour());
        CHECK(model.index(2, PortfolioModel::VerdictColumn).data(Qt::FontRole).value<QFont>().bold());
        for (int r = 0; r < 3; ++r)
            CHECK(contrast(colour(r), base) >= 3.0);
    }
    applyAppearance(Appearance::Desktop);
}

TEST_CASE("File ▸ Open Portfolio reads a folder off the GUI thread, and Enter or a double click opens a row's plan")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString first = demoPlan(dir, "first.cop", 1);
    const QString second = demoPlan(dir, "second.cop", 2);
    const QString empty = dir.filePath(QStringLiteral("third.cop"));
    test::writeFile(empty, QByteArray());

    MainWindow window;
    window.show();
    auto *action = child<QAction>(window, QStringLiteral("open-portfolio-action"));
    {
        ModalDriver driver({chooseFolder(dir.path())});
        action->trigger();
        CHECK(driver.finished());
    }
    auto *portfolio = window.findChild<PortfolioWindow *>(QStringLiteral("portfolio-window"));
    REQUIRE(portfolio != nullptr);
    CHECK(portfolio->isVisible());
    CHECK(portfolio->sources() == QStringList{dir.path()});
    waitForRows(*portfolio);
    QTableView *table = portfolio->table();
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(child<QStackedWidget>(*portfolio, QStringLiteral("portfolio-stack"))->currentWidget() == table);
    CHECK_FALSE(child<QProgressBar>(*portfolio, QStringLiteral("portfolio-progress"))->isVisible());
    CHECK(child<QLabel>(*portfolio, QStringLiteral("portfolio-status"))
              ->text()
              .contains(QStringLiteral("Plans that cannot be read: 1.")));

    // The unreadable plan: its row, its reason in the column shown for it, its path in the tooltip.
    const QModelIndex broken = rowOf(*portfolio, empty);
    CHECK_FALSE(table->isColumnHidden(PortfolioModel::ReasonColumn));
    CHECK(broken.siblingAtColumn(PortfolioModel::ReasonColumn).data().toString().contains(QStringLiteral("empty")));
    CHECK(broken.data(Qt::ToolTipRole).toString().contains(QFileInfo(empty).absoluteFilePath()));
    // No cell is cut: every column is as wide as its widest text.
    const QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < PortfolioModel::ReasonColumn; ++c)
        CHECK(header->sectionResizeMode(c) == QHeaderView::ResizeToContents);

    // Enter on a row opens its plan in the main window.
    QSignalSpy requested(portfolio, &PortfolioWindow::openRequested);
    table->setFocus();
    table->setCurrentIndex(rowOf(*portfolio, first));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == QFileInfo(first).absoluteFilePath());
    REQUIRE(window.plan() != nullptr);
    CHECK(window.plan()->path() == QFileInfo(first).absoluteFilePath());

    // A double click opens another.
    const QRect cell = table->visualRect(rowOf(*portfolio, second).siblingAtColumn(PortfolioModel::MembersColumn));
    // The view opens an item only when the double-click follows a press on the same row.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(requested.size() == 2);
    REQUIRE(window.plan() != nullptr);
    CHECK(window.plan()->path() == QFileInfo(second).absoluteFilePath());

    // The action again shows the same window without asking for a folder; Refresh reads the plans again.
    {
        ModalDriver driver({});
        action->trigger();
        CHECK(driver.finished());
    }
    CHECK(window.findChildren<PortfolioWindow *>().size() == 1);
    auto *refresh = child<QPushButton>(*portfolio, QStringLiteral("portfolio-refresh"));
    refresh->click();
    CHECK(portfolio->isComputing());
    waitForRows(*portfolio);
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("the portfolio window names every plan's state, and sorting by a figure column sorts numbers")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString plans[] = {demoPlan(dir, "a.cop", 4), demoPlan(dir, "b.cop", 5), demoPlan(dir, "c.cop", 6)};
    PortfolioWindow window;
    window.show();
    window.setSources({dir.path()});
    waitForRows(window);
    QTableView *table = window.table();
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(table->isColumnHidden(PortfolioModel::ReasonColumn)); // every plan reads
    CHECK(table->model()->index(0, PortfolioModel::CommunityColumn).data().toString() == QStringLiteral("Community 4"));

    // A click on the Newcomers header sorts by the number, whatever its text.
    table->horizontalHeader()->setSortIndicator(PortfolioModel::NewcomersColumn, Qt::AscendingOrder);
    QList<int> values;
    for (int r = 0; r < 3; ++r)
        values << table->model()->index(r, PortfolioModel::NewcomersColumn).data(PortfolioModel::SortRole).toInt();
    CHECK(std::is_sorted(values.cbegin(), values.cend()));
    for (const QString &plan : plans)
        CHECK(rowOf(window, plan).isValid());
}

TEST_CASE("a folder without plans shows the empty state")
{
    isolateSettings();
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a plan");
    PortfolioWindow window;
    window.show();
    window.setSources({dir.path()});
    waitForRows(window);
    auto *stack = child<QStackedWidget>(window, QStringLiteral("portfolio-stack"));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("portfolio-empty"));
    CHECK(child<QLabel>(window, QStringLiteral("portfolio-empty-text"))
              ->text()
              .contains(QDir::toNativeSeparators(dir.path())));
    CHECK(child<QPushButton>(window, QStringLiteral("portfolio-empty-folder"))->isVisible());
}

TEST_CASE("cancelling the comparison drops its result and leaves no worker running")
{
    isolateSettings();
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i)
        demoPlan(dir, QStringLiteral("p%1.cop").arg(i).toLatin1().constData(), quint32(20 + i));
    PortfolioWindow window;
    window.show();
    window.setSources({dir.path()});
    REQUIRE(window.isComputing());
    CHECK(child<QProgressBar>(window, QStringLiteral("portfolio-progress"))->isVisible());
    child<QPushButton>(window, QStringLiteral("portfolio-cancel"))->click();
    CHECK_FALSE(window.isComputing());
    REQUIRE(QTest::qWaitFor([&window] { return !window.hasRunningWorkers(); }, 60000));
    QTest::qWait(50); // a dropped result would arrive through the event loop by now
    CHECK(window.model()->rowCount() == 0);
    CHECK_FALSE(child<QProgressBar>(window, QStringLiteral("portfolio-progress"))->isVisible());
    CHECK(child<QLabel>(window, QStringLiteral("portfolio-status"))->text().contains(QStringLiteral("Cancelled")));

    // Refresh then reads them all.
    window.refresh();
    waitForRows(window);
    CHECK(window.model()->rowCount() == 4);
}

TEST_CASE("the portfolio window's controls have accessible names and keyboard shortcuts")
{
    isolateSettings();
    PortfolioWindow window;
    window.show();
    CHECK_FALSE(window.table()->accessibleName().isEmpty());
    CHECK_FALSE(child<QProgressBar>(window, QStringLiteral("portfolio-progress"))->accessibleName().isEmpty());
    for (const char *name :
         {"portfolio-choose-folder", "portfolio-choose-files", "portfolio-refresh", "portfolio-open"})
        CHECK(child<QPushButton>(window, QString::fromLatin1(name))->text().contains(QLatin1Char('&')));
    CHECK(child<QStackedWidget>(window, QStringLiteral("portfolio-stack"))->currentWidget()->objectName() ==
          QStringLiteral("portfolio-intro"));
    CHECK_FALSE(child<QPushButton>(window, QStringLiteral("portfolio-open"))->isEnabled());
}
