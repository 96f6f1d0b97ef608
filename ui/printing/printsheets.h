// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/printsheets.h"

#include <QCoreApplication>

class QPrinter;
class QTextDocument;
class QWidget;

namespace cultivate {

// Paper for the room: an event's sign-in sheet and the schedule of a period, laid out as documents
// and printed through a print preview (the user picks the printer and the paper there).
class PrintSheets {
    Q_DECLARE_TR_FUNCTIONS(cultivate::PrintSheets)
public:
    // Blank rows at the end of a sign-in sheet, for people nobody expected.
    static constexpr int BlankRows = 8;

    // The documents, as HTML (user text escaped).
    static QString signInSheetHtml(const SignInSheet &sheet);
    static QString scheduleHtml(const PeriodSchedule &schedule);

    // Lays `html` out on the printer's pages and prints it (page numbers at the foot of each page).
    static void print(const QString &html, QPrinter &printer);

    // The sign-in sheet of the event, in a print preview; a message when the event cannot be read.
    static void previewSignInSheet(const Plan &plan, Id eventId, QWidget *parent);
    // Asks for the period (this month and next by default), then shows its schedule in a print preview.
    static void previewSchedule(const Plan &plan, QWidget *parent);
    // Shows `html` in a print preview dialog titled `title`.
    static void preview(const QString &html, const QString &title, QWidget *parent);
};

} // namespace cultivate
