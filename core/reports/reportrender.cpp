// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Page layout and the four output formats of the stakeholder report.
#include "core/reports/report.h"

#include "core/export/atomicfile.h"
#include "core/reports/reportfont.h"
#include "core/reports/reportformat.h"
#include "core/reports/reportodt.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <cmath>

namespace cultivate {

namespace {

// A class lupdate can see, so that it files these strings under the context they are looked up in.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(cultivate::Report)
};

constexpr int Dpi = 96; // the report's layout unit: one pixel at 96 dpi
constexpr qreal FooterHeight = 34;
constexpr qreal LineOverlap = 8; // at most a line's leading below its text, in pixels

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, ReportText::tr("Writing the report was cancelled."));
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The document without the figures whose chart was not rendered.
ReportDocument renderedDocument(const ReportContent &content)
{
    QSet<QString> rendered;
    for (const ReportChart &c : content.charts) {
        if (!c.image.isNull())
            rendered.insert(c.id);
    }
    ReportDocument doc = content.document;
    doc.blocks.removeIf([&rendered](const ReportDocument::Block &b) {
        const auto *figure = std::get_if<ReportDocument::Figure>(&b);
        return figure && !rendered.contains(figure->id);
    });
    return doc;
}

QString resourceName(const QString &chartId)
{
    return QStringLiteral("charts/%1.png").arg(chartId);
}

// Loads the report's HTML into a QTextDocument with the chart images as resources.
void loadDocument(QTextDocument &doc, const ReportContent &content, const ReportDocument &source,
                  const QHash<QString, int> &pages)
{
    doc.setDefaultFont(reportFont(10));
    doc.setDefaultStyleSheet(ReportDocument::styleSheet());
    doc.setDocumentMargin(0);
    doc.setMetaInformation(QTextDocument::DocumentTitle, content.title);
    for (const ReportChart &c : content.charts) {
        if (!c.image.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(resourceName(c.id)), c.image);
    }
    ReportDocument::HtmlOptions options;
    options.imageSource = resourceName;
    options.title = content.title;
    options.pageOfAnchor = pages;
    options.linkContents = false;
    doc.setHtml(source.toHtml(options));
}

// --- pages ---------------------------------------------------------------------------------------

// The report laid out on pages of one paper size, in pixels at 96 dpi: a body area that the text
// flows through and a footer with the page number.
class PagedReport {
public:
    PagedReport(const ReportContent &content, const QPageLayout &layout)
        : m_content(content)
        , m_source(renderedDocument(content))
        , m_layout(layout)
    {
        // Lay out against a 96 dpi device whatever the screen's resolution, so pages look alike everywhere.
        m_device.setDotsPerMeterX(qRound(Dpi / 0.0254));
        m_device.setDotsPerMeterY(qRound(Dpi / 0.0254));
        const QRect body = layout.paintRectPixels(Dpi);
        m_bodySize = QSizeF(body.width(), body.height() - FooterHeight);
        m_hasCover =
            !m_source.blocks.isEmpty() && std::holds_alternative<ReportDocument::Cover>(m_source.blocks.first());
        load({});
        if (m_hasCover) {
            // The cover's contents list the page of every section; it stays on the first page, so filling
            // in the numbers moves nothing.
            load(sectionPages());
        }
    }

    int pageCount() const { return std::max(1, int(std::ceil(m_doc.size().height() / m_bodySize.height() - 1e-6))); }
    QPageLayout pageLayout() const { return m_layout; }

