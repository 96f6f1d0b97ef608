// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QList>
#include <QString>

namespace cultivate {

class Plan;

// What a checklist item can cite as evidence besides its note: the plan's events, resources,
// surveys and stories, each as an id and the words that name it ("12 Mar 2026 · Kick-off").
struct EvidenceChoices {
    struct Choice {
        Id id = 0;
        QString text{};
    };
    QList<Choice> events{};
    QList<Choice> resources{};
    QList<Choice> surveys{};
    QList<Choice> stories{};

    // The words for the item's links ("Event: …", "Survey: …"), in that order; a link to a record
    // that no longer exists is left out.
    QStringList describeLinks(const ChecklistItem &item) const;
};

// Loads the choices from the plan; on a read failure the lists it could not read stay empty.
EvidenceChoices loadEvidenceChoices(const Plan &plan);

} // namespace cultivate
