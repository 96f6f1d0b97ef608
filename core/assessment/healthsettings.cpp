// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/healthsettings.h"

namespace cultivate {

const QList<HealthSettingField> &HealthSettingsText::fields()
{
    using S = HealthSettings;
    using U = SettingUnit;
    static const QList<HealthSettingField> all{
        {QStringLiteral("health.stickiness_warning"), &S::stickinessWarning, U::Share, 0, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Stickiness is low below")},
        {QStringLiteral("health.stickiness_critical"), &S::stickinessCritical, U::Share, 0, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Stickiness is critical below")},
        {QStringLiteral("health.stickiness_drop"), &S::stickinessDrop, U::Share, 0.01, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Stickiness is falling when it drops by")},
        {QStringLiteral("health.attendance_rate_low"), &S::attendanceRateLow, U::Share, 0, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Mean attendance rate is low below")},
        {QStringLiteral("health.engaged_share_low"), &S::engagedShareLow, U::Share, 0, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Participation is passive when core and active are below")},
        {QStringLiteral("health.falling_months"), &S::fallingMonths, U::Months, 2, 12,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Active members falling for")},
        {QStringLiteral("health.turnout_drop"), &S::turnoutDrop, U::Share, 0.05, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText",
                           "Turnout is falling when the last three events reach at most")},
        {QStringLiteral("health.newcomer_months"), &S::newcomerMonths, U::Months, 1, 12,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "No newcomer for")},
        {QStringLiteral("health.conversion_low"), &S::conversionLow, U::Share, 0, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Newcomer conversion is low below")},
        {QStringLiteral("health.conversion_minimum"), &S::conversionMinimum, U::Count, 1, 1000,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Judge conversion from this many newcomers")},
        {QStringLiteral("health.repertoire_days"), &S::repertoireDays, U::Days, 7, 730,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "No resource added for")},
        {QStringLiteral("health.recognition_days"), &S::recognitionDays, U::Days, 7, 730,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "No recognition for")},
        {QStringLiteral("health.feedback_days"), &S::feedbackDays, U::Days, 7, 730,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "No survey or check-in for")},
        {QStringLiteral("health.survey_completion_low"), &S::surveyCompletionLow, U::Share, 0, 1,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Survey completion is low below")},
        {QStringLiteral("health.survey_grace_days"), &S::surveyGraceDays, U::Days, 0, 365,
         QT_TRANSLATE_NOOP("cultivate::HealthSettingsText", "Judge a survey's completion after")},
    };
    return all;
}

QString HealthSettingsText::label(const HealthSettingField &field)
{
    return tr(field.label);
}

HealthSettings HealthSettings::fromRows(const QList<PlanSetting> &rows)
{
    HealthSettings settings;
    for (const PlanSetting &row : rows) {
        for (const HealthSettingField &field : HealthSettingsText::fields()) {
            if (field.key == row.key)
                settings.*field.member = std::clamp(row.value, field.minimum, field.maximum);
        }
    }
    return settings;
}

} // namespace cultivate
