// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/theme.h"

#include <QDialog>

class QButtonGroup;

namespace cultivate {

// Edit ▸ Preferences: how the window looks — the desktop's own style and colours (the default), or
// Fusion with Cultivate's light or dark palette. A choice shows at once; OK keeps it in the
// settings, Cancel puts back the appearance the window had.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Appearance appearance() const;
    // Selects `appearance` and shows it, as a click on its button does.
    void setAppearance(Appearance appearance);

    void accept() override;
    void reject() override;

private:
    QButtonGroup *m_appearance = nullptr;
    Appearance m_initial = Appearance::Desktop;
};

} // namespace cultivate
