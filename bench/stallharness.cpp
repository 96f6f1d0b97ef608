// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/stallharness.h"

#include "core/storage/plan.h"
#include "ui/commands/planundostack.h"
#include "ui/common/sidebar.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/people/attendancematrixtab.h"
#include "ui/people/contributionstab.h"
#include "ui/people/importwizard.h"
#include "ui/people/peoplepage.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace cultivate {

namespace {

constexpr int StallBudgetMs = 100;
constexpr int OpenBudgetMs = 1000;
constexpr int QuitBudgetMs = 500;
constexpr int TickMs = 5;
// A step has settled once every page reports its work done for this long in a row.
constexpr int QuietMs = 150;
constexpr int StepTimeoutMs = 120000;

// A timer on the GUI thread that measures its own lateness: each tick expects the next TickMs later,
// and the longest gap beyond that is the longest the event loop was kept from running it.
class Watchdog final : public QObject {
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    void restart()
    {
        m_worst = 0;
        m_last = m_clock.nsecsElapsed();
    }
    double worstMs() const { return m_worst; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double late = double(now - m_last) / 1e6 - TickMs;
        m_worst = std::max(m_worst, late);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
};

struct StepResult {
    QString name;
    double stallMs = 0;
    double wallMs = 0;
    bool settled = false;
};

class Harness {
public:
    explicit Harness(QTextStream &out)
        : m_out(out)
    {
    }

    // Runs `action` from the event loop, then lets the loop run until `settled` (and every page's
    // background work) has held for QuietMs. The stall is the watchdog's worst lateness over all of it;
    // the wall time runs from the action to the moment the work was last seen finished.
    StepResult step(
        const QString &name, const std::function<void()> &action,
        const std::function<bool()> &settled = [] { return true; })
    {
        StepResult result{name};
        QEventLoop loop;
        QElapsedTimer wall;
        bool started = false;
        qint64 quietSince = -1;
        m_watchdog.restart();
        QTimer::singleShot(0, &loop, [&] {
            wall.start();
            action();
            started = true;
        });
        QTimer poll;
        poll.setInterval(2);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!started)
                return;
            const qint64 now = wall.elapsed();
            if (!(settled() && pagesIdle())) {
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = now;
                result.wallMs = double(wall.nsecsElapsed()) / 1e6;
            } else if (now - quietSince >= QuietMs) {
                result.settled = true;
                loop.quit();
            }
            if (now > StepTimeoutMs)
                loop.quit();
        });
        poll.start();
        loop.exec();
        result.stallMs = m_watchdog.worstMs();
        if (!result.settled)
            result.wallMs = double(wall.nsecsElapsed()) / 1e6;
        m_results.append(result);
        return result;
    }

    // The pages whose background work a step waits for; none without a window.
    void setWindow(MainWindow *window)
    {
        m_overviews = window ? window->findChildren<OverviewPage *>() : QList<OverviewPage *>();
        m_dashboards = window ? window->findChildren<DashboardPage *>() : QList<DashboardPage *>();
        m_reports = window ? window->findChildren<ReportsPage *>() : QList<ReportsPage *>();
        m_contributions = window ? window->findChildren<ContributionsTab *>() : QList<ContributionsTab *>();
        m_matrices = window ? window->findChildren<AttendanceMatrixTab *>() : QList<AttendanceMatrixTab *>();
        m_people = window ? window->findChildren<PeoplePage *>() : QList<PeoplePage *>();
    }

    bool pagesIdle() const
    {
        return std::none_of(m_overviews.cbegin(), m_overviews.cend(), [](auto *p) { return p->isComputing(); }) &&
               std::none_of(m_dashboards.cbegin(), m_dashboards.cend(), [](auto *p) { return p->isComputing(); }) &&
               std::none_of(m_reports.cbegin(), m_reports.cend(), [](auto *p) { return p->isPreviewUpdating(); }) &&
               std::none_of(m_contributions.cbegin(), m_contributions.cend(), [](auto *t) { return t->isLoading(); }) &&
               std::none_of(m_matrices.cbegin(), m_matrices.cend(), [](auto *t) { return t->isLoading(); }) &&
               std::none_of(m_people.cbegin(), m_people.cend(), [](auto *p) { return p->isLoading(); });
    }

    void printTable() const
    {
        m_out << QStringLiteral("%1 %2 %3  %4\n")
                     .arg(QStringLiteral("GUI step"), -46)
                     .arg(QStringLiteral("stall ms"), 9)
                     .arg(QStringLiteral("wall ms"), 9)
                     .arg(QStringLiteral("(budget: stall <= %1 ms)").arg(StallBudgetMs));
        for (const StepResult &r : m_results) {
            QString verdict = r.stallMs <= StallBudgetMs ? QStringLiteral("ok") : QStringLiteral("OVER BUDGET");
            if (!r.settled)
                verdict += QStringLiteral(" (did not settle)");
            m_out << QStringLiteral("%1 %2 %3  %4\n")
                         .arg(r.name, -46)
                         .arg(r.stallMs, 9, 'f', 1)
                         .arg(r.wallMs, 9, 'f', 1)
                         .arg(verdict);
        }
        m_out.flush();
    }

