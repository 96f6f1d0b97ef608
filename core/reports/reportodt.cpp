// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportodt.h"

#include "core/reports/reportformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <zlib.h>

#include <algorithm>
#include <cmath>

namespace cultivate {

namespace {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// --- zip ----------------------------------------------------------------------------------------

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return status == Z_STREAM_END ? out : QByteArray();
}

// --- XML helpers ----------------------------------------------------------------------------------

const QString Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString Style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString Text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString Table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString Draw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString XLink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString Dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString Meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString Manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

void declareNamespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(Office, QStringLiteral("office"));
    w.writeNamespace(Style, QStringLiteral("style"));
    w.writeNamespace(Text, QStringLiteral("text"));
    w.writeNamespace(Table, QStringLiteral("table"));
    w.writeNamespace(Draw, QStringLiteral("draw"));
    w.writeNamespace(Fo, QStringLiteral("fo"));
    w.writeNamespace(XLink, QStringLiteral("xlink"));
    w.writeNamespace(Dc, QStringLiteral("dc"));
    w.writeNamespace(Meta, QStringLiteral("meta"));
    w.writeNamespace(Svg, QStringLiteral("svg"));
}

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

// A paragraph style: name, parent, paragraph properties, text properties.
void paragraphStyle(QXmlStreamWriter &w, const QString &name, const QString &parent,
                    const QList<std::pair<QString, QString>> &paragraph, const QList<std::pair<QString, QString>> &text,
                    const QString &family = QStringLiteral("paragraph"))
{
    w.writeStartElement(Style, QStringLiteral("style"));
    w.writeAttribute(Style, QStringLiteral("name"), name);
    w.writeAttribute(Style, QStringLiteral("display-name"),
                     QString(name).replace(QStringLiteral("_20_"), QStringLiteral(" ")));
    w.writeAttribute(Style, QStringLiteral("family"), family);
    if (!parent.isEmpty())
        w.writeAttribute(Style, QStringLiteral("parent-style-name"), parent);
    if (name.startsWith(QLatin1String("Heading_20_"))) {
        w.writeAttribute(Style, QStringLiteral("default-outline-level"), name.right(1));
        w.writeAttribute(Style, QStringLiteral("class"), QStringLiteral("text"));
    }
    if (!paragraph.isEmpty()) {
        w.writeStartElement(Style, QStringLiteral("paragraph-properties"));
        for (const auto &[key, value] : paragraph)
            w.writeAttribute(key.startsWith(QLatin1String("style:")) ? Style : Fo, key.section(QLatin1Char(':'), 1),
                             value);
        w.writeEndElement();
    }
    if (!text.isEmpty()) {
        w.writeStartElement(Style, QStringLiteral("text-properties"));
        for (const auto &[key, value] : text)
            w.writeAttribute(key.startsWith(QLatin1String("style:")) ? Style : Fo, key.section(QLatin1Char(':'), 1),
                             value);
        w.writeEndElement();
    }
    w.writeEndElement();
}

using Props = QList<std::pair<QString, QString>>;

QString sansFont()
{
    return QStringLiteral("DejaVu Sans");
}

