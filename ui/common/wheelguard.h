// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QApplication;

namespace cultivate {

// Nothing changes data by accident: spin boxes, combo boxes, date edits and sliders take the mouse
// wheel only when they have the keyboard focus. Otherwise the wheel event goes on to the widget
// around them, so the page scrolls instead. They also get Qt::StrongFocus, so that the wheel itself
// never gives them the focus. One filter for the whole application.
class WheelGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    // Installs the guard on `app` once; later calls do nothing.
    static void install(QApplication &app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace cultivate
