// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/sidebar.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QApplication>
#include <QEvent>
#include <QHoverEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace cultivate {

namespace {

// Paints one row: a rounded highlight when selected, a light wash under the mouse, a focus outline
// for keyboard users, then the icon and the text.
class SidebarDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QPalette palette = QApplication::palette();
        const int unit = option.fontMetrics.height();
        const QRectF row = QRectF(option.rect).adjusted(unit * 0.5, 1.5, -unit * 0.5, -1.5);
        const qreal radius = unit * 0.35;
        const bool selected = option.state & QStyle::State_Selected;
        const auto *sidebar = qobject_cast<const Sidebar *>(option.widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        if (selected) {
            painter->setBrush(palette.color(QPalette::Active, QPalette::Highlight));
            painter->drawRoundedRect(row, radius, radius);
        } else if ((option.state & QStyle::State_MouseOver) && sidebar && sidebar->showsHover()) {
            painter->setBrush(Sidebar::hoverColour());
            painter->drawRoundedRect(row, radius, radius);
        }
        if ((option.state & QStyle::State_HasFocus) && option.widget && option.widget->hasFocus()) {
            painter->setPen(
                QPen(selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight), 1.0,
                     Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(row.adjusted(2, 2, -2, -2), radius * 0.7, radius * 0.7);
        }

        const QSize iconSize = option.decorationSize;
        const qreal left = row.left() + unit * 0.6;
        const QRect iconRect(qRound(left), qRound(row.center().y() - iconSize.height() / 2.0), iconSize.width(),
                             iconSize.height());
        const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

        const qreal textLeft = iconRect.right() + unit * 0.6;
        const QRectF textRect(textLeft, row.top(), row.right() - textLeft - unit * 0.4, row.height());
        painter->setFont(option.font);
        painter->setPen(selected ? palette.color(QPalette::Active, QPalette::HighlightedText)
                                 : palette.color(QPalette::WindowText));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        int(textRect.width())));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int unit = option.fontMetrics.height();
        const int text = option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
        return {unit * 3 + option.decorationSize.width() + text, qRound(unit * 2.2)};
    }
};

// A pointer that really moved: Qt also sends a hover move when a widget appears under a pointer
// that stays still.
bool isPointerMove(const QEvent &event)
{
    if (event.type() == QEvent::MouseMove)
        return true;
    if (event.type() != QEvent::HoverMove)
        return false;
    const auto &hover = static_cast<const QHoverEvent &>(event);
    return hover.oldPosF() != hover.position();
}

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setItemDelegate(new SidebarDelegate(this));
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    // The panel is painted in paintEvent() from the application palette.
    viewport()->setAutoFillBackground(false);
    updateMetrics();
}

QColor Sidebar::panelColour()
{
    const QPalette palette = QApplication::palette();
    return mixColours(palette.color(QPalette::Window), palette.color(QPalette::WindowText),
                      isDarkTheme() ? 0.045 : 0.04);
}

QColor Sidebar::hoverColour()
{
    return mixColours(panelColour(), QApplication::palette().color(QPalette::WindowText), 0.07);
}

void Sidebar::addPage(const QIcon &icon, const QString &text)
{
    new QListWidgetItem(icon, text, this);
    updateGeometry();
}

QSize Sidebar::sizeHint() const
{
    const int width = qMax(sizeHintForColumn(0), em(this) * 9) + frameWidth() * 2;
    return {width, QListWidget::sizeHint().height()};
}

void Sidebar::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        const QRect area = viewport()->rect();
        painter.fillRect(area, panelColour());
        painter.setPen(borderColour());
        painter.drawLine(area.topRight(), area.bottomRight());
    }
    QListWidget::paintEvent(event);
}

bool Sidebar::event(QEvent *event)
{
    // Paint events of the list itself (not its viewport) cover the margins around the viewport.
    if (event->type() == QEvent::Paint) {
        QPainter painter(this);
        painter.fillRect(rect(), panelColour());
        painter.setPen(borderColour());
        painter.drawLine(rect().topRight(), rect().bottomRight());
    }
    return QListWidget::event(event);
}

void Sidebar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

void Sidebar::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListWidget::currentChanged(current, previous);
    m_pointerMoved = false;
    viewport()->update();
}

void Sidebar::mousePressEvent(QMouseEvent *event)
{
    QListWidget::mousePressEvent(event);
    m_pointerMoved = true;
}

bool Sidebar::viewportEvent(QEvent *event)
{
    if (!m_pointerMoved && isPointerMove(*event)) {
        m_pointerMoved = true;
        viewport()->update();
    }
    return QListWidget::viewportEvent(event);
}

void Sidebar::updateMetrics()
{
    const int unit = em(this);
    setIconSize(QSize(qRound(unit * 1.25), qRound(unit * 1.25)));
    // Some air above the first row; event() paints the panel there too.
    setViewportMargins(0, unit / 2, 0, unit / 2);
    updateGeometry();
}

} // namespace cultivate
