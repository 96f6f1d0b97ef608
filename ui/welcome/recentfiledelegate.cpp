// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/welcome/recentfiledelegate.h"

#include "ui/common/typography.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>

namespace cultivate {

void RecentFileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString folder = QDir::toNativeSeparators(QFileInfo(index.data(Qt::UserRole).toString()).absolutePath());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QFont nameFont = styledFont(TextStyle::Strong);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics folderMetrics(opt.font);
    const int unit = opt.fontMetrics.height();
    const QRect area = opt.rect.adjusted(unit * 3 / 4, unit / 3, -unit * 3 / 4, -unit / 3);

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(
        QRect(area.left(), area.top() + nameMetrics.lineSpacing(), area.width(), folderMetrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter, folderMetrics.elidedText(folder, Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize RecentFileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int unit = option.fontMetrics.height();
    const QFontMetrics nameMetrics(styledFont(TextStyle::Strong));
    return {unit * 16, nameMetrics.lineSpacing() + option.fontMetrics.lineSpacing() + unit * 2 / 3};
}

} // namespace cultivate
