// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/overviewpage.h"

#include "core/charts/palette.h"
#include "core/storage/plantask.h"
#include "ui/commands/deskcommands.h"
#include "ui/common/card.h"
#include "ui/common/deferredrefresh.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/lifecycle/readinessbar.h"
#include "ui/overview/deskitemrow.h"
#include "ui/people/importwizard.h"
#include "ui/reports/draftdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// Rows shown per section before "Show more".
constexpr int FirstRows = 6;
constexpr int MoreRows = 20;

QString longDay(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM"));
}

} // namespace

// What the worker hands back: the desk, or why it could not be computed.
struct OverviewPage::Result {
    QString error{};
    Desk desk{};
};

OverviewPage::OverviewPage(QWidget *parent)
    : PlanPage({EntityKind::Community, EntityKind::Stage, EntityKind::ChecklistItem, EntityKind::Goal,
                EntityKind::GoalMeasurement, EntityKind::Member, EntityKind::Series, EntityKind::Event,
                EntityKind::Attendance, EntityKind::ContributionWeight, EntityKind::Contribution, EntityKind::Resource,
                EntityKind::Survey, EntityKind::Response, EntityKind::Story, EntityKind::Recognition,
                EntityKind::PlanSetting},
               parent)
{
    setObjectName(QStringLiteral("page-overview"));
    const int unit = em(this);
    m_runner = new TaskRunner(this);
    connect(m_runner, &TaskRunner::busyChanged, this, [this] { renderSummary(); });
    m_refresh = new DeferredRefresh(
        this, DebounceMs, [this] { startComputing(); }, [this] { m_runner->cancel(); });

    auto *content = new QWidget;
    content->setMaximumWidth(unit * 80);
    auto *layout = new QVBoxLayout(content);
    setPageMargins(layout);
    layout->setSpacing(unit);
    layout->addWidget(createHeader(content));
    layout->addWidget(createSummary(content));
    m_sections = new QWidget(content);
    m_sections->setObjectName(QStringLiteral("desk-sections"));
    m_sectionsLayout = new QVBoxLayout(m_sections);
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    m_sectionsLayout->setSpacing(unit);
    layout->addWidget(m_sections);
    layout->addStretch(1);
    setScrollingContent(content, QStringLiteral("overview-scroll"), tr("Overview"));
}

OverviewPage::~OverviewPage() = default;

