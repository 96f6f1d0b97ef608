// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/csvreader.h"

#include <array>
#include <utility>

namespace cultivate {

namespace {

constexpr QChar Quote = QLatin1Char('"');
constexpr QChar Cr = QLatin1Char('\r');
constexpr QChar Lf = QLatin1Char('\n');

bool isLineEnd(QChar c)
{
    return c == Cr || c == Lf;
}

// Consumes one line end at `pos` (CRLF counts as one) and returns the position after it.
qsizetype skipLineEnd(QStringView text, qsizetype pos)
{
    if (text[pos] == Cr && pos + 1 < text.size() && text[pos + 1] == Lf)
        return pos + 2;
    return pos + 1;
}

// Excel writes "sep=;" as the first line when the user's list separator is not a comma.
std::optional<QChar> sepLineDelimiter(QStringView text, qsizetype &after)
{
    qsizetype end = 0;
    while (end < text.size() && !isLineEnd(text[end]))
        ++end;
    QStringView line = text.first(end).trimmed();
    if (line.size() >= 2 && line.front() == Quote && line.back() == Quote)
        line = line.sliced(1, line.size() - 2);
    if (line.size() != 5 || !line.first(4).startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return std::nullopt;
    after = end < text.size() ? skipLineEnd(text, end) : end;
    return line[4];
}

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

QChar detectDelimiter(QStringView text)
{
    constexpr std::array<QChar, 3> candidates{QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    std::array<qsizetype, 3> linesWith{};
    std::array<qsizetype, 3> total{};
    std::array<qsizetype, 3> onThisLine{};
    constexpr int MaxLines = 200;
    int lines = 0;
    bool quoted = false;
    const auto endLine = [&]() {
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            linesWith[i] += onThisLine[i] > 0 ? 1 : 0;
            total[i] += onThisLine[i];
            onThisLine[i] = 0;
        }
        ++lines;
    };
    for (qsizetype pos = 0; pos < text.size() && lines < MaxLines; ++pos) {
        const QChar c = text[pos];
        if (c == Quote) {
            quoted = !quoted;
        } else if (!quoted && isLineEnd(c)) {
            endLine();
            if (c == Cr && pos + 1 < text.size() && text[pos + 1] == Lf)
                ++pos;
        } else if (!quoted) {
            for (std::size_t i = 0; i < candidates.size(); ++i)
                onThisLine[i] += c == candidates[i] ? 1 : 0;
        }
    }
    endLine();
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (linesWith[i] > linesWith[best] || (linesWith[i] == linesWith[best] && total[i] > total[best]))
            best = i;
    }
    return candidates[best];
}

Result<CsvTable> readCsv(QStringView text, std::optional<QChar> delimiter, int *errorLine, qsizetype maxRecords)
{
    CsvTable table;
    qsizetype pos = 0;
    int line = 1;
    if (delimiter) {
        table.delimiter = *delimiter;
    } else if (const auto sep = sepLineDelimiter(text, pos)) {
        table.delimiter = *sep;
        table.sepLine = true;
        line = 2;
    } else {
        table.delimiter = detectDelimiter(text);
    }
    const QChar delim = table.delimiter;
    const qsizetype n = text.size();

    while (pos < n) {
        if (maxRecords >= 0 && table.records.size() >= maxRecords) {
            table.truncated = true;
            break;
        }
        CsvRecord record;
        record.line = line;
        QString field;
        bool fieldStarted = false; // a quoted section has been read into this field
        while (true) {
            if (pos >= n) {
                record.fields.append(field);
                break;
            }
            const QChar c = text[pos];
            if (c == delim) {
                record.fields.append(std::exchange(field, QString()));
                fieldStarted = false;
                ++pos;
            } else if (isLineEnd(c)) {
                record.fields.append(field);
                pos = skipLineEnd(text, pos);
                ++line;
                break;
            } else if (c == Quote && !fieldStarted && field.trimmed().isEmpty()) {
                // A quoted field; spaces before the opening quote are dropped.
                field.clear();
                fieldStarted = true;
                const int openedOn = line;
                ++pos;
                while (true) {
                    if (pos >= n) {
                        if (errorLine)
                            *errorLine = openedOn;
                        return makeError(ErrorCode::InvalidInput,
                                         QStringLiteral("line %1: a quoted field is never closed").arg(openedOn));
                    }
                    const QChar q = text[pos];
                    if (q == Quote) {
                        if (pos + 1 < n && text[pos + 1] == Quote) {
                            field.append(Quote);
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (isLineEnd(q)) {
                        field.append(Lf);
                        pos = skipLineEnd(text, pos);
                        ++line;
                        continue;
                    }
                    field.append(q);
                    ++pos;
                }
            } else {
                // Unquoted text, or stray characters after a closing quote: kept as written.
                const qsizetype start = pos;
                while (pos < n) {
                    const QChar u = text[pos];
                    if (u == delim || isLineEnd(u))
                        break;
                    // Only spaces so far: the quote opens a quoted field on the next turn.
                    if (u == Quote && !fieldStarted && field.trimmed().isEmpty() &&
                        text.sliced(start, pos - start).trimmed().isEmpty())
                        break;
                    ++pos;
                }
                field.append(text.sliced(start, pos - start));
            }
        }
        if (record.fields.size() == 1 && record.fields.constFirst().isEmpty())
            record.fields.clear();
        table.records.append(std::move(record));
    }
    return table;
}

} // namespace cultivate
