// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycle/newplan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cultivate {

// Asks for what a new plan needs: the community's name (required), its start date (today by
// default) and the template (a dated first year, or empty).
class NewCommunityDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCommunityDialog)

public:
    explicit NewCommunityDialog(const QDate &today, QWidget *parent = nullptr);

    NewPlanOptions options() const;

private:
    void updateState();

    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_templateHelp = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cultivate
