// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QRadioButton;
class QLabel;

namespace cultivate {

// Asks which of two members is kept when they are merged into one, showing what the kept record
// will look like.
class MergeMembersDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeMembersDialog)

public:
    MergeMembersDialog(const Member &first, const Member &second, QWidget *parent = nullptr);

    Id keptId() const;
    Id mergedId() const;

private:
    void updatePreview();

    Member m_first;
    Member m_second;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace cultivate