    // Paints one page; the painter's origin is the top left of the page's printable area.
    void paint(QPainter &painter, int page) const
    {
        painter.save();
        const QRectF view(0, page * m_bodySize.height(), m_bodySize.width(), m_bodySize.height());
        painter.setClipRect(QRectF(QPointF(0, 0), m_bodySize));
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext context;
        // The layout draws every line its clip touches. A line's box includes its leading, which may
        // reach a few pixels into the next page, and a line moved to a new page starts exactly on its
        // top: trimming the clip keeps each line on the one page it belongs to (in the PDF's text too,
        // which ignores the painter's clip).
        context.clip = view.adjusted(0, LineOverlap, 0, -1);
        context.palette.setColor(QPalette::Text, QColor(0x1f2933));
        m_doc.documentLayout()->draw(&painter, context);
        painter.restore();

        if (page == 0 && m_hasCover)
            return;
        painter.save();
        const qreal y = m_bodySize.height() + 12;
        painter.setPen(QPen(QColor(0xd9e2ec), 1));
        painter.drawLine(QPointF(0, y), QPointF(m_bodySize.width(), y));
        // In layout pixels, as the page is: a point size would follow the device's resolution and
        // come out many times too large on a printer that is scaled down to the layout.
        QFont font = reportFont(7.5);
        font.setPixelSize(qRound(7.5 * Dpi / 72.0));
        painter.setFont(font);
        painter.setPen(QColor(0x52606d));
        const QRectF line(0, y + 4, m_bodySize.width(), FooterHeight - 16);
        painter.drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1 \u00b7 %2").arg(m_content.communityName, reportPeriod(m_content.from, m_content.to)));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         ReportText::tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
        painter.restore();
    }

private:
    void load(const QHash<QString, int> &pages)
    {
        m_doc.clear();
        m_doc.documentLayout()->setPaintDevice(&m_device);
        loadDocument(m_doc, m_content, m_source, pages);
        m_doc.setPageSize(m_bodySize);
        avoidAwkwardBreaks();
        removeBlankPages();
    }

    int pageOf(qreal y) const { return int(std::floor(y / m_bodySize.height() + 1e-6)); }
    bool atPageTop(qreal y) const { return y - pageOf(y) * m_bodySize.height() < 4; }
    static bool isHeading(const QTextBlock &block) { return block.blockFormat().headingLevel() > 0; }

    struct Element {
        QTextBlock block{};
        QTextFrame *frame = nullptr; // a table
        QRectF rect{};
        qreal first = 0;     // top of the first line or row, which pagination may have moved down
        bool figure = false; // a paragraph that holds a chart
    };

