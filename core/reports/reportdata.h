// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluate/valuecreation.h"
#include "core/metrics/metricsdata.h"
#include "core/renewal/lastyear.h"

#include <QMap>

namespace cultivate {

class Plan;
struct Metrics;
struct ReportOptions;

// A free-text survey answer the report may quote: from an anonymous survey, or from a member who
// agreed to be quoted. The text is as typed; the report still cleans withheld names out of it.
struct ReportQuote {
    QString text{};
    QDate date{}; // the survey's date
    QString surveyTitle{};
    int member = -1; // index into MetricsData::members; -1 for an anonymous answer
};

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
    QList<BudgetLine> budget{};     // the charter's budget, in its order
    QList<Resource> resources{};
    QList<Recognition> recognitions{};
    QList<ReportQuote> quotes{}; // quotable free-text answers, by date
    // The value-creation matrix of the window [valueFrom, valueTo] (the report's default window
    // unless the data was loaded for a chosen one).
    ValueCreationMatrix valueCreation{};
    QDate valueFrom{};
    QDate valueTo{};
    // A renewed plan: the same stretch of the year before, for the window valueFrom…valueTo.
    std::optional<LastYear> lastYear{};
    // The repeating series of events and which events belong to each (the handover's rhythm).
    QList<Series> series{};
    QHash<Id, Id> seriesOfEvent{}; // event id -> series id
};

// Loads the report's data from the plan's connection (call it on the thread that owns the plan), with
// the value-creation matrix of the report's default window.
Result<ReportData> loadReportData(const Plan &plan);
// The same, with the value-creation matrix of the window `options` and `today` give the report.
Result<ReportData> loadReportData(const Plan &plan, const ReportOptions &options, const QDate &today);

// The window a report covers: the chosen dates, else the plan year so far (as `stats`), except for a
// plan that has not started yet, whose report covers its first month rather than a day to come.
std::pair<QDate, QDate> reportWindow(const MetricsData &data, const QDate &from, const QDate &to, const QDate &today);

// A window with little data yet (the first weeks of a plan): no month of it is complete, or no event
// was held in it. The report then shows the plan itself (the year's schedule, the current stage's
// checklist, the goals) rather than figures that are zero or undefined.
bool hasLittleData(const Metrics &metrics);

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
