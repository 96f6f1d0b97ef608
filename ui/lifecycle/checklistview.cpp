// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/checklistview.h"

#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// A round mark: a filled circle with a tick when done, an empty ring when not.
QPixmap doneMark(bool done, int side, qreal devicePixelRatio, const QPalette &palette)
{
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, side - 3.0, side - 3.0);
    if (done) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(successColour());
        painter.drawEllipse(circle);
        painter.setPen(QPen(isDarkTheme() ? palette.color(QPalette::Base) : QColor(Qt::white), side * 0.11,
                            Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF c = circle.center();
        const qreal r = circle.width() / 2;
        painter.drawPolyline(
            QPolygonF{c + QPointF(-r * 0.45, 0.0), c + QPointF(-r * 0.12, r * 0.32), c + QPointF(r * 0.45, -r * 0.32)});
    } else {
        painter.setPen(QPen(mixColours(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle);
    }
    return pixmap;
}

} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : Card(parent)
{
    setObjectName(QStringLiteral("checklist"));
    setAccessibleName(tr("Checklist"));
    m_layout = new QVBoxLayout(this);
    const int unit = em(this);
    m_layout->setContentsMargins(unit, unit / 4, unit, unit / 4);
    m_layout->setSpacing(0);
}

void ChecklistView::setItems(const QList<ChecklistItem> &items, const QDate &today, bool editable,
                             const EvidenceChoices &choices)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_titles.clear();
    if (items.isEmpty()) {
        auto *empty = makeLabel(tr("This stage has no checklist items yet."), TextStyle::Secondary, this);
        empty->setContentsMargins(0, em(this) / 2, 0, em(this) / 2);
        m_layout->addWidget(empty);
        m_rows.append(empty);
    }
    // Own items move among the own items only; built-in ones keep their order.
    QList<Id> own;
    for (const ChecklistItem &item : items) {
        if (!item.builtIn)
            own.append(item.id);
    }
    for (const ChecklistItem &item : items) {
        QWidget *row = makeRow(item, today, editable, !own.isEmpty() && own.first() == item.id,
                               !own.isEmpty() && own.last() == item.id, choices);
        m_layout->addWidget(row);
        m_rows.append(row);
        m_titles.append(item.title);
    }
    if (editable) {
        auto *footer = new QWidget(this);
        auto *footerLayout = new QHBoxLayout(footer);
        footerLayout->setContentsMargins(0, em(this) / 2, 0, em(this) / 2);
        auto *add = new QPushButton(tr("&Add Item…"), footer);
        add->setObjectName(QStringLiteral("checklist-add"));
        add->setToolTip(tr("Add an item of your own to this stage's checklist"));
        connect(add, &QPushButton::clicked, this, &ChecklistView::addRequested);
        footerLayout->addWidget(add);
        footerLayout->addStretch(1);
        m_layout->addWidget(footer);
        m_rows.append(footer);
    }
    update();
}

QStringList ChecklistView::titles() const
{
    return m_titles;
}