QWidget *OverviewPage::createHeader(QWidget *parent)
{
    const int unit = em(this);
    auto *header = new QWidget(parent);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 4);
    m_name = makeLabel({}, TextStyle::Title, header);
    m_name->setObjectName(QStringLiteral("overview-name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_domain = makeLabel({}, TextStyle::Body, header);
    m_domain->setObjectName(QStringLiteral("overview-domain"));
    m_domain->setWordWrap(true);
    m_domain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_period = makeLabel({}, TextStyle::Secondary, header);
    m_period->setObjectName(QStringLiteral("overview-period"));
    m_status = makeLabel({}, TextStyle::Secondary, header);
    m_status->setObjectName(QStringLiteral("desk-status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_name);
    layout->addWidget(m_domain);
    layout->addWidget(m_period);
    layout->addWidget(m_status);
    return header;
}

QWidget *OverviewPage::createSummary(QWidget *parent)
{
    const int unit = em(this);
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    const auto card = [&](const QString &name, const QString &heading, QVBoxLayout **inner) {
        auto *c = new Card(row);
        c->setObjectName(name);
        auto *l = new QVBoxLayout(c);
        l->setContentsMargins(unit * 5 / 4, unit, unit * 5 / 4, unit);
        l->setSpacing(unit / 4);
        l->addWidget(makeLabel(heading, TextStyle::Caption, c));
        *inner = l;
        layout->addWidget(c, 1);
        return c;
    };
    const auto link = [this](QWidget *owner, const QString &text, DeskAction action) {
        auto *button = new QPushButton(text, owner);
        button->setFlat(true);
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionRequested(action, 0); });
        return button;
    };

    QVBoxLayout *l = nullptr;
    m_health = card(QStringLiteral("desk-health"), tr("Health check"), &l);
    m_healthVerdict = makeLabel({}, TextStyle::Subheading, m_health);
    m_healthVerdict->setObjectName(QStringLiteral("desk-verdict"));
    m_healthHeadline = makeLabel({}, TextStyle::Secondary, m_health);
    m_healthHeadline->setWordWrap(true);
    l->addWidget(m_healthVerdict);
    l->addWidget(m_healthHeadline);
    l->addStretch(1);
    l->addWidget(link(m_health, tr("Open the Dashboard"), DeskAction::OpenDashboard), 0, Qt::AlignLeft);

    m_stage = card(QStringLiteral("overview-stage"), tr("Current stage"), &l);
    m_stageName = makeLabel({}, TextStyle::Subheading, m_stage);
    m_stageName->setObjectName(QStringLiteral("overview-stage-name"));
    m_stageName->setWordWrap(true);
    m_stageBar = new ReadinessBar(m_stage);
    m_stageReadiness = makeLabel({}, TextStyle::Secondary, m_stage);
    m_stageReadiness->setObjectName(QStringLiteral("overview-stage-readiness"));
    m_stageReadiness->setWordWrap(true);
    l->addWidget(m_stageName);
    l->addWidget(m_stageBar);
    l->addWidget(m_stageReadiness);
    l->addStretch(1);
    l->addWidget(link(m_stage, tr("Open the Lifecycle"), DeskAction::OpenChecklistItem), 0, Qt::AlignLeft);

    m_checkIn = card(QStringLiteral("desk-check-in"), tr("Next check-in"), &l);
    m_checkInText = makeLabel({}, TextStyle::Body, m_checkIn);
    m_checkInText->setObjectName(QStringLiteral("desk-next-check-in"));
    m_checkInText->setWordWrap(true);
    l->addWidget(m_checkInText);
    l->addStretch(1);
    return row;
}

void OverviewPage::refresh()
{
    Community community;
    if (plan()) {
        if (auto loaded = plan()->community(); loaded.ok())
            community = loaded.value();
    }
    m_name->setText(community.name);
    const bool noDomain = community.domain.trimmed().isEmpty();
    m_domain->setText(noDomain ? tr("The domain is not written yet.") : community.domain);
    QFont font = styledFont(TextStyle::Body);
    font.setItalic(noDomain);
    m_domain->setFont(font);
    m_domain->setForegroundRole(noDomain ? QPalette::PlaceholderText : QPalette::WindowText);
    const QString period = formatPeriod(community.startDate, community.endDate);
    m_period->setText(period.isEmpty() ? tr("No dates set") : period);

    if (plan() != m_computedPlan) {
        // Another plan (or none): its marks are followed, and its desk computed at once.
        if (m_computedPlan)
            disconnect(m_computedPlan, nullptr, this, nullptr);
        m_computedPlan = plan();
        m_runner->cancel();
        m_refresh->cancel();
        m_desk.reset();
        m_error.clear();
        m_marks.clear();
        m_shownPerSection.clear();
        if (plan()) {
            const auto markChanged = [this](EntityKind kind, Id) {
                if (kind == EntityKind::DeskMark)
                    reloadMarks();
            };
            connect(plan(), &Plan::entityAdded, this, markChanged);
            connect(plan(), &Plan::entityUpdated, this, markChanged);
            connect(plan(), &Plan::entityRemoved, this, markChanged);
            recompute();
        }
        render();
        return;
    }
    if (plan())
        m_refresh->schedule();
    render();
}

void OverviewPage::recompute()
{
    m_refresh->runNow();
}

void OverviewPage::startComputing()
{
    if (!plan())
        return;
    startOnPlan<Desk>(
        *m_runner, *plan(),
        [](const Plan &source, TaskControl &control) -> cultivate::Result<Desk> {
            auto data = loadDeskData(source, control.flag());
            if (!data.ok())
                return data.error();
            return computeDesk(data.value(), control.flag());
        },
        [this](cultivate::Result<Desk> desk) {
            Result result;
            if (desk.ok())
                result.desk = std::move(desk).value();
            else
                result.error = desk.error().message;
            showResult(result);
        });
    renderSummary();
}

void OverviewPage::showResult(const Result &result)
{
    m_error = result.error;
    if (result.error.isEmpty())
        m_desk = result.desk;
    m_hiddenUntilNextResult.clear();
    reloadMarks();
    emit deskShown();
}

void OverviewPage::reloadMarks()
{
    m_marks.clear();
    if (plan()) {
        if (auto marks = plan()->list<DeskMark>(); marks.ok())
            m_marks = marks.value();
    }
    render();
}

bool OverviewPage::isComputing() const
{
    return m_runner->isBusy() || m_refresh->isPending();
}

QList<DeskItem> OverviewPage::openItems() const
{
    if (!m_desk)
        return {};
    QList<DeskItem> open = openDeskItems(*m_desk, m_marks);
    open.removeIf([this](const DeskItem &item) { return m_hiddenUntilNextResult.contains(item.key); });
    return open;
}

const DeskItem *OverviewPage::findItem(const QString &key) const
{
    return m_desk ? m_desk->item(key) : nullptr;
}

void OverviewPage::renderSummary()
{
    const QString updating = m_runner->isBusy() ? tr("Updating…") : QString();
    if (!plan()) {
        m_status->setText({});
    } else if (!m_error.isEmpty()) {
        m_status->setText(tr("The desk could not be read: %1").arg(m_error));
    } else if (!m_desk) {
        m_status->setText(tr("Reading the plan…"));
    } else {
        const QList<DeskItem> items = openItems();
        const int open = int(items.size());
        const int overdue =
            int(std::count_if(items.cbegin(), items.cend(), [](const DeskItem &i) { return i.overdue; }));
        QString text = tr("%1 to %2 · to do: %3").arg(longDay(m_desk->today), longDay(m_desk->horizon)).arg(open);
        if (overdue > 0)
            text += tr(", overdue: %1").arg(overdue);
        m_status->setText(updating.isEmpty() ? text : tr("%1 · %2").arg(text, updating));
    }

    const bool known = m_desk.has_value();
    m_health->setVisible(known);
    m_stage->setVisible(known);
    m_checkIn->setVisible(known);
    if (!known)
        return;
    m_healthVerdict->setText(DeskText::verdictLabel(m_desk->verdict));
    QPalette palette = m_healthVerdict->palette();
    palette.setColor(QPalette::WindowText, m_desk->verdict == Verdict::Healthy ? successColour() : warningColour());
    m_healthVerdict->setPalette(palette);
    m_healthHeadline->setText(m_desk->headline);

    if (const auto &stage = m_desk->stage) {
        m_stageName->setText(tr("Stage %1 of %2: %3").arg(stage->number).arg(stage->stages).arg(label(stage->kind)));
        m_stageBar->setVisible(true);
        m_stageBar->setValue(stage->readiness, ChartPalette{isDarkTheme()}.stage(stage->kind));
        QStringList status{label(stage->status)};
        status << (stage->items == 0 ? tr("no checklist items")
                                     : tr("%1 ready, %2 of %3 items done")
                                           .arg(formatPercent(stage->readiness))
                                           .arg(stage->done)
                                           .arg(stage->items));
        if (stage->overdue)
            status << tr("past its planned end (%1)").arg(formatDate(stage->plannedEnd));
        m_stageReadiness->setText(status.join(QStringLiteral(" · ")));
    } else {
        m_stageName->setText(tr("No stages in this plan"));
        m_stageBar->setVisible(false);
        m_stageReadiness->clear();
    }
    if (const auto &next = m_desk->nextCheckIn)
        m_checkInText->setText(
            tr("%1\n%2").arg(next->date.year() == m_desk->today.year()
                                 ? longDay(next->date)
                                 : QLocale().toString(next->date, QStringLiteral("dddd d MMMM yyyy")),
                             next->title));
    else
        m_checkInText->setText(tr("None planned yet."));
}

void OverviewPage::render()
{
    // The old sections go once control is back in the event loop: a row's own button may be
    // what asked for this.
    m_sectionsLayout->parentWidget()->setUpdatesEnabled(false);
    while (QLayoutItem *item = m_sectionsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr); // out of the page's children at once (findChild, tests)
            widget->deleteLater();
        }
        delete item;
    }
    renderSummary();
    if (m_desk) {
        const QList<DeskItem> open = openItems();
        for (DeskSection section : enumValues<DeskSection>()) {
            QList<DeskItem> items;
            for (const DeskItem &item : open) {
                if (item.section == section)
                    items << item;
            }
            if (section == DeskSection::ComingUp && !m_desk->upcoming.isEmpty()) {
                Card *card = addSection(section, int(items.size()));
                addComingUp(qobject_cast<QVBoxLayout *>(card->layout()), items);
                continue;
            }
            if (items.isEmpty())
                continue;
            Card *card = addSection(section, int(items.size()));
            addRows(qobject_cast<QVBoxLayout *>(card->layout()), items, FirstRows + m_shownPerSection.value(section));
        }
        if (open.isEmpty() && m_desk->upcoming.isEmpty()) {
            auto *empty = makeLabel(tr("Nothing to do this week and next. The Schedule shows what comes later."),
                                    TextStyle::Body, m_sections);
            empty->setObjectName(QStringLiteral("desk-empty"));
            empty->setAlignment(Qt::AlignCenter);
            empty->setContentsMargins(0, em(this) * 2, 0, em(this) * 2);
            m_sectionsLayout->addWidget(empty);
        }
        QList<DeskItem> marked;
        const QHash<QString, DeskMark> byKey = deskMarksByKey(m_marks);
        for (const DeskItem &item : m_desk->items) {
            if (deskItemState(item.key, byKey, m_desk->today) != DeskItemState::Open)
                marked << item;
        }
        if (!marked.isEmpty())
            addMarked(marked);
    }
    m_sectionsLayout->parentWidget()->setUpdatesEnabled(true);
}

