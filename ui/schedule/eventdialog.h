// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cultivate {

// Every field of an event; for a new event also how it repeats (a series), up to a date.
class EventDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    EventDialog(const Event &event, const QList<Stage> &stages, bool offerRepeat, const QDate &planEnd,
                QWidget *parent = nullptr);

    Event event() const;
    // The series the new event starts, if the user chose to repeat it.
    std::optional<Series> series() const;

private:
    void updateRepeat();

    Event m_event;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_topic = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_agenda = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QDateEdit *m_until = nullptr;
};

} // namespace cultivate