    QList<Element> elements() const
    {
        QList<Element> list;
        QAbstractTextDocumentLayout *layout = m_doc.documentLayout();
        for (auto it = m_doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            Element e;
            if (QTextFrame *frame = it.currentFrame()) {
                e.frame = frame;
                e.rect = layout->frameBoundingRect(frame);
                e.first = e.rect.top();
                if (auto *table = qobject_cast<QTextTable *>(frame); table && table->rows() > 0)
                    e.first = layout->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block()).top();
            } else {
                e.block = it.currentBlock();
                e.rect = layout->blockBoundingRect(e.block);
                e.first = e.rect.top();
                if (const QTextLayout *text = e.block.layout(); text && text->lineCount() > 0)
                    e.first = text->position().y() + text->lineAt(0).y();
                e.figure = e.block.text() == QString(QChar::ObjectReplacementCharacter);
            }
            list << e;
        }
        return list;
    }

    // Keeps a heading with what follows it, a heading and a short introduction with the chart or table
    // they introduce, and a table in one piece when it fits on a page, by starting them on a new page.
    void avoidAwkwardBreaks()
    {
        for (int round = 0; round < 200; ++round) {
            const QList<Element> list = elements();
            qsizetype target = -1;
            for (qsizetype i = 0; i < list.size() && target < 0; ++i) {
                const Element &e = list[i];
                if (e.frame) {
                    // A table that fits on a page stays in one piece; a longer one at least starts on
                    // a page with room for more than a few of its rows.
                    const qreal height = m_bodySize.height();
                    const bool splits = pageOf(e.first) != pageOf(e.rect.bottom() - 1);
                    const bool lateStart = e.first - pageOf(e.first) * height > height * 0.7;
                    if (splits && (e.rect.height() < height * 0.8 || lateStart))
                        target = leadIn(list, i);
                } else if (isHeading(e.block) && i + 1 < list.size()) {
                    const Element &next = list[i + 1];
                    if (pageOf(next.first + 1) != pageOf(e.first + 1)) {
                        target = leadIn(list, i);
                    } else if (const qsizetype introduced = introducedAfter(list, i);
                               introduced >= 0 && pageOf(list[introduced].first + 1) != pageOf(e.first + 1)) {
                        // The heading and its introduction would end a page, the table or chart start the next.
                        target = leadIn(list, i);
                    }
                } else if (e.figure && i > 0 && !list[i - 1].frame && !list[i - 1].figure &&
                           list[i - 1].rect.height() < 120 && pageOf(list[i - 1].first + 1) != pageOf(e.first + 1)) {
                    // A chart stays with the sentence that introduces it.
                    target = leadIn(list, i - 1);
                } else if (!e.figure && !isHeading(e.block) && strandsALine(e)) {
                    target = leadIn(list, i);
                }
                if (target >= 0 && (atPageTop(list[target].first) || breaksBefore(list[target])))
                    target = -1; // already at the top of a page, or starting one: nothing better is possible
            }
            if (target < 0)
                return;
            breakBefore(list[target]);
        }
    }

    // A paragraph split so that a single line stands alone at the foot or the top of a page (and a
    // short one split at all) starts on the next page instead.
    bool strandsALine(const Element &e) const
    {
        const QTextLayout *text = e.block.layout();
        if (!text || text->lineCount() < 2)
            return false;
        const qreal top = text->position().y();
        const int firstPage = pageOf(top + text->lineAt(0).y() + 1);
        int before = 0;
        for (int l = 0; l < text->lineCount(); ++l)
            before += pageOf(top + text->lineAt(l).y() + 1) == firstPage;
        const int after = text->lineCount() - before;
        if (after == 0)
            return false;
        return before == 1 || after == 1 || text->lineCount() <= 4;
    }

    // A paragraph short enough to travel to the next page with the table or chart it introduces:
    // up to about a third of a page (a few sentences), not a heading.
    bool isIntroduction(const QList<Element> &list, qsizetype i) const
    {
        return i >= 0 && i < list.size() && !list[i].frame && !list[i].figure && !isHeading(list[i].block) &&
               list[i].rect.height() < m_bodySize.height() * 0.3;
    }

    // The table or chart that the heading at `index` introduces, through at most two introductory
    // paragraphs; -1 when something else follows.
    qsizetype introducedAfter(const QList<Element> &list, qsizetype index) const
    {
        for (qsizetype i = index + 1; i < list.size() && i <= index + 3; ++i) {
            if (list[i].frame || list[i].figure)
                return i;
            if (!isIntroduction(list, i))
                return -1;
        }
        return -1;
    }

    // The first element of what should stay together with the table at `index`.
    // The headings before it (a section's and its part's) and an introduction under them.
    qsizetype leadIn(const QList<Element> &list, qsizetype index) const
    {
        const auto heading = [&list](qsizetype i) { return i >= 0 && !list[i].frame && isHeading(list[i].block); };
        const auto shortText = [&list, this](qsizetype i) { return isIntroduction(list, i); };
        qsizetype first = index;
        for (int step = 0; step < 4; ++step) {
            if (heading(first - 1))
                first -= 1;
            else if (shortText(first - 1) && heading(first - 2))
                first -= 2;
            else if (shortText(first - 1) && shortText(first - 2) && heading(first - 3))
                first -= 3; // an introduction in two short paragraphs
            else
                break;
        }
        return first;
    }

    static bool breaksBefore(const Element &e)
    {
        const auto policy =
            e.frame ? e.frame->frameFormat().pageBreakPolicy() : e.block.blockFormat().pageBreakPolicy();
        return policy & QTextFormat::PageBreak_AlwaysBefore;
    }

    // A break before an element that follows a table ending right at a page's foot starts yet another
    // page and leaves one blank. Such an element starts the next page by a wider margin under the
    // table instead (without it, the layout would leave its first line across the page's edge).
    void removeBlankPages()
    {
        for (int round = 0; round < 50; ++round) {
            const QList<Element> list = elements();
            qsizetype blank = -1;
            for (qsizetype i = 1; i < list.size() && blank < 0; ++i) {
                if (!list[i].frame && breaksBefore(list[i]) &&
                    pageOf(list[i].first) >= pageOf(list[i - 1].rect.bottom() - 1) + 2)
                    blank = i;
            }
            if (blank < 0)
                return;
            QTextBlock block = list[blank].block;
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(block).setBlockFormat(format);
            const Element moved = elements().at(blank);
            const qreal pageEnd = (pageOf(moved.first) + 1) * m_bodySize.height();
            auto *table = qobject_cast<QTextTable *>(list[blank - 1].frame);
            if (table && moved.first < pageEnd && moved.first > pageEnd - 80) {
                // After a table the block's own top margin does not move it: the table's does.
                QTextTableFormat tableFormat = table->format();
                tableFormat.setBottomMargin(tableFormat.bottomMargin() + pageEnd - moved.first + 1);
                table->setFormat(tableFormat);
            }
        }
    }

    void breakBefore(const Element &e)
    {
        if (auto *table = qobject_cast<QTextTable *>(e.frame)) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        } else if (e.block.isValid()) {
            QTextBlockFormat format = e.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(e.block).setBlockFormat(format);
        }
    }

    // Pages (1-based) of the sections, by anchor, in the order the cover lists them.
    QHash<QString, int> sectionPages() const
    {
        const auto *cover = std::get_if<ReportDocument::Cover>(&m_source.blocks.first());
        QHash<QString, int> pages;
        qsizetype next = 0;
        for (const Element &e : elements()) {
            if (e.frame || e.block.blockFormat().headingLevel() != 2 || next >= cover->contents.size())
                continue;
            pages.insert(cover->contents[next++].second, pageOf(e.rect.top()) + 1);
        }
        return pages;
    }

    const ReportContent &m_content;
    ReportDocument m_source;
    QPageLayout m_layout;
    QImage m_device{1, 1, QImage::Format_RGB32};
    QSizeF m_bodySize{};
    bool m_hasCover = false;
    mutable QTextDocument m_doc;
};