private:
    QTextStream &m_out;
    Watchdog m_watchdog;
    QList<OverviewPage *> m_overviews{};
    QList<DashboardPage *> m_dashboards{};
    QList<ReportsPage *> m_reports{};
    QList<ContributionsTab *> m_contributions{};
    QList<AttendanceMatrixTab *> m_matrices{};
    QList<PeoplePage *> m_people{};
    QList<StepResult> m_results{};
};

// A generic attendance list of `rows` of the plan's members (name, email, minutes) at one meeting.
bool writeAttendanceCsv(const Plan &plan, const QString &path, int rows)
{
    auto members = plan.list<Member>();
    if (!members.ok())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream csv(&file);
    csv << "name,email,minutes,date,meeting\n";
    const QString when = plan.clock().today().addDays(-1).toString(Qt::ISODate) + QStringLiteral(" 18:00");
    int written = 0;
    for (const Member &member : members.value()) {
        if (written == rows)
            break;
        if (member.email.isEmpty() || member.name.contains(QLatin1Char(',')))
            continue;
        csv << member.name << ',' << member.email << ',' << (30 + written % 40) << ',' << when
            << ",Stall harness clinic\n";
        ++written;
    }
    return written == rows;
}

void line(QTextStream &out, const QString &what, double ms, int budget)
{
    out << QStringLiteral("%1 %2 ms  (budget: <= %3 ms)  %4\n")
               .arg(what, -46)
               .arg(ms, 9, 'f', 1)
               .arg(budget)
               .arg(ms <= budget ? QStringLiteral("ok") : QStringLiteral("OVER BUDGET"));
    out.flush();
}

} // namespace

