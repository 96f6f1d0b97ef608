// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace cultivate {

namespace {

// A field whose value the wheel would change (scroll bars only scroll, so they keep the wheel).
bool isValueField(QObject *object)
{
    if (qobject_cast<QScrollBar *>(object))
        return false;
    return qobject_cast<QAbstractSpinBox *>(object) || qobject_cast<QComboBox *>(object) ||
           qobject_cast<QAbstractSlider *>(object);
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install(QApplication &app)
{
    if (app.findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new WheelGuard(&app));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isValueField(watched)) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && isValueField(watched)) {
        auto *widget = static_cast<QWidget *>(watched);
        if (!widget->hasFocus()) {
            // The page around the field scrolls instead: the event goes to the scroll area's viewport.
            for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
                auto *area = qobject_cast<QAbstractScrollArea *>(parent);
                if (!area || !area->viewport()->isAncestorOf(widget))
                    continue;
                const auto *wheel = static_cast<QWheelEvent *>(event);
                const QPointF at = area->viewport()->mapFromGlobal(wheel->globalPosition());
                QWheelEvent scroll(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                                   wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                                   wheel->source(), wheel->pointingDevice());
                QCoreApplication::sendEvent(area->viewport(), &scroll);
                return true;
            }
            // No page to scroll: ignored, the event goes on to the parent.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cultivate
