// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importers/importsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cultivate {

Result<QByteArray> readImportFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read (%2)").arg(name, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read (%2)").arg(name, file.errorString()));
    return bytes;
}

QString importFingerprint(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<std::optional<ImportRecord>> findPreviousImport(const Plan &plan, const QString &kindKey, const QString &sha256)
{
    auto records = plan.listWhere<ImportRecord>(QStringLiteral("sha256"), sha256);
    if (!records.ok())
        return records.error();
    for (const ImportRecord &r : records.value()) {
        if (r.kind == kindKey)
            return std::optional<ImportRecord>(r);
    }
    return std::optional<ImportRecord>();
}

QString describeIssue(const QString &fileName, const ImportIssue &issue)
{
    QString message = issue.message;
    message.replace(QLatin1String("\r\n"), QLatin1String(" "));
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    message.replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (issue.line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, message);
    return QStringLiteral("%1: line %2: %3").arg(fileName).arg(issue.line).arg(message);
}

QString firstIssueMessage(const QString &fileName, const QList<ImportIssue> &issues)
{
    if (issues.isEmpty())
        return {};
    const auto first = std::min_element(issues.cbegin(), issues.cend(),
                                        [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return describeIssue(fileName, *first);
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

} // namespace cultivate
