// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessment.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// The words of the report's "at a glance" page, chosen by rules over the assessment's figures: what
// happened, what rose and what fell against the previous period (and by how much), how the goals
// stand against their targets, the health verdict and what comes next. A fall is said as a fall.
namespace cultivate {

// How a figure moved against the previous period.
enum class Trend { Rose, Fell, Steady, Unknown };

struct FigureChange {
    QString key{};  // "reach", "credited_attendances"… (the glossary's and `stats --json`'s keys)
    QString name{}; // "Reach"
    bool share = false;
    std::optional<double> now{};
    std::optional<double> before{};
    Trend trend = Trend::Unknown;
    QString sentence{}; // "Reach fell by 27 points, from 72% to 45%." (empty when steady or unknown)
};

// Shares move when they change by at least this many percentage points; counts when they change by
// at least this share of their earlier value and by at least two.
inline constexpr int ShareChangePoints = 3;
inline constexpr double CountChangeShare = 0.10;

struct GlanceNarrative {
    QString happened{};            // one or two sentences on the period's activity
    QList<FigureChange> changes{}; // every headline figure against the previous period
    QStringList changeSentences{}; // the falls first, then the rises; or why there is no comparison
    QStringList goalSentences{};   // how the goals stand against their targets
    QString health{};              // the verdict in a sentence
    QStringList nextSentences{};   // what the facilitator will do next
    bool littleData = false;       // the plan is in its first weeks: the page shows the plan itself

    QStringList paragraphs() const;
};

class ReportNarrative {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)

public:
    // `clean` keeps withheld names out of user text (goal titles, checklist items, flag evidence).
    using Clean = std::function<QString(const QString &)>;
    static GlanceNarrative compose(const Assessment &assessment, const Clean &clean);

    // The change of one figure as a trend and a sentence (exposed for the tests).
    static FigureChange change(const QString &key, const QString &name, bool share, std::optional<double> now,
                               std::optional<double> before);
    // The headline figures of a period, in the order the page lists them: key, name, share?, value.
    struct Headline {
        QString key;
        QString name;
        bool share;
        std::optional<double> value;
    };
    static QList<Headline> headlines(const Metrics &metrics);
};

} // namespace cultivate
