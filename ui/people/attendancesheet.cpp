// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/attendancesheet.h"

#include "core/storage/plan.h"
#include "ui/commands/entitycommands.h"
#include "ui/common/flowlayout.h"
#include "ui/common/formatting.h"
#include "ui/common/planpage.h"
#include "ui/common/typography.h"
#include "ui/people/attendancesheetmodel.h"
#include "ui/printing/printsheets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// The sheet's rows: those the search finds, and with "only those who missed it" the members not
// recorded present (absent, excused or no record), for the follow-up note.
class SheetFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setOnlyMissed(bool only)
    {
        m_onlyMissed = only;
        invalidateFilter();
    }
    bool onlyMissed() const { return m_onlyMissed; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!QSortFilterProxyModel::filterAcceptsRow(row, parent))
            return false;
        if (!m_onlyMissed)
            return true;
        const auto *sheet = static_cast<const AttendanceSheetModel *>(sourceModel());
        const auto record = sheet->attendance(sheet->member(row).id);
        return !record || record->status != AttendanceStatus::Present;
    }
    // Names and organisations compare in place, case ignored: sorting thousands of members makes no
    // string per comparison (the sort role would fold a copy of each).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int column = left.column();
        if (column != AttendanceSheetModel::NameColumn && column != AttendanceSheetModel::OrganisationColumn)
            return QSortFilterProxyModel::lessThan(left, right);
        const auto *sheet = static_cast<const AttendanceSheetModel *>(sourceModel());
        const Member &a = sheet->member(left.row());
        const Member &b = sheet->member(right.row());
        int order = column == AttendanceSheetModel::NameColumn
                        ? a.name.compare(b.name, Qt::CaseInsensitive)
                        : a.organisation.compare(b.organisation, Qt::CaseInsensitive);
        if (order == 0)
            order = column == AttendanceSheetModel::NameColumn
                        ? a.organisation.compare(b.organisation, Qt::CaseInsensitive)
                        : a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    }

private:
    bool m_onlyMissed = false;
};

} // namespace

