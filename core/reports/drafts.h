// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/model/entities.h"
#include "core/reports/report.h"

#include <QUrl>

// Drafts of the messages a facilitator sends around events and to sponsors, as plain text to copy or
// as a mailto: link. People are named only when they consented to appear in reports; recipients are
// e-mail addresses, never printed in the text.
namespace cultivate {

struct Draft {
    QString subject{};
    QString body{};    // plain text, lines separated by '\n'
    QStringList to{};  // e-mail addresses
    QStringList bcc{}; // members are written to in blind copy, so they do not see each other
};

// mailto:TO?subject=…&body=…&bcc=… with every part percent-encoded (RFC 6068; line breaks as %0D%0A).
QUrl mailtoUrl(const Draft &draft);
// The same as text, for the places that want a string.
QString mailtoText(const Draft &draft);

enum class EventDraftKind {
    Reminder,  // a week before: when, where, agenda, what to prepare
    FollowUp,  // after: thanks, turnout, resources linked to the event, the next date
    MissedYou, // after, to the members who were not there
};

// What the event drafts need, read from the plan on its own thread.
struct EventDraftData {
    Community community{};
    Event event{};
    std::optional<Event> nextEvent{};    // the next planned event after this one
    QList<Resource> resources{};         // linked to the event, directly or by a contribution
    QList<Member> members{};             // everyone in the plan
    QList<Attendance> attendance{};      // of this event
    QList<Contribution> contributions{}; // linked to this event (hosting, presenting…)
};

Result<EventDraftData> loadEventDraftData(const Plan &plan, Id eventId);

Draft eventDraft(const EventDraftData &data, EventDraftKind kind);

// A thank-you to the sponsors with the period's results (the executive summary in a few lines).
Draft sponsorDraft(const ReportData &data, const ReportOptions &options, const QDate &today);

} // namespace cultivate
