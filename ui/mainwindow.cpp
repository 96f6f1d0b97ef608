// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/common/taskrunner.h"
#include "core/demo/demogenerator.h"
#include "core/export/csvexport.h"
#include "core/export/icsexport.h"
#include "core/export/jsonexport.h"
#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"
#include "core/storage/plan.h"
#include "ui/charter/charterpage.h"
#include "ui/commands/planundostack.h"
#include "ui/common/icons.h"
#include "ui/common/infobar.h"
#include "ui/common/recentfiles.h"
#include "ui/common/sidebar.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/evaluate/evaluatepage.h"
#include "ui/help/guidedialog.h"
#include "ui/lifecycle/lifecyclepage.h"
#include "ui/overview/overviewpage.h"
#include "ui/people/importwizard.h"
#include "ui/people/peoplepage.h"
#include "ui/portfolio/portfoliowindow.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/shortcutsdialog.h"
#include "ui/renewal/renewdialog.h"
#include "ui/reports/reportspage.h"
#include "ui/resources/resourcespage.h"
#include "ui/schedule/schedulepage.h"
#include "ui/welcome/newcommunitydialog.h"
#include "ui/welcome/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <QInputDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace cultivate {

namespace {

// The undo history's minimum width, in widths of "M" of its font.
constexpr int UndoHistoryWidthEm = 20;

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PlanSuffix = QStringLiteral("cop");

// A file name from a community name: letters, digits, spaces, dashes and underscores only.
QString fileNameFor(const QString &name)
{
    QString base = name;
    base.remove(QRegularExpression(QStringLiteral("[^\\w \\-]"), QRegularExpression::UseUnicodePropertiesOption));
    base = base.simplified();
    return base.isEmpty() ? QStringLiteral("community") : base;
}

QString planFilter()
{
    return QCoreApplication::translate("cultivate::MainWindow", "Cultivate plans (*.cop);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("main-window"));
    applyAppearance(savedAppearance());

    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("root"));
    m_welcome = new WelcomePage(m_root);
    m_workspace = createWorkspace();
    m_root->addWidget(m_welcome);
    m_root->addWidget(m_workspace);
    setCentralWidget(m_root);

    m_undoGroup = new QUndoGroup(this);
    createActions();
    createMenus();
    createUndoHistory();
    createDesktopActions();
    createHelpActions();
    connect(m_overview, &OverviewPage::actionRequested, this, &MainWindow::followDeskAction);

    connect(m_welcome, &WelcomePage::newCommunityRequested, this, &MainWindow::newCommunity);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(5 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, [this] {
        if (!m_backups)
            return;
        (void)m_backups->tickInBackground();
    });
    connect(m_welcome, &WelcomePage::recentFileActivated, this, &MainWindow::openFromUser);

    readSettings();
    updateRecentFiles();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The plan file is complete: closing does not wait for the rest of its check, only for it to stop.
    delete std::exchange(m_pageCheckRunner, nullptr);
    detachPages();
}

QWidget *MainWindow::createWorkspace()
{
    auto *workspace = new QWidget(m_root);
    workspace->setObjectName(QStringLiteral("workspace"));

    m_readOnlyBar = new InfoBar(workspace);
    m_readOnlyBar->setObjectName(QStringLiteral("read-only-bar"));
    m_readOnlyBar->hide();
    m_noticeBar = new InfoBar(workspace);
    m_noticeBar->setObjectName(QStringLiteral("notice-bar"));
    m_noticeBar->hide();

    m_navigation = new Sidebar(workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));

    m_pages = new QStackedWidget(workspace);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Page"));

    m_overview = new OverviewPage(m_pages);
    m_charter = new CharterPage(m_pages);
    m_lifecycle = new LifecyclePage(m_pages);
    m_schedule = new SchedulePage(m_pages);
    m_dashboard = new DashboardPage(m_pages);
    m_evaluate = new EvaluatePage(m_pages);
    m_reports = new ReportsPage(m_pages);
    m_people = new PeoplePage(m_pages);
    m_resources = new ResourcesPage(m_pages);

