// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace cultivate {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins margins = contentsMargins();
    return {width + qMax(0, shown - 1) * spacing() + margins.left() + margins.right(),
            height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = qMax(0, spacing());
    const bool rightToLeft = parentWidget() && parentWidget()->layoutDirection() == Qt::RightToLeft;
    // The items of the line being filled, each with its x and size; a full line is placed with its
    // items centred on the line's height.
    struct Placed {
        QLayoutItem *item;
        int x;
        QSize size;
    };
    QList<Placed> line;
    int x = 0;
    int y = area.y();
    int lineHeight = 0;
    const auto finishLine = [&] {
        if (apply) {
            for (const Placed &placed : std::as_const(line)) {
                const int left = rightToLeft ? area.right() + 1 - placed.x - placed.size.width() : area.x() + placed.x;
                const int top = y + (lineHeight - placed.size.height()) / 2;
                placed.item->setGeometry(QRect(QPoint(left, top), placed.size));
            }
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (x > 0 && x + hint.width() > area.width()) {
            finishLine();
            x = 0;
            y += lineHeight + gap;
            lineHeight = 0;
        }
        line.append({item, x, hint});
        x += hint.width() + gap;
        lineHeight = qMax(lineHeight, hint.height());
    }
    finishLine();
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}

StackingRow::StackingRow()
    : QBoxLayout(QBoxLayout::LeftToRight)
{
}

int StackingRow::oneLineWidth() const
{
    int width = 0;
    int shown = 0;
    for (int index = 0; index < count(); ++index) {
        QLayoutItem *item = itemAt(index);
        if (item->isEmpty() || item->spacerItem())
            continue;
        width += item->sizeHint().width();
        ++shown;
    }
    const QMargins margins = contentsMargins();
    return width + qMax(0, shown - 1) * qMax(0, spacing()) + margins.left() + margins.right();
}

QSize StackingRow::minimumSize() const
{
    int width = 0;
    for (int index = 0; index < count(); ++index)
        width = qMax(width, itemAt(index)->minimumSize().width());
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), QBoxLayout::minimumSize().height()};
}

QSize StackingRow::sizeHint() const
{
    return {oneLineWidth(), QBoxLayout::sizeHint().height()};
}

void StackingRow::setGeometry(const QRect &rect)
{
    const Direction wanted = rect.width() >= oneLineWidth() ? LeftToRight : TopToBottom;
    // Changing the direction invalidates the layout: the parent lays out again with the new height.
    if (direction() != wanted)
        setDirection(wanted);
    QBoxLayout::setGeometry(rect);
}

} // namespace cultivate