AttendanceSheet::AttendanceSheet(PlanPage *owner, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
{
    setObjectName(QStringLiteral("attendance-sheet"));
    const int unit = em(this);
    m_model = new AttendanceSheetModel(this);
    m_model->setObjectName(QStringLiteral("attendance-model"));
    m_filter = new SheetFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(AttendanceSheetModel::SortRole);
    m_filter->setFilterKeyColumn(AttendanceSheetModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
    layout->setSpacing(unit / 2);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(unit / 2);
    auto *eventLabel = new QLabel(tr("E&vent:"), this);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("attendance-event"));
    m_event->setAccessibleName(tr("Event"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(56);
    // Room for 56 characters where there is, a third of it in a narrow window: the event's name is
    // then elided, whole in the tooltip, and the finding and printing controls wrap below each other.
    m_event->setMinimumWidth(m_event->fontMetrics().averageCharWidth() * 20 + unit * 3);
    m_event->setToolTip(m_event->currentText());
    connect(m_event, &QComboBox::currentTextChanged, m_event, &QComboBox::setToolTip);
    eventLabel->setBuddy(m_event);
    bar->addWidget(eventLabel);
    bar->addWidget(m_event);
    auto *tools = new FlowLayout;
    tools->setSpacing(unit / 2);
    bar->addStretch(1);
    bar->addLayout(tools);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("attendance-search"));
    m_search->setAccessibleName(tr("Find a member on the sheet"));
    m_search->setPlaceholderText(tr("Find a member"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(unit * 14);
    tools->addWidget(m_search);
    m_onlyMissed = new QCheckBox(tr("Only those who &missed it"), this);
    m_onlyMissed->setObjectName(QStringLiteral("attendance-missed"));
    m_onlyMissed->setToolTip(tr("Members not recorded present: absent, excused or not recorded. Use it for the "
                                "follow-up to those who missed the event."));
    tools->addWidget(m_onlyMissed);
    auto *print = new QPushButton(tr("Print Sign-in S&heet…"), this);
    print->setObjectName(QStringLiteral("attendance-print"));
    print->setToolTip(tr("The event's members on paper, with a column for signatures, for a meeting in a room"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_owner->plan() && m_model->eventId() > 0)
            PrintSheets::previewSignInSheet(*m_owner->plan(), m_model->eventId(), this);
    });
    tools->addWidget(print);
    layout->addLayout(bar);

    m_summary = makeLabel({}, TextStyle::Secondary, this);
    m_summary->setObjectName(QStringLiteral("attendance-summary"));
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendance-table"));
    m_table->setAccessibleName(tr("Attendance sheet"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AttendanceSheetModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + unit / 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->resizeSection(AttendanceSheetModel::NameColumn, unit * 16);
    header->resizeSection(AttendanceSheetModel::OrganisationColumn, unit * 16);
    header->resizeSection(AttendanceSheetModel::StatusColumn, unit * 9);
    header->resizeSection(AttendanceSheetModel::MinutesColumn, unit * 6);
    header->setSectionResizeMode(AttendanceSheetModel::OrganisationColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    auto *hint = makeLabel(tr("Keys: P present · A absent · E excused · Delete clears · type digits for the minutes. "
                              "Each change can be undone."),
                           TextStyle::Secondary, this);
    hint->setObjectName(QStringLiteral("attendance-hint"));
    layout->addWidget(hint);

    connect(m_event, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setEvent(m_event->currentData().toLongLong()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_onlyMissed, &QCheckBox::toggled, this,
            [this](bool only) { static_cast<SheetFilter *>(m_filter)->setOnlyMissed(only); });
    connect(m_model, &AttendanceSheetModel::recordsChanged, this, &AttendanceSheet::updateSummary);
    connect(m_model, &AttendanceSheetModel::attendanceEdited, this, &AttendanceSheet::record);
}

void AttendanceSheet::refresh()
{
    Plan *plan = m_owner->plan();
    if (m_modelPlan != plan && (!plan || isVisible())) {
        m_modelPlan = plan;
        m_model->setPlan(plan);
        m_event->clear(); // chosen again below, for the new plan
    }
    // A hidden sheet only notes that its events changed (an import's, say); it reads them when shown.
    m_eventsStale = m_modelPlan && !isVisible();
    if (m_modelPlan && !m_eventsStale)
        updateEvents();
    updateSummary();
}

void AttendanceSheet::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_modelPlan != m_owner->plan() || m_eventsStale)
        refresh();
}

void AttendanceSheet::updateEvents()
{
    QList<Event> events;
    if (auto loaded = m_modelPlan->list<Event>(); loaded.ok())
        events = loaded.value();
    QList<Id> ids;
    for (const Event &event : std::as_const(events))
        ids.append(event.id);
    QList<Id> shown;
    for (int i = 0; i < m_event->count(); ++i)
        shown.append(m_event->itemData(i).toLongLong());
    const Id current = m_event->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_event);
        if (shown != ids) {
            m_event->clear();
            for (const Event &event : std::as_const(events))
                m_event->addItem(
                    tr("%1 · %2 (%3)").arg(formatDate(event.start.date()), event.title, label(event.status)), event.id);
        } else {
            for (int i = 0; i < events.size(); ++i)
                m_event->setItemText(
                    i, tr("%1 · %2 (%3)")
                           .arg(formatDate(events[i].start.date()), events[i].title, label(events[i].status)));
        }
        int index = m_event->findData(current);
        if (index < 0) {
            // The latest event that has started: the one most likely to need its sheet.
            const QDateTime now = m_modelPlan->clock().now();
            for (int i = 0; i < events.size(); ++i) {
                if (events[i].start <= now && events[i].status != EventStatus::Cancelled)
                    index = i;
            }
        }
        m_event->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_model->setEvent(m_event->currentData().toLongLong());
}

void AttendanceSheet::updateSummary()
{
    if (m_model->eventId() == 0) {
        m_summary->setText(m_modelPlan ? tr("No event chosen: plan events on the Schedule page.") : QString());
        return;
    }
    const int present = m_model->count(AttendanceStatus::Present);
    const int excused = m_model->count(AttendanceStatus::Excused);
    const int absent = m_model->count(AttendanceStatus::Absent);
    const int open = m_model->rowCount() - present - excused - absent;
    m_summary->setText(tr("%1 present · %2 excused · %3 absent · %4 not recorded")
                           .arg(formatCount(present), formatCount(excused), formatCount(absent), formatCount(open)));
}

void AttendanceSheet::setCurrentEvent(Id eventId)
{
    if (m_eventsStale) {
        m_eventsStale = false;
        updateEvents();
        updateSummary();
    }
    const int index = m_event->findData(eventId);
    if (index >= 0)
        m_event->setCurrentIndex(index);
}

void AttendanceSheet::selectMember(Id memberId)
{
    const int row = m_model->rowOf(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, AttendanceSheetModel::StatusColumn));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void AttendanceSheet::mark(Id memberId, std::optional<AttendanceStatus> status)
{
    // Minutes belong to someone who was there: marking absent or excused drops them.
    const auto current = m_model->attendance(memberId);
    const bool present = status == AttendanceStatus::Present;
    record(memberId, status, current && present ? current->minutes : std::nullopt);
}

void AttendanceSheet::record(Id memberId, std::optional<AttendanceStatus> status, std::optional<int> minutes)
{
    Plan *plan = m_owner->plan();
    const Id eventId = m_model->eventId();
    if (!plan || !m_owner->undoStack() || eventId == 0 || m_modelPlan != plan)
        return;
    const int row = m_model->rowOf(memberId);
    if (row < 0)
        return;
    const QString name = m_model->shownName(row);
    const auto before = m_model->attendance(memberId);
    if (!status) {
        if (before)
            m_owner->run(
                new RemoveEntityCommand<Attendance>(*plan, *before, tr("Clear the attendance of “%1”").arg(name)));
        return;
    }
    const QString text = *status == AttendanceStatus::Present   ? tr("Mark “%1” present").arg(name)
                         : *status == AttendanceStatus::Excused ? tr("Mark “%1” excused").arg(name)
                                                                : tr("Mark “%1” absent").arg(name);
    if (!before) {
        m_owner->run(
            new AddEntityCommand<Attendance>(*plan, Attendance{0, eventId, memberId, *status, minutes, {}}, text));
        return;
    }
    Attendance after = *before;
    after.status = *status;
    after.minutes = minutes;
    if (!(after == *before))
        m_owner->run(new EditEntityCommand<Attendance>(*plan, *before, after, text));
}

void AttendanceSheet::markCurrent(std::optional<AttendanceStatus> status)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Id memberId = current.data(AttendanceSheetModel::MemberIdRole).toLongLong();
    const int proxyRow = current.row();
    const int column = current.column();
    mark(memberId, status);
    // Sorting by status may move the row: go on from where the user was.
    const int next = qMin(proxyRow + 1, m_filter->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_filter->index(next, column));
}

bool AttendanceSheet::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    // Keys typed into the minutes editor (and passed up from it) are the editor's.
    if (!m_table->hasFocus())
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return QWidget::eventFilter(watched, event);
    std::optional<std::optional<AttendanceStatus>> change;
    switch (key->key()) {
    case Qt::Key_P:
        change = std::optional(AttendanceStatus::Present);
        break;
    case Qt::Key_A:
        change = std::optional(AttendanceStatus::Absent);
        break;
    case Qt::Key_E:
        change = std::optional(AttendanceStatus::Excused);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        change = std::optional<AttendanceStatus>();
        break;
    default:
        if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 && event->type() == QEvent::KeyPress) {
            // Digits anywhere on a row type its minutes.
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid() && current.column() != AttendanceSheetModel::MinutesColumn)
                m_table->setCurrentIndex(current.siblingAtColumn(AttendanceSheetModel::MinutesColumn));
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    markCurrent(*change);
    return true;
}

} // namespace cultivate
