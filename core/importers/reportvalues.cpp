// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/reportvalues.h"

#include <QHash>
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
    // A number and a unit word in any of the languages reports are written in, an abbreviation
    // possibly ending in a full stop: "1 Std. 32 Min. 52 Sek.", "1 uur 32 min 52 sec", "1h 2m".
    static const QRegularExpression re(QStringLiteral(R"((\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Seconds per unit word (case folded), or 0 for a word that is no unit.
int unitSeconds(const QString &unit)
{
    static const QHash<QString, int> units = [] {
        QHash<QString, int> map;
        for (const char *h :
             {"h",       "hr",    "hrs",    "hour", "hours", "std", "stunde", "stunden", "uur", "godz",  "godzina",
              "godziny", "heure", "heures", "hora", "horas", "ora", "ore",    "t",       "tim", "timer", "ч"})
            map.insert(QString::fromUtf8(h), 3600);
        for (const char *m : {"m", "min", "mins", "minute", "minutes", "minuten", "minuut", "minuto", "minutos",
                              "minuti", "minut", "minuty", "perc", "мин"})
            map.insert(QString::fromUtf8(m), 60);
        for (const char *s : {"s",        "sec",     "secs",     "second",   "seconds", "sek",     "sekunde",
                              "sekunden", "seconde", "secondes", "seconden", "seg",     "segundo", "segundos",
                              "secondo",  "secondi", "sekund",   "sekundy",  "mp",      "с",       "сек"})
            map.insert(QString::fromUtf8(s), 1);
        return map;
    }();
    return units.value(unit.toCaseFolded(), 0);
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

namespace {

// The time of day from captures `first` (hour), +1 (minute), +2 (second) and +3 (AM/PM).
std::optional<QTime> timeFrom(const QRegularExpressionMatch &m, int first)
{
    int hour = m.hasCaptured(first) ? m.capturedView(first).toInt() : 0;
    const int minute = m.hasCaptured(first + 1) ? m.capturedView(first + 1).toInt() : 0;
    const int second = m.hasCaptured(first + 2) ? m.capturedView(first + 2).toInt() : 0;
    if (m.hasCaptured(first + 3)) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = m.capturedView(first + 3).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

// "Oct", "October", "Okt", "März"… as 1..12, or 0.
int monthNumber(QStringView word)
{
    static const QList<QStringList> months = [] {
        const std::initializer_list<std::initializer_list<const char *>> names{{"jan", "januar", "janv", "ene", "gen"},
                                                                               {"feb", "febr", "févr", "fév", "fev"},
                                                                               {"mar", "mär", "märz", "mrt"},
                                                                               {"apr", "avr", "abr"},
                                                                               {"may", "mai", "mei", "mag"},
                                                                               {"jun", "juin", "giu"},
                                                                               {"jul", "juil", "lug"},
                                                                               {"aug", "août", "ago"},
                                                                               {"sep", "sept", "set"},
                                                                               {"oct", "okt", "ott", "out"},
                                                                               {"nov"},
                                                                               {"dec", "dez", "déc", "dic"}};
        QList<QStringList> list;
        for (const auto &month : names) {
            QStringList words;
            for (const char *name : month)
                words << QString::fromUtf8(name);
            list << words;
        }
        return list;
    }();
    const QString key = word.toString().toCaseFolded();
    if (key.size() < 3)
        return 0;
    for (int i = 0; i < months.size(); ++i) {
        for (const QString &name : months[i]) {
            if (key == name || (name.size() == 3 && key.startsWith(name)))
                return i + 1;
        }
    }
    return 0;
}

const QRegularExpression &monthNamePattern()
{
    // "Oct 19, 2027 03:55:10 PM" (captures 1-3) or "19 Oct 2027 15:55" (4-6); time 7-10.
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:([^\W\d_]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\.?\s+([^\W\d_]{3,})\.?,?\s+(\d{4})))"
            R"((?:\s*,?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?)"
            R"(\s*(?:([AaPp])\.?\s*[Mm]\.?)?)"
            R"(\s*(?:Z|UTC|GMT|[+\-]\d{2}:?\d{2})?\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

std::optional<QDateTime> parseMonthNameDateTime(QStringView text)
{
    const auto m = monthNamePattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool monthFirst = m.hasCaptured(1);
    const int month = monthNumber(m.capturedView(monthFirst ? 1 : 5));
    const int day = m.capturedView(monthFirst ? 2 : 4).toInt();
    const int year = m.capturedView(monthFirst ? 3 : 6).toInt();
    const QDate date(year, month, day);
    const auto time = timeFrom(m, 7);
    if (month == 0 || !date.isValid() || !time)
        return std::nullopt;
    return QDateTime(date, *time);
}

} // namespace

std::optional<QDateTime> parseReportDateTime(QStringView text, DateOrder order)
{
    if (text.size() > 64)
        return std::nullopt;
    const auto m = dateTimePattern().match(text);
    if (!m.hasMatch())
        return parseMonthNameDateTime(text);
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
    const auto time = timeFrom(m, 4);
    if (!time)
        return std::nullopt;
    return QDateTime(date, *time);
}

std::optional<QTime> parseReportTime(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([AaPp])\.?\s*[Mm]\.?)?\s*$)"));
    if (text.size() > 32)
        return std::nullopt;
    const auto m = re.match(text);
    return m.hasMatch() ? timeFrom(m, 1) : std::nullopt;
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
        const int unit = unitSeconds(m.captured(2));
        if (unit == 0)
            return std::nullopt;
        seconds += value * unit;
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
    static const QStringList yes{QStringLiteral("yes"),  QStringLiteral("y"),   QStringLiteral("true"),
                                 QStringLiteral("1"),    QStringLiteral("x"),   QStringLiteral("oui"),
                                 QStringLiteral("ja"),   QStringLiteral("sí"),  QStringLiteral("si"),
                                 QStringLiteral("sim"),  QStringLiteral("sì"),  QStringLiteral("tak"),
                                 QStringLiteral("ano"),  QStringLiteral("да"),  QStringLiteral("так"),
                                 QStringLiteral("vrai"), QStringLiteral("wahr")};
    return yes.contains(t);
}

} // namespace cultivate
