// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/deskitemrow.h"

#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

DeskItemRow::DeskItemRow(const DeskItem &item, const std::optional<DeskMark> &mark, bool editable, QWidget *parent)
    : QWidget(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("desk-item-") + item.key);
    const int unit = em(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, unit / 3, 0, unit / 3);
    layout->setSpacing(unit * 3 / 4);

    auto *text = new QVBoxLayout;
    text->setSpacing(unit / 8);
    auto *title = makeLabel(item.title, TextStyle::Strong, this);
    title->setObjectName(QStringLiteral("desk-title-") + item.key);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(title);
    QString detail = item.detail;
    if (mark) {
        detail = mark->kind == DeskMarkKind::Done ? tr("Done on %1").arg(formatDate(mark->date))
                                                  : tr("Snoozed until %1").arg(formatDate(mark->until));
    }
    auto *detailLabel = makeLabel(detail, TextStyle::Secondary, this);
    detailLabel->setObjectName(QStringLiteral("desk-detail-") + item.key);
    detailLabel->setWordWrap(true);
    detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (item.overdue && !mark) {
        QPalette palette = detailLabel->palette();
        palette.setColor(QPalette::WindowText, warningColour());
        palette.setColor(QPalette::PlaceholderText, warningColour());
        detailLabel->setPalette(palette);
    }
    text->addWidget(detailLabel);
    layout->addLayout(text, 1);

    if (mark) {
        auto *reopen = new QPushButton(tr("Bring Back"), this);
        reopen->setObjectName(QStringLiteral("desk-reopen-") + item.key);
        reopen->setAccessibleName(tr("Bring back “%1”").arg(item.title));
        reopen->setEnabled(editable);
        connect(reopen, &QPushButton::clicked, this, [this] { emit reopenRequested(m_item); });
        layout->addWidget(reopen, 0, Qt::AlignTop);
        setAccessibleName(tr("%1, %2").arg(item.title, detail));
        return;
    }
    auto *open = new QPushButton(actionText(item.action), this);
    open->setObjectName(QStringLiteral("desk-open-") + item.key);
    open->setAccessibleName(tr("%1: %2").arg(actionText(item.action), item.title));
    connect(open, &QPushButton::clicked, this, [this] { emit openRequested(m_item); });
    layout->addWidget(open, 0, Qt::AlignTop);
    layout->addWidget(makeMarkButtons(editable), 0, Qt::AlignTop);
    setAccessibleName(item.overdue ? tr("%1, overdue: %2").arg(item.title, item.detail)
                                   : tr("%1: %2").arg(item.title, item.detail));
}

QWidget *DeskItemRow::makeMarkButtons(bool editable)
{
    auto *buttons = new QWidget(this);
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(em(this) / 4);
    auto *done = new QPushButton(tr("Done"), buttons);
    done->setObjectName(QStringLiteral("desk-done-") + m_item.key);
    done->setAccessibleName(tr("Mark “%1” done").arg(m_item.title));
    done->setToolTip(m_item.checklistItem > 0 ? tr("Mark it done and tick it off the stage's checklist")
                                              : tr("Mark it done: it leaves the desk (Edit ▸ Undo brings it back)"));
    done->setEnabled(editable);
    connect(done, &QPushButton::clicked, this, [this] { emit doneRequested(m_item); });
    layout->addWidget(done);

    // A push button with a menu leaves room for its arrow beside the text.
    auto *snooze = new QPushButton(tr("Snooze"), buttons);
    snooze->setObjectName(QStringLiteral("desk-snooze-") + m_item.key);
    snooze->setAccessibleName(tr("Snooze “%1”").arg(m_item.title));
    snooze->setToolTip(tr("Hide it for a while; it comes back on the day chosen"));
    snooze->setEnabled(editable);
    auto *menu = new QMenu(snooze);
    const QList<std::pair<int, QString>> choices{
        {1, tr("Until &Tomorrow")}, {3, tr("For &Three Days")}, {7, tr("For a &Week")}, {14, tr("For Two W&eeks")}};
    for (const auto &[days, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("desk-snooze-%1-").arg(days) + m_item.key);
        const int chosen = days;
        connect(action, &QAction::triggered, this, [this, chosen] { emit snoozeRequested(m_item, chosen); });
    }
    snooze->setMenu(menu);
    layout->addWidget(snooze);
    return buttons;
}

QString DeskItemRow::actionText(DeskAction action)
{
    switch (action) {
    case DeskAction::EditCharter:
        return tr("Open the Charter");
    case DeskAction::AddMember:
        return tr("Add a Member…");
    case DeskAction::ImportMembers:
        return tr("Import Members…");
    case DeskAction::NewEvent:
        return tr("New Event…");
    case DeskAction::EditEvent:
        return tr("Edit the Event…");
    case DeskAction::DraftReminder:
        return tr("Draft the Reminder…");
    case DeskAction::DraftFollowUp:
        return tr("Draft the Follow-up…");
    case DeskAction::DraftMissedIt:
        return tr("Draft the Note…");
    case DeskAction::ImportAttendance:
        return tr("Import the Report…");
    case DeskAction::OpenChecklistItem:
        return tr("Open the Checklist");
    case DeskAction::OpenMember:
        return tr("Show the Member");
    case DeskAction::OpenSurvey:
        return tr("Open the Survey");
    case DeskAction::PlanCheckIn:
        return tr("Draft a Check-in Poll");
    case DeskAction::OpenDashboard:
        return tr("Open the Dashboard");
    }
    return {};
}

} // namespace cultivate
