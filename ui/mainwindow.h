// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QTimer;
class QUndoGroup;
class QMenu;
class QStackedWidget;

namespace cultivate {

enum class CsvExportTable;
enum class DeskAction;

class CharterPage;
class TaskRunner;
class DashboardPage;
class EvaluatePage;
class InfoBar;
class LifecyclePage;
class OverviewPage;
class PeoplePage;
class ResourcesPage;
class BackupScheduler;
class Plan;
class PlanUndoStack;
class ReportsPage;
class SchedulePage;
class Sidebar;
class WelcomePage;

// The main window over one plan file: a sidebar of pages (overview, charter, lifecycle, schedule,
// people, resources, evaluate, dashboard, reports), or the welcome page when no plan is open.
// Remembers its geometry (kept inside the screen), the appearance and the recent plans in
// QSettings. A plan file dropped on it opens; a CSV file dropped on it opens the import wizard.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the plan file at `path` in place of the open one and adds it to the recent plans. A plan
    // that another process (or another Plan) holds opens read-only, with a notice. On failure the
    // window keeps what it showed and returns the error; the caller decides how to show it.
    Result<void> openPlan(const QString &path);
    // Opens the most recent plan from the settings. False when there is none or it cannot be opened.
    bool reopenLastPlan();
    // Closes the open plan, if any, and shows the welcome page.
    void closePlan();
    // The open plan, or nullptr. Owned by the window.
    Plan *plan() const;
    // Opens `path` for the person using the window: a plan that cannot be opened is explained in a
    // message, and a damaged one is offered its newest good backup.
    void openFromUser(const QString &path);

    // The open plan's undo stack, or nullptr. Owned by the window; replaced with each plan.
    PlanUndoStack *undoStack() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createWorkspace();
    void adoptPlan(std::unique_ptr<Plan> plan);
    void enableEditing();
    void checkPagesInBackground();
    void pageCheckFinished(const QString &path, const Error *failure);
    // Offers to restore the newest good backup of a damaged plan; true when it was restored and opened.
    bool offerRestore(const QString &path, const Error &error);
    void detachPages();

    void newCommunity();
    void openWithDialog();
    void openPortfolio(); // File ▸ Open Portfolio: the portfolio window, a folder asked for the first time
    void showOpenError(const QString &path, const Error &error);
    void showAbout();
    void openDemo();
    void saveCopy();
    void restoreFromBackup();
    void renewForAnotherYear();
    void exportIcs();
    void exportJson();
    void exportCsv(CsvExportTable table);
    void startBackups();
    void showNotice(const QString &headline, const QString &text);

    // The desktop's ways in: Edit ▸ Preferences, Help ▸ Keyboard Shortcuts and About Qt, drops.
    void createDesktopActions();
    void showPreferences();
    void showShortcuts();
    void openDroppedFile(const QString &path);
    // Help ▸ Guide and What's This; the desk's items opening the place where they are done.
    void createHelpActions();
    void showGuide();
    void followDeskAction(DeskAction action, qint64 target);
    void importFile(const QString &path);
    void sizePagesToCurrent();
    void keepOnScreen();

    void updateTitle();
    void updateActions();
    void updateRecentFiles();
    void readSettings();
    void writeSettings() const;
    QString dialogFolder() const;

    void createUndoHistory();
    void showCommandFailure(const QString &action, const QString &message);

    std::unique_ptr<Plan> m_plan;
    std::unique_ptr<PlanUndoStack> m_undoStack;
    std::unique_ptr<BackupScheduler> m_backups;
    TaskRunner *m_pageCheckRunner = nullptr; // checks a large plan's pages after it opens
    QTimer *m_backupTimer = nullptr;
    QAction *m_demoAction = nullptr;
    TaskRunner *m_demoRunner = nullptr; // makes a demo community
    QAction *m_saveCopyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_renewAction = nullptr;
    QAction *m_exportIcsAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportHandoverAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QDockWidget *m_historyDock = nullptr;
    InfoBar *m_noticeBar = nullptr;

    QStackedWidget *m_root = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    InfoBar *m_readOnlyBar = nullptr;
    Sidebar *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    CharterPage *m_charter = nullptr;
    LifecyclePage *m_lifecycle = nullptr;
    SchedulePage *m_schedule = nullptr;
    DashboardPage *m_dashboard = nullptr;
    EvaluatePage *m_evaluate = nullptr;
    ReportsPage *m_reports = nullptr;
    PeoplePage *m_people = nullptr;
    ResourcesPage *m_resources = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions{};
    QMenu *m_recentMenu = nullptr;
    QMenu *m_csvMenu = nullptr;
    QMenu *m_historyMenu = nullptr;
};

} // namespace cultivate
