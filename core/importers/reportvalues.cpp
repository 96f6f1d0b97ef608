// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/reportvalues.h"

#include <QRegularExpression>

namespace cultivate {

namespace {

const QRegularExpression &dateTimePattern()
{
    // date (captures 1-3), optional time (4-6), optional AM/PM (7), optional zone
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\.?)"
                       R"((?:\s*,?\s*T?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?)?)"
                       R"(\s*(?:([AaPp])\.?\s*[Mm]\.?)?)"
                       R"(\s*(?:Z|UTC|GMT|[+\-]\d{2}:?\d{2})?\s*$)"));
    return re;
}

const QRegularExpression &durationPartPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((\d+(?:[.,]\d+)?)\s*)"
                       R"((h|hr|hrs|hour|hours|m|min|mins|minute|minutes|s|sec|secs|second|seconds)(?![A-Za-z]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString headerKey(QStringView header)
{
    QString key;
    key.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

DateOrder guessDateOrder(const QStringList &dates)
{
    bool twelveHour = false;
    for (const QString &text : dates) {
        const auto m = dateTimePattern().match(text);
        if (!m.hasMatch() || m.capturedView(1).size() == 4)
            continue;
        if (m.capturedView(1).toInt() > 12)
            return DateOrder::DayFirst;
        if (m.capturedView(2).toInt() > 12)
            return DateOrder::MonthFirst;
        twelveHour = twelveHour || m.hasCaptured(7);
    }
    return twelveHour ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

std::optional<QDateTime> parseReportDateTime(QStringView text, DateOrder order)
{
    const auto m = dateTimePattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (m.capturedView(1).size() == 4) {
        year = m.capturedView(1).toInt();
        month = m.capturedView(2).toInt();
        day = m.capturedView(3).toInt();
    } else {
        const int first = m.capturedView(1).toInt();
        const int second = m.capturedView(2).toInt();
        day = order == DateOrder::DayFirst ? first : second;
        month = order == DateOrder::DayFirst ? second : first;
        year = m.capturedView(3).toInt();
        if (m.capturedView(3).size() <= 2)
            year += 2000;
        else if (m.capturedView(3).size() != 4)
            return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    int hour = m.hasCaptured(4) ? m.capturedView(4).toInt() : 0;
    const int minute = m.hasCaptured(5) ? m.capturedView(5).toInt() : 0;
    const int second = m.hasCaptured(6) ? m.capturedView(6).toInt() : 0;
    if (m.hasCaptured(7)) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = m.capturedView(7).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

std::optional<qint64> parseDurationSeconds(QStringView text, int plainNumberSeconds)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;

    // A plain number in the column's unit.
    bool ok = false;
    QString number = trimmed;
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    const double plain = number.toDouble(&ok);
    if (ok)
        return plain >= 0 && plain < 1e9 ? std::optional<qint64>(qRound64(plain * plainNumberSeconds)) : std::nullopt;

    // h:mm:ss or mm:ss
    static const QRegularExpression clock(QStringLiteral(R"(^(\d+):(\d{1,2})(?::(\d{1,2}))?$)"));
    if (const auto m = clock.match(trimmed); m.hasMatch()) {
        const qint64 a = m.capturedView(1).toLongLong();
        const qint64 b = m.capturedView(2).toLongLong();
        if (a > 1000000 || b > 59)
            return std::nullopt;
        if (!m.hasCaptured(3))
            return a * 60 + b;
        const qint64 c = m.capturedView(3).toLongLong();
        return c > 59 ? std::nullopt : std::optional<qint64>(a * 3600 + b * 60 + c);
    }

    // 1h 2m 10s: every character must belong to a number-unit pair or be a separator.
    double seconds = 0;
    qsizetype covered = 0;
    auto it = durationPartPattern().globalMatch(trimmed);
    if (!it.hasNext())
        return std::nullopt;
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView between = QStringView(trimmed).sliced(covered, m.capturedStart() - covered);
        for (QChar c : between) {
            if (!c.isSpace() && c != QLatin1Char(',') && c != QLatin1Char('.'))
                return std::nullopt;
        }
        covered = m.capturedEnd();
        QString amount = m.captured(1);
        amount.replace(QLatin1Char(','), QLatin1Char('.'));
        const double value = amount.toDouble();
        if (value > 1e7)
            return std::nullopt;
        const QChar unit = m.capturedView(2).front().toLower();
        seconds += value * (unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('m') ? 60 : 1);
    }
    if (!QStringView(trimmed).sliced(covered).trimmed().isEmpty())
        return std::nullopt;
    return qRound64(seconds);
}

int roundedMinutes(qint64 seconds)
{
    return static_cast<int>((seconds + 30) / 60);
}

bool isYes(QStringView text)
{
    const QString t = text.trimmed().toString().toCaseFolded();
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"),  QStringLiteral("true"),
                                 QStringLiteral("1"),   QStringLiteral("x"),  QStringLiteral("oui"),
                                 QStringLiteral("ja"),  QStringLiteral("sí"), QStringLiteral("si"),
                                 QStringLiteral("sim")};
    return yes.contains(t);
}

} // namespace cultivate