QWidget *ChecklistView::makeRow(const ChecklistItem &item, const QDate &today, bool editable, bool first, bool last,
                                const EvidenceChoices &choices)
{
    const int unit = em(this);
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("checklist-item"));

    QWidget *mark = nullptr;
    const QPixmap markPixmap = doneMark(item.done, qRound(unit * 1.15), devicePixelRatioF(), palette());
    if (editable) {
        auto *button = new QToolButton(row);
        button->setObjectName(QStringLiteral("checklist-item-done"));
        button->setAutoRaise(true);
        button->setIcon(QIcon(markPixmap));
        button->setIconSize(QSize(qRound(unit * 1.15), qRound(unit * 1.15)));
        button->setAccessibleName(item.done ? tr("Mark “%1” not done").arg(item.title)
                                            : tr("Mark “%1” done").arg(item.title));
        button->setToolTip(button->accessibleName());
        connect(button, &QToolButton::clicked, this, [this, item] { emit doneToggled(item, !item.done); });
        mark = button;
    } else {
        auto *label = new QLabel(row);
        label->setPixmap(markPixmap);
        label->setAccessibleName(item.done ? tr("Done") : tr("Not done"));
        mark = label;
    }

    auto *title = makeLabel(item.title, TextStyle::Body, row);
    title->setObjectName(QStringLiteral("checklist-item-title"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, qRound(unit * 0.6), 0, qRound(unit * 0.6));
    grid->setHorizontalSpacing(qRound(unit * 0.7));
    grid->setVerticalSpacing(unit / 6);
    grid->addWidget(mark, 0, 0, Qt::AlignTop);
    grid->addWidget(title, 0, 1);

    QString when;
    bool late = false;
    if (item.done && item.doneDate.isValid()) {
        when = tr("Done %1").arg(formatDate(item.doneDate));
    } else if (item.done) {
        when = tr("Done");
    } else if (item.dueDate.isValid()) {
        late = item.dueDate < today;
        when = late ? tr("Overdue since %1").arg(formatDate(item.dueDate)) : tr("Due %1").arg(formatDate(item.dueDate));
    }
    auto *date = makeLabel(when, late ? TextStyle::Strong : TextStyle::Secondary, row);
    date->setObjectName(QStringLiteral("checklist-item-date"));
    date->setWordWrap(false);
    date->setAlignment(Qt::AlignRight | Qt::AlignTop);
    if (late) {
        QPalette p = date->palette();
        p.setColor(QPalette::WindowText, warningColour());
        date->setPalette(p);
    }
    grid->addWidget(date, 0, 2, Qt::AlignTop | Qt::AlignRight);

    int nextRow = 1;
    if (!item.guidance.isEmpty()) {
        auto *guidance = makeLabel(item.guidance, TextStyle::Secondary, row);
        guidance->setObjectName(QStringLiteral("checklist-item-guidance"));
        guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(guidance, nextRow++, 1, 1, 2);
    }
    QStringList evidenceParts = choices.describeLinks(item);
    if (!item.evidenceNote.isEmpty())
        evidenceParts.prepend(item.evidenceNote);
    if (!evidenceParts.isEmpty()) {
        auto *evidence =
            makeLabel(tr("Evidence: %1").arg(evidenceParts.join(QStringLiteral(" · "))), TextStyle::Secondary, row);
        evidence->setObjectName(QStringLiteral("checklist-item-evidence"));
        evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(evidence, nextRow, 1, 1, 2);
    }
    grid->setColumnStretch(1, 1);

    if (editable) {
        auto *actions = new QHBoxLayout;
        actions->setSpacing(0);
        const auto addButton = [&](const QString &text, const QString &name, const QString &accessible) {
            auto *button = new QToolButton(row);
            button->setText(text);
            button->setObjectName(name);
            button->setAccessibleName(accessible);
            button->setToolTip(accessible);
            button->setAutoRaise(true);
            actions->addWidget(button);
            return button;
        };
        connect(addButton(tr("Edit…"), QStringLiteral("checklist-item-edit"), tr("Edit “%1”").arg(item.title)),
                &QToolButton::clicked, this, [this, item] { emit editRequested(item); });
        if (!item.builtIn) {
            QToolButton *up =
                addButton(QStringLiteral("↑"), QStringLiteral("checklist-item-up"), tr("Move “%1” up").arg(item.title));
            up->setEnabled(!first);
            connect(up, &QToolButton::clicked, this, [this, item] { emit moveRequested(item, -1); });
            QToolButton *down = addButton(QStringLiteral("↓"), QStringLiteral("checklist-item-down"),
                                          tr("Move “%1” down").arg(item.title));
            down->setEnabled(!last);
            connect(down, &QToolButton::clicked, this, [this, item] { emit moveRequested(item, 1); });
            connect(addButton(tr("Remove"), QStringLiteral("checklist-item-remove"), tr("Remove “%1”").arg(item.title)),
                    &QToolButton::clicked, this, [this, item] { emit removeRequested(item); });
        }
        grid->addLayout(actions, 0, 3, Qt::AlignTop | Qt::AlignRight);
    }

    row->setAccessibleName(item.title);
    row->setAccessibleDescription(
        QStringList{item.done ? tr("Done") : tr("Not done"), when}.join(QStringLiteral(", ")));
    return row;
}

void ChecklistView::paintEvent(QPaintEvent *event)
{
    Card::paintEvent(event);
    if (m_rows.size() < 2)
        return;
    QPainter painter(this);
    painter.setPen(QPen(borderColour(), 1.0));
    const int unit = em(this);
    for (qsizetype i = 0; i + 1 < m_rows.size(); ++i) {
        const int y = m_rows[i]->geometry().bottom() + 1;
        painter.drawLine(QPoint(unit, y), QPoint(width() - unit, y));
    }
}

} // namespace cultivate
