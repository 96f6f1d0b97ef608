// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cultivate {

// A success story or a reflection on a shift in practice: title, kind, date, narrative, the value
// cycles it shows, the members, events and resources it involves, and consent to share it.
class StoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryDialog)

public:
    StoryDialog(const Story &story, const QList<Member> &members, const QList<Event> &events,
                const QList<Resource> &resources, QWidget *parent = nullptr);
    Story story() const;

private:
    Story m_story;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_narrative = nullptr;
    QList<QCheckBox *> m_cycles{};
    QCheckBox *m_consent = nullptr;
    QListWidget *m_members = nullptr;
    QListWidget *m_events = nullptr;
    QListWidget *m_resources = nullptr;
};

} // namespace cultivate
