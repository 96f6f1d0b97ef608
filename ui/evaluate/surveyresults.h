// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace cultivate {

// The results of one survey as rich text for the Evaluate page: responses and completion against
// the members invited, the recommend score, and per question the answers, the mean, the
// distribution, the "yes" share, the paired baseline-to-final change, and the free-text answers
// (`freeTexts`, by question id). User text is escaped.
// Each distinct free-text answer once (trimmed, blanks dropped) with how many gave it, the most
// given first, ties in the order they were first given.
QList<QPair<QString, int>> distinctAnswers(const QStringList &texts);

// The distribution of a question's answers, a bar per value in order: its label and its count. The
// results draw one bar for each.
QList<QPair<QString, int>> distributionBars(const QuestionFigures &q);

// `barColour` fills the distribution's bars (the palette's highlight, so that they read in a dark palette).
QString surveyResultsHtml(const SurveyFigures &figures, const QHash<Id, QStringList> &freeTexts,
                          const QString &barColour = QStringLiteral("#3d7ebf"));

} // namespace cultivate
