// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace cultivate {

// The report as a list of simple blocks. All text is plain (never markup): the HTML and Markdown
// writers escape it, so user text can never inject tags.
struct ReportCell {
    QString text{};
    bool flagged = false;        // outside an expected band, overdue…: set apart visually
    std::optional<double> bar{}; // 0…1: a progress bar drawn before the text
};

struct ReportTable {
    QStringList header{};
    QList<QList<ReportCell>> rows{};
    QList<bool> numeric{}; // per column: right-aligned figures
    QList<int> widths{};   // per column, percent of the text width; empty = automatic
    bool compact = false;  // a smaller font for wide tables
    bool total = false;    // the last row sums the others (set apart)
};

struct ReportDocument {
    enum class Style { Body, Lead, Note, Empty, Quote };
    struct Heading {
        int level = 2; // 2: a section, 3: a part of one
        QString text{};
        QString anchor{};
    };
    struct Paragraph {
        QString text{}; // may hold line breaks
        Style style = Style::Body;
        QString label{}; // a bold lead-in ("Evidence:"), or empty
    };
    struct Bullets {
        QStringList items{};
    };
    struct Figure {
        QString id{}; // the chart's id; see HtmlOptions::imageSource
        QSize size{}; // logical pixels at 96 dpi
        QString alt{};
    };
    struct PageBreak {};
    struct Cover {
        QString kicker{};    // "Stakeholder report"
        QString title{};     // the community
        QStringList lines{}; // period, prepared by, date
        QString contentsTitle{};
        QList<std::pair<QString, QString>> contents{}; // heading text, anchor
    };
    using Block = std::variant<Heading, Paragraph, Bullets, ReportTable, Figure, PageBreak, Cover>;

    void heading(int level, const QString &text, const QString &anchor = {});
    void paragraph(const QString &text, Style style = Style::Body);
    void labelled(const QString &label, const QString &text);
    void bullets(const QStringList &items);
    void table(ReportTable table);
    void figure(const QString &id, const QSize &size, const QString &alt);
    void pageBreak();
    void cover(Cover cover);

    // Where a figure's image lives, from its id (a relative path, a resource name or a data: URI).
    using ImageSource = std::function<QString(const QString &id)>;
    struct HtmlOptions {
        ImageSource imageSource{};
        bool standalone = false;            // a complete page with <head> and the stylesheet
        QString title{};                    // the page's <title>
        QHash<QString, int> pageOfAnchor{}; // page numbers for the cover's contents (PDF)
        bool linkContents = true;           // the contents link to the sections (not in PDF or ODT)
    };
    // The subset of HTML that QTextDocument understands and browsers show alike.
    QString toHtml(const HtmlOptions &options) const;
    QString toMarkdown(const ImageSource &imageSource) const;

    // The stylesheet both the QTextDocument and the HTML page use.
    static QString styleSheet();
    // A progress bar as text: `cells` full blocks and light shades (every format can show it).
    static QString barText(double share, int cells = 10);

    QList<Block> blocks{};
};

} // namespace cultivate
