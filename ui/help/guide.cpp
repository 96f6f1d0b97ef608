// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/guide.h"

#include "core/assessment/glossary.h"

#include <QFile>
#include <QLocale>

namespace cultivate {

namespace {

const QString GlossaryPlaceholder = QStringLiteral("{{glossary}}");

QString guideSource()
{
    QStringList candidates;
    for (const QString &language : QLocale().uiLanguages()) {
        QString code = language;
        code.replace(QLatin1Char('-'), QLatin1Char('_'));
        candidates << QStringLiteral(":/guide/guide_%1.md").arg(code)
                   << QStringLiteral(":/guide/guide_%1.md").arg(code.section(QLatin1Char('_'), 0, 0));
    }
    candidates << QStringLiteral(":/guide/guide.md");
    for (const QString &path : std::as_const(candidates)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

} // namespace

QString Guide::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        // CommonMark lets a backslash escape any ASCII punctuation or symbol.
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString Guide::glossaryMarkdown(double attendanceThreshold)
{
    QString text = QStringLiteral("## %1\n\n%2\n\n")
                       .arg(tr("Glossary of the figures"),
                            escaped(tr("Every figure the dashboard, the Overview and the report show, defined as the "
                                       "report's appendix defines it.")));
    for (const GlossaryEntry &entry : Glossary::entries(attendanceThreshold))
        text += QStringLiteral("**%1.** %2\n\n").arg(escaped(entry.term), escaped(entry.definition));
    return text;
}

QString Guide::markdown(double attendanceThreshold)
{
    QString text = guideSource();
    const QString glossary = glossaryMarkdown(attendanceThreshold);
    if (text.contains(GlossaryPlaceholder))
        text.replace(GlossaryPlaceholder, glossary);
    else
        text += QStringLiteral("\n\n") + glossary;
    return text;
}

} // namespace cultivate