QPageLayout pageLayout(PaperSize paper)
{
    return QPageLayout(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(20, 18, 20, 12), QPageLayout::Millimeter);
}

// --- formats -------------------------------------------------------------------------------------

Result<void> writePdf(const ReportContent &content, QIODevice &device, const ReportProgress &progress)
{
    const PagedReport paged(content, pageLayout(content.paper));
    QPdfWriter writer(&device);
    writer.setResolution(Dpi);
    writer.setPageLayout(paged.pageLayout());
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Cultivate"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, ReportText::tr("The PDF could not be started."));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform |
                           QPainter::LosslessImageRendering);
    const int pages = paged.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        paged.paint(painter, page);
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return cancelled();
        }
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, ReportText::tr("The PDF could not be finished."));
    return {};
}

Result<void> writeOdt(const ReportContent &content, QIODevice &device, const ReportProgress &progress)
{
    if (progress && !progress(0, 1))
        return cancelled();
    OdtOptions options;
    options.title = content.title;
    options.footer = QStringLiteral("%1 \u00b7 %2").arg(content.communityName, reportPeriod(content.from, content.to));
    options.letter = content.paper == PaperSize::Letter;
    options.created = QDateTime(content.today, QTime(12, 0), Qt::UTC);
    for (const ReportChart &c : content.charts) {
        if (!c.image.isNull())
            options.images.insert(c.id, c.image);
    }
    const QByteArray bytes = odtPackage(renderedDocument(content), options);
    if (device.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, device.errorString());
    if (progress && !progress(1, 1))
        return cancelled();
    return {};
}

Result<void> writeHtml(const ReportContent &content, QIODevice &device, const ReportProgress &progress)
{
    QHash<QString, QString> uris;
    const int total = int(content.charts.size()) + 1;
    int done = 0;
    for (const ReportChart &c : content.charts) {
        if (!c.image.isNull())
            uris.insert(c.id,
                        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(c.image).toBase64()));
        if (progress && !progress(++done, total))
            return cancelled();
    }
    ReportDocument::HtmlOptions options;
    options.standalone = true;
    options.title = content.title;
    options.imageSource = [&uris](const QString &id) { return uris.value(id); };
    const QByteArray html = renderedDocument(content).toHtml(options).toUtf8();
    if (device.write(html) != html.size())
        return makeError(ErrorCode::Io, device.errorString());
    if (progress && !progress(total, total))
        return cancelled();
    return {};
}

// The folder beside a Markdown report that holds its chart images: "report.md" -> "report_files".
QString markdownFolderName(const QString &path)
{
    return QFileInfo(path).completeBaseName() + QStringLiteral("_files");
}

