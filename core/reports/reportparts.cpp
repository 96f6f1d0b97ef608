// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportparts.h"

#include "core/reports/reportformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cultivate::reportparts {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

} // namespace

QString counted(qint64 n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(reportCount(n), n == 1 ? ReportText::tr(singular) : ReportText::tr(plural));
}

QString joinedList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return ReportText::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? reportAbbreviationLocale().toString(date, QStringLiteral("d MMM yyyy"))
                          : QStringLiteral("\u2013");
}

QString decimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded == std::floor(rounded))
        return reportCount(qint64(rounded));
    return reportDecimal(rounded, 1);
}

bool isShareMetric(const QString &key)
{
    static const QStringList shares{QStringLiteral("reach"), QStringLiteral("mean_attendance_rate"),
                                    QStringLiteral("stickiness"), QStringLiteral("newcomer_conversion"),
                                    QStringLiteral("core_active_share")};
    return shares.contains(key);
}

void appendUserParagraphs(ReportDocument &doc, const QString &text, const NameGuard &guard)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &part : text.split(blankLine, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            doc.paragraph(guard.clean(part.trimmed()));
    }
}

void appendStoryHeading(ReportDocument &doc, const Story &story, const NameGuard &guard)
{
    const QString title = guard.clean(story.title.trimmed());
    doc.heading(4, title.isEmpty() ? label(story.kind) : title);
    QStringList about{label(story.kind)};
    if (story.date.isValid())
        about << reportDate(story.date);
    if (!story.cycles.isEmpty()) {
        QStringList cycles;
        for (ValueCycle c : story.cycles)
            cycles << label(c).toLower();
        about << ReportText::tr("value: %1").arg(cycles.join(QStringLiteral(", ")));
    }
    doc.paragraph(about.join(QStringLiteral(" \u00b7 ")), ReportDocument::Style::Note);
}

QStringList facilitatorNames(const ReportData &data, const NameGuard &guard, const QDate &today, int *unnamed)
{
    const qint64 day = today.toJulianDay();
    QStringList named;
    int others = 0;
    for (int pass = 0; pass < 2 && named.isEmpty() && others == 0; ++pass) {
        // Current facilitators first; former ones only when there is no current one.
        for (size_t i = 0; i < data.metrics.members.size(); ++i) {
            const auto &m = data.metrics.members[i];
            if (m.role != Role::Facilitator || (pass == 0 && m.left < day))
                continue;
            if (const auto name = consentedName(data, int(i)))
                named << guard.clean(name->trimmed());
            else
                ++others;
        }
    }
    if (unnamed)
        *unnamed = others;
    return named;
}

QList<const ReportQuote *> quotesToShow(const QList<const ReportQuote *> &quotes, const NameGuard &guard)
{
    QList<const ReportQuote *> longest = quotes;
    std::stable_sort(longest.begin(), longest.end(),
                     [](auto *a, auto *b) { return a->text.simplified().size() > b->text.simplified().size(); });
    QList<const ReportQuote *> chosen;
    QSet<QString> said;
    for (const ReportQuote *q : std::as_const(longest)) {
        const QString text = guard.clean(q->text.trimmed()).simplified().toCaseFolded();
        if (chosen.size() < 6 && !said.contains(text)) {
            said.insert(text);
            chosen << q;
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](auto *a, auto *b) { return a->date > b->date; });
    return chosen;
}

void appendDataSources(ReportDocument &doc, const ReportData &data, const NameGuard &guard, const QDate &today)
{
    doc.heading(3, ReportText::tr("Data sources"));
    doc.paragraph(ReportText::tr("Plan file %1, read on %2 by Cultivate %3. Every figure comes from the records below.")
                      .arg(guard.clean(data.fileName.trimmed()), reportDate(today), QStringLiteral(CULTIVATE_VERSION)));
    ReportTable counts;
    counts.header = {ReportText::tr("Records"), ReportText::tr("In the plan")};
    counts.numeric = {false, true};
    counts.widths = {70, 30};
    // True counts: the plan's tables, and what the report loaded itself (goal measurements, budget lines).
    const auto table = [&data](const char *name) { return data.counts.value(QString::fromLatin1(name)); };
    const std::array<std::pair<const char *, qint64>, 14> rows{{
        {QT_TRANSLATE_NOOP("cultivate::Report", "Members"), table("member")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Events"), table("event")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Attendance records"), table("attendance")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Contributions"), table("contribution")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Resources"), table("resource")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Surveys and check-ins"), table("survey")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Survey responses"), table("response")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Quotable written answers"), qint64(data.quotes.size())},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Stories"), table("story")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Recognitions"), table("recognition")},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Goals"), qint64(data.metrics.goals.size())},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Goal measurements"), qint64(data.metrics.measurements.size())},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Checklist items"), qint64(data.metrics.checklist.size())},
        {QT_TRANSLATE_NOOP("cultivate::Report", "Budget lines"), qint64(data.budget.size())},
    }};
    for (const auto &[name, count] : rows)
        counts.rows << QList<ReportCell>{{ReportText::tr(name), false}, {reportCount(count), false}};
    doc.table(counts);

    if (data.imports.isEmpty()) {
        doc.paragraph(ReportText::tr("No files were imported: every record was entered in Cultivate."),
                      ReportDocument::Style::Note);
    } else {
        ReportTable imports;
        imports.header = {ReportText::tr("Imported file"), ReportText::tr("Kind"), ReportText::tr("Format"),
                          ReportText::tr("Imported"), ReportText::tr("Rows")};
        imports.numeric = {false, false, false, false, true};
        imports.widths = {40, 14, 14, 20, 12};
        imports.compact = true;
        for (const ImportRecord &r : data.imports) {
            imports.rows << QList<ReportCell>{{guard.clean(r.fileName.trimmed()), false},
                                              {r.kind, false},
                                              {r.format, false},
                                              {shortDate(r.importedAt.date()), false},
                                              {reportCount(r.rows), false}};
        }
        doc.table(imports);
    }

    if (!data.weights.isEmpty()) {
        ReportTable weights;
        weights.header = {ReportText::tr("Contribution kind"), ReportText::tr("Weight")};
        weights.numeric = {false, true};
        weights.widths = {70, 30};
        for (const ContributionWeight &w : data.weights)
            weights.rows << QList<ReportCell>{{label(w.kind), false}, {reportCount(w.weight), false}};
        doc.table(weights);
    }
    doc.paragraph(
        ReportText::tr("Names of members who have not agreed to appear in reports are never printed; wherever one "
                       "would appear, the report says “a member” instead. Only stories shared with consent "
                       "are included."),
        ReportDocument::Style::Note);
}

} // namespace cultivate::reportparts
