// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/metrics/metrics.h"
#include "core/reports/reportdata.h"
#include "core/reports/reportdocument.h"

#include <QImage>
#include <QPagedPaintDevice>
#include <QSet>

#include <functional>
#include <memory>

// The stakeholder report of SPEC §7.
//
// Threads: a report is made in three steps so that a page can keep its GUI thread free.
//   1. composeReport()       any thread   figures and words (no GUI objects)
//   2. renderReportChart()   GUI thread   one chart image per call (Qt Charts draws through QGraphicsWidget,
//                                         which Qt supports on the GUI thread only), so it can run in slices
//   3. writeReport(content)  any thread   PDF, HTML, ODT or Markdown, written atomically
// The one-call writeReport(data, …) runs all three on the calling thread (the command line).
namespace cultivate {

enum class ReportSection {
    Cover,
    Summary,
    Goals,
    Lifecycle,
    Activity,
    Participation,
    Retention,
    Surveys,
    Stories,
    Health,
    Appendix
};

template <> struct EnumInfo<ReportSection> {
    static constexpr std::array keys{"cover",     "summary", "goals",   "lifecycle", "activity", "participation",
                                     "retention", "surveys", "stories", "health",    "appendix"};
};

inline size_t qHash(ReportSection section, size_t seed = 0) noexcept
{
    return ::qHash(int(section), seed);
}

// The section's heading as the report prints it.
QString label(ReportSection section);
QSet<ReportSection> allReportSections();

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
    QDate from{}; // default: the plan's start
    QDate to{};   // default: today, or the plan's end when that is earlier
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
    QString title{}; // "<community> — stakeholder report", for the file's metadata
    QString communityName{};
    QDate from{};
    QDate to{};
    QDate today{};
    PaperSize paper = PaperSize::A4;
    ReportDocument document{};
    QList<ReportChart> charts{};
};

ReportContent composeReport(const ReportData &data, const ReportOptions &options, const QDate &today);

// Renders chart `index` of content.charts into its image. GUI thread only.
void renderReportChart(ReportContent &content, qsizetype index);
// Renders every chart not rendered yet. GUI thread only.
Result<void> renderReportCharts(ReportContent &content, const ReportProgress &progress = {});

// Writes the composed report. A chart whose image was not rendered is left out. Markdown writes its
// chart images into "<name>_files/" beside the file. Safe on any thread.
Result<void> writeReport(const ReportContent &content, const QString &path, ReportFormat format,
                         const ReportProgress &progress = {});

// Compose, render the charts and write, on the calling thread (which must be the GUI thread).
Result<void> writeReport(const ReportData &data, const ReportOptions &options, const QString &path, ReportFormat format,
                         const QDate &today, const ReportProgress &progress = {});

// Paints the report's pages, as the PDF lays them out, on a paged device (a printer): its page layout is
// set to the report's paper. GUI thread when the device is a printer.
Result<void> printReport(const ReportContent &content, QPagedPaintDevice &device, const ReportProgress &progress = {});

// The pages of the PDF rendering as images `width` pixels wide, for a preview. Safe on any thread.
QList<QImage> reportPageImages(const ReportContent &content, int width, const ReportProgress &progress = {});

} // namespace cultivate
