// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cultivate {

// The in-app guide (Help ▸ Guide): the text in the application's resources (":/guide/guide.md",
// or "guide_LANG.md" for the user's language when there is one), with its glossary of the figures
// written from core's Glossary — the same definitions as the report's appendix, so they cannot drift.
class Guide {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Guide)
public:
    // The whole guide as Markdown. `attendanceThreshold` is the open plan's (0.5 without a plan).
    static QString markdown(double attendanceThreshold = 0.5);
    // The glossary section alone: a heading and one entry per figure.
    static QString glossaryMarkdown(double attendanceThreshold = 0.5);
    // Escapes Markdown's punctuation so that a definition reads as written.
    static QString escaped(const QString &text);
};

} // namespace cultivate
