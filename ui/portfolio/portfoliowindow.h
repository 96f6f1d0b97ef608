// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cultivate {

class PortfolioModel;
class PortfolioSortModel;
class TaskRunner;

// File ▸ Open Portfolio: the communities of a folder of plans (or of chosen plan files) side by
// side, one row each, sortable by any column. The plans are read off the GUI thread, without their
// locks, with a progress bar and Cancel; a plan that cannot be read is a row with its reason.
// Activating a row (double-click or Enter) asks for its plan to be opened.
class PortfolioWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioWindow)

public:
    explicit PortfolioWindow(QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    // Compares the plans that `operands` name (folders and plan files) and keeps them for Refresh.
    void setSources(const QStringList &operands);
    QStringList sources() const { return m_sources; }
    bool hasSources() const { return !m_sources.isEmpty(); }
    // Asks for a folder, or for plan files, and compares what was chosen.
    void chooseFolder();
    void chooseFiles();
    // Reads the same plans again.
    void refresh();
    // Stops the comparison under way; the rows shown before it stay.
    void cancel();

    bool isComputing() const;
    bool hasRunningWorkers() const;
    PortfolioModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void openRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Outcome;
    void start();
    void showOutcome(const Outcome &outcome);
    void showProgress(int done, int total);
    void busyChanged(bool busy);
    void openCurrent();
    void fitToTable();
    void updateHeading();
    QString dialogFolder() const;

    PortfolioModel *m_model = nullptr;
    PortfolioSortModel *m_proxy = nullptr;
    TaskRunner *m_runner = nullptr;
    QStringList m_sources{};
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_emptyText = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_intro = nullptr;
    QWidget *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_refresh = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace cultivate
