// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cultivate {

// Every field of a member: name, email, organisation, role, joined and left dates, aliases,
// consent flags, the date the commitment was signed, and notes.
class MemberDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDialog)

public:
    // `today` is the date offered when a missing date is switched on.
    MemberDialog(const Member &member, const QDate &today, QWidget *parent = nullptr);

    Member member() const;

private:
    void validate();

    Member m_member;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_hasJoined = nullptr;
    QDateEdit *m_joined = nullptr;
    QCheckBox *m_hasLeft = nullptr;
    QDateEdit *m_left = nullptr;
    QPlainTextEdit *m_aliases = nullptr;
    QCheckBox *m_consentReport = nullptr;
    QCheckBox *m_consentQuote = nullptr;
    QCheckBox *m_hasCommitment = nullptr;
    QDateEdit *m_commitment = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cultivate
