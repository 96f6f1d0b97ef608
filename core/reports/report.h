// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/metrics/metrics.h"
#include "core/reports/reportdata.h"
#include "core/reports/reportdocument.h"

#include <QImage>
#include <QSet>

class QPagedPaintDevice;
class QChart;

#include <functional>
#include <memory>

// The stakeholder report of SPEC §7 and the handover document of SPEC §11.
//
// Threads: a report is made in three steps so that a page can keep its GUI thread free.
//   1. composeReport()       any thread   figures and words (no GUI objects)
//   2. renderReportChart()   GUI thread   one chart image per call (Qt Charts draws through QGraphicsWidget,
//                                         which Qt supports on the GUI thread only), so it can run in slices
//   3. writeReport(content)  any thread   PDF, HTML, ODT or Markdown, written atomically
// The one-call writeReport(data, …) runs all three on the calling thread (the command line).
namespace cultivate {

// The sections in the order SPEC §7 gives them. Summary is the one-page "at a glance"; Value is
// "value created" (stories, quotes, resources, recognitions).
enum class ReportSection {
    Cover,
    Summary,
    Goals,
    Lifecycle,
    Activity,
    Participation,
    Retention,
    Organisations,
    Surveys,
    Value,
    Budget,
    Health,
    Appendix
};

template <> struct EnumInfo<ReportSection> {
    static constexpr std::array keys{"cover",         "summary",   "goals",         "lifecycle", "activity",
                                     "participation", "retention", "organisations", "surveys",   "value",
                                     "budget",        "health",    "appendix"};
};

// The section a key names: its own key, or an earlier name ("stories" for value created).
std::optional<ReportSection> reportSectionFromKey(const QString &key);

inline size_t qHash(ReportSection section, size_t seed = 0) noexcept
{
    return ::qHash(int(section), seed);
}

// The section's heading as the report prints it.
QString label(ReportSection section);
QSet<ReportSection> allReportSections();

// Which document to make: the stakeholder report (SPEC §7, its sections chosen) or the handover document
// for the next facilitator or for closing the community (SPEC §11, a fixed set of sections).
enum class ReportKind { Stakeholder, Handover };

template <> struct EnumInfo<ReportKind> {
    static constexpr std::array keys{"stakeholder", "handover"};
};

// The document's name as the page and the command line show it ("Stakeholder report", "Handover").
QString label(ReportKind kind);

enum class PaperSize { A4, Letter };

template <> struct EnumInfo<PaperSize> {
    static constexpr std::array keys{"a4", "letter"};
};

enum class ReportFormat { Pdf, Html, Odt, Markdown };

template <> struct EnumInfo<ReportFormat> {
    static constexpr std::array keys{"pdf", "html", "odt", "md"};
};

// The format a file name's extension asks for (.pdf .html .htm .odt .md), if any.
std::optional<ReportFormat> reportFormatForPath(const QString &path);

struct ReportOptions {
    ReportKind kind = ReportKind::Stakeholder;
    QDate from{}; // default: the plan's start
    QDate to{};   // default: today, or the plan's end when that is earlier
    // The stakeholder report's sections; the handover document has all of its own and ignores them.
    QSet<ReportSection> sections = allReportSections();
    PaperSize paper = PaperSize::A4;
    bool includeEveryone = false; // count facilitators and sponsors in the figures too
};

// Reports `done` steps of `total`; returning false cancels (ErrorCode::Cancelled, nothing written).
using ReportProgress = std::function<bool(int done, int total)>;

enum class ReportChartKind {
    Turnout,
    ActiveMembers,
    Participation,
    LevelFlows,
    Concentration,
    CheckIns,
    Goals,
    Retention
};

struct ReportChart {
    QString id{}; // also the file name of its image beside a Markdown report
    ReportChartKind kind = ReportChartKind::Turnout;
    QSize size{};                             // logical pixels at 96 dpi
    std::shared_ptr<const Metrics> metrics{}; // the figures it is drawn from, user text already cleaned
    QImage image{};                           // rendered at twice the size; null until renderReportChart()
};

// A composed report: its words and tables, and the charts they refer to by id.
struct ReportContent {
    QString title{}; // "<community> — stakeholder report" or "<community> — handover", for the file's metadata
    QString communityName{};
    QDate from{};
    QDate to{};
    QDate today{};
    PaperSize paper = PaperSize::A4;
    ReportDocument document{};
    QList<ReportChart> charts{};
};

// The document options.kind names.
ReportContent composeReport(const ReportData &data, const ReportOptions &options, const QDate &today);

// Renders chart `index` of content.charts into its image. GUI thread only.
void renderReportChart(ReportContent &content, qsizetype index);
// The chart object renderReportChart() draws for `chart` (styled for print; null for the retention
// heat map, which is painted directly). GUI thread only; the caller owns it.
std::unique_ptr<QChart> reportChartObject(const ReportChart &chart);
// Renders every chart not rendered yet. GUI thread only.
Result<void> renderReportCharts(ReportContent &content, const ReportProgress &progress = {});

// Writes the composed report. A chart whose image was not rendered is left out. Markdown writes its
// chart images into "<name>_files/" beside the file. Safe on any thread.
Result<void> writeReport(const ReportContent &content, const QString &path, ReportFormat format,
                         const ReportProgress &progress = {});

// Compose, render the charts and write, on the calling thread (which must be the GUI thread).
Result<void> writeReport(const ReportData &data, const ReportOptions &options, const QString &path, ReportFormat format,
                         const QDate &today, const ReportProgress &progress = {});

// Paints the composed report page by page on a paged device (a printer), in the report's paper size
// and margins; the device's resolution may be any. False when painting could not start.
bool paintReport(const ReportContent &content, QPagedPaintDevice &device);

// The pages of the PDF rendering as images `width` pixels wide, for a preview. Safe on any thread.
QList<QImage> reportPageImages(const ReportContent &content, int width, const ReportProgress &progress = {});

} // namespace cultivate
