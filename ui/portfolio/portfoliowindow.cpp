// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/portfolio/portfoliowindow.h"

#include "core/common/clock.h"
#include "core/common/taskrunner.h"
#include "ui/common/emptystatepage.h"
#include "ui/common/formatting.h"
#include "ui/common/recentfiles.h"
#include "ui/common/typography.h"
#include "ui/portfolio/portfoliomodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cultivate {

namespace {

const QString FolderKey = QStringLiteral("portfolio/folder");

// What the window says before any plan is chosen, with `button` under it. The labels take the
// whole width (centred text, not centred widgets), so a heading that wraps is never cut.
QWidget *makeIntro(QPushButton *button, QWidget *parent)
{
    auto *intro = new QWidget(parent);
    intro->setObjectName(QStringLiteral("portfolio-intro"));
    const int unit = em(intro);
    auto *heading = makeLabel(PortfolioWindow::tr("Compare communities"), TextStyle::Heading, intro);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = makeLabel(PortfolioWindow::tr("Choose a folder of plan files, or several plan files, to see their "
                                               "communities side by side. The plans are only read: they stay as they "
                                               "are, even when they are open elsewhere."),
                           TextStyle::Secondary, intro);
    text->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(intro);
    layout->setSpacing(unit / 2);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(unit / 2);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return intro;
}

} // namespace

// What one comparison found: the plans its sources named and their rows, or why it stopped.
struct PortfolioWindow::Outcome {
    PortfolioSources sources{};
    QList<PortfolioRow> rows{};
    QString error{};
};

PortfolioWindow::PortfolioWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("portfolio-window"));
    setWindowTitle(tr("Portfolio"));
    setAccessibleName(tr("Portfolio"));
    const int unit = em(this);

    m_model = new PortfolioModel(this);
    m_model->setObjectName(QStringLiteral("portfolio-model"));
    m_proxy = new PortfolioSortModel(this);
    m_proxy->setObjectName(QStringLiteral("portfolio-sort"));
    m_proxy->setSourceModel(m_model);
    m_runner = new TaskRunner(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit);
    layout->setSpacing(unit / 2);
    layout->addWidget(makeLabel(tr("Portfolio"), TextStyle::Title, this));
    m_heading = makeLabel({}, TextStyle::Secondary, this);
    m_heading->setObjectName(QStringLiteral("portfolio-heading"));
    layout->addWidget(m_heading);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(unit / 2);
    auto *folder = new QPushButton(tr("Choose &Folder…"), this);
    folder->setObjectName(QStringLiteral("portfolio-choose-folder"));
    folder->setToolTip(tr("Compare every plan file in a folder"));
    auto *files = new QPushButton(tr("Choose F&iles…"), this);
    files->setObjectName(QStringLiteral("portfolio-choose-files"));
    files->setToolTip(tr("Compare plan files chosen one by one"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("portfolio-refresh"));
    m_refresh->setToolTip(tr("Read the same plans again (F5)"));
    m_open = new QPushButton(tr("&Open Plan"), this);
    m_open->setObjectName(QStringLiteral("portfolio-open"));
    m_open->setToolTip(tr("Open the selected community's plan in the main window (Enter)"));
    for (QPushButton *button : {folder, files, m_refresh, m_open})
        bar->addWidget(button);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("portfolio-stack"));
    auto *introFolder = new QPushButton(tr("Choose a Folder of Plans…"), m_stack);
    introFolder->setObjectName(QStringLiteral("portfolio-intro-folder"));
    m_intro = makeIntro(introFolder, m_stack);
    m_stack->addWidget(m_intro);

    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("portfolio-table"));
    m_table->setAccessibleName(tr("Communities"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order the plans were named in, until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents); // nothing is cut; the table scrolls
    header->setStretchLastSection(true);
    m_stack->addWidget(m_table);

    m_emptyText = makeLabel({}, TextStyle::Body, m_stack);
    m_emptyText->setObjectName(QStringLiteral("portfolio-empty-text"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyFolder = new QPushButton(tr("Choose Another Folder…"), m_stack);
    emptyFolder->setObjectName(QStringLiteral("portfolio-empty-folder"));
    m_empty = makeCentredPanel(m_emptyText, emptyFolder, QStringLiteral("portfolio-empty"), m_stack);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_progressRow = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("portfolio-progress"));
    m_progress->setAccessibleName(tr("Plans read"));
    m_progress->setFormat(tr("%v of %m plans"));
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("portfolio-cancel"));
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_status = makeLabel({}, TextStyle::Secondary, this);
    m_status->setObjectName(QStringLiteral("portfolio-status"));
    layout->addWidget(m_status);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &PortfolioWindow::refresh);
    addAction(refreshAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    connect(folder, &QPushButton::clicked, this, &PortfolioWindow::chooseFolder);
    connect(introFolder, &QPushButton::clicked, this, &PortfolioWindow::chooseFolder);
    connect(emptyFolder, &QPushButton::clicked, this, &PortfolioWindow::chooseFolder);
    connect(files, &QPushButton::clicked, this, &PortfolioWindow::chooseFiles);
    connect(m_refresh, &QPushButton::clicked, this, &PortfolioWindow::refresh);
    connect(m_open, &QPushButton::clicked, this, &PortfolioWindow::openCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &PortfolioWindow::cancel);
    connect(m_table, &QTableView::activated, this, &PortfolioWindow::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_runner, &TaskRunner::progressChanged, this, &PortfolioWindow::showProgress);
    connect(m_runner, &TaskRunner::busyChanged, this, &PortfolioWindow::busyChanged);

    m_open->setEnabled(false);
    m_refresh->setEnabled(false);
    updateHeading();
    resize(unit * 64, unit * 28);
}

