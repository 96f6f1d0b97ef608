// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportdocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QImage>

// The report as an OpenDocument text package written by hand, so that LibreOffice Writer and other
// word processors treat it as a document: styles.xml (paragraph and heading styles with outline
// levels, a page layout with a footer carrying the page number), meta.xml, content.xml (headings as
// text:h, tables with borders and repeated header rows, charts as embedded pictures, a contents that
// links to the sections) and the manifest.
namespace cultivate {

struct OdtOptions {
    QString title{};
    QString footer{};    // left of the footer; the page number goes on the right
    bool letter = false; // US Letter, else A4
    QDateTime created{};
    QHash<QString, QImage> images{}; // chart id -> image (figures without one are left out)
};

QByteArray odtPackage(const ReportDocument &document, const OdtOptions &options);

// A zip archive of `entries` (name, bytes, deflate?) in the given order: the small writer the ODF
// package needs ("mimetype" first and stored). Exposed for the tests.
struct ZipEntry {
    QString name;
    QByteArray data;
    bool compress = true;
};
QByteArray zipArchive(const QList<ZipEntry> &entries, const QDateTime &modified);

} // namespace cultivate