int runStallHarness(const QString &planPath, QTextStream &out)
{
    // A copy, so that the import and the backups leave the measured plan as it was.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("stall.cop"));
    if (!folder.isValid() || !QFile::copy(planPath, path)) {
        out << QStringLiteral("%1: cannot be copied for the GUI steps\n").arg(planPath);
        return 1;
    }
    Harness harness(out);

    QElapsedTimer openTimer;
    openTimer.start();
    auto window = std::make_unique<MainWindow>();
    window->resize(1440, 900);
    if (auto opened = window->openPlan(path); !opened.ok()) {
        out << opened.error().message << '\n';
        return 1;
    }
    window->show();
    QApplication::processEvents();
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    harness.setWindow(window.get());

    auto *navigation = window->findChild<Sidebar *>(QStringLiteral("navigation"));
    auto *dashboard = window->findChild<DashboardPage *>();
    auto *reports = window->findChild<ReportsPage *>();
    auto *dashboardWindow = window->findChild<QComboBox *>(QStringLiteral("dashboard-window"));
    auto *peopleTabs = window->findChild<QTabWidget *>(QStringLiteral("people-views"));
    if (!navigation || !dashboard || !reports || !dashboardWindow || !peopleTabs) {
        out << "the main window has changed: a widget the GUI steps drive is missing\n";
        return 1;
    }

    harness.step(QStringLiteral("first window settles (overview)"), [] {});
    for (int row = 0; row < navigation->count(); ++row) {
        const QString page = navigation->item(row)->text();
        harness.step(QStringLiteral("page: %1").arg(page), [&] { navigation->setCurrentRow(row); });
    }

    navigation->setCurrentRow(navigation->row(
        navigation->findItems(QStringLiteral("Dashboard"), Qt::MatchExactly).value(0, navigation->item(0))));
    harness.step(QStringLiteral("dashboard shown"), [] {});
    for (int i = 0; i < dashboardWindow->count(); ++i) {
        const int choice = (dashboardWindow->currentIndex() + 1) % dashboardWindow->count();
        harness.step(QStringLiteral("dashboard window: %1").arg(dashboardWindow->itemText(choice)),
                     [&] { dashboardWindow->setCurrentIndex(choice); });
    }

    QListWidgetItem *peopleItem =
        navigation->findItems(QStringLiteral("People"), Qt::MatchExactly).value(0, navigation->item(0));
    harness.step(QStringLiteral("people page"), [&] { navigation->setCurrentItem(peopleItem); });
    for (int i = 1; i <= peopleTabs->count(); ++i) {
        const int tab = i % peopleTabs->count();
        QString name = peopleTabs->tabText(tab);
        name.remove(QLatin1Char('&'));
        harness.step(QStringLiteral("people tab: %1").arg(name), [&] { peopleTabs->setCurrentIndex(tab); });
    }

    QListWidgetItem *reportsItem =
        navigation->findItems(QStringLiteral("Reports"), Qt::MatchExactly).value(0, navigation->item(0));
    navigation->setCurrentItem(navigation->item(0));
    harness.step(QStringLiteral("overview again"), [] {});
    harness.step(
        QStringLiteral("reports page to preview ready"), [&] { navigation->setCurrentItem(reportsItem); },
        [&] { return reports->previewPageCount() > 0 && !reports->isPreviewUpdating(); });

    // An import through the wizard the window uses, committed as its undo command.
    const QString csv = folder.filePath(QStringLiteral("attendance.csv"));
    if (!writeAttendanceCsv(*window->plan(), csv, 300)) {
        out << "cannot write the attendance file to import\n";
        return 1;
    }
    navigation->setCurrentItem(peopleItem);
    peopleTabs->setCurrentIndex(0);
    harness.step(QStringLiteral("people page again"), [] {});
    std::unique_ptr<ImportWizard> wizard;
    harness.step(
        QStringLiteral("import: wizard previews 300 rows"),
        [&] {
            wizard = std::make_unique<ImportWizard>(
                *window->plan(),
                [&](PlanCommand *command) { return window->undoStack() && window->undoStack()->run(command).ok(); },
                window.get());
            wizard->show();
            wizard->setFile(csv);
        },
        [&] { return wizard && !wizard->isBusy() && wizard->preview().has_value(); });
    if (!wizard->preview() || wizard->preview()->hasErrors() || wizard->preview()->kind != ImportKind::Attendance) {
        out << "the generated attendance file did not preview as attendance: " << wizard->previewError() << '\n';
        return 1;
    }
    harness.step(QStringLiteral("import: commit and pages catch up"), [&] { wizard->accept(); });
    const bool imported = wizard->outcome().has_value();
    wizard.reset();
    harness.step(QStringLiteral("undo the import"), [&] { window->undoStack()->undo(); });
    harness.step(QStringLiteral("dashboard after the import"), [&] {
        navigation->setCurrentRow(navigation->row(
            navigation->findItems(QStringLiteral("Dashboard"), Qt::MatchExactly).value(0, navigation->item(0))));
    });

    // Quitting: the window closes and is destroyed, as when the application's loop ends.
    QElapsedTimer quitTimer;
    quitTimer.start();
    window->close();
    QApplication::processEvents();
    harness.setWindow(nullptr);
    window.reset();
    const double quitMs = double(quitTimer.nsecsElapsed()) / 1e6;

    // Quitting at once after opening, while the page check, the first backup and the pages' first
    // computations still run on their worker threads.
    QElapsedTimer earlyOpen;
    earlyOpen.start();
    window = std::make_unique<MainWindow>();
    window->resize(1440, 900);
    if (auto opened = window->openPlan(path); !opened.ok()) {
        out << opened.error().message << '\n';
        return 1;
    }
    window->show();
    QApplication::processEvents();
    const double reopenMs = double(earlyOpen.nsecsElapsed()) / 1e6;
    QElapsedTimer earlyQuit;
    earlyQuit.start();
    window->close();
    QApplication::processEvents();
    window.reset();
    const double earlyQuitMs = double(earlyQuit.nsecsElapsed()) / 1e6;

    out << '\n';
    harness.printTable();
    if (!imported)
        out << "(the import did not commit)\n";
    line(out, QStringLiteral("GUI: open to first window shown"), openMs, OpenBudgetMs);
    line(out, QStringLiteral("GUI: quit (close and destroy the window)"), quitMs, QuitBudgetMs);
    line(out, QStringLiteral("GUI: open again to first window shown"), reopenMs, OpenBudgetMs);
    line(out, QStringLiteral("GUI: quit at once after opening"), earlyQuitMs, QuitBudgetMs);
    return 0;
}

} // namespace cultivate
