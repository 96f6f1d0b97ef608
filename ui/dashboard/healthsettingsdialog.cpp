// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/healthsettingsdialog.h"

#include "ui/common/formfields.h"
#include "ui/common/typography.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// Shares are edited in percent.
double shown(const HealthSettingField &field, double value)
{
    return field.unit == SettingUnit::Share ? value * 100 : value;
}

double stored(const HealthSettingField &field, double value)
{
    return field.unit == SettingUnit::Share ? value / 100 : value;
}

} // namespace

HealthSettingsDialog::HealthSettingsDialog(const HealthSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("health-settings-dialog"));
    setWindowTitle(tr("Health Check Thresholds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = makeLabel(tr("The health check flags a rule when a figure crosses its threshold. These are this "
                               "plan's thresholds; the defaults follow the community-of-practice literature."),
                            TextStyle::Secondary, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const HealthSettingField &field : HealthSettingsText::fields()) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QStringLiteral("health-setting-") + field.key.section(QLatin1Char('.'), 1));
        const QString label = HealthSettingsText::label(field);
        box->setAccessibleName(label);
        box->setRange(shown(field, field.minimum), shown(field, field.maximum));
        box->setDecimals(0);
        switch (field.unit) {
        case SettingUnit::Share:
            box->setSuffix(tr(" %"));
            break;
        case SettingUnit::Days:
            box->setSuffix(tr(" days"));
            break;
        case SettingUnit::Months:
            box->setSuffix(tr(" months"));
            break;
        case SettingUnit::Count:
            break;
        }
        form->addRow(label, box);
        m_fields << box;
    }
    layout->addLayout(form);
    auto *buttons = makeDialogButtons(this);
    auto *defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    defaults->setObjectName(QStringLiteral("health-settings-defaults"));
    connect(defaults, &QPushButton::clicked, this, [this] { showSettings(HealthSettings{}); });
    layout->addWidget(buttons);
    showSettings(settings);
}

void HealthSettingsDialog::showSettings(const HealthSettings &settings)
{
    const auto &fields = HealthSettingsText::fields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        m_fields.at(i)->setValue(shown(fields.at(i), settings.*fields.at(i).member));
}

HealthSettings HealthSettingsDialog::settings() const
{
    HealthSettings settings;
    const auto &fields = HealthSettingsText::fields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        settings.*fields.at(i).member = stored(fields.at(i), m_fields.at(i)->value());
    return settings;
}

} // namespace cultivate
