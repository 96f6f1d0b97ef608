// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportdata.h"

#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cultivate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cultivate::Report", text);
}

struct Word {
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
    QString folded;
};

// Words are runs of letters and digits, so a possessive ("Ana's") or a double-barrelled name
// ("O'Neil", "Smith-Jones") splits into words the way the names do.
QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetterOrNumber())
            ++i;
        if (i > start)
            words << Word{start, i, text.mid(start, i - start).toCaseFolded()};
    }
    return words;
}

} // namespace

Result<ReportData> loadReportData(const Plan &plan)
{
    ReportData data;
    auto metrics = loadMetricsData(plan);
    if (!metrics.ok())
        return metrics.error();
    data.metrics = std::move(metrics).value();

    auto stories = plan.list<Story>();
    if (!stories.ok())
        return stories.error();
    data.stories = std::move(stories).value();
    auto imports = plan.list<ImportRecord>();
    if (!imports.ok())
        return imports.error();
    data.imports = std::move(imports).value();
    auto weights = plan.list<ContributionWeight>();
    if (!weights.ok())
        return weights.error();
    data.weights = std::move(weights).value();
    auto withheld = plan.listWhere<Member>(QStringLiteral("consent_report"), false);
    if (!withheld.ok())
        return withheld.error();
    for (const Member &m : std::as_const(withheld.value())) {
        data.withheldNames << m.name;
        data.withheldNames << m.aliases;
    }
    auto sponsors = plan.listWhere<Member>(QStringLiteral("role"), enumKey(Role::Sponsor));
    if (!sponsors.ok())
        return sponsors.error();
    data.sponsors = std::move(sponsors).value();
    auto counts = plan.counts();
    if (!counts.ok())
        return counts.error();
    data.counts = std::move(counts).value();
    data.fileName = QFileInfo(plan.path()).fileName();
    return data;
}

NameGuard::NameGuard(const QStringList &withheldNames)
{
    for (const QString &name : withheldNames) {
        QStringList words;
        for (const Word &w : wordsOf(name))
            words << w.folded;
        if (!words.isEmpty())
            m_namesByFirstWord[words.first()] << words;
    }
}

QString NameGuard::clean(const QString &text) const
{
    if (m_namesByFirstWord.isEmpty() || text.isEmpty())
        return text;
    const QList<Word> words = wordsOf(text);
    QString result;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto candidates = m_namesByFirstWord.constFind(words[i].folded);
        if (candidates == m_namesByFirstWord.cend())
            continue;
        qsizetype longest = 0;
        for (const QStringList &name : *candidates) {
            if (name.size() <= longest || i + name.size() > words.size())
                continue;
            bool match = true;
            for (qsizetype k = 1; k < name.size() && match; ++k) {
                // The words of a name are separated by a few spaces or punctuation marks at most.
                match = words[i + k].folded == name[k] && words[i + k].start - words[i + k - 1].end <= 3;
            }
            if (match)
                longest = name.size();
        }
        if (longest == 0)
            continue;
        result += QStringView(text).mid(copied, words[i].start - copied);
        result += tr("a member");
        copied = words[i + longest - 1].end;
        i += longest - 1;
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

std::optional<QString> consentedName(const ReportData &data, int index)
{
    if (index < 0 || size_t(index) >= data.metrics.members.size())
        return std::nullopt;
    const auto &member = data.metrics.members[size_t(index)];
    if (!member.consentReport || member.name.trimmed().isEmpty())
        return std::nullopt;
    return member.name;
}

} // namespace cultivate
