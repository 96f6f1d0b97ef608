// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardpage.h"

#include "core/charts/chartlabels.h"
#include "core/charts/metricscharts.h"
#include "core/storage/plan.h"
#include "ui/commands/settingscommands.h"
#include "ui/common/card.h"
#include "ui/common/deferredrefresh.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/dashboard/drilldown.h"
#include "ui/dashboard/healthpanel.h"
#include "ui/dashboard/healthsettingsdialog.h"
#include "ui/dashboard/kpicard.h"
#include "ui/help/figurehelp.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <cstdlib>

namespace cultivate {

namespace {

const QString Turnout = QStringLiteral("turnout");
const QString Active = QStringLiteral("active");
const QString Participation = QStringLiteral("participation");
const QString Flows = QStringLiteral("flows");
const QString Concentration = QStringLiteral("concentration");
const QString CheckIns = QStringLiteral("checkins");
const QString Goals = QStringLiteral("goals");

QString signedCount(int difference)
{
    if (difference == 0)
        return DashboardPage::tr("no change");
    return difference > 0 ? QStringLiteral("+%1").arg(formatCount(difference))
                          : QStringLiteral("−%1").arg(formatCount(-difference));
}

QString signedPoints(double difference)
{
    const int points = qRound(difference * 100);
    if (points == 0)
        return DashboardPage::tr("no change");
    return points > 0 ? DashboardPage::tr("+%1 pts").arg(points) : DashboardPage::tr("−%1 pts").arg(-points);
}

int sign(double value)
{
    return value > 1e-9 ? 1 : value < -1e-9 ? -1 : 0;
}

QString monthLabel(const QString &key)
{
    const QDate month = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : key;
}

// Lays `cells` out in `columns` columns, in order; a cell of `wide` starts a row of its own and
// takes all of it.
void placeInGrid(QGridLayout &grid, const QList<QWidget *> &cells, int columns, const QList<QWidget *> &wide)
{
    for (QWidget *cell : cells)
        grid.removeWidget(cell);
    int slot = 0;
    for (QWidget *cell : cells) {
        const bool spans = wide.contains(cell);
        if (spans && slot % columns != 0)
            slot += columns - slot % columns;
        grid.addWidget(cell, slot / columns, spans ? 0 : slot % columns, 1, spans ? columns : 1);
        slot += spans ? columns : 1;
    }
    for (int column = 0; column < grid.columnCount(); ++column)
        grid.setColumnStretch(column, column < columns ? 1 : 0);
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : PlanPage({EntityKind::Community, EntityKind::Stage, EntityKind::ChecklistItem, EntityKind::Goal,
                EntityKind::GoalMeasurement, EntityKind::Member, EntityKind::Series, EntityKind::Event,
                EntityKind::Attendance, EntityKind::ContributionWeight, EntityKind::Contribution, EntityKind::Resource,
                EntityKind::Survey, EntityKind::Question, EntityKind::Response, EntityKind::Answer, EntityKind::Story,
                EntityKind::Recognition, EntityKind::PlanSetting},
               parent)
{
    setObjectName(QStringLiteral("page-dashboard"));
    const int unit = em(this);

    m_computer = new DashboardComputer(this);
    connect(m_computer, &DashboardComputer::computed, this, &DashboardPage::showSnapshot);
    connect(m_computer, &DashboardComputer::busyChanged, this, &DashboardPage::setBusy);
    m_refresh = new DeferredRefresh(
        this, DebounceMs,
        [this] {
            if (plan())
                m_computer->start(*plan(), currentOptions(), plan()->clock().today());
        },
        [this] { m_computer->cancel(); });

    // Left: key figures and charts, scrolling. Right: the health check and the people behind a figure.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_contentLayout = layout;
    layout->setContentsMargins(pageMargins(this).left(), unit, unit, unit * 2);
    layout->setSpacing(unit);

    auto *kpis = new QGridLayout;
    m_kpiGrid = kpis;
    kpis->setSpacing(unit * 3 / 4);
    int index = 0;
    addKpi(kpis, index++, QStringLiteral("members"), tr("Members"),
           tr("Counted members in the window (facilitators and sponsors are left out)."));
    addKpi(kpis, index++, QStringLiteral("events"), tr("Events held"), tr("Events marked held in the window."));
    addKpi(kpis, index++, QStringLiteral("attendances"), tr("Credited attendances"),
           tr("Presences at held events, for at least the plan's share of the event's length."));
    addKpi(kpis, index++, QStringLiteral("reach"), tr("Reach"),
           tr("Share of members who attended at least one event in the window."));
    addKpi(kpis, index++, QStringLiteral("attendance-rate"), tr("Mean attendance rate"),
           tr("On average, the share of the events held while someone was a member that they attended."));
    addKpi(kpis, index++, QStringLiteral("active-month"), tr("Active in the latest month"),
           tr("Members who attended or contributed in the latest complete month of the window (a month still "
              "running is never a headline)."));
    addKpi(kpis, index++, QStringLiteral("stickiness"), tr("Stickiness"),
           tr("Members active in the latest complete month, out of everyone active at least once in the twelve "
              "months up to it."));
    addKpi(kpis, index++, QStringLiteral("conversion"), tr("Newcomer conversion"),
           tr("Share of the window's newcomers who became active or core within three months."));
    layout->addLayout(kpis);

    m_lastYear = makeLabel({}, TextStyle::Body, content);
    m_lastYear->setObjectName(QStringLiteral("dashboard-last-year"));
    m_lastYear->setAccessibleName(tr("Compared with last year"));
    m_lastYear->setTextFormat(Qt::RichText);
    m_lastYear->setWordWrap(true);
    m_lastYear->hide();
    layout->addWidget(m_lastYear);

    m_empty = makeLabel(tr("No events held in this window yet. The charts appear once an event is marked held or a "
                           "contribution is recorded; choose a longer window to look further back."),
                        TextStyle::Body, content);
    m_empty->setObjectName(QStringLiteral("dashboard-empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(unit, unit * 2, unit, unit * 2);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_charts = new QWidget(content);
    m_charts->setObjectName(QStringLiteral("dashboard-charts"));
    auto *grid = new QGridLayout(m_charts);
    m_chartGrid = grid;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(unit * 3 / 4);
    struct ChartEntry {
        QString key;
        QString name;
    };
    const QList<ChartEntry> charts{
        {Turnout, tr("Turnout per event")},
        {Active, tr("Active members and newcomers per month")},
        {Participation, tr("Participation levels per quarter")},
        {Flows, tr("Level flows between quarters")},
        {QStringLiteral("retention"), tr("Retention by month of first activity")},
        {Concentration, tr("Contribution concentration")},
        {CheckIns, tr("Check-in trend")},
        {Goals, tr("Goal progress")},
    };
    for (const ChartEntry &entry : charts) {
        QWidget *view = nullptr;
        QLabel **note = nullptr;
        if (entry.key == QLatin1String("retention")) {
            m_retention = new QLabel;
            m_retention->setAlignment(Qt::AlignCenter);
            m_retention->setMinimumSize(unit * 20, unit * 18);
            m_retention->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
            m_retention->installEventFilter(this);
            view = m_retention;
        } else {
            auto *chartView = new QChartView;
            chartView->setRenderHint(QPainter::Antialiasing);
            chartView->setMinimumSize(unit * 20, unit * 18);
            chartView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            m_chartViews.insert(entry.key, chartView);
            if (entry.key == Active)
                chartView->installEventFilter(this);
            view = chartView;
            if (entry.key == Participation)
                note = &m_participationNote;
            else if (entry.key == Active)
                note = &m_runningNote;
        }
        QWidget *chartCell = createChartCell(entry.key, entry.name, view, note);
        m_chartCells << chartCell;
        // The check-in trend and the goals take the full width: the goals' titles label their bars,
        // and a half-width chart would cut them.
        if (entry.key == CheckIns || entry.key == Goals)
            m_wideCells << chartCell;
    }
    placeInGrid(*grid, m_chartCells, m_chartColumns, m_wideCells);
    layout->addWidget(m_charts);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboard-scroll"));
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *side = new QWidget;
    m_side = side;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(unit / 2, unit, unit * 3 / 2, unit * 2);
    sideLayout->setSpacing(unit);
    m_health = new HealthPanel(side);
    FigureHelp::attach(m_health, FigureHelp::dashboardKeys(QStringLiteral("health")));
    connect(m_health, &HealthPanel::settingsRequested, this, &DashboardPage::editHealthSettings);
    connect(m_health, &HealthPanel::membersRequested, this, [this](const HealthFlag &flag) {
        if (m_snapshot)
            showDetails(HealthCheck::ruleLabel(flag.rule), drilldown::names(m_snapshot->data, flag.members));
    });
    sideLayout->addWidget(m_health);
    auto *details = new Card(side);
    details->setObjectName(QStringLiteral("dashboard-details"));
    details->setAccessibleName(tr("Behind the figure"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(unit, unit, unit, unit);
    detailsLayout->setSpacing(unit / 2);
    m_detailsTitle = makeLabel(tr("Behind the figures"), TextStyle::Heading, details);
    m_detailsTitle->setObjectName(QStringLiteral("dashboard-details-title"));
    m_detailsTitle->setWordWrap(true);
    detailsLayout->addWidget(m_detailsTitle);
    m_details = new QListWidget(details);
    m_details->setObjectName(QStringLiteral("dashboard-details-list"));
    m_details->setAccessibleName(tr("Members or events behind the selected figure"));
    m_details->setMinimumHeight(unit * 10);
    m_details->setWordWrap(true);
    detailsLayout->addWidget(m_details);
    sideLayout->addWidget(details, 1);
    auto *sideScroll = new QScrollArea;
    m_sideScroll = sideScroll;
    sideScroll->setObjectName(QStringLiteral("dashboard-side"));
    sideScroll->setAccessibleName(tr("Health check and details"));
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setWidgetResizable(true);
    sideScroll->setWidget(side);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFixedWidth(unit * 24);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(scroll, 1);
    body->addWidget(sideScroll);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(createHeader());
    outer->addLayout(body, 1);

    clearSnapshot(tr("Open a plan to see its dashboard."));
}

QWidget *DashboardPage::createHeader()
{
    const int unit = em(this);
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(pageMargins(this).left(), unit, pageMargins(this).right(), 0);
    layout->setSpacing(unit / 2);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(unit / 6);
    titles->addWidget(makeLabel(tr("Dashboard"), TextStyle::Title, header));
    m_period = makeLabel({}, TextStyle::Secondary, header);
    m_period->setObjectName(QStringLiteral("dashboard-period"));
    titles->addWidget(m_period);
    layout->addLayout(titles, 1);

    m_busy = new QProgressBar(header);
    m_busy->setObjectName(QStringLiteral("dashboard-busy"));
    m_busy->setAccessibleName(tr("Updating the figures"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(unit * 6);
    m_busy->setMaximumHeight(unit * 2 / 3);
    m_busy->hide();
    m_busyLabel = makeLabel(tr("Updating…"), TextStyle::Secondary, header);
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    layout->addSpacing(unit);

    auto *windowLabel = makeLabel(tr("Window:"), TextStyle::Body, header);
    layout->addWidget(windowLabel);
    m_window = new QComboBox(header);
    m_window->setObjectName(QStringLiteral("dashboard-window"));
    m_window->setAccessibleName(tr("Window of the figures"));
    m_window->addItem(tr("This month"), int(Window::ThisMonth));
    m_window->addItem(tr("This quarter"), int(Window::ThisQuarter));
    m_window->addItem(tr("Plan year so far"), int(Window::PlanYear));
    m_window->addItem(tr("Custom dates"), int(Window::Custom));
    m_window->setCurrentIndex(int(Window::PlanYear));
    windowLabel->setBuddy(m_window);
    layout->addWidget(m_window);

    m_from = new QDateEdit(header);
    m_from->setObjectName(QStringLiteral("dashboard-from"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(header);
    m_to->setObjectName(QStringLiteral("dashboard-to"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    auto *dash = makeLabel(QStringLiteral("–"), TextStyle::Body, header);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    m_dash = dash;
    for (QWidget *widget : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to), static_cast<QWidget *>(dash)})
        widget->setVisible(false);

    connect(m_window, &QComboBox::currentIndexChanged, this, &DashboardPage::windowChosen);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (window() == Window::Custom)
            m_refresh->schedule();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (window() == Window::Custom)
            m_refresh->schedule();
    });
    return header;
}

QWidget *DashboardPage::createChartCell(const QString &key, const QString &accessibleName, QWidget *view, QLabel **note)
{
    const int unit = em(this);
    auto *card = new Card;
    card->setObjectName(QStringLiteral("dashboard-card-") + key);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(unit / 3, unit / 3, unit / 3, unit / 3);
    layout->setSpacing(unit / 4);
    view->setParent(card);
    view->setObjectName(QStringLiteral("dashboard-chart-") + key);
    view->setAccessibleName(accessibleName);
    if (auto *chartView = qobject_cast<QChartView *>(view))
        chartView->viewport()->setAccessibleName(accessibleName);
    layout->addWidget(view, 1);
    FigureHelp::attach(card, FigureHelp::dashboardKeys(key),
                       [this] { return m_snapshot ? m_snapshot->data.community.attendanceThreshold : 0.5; });
    if (note) {
        *note = makeLabel({}, TextStyle::Secondary, card);
        (*note)->setObjectName(QStringLiteral("dashboard-note-") + key);
        (*note)->setWordWrap(true);
        (*note)->setContentsMargins(unit / 2, 0, unit / 2, unit / 3);
        layout->addWidget(*note);
    }
    return card;
}

KpiCard *DashboardPage::addKpi(QGridLayout *grid, int index, const QString &key, const QString &caption,
                               const QString &explanation)
{
    auto *card = new KpiCard(key, caption, explanation);
    grid->addWidget(card, index / m_kpiColumns, index % m_kpiColumns);
    m_kpiCards << card;
    FigureHelp::attach(card, FigureHelp::dashboardKeys(key),
                       [this] { return m_snapshot ? m_snapshot->data.community.attendanceThreshold : 0.5; });
    m_kpis.insert(key, card);
    connect(card, &KpiCard::activated, this, [this, key] { showKpiDetails(key); });
    return card;
}

void DashboardPage::setWindow(Window window)
{
    m_window->setCurrentIndex(int(window));
}

DashboardPage::Window DashboardPage::window() const
{
    return Window(m_window->currentData().toInt());
}

void DashboardPage::setCustomWindow(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockWindow(m_window);
        m_window->setCurrentIndex(int(Window::Custom));
    }
    showCustomDates(true);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    recompute();
}

void DashboardPage::showCustomDates(bool visible)
{
    m_from->setVisible(visible);
    m_to->setVisible(visible);
    m_dash->setVisible(visible);
}

bool DashboardPage::isComputing() const
{
    return m_refresh->isPending() || m_computer->isBusy();
}

QString DashboardPage::detailsTitle() const
{
    return m_detailsTitle->text();
}

QStringList DashboardPage::detailsLines() const
{
    QStringList lines;
    for (int row = 0; row < m_details->count(); ++row)
        lines << m_details->item(row)->text();
    return lines;
}

void DashboardPage::windowChosen()
{
    const bool custom = window() == Window::Custom;
    if (custom && m_snapshot && m_from->isHidden()) {
        // Start the custom window from what is on show.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_snapshot->current().from);
        m_to->setDate(m_snapshot->current().to);
    }
    showCustomDates(custom);
    recompute();
}

MetricsOptions DashboardPage::currentOptions() const
{
    MetricsOptions options;
    const QDate today = plan() ? plan()->clock().today() : QDate::currentDate();
    switch (window()) {
    case Window::ThisMonth:
        options.from = QDate(today.year(), today.month(), 1);
        options.to = today;
        break;
    case Window::ThisQuarter:
        options.from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        options.to = today;
        break;
    case Window::PlanYear:
        break; // core's default: the plan's start to today (or the plan's end)
    case Window::Custom:
        options.from = std::min(m_from->date(), m_to->date());
        options.to = std::max(m_from->date(), m_to->date());
        break;
    }
    return options;
}

void DashboardPage::refresh()
{
    if (plan() != m_computedPlan) {
        m_computedPlan = plan();
        m_refresh->cancel();
        m_computer->cancel();
        if (!plan()) {
            clearSnapshot(tr("Open a plan to see its dashboard."));
            return;
        }
        clearSnapshot(tr("Computing the figures…"));
        recompute();
        return;
    }
    if (plan())
        m_refresh->schedule(); // a burst of edits gives one recomputation
}

void DashboardPage::recompute()
{
    m_refresh->runNow();
}

void DashboardPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void DashboardPage::clearSnapshot(const QString &message)
{
    m_snapshot.reset();
    for (KpiCard *card : std::as_const(m_kpis))
        card->setFigure(QStringLiteral("–"), {}, 0);
    m_period->setText(message);
    m_health->setReport({}, false);
    m_lastYear->hide();
    m_empty->hide();
    m_charts->hide();
    showDetailsHint();
}

void DashboardPage::showSnapshot(const DashboardSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    if (!snapshot->error.isEmpty()) {
        clearSnapshot(tr("The figures could not be computed: %1").arg(snapshot->error));
        return;
    }
    m_snapshot = snapshot;
    const Assessment &a = snapshot->assessment;
    const Metrics &m = a.current;
    QString period = formatPeriod(m.from, m.to);
    if (a.previous)
        period = tr("%1 · changes compared with %2").arg(period, formatPeriod(a.previousFrom, a.previousTo));
    m_period->setText(period);
    showKpis();
    showLastYear();
    m_health->setReport(a.health);
    // What was listed belonged to the figures before: start the panel afresh.
    showDetailsHint();
    const bool empty = m.eventsHeld == 0 && m.totalWeight == 0;
    m_empty->setVisible(empty);
    m_charts->setVisible(!empty);
    showCharts();
    emit snapshotShown();
}

void DashboardPage::showKpis()
{
    const Assessment &a = m_snapshot->assessment;
    const Metrics &m = a.current;
    const std::optional<Metrics> &p = a.previous;
    const QString none = tr("first period of the plan");
    const auto count = [&](const QString &key, std::optional<int> now, std::optional<int> before) {
        if (!now) {
            m_kpis.value(key)->setFigure(QStringLiteral("–"), tr("no complete month yet"), 0);
            return;
        }
        const bool compare = p && before.has_value();
        m_kpis.value(key)->setFigure(formatCount(*now),
                                     compare ? tr("%1 on the previous period").arg(signedCount(*now - *before)) : none,
                                     compare ? sign(*now - *before) : 0);
    };
    const auto share = [&](const QString &key, std::optional<double> now, std::optional<double> before) {
        if (!now) {
            m_kpis.value(key)->setFigure(QStringLiteral("–"), tr("not enough activity yet"), 0);
            return;
        }
        const bool compare = p && before.has_value();
        m_kpis.value(key)->setFigure(formatPercent(*now),
                                     compare ? tr("%1 on the previous period").arg(signedPoints(*now - *before)) : none,
                                     compare ? sign(std::round((*now - *before) * 100)) : 0);
    };
    const auto previous = [&p](auto figure) { return p ? std::optional(figure(*p)) : std::nullopt; };
    count(QStringLiteral("members"), m.members, previous([](const Metrics &x) { return x.members; }));
    count(QStringLiteral("events"), m.eventsHeld, previous([](const Metrics &x) { return x.eventsHeld; }));
    count(QStringLiteral("attendances"), m.creditedAttendances,
          previous([](const Metrics &x) { return x.creditedAttendances; }));
    share(QStringLiteral("reach"), m.reach, p ? p->reach : std::nullopt);
    share(QStringLiteral("attendance-rate"), m.meanAttendanceRate, p ? p->meanAttendanceRate : std::nullopt);
    // "This month" figures are the latest complete month's, named on the card.
    const QString latest = m.latestCompleteMonth >= 0 ? monthLabel(m.latestCompleteMonthKey()) : QString();
    m_kpis.value(QStringLiteral("active-month"))
        ->setCaption(latest.isEmpty() ? tr("Active in the latest month") : tr("Active in %1").arg(latest));
    m_kpis.value(QStringLiteral("stickiness"))
        ->setCaption(latest.isEmpty() ? tr("Stickiness") : tr("Stickiness, %1").arg(latest));
    count(QStringLiteral("active-month"), m.activeLatestMonth(), p ? p->activeLatestMonth() : std::nullopt);
    share(QStringLiteral("stickiness"), m.stickiness, p ? p->stickiness : std::nullopt);
    share(QStringLiteral("conversion"), m.newcomerConversion, p ? p->newcomerConversion : std::nullopt);
}

void DashboardPage::showLastYear()
{
    const std::optional<LastYear> &y = m_snapshot->lastYear;
    m_lastYear->setVisible(y.has_value());
    if (!y)
        return;
    if (!y->metrics) {
        m_lastYear->setText(tr("<b>Compared with last year:</b> %1").arg(y->problem.toHtmlEscaped()));
        return;
    }
    QString rows;
    for (const YearOnYearFigure &f : yearOnYear(m_snapshot->current(), *y->metrics)) {
        const auto text = [&f](const std::optional<double> &v) {
            return !v ? QStringLiteral("–") : f.isShare ? formatPercent(*v) : formatCount(qRound64(*v));
        };
        QString change = QStringLiteral("–");
        if (f.now && f.before)
            change = f.isShare ? signedPoints(*f.now - *f.before) : signedCount(qRound(*f.now - *f.before));
        rows +=
            QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                .arg(f.label.toHtmlEscaped(), text(f.now), text(f.before), change.toHtmlEscaped());
    }
    m_lastYear->setText(
        QStringLiteral("<b>%1</b><table cellspacing=0 cellpadding=3><tr><th align=left>%2</th><th align=right>%3</th>"
                       "<th align=right>%4</th><th align=right>%5</th></tr>%6</table>")
            .arg(tr("Compared with the same months last year (%1, from “%2”)")
                     .arg(formatPeriod(y->from, y->to), y->link.name)
                     .toHtmlEscaped(),
                 tr("Figure"), tr("This year"), tr("Last year"), tr("Change"), rows));
}

void DashboardPage::setChart(const QString &key, QChart *chart)
{
    QChartView *view = m_chartViews.value(key);
    QChart *old = view->chart();
    chart->setObjectName(key);
    view->setChart(chart); // releases the old chart to us
    delete old;
}

void DashboardPage::showCharts()
{
    const Metrics &m = m_snapshot->current();
    const ChartPalette palette{isDarkTheme()};
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int labels = timeLabelBudget();
    m_labelBudget = labels;
    setChart(Turnout, turnoutChart(m, palette, labels));
    setChart(Active, activeMembersChart(m, palette, labels));
    setChart(Participation, participationChart(m, palette, labels));
    setChart(Flows, levelFlowChart(m, palette));
    setChart(Concentration, concentrationChart(m, palette));
    setChart(CheckIns, surveyTrendChart(m, palette, labels));
    setChart(Goals, goalProgressChart(m, palette));
    for (QChartView *view : std::as_const(m_chartViews)) {
        QChart *chart = view->chart();
        // Charts follow the page's font (and so the user's font and scaling).
        QFont title = font();
        title.setBold(true);
        title.setPointSizeF(title.pointSizeF() * 1.1);
        chart->setTitleFont(title);
        chart->legend()->setFont(small);
        chart->setMargins(QMargins(4, 4, 4, 4));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(small);
            axis->setTitleFont(small);
        }
    }
    showParticipationNote();
    m_runningNote->setText(runningMonthNote(m));
    m_runningNote->setVisible(!m_runningNote->text().isEmpty());

    showRetention();
    m_retention->setToolTip(tr("Each row is the members whose first activity fell in that month; each cell the "
                               "share of them active k months later."));
    // A narrow card elides the goals' titles (hovering a bar shows its own): the whole titles, with
    // their progress, are the chart's description for a screen reader.
    QStringList goals;
    for (const GoalFigures &g : m.goals)
        goals << tr("%1: %2").arg(g.title, formatPercent(g.progress.value_or(0.0)));
    m_chartViews.value(Goals)->setAccessibleDescription(goals.join(QStringLiteral("; ")));
    for (QAbstractSeries *series : m_chartViews.value(Goals)->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            bars->setLabelsPrecision(3); // "91.7%", not "91.6667%"
    }
    connectChartInteractions();
}

int DashboardPage::timeLabelBudget() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return labelsThatFitChart(m_chartViews.value(Active)->width(), small);
}

void DashboardPage::showRetention()
{
    if (!m_snapshot)
        return;
    // Drawn at the label's size (and the screen's pixel ratio), so the cells stay sharp and readable.
    const QSize size = m_retention->contentsRect().size().expandedTo(m_retention->minimumSize());
    m_retention->setPixmap(QPixmap::fromImage(
        retentionHeatMap(m_snapshot->current(), ChartPalette{isDarkTheme()}, size, devicePixelRatioF())));
    m_retentionSize = m_retention->size();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_retention && event->type() == QEvent::Resize && m_retention->size() != m_retentionSize)
        QTimer::singleShot(0, this, &DashboardPage::showRetention);
    // A card that became narrower or wider gets as many time labels as now fit.
    if (watched == m_chartViews.value(Active) && event->type() == QEvent::Resize && m_snapshot) {
        QTimer::singleShot(0, this, [this] {
            if (m_snapshot && timeLabelBudget() != m_labelBudget)
                showCharts();
        });
    }
    return PlanPage::eventFilter(watched, event);
}

void DashboardPage::showParticipationNote()
{
    const Assessment &a = m_snapshot->assessment;
    const Metrics &m = a.current;
    if (m.members <= 0) {
        m_participationNote->clear();
        return;
    }
    QStringList parts;
    bool outside = false;
    for (Level level : {Level::Core, Level::Active}) {
        const auto [low, high] = expectedShare(level);
        const auto verdict = a.band(level);
        outside = outside || (verdict && *verdict != BandVerdict::Within);
        parts << tr("%1 %2 (expected %3–%4%5)")
                     .arg(label(level),
                          QLocale().toString(100 * m.levelShare(level).value_or(0), 'f', 1) + QLatin1Char('%'),
                          formatPercent(low), formatPercent(high),
                          !verdict || *verdict == BandVerdict::Within ? QString()
                          : *verdict == BandVerdict::Below            ? tr(", below")
                                                                      : tr(", above"));
    }
    m_participationNote->setText(tr("Whole window: %1. The shaded bands mark the expected share of core members "
                                    "(lower) and of core and active members together (upper).")
                                     .arg(parts.join(tr("; "))));
    m_participationNote->setProperty("outsideBands", outside);
}

void DashboardPage::connectChartInteractions()
{
    const auto tip = [](const QString &text) { QToolTip::showText(QCursor::pos(), text); };
    const auto hideTip = [] { QToolTip::hideText(); };

    // Turnout: a point is an event.
    const auto eventAt = [this](const QPointF &point) -> const EventTurnout * {
        const EventTurnout *nearest = nullptr;
        qint64 best = LLONG_MAX;
        for (const EventTurnout &t : m_snapshot->current().turnout) {
            const qint64 distance = std::llabs(QDateTime(t.date, QTime(12, 0)).toMSecsSinceEpoch() - qint64(point.x()));
            if (distance < best) {
                best = distance;
                nearest = &t;
            }
        }
        return nearest;
    };
    for (QAbstractSeries *series : m_chartViews.value(Turnout)->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            connect(line, &QLineSeries::hovered, this, [=, this](const QPointF &point, bool state) {
                const EventTurnout *t = state ? eventAt(point) : nullptr;
                if (!t)
                    return hideTip();
                tip(tr("%1, %2\n%3 of %4 members attended (%5)\nClick to list them")
                        .arg(t->title, formatDate(t->date))
                        .arg(t->credited)
                        .arg(t->membersAtDate)
                        .arg(t->turnout ? formatPercent(*t->turnout) : QStringLiteral("–")));
            });
            connect(line, &QLineSeries::clicked, this, [=, this](const QPointF &point) {
                if (const EventTurnout *t = eventAt(point)) {
                    showDetails(tr("Attended %1 (%2)").arg(t->title, formatDate(t->date)),
                                drilldown::names(m_snapshot->data, t->attendees));
                }
            });
        }
    }

    // Bars: find each chart's bar sets.
    const auto barSets = [this](const QString &key) {
        QList<QBarSet *> sets;
        for (QAbstractSeries *series : m_chartViews.value(key)->chart()->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                sets << bars->barSets();
        }
        return sets;
    };

    const QList<QBarSet *> activeSets = barSets(Active);
    for (qsizetype i = 0; i < activeSets.size(); ++i) {
        QBarSet *set = activeSets.at(i);
        const bool newcomers = i == 1;
        connect(set, &QBarSet::hovered, this, [=, this](bool status, int index) {
            const Metrics &m = m_snapshot->current();
            if (!status || index < 0 || index >= m.months.size())
                return hideTip();
            tip(tr("%1\n%2 active members, %3 newcomers\nClick to list them")
                    .arg(monthLabel(m.months.at(index)))
                    .arg(m.activeByMonth.at(index))
                    .arg(m.newcomersByMonth.at(index)));
        });
        connect(set, &QBarSet::clicked, this, [=, this](int index) {
            const Metrics &m = m_snapshot->current();
            if (index < 0 || index >= m.months.size())
                return;
            const QString month = m.months.at(index);
            if (newcomers)
                showDetails(tr("Newcomers in %1").arg(monthLabel(month)),
                            drilldown::names(m_snapshot->data, m.newcomerMembersByMonth.at(index)));
            else
                showDetails(tr("Active in %1").arg(monthLabel(month)),
                            drilldown::names(m_snapshot->data, m.activeMembersByMonth.at(index)));
        });
    }

    for (QBarSet *set : barSets(Participation)) {
        const QString key = set->objectName().mid(QStringLiteral("level-").size());
        Level level = Level::Core;
        for (Level candidate : enumValues<Level>()) {
            if (enumKey(candidate) == key)
                level = candidate;
        }
        connect(set, &QBarSet::hovered, this, [=, this](bool status, int index) {
            const Metrics &m = m_snapshot->current();
            if (!status || index < 0 || index >= m.levelsByQuarter.size())
                return hideTip();
            const QuarterLevels &q = m.levelsByQuarter.at(index);
            int total = 0;
            for (int c : q.counts)
                total += c;
            const int n = q.counts[size_t(level)];
            tip(tr("%1, %2: %3 members (%4)\nClick to list the window's %2 members")
                    .arg(q.label, label(level))
                    .arg(n)
                    .arg(formatPercent(total > 0 ? double(n) / total : 0.0)));
        });
        connect(set, &QBarSet::clicked, this, [=, this](int) {
            showDetails(tr("%1 members over the window").arg(label(level)),
                        drilldown::membersAtLevel(m_snapshot->data, m_snapshot->current(), level));
        });
    }

    const QList<QBarSet *> flowSets = barSets(Flows);
    for (QBarSet *set : flowSets) {
        connect(set, &QBarSet::hovered, this, [=, this](bool status, int index) {
            if (!status || index < 0 || index > 3)
                return hideTip();
            tip(tr("%1 members: %2 %3").arg(label(Level(index))).arg(set->at(index)).arg(set->label().toLower()));
        });
    }

    for (QAbstractSeries *series : m_chartViews.value(Concentration)->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || line->objectName() != QLatin1String("cumulative"))
            continue;
        connect(line, &QLineSeries::hovered, this, [=, this](const QPointF &point, bool state) {
            if (!state)
                return hideTip();
            const int members = qRound(point.x());
            tip(tr("The %1 most contributing members hold %2 of the contribution weight\nClick to list the "
                   "contributors")
                    .arg(members)
                    .arg(formatPercent(point.y() / 100)));
        });
        connect(line, &QLineSeries::clicked, this, [this](const QPointF &) {
            showDetails(tr("Contributors, most first"),
                        drilldown::contributors(m_snapshot->data, m_snapshot->current()));
        });
    }

    for (QAbstractSeries *series : m_chartViews.value(CheckIns)->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            connect(line, &QLineSeries::hovered, this, [=, this](const QPointF &point, bool state) {
                if (!state)
                    return hideTip();
                tip(tr("%1: %2 answered yes")
                        .arg(formatDate(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date()))
                        .arg(formatPercent(point.y() / 100)));
            });
        }
    }

    for (QBarSet *set : barSets(Goals)) {
        connect(set, &QBarSet::hovered, this, [=, this](bool status, int index) {
            const Metrics &m = m_snapshot->current();
            if (!status || index < 0 || index >= m.goals.size())
                return hideTip();
            const GoalFigures &g = m.goals.at(index);
            tip(tr("%1: %2 of the way from %3 to %4 %5 (now %6)")
                    .arg(g.title, formatPercent(g.progress.value_or(0.0)), formatNumber(g.baseline),
                         formatNumber(g.target), g.unit, g.current ? formatNumber(*g.current) : tr("unknown")));
        });
    }
}

void DashboardPage::editHealthSettings()
{
    if (!plan())
        return;
    auto rows = plan()->list<PlanSetting>();
    if (!rows.ok())
        return;
    HealthSettingsDialog dialog(HealthSettings::fromRows(rows.value()), this);
    if (plan()->isReadOnly() || !undoStack()) {
        dialog.setEnabled(false);
        dialog.setToolTip(tr("This plan is open read-only."));
    }
    if (dialog.exec() != QDialog::Accepted || plan()->isReadOnly() || !undoStack())
        return;
    if (dialog.settings() != HealthSettings::fromRows(rows.value()))
        run(new ChangeHealthSettingsCommand(*plan(), dialog.settings()));
}

// What the panel says before anything is clicked: how to fill it, and nothing else.
void DashboardPage::showDetailsHint()
{
    m_detailsTitle->setText(tr("Behind the figures"));
    m_details->clear();
    m_details->addItem(tr("Click a figure, a bar or a point to list the members or events behind it."));
}

void DashboardPage::showDetails(const QString &title, const QStringList &lines)
{
    m_detailsTitle->setText(lines.size() > 1 ? tr("%1 (%2)").arg(title).arg(lines.size()) : title);
    m_details->clear();
    if (lines.isEmpty() && m_snapshot) {
        m_details->addItem(tr("Nobody"));
        return;
    }
    m_details->addItems(lines);
}

void DashboardPage::showKpiDetails(const QString &key)
{
    if (!m_snapshot)
        return;
    const MetricsData &data = m_snapshot->data;
    const Metrics &m = m_snapshot->current();
    if (key == QLatin1String("members") || key == QLatin1String("attendance-rate")) {
        showDetails(tr("Members in the window"), drilldown::members(data, m));
    } else if (key == QLatin1String("events") || key == QLatin1String("attendances")) {
        showDetails(tr("Events held in the window"), drilldown::heldEvents(m));
    } else if (key == QLatin1String("reach")) {
        showDetails(tr("Members who attended at least once"), drilldown::reached(data, m));
    } else if (key == QLatin1String("active-month") || key == QLatin1String("stickiness")) {
        if (m.latestCompleteMonth < 0)
            return showDetails(tr("No month of the window is complete yet"), {});
        showDetails(tr("Active in %1").arg(monthLabel(m.latestCompleteMonthKey())),
                    drilldown::names(data, m.activeMembersByMonth.at(m.latestCompleteMonth)));
    } else if (key == QLatin1String("conversion")) {
        showDetails(tr("Newcomers of the window"), drilldown::newcomers(data, m));
    }
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    PlanPage::resizeEvent(event);
    arrangeForWidth();
}

void DashboardPage::arrangeForWidth()
{
    const int unit = em(this);
    // Two chart columns need about 46 em, the health panel 24 more.
    const bool below = width() < unit * 70;
    if (below != m_sideBelow) {
        m_sideBelow = below;
        if (below) {
            m_sideScroll->takeWidget();
            m_sideScroll->hide();
            m_contentLayout->insertWidget(m_contentLayout->count() - 1, m_side);
        } else {
            m_contentLayout->removeWidget(m_side);
            m_sideScroll->setWidget(m_side);
            m_sideScroll->show();
        }
        m_side->show();
    }
    const int room = below ? width() : width() - m_sideScroll->width();
    const int chartColumns = room >= unit * 46 ? 2 : 1;
    if (chartColumns != m_chartColumns) {
        m_chartColumns = chartColumns;
        placeInGrid(*m_chartGrid, m_chartCells, m_chartColumns, m_wideCells);
    }
    const int kpiColumns = room >= unit * 46 ? 4 : 2;
    if (kpiColumns != m_kpiColumns) {
        m_kpiColumns = kpiColumns;
        placeInGrid(*m_kpiGrid, m_kpiCards, m_kpiColumns, {});
    }
}

} // namespace cultivate
