// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportdocument.h"

#include "core/reports/reportformat.h"

#include <algorithm>
#include <cmath>

namespace cultivate {

namespace {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString styleClass(ReportDocument::Style style)
{
    switch (style) {
    case ReportDocument::Style::Lead:
        return QStringLiteral("lead");
    case ReportDocument::Style::Note:
        return QStringLiteral("note");
    case ReportDocument::Style::Empty:
        return QStringLiteral("empty");
    case ReportDocument::Style::Quote:
        return QStringLiteral("quote");
    case ReportDocument::Style::Body:
        break;
    }
    return QStringLiteral("body");
}

// Backslash-escapes what Markdown would read as markup (CommonMark allows it before any ASCII
// punctuation), including '<' so that no raw HTML reaches a Markdown viewer.
QString escapedMarkdownInline(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|#!~&");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A line that starts like a list item, a heading underline or a numbered list stays text.
QString escapedMarkdownLine(const QString &line)
{
    QString out = escapedMarkdownInline(line);
    qsizetype digits = 0;
    while (digits < out.size() && out[digits].isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == QLatin1Char('.') || out[digits] == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    else if (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('+')) || out.startsWith(QLatin1Char('=')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

QString escapedMarkdown(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << escapedMarkdownLine(line.trimmed());
    return lines.join(QStringLiteral("\\\n")); // a backslash at the end of a line is a hard break
}

QString markdownCell(const QString &text)
{
    return escapedMarkdownInline(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed());
}

} // namespace

QString ReportDocument::barText(double share, int cells)
{
    const int filled = std::clamp(int(std::lround(share * cells)), 0, cells);
    return QString(filled, QChar(0x2588)) + QString(cells - filled, QChar(0x2591));
}

void ReportDocument::heading(int level, const QString &text, const QString &anchor)
{
    blocks << Heading{level, text, anchor};
}

void ReportDocument::paragraph(const QString &text, Style style)
{
    blocks << Paragraph{text, style, {}};
}

void ReportDocument::labelled(const QString &label, const QString &text)
{
    blocks << Paragraph{text, Style::Body, label};
}

void ReportDocument::bullets(const QStringList &items)
{
    blocks << Bullets{items};
}

void ReportDocument::table(ReportTable table)
{
    blocks << std::move(table);
}

void ReportDocument::figure(const QString &id, const QSize &size, const QString &alt)
{
    blocks << Figure{id, size, alt};
}

void ReportDocument::pageBreak()
{
    blocks << PageBreak{};
}

void ReportDocument::cover(Cover cover)
{
    blocks << std::move(cover);
}

QString ReportDocument::styleSheet()
{
    // One type scale: 26 / 16 / 12 / 10 / 8.5 pt. QTextDocument reads this subset of CSS, browsers all of it.
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 10pt; color: #1f2933; }\n"
        "h1 { font-size: 26pt; font-weight: bold; color: #12355b; margin-top: 0px; margin-bottom: 10px; }\n"
        "h2 { font-size: 16pt; font-weight: bold; color: #12355b; margin-top: 26px; margin-bottom: 8px; }\n"
        "h3 { font-size: 12pt; font-weight: bold; color: #1f2933; margin-top: 16px; margin-bottom: 6px; }\n"
        "h4 { font-size: 11pt; font-weight: normal; color: #1f2933; margin-top: 12px; margin-bottom: 2px; }\n"
        "p { margin-top: 0px; margin-bottom: 8px; line-height: 130%; }\n"
        "p.lead { font-size: 11pt; }\n"
        "p.note { font-size: 8.5pt; color: #52606d; }\n"
        "p.empty { color: #52606d; font-style: italic; }\n"
        "p.quote { font-size: 10.5pt; font-style: italic; color: #243b53; margin-left: 18px; margin-right: 18px; "
        "margin-top: 4px; }\n"
        "span.barfill { color: #3b6ea5; }\n"
        "span.barrest { color: #d9e2ec; }\n"
        "tr.total td { font-weight: bold; border-top: 1px solid #9fb3c8; }\n"
        "p.spacer { font-size: 2pt; margin-top: 0px; margin-bottom: 0px; }\n"
        "p.kicker { font-size: 12pt; font-weight: bold; color: #3b6ea5; margin-top: 180px; margin-bottom: 6px; }\n"
        "p.coverline { font-size: 12pt; color: #334e68; margin-bottom: 4px; }\n"
        "p.contents { font-size: 12pt; font-weight: bold; color: #12355b; margin-top: 60px; margin-bottom: 6px; }\n"
        "p.figure { margin-top: 6px; margin-bottom: 12px; line-height: 100%; }\n"
        "ul { margin-top: 0px; margin-bottom: 8px; }\n"
        "li { margin-bottom: 3px; }\n"
        "table.data { border-collapse: collapse; margin-top: 2px; margin-bottom: 12px; }\n"
        "table.data th { background-color: #e4ebf3; color: #12355b; font-weight: bold; text-align: left; "
        "padding: 4px 6px; border-bottom: 1px solid #9fb3c8; }\n"
        "table.data td { padding: 3px 6px; border-bottom: 1px solid #d9e2ec; }\n"
        "table.compact td, table.compact th { font-size: 8.5pt; }\n"
        "table.contents td { padding: 3px 0px; font-size: 11pt; border-bottom: 1px solid #d9e2ec; }\n"
        "th.num, td.num, table.data th.num { text-align: right; }\n"
        "td.flag { color: #b54708; font-weight: bold; }\n"
        "a { color: #1f2933; text-decoration: none; }\n");
}

QString ReportDocument::toHtml(const HtmlOptions &options) const
{
    QString html;
    if (options.standalone) {
        html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n")
                    .arg(reportLocale().name().section(QLatin1Char('_'), 0, 0));
        html += QStringLiteral("<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<meta name=\"generator\" content=\"Cultivate\">\n<title>%1</title>\n<style>\n%2"
                               "body { max-width: 46em; margin: 2em auto; padding: 0 1em; }\n"
                               "p.kicker { margin-top: 1em; } p.contents { margin-top: 2em; }\n"
                               "img { max-width: 100%; height: auto; }\n"
                               "table.data { width: 100%; }\n"
                               "h2, h3, h4 { break-after: avoid; }\n"
                               "@media print { tr, img, p.figure { break-inside: avoid; } "
                               "thead { display: table-header-group; } }\n"
                               "@media (max-width: 600px) {\n"
                               "  body { margin: 0.5em auto; padding: 0 0.6em; font-size: 11pt; }\n"
                               "  h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 18px; }\n"
                               "  table.data { display: block; overflow-x: auto; width: auto; max-width: 100%; }\n"
                               "  table.data th, table.data td { padding: 3px 4px; }\n"
                               "  table.compact td, table.compact th { font-size: 9pt; }\n"
                               "  p.quote { margin-left: 8px; margin-right: 0; }\n"
                               "}\n"
                               "</style>\n</head>\n")
                    .arg(options.title.toHtmlEscaped(), styleSheet());
    }
    html += QStringLiteral("<body>\n");
    bool breakBefore = false;
    // The attribute that starts the next block on a new page, once.
    const auto pageBreak = [&breakBefore]() {
        const QString style = breakBefore ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
        breakBefore = false;
        return style;
    };
    for (const Block &block : blocks) {
        std::visit(
            Overloaded{
                [&](const Heading &h) {
                    const QString tag = QStringLiteral("h%1").arg(h.level);
                    const QString anchor =
                        h.anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(h.anchor.toHtmlEscaped());
                    html += QStringLiteral("<%1%2%3>%4</%1>\n").arg(tag, anchor, pageBreak(), escaped(h.text));
                },
                [&](const Paragraph &p) {
                    const QString label =
                        p.label.isEmpty() ? QString() : QStringLiteral("<b>%1</b> ").arg(escaped(p.label));
                    html += QStringLiteral("<p class=\"%1\"%2>%3%4</p>\n")
                                .arg(styleClass(p.style), pageBreak(), label, escaped(p.text));
                },
                [&](const Bullets &b) {
                    html += QStringLiteral("<ul%1>\n").arg(pageBreak());
                    for (const QString &item : b.items)
                        html += QStringLiteral("<li>%1</li>\n").arg(escaped(item));
                    html += QStringLiteral("</ul>\n");
                },
                [&](const ReportTable &t) {
                    html += QStringLiteral("<table class=\"data%1\" width=\"100%\" cellspacing=\"0\" "
                                           "cellpadding=\"4\"%2>\n")
                                .arg(t.compact ? QStringLiteral(" compact") : QString(), pageBreak());
                    const auto numeric = [&t](qsizetype column) { return t.numeric.value(column, false); };
                    if (!t.header.isEmpty()) {
                        html += QStringLiteral("<thead><tr>");
                        for (qsizetype c = 0; c < t.header.size(); ++c) {
                            const QString width =
                                c < t.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(t.widths[c]) : QString();
                            html += QStringLiteral("<th%1%2>%3</th>")
                                        .arg(numeric(c) ? QStringLiteral(" class=\"num\" align=\"right\"")
                                                        : QStringLiteral(" align=\"left\""),
                                             width, escaped(t.header[c]));
                        }
                        html += QStringLiteral("</tr></thead>\n");
                    }
                    html += QStringLiteral("<tbody>\n");
                    for (qsizetype r = 0; r < t.rows.size(); ++r) {
                        const auto &row = t.rows[r];
                        html += t.total && r == t.rows.size() - 1 ? QStringLiteral("<tr class=\"total\">")
                                                                  : QStringLiteral("<tr>");
                        for (qsizetype c = 0; c < row.size(); ++c) {
                            QStringList classes;
                            if (numeric(c))
                                classes << QStringLiteral("num");
                            if (row[c].flagged)
                                classes << QStringLiteral("flag");
                            const QString cls =
                                classes.isEmpty() ? QString()
                                                  : QStringLiteral(" class=\"%1\"").arg(classes.join(QLatin1Char(' ')));
                            QString text = escaped(row[c].text);
                            if (row[c].bar) {
                                const QString bar = barText(*row[c].bar);
                                const qsizetype filled = bar.count(QChar(0x2588));
                                text = QStringLiteral("<span class=\"barfill\">%1</span><span class=\"barrest\">%2"
                                                      "</span> %3")
                                           .arg(bar.left(filled), bar.mid(filled), text);
                            }
                            html += QStringLiteral("<td%1%2>%3</td>")
                                        .arg(cls, numeric(c) ? QStringLiteral(" align=\"right\"") : QString(), text);
                        }
                        html += QStringLiteral("</tr>\n");
                    }
                    html += QStringLiteral("</tbody></table>\n");
                },
                [&](const Figure &f) {
                    html += QStringLiteral("<p class=\"figure\" align=\"center\"%1><img src=\"%2\" width=\"%3\" "
                                           "height=\"%4\" alt=\"%5\"></p>\n")
                                .arg(pageBreak(), options.imageSource(f.id).toHtmlEscaped())
                                .arg(f.size.width())
                                .arg(f.size.height())
                                .arg(f.alt.toHtmlEscaped());
                },
                [&](const PageBreak &) { breakBefore = true; },
                [&](const Cover &c) {
                    // QTextDocument drops the top margin of a document's first block: a spacer keeps the cover's.
                    html += QStringLiteral("<p class=\"spacer\"%1>&nbsp;</p>\n").arg(pageBreak());
                    html += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(escaped(c.kicker));
                    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(c.title));
                    for (const QString &line : c.lines)
                        html += QStringLiteral("<p class=\"coverline\">%1</p>\n").arg(escaped(line));
                    if (c.contents.isEmpty())
                        return;
                    html += QStringLiteral("<p class=\"contents\">%1</p>\n").arg(escaped(c.contentsTitle));
                    html += QStringLiteral("<table class=\"contents\" width=\"100%\" cellspacing=\"0\" "
                                           "cellpadding=\"3\">\n");
                    for (const auto &[text, anchor] : c.contents) {
                        const int page = options.pageOfAnchor.value(anchor, 0);
                        const QString entry =
                            options.linkContents
                                ? QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor.toHtmlEscaped(), escaped(text))
                                : escaped(text);
                        html += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\" width=\"10%\">%2</td>"
                                               "</tr>\n")
                                    .arg(entry, page > 0 ? QString::number(page) : QString());
                    }
                    html += QStringLiteral("</table>\n");
                },
            },
            block);
    }
    html += QStringLiteral("</body>\n");
    if (options.standalone)
        html += QStringLiteral("</html>\n");
    return html;
}

QString ReportDocument::toMarkdown(const ImageSource &imageSource) const
{
    QStringList parts;
    for (const Block &block : blocks) {
        std::visit(
            Overloaded{
                [&](const Heading &h) {
                    parts << QString(h.level, QLatin1Char('#')) + QLatin1Char(' ') + escapedMarkdownLine(h.text);
                },
                [&](const Paragraph &p) {
                    QString text = escapedMarkdown(p.text);
                    if (p.style == Style::Note || p.style == Style::Empty)
                        text = QStringLiteral("*%1*").arg(text);
                    if (p.style == Style::Quote)
                        text = QStringLiteral("> ") + text.replace(QStringLiteral("\\\n"), QStringLiteral("\\\n> "));
                    if (!p.label.isEmpty())
                        text = QStringLiteral("**%1** %2").arg(escapedMarkdownLine(p.label), text);
                    parts << text;
                },
                [&](const Bullets &b) {
                    QStringList lines;
                    for (const QString &item : b.items)
                        lines << QStringLiteral("- ") + escapedMarkdown(item);
                    parts << lines.join(QLatin1Char('\n'));
                },
                [&](const ReportTable &t) {
                    QStringList lines;
                    const qsizetype columns =
                        t.header.isEmpty() ? (t.rows.isEmpty() ? 0 : t.rows.first().size()) : t.header.size();
                    if (columns == 0)
                        return;
                    QStringList header;
                    QStringList rule;
                    for (qsizetype c = 0; c < columns; ++c) {
                        header << markdownCell(t.header.value(c));
                        rule << (t.numeric.value(c, false) ? QStringLiteral("---:") : QStringLiteral("---"));
                    }
                    lines << QStringLiteral("| %1 |").arg(header.join(QStringLiteral(" | ")));
                    lines << QStringLiteral("| %1 |").arg(rule.join(QStringLiteral(" | ")));
                    for (const auto &row : t.rows) {
                        QStringList cells;
                        for (qsizetype c = 0; c < columns; ++c) {
                            const ReportCell cell = row.value(c);
                            QString text = markdownCell(cell.text);
                            if (cell.bar)
                                text = barText(*cell.bar) + QLatin1Char(' ') + text;
                            cells << (cell.flagged && !text.isEmpty() ? QStringLiteral("**%1**").arg(text) : text);
                        }
                        lines << QStringLiteral("| %1 |").arg(cells.join(QStringLiteral(" | ")));
                    }
                    parts << lines.join(QLatin1Char('\n'));
                },
                [&](const Figure &f) {
                    parts << QStringLiteral("![%1](%2)").arg(markdownCell(f.alt), imageSource(f.id));
                },
                [&](const PageBreak &) {},
                [&](const Cover &c) {
                    parts << QStringLiteral("# ") + escapedMarkdownLine(c.title);
                    parts << QStringLiteral("**%1**").arg(escapedMarkdownLine(c.kicker));
                    for (const QString &line : c.lines)
                        parts << escapedMarkdown(line);
                },
            },
            block);
    }
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace cultivate