QByteArray stylesXml(const OdtOptions &options)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(false);
    w.writeStartDocument();
    declareNamespaces(w);
    w.writeStartElement(Office, QStringLiteral("document-styles"));
    w.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));

    w.writeStartElement(Office, QStringLiteral("font-face-decls"));
    w.writeStartElement(Style, QStringLiteral("font-face"));
    w.writeAttribute(Style, QStringLiteral("name"), sansFont());
    w.writeAttribute(Svg, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    w.writeAttribute(Style, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(Office, QStringLiteral("styles"));
    // Defaults: the report's typeface, and no paragraph split with a single line on either page.
    w.writeStartElement(Style, QStringLiteral("default-style"));
    w.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeStartElement(Style, QStringLiteral("paragraph-properties"));
    w.writeAttribute(Fo, QStringLiteral("orphans"), QStringLiteral("2"));
    w.writeAttribute(Fo, QStringLiteral("widows"), QStringLiteral("2"));
    w.writeEndElement();
    w.writeStartElement(Style, QStringLiteral("text-properties"));
    w.writeAttribute(Style, QStringLiteral("font-name"), sansFont());
    w.writeAttribute(Fo, QStringLiteral("font-size"), QStringLiteral("10pt"));
    w.writeAttribute(Fo, QStringLiteral("language"), reportLocale().name().section(QLatin1Char('_'), 0, 0));
    w.writeAttribute(Fo, QStringLiteral("color"), QStringLiteral("#1f2933"));
    w.writeEndElement();
    w.writeEndElement();

    const QString navy = QStringLiteral("#12355b");
    paragraphStyle(w, QStringLiteral("Standard"), {}, {}, {});
    paragraphStyle(w, QStringLiteral("Text_20_body"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("0cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")},
                    {QStringLiteral("fo:line-height"), QStringLiteral("125%")}},
                   {});
    paragraphStyle(w, QStringLiteral("Heading"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")},
                    {QStringLiteral("fo:margin-top"), QStringLiteral("0.45cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")}},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), navy}});
    paragraphStyle(w, QStringLiteral("Heading_20_1"), QStringLiteral("Heading"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("16pt")}});
    paragraphStyle(w, QStringLiteral("Heading_20_2"), QStringLiteral("Heading"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("0.35cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("fo:color"), QStringLiteral("#1f2933")}});
    paragraphStyle(w, QStringLiteral("Title"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("26pt")},
                    {QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                    {QStringLiteral("fo:color"), navy}});
    paragraphStyle(w, QStringLiteral("Subtitle"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("4cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                    {QStringLiteral("fo:color"), QStringLiteral("#3b6ea5")}});
    paragraphStyle(w, QStringLiteral("Cover_20_line"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("fo:color"), QStringLiteral("#334e68")}});
    paragraphStyle(w, QStringLiteral("Contents_20_Heading"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("1.5cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                    {QStringLiteral("fo:color"), navy}});
    paragraphStyle(w, QStringLiteral("Contents_20_1"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("11pt")}});
    paragraphStyle(w, QStringLiteral("Lead"), QStringLiteral("Text_20_body"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("11pt")}});
    paragraphStyle(w, QStringLiteral("Note"), QStringLiteral("Text_20_body"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")},
                    {QStringLiteral("fo:color"), QStringLiteral("#52606d")}});
    paragraphStyle(w, QStringLiteral("Empty"), QStringLiteral("Text_20_body"), {},
                   {{QStringLiteral("fo:font-style"), QStringLiteral("italic")},
                    {QStringLiteral("fo:color"), QStringLiteral("#52606d")}});
    paragraphStyle(w, QStringLiteral("Quotations"), QStringLiteral("Text_20_body"),
                   {{QStringLiteral("fo:margin-left"), QStringLiteral("0.6cm")},
                    {QStringLiteral("fo:margin-right"), QStringLiteral("0.6cm")},
                    {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
                   {{QStringLiteral("fo:font-style"), QStringLiteral("italic")},
                    {QStringLiteral("fo:font-size"), QStringLiteral("10.5pt")}});
    paragraphStyle(w, QStringLiteral("Introduction"), QStringLiteral("Text_20_body"),
                   {{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}}, {});
    paragraphStyle(w, QStringLiteral("List_20_Contents"), QStringLiteral("Text_20_body"),
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.08cm")}}, {});
    paragraphStyle(w, QStringLiteral("Table_20_Contents"), QStringLiteral("Standard"), {}, {});
    paragraphStyle(w, QStringLiteral("Table_20_Contents_20_Right"), QStringLiteral("Table_20_Contents"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {});
    paragraphStyle(w, QStringLiteral("Table_20_Heading"), QStringLiteral("Table_20_Contents"), {},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("fo:color"), navy}});
    paragraphStyle(w, QStringLiteral("Table_20_Heading_20_Right"), QStringLiteral("Table_20_Heading"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("end")}}, {});
    paragraphStyle(w, QStringLiteral("Figure"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")},
                    {QStringLiteral("fo:margin-top"), QStringLiteral("0.1cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")}},
                   {});
    paragraphStyle(w, QStringLiteral("Footer"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:border-top"), QStringLiteral("0.5pt solid #d9e2ec")},
                    {QStringLiteral("fo:padding-top"), QStringLiteral("0.1cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("7.5pt")},
                    {QStringLiteral("fo:color"), QStringLiteral("#52606d")}});
    paragraphStyle(w, QStringLiteral("Strong_20_Emphasis"), {}, {},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}, QStringLiteral("text"));
    paragraphStyle(w, QStringLiteral("Flag"), {}, {},
                   {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                    {QStringLiteral("fo:color"), QStringLiteral("#b54708")}},
                   QStringLiteral("text"));
    paragraphStyle(w, QStringLiteral("Bar_20_Fill"), {}, {}, {{QStringLiteral("fo:color"), QStringLiteral("#3b6ea5")}},
                   QStringLiteral("text"));
    paragraphStyle(w, QStringLiteral("Bar_20_Rest"), {}, {}, {{QStringLiteral("fo:color"), QStringLiteral("#c5d3e0")}},
                   QStringLiteral("text"));
    paragraphStyle(w, QStringLiteral("Internet_20_link"), {}, {},
                   {{QStringLiteral("fo:color"), QStringLiteral("#1f2933")}}, QStringLiteral("text"));

    // Headings are numbered by nothing but carry their outline level (Writer's navigator lists them).
    w.writeStartElement(Text, QStringLiteral("outline-style"));
    w.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 3; ++level) {
        w.writeStartElement(Text, QStringLiteral("outline-level-style"));
        w.writeAttribute(Text, QStringLiteral("level"), QString::number(level));
        w.writeAttribute(Style, QStringLiteral("num-format"), QString());
        w.writeEndElement();
    }
    w.writeEndElement();

    // A bullet list.
    w.writeStartElement(Text, QStringLiteral("list-style"));
    w.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Bullets"));
    w.writeStartElement(Text, QStringLiteral("list-level-style-bullet"));
    w.writeAttribute(Text, QStringLiteral("level"), QStringLiteral("1"));
    w.writeAttribute(Text, QStringLiteral("bullet-char"), QStringLiteral("\u2022"));
    w.writeStartElement(Style, QStringLiteral("list-level-properties"));
    w.writeAttribute(Text, QStringLiteral("list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
    w.writeStartElement(Style, QStringLiteral("list-level-label-alignment"));
    w.writeAttribute(Text, QStringLiteral("label-followed-by"), QStringLiteral("listtab"));
    w.writeAttribute(Text, QStringLiteral("list-tab-stop-position"), QStringLiteral("0.6cm"));
    w.writeAttribute(Fo, QStringLiteral("text-indent"), QStringLiteral("-0.4cm"));
    w.writeAttribute(Fo, QStringLiteral("margin-left"), QStringLiteral("0.6cm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // styles

    // The page: A4 or Letter, 2 cm margins, a footer with the community, the period and the page.
    w.writeStartElement(Office, QStringLiteral("automatic-styles"));
    w.writeStartElement(Style, QStringLiteral("page-layout"));
    w.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Page"));
    w.writeStartElement(Style, QStringLiteral("page-layout-properties"));
    w.writeAttribute(Fo, QStringLiteral("page-width"),
                     options.letter ? QStringLiteral("21.59cm") : QStringLiteral("21cm"));
    w.writeAttribute(Fo, QStringLiteral("page-height"),
                     options.letter ? QStringLiteral("27.94cm") : QStringLiteral("29.7cm"));
    w.writeAttribute(Style, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(Fo, QStringLiteral("margin-top"), QStringLiteral("1.8cm"));
    w.writeAttribute(Fo, QStringLiteral("margin-bottom"), QStringLiteral("1.2cm"));
    w.writeAttribute(Fo, QStringLiteral("margin-left"), QStringLiteral("2cm"));
    w.writeAttribute(Fo, QStringLiteral("margin-right"), QStringLiteral("2cm"));
    w.writeEndElement();
    w.writeStartElement(Style, QStringLiteral("footer-style"));
    w.writeStartElement(Style, QStringLiteral("header-footer-properties"));
    w.writeAttribute(Fo, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
    w.writeAttribute(Fo, QStringLiteral("margin-top"), QStringLiteral("0.4cm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("FooterTabs"), QStringLiteral("Footer"), {}, {});
    w.writeEndElement();

    w.writeStartElement(Office, QStringLiteral("master-styles"));
    w.writeStartElement(Style, QStringLiteral("master-page"));
    w.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(Style, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    w.writeStartElement(Style, QStringLiteral("footer"));
    w.writeStartElement(Text, QStringLiteral("p"));
    w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Footer"));
    w.writeCharacters(options.footer);
    w.writeCharacters(QStringLiteral(" \u00b7 "));
    w.writeCharacters(QCoreApplication::translate("cultivate::Report", "Page") + QLatin1Char(' '));
    w.writeStartElement(Text, QStringLiteral("page-number"));
    w.writeAttribute(Text, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeCharacters(QLatin1Char(' ') + QCoreApplication::translate("cultivate::Report", "of") + QLatin1Char(' '));
    w.writeStartElement(Text, QStringLiteral("page-count"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeEndElement(); // p
    w.writeEndElement(); // footer
    w.writeEndElement(); // master-page
    w.writeEndElement(); // master-styles

    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QByteArray metaXml(const OdtOptions &options)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    declareNamespaces(w);
    w.writeStartElement(Office, QStringLiteral("document-meta"));
    w.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(Office, QStringLiteral("meta"));
    w.writeTextElement(Meta, QStringLiteral("generator"),
                       QStringLiteral("Cultivate/") + QStringLiteral(CULTIVATE_VERSION));
    w.writeTextElement(Dc, QStringLiteral("title"), options.title);
    w.writeTextElement(Dc, QStringLiteral("language"), reportLocale().name().section(QLatin1Char('_'), 0, 0));
    const QString created = options.created.toUTC().toString(Qt::ISODate);
    w.writeTextElement(Meta, QStringLiteral("creation-date"), created);
    w.writeTextElement(Dc, QStringLiteral("date"), created);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QStringList &pictures)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeNamespace(Manifest, QStringLiteral("manifest"));
    w.writeStartElement(Manifest, QStringLiteral("manifest"));
    w.writeAttribute(Manifest, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&w](const QString &path, const QString &type) {
        w.writeStartElement(Manifest, QStringLiteral("file-entry"));
        w.writeAttribute(Manifest, QStringLiteral("full-path"), path);
        w.writeAttribute(Manifest, QStringLiteral("media-type"), type);
        w.writeEndElement();
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const QString &p : pictures)
        entry(p, QStringLiteral("image/png"));
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

// --- content ---------------------------------------------------------------------------------------

class ContentWriter {
public:
    ContentWriter(const ReportDocument &doc, const OdtOptions &options)
        : m_doc(doc)
        , m_options(options)
        , m_textWidth(options.letter ? 17.59 : 17.0)
    {
    }

    QByteArray run(QStringList &pictures);

private:
    void automaticStyles();
    void block(qsizetype index);
    void heading(const ReportDocument::Heading &h);
    void paragraph(const ReportDocument::Paragraph &p, bool introduces);
    void bullets(const ReportDocument::Bullets &b);
    void table(const ReportTable &t);
    void figure(const ReportDocument::Figure &f);
    void cover(const ReportDocument::Cover &c);
    void textWithBreaks(const QString &text);
    // The paragraph style, switched to its page-breaking twin after a page break.
    QString styled(const QString &style);

    const ReportDocument &m_doc;
    const OdtOptions &m_options;
    double m_textWidth;
    QByteArray m_bytes;
    QXmlStreamWriter m_w{&m_bytes};
    bool m_breakBefore = false;
    int m_tables = 0;
    int m_figures = 0;
    QStringList m_pictures;
};

// Table styles are made per table (its column widths); the break-before twins of the paragraph
// styles are declared once.
void ContentWriter::automaticStyles()
{
    QXmlStreamWriter &w = m_w;
    w.writeStartElement(Office, QStringLiteral("automatic-styles"));
    for (const QString &parent : {QStringLiteral("Heading_20_1"), QStringLiteral("Heading_20_2"),
                                  QStringLiteral("Text_20_body"), QStringLiteral("Lead"), QStringLiteral("Figure"),
                                  QStringLiteral("Subtitle"), QStringLiteral("Introduction")}) {
        w.writeStartElement(Style, QStringLiteral("style"));
        w.writeAttribute(Style, QStringLiteral("name"), parent + QStringLiteral("_break"));
        w.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("paragraph"));
        w.writeAttribute(Style, QStringLiteral("parent-style-name"), parent);
        w.writeStartElement(Style, QStringLiteral("paragraph-properties"));
        w.writeAttribute(Fo, QStringLiteral("break-before"), QStringLiteral("page"));
        w.writeEndElement();
        w.writeEndElement();
    }
    // Cells: thin rules, the header shaded; rows never split across pages.
    const auto cellStyle = [&w](const QString &name, const QString &border, const QString &background) {
        w.writeStartElement(Style, QStringLiteral("style"));
        w.writeAttribute(Style, QStringLiteral("name"), name);
        w.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table-cell"));
        w.writeStartElement(Style, QStringLiteral("table-cell-properties"));
        w.writeAttribute(Fo, QStringLiteral("padding"), QStringLiteral("0.08cm"));
        w.writeAttribute(Fo, QStringLiteral("border"), border);
        if (!background.isEmpty())
            w.writeAttribute(Fo, QStringLiteral("background-color"), background);
        w.writeEndElement();
        w.writeEndElement();
    };
    cellStyle(QStringLiteral("CellHead"), QStringLiteral("0.5pt solid #9fb3c8"), QStringLiteral("#e4ebf3"));
    cellStyle(QStringLiteral("Cell"), QStringLiteral("0.5pt solid #c5d3e0"), {});
    cellStyle(QStringLiteral("CellTotal"), QStringLiteral("0.5pt solid #9fb3c8"), QStringLiteral("#f0f4f8"));
    w.writeStartElement(Style, QStringLiteral("style"));
    w.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Row"));
    w.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table-row"));
    w.writeStartElement(Style, QStringLiteral("table-row-properties"));
    w.writeAttribute(Fo, QStringLiteral("keep-together"), QStringLiteral("always"));
    w.writeEndElement();
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("Compact"), QStringLiteral("Table_20_Contents"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")}});
    paragraphStyle(w, QStringLiteral("CompactRight"), QStringLiteral("Table_20_Contents_20_Right"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")}});
    paragraphStyle(w, QStringLiteral("CompactHead"), QStringLiteral("Table_20_Heading"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")}});
    paragraphStyle(w, QStringLiteral("CompactHeadRight"), QStringLiteral("Table_20_Heading_20_Right"), {},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")}});
    for (const auto &b : m_doc.blocks) {
        const auto *t = std::get_if<ReportTable>(&b);
        if (!t)
            continue;
        const qsizetype columns =
            t->header.isEmpty() ? (t->rows.isEmpty() ? 0 : t->rows.first().size()) : t->header.size();
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        w.writeStartElement(Style, QStringLiteral("style"));
        w.writeAttribute(Style, QStringLiteral("name"), name);
        w.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table"));
        w.writeStartElement(Style, QStringLiteral("table-properties"));
        w.writeAttribute(Style, QStringLiteral("width"), cm(m_textWidth));
        w.writeAttribute(Table, QStringLiteral("align"), QStringLiteral("margins"));
        w.writeAttribute(Fo, QStringLiteral("margin-bottom"), QStringLiteral("0.3cm"));
        w.writeEndElement();
        w.writeEndElement();
        int sum = 0;
        for (qsizetype c = 0; c < columns; ++c)
            sum += t->widths.value(c, 0);
        for (qsizetype c = 0; c < columns; ++c) {
            const double share =
                sum > 0 ? double(t->widths.value(c, 0)) / sum : 1.0 / double(std::max<qsizetype>(1, columns));
            w.writeStartElement(Style, QStringLiteral("style"));
            w.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("%1.C%2").arg(name).arg(c + 1));
            w.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table-column"));
            w.writeStartElement(Style, QStringLiteral("table-column-properties"));
            w.writeAttribute(Style, QStringLiteral("column-width"), cm(m_textWidth * share));
            w.writeEndElement();
            w.writeEndElement();
        }
    }
    m_tables = 0;
    w.writeEndElement();
}

QString ContentWriter::styled(const QString &style)
{
    if (!m_breakBefore)
        return style;
    m_breakBefore = false;
    return style + QStringLiteral("_break");
}

void ContentWriter::textWithBreaks(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_w.writeEmptyElement(Text, QStringLiteral("line-break"));
        m_w.writeCharacters(lines[i]);
    }
}

void ContentWriter::heading(const ReportDocument::Heading &h)
{
    // Sections are outline level 1, their parts level 2 (the cover's title is not in the outline).
    const int level = std::max(1, h.level - 1);
    m_w.writeStartElement(Text, QStringLiteral("h"));
    m_w.writeAttribute(Text, QStringLiteral("style-name"),
                       styled(QStringLiteral("Heading_20_%1").arg(std::min(level, 2))));
    m_w.writeAttribute(Text, QStringLiteral("outline-level"), QString::number(level));
    if (!h.anchor.isEmpty()) {
        m_w.writeStartElement(Text, QStringLiteral("bookmark"));
        m_w.writeAttribute(Text, QStringLiteral("name"), h.anchor);
        m_w.writeEndElement();
    }
    m_w.writeCharacters(h.text);
    m_w.writeEndElement();
}

void ContentWriter::paragraph(const ReportDocument::Paragraph &p, bool introduces)
{
    QString style;
    switch (p.style) {
    case ReportDocument::Style::Lead:
        style = QStringLiteral("Lead");
        break;
    case ReportDocument::Style::Note:
        style = QStringLiteral("Note");
        break;
    case ReportDocument::Style::Empty:
        style = QStringLiteral("Empty");
        break;
    case ReportDocument::Style::Quote:
        style = QStringLiteral("Quotations");
        break;
    case ReportDocument::Style::Body:
        style = introduces ? QStringLiteral("Introduction") : QStringLiteral("Text_20_body");
        break;
    }
    m_w.writeStartElement(Text, QStringLiteral("p"));
    m_w.writeAttribute(Text, QStringLiteral("style-name"), styled(style));
    if (!p.label.isEmpty()) {
        m_w.writeStartElement(Text, QStringLiteral("span"));
        m_w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Strong_20_Emphasis"));
        m_w.writeCharacters(p.label);
        m_w.writeEndElement();
        m_w.writeCharacters(QStringLiteral(" "));
    }
    textWithBreaks(p.text);
    m_w.writeEndElement();
}

void ContentWriter::bullets(const ReportDocument::Bullets &b)
{
    m_w.writeStartElement(Text, QStringLiteral("list"));
    m_w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Bullets"));
    for (const QString &item : b.items) {
        m_w.writeStartElement(Text, QStringLiteral("list-item"));
        m_w.writeStartElement(Text, QStringLiteral("p"));
        m_w.writeAttribute(Text, QStringLiteral("style-name"), styled(QStringLiteral("List_20_Contents")));
        textWithBreaks(item);
        m_w.writeEndElement();
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
}

void ContentWriter::table(const ReportTable &t)
{
    QXmlStreamWriter &w = m_w;
    const qsizetype columns = t.header.isEmpty() ? (t.rows.isEmpty() ? 0 : t.rows.first().size()) : t.header.size();
    const QString name = QStringLiteral("Table%1").arg(++m_tables);
    if (m_breakBefore) {
        // A table cannot carry the break itself in every reader: an empty breaking paragraph does.
        w.writeStartElement(Text, QStringLiteral("p"));
        w.writeAttribute(Text, QStringLiteral("style-name"), styled(QStringLiteral("Text_20_body")));
        w.writeEndElement();
    }
    if (columns == 0)
        return;
    w.writeStartElement(Table, QStringLiteral("table"));
    w.writeAttribute(Table, QStringLiteral("name"), name);
    w.writeAttribute(Table, QStringLiteral("style-name"), name);
    for (qsizetype c = 0; c < columns; ++c) {
        w.writeEmptyElement(Table, QStringLiteral("table-column"));
        w.writeAttribute(Table, QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(c + 1));
    }
    const auto numeric = [&t](qsizetype c) { return t.numeric.value(c, false); };
    const auto cell = [&](const ReportCell &value, const QString &cellStyle, const QString &paragraphStyle) {
        w.writeStartElement(Table, QStringLiteral("table-cell"));
        w.writeAttribute(Table, QStringLiteral("style-name"), cellStyle);
        w.writeAttribute(Office, QStringLiteral("value-type"), QStringLiteral("string"));
        w.writeStartElement(Text, QStringLiteral("p"));
        w.writeAttribute(Text, QStringLiteral("style-name"), paragraphStyle);
        if (value.bar) {
            const QString bar = ReportDocument::barText(*value.bar);
            const qsizetype filled = bar.count(QChar(0x2588));
            w.writeStartElement(Text, QStringLiteral("span"));
            w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Bar_20_Fill"));
            w.writeCharacters(bar.left(filled));
            w.writeEndElement();
            w.writeStartElement(Text, QStringLiteral("span"));
            w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Bar_20_Rest"));
            w.writeCharacters(bar.mid(filled));
            w.writeEndElement();
            w.writeCharacters(QStringLiteral(" "));
        }
        if (value.flagged) {
            w.writeStartElement(Text, QStringLiteral("span"));
            w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Flag"));
            textWithBreaks(value.text);
            w.writeEndElement();
        } else {
            textWithBreaks(value.text);
        }
        w.writeEndElement();
        w.writeEndElement();
    };
    const QString body = t.compact ? QStringLiteral("Compact") : QStringLiteral("Table_20_Contents");
    const QString bodyRight = t.compact ? QStringLiteral("CompactRight") : QStringLiteral("Table_20_Contents_20_Right");
    const QString head = t.compact ? QStringLiteral("CompactHead") : QStringLiteral("Table_20_Heading");
    const QString headRight =
        t.compact ? QStringLiteral("CompactHeadRight") : QStringLiteral("Table_20_Heading_20_Right");
    if (!t.header.isEmpty()) {
        // Header rows repeat at the top of every page the table runs onto.
        w.writeStartElement(Table, QStringLiteral("table-header-rows"));
        w.writeStartElement(Table, QStringLiteral("table-row"));
        w.writeAttribute(Table, QStringLiteral("style-name"), QStringLiteral("Row"));
        for (qsizetype c = 0; c < columns; ++c)
            cell(ReportCell{t.header.value(c)}, QStringLiteral("CellHead"), numeric(c) ? headRight : head);
        w.writeEndElement();
        w.writeEndElement();
    }
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = t.total && r == t.rows.size() - 1;
        w.writeStartElement(Table, QStringLiteral("table-row"));
        w.writeAttribute(Table, QStringLiteral("style-name"), QStringLiteral("Row"));
        for (qsizetype c = 0; c < columns; ++c) {
            cell(t.rows[r].value(c), total ? QStringLiteral("CellTotal") : QStringLiteral("Cell"),
                 numeric(c) ? bodyRight : body);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

void ContentWriter::figure(const ReportDocument::Figure &f)
{
    const QImage image = m_options.images.value(f.id);
    if (image.isNull())
        return;
    const QString path = QStringLiteral("Pictures/%1.png").arg(f.id);
    m_pictures << path;
    // 96 logical pixels to the inch, scaled down to the text width when wider.
    double width = f.size.width() * 2.54 / 96;
    double height = f.size.height() * 2.54 / 96;
    if (width > m_textWidth) {
        height *= m_textWidth / width;
        width = m_textWidth;
    }
    QXmlStreamWriter &w = m_w;
    w.writeStartElement(Text, QStringLiteral("p"));
    w.writeAttribute(Text, QStringLiteral("style-name"), styled(QStringLiteral("Figure")));
    w.writeStartElement(Draw, QStringLiteral("frame"));
    w.writeAttribute(Draw, QStringLiteral("name"), QStringLiteral("Chart%1").arg(++m_figures));
    w.writeAttribute(Text, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
    w.writeAttribute(Svg, QStringLiteral("width"), cm(width));
    w.writeAttribute(Svg, QStringLiteral("height"), cm(height));
    w.writeStartElement(Draw, QStringLiteral("image"));
    w.writeAttribute(XLink, QStringLiteral("href"), path);
    w.writeAttribute(XLink, QStringLiteral("type"), QStringLiteral("simple"));
    w.writeAttribute(XLink, QStringLiteral("show"), QStringLiteral("embed"));
    w.writeAttribute(XLink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
    w.writeEndElement();
    w.writeTextElement(Svg, QStringLiteral("title"), f.alt);
    w.writeEndElement();
    w.writeEndElement();
}

void ContentWriter::cover(const ReportDocument::Cover &c)
{
    QXmlStreamWriter &w = m_w;
    w.writeStartElement(Text, QStringLiteral("p"));
    w.writeAttribute(Text, QStringLiteral("style-name"), styled(QStringLiteral("Subtitle")));
    w.writeCharacters(c.kicker);
    w.writeEndElement();
    w.writeStartElement(Text, QStringLiteral("p"));
    w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Title"));
    w.writeCharacters(c.title);
    w.writeEndElement();
    for (const QString &line : c.lines) {
        w.writeStartElement(Text, QStringLiteral("p"));
        w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Cover_20_line"));
        w.writeCharacters(line);
        w.writeEndElement();
    }
    if (c.contents.isEmpty())
        return;
    w.writeStartElement(Text, QStringLiteral("p"));
    w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Contents_20_Heading"));
    w.writeCharacters(c.contentsTitle);
    w.writeEndElement();
    // Each entry links to its section's bookmark.
    for (const auto &[text, anchor] : c.contents) {
        w.writeStartElement(Text, QStringLiteral("p"));
        w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Contents_20_1"));
        w.writeStartElement(Text, QStringLiteral("a"));
        w.writeAttribute(XLink, QStringLiteral("type"), QStringLiteral("simple"));
        w.writeAttribute(XLink, QStringLiteral("href"), QLatin1Char('#') + anchor);
        w.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Internet_20_link"));
        w.writeCharacters(text);
        w.writeEndElement();
        w.writeEndElement();
    }
}

void ContentWriter::block(qsizetype index)
{
    const ReportDocument::Block &b = m_doc.blocks[index];
    // A short paragraph stays with the table or chart it introduces.
    const bool introduces =
        index + 1 < m_doc.blocks.size() && (std::holds_alternative<ReportTable>(m_doc.blocks[index + 1]) ||
                                            std::holds_alternative<ReportDocument::Figure>(m_doc.blocks[index + 1]));
    std::visit(Overloaded{
                   [&](const ReportDocument::Heading &h) { heading(h); },
                   [&](const ReportDocument::Paragraph &p) { paragraph(p, introduces); },
                   [&](const ReportDocument::Bullets &l) { bullets(l); },
                   [&](const ReportTable &t) { table(t); },
                   [&](const ReportDocument::Figure &f) { figure(f); },
                   [&](const ReportDocument::PageBreak &) { m_breakBefore = true; },
                   [&](const ReportDocument::Cover &c) { cover(c); },
               },
               b);
}

QByteArray ContentWriter::run(QStringList &pictures)
{
    QXmlStreamWriter &w = m_w;
    w.writeStartDocument();
    declareNamespaces(w);
    w.writeStartElement(Office, QStringLiteral("document-content"));
    w.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    automaticStyles();
    w.writeStartElement(Office, QStringLiteral("body"));
    w.writeStartElement(Office, QStringLiteral("text"));
    for (qsizetype i = 0; i < m_doc.blocks.size(); ++i)
        block(i);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    pictures = m_pictures;
    return m_bytes;
}

} // namespace

QByteArray zipArchive(const QList<ZipEntry> &entries, const QDateTime &modified)
{
    const QDateTime t = modified.isValid() ? modified : QDateTime(QDate(2026, 1, 1), QTime(0, 0));
    const quint32 dosTime = quint32(t.time().hour() << 11 | t.time().minute() << 5 | t.time().second() / 2);
    const quint32 dosDate = quint32(std::max(0, t.date().year() - 1980) << 9 | t.date().month() << 5 | t.date().day());
    QByteArray out;
    QByteArray directory;
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = quint32(
            crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        QByteArray stored = e.compress ? rawDeflate(e.data) : e.data;
        const bool deflated = e.compress && !stored.isEmpty();
        if (!deflated)
            stored = e.data;
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray &to, bool central) {
            put32(to, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(to, 20); // made by
            put16(to, 20);     // needed to extract
            put16(to, 0x0800); // names in UTF-8
            put16(to, deflated ? 8 : 0);
            put16(to, dosTime);
            put16(to, dosDate);
            put32(to, crc);
            put32(to, quint32(stored.size()));
            put32(to, quint32(e.data.size()));
            put16(to, quint32(name.size()));
            put16(to, 0); // extra field
            if (central) {
                put16(to, 0); // comment
                put16(to, 0); // disk
                put16(to, 0); // internal attributes
                put32(to, 0); // external attributes
                put32(to, offset);
            }
            to.append(name);
        };
        header(out, false);
        out.append(stored);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray odtPackage(const ReportDocument &document, const OdtOptions &options)
{
    QStringList pictures;
    const QByteArray content = ContentWriter(document, options).run(pictures);
    QList<ZipEntry> entries{
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false},
        {QStringLiteral("content.xml"), content, true},
        {QStringLiteral("styles.xml"), stylesXml(options), true},
        {QStringLiteral("meta.xml"), metaXml(options), true},
        {QStringLiteral("META-INF/manifest.xml"), manifestXml(pictures), true},
    };
    for (const QString &path : std::as_const(pictures)) {
        const QString id = path.mid(9, path.size() - 13); // "Pictures/<id>.png"
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        options.images.value(id).save(&buffer, "PNG");
        entries << ZipEntry{path, png, false};
    }
    return zipArchive(entries, options.created);
}

} // namespace cultivate
