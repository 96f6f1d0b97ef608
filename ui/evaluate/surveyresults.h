// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metrics.h"

#include <QHash>
#include <QStringList>

namespace cultivate {

// The results of one survey as rich text for the Evaluate page: responses and completion against
// the members invited, the recommend score, and per question the answers, the mean, the
// distribution, the "yes" share, the paired baseline-to-final change, and the free-text answers
// (`freeTexts`, by question id). User text is escaped.
QString surveyResultsHtml(const SurveyFigures &figures, const QHash<Id, QStringList> &freeTexts);

} // namespace cultivate
