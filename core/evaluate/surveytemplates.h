// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QList>

namespace cultivate {

// A survey with its questions, not yet in a plan (ids 0, questions in order).
struct SurveyDraft {
    Survey survey{};
    QList<Question> questions{};
};

// The pair key that ties a value-creation item to its cycle ("cycle:applied"), and back.
QString valueCycleKey(ValueCycle cycle);
std::optional<ValueCycle> valueCycleOfKey(const QString &pairKey);

// A starting point for each kind of survey, for the facilitator to adapt:
//   baseline        context, experience, interests, and self-rated expertise and confidence
//   final           what worked, what did not, changes in practice, the same rated items
//   session feedback three or four items kept the same every session
//   check-in poll   anonymous yes/no questions asked every month
//   value creation  one item per value cycle (immediate, potential, applied, realized, reframing)
// The rated items of the baseline and the final survey share pair keys, so answers pair for the
// pre/post change; value-creation items carry their cycle's key.
SurveyDraft surveyTemplate(SurveyKind kind, const QDate &date);

} // namespace cultivate