Card *OverviewPage::addSection(DeskSection section, int count)
{
    const int unit = em(this);
    auto *card = new Card(m_sections);
    card->setObjectName(QStringLiteral("desk-section-") + enumKey(section));
    card->setAccessibleName(DeskText::sectionTitle(section));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(unit * 5 / 4, unit, unit * 5 / 4, unit);
    layout->setSpacing(unit / 4);
    auto *heading = new QHBoxLayout;
    auto *title = makeLabel(DeskText::sectionTitle(section), TextStyle::Heading, card);
    title->setWordWrap(false);
    heading->addWidget(title, 1);
    if (count > 0)
        heading->addWidget(makeLabel(formatCount(count), TextStyle::Secondary, card));
    layout->addLayout(heading);
    m_sectionsLayout->addWidget(card);
    return card;
}

DeskItemRow *OverviewPage::addRow(QVBoxLayout *layout, const DeskItem &item, const std::optional<DeskMark> &mark)
{
    auto *row = new DeskItemRow(item, mark, plan() && undoStack(), layout->parentWidget());
    connect(row, &DeskItemRow::openRequested, this, [this](const DeskItem &i) { openItem(i.key); });
    connect(row, &DeskItemRow::doneRequested, this, [this](const DeskItem &i) { markDone(i.key); });
    connect(row, &DeskItemRow::snoozeRequested, this, [this](const DeskItem &i, int days) { snooze(i.key, days); });
    connect(row, &DeskItemRow::reopenRequested, this, [this](const DeskItem &i) { reopen(i.key); });
    layout->addWidget(row);
    return row;
}

