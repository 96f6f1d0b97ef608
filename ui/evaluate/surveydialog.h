// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cultivate {

// A survey's details: title, kind, date, anonymous or named, members invited, linked event, notes.
class SurveyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyDialog)

public:
    SurveyDialog(const Survey &survey, const QList<Event> &events, QWidget *parent = nullptr);
    Survey survey() const;

private:
    Survey m_survey;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QSpinBox *m_invited = nullptr;
    QComboBox *m_event = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace cultivate