// The chart images go into a companion folder of the report file, swapped in with it.
Result<void> writeMarkdownImages(const ReportContent &content, AtomicFile &file, const ReportProgress &progress)
{
    bool any = false;
    for (const ReportChart &c : content.charts)
        any = any || !c.image.isNull();
    if (!any)
        return {};
    const QFileInfo info(file.path());
    if (auto folder = file.companionFolder(info.dir().filePath(markdownFolderName(file.path()))); !folder.ok())
        return folder.error();
    const int total = int(content.charts.size()) + 1;
    int done = 0;
    for (const ReportChart &c : content.charts) {
        if (!c.image.isNull()) {
            if (auto written = file.writeCompanion(c.id + QStringLiteral(".png"), pngBytes(c.image)); !written.ok())
                return written;
        }
        if (progress && !progress(++done, total))
            return cancelled();
    }
    return {};
}

Result<void> writeMarkdown(const ReportContent &content, const QString &path, QIODevice &device)
{
    const QString folder = QString::fromLatin1(QUrl::toPercentEncoding(markdownFolderName(path)));
    const QByteArray text =
        renderedDocument(content)
            .toMarkdown([&folder](const QString &id) { return QStringLiteral("%1/%2.png").arg(folder, id); })
            .toUtf8();
    if (device.write(text) != text.size())
        return makeError(ErrorCode::Io, device.errorString());
    return {};
}

} // namespace

QFont reportFont(qreal pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Without shaping where a script does not need it, "fi" and "fl" stay two letters in the PDF, so
    // that its text can be searched and copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

Result<void> writeReport(const ReportContent &content, const QString &path, ReportFormat format,
                         const ReportProgress &progress)
{
    // One atomic file (with the Markdown images as its companion folder): on any failure the earlier
    // report of that name stays and nothing partial is left.
    AtomicFile file(path);
    if (auto opened = file.open(); !opened.ok())
        return opened;
    Result<void> written = [&]() -> Result<void> {
        switch (format) {
        case ReportFormat::Pdf:
            return writePdf(content, file.device(), progress);
        case ReportFormat::Html:
            return writeHtml(content, file.device(), progress);
        case ReportFormat::Odt:
            return writeOdt(content, file.device(), progress);
        case ReportFormat::Markdown:
            if (auto images = writeMarkdownImages(content, file, progress); !images.ok())
                return images;
            return writeMarkdown(content, path, file.device());
        }
        return makeError(ErrorCode::InvalidInput, ReportText::tr("Unknown report format."));
    }();
    if (!written.ok()) {
        // A failure of the disk says more than the writer's own message.
        const Result<void> system = file.writeFailure();
        file.discard();
        return system.ok() ? written : system;
    }
    return file.commit();
}

Result<void> writeReport(const ReportData &data, const ReportOptions &options, const QString &path, ReportFormat format,
                         const QDate &today, const ReportProgress &progress)
{
    // Progress in thousandths: the charts take the first half, writing the second.
    const auto part = [&progress](int offset) -> ReportProgress {
        if (!progress)
            return {};
        return [&progress, offset](int done, int total) {
            return progress(offset + (total > 0 ? 500 * done / total : 500), 1000);
        };
    };
    ReportContent content = composeReport(data, options, today);
    if (auto charts = renderReportCharts(content, part(0)); !charts.ok())
        return charts;
    return writeReport(content, path, format, part(500));
}

bool paintReport(const ReportContent &content, QPagedPaintDevice &device)
{
    const PagedReport paged(content, pageLayout(content.paper));
    device.setPageLayout(paged.pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // The layout is in pixels at 96 dpi; the device has its own resolution.
    const qreal sx = qreal(device.logicalDpiX()) / Dpi;
    const qreal sy = qreal(device.logicalDpiY()) / Dpi;
    const int pages = paged.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(sx, sy);
        paged.paint(painter, page);
        painter.restore();
    }
    return painter.end();
}

QList<QImage> reportPageImages(const ReportContent &content, int width, const ReportProgress &progress)
{
    const PagedReport paged(content, pageLayout(content.paper));
    const QPageLayout layout = paged.pageLayout();
    const QRect full = layout.fullRectPixels(Dpi);
    const QRect body = layout.paintRectPixels(Dpi);
    const qreal scale = qreal(width) / full.width();
    QList<QImage> images;
    const int pages = paged.pageCount();
    for (int page = 0; page < pages; ++page) {
        QImage image(width, qRound(full.height() * scale), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        painter.translate(body.topLeft());
        paged.paint(painter, page);
        painter.end();
        images << image;
        if (progress && !progress(page + 1, pages))
            return {};
    }
    return images;
}

} // namespace cultivate