PortfolioWindow::~PortfolioWindow() = default;

void PortfolioWindow::setSources(const QStringList &operands)
{
    m_sources = operands;
    updateHeading();
    start();
}

QString PortfolioWindow::dialogFolder() const
{
    const QString saved = QSettings().value(FolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QStringList recent = recentFiles();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void PortfolioWindow::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Portfolio: Choose a Folder of Plans"), dialogFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(FolderKey, folder);
    setSources({folder});
}

void PortfolioWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Portfolio: Choose Plan Files"), dialogFolder(), tr("Cultivate plans (*.cop);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(files.first()).absolutePath());
    setSources(files);
}

void PortfolioWindow::refresh()
{
    if (hasSources())
        start();
}

void PortfolioWindow::cancel()
{
    if (!m_runner->isBusy())
        return;
    m_runner->cancel();
    m_status->setText(m_model->rowCount() > 0 ? tr("Cancelled. The rows shown were read before.")
                                              : tr("Cancelled before any plan was read."));
}

bool PortfolioWindow::isComputing() const
{
    return m_runner->isBusy();
}

bool PortfolioWindow::hasRunningWorkers() const
{
    return m_runner->hasWorkers();
}

void PortfolioWindow::start()
{
    if (!hasSources()) {
        m_stack->setCurrentWidget(m_intro);
        return;
    }
    const QStringList operands = m_sources;
    m_runner->start<Outcome>(
        [operands](TaskControl &control) {
            Outcome outcome;
            outcome.sources = portfolioSources(operands);
            auto compared = comparePlans(outcome.sources.plans, PortfolioOptions{}, control.flag(),
                                         [&control](int done, int total) { control.setProgress(done, total); });
            if (compared.ok())
                outcome.rows = std::move(compared).value();
            else
                outcome.error = compared.error().message;
            return outcome;
        },
        [this](Outcome outcome) { showOutcome(outcome); });
    m_status->setText(tr("Reading the plans…"));
}

void PortfolioWindow::showProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 0));
    m_progress->setValue(done);
}

void PortfolioWindow::busyChanged(bool busy)
{
    m_progressRow->setVisible(busy);
    m_refresh->setEnabled(!busy && hasSources());
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setValue(0);
    }
}

void PortfolioWindow::showOutcome(const Outcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
        return;
    }
    m_model->setRows(outcome.rows);
    m_table->setColumnHidden(PortfolioModel::ReasonColumn, m_model->unreadableCount() == 0);
    if (outcome.rows.isEmpty()) {
        const QStringList folders = outcome.sources.emptyFolders;
        m_emptyText->setText(
            folders.size() == 1
                ? tr("There is no plan file (*.cop) in “%1”.").arg(QDir::toNativeSeparators(folders.first()))
                : tr("There is no plan file (*.cop) in the chosen folders."));
        m_stack->setCurrentWidget(m_empty);
        m_status->clear();
        return;
    }
    m_stack->setCurrentWidget(m_table);
    fitToTable();
    const int unreadable = m_model->unreadableCount();
    QStringList text{tr("Communities: %1.").arg(formatCount(outcome.rows.size()))};
    if (unreadable > 0)
        text << tr("Plans that cannot be read: %1.").arg(formatCount(unreadable));
    for (const QString &folder : outcome.sources.emptyFolders)
        text << tr("No plan file in %1.").arg(QDir::toNativeSeparators(folder));
    text << tr("Double-click a row or press Enter to open its plan.");
    m_status->setText(text.join(QLatin1Char(' ')));
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    m_table->setFocus();
}

void PortfolioWindow::fitToTable()
{
    // Wide enough for every column when the screen allows; the window is never made narrower.
    m_table->resizeColumnsToContents();
    const int tableWidth = m_table->horizontalHeader()->length() + m_table->frameWidth() * 2 +
                           m_table->verticalScrollBar()->sizeHint().width();
    const int wanted = width() - m_table->viewport()->width() + tableWidth;
    const QScreen *screen = this->screen();
    const int available = screen ? screen->availableGeometry().width() * 9 / 10 : wanted;
    if (wanted > width())
        resize(std::min(wanted, std::max(available, width())), height());
}

void PortfolioWindow::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    emit openRequested(current.data(PortfolioModel::PathRole).toString());
}

void PortfolioWindow::updateHeading()
{
    const QString asOf =
        tr("Each community over its plan year so far, as of %1.").arg(formatDate(Clock::system().today()));
    if (m_sources.isEmpty()) {
        m_heading->setText(tr("No plans chosen yet."));
    } else if (m_sources.size() == 1 && QFileInfo(m_sources.first()).isDir()) {
        m_heading->setText(tr("Plans in %1. %2").arg(QDir::toNativeSeparators(m_sources.first()), asOf));
    } else {
        m_heading->setText(tr("Chosen plan files: %1. %2").arg(formatCount(m_sources.size()), asOf));
    }
}

void PortfolioWindow::closeEvent(QCloseEvent *event)
{
    cancel();
    QWidget::closeEvent(event);
}

} // namespace cultivate
