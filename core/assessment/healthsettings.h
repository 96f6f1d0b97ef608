// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QCoreApplication>
#include <QList>

namespace cultivate {

// The thresholds of the health rules (SPEC §5). Each is a plan setting stored as a PlanSetting row
// under its key; a key without a row takes the default below. Shares are 0…1.
struct HealthSettings {
    double stickinessWarning = 0.20;   // stickiness below this is a warning
    double stickinessCritical = 0.10;  // … and below this critical
    double stickinessDrop = 0.10;      // a fall of this much against the mean of the three months before
    double attendanceRateLow = 0.25;   // mean attendance rate below this
    double engagedShareLow = 0.25;     // core + active below this share of the members
    double fallingMonths = 3;          // active members falling this many complete months running
    double turnoutDrop = 0.60;         // the last three events' turnout at most this share of the three before
    double newcomerMonths = 3;         // no newcomer in this many complete months
    double conversionLow = 0.30;       // newcomer conversion below this …
    double conversionMinimum = 10;     // … judged only over at least this many newcomers
    double repertoireDays = 60;        // no resource added in this many days
    double recognitionDays = 90;       // no recognition in this many days
    double feedbackDays = 90;          // no survey or check-in in this many days
    double surveyCompletionLow = 0.30; // a survey's completion below this …
    double surveyGraceDays = 14;       // … once this many days have passed since its date

    bool operator==(const HealthSettings &) const = default;

    // A survey collects answers from its date until surveyGraceDays after it: the desk lists it as
    // open, the handover too, and only after that does the completion rule judge it.
    QDate surveyClosesOn(const QDate &surveyDate) const { return surveyDate.addDays(qint64(surveyGraceDays)); }
    bool isSurveyOpen(const QDate &surveyDate, const QDate &today) const
    {
        return surveyDate.isValid() && surveyDate <= today && today <= surveyClosesOn(surveyDate);
    }

    // The settings of a plan from its rows (unknown keys are ignored, missing ones take the default).
    static HealthSettings fromRows(const QList<PlanSetting> &rows);
};

// What a threshold measures, for showing and editing it.
enum class SettingUnit { Share, Days, Months, Count };

// One threshold: its stored key, where it lives in HealthSettings, its range and its label.
struct HealthSettingField {
    QString key; // "health.stickiness_warning"
    double HealthSettings::*member;
    SettingUnit unit;
    double minimum;
    double maximum;
    const char *label; // translated with HealthSettingsText::tr()
};

class HealthSettingsText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::HealthSettingsText)
public:
    // Every threshold, in the order the settings dialog shows them.
    static const QList<HealthSettingField> &fields();
    static QString label(const HealthSettingField &field);
};

} // namespace cultivate
