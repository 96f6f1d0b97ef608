// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/planpage.h"
#include "ui/dashboard/dashboardcomputer.h"

#include <QHash>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;
class QTimer;
class QWidget;

namespace cultivate {

class DeferredRefresh;
class HealthPanel;
class KpiCard;

// The engagement dashboard: key figures with their change against the previous period, the charts
// of SPEC §5 and the health check, over a window the user picks. While the page is shown, the
// figures are recomputed on a worker thread (see DashboardComputer) shortly after each edit; a
// hidden page catches up when it is shown. The charts are built here from the delivered snapshot.
// Clicking a figure, a bar or a point lists the members or events behind it.
class DashboardPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum class Window { ThisMonth, ThisQuarter, PlanYear, Custom };

    explicit DashboardPage(QWidget *parent = nullptr);

    void setWindow(Window window);
    Window window() const;
    // For a custom window; switches to it.
    void setCustomWindow(const QDate &from, const QDate &to);

    // The snapshot on show (null before the first result), and whether a newer one is being computed.
    DashboardSnapshotPtr snapshot() const { return m_snapshot; }
    bool isComputing() const;
    const DashboardComputer &computer() const { return *m_computer; }

    // The side list of people or events behind a clicked figure.
    QString detailsTitle() const;
    QStringList detailsLines() const;

    // The debounce between a change of the plan and the recomputation.
    static constexpr int DebounceMs = 300;

signals:
    // A new snapshot is on show.
    void snapshotShown();

protected:
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Fits the page to its width: the health panel beside the charts or below them, charts in two
    // columns or one, key figures in four columns or two.
    void arrangeForWidth();
    QWidget *createHeader();
    QWidget *createChartCell(const QString &key, const QString &accessibleName, QWidget *view, QLabel **note = nullptr);
    KpiCard *addKpi(QGridLayout *grid, int index, const QString &key, const QString &caption,
                    const QString &explanation);
    void windowChosen();
    void showCustomDates(bool visible);
    void recompute();
    MetricsOptions currentOptions() const;
    void setBusy(bool busy);
    void showSnapshot(const DashboardSnapshotPtr &snapshot);
    void clearSnapshot(const QString &message);
    void showKpis();
    void showLastYear();
    void showCharts();
    // How many time labels fit under a chart card now (core/charts/chartlabels.h's rule).
    int timeLabelBudget() const;
    void setChart(const QString &key, QChart *chart);
    void connectChartInteractions();
    void showParticipationNote();
    void showRetention();
    void showDetailsHint();
    void showDetails(const QString &title, const QStringList &lines);
    void showKpiDetails(const QString &key);
    void editHealthSettings();

    DashboardComputer *m_computer = nullptr;
    DashboardSnapshotPtr m_snapshot{};
    const Plan *m_computedPlan = nullptr;
    DeferredRefresh *m_refresh = nullptr; // recomputes after edits, and when shown after them

    QComboBox *m_window = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dash = nullptr;
    QLabel *m_period = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_lastYear = nullptr; // a renewed plan: the same months of the year before
    QWidget *m_charts = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QGridLayout *m_kpiGrid = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<QWidget *> m_kpiCards{};   // in reading order
    QList<QWidget *> m_chartCells{}; // in reading order
    QList<QWidget *> m_wideCells{};  // chart cells that take a whole row
    QScrollArea *m_sideScroll = nullptr;
    QWidget *m_side = nullptr;
    bool m_sideBelow = false; // the health panel below the charts (a narrow page)
    int m_kpiColumns = 4;
    int m_chartColumns = 2;
    QHash<QString, KpiCard *> m_kpis{};
    QHash<QString, QChartView *> m_chartViews{};
    QLabel *m_retention = nullptr;
    QSize m_retentionSize{};
    int m_labelBudget = 0; // the budget the charts were last built with
    QLabel *m_participationNote = nullptr;
    QLabel *m_runningNote = nullptr; // under the monthly chart: the month still running is "so far"
    HealthPanel *m_health = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QListWidget *m_details = nullptr;
};

} // namespace cultivate
