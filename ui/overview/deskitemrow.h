// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/desk.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cultivate {

// One line of the desk: what to do and why, the button that opens the place where it is done,
// and Done and Snooze. A marked item (done or snoozed) shows its mark and Bring Back instead.
// The row only asks, through its signals; the page makes the change. Its widgets are named
// "desk-item-KEY", "desk-open-KEY", "desk-done-KEY", "desk-snooze-KEY" and "desk-reopen-KEY".
class DeskItemRow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskItemRow)

public:
    // `mark` is the item's mark when it is done or snoozed; `editable` enables the marks.
    DeskItemRow(const DeskItem &item, const std::optional<DeskMark> &mark, bool editable, QWidget *parent = nullptr);

    const DeskItem &item() const { return m_item; }
    // The words on the button that opens the place where the item is done.
    static QString actionText(DeskAction action);

signals:
    void openRequested(const cultivate::DeskItem &item);
    void doneRequested(const cultivate::DeskItem &item);
    void snoozeRequested(const cultivate::DeskItem &item, int days);
    void reopenRequested(const cultivate::DeskItem &item);

private:
    QWidget *makeMarkButtons(bool editable);

    DeskItem m_item;
};

} // namespace cultivate