void OverviewPage::addRows(QVBoxLayout *layout, const QList<DeskItem> &items, int shown)
{
    QWidget *card = layout->parentWidget();
    for (int i = 0; i < items.size() && i < shown; ++i) {
        if (i > 0)
            layout->addWidget(makeRule(card));
        addRow(layout, items[i], std::nullopt);
    }
    if (items.size() <= shown)
        return;
    const DeskSection section = items.constFirst().section;
    const int more = int(items.size()) - shown;
    auto *button =
        new QPushButton(tr("Show %1 More (%2 in all)").arg(std::min(more, MoreRows)).arg(items.size()), card);
    button->setObjectName(QStringLiteral("desk-more-") + enumKey(section));
    button->setFlat(true);
    connect(button, &QPushButton::clicked, this, [this, section] {
        m_shownPerSection[section] += MoreRows;
        QTimer::singleShot(0, this, &OverviewPage::render);
    });
    layout->addWidget(button, 0, Qt::AlignLeft);
}

void OverviewPage::addComingUp(QVBoxLayout *layout, const QList<DeskItem> &items)
{
    QWidget *card = layout->parentWidget();
    const int unit = em(this);
    bool first = true;
    for (const DeskEvent &event : m_desk->upcoming) {
        if (!first)
            layout->addWidget(makeRule(card));
        first = false;
        QStringList when{
            tr("%1, %2").arg(longDay(event.start.date()), event.start.time().toString(QStringLiteral("HH:mm"))),
            label(event.kind)};
        if (!event.location.trimmed().isEmpty())
            when << event.location;
        auto *title = new QPushButton(event.title, card);
        title->setObjectName(QStringLiteral("desk-event-%1").arg(event.id));
        title->setFlat(true);
        title->setFont(styledFont(TextStyle::Subheading));
        title->setToolTip(tr("Open the event on the Schedule"));
        title->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        const Id id = event.id;
        connect(title, &QPushButton::clicked, this, [this, id] { emit actionRequested(DeskAction::EditEvent, id); });
        layout->addWidget(title, 0, Qt::AlignLeft);
        layout->addWidget(makeLabel(when.join(QStringLiteral(" · ")), TextStyle::Secondary, card));
        int needs = 0;
        for (const DeskItem &item : items) {
            if (item.event != event.id)
                continue;
            auto *row = addRow(layout, item, std::nullopt);
            row->setContentsMargins(unit, 0, 0, 0);
            ++needs;
        }
        if (needs == 0) {
            auto *ready = makeLabel(tr("Ready: the agenda, the place and the reminder are taken care of."),
                                    TextStyle::Secondary, card);
            ready->setObjectName(QStringLiteral("desk-ready-%1").arg(event.id));
            ready->setContentsMargins(unit, 0, 0, 0);
            layout->addWidget(ready);
        }
    }
}