    struct Entry {
        Glyph glyph;
        QString title;
        QWidget *page;
    };
    const QList<Entry> entries{
        {Glyph::Overview, tr("Overview"), m_overview},    {Glyph::Charter, tr("Charter"), m_charter},
        {Glyph::Lifecycle, tr("Lifecycle"), m_lifecycle}, {Glyph::Schedule, tr("Schedule"), m_schedule},
        {Glyph::People, tr("People"), m_people},          {Glyph::Resources, tr("Resources"), m_resources},
        {Glyph::Evaluate, tr("Evaluate"), m_evaluate},    {Glyph::Dashboard, tr("Dashboard"), m_dashboard},
        {Glyph::Reports, tr("Reports"), m_reports},
    };
    for (const Entry &entry : entries) {
        m_navigation->addPage(glyphIcon(entry.glyph), entry.title);
        m_pages->addWidget(entry.page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::sizePagesToCurrent);
    sizePagesToCurrent();
    m_navigation->setCurrentRow(0);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    // A page wider or taller than a small screen scrolls, rather than making the window larger than
    // the screen.
    auto *pageArea = new QScrollArea(workspace);
    pageArea->setObjectName(QStringLiteral("page-area"));
    pageArea->setFrameShape(QFrame::NoFrame);
    pageArea->setFocusPolicy(Qt::NoFocus);
    pageArea->setWidgetResizable(true);
    pageArea->setWidget(m_pages);
    body->addWidget(pageArea, 1);

    auto *layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBar);
    layout->addWidget(m_noticeBar);
    layout->addLayout(body, 1);
    return workspace;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Community…"), this);
    m_newAction->setObjectName(QStringLiteral("new-action"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start the plan of a new community in a new file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newCommunity);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("open-action"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a community's plan file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);

    m_demoAction = new QAction(tr("Open a &Demo Community"), this);
    m_demoAction->setObjectName(QStringLiteral("demo-action"));
    m_demoAction->setStatusTip(tr("Generate a made-up community to try Cultivate with"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_demoRunner = new TaskRunner(this);
    m_pageCheckRunner = new TaskRunner(this);
    connect(m_demoRunner, &TaskRunner::busyChanged, m_demoAction,
            [this](bool busy) { m_demoAction->setEnabled(!busy); });

    m_saveCopyAction = new QAction(tr("Save a &Copy…"), this);
    m_saveCopyAction->setObjectName(QStringLiteral("save-copy-action"));
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a copy of this plan to another file"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_restoreAction = new QAction(tr("Restore from &Backup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restore-action"));
    m_restoreAction->setStatusTip(tr("Replace this plan with one of its automatic backups"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_renewAction = new QAction(tr("Renew for Another &Year…"), this);
    m_renewAction->setObjectName(QStringLiteral("renew-action"));
    m_renewAction->setStatusTip(tr("Start next year's plan from this one; this plan stays as it is"));
    connect(m_renewAction, &QAction::triggered, this, &MainWindow::renewForAnotherYear);

    m_exportIcsAction = new QAction(tr("Schedule as &iCalendar…"), this);
    m_exportIcsAction->setObjectName(QStringLiteral("export-ics-action"));
    m_exportIcsAction->setStatusTip(tr("Write the events to an .ics file for calendar programs"));
    connect(m_exportIcsAction, &QAction::triggered, this, &MainWindow::exportIcs);

    m_exportReportAction = new QAction(tr("&Stakeholder Report…"), this);
    m_exportReportAction->setObjectName(QStringLiteral("export-report-action"));
    m_exportReportAction->setStatusTip(tr("Choose the report's sections and period, then export it"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] {
        m_reports->setKind(ReportKind::Stakeholder);
        m_navigation->setCurrentRow(m_pages->indexOf(m_reports));
    });

    m_exportHandoverAction = new QAction(tr("&Handover Document…"), this);
    m_exportHandoverAction->setObjectName(QStringLiteral("export-handover-action"));
    m_exportHandoverAction->setStatusTip(tr("Preview and export the handover document for the next facilitator"));
    connect(m_exportHandoverAction, &QAction::triggered, this, [this] {
        m_reports->setKind(ReportKind::Handover);
        m_navigation->setCurrentRow(m_pages->indexOf(m_reports));
    });

    m_exportJsonAction = new QAction(tr("Whole Plan as &JSON…"), this);
    m_exportJsonAction->setObjectName(QStringLiteral("export-json-action"));
    m_exportJsonAction->setStatusTip(tr("Write every record of the plan to a JSON file"));
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closePlan);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undo-action"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redo-action"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    for (int row = 0; row < m_navigation->count(); ++row) {
        auto *action = new QAction(m_navigation->item(row)->icon(), m_navigation->item(row)->text(), this);
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
        m_pageActions.append(action);
    }

    m_aboutAction = new QAction(tr("&About Cultivate"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recent-menu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFiles);
    file->addAction(m_demoAction);
    file->addAction(tr("Open &Portfolio…"), this, &MainWindow::openPortfolio)
        ->setObjectName(QStringLiteral("open-portfolio-action"));
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_renewAction);
    file->addAction(m_restoreAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("export-menu"));
    exportMenu->addAction(m_exportReportAction);
    exportMenu->addAction(m_exportHandoverAction);
    exportMenu->addAction(m_exportIcsAction);
    exportMenu->addAction(m_exportJsonAction);
    m_csvMenu = exportMenu->addMenu(tr("Table as &CSV"));
    m_csvMenu->setObjectName(QStringLiteral("export-csv-menu"));
    const QList<std::pair<CsvExportTable, QString>> tables{
        {CsvExportTable::Members, tr("&Members…")},
        {CsvExportTable::Events, tr("&Events…")},
        {CsvExportTable::Attendance, tr("&Attendance Matrix (members × events, with rates)…")},
        {CsvExportTable::AttendanceRows, tr("Attendance &Records…")},
        {CsvExportTable::Contributions, tr("&Contributions…")},
        {CsvExportTable::Resources, tr("&Resources…")},
    };
    for (const auto &[table, text] : tables) {
        QAction *action = m_csvMenu->addAction(text);
        action->setObjectName(QStringLiteral("export-csv-") + csvExportTableKey(table));
        const CsvExportTable chosen = table;
        connect(action, &QAction::triggered, this, [this, chosen] { exportCsv(chosen); });
    }
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("edit-menu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_historyMenu = edit;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *go = view->addMenu(tr("&Go To"));
    go->addActions(m_pageActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("help-menu"));
    help->addAction(m_aboutAction);
}

Result<void> MainWindow::openPlan(const QString &path)
{
    if (m_plan && QFileInfo(m_plan->path()) == QFileInfo(path)) {
        addRecentFile(path);
        updateRecentFiles();
        return {};
    }
    // Every page of a very large plan is checked in the background; it is shown read-only meanwhile.
    OpenOptions options;
    options.deferPageCheck = QFileInfo(path).size() >= BackgroundPageCheckBytes;
    auto opened = Plan::open(path, options);
    if (!opened.ok())
        return opened.error();
    adoptPlan(std::move(opened).value());
    addRecentFile(path);
    updateRecentFiles();
    if (m_plan->pageCheckPending())
        checkPagesInBackground();
    return {};
}

void MainWindow::checkPagesInBackground()
{
    // Starting drops the check of a plan no longer open.
    const QString path = m_plan->path();
    m_pageCheckRunner->start<Result<void>>(
        [path](TaskControl &control) { return Plan::checkPages(path, {}, control.flag()); },
        [this, path](Result<void> checked) {
            if (checked.ok())
                pageCheckFinished(path, nullptr);
            else if (checked.code() != ErrorCode::Cancelled)
                pageCheckFinished(path, &checked.error());
        });
}

void MainWindow::pageCheckFinished(const QString &path, const Error *failure)
{
    if (!m_plan || m_plan->path() != path || !m_plan->pageCheckPending())
        return;
    if (!failure) {
        m_plan->pageCheckPassed();
        if (!m_plan->isReadOnly())
            enableEditing();
        return;
    }
    // A damaged page: the plan was never written to; it is closed and refused as at opening.
    closePlan();
    showOpenError(path, *failure);
}

bool MainWindow::offerRestore(const QString &path, const Error &error)
{
    if (error.code != ErrorCode::Corrupt)
        return false;
    BackupStore store(BackupStore::defaultFolderFor(path));
    const std::optional<BackupInfo> backup = store.newestGood();
    if (!backup)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("The Plan Is Damaged"),
                    tr("“%1” is damaged and was not opened. It has not been changed.").arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("damaged-plan-box"));
    box.setInformativeText(tr("%1\n\nRestore its newest good backup, of %2? The damaged file is kept beside the "
                              "backups.")
                               .arg(error.message, QLocale().toString(backup->taken, QLocale::LongFormat)));
    QPushButton *restore = box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restore-backup-button"));
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return true;
    if (auto restored = store.restore(*backup, path); !restored.ok()) {
        QMessageBox failed(QMessageBox::Warning, tr("Not Restored"), tr("The backup could not be restored."),
                           QMessageBox::Ok, this);
        failed.setInformativeText(restored.error().message);
        failed.exec();
        return true;
    }
    if (auto reopened = openPlan(path); !reopened.ok()) {
        QMessageBox failed(QMessageBox::Warning, tr("Cannot Open the Plan"),
                           tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        failed.setInformativeText(reopened.error().message);
        failed.exec();
        return true;
    }
    statusBar()->showMessage(tr("Restored the newest good backup"), 5000);
    return true;
}

bool MainWindow::reopenLastPlan()
{
    const QStringList recent = recentFiles();
    return !recent.isEmpty() && openPlan(recent.first()).ok();
}

void MainWindow::closePlan()
{
    detachPages();
    m_plan.reset();
    m_readOnlyBar->hide();
    m_root->setCurrentWidget(m_welcome);
    updateRecentFiles();
    updateTitle();
    updateActions();
}

Plan *MainWindow::plan() const
{
    return m_plan.get();
}

PlanUndoStack *MainWindow::undoStack() const
{
    return m_undoStack.get();
}

void MainWindow::createUndoHistory()
{
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undo-history-dock"));
    auto *view = new QUndoView(m_undoGroup, m_historyDock);
    view->setObjectName(QStringLiteral("undo-history"));
    view->setAccessibleName(tr("Undo history"));
    view->setEmptyLabel(tr("<opened>"));
    // Wide enough for a step's name ("Edit the charter's purpose") and the dock's title, in the user's font.
    view->setMinimumWidth(view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * UndoHistoryWidthEm);
    view->setTextElideMode(Qt::ElideMiddle);
    m_historyDock->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *toggle = m_historyDock->toggleViewAction();
    toggle->setText(tr("Undo &History"));
    toggle->setObjectName(QStringLiteral("undo-history-action"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_historyMenu->addAction(toggle);
}

void MainWindow::showCommandFailure(const QString &action, const QString &message)
{
    m_noticeBar->setMessage(tr("“%1” did not happen:").arg(action), message);
    m_noticeBar->show();
}

void MainWindow::adoptPlan(std::unique_ptr<Plan> plan)
{
    detachPages();
    m_plan = std::move(plan);
    m_undoStack = std::make_unique<PlanUndoStack>();
    m_undoGroup->addStack(m_undoStack.get());
    m_undoGroup->setActiveStack(m_undoStack.get());
    connect(m_undoStack.get(), &PlanUndoStack::commandFailed, this, &MainWindow::showCommandFailure);
    m_noticeBar->hide();
    connect(m_plan.get(), &Plan::entityUpdated, this, [this](EntityKind kind, Id) {
        if (kind == EntityKind::Community)
            updateTitle();
    });
    connect(m_plan.get(), &Plan::reset, this, &MainWindow::updateTitle);

    m_overview->setPlan(m_plan.get());
    m_charter->setPlan(m_plan.get());
    m_lifecycle->setPlan(m_plan.get());
    m_schedule->setPlan(m_plan.get());
    m_dashboard->setPlan(m_plan.get());
    m_evaluate->setPlan(m_plan.get());
    m_reports->setPlan(m_plan.get());
    m_people->setPlan(m_plan.get());
    m_resources->setPlan(m_plan.get());

    const QString reason = m_plan->readOnlyReason();
    m_readOnlyBar->setMessage(tr("Read-only:"),
                              reason.isEmpty() ? tr("changes cannot be saved to this plan.") : reason);
    m_readOnlyBar->setVisible(m_plan->isReadOnly());
    m_navigation->setCurrentRow(0);
    m_root->setCurrentWidget(m_workspace);
    if (!m_plan->isReadOnly())
        enableEditing();
    updateTitle();
    updateActions();
}

// The plan is writable (at once, or once its pages were checked): edits, backups and restore.
void MainWindow::enableEditing()
{
    m_overview->setUndoStack(m_undoStack.get());
    m_people->setUndoStack(m_undoStack.get());
    m_resources->setUndoStack(m_undoStack.get());
    m_charter->setUndoStack(m_undoStack.get());
    m_lifecycle->setUndoStack(m_undoStack.get());
    m_schedule->setUndoStack(m_undoStack.get());
    m_evaluate->setUndoStack(m_undoStack.get());
    m_readOnlyBar->hide();
    updateActions();
    startBackups();
}

void MainWindow::detachPages()
{
    m_backups.reset();
    if (m_backupTimer)
        m_backupTimer->stop();
    m_overview->setUndoStack(nullptr);
    m_charter->setUndoStack(nullptr);
    m_lifecycle->setUndoStack(nullptr);
    m_schedule->setUndoStack(nullptr);
    m_evaluate->setUndoStack(nullptr);
    m_people->setUndoStack(nullptr);
    m_resources->setUndoStack(nullptr);
    m_undoStack.reset();
    if (m_noticeBar)
        m_noticeBar->hide();
    m_overview->setPlan(nullptr);
    m_charter->setPlan(nullptr);
    m_lifecycle->setPlan(nullptr);
    m_schedule->setPlan(nullptr);
    m_dashboard->setPlan(nullptr);
    m_evaluate->setPlan(nullptr);
    m_reports->setPlan(nullptr);
    m_people->setPlan(nullptr);
    m_resources->setPlan(nullptr);
}

void MainWindow::newCommunity()
{
    NewCommunityDialog dialog(Clock::system().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NewPlanOptions options = dialog.options();

    QString suggested = QDir(dialogFolder()).filePath(fileNameFor(options.name) + QLatin1Char('.') + PlanSuffix);
    for (;;) {
        QFileDialog files(this, tr("Save the New Plan"), suggested, planFilter());
        files.setAcceptMode(QFileDialog::AcceptSave);
        files.setDefaultSuffix(PlanSuffix);
        // An existing file is refused below rather than replaced: a plan is never overwritten.
        files.setOption(QFileDialog::DontConfirmOverwrite);
        if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
            return;
        const QString path = files.selectedFiles().constFirst();
        if (QFileInfo::exists(path)) {
            QMessageBox::information(this, tr("File Already Exists"),
                                     tr("“%1” already exists. Choose another name; Cultivate never replaces "
                                        "an existing file.")
                                         .arg(QFileInfo(path).fileName()));
            suggested = path;
            continue;
        }
        auto created = createPlan(path, options);
        if (!created.ok()) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Create the Plan"),
                            tr("The plan “%1” could not be created.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                            this);
            box.setInformativeText(created.error().message);
            box.exec();
            return;
        }
        adoptPlan(std::move(created).value());
        addRecentFile(path);
        updateRecentFiles();
        return;
    }
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Plan"), dialogFolder(), planFilter());
    if (!path.isEmpty())
        openFromUser(path);
}

void MainWindow::openFromUser(const QString &path)
{
    if (auto opened = openPlan(path); !opened.ok()) {
        showOpenError(path, opened.error());
        if (m_plan && QFileInfo(m_plan->path()) == QFileInfo(path))
            return;
        if (!QFileInfo::exists(path))
            removeRecentFile(path);
        updateRecentFiles();
    }
}

void MainWindow::openPortfolio()
{
    auto *portfolio = findChild<PortfolioWindow *>();
    if (!portfolio) {
        portfolio = new PortfolioWindow(this);
        connect(portfolio, &PortfolioWindow::openRequested, this, [this](const QString &path) {
            openFromUser(path);
            raise();
            activateWindow();
        });
    }
    portfolio->show();
    portfolio->raise();
    portfolio->activateWindow();
    if (!portfolio->hasSources())
        portfolio->chooseFolder();
}

void MainWindow::showOpenError(const QString &path, const Error &error)
{
    if (offerRestore(path, error))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open the Plan"),
                    tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
    box.setInformativeText(error.message);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cultivate"),
                       tr("<h3>Cultivate %1</h3>"
                          "<p>A workbench for facilitators of communities of practice: plan the community's first "
                          "year, run it, and report on it.</p>"
                          "<p>Each community lives in one file on this computer. Nothing is sent anywhere.</p>")
                           .arg(QStringLiteral(CULTIVATE_VERSION)));
}

void MainWindow::updateTitle()
{
    if (!m_plan) {
        setWindowTitle(tr("Cultivate"));
        return;
    }
    QString name = QFileInfo(m_plan->path()).completeBaseName();
    if (auto community = m_plan->community(); community.ok() && !community.value().name.isEmpty())
        name = community.value().name;
    // The application name comes last: on X11 and Wayland, Qt appends it to any title that does not
    // already end with it, so the read-only marker sits before it.
    setWindowTitle(m_plan->isReadOnly() ? tr("%1 [read-only] — Cultivate").arg(name) : tr("%1 — Cultivate").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_plan != nullptr;
    m_closeAction->setEnabled(open);
    for (QAction *action : {m_saveCopyAction, m_renewAction, m_restoreAction, m_exportReportAction,
                            m_exportHandoverAction, m_exportIcsAction, m_exportJsonAction})
        action->setEnabled(open);
    m_restoreAction->setEnabled(open && !m_plan->isReadOnly());
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);
    m_csvMenu->setEnabled(open);
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = recentFiles();
    m_welcome->setRecentFiles(files);

    m_recentMenu->clear();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString text =
            i < 9 ? tr("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFromUser(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            clearRecentFiles();
            updateRecentFiles();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // A first window as large as most of the screen, within reason on a very large one.
        const int unit = em(this);
        QSize size(unit * 110, unit * 70);
        if (const QScreen *screen = QApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    keepOnScreen();
    // Again once the window is shown and its frame is known.
    QTimer::singleShot(0, this, &MainWindow::keepOnScreen);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

QString MainWindow::dialogFolder() const
{
    if (m_plan)
        return QFileInfo(m_plan->path()).absolutePath();
    const QStringList recent = recentFiles();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showNotice(const QString &headline, const QString &text)
{
    m_noticeBar->setMessage(headline, text);
    m_noticeBar->show();
}

void MainWindow::startBackups()
{
    if (!m_plan || m_plan->isReadOnly() || m_plan->path().isEmpty())
        return;
    m_backups = std::make_unique<BackupScheduler>(*m_plan, BackupStore(BackupStore::defaultFolderFor(m_plan->path())));
    // A failed backup is worth a notice, never a blocked window: the copy runs on a worker thread.
    connect(m_backups.get(), &BackupScheduler::backupFinished, this, [this](bool ok, const QString &detail) {
        if (!ok)
            showNotice(tr("Automatic backup failed:"), detail);
    });
    m_backups->startBackUp();
    m_backupTimer->start();
}

void MainWindow::openDemo()
{
    if (m_demoRunner->isBusy())
        return; // one is being made
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        showOpenError(folder, makeError(ErrorCode::Io, tr("The folder for demo communities cannot be made.")));
        return;
    }
    QString path = QDir(folder).filePath(QStringLiteral("Demo community.cop"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("Demo community %1.cop").arg(n));

    // Made on a worker thread (the window keeps painting); the plan file is then opened here, because
    // a connection belongs to the thread that opened it.
    auto *progress = new QProgressDialog(tr("Making a demo community…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("demo-progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    connect(m_demoRunner, &TaskRunner::progressChanged, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, m_demoRunner, &TaskRunner::cancel);
    connect(m_demoRunner, &TaskRunner::busyChanged, progress, [progress](bool busy) {
        if (!busy)
            progress->deleteLater();
    });
    m_demoRunner->start<Result<void>>(
        [path](TaskControl &control) -> Result<void> {
            auto created = createDemoPlan(path, DemoOptions{}, Clock::system(), [&control](int done, int total) {
                control.setProgress(done, total);
                return !control.isCancelled();
            });
            if (!created.ok())
                return created.error();
            created.value().reset(); // the connection closes on the thread that opened it
            if (control.isCancelled()) {
                QFile::remove(path); // stopped after the last step: its result would be dropped
                return makeError(ErrorCode::Cancelled, {});
            }
            return {};
        },
        [this, path](Result<void> created) {
            if (!created.ok()) {
                if (created.code() != ErrorCode::Cancelled)
                    showOpenError(path, created.error());
                return;
            }
            openFromUser(path);
        });
}

void MainWindow::saveCopy()
{
    if (!m_plan)
        return;
    const QString suggested =
        QDir(dialogFolder()).filePath(tr("%1 (copy).%2").arg(QFileInfo(m_plan->path()).completeBaseName(), PlanSuffix));
    QString target = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Plan"), suggested, planFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + PlanSuffix;
    if (QFileInfo(target) == QFileInfo(m_plan->path())) {
        QMessageBox::information(this, tr("Choose Another File"), tr("A copy cannot replace the plan itself."));
        return;
    }
    // The verified online backup is made beside the target, then renamed over it in one step.
    QTemporaryDir staging(QFileInfo(target).absolutePath() + QStringLiteral("/.cultivate-copy-XXXXXX"));
    Result<void> written = makeError(ErrorCode::Io, tr("No temporary folder could be made beside the file."));
    if (staging.isValid()) {
        auto copied = BackupStore(staging.path(), 1).backUp(*m_plan);
        if (!copied.ok()) {
            written = copied.error();
        } else if (std::rename(QFile::encodeName(copied.value().path).constData(),
                               QFile::encodeName(target).constData()) != 0) {
            written = makeError(ErrorCode::Io, tr("The copy could not be moved into place."));
        } else {
            written = {};
        }
    }
    if (!written.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Save the Copy"),
                        tr("“%1” could not be written.").arg(QFileInfo(target).fileName()), QMessageBox::Ok, this);
        box.setInformativeText(written.error().message);
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(target)), 5000);
}

void MainWindow::renewForAnotherYear()
{
    if (!m_plan)
        return;
    RenewDialog dialog(*m_plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RenewalSummary summary = dialog.summary();
    openFromUser(summary.path);
    addRecentFile(summary.path);
    updateRecentFiles();
    statusBar()->showMessage(tr("Renewed into %1: %2 members, %3 resources, %4 goals and %5 events carried over")
                                 .arg(QDir::toNativeSeparators(summary.path))
                                 .arg(summary.members)
                                 .arg(summary.resources)
                                 .arg(summary.goals)
                                 .arg(summary.events),
                             10000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_plan || m_plan->isReadOnly())
        return;
    const QString planPath = m_plan->path();
    BackupStore store(BackupStore::defaultFolderFor(planPath));
    const QList<BackupInfo> backups = store.list();
    if (backups.isEmpty()) {
        QMessageBox::information(this, tr("No Backups Yet"),
                                 tr("Cultivate has not made a backup of this plan yet. Backups are made when a plan "
                                    "is opened and every hour while it changes."));
        return;
    }
    QStringList labels;
    for (const BackupInfo &backup : backups)
        labels << tr("%1  (%2 KB)")
                      .arg(QLocale().toString(backup.taken.toLocalTime(), QLocale::LongFormat))
                      .arg(qMax<qint64>(1, backup.size / 1024));
    bool chosen = false;
    const QString picked = QInputDialog::getItem(this, tr("Restore from Backup"),
                                                 tr("Backups of this plan, newest first:"), labels, 0, false, &chosen);
    if (!chosen)
        return;
    const BackupInfo backup = backups.at(labels.indexOf(picked));
    if (QMessageBox::question(this, tr("Restore This Backup?"),
                              tr("The plan will be replaced with the backup of %1. The current plan is kept as a "
                                 "backup first, so you can come back to it.")
                                  .arg(QLocale().toString(backup.taken.toLocalTime(), QLocale::LongFormat)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    detachPages();
    m_plan.reset();
    const Result<void> restored = store.restore(backup, planPath);
    auto reopened = Plan::open(planPath);
    if (!reopened.ok()) {
        m_root->setCurrentWidget(m_welcome);
        updateTitle();
        updateActions();
        showOpenError(planPath, reopened.error());
        return;
    }
    adoptPlan(std::move(reopened).value());
    if (!restored.ok())
        showNotice(tr("Not restored:"), restored.error().message);
    else
        statusBar()->showMessage(tr("Restored the backup"), 5000);
}

void MainWindow::exportIcs()
{
    if (!m_plan)
        return;
    const QString suggested =
        QDir(dialogFolder()).filePath(QFileInfo(m_plan->path()).completeBaseName() + QStringLiteral(".ics"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Schedule"), suggested,
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto written = exportScheduleIcs(*m_plan, path); !written.ok())
        showNotice(tr("Not exported:"), written.error().message);
    else
        statusBar()->showMessage(tr("Exported the schedule to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportCsv(CsvExportTable table)
{
    if (!m_plan)
        return;
    const QString suggested =
        QDir(dialogFolder())
            .filePath(QStringLiteral("%1 %2.csv")
                          .arg(QFileInfo(m_plan->path()).completeBaseName(), csvExportTableKey(table)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export a Table"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto written = exportCsvTable(*m_plan, table, path); !written.ok())
        showNotice(tr("Not exported:"), written.error().message);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportJson()
{
    if (!m_plan)
        return;
    const QString suggested =
        QDir(dialogFolder()).filePath(QFileInfo(m_plan->path()).completeBaseName() + QStringLiteral(".json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Plan"), suggested, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto written = exportPlanJson(*m_plan, path); !written.ok())
        showNotice(tr("Not exported:"), written.error().message);
    else
        statusBar()->showMessage(tr("Exported the plan to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// --- The desktop's ways in ------------------------------------------------------------------

namespace {

enum class DroppedKind { None, Plan, Import };

// What a dropped file is for: a plan opens, a table or a meeting report is imported.
DroppedKind droppedKind(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == PlanSuffix)
        return DroppedKind::Plan;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv"))
        return DroppedKind::Import;
    return DroppedKind::None;
}

// The first local file of a drag that Cultivate can take, or an empty string.
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && droppedKind(url.toLocalFile()) != DroppedKind::None)
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void MainWindow::createDesktopActions()
{
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferences-action"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Choose how Cultivate looks"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    if (auto *edit = menuBar()->findChild<QMenu *>(QStringLiteral("edit-menu"))) {
        edit->addSeparator();
        edit->addAction(m_preferencesAction);
    }

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcuts-action"));
    m_shortcutsAction->setStatusTip(tr("List every keyboard shortcut of the window"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("about-qt-action"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    if (auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("help-menu"))) {
        help->insertAction(m_aboutAction, m_shortcutsAction);
        help->insertSeparator(m_aboutAction);
        help->addAction(m_aboutQtAction);
    }
    setAcceptDrops(true);
}

void MainWindow::createHelpActions()
{
    auto *guide = new QAction(tr("&Guide"), this);
    guide->setObjectName(QStringLiteral("guide-action"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How a community of practice grows, how each page helps, and what every figure means"));
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whats-this-action"));
    if (auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("help-menu"))) {
        QAction *first = help->actions().value(0);
        help->insertAction(first, guide);
        help->insertAction(first, whatsThis);
    }
}

void MainWindow::showGuide()
{
    if (auto *open = findChild<GuideDialog *>(QStringLiteral("guide-dialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    double threshold = 0.5;
    if (m_plan) {
        if (auto community = m_plan->community(); community.ok())
            threshold = community.value().attendanceThreshold;
    }
    auto *dialog = new GuideDialog(threshold, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::followDeskAction(DeskAction action, qint64 target)
{
    const auto show = [this](QWidget *page) { m_navigation->setCurrentRow(m_pages->indexOf(page)); };
    switch (action) {
    case DeskAction::EditCharter:
        return show(m_charter);
    case DeskAction::AddMember:
        show(m_people);
        return m_people->addMember();
    case DeskAction::NewEvent:
        show(m_schedule);
        return m_schedule->newEvent();
    case DeskAction::EditEvent:
        show(m_schedule);
        m_schedule->selectEvent(target);
        return m_schedule->editSelected();
    case DeskAction::OpenChecklistItem:
        show(m_lifecycle);
        if (auto item =
                m_plan ? m_plan->get<ChecklistItem>(target) : Result<ChecklistItem>(makeError(ErrorCode::NotFound, {}));
            item.ok()) {
            if (auto stage = m_plan->get<Stage>(item.value().stageId); stage.ok())
                m_lifecycle->selectStage(stage.value().kind);
        }
        return;
    case DeskAction::OpenMember:
        show(m_people);
        return m_people->selectMember(target);
    case DeskAction::OpenSurvey:
        show(m_evaluate);
        return m_evaluate->selectSurvey(target);
    case DeskAction::PlanCheckIn:
        show(m_evaluate);
        (void)m_evaluate->addSurveyFromTemplate(SurveyKind::CheckIn);
        return;
    case DeskAction::OpenDashboard:
        return show(m_dashboard);
    default:
        return; // drafts and imports open from the Overview itself
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.addMenus(*menuBar());
    for (int row = 0; row < m_navigation->count(); ++row)
        dialog.addPage(m_navigation->item(row)->text(), *m_pages->widget(row));
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opened after the drop has returned, so that the file manager the file came from is not held
    // up while a dialog is open.
    QTimer::singleShot(0, this, [this, path] { openDroppedFile(path); });
}

void MainWindow::openDroppedFile(const QString &path)
{
    if (droppedKind(path) == DroppedKind::Plan)
        openFromUser(path);
    else
        importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_plan || m_plan->isReadOnly() || !m_undoStack) {
        QMessageBox::information(
            this, tr("Open a Plan First"),
            m_plan ? tr("This plan is read-only, so “%1” cannot be imported into it.").arg(QFileInfo(path).fileName())
                   : tr("To import “%1”, open the community's plan first, then drop the "
                        "file on the window again.")
                         .arg(QFileInfo(path).fileName()));
        return;
    }
    m_navigation->setCurrentRow(m_pages->indexOf(m_people));
    ImportWizard wizard(
        *m_plan, [this](PlanCommand *command) { return m_undoStack->run(command).ok(); }, this);
    wizard.setFile(path);
    wizard.exec();
}

void MainWindow::sizePagesToCurrent()
{
    // The page area scrolls to the current page's minimum size only, not to the largest of all pages.
    for (int index = 0; index < m_pages->count(); ++index) {
        QWidget *page = m_pages->widget(index);
        const char *const Key = "pageSizePolicy";
        if (!page->property(Key).isValid())
            page->setProperty(Key, QVariant::fromValue(page->sizePolicy()));
        page->setSizePolicy(index == m_pages->currentIndex() ? page->property(Key).value<QSizePolicy>()
                                                             : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
}

void MainWindow::keepOnScreen()
{
    // A geometry saved on a larger screen (or with another scale) would leave the window wider or
    // taller than this one: fit it into the available area of the screen it is on.
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QApplication::primaryScreen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom());
    const QSize room = available.size().shrunkBy(frame);
    QRect fitted = geometry();
    if (fitted.width() > room.width() || fitted.height() > room.height())
        fitted.setSize(fitted.size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room)));
    fitted.moveLeft(
        qBound(available.left() + frame.left(), fitted.left(), available.right() - frame.right() - fitted.width() + 1));
    fitted.moveTop(
        qBound(available.top() + frame.top(), fitted.top(), available.bottom() - frame.bottom() - fitted.height() + 1));
    if (fitted != geometry())
        setGeometry(fitted);
}

} // namespace cultivate
