// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/importformat.h"

#include "core/importers/reportvalues.h"

#include <QRegularExpression>

namespace cultivate {

namespace {

// How many non-blank records the detector looks at.
constexpr int DetectionWindow = 40;

bool isTeamsSectionTitle(const CsvRecord &record)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^\s*\d+\.\s*\S)"));
    const QString first = record.field(0).trimmed();
    const QString key = headerKey(first);
    if (key == QLatin1String("meetingsummary"))
        return true;
    return numbered.match(first).hasMatch() && key.endsWith(QLatin1String("summary"));
}

} // namespace

QString formatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Unknown:
        return QStringLiteral("unknown");
    case ImportFormat::Members:
        return QStringLiteral("members");
    case ImportFormat::Zoom:
        return QStringLiteral("zoom");
    case ImportFormat::Teams:
        return QStringLiteral("teams");
    case ImportFormat::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

QString formatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Unknown:
        return QStringLiteral("unknown format");
    case ImportFormat::Members:
        return QStringLiteral("member list");
    case ImportFormat::Zoom:
        return QStringLiteral("Zoom participant report");
    case ImportFormat::Teams:
        return QStringLiteral("Teams attendance report");
    case ImportFormat::Generic:
        return QStringLiteral("attendance list");
    }
    return {};
}

std::optional<ImportFormat> formatFromKey(QStringView key)
{
    for (ImportFormat f : {ImportFormat::Members, ImportFormat::Zoom, ImportFormat::Teams, ImportFormat::Generic}) {
        if (key == formatKey(f))
            return f;
    }
    return std::nullopt;
}

ColumnMap::ColumnMap(const CsvRecord &header)
{
    for (const QString &field : header.fields)
        m_keys.append(headerKey(field));
}

qsizetype ColumnMap::find(std::initializer_list<const char *> synonyms) const
{
    for (const char *synonym : synonyms) {
        const qsizetype index = m_keys.indexOf(QString::fromUtf8(synonym));
        if (index >= 0)
            return index;
    }
    return -1;
}

ImportFormat detectFormat(const CsvTable &table)
{
    int seen = 0;
    ImportFormat firstRow = ImportFormat::Unknown;
    for (const CsvRecord &record : table.records) {
        if (record.isBlank())
            continue;
        if (++seen > DetectionWindow)
            break;
        if (isTeamsSectionTitle(record))
            return ImportFormat::Teams;
        const ColumnMap map(record);
        if (map.has({"inmeetingduration", "firstjoin", "lastleave"}) ||
            (map.has({"fullname"}) && map.has({"useraction"})))
            return ImportFormat::Teams;
        if (map.has({"meetingid"}) && map.has({"topic"}))
            return ImportFormat::Zoom;
        if (map.has({"jointime"}) && map.has({"leavetime"}) &&
            map.has({"nameoriginalname", "useremail", "durationminutes", "guest", "inwaitingroom"}))
            return ImportFormat::Zoom;
        // Generic lists and member lists have their header on the first row.
        if (seen == 1) {
            const bool person = map.has(columns::Name) || map.has(columns::Email) ||
                                (map.has(columns::FirstName) && map.has(columns::LastName));
            if (person && (map.has(columns::Minutes) || map.has(columns::Join)))
                firstRow = ImportFormat::Generic;
            else if (person)
                firstRow = ImportFormat::Members;
        }
    }
    return firstRow;
}

} // namespace cultivate