void OverviewPage::addMarked(const QList<DeskItem> &items)
{
    const int unit = em(this);
    auto *card = new Card(m_sections);
    card->setObjectName(QStringLiteral("desk-marked"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(unit * 5 / 4, unit / 2, unit * 5 / 4, unit / 2);
    layout->setSpacing(unit / 4);
    auto *toggle = new QToolButton(card);
    toggle->setObjectName(QStringLiteral("desk-marked-toggle"));
    toggle->setText(tr("Done and snoozed (%1)").arg(items.size()));
    toggle->setCheckable(true);
    toggle->setChecked(m_showMarked);
    toggle->setArrowType(m_showMarked ? Qt::DownArrow : Qt::RightArrow);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setAutoRaise(true);
    connect(toggle, &QToolButton::toggled, this, [this](bool on) {
        m_showMarked = on;
        QTimer::singleShot(0, this, &OverviewPage::render);
    });
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    if (m_showMarked) {
        const QHash<QString, DeskMark> byKey = deskMarksByKey(m_marks);
        for (const DeskItem &item : items)
            addRow(layout, item, byKey.value(item.key));
    }
    m_sectionsLayout->addWidget(card);
}

void OverviewPage::openItem(const QString &key)
{
    const DeskItem *found = findItem(key);
    if (!found || !plan())
        return;
    const DeskItem item = *found;
    switch (item.action) {
    case DeskAction::DraftReminder:
        showEventDraft(*plan(), item.target, EventDraftKind::Reminder, this);
        return;
    case DeskAction::DraftFollowUp:
        showEventDraft(*plan(), item.target, EventDraftKind::FollowUp, this);
        return;
    case DeskAction::DraftMissedIt:
        showEventDraft(*plan(), item.target, EventDraftKind::MissedYou, this);
        return;
    case DeskAction::ImportAttendance:
        importForEvent(item.target);
        return;
    case DeskAction::ImportMembers:
        importMembers();
        return;
    default:
        emit actionRequested(item.action, item.target);
        return;
    }
}

void OverviewPage::importForEvent(Id eventId)
{
    if (!plan() || !undoStack()) {
        QMessageBox::information(this, tr("Read-Only Plan"), tr("This plan is read-only: nothing can be imported."));
        return;
    }
    ImportWizard wizard(
        *plan(), [this](PlanCommand *command) { return run(command); }, this);
    wizard.setKind(ImportKind::Attendance);
    wizard.chooseEvent(eventId);
    wizard.exec();
}

void OverviewPage::importMembers()
{
    if (!plan() || !undoStack()) {
        QMessageBox::information(this, tr("Read-Only Plan"), tr("This plan is read-only: nothing can be imported."));
        return;
    }
    ImportWizard wizard(
        *plan(), [this](PlanCommand *command) { return run(command); }, this);
    wizard.setKind(ImportKind::Members);
    wizard.exec();
}

void OverviewPage::markDone(const QString &key)
{
    const DeskItem *item = findItem(key);
    if (!item || !plan() || !undoStack())
        return;
    const bool ticksOnly = item->kind == QLatin1String("checklist");
    PlanCommand *command = markDeskItemDone(*plan(), *item, plan()->clock().today());
    if (command && run(command) && ticksOnly) {
        // The checklist item is done: it leaves the desk now, not when the desk is next computed.
        m_hiddenUntilNextResult.insert(key);
        render();
    }
}

void OverviewPage::snooze(const QString &key, int days)
{
    const DeskItem *item = findItem(key);
    if (!item || !plan() || !undoStack())
        return;
    const QDate today = plan()->clock().today();
    run(snoozeDeskItem(*plan(), *item, today, today.addDays(days)));
}

void OverviewPage::reopen(const QString &key)
{
    const DeskItem *item = findItem(key);
    if (!item || !plan() || !undoStack())
        return;
    run(reopenDeskItem(*plan(), *item));
}

} // namespace cultivate
