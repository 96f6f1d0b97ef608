// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QToolButton;
class QWidget;

namespace cultivate {

// Explains a figure on request: the definitions of core's Glossary (the report's appendix and the
// guide read the same entries), under the figure's card or chart.
class FigureHelp {
    Q_DECLARE_TR_FUNCTIONS(cultivate::FigureHelp)
public:
    // The plan's attendance threshold (0…1), read when the help is shown.
    using Threshold = std::function<double()>;

    // The definitions of the glossary entries named by `keys`, as rich text (unknown keys are left out).
    static QString text(const QStringList &keys, double attendanceThreshold = 0.5);

    // Gives `widget` a small "?" button in its top right corner that shows the definitions, and
    // answers What's This (Shift+F1, Help ▸ What's This?) over it with the same text. The button is
    // named "figure-help-" + the widget's objectName.
    static QToolButton *attach(QWidget *widget, const QStringList &keys, Threshold threshold = {});

    // The glossary entries behind a dashboard card or chart, by its key ("reach", "turnout"…).
    static QStringList dashboardKeys(const QString &figure);
};

} // namespace cultivate
