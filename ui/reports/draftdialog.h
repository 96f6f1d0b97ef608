// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/drafts.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cultivate {

class Plan;

// A draft message, read-only: its recipients, subject and body, with "Copy" (the subject and the
// body to the clipboard) and "Open in Mail Program" (its mailto: link).
class DraftDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftDialog)

public:
    DraftDialog(const Draft &draft, const QString &title, QWidget *parent = nullptr);

    const Draft &draft() const { return m_draft; }
    // What "Copy" puts on the clipboard.
    QString text() const;
    void copyToClipboard();
    void openInMailProgram();

private:
    Draft m_draft;
    QLabel *m_status = nullptr;
};

// The title of the dialog for an event draft of `kind`, e.g. "Reminder".
QString eventDraftTitle(EventDraftKind kind);

// Loads the event's draft data from `plan` and shows the draft in a DraftDialog; a message box
// when the event cannot be read.
void showEventDraft(const Plan &plan, Id eventId, EventDraftKind kind, QWidget *parent);

} // namespace cultivate
