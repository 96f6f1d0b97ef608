// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/metricsdata.h"

#include <QMap>

namespace cultivate {

class Plan;

// Everything the stakeholder report reads, copied out of a plan in one go so that the report can be
// composed and written on another thread than the one that owns the plan.
struct ReportData {
    MetricsData metrics{};
    QList<Story> stories{};
    QList<ImportRecord> imports{};
    QList<ContributionWeight> weights{};
    QStringList withheldNames{};    // names and aliases of members who did not consent to reports
    QList<Member> sponsors{};       // for the thank-you draft to sponsors
    QMap<QString, qint64> counts{}; // rows per table
    QString fileName{};             // the plan file's name, without its folder
};

// Loads the report's data from the plan's connection (call it on the thread that owns the plan).
Result<ReportData> loadReportData(const Plan &plan);

// Keeps the names of members who did not consent to reports out of everything the report prints.
class NameGuard {
public:
    explicit NameGuard(const QStringList &withheldNames);

    // `text` with every withheld name (whole words, any case) replaced by "a member".
    QString clean(const QString &text) const;

private:
    QHash<QString, QList<QStringList>> m_namesByFirstWord{}; // case-folded words of each name
};

// The name of the member at `index` of data.metrics.members when they consented to reports.
std::optional<QString> consentedName(const ReportData &data, int index);

} // namespace cultivate
