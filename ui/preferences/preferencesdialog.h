// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/theme.h"
#include "ui/preferences/preferences.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;

namespace cultivate {

// Edit ▸ Preferences: how the window looks — the desktop's own style and colours (the default), or
// Fusion with Cultivate's light or dark palette — and its language. An appearance shows at once; OK
// keeps the choices in the settings, Cancel puts back the appearance the window had. A language
// takes effect at the next start (the dialog says so).
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Appearance appearance() const;
    // Selects `appearance` and shows it, as a click on its button does.
    void setAppearance(Appearance appearance);

    Language language() const;
    void setLanguage(Language language);

    void accept() override;
    void reject() override;

private:
    QWidget *createLanguageGroup();

    QButtonGroup *m_appearance = nullptr;
    QComboBox *m_language = nullptr;
    Appearance m_initial = Appearance::Desktop;
};

} // namespace cultivate
