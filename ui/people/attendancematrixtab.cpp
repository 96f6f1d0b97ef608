// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/attendancematrixtab.h"

#include "core/people/attendancematrix.h"
#include "core/storage/plantask.h"
#include "ui/common/formatting.h"
#include "ui/common/formfields.h"
#include "ui/common/planpage.h"
#include "ui/common/typography.h"
#include "ui/people/attendancematrixmodel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// Sorts the members and keeps the turnout row last in either order.
class MatrixSorter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int last = static_cast<const AttendanceMatrixModel *>(sourceModel())->turnoutRow();
        if (left.row() == last || right.row() == last) {
            const bool leftLast = left.row() == last;
            return sortOrder() == Qt::AscendingOrder ? !leftLast : leftLast;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

AttendanceMatrixTab::AttendanceMatrixTab(PlanPage *owner, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
{
    setObjectName(QStringLiteral("attendance-matrix-tab"));
    const int unit = em(this);
    m_model = new AttendanceMatrixModel(this);
    m_sorted = new MatrixSorter(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AttendanceMatrixModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
    auto *bar = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    m_from = makeDateEdit(this, QStringLiteral("matrix-from"), tr("Period starts"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    m_to = makeDateEdit(this, QStringLiteral("matrix-to"), tr("Period ends"));
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_summary = makeLabel({}, TextStyle::Secondary, this);
    m_summary->setObjectName(QStringLiteral("matrix-summary"));
    layout->addWidget(m_summary);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("matrix-busy"));
    m_busy->setAccessibleName(tr("Reading attendance"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(unit / 2);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_runner = new TaskRunner(this);
    connect(m_runner, &TaskRunner::busyChanged, m_busy, &QWidget::setVisible);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendance-matrix"));
    m_table->setAccessibleName(tr("Attendance matrix"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AttendanceMatrixModel::NameColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Wide enough for the date and the start of the title beneath it (the tooltip has it whole).
    m_table->horizontalHeader()->setDefaultSectionSize(unit * 8);
    m_table->horizontalHeader()->resizeSection(AttendanceMatrixModel::NameColumn, unit * 14);
    layout->addWidget(m_table, 1);
    layout->addWidget(makeLabel(tr("✓ credited · ○ present, under the minutes threshold · ✗ absent · E excused. Rates "
                                   "count the events held while someone was a member; turnout counts members, not "
                                   "facilitators or sponsors."),
                                TextStyle::Secondary, this));

    const auto changed = [this] {
        m_periodChosen = true;
        reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
}

void AttendanceMatrixTab::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_periodChosen = true;
    reload();
}

void AttendanceMatrixTab::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void AttendanceMatrixTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AttendanceMatrixTab::follow(Plan *plan)
{
    if (m_followed == plan)
        return;
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = plan;
    if (!plan)
        return;
    // Attendance changes elsewhere (the sheet, an import) make the matrix stale; bursts reload once.
    const auto changed = [this](EntityKind kind, Id) { onChanged(kind); };
    connect(plan, &Plan::entityAdded, this, changed);
    connect(plan, &Plan::entityUpdated, this, changed);
    connect(plan, &Plan::entityRemoved, this, changed);
    connect(plan, &Plan::reset, this, [this] { onChanged(EntityKind::Attendance); });
}

void AttendanceMatrixTab::onChanged(EntityKind kind)
{
    if (kind != EntityKind::Attendance || m_stale)
        return;
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                reload();
        });
}

void AttendanceMatrixTab::reload()
{
    Plan *plan = m_owner->plan();
    follow(plan);
    if (!plan) {
        m_runner->cancel();
        m_model->setMatrix({});
        m_summary->clear();
        return;
    }
    if (!m_periodChosen) {
        // The last three months up to today, so a large plan opens on a readable, quick view.
        const QDate today = plan->clock().today();
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(today.addMonths(-3).addDays(1));
        m_to->setDate(today);
    }
    m_stale = false;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_summary->setText(tr("Reading attendance from %1 to %2…").arg(formatDate(from), formatDate(to)));
    using Prepared = AttendanceMatrixModel::Prepared;
    startOnPlan<Prepared>(
        *m_runner, *plan,
        [from, to](const Plan &source, TaskControl &control) -> Result<Prepared> {
            if (control.isCancelled())
                return Prepared{};
            auto matrix = loadAttendanceMatrix(source, from, to);
            if (!matrix.ok())
                return matrix.error();
            // The rates, turnouts and names are worked out here too, off the event loop.
            return AttendanceMatrixModel::prepare(std::move(matrix).value());
        },
        [this](Result<Prepared> loaded) {
            if (loaded.ok())
                showMatrix(std::move(loaded).value(), {});
            else
                showMatrix({}, loaded.error().message);
        });
}

bool AttendanceMatrixTab::isLoading() const
{
    return m_runner->isBusy();
}

void AttendanceMatrixTab::showMatrix(AttendanceMatrixModel::Prepared prepared, const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const qsizetype events = prepared.matrix.events.size();
    m_model->setPrepared(std::move(prepared));
    m_summary->setText(
        events == 0
            ? tr("No event was held in this period.")
            : tr("%1 events held from %2 to %3").arg(events).arg(formatDate(m_from->date()), formatDate(m_to->date())));
}

} // namespace cultivate
