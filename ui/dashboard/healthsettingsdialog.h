// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/healthsettings.h"

#include <QDialog>

class QDoubleSpinBox;

namespace cultivate {

// The thresholds of the health rules for one plan: one field per threshold (shares in percent,
// days, months, counts), with a button that puts every default back.
class HealthSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthSettingsDialog)

public:
    explicit HealthSettingsDialog(const HealthSettings &settings, QWidget *parent = nullptr);

    HealthSettings settings() const;

private:
    void showSettings(const HealthSettings &settings);

    QList<QDoubleSpinBox *> m_fields{}; // parallel to HealthSettingsText::fields()
};

} // namespace cultivate
