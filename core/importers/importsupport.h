// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/importers/reportparsers.h"
#include "core/storage/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// What every importer shares: reading the file, its fingerprint, the record of an earlier import
// of the same bytes, and "FILE: line N: problem" messages.
namespace cultivate {

// The bytes of the file at `path`; NotFound or Io with "NAME: …" when it cannot be read.
Result<QByteArray> readImportFile(const QString &path);

// SHA-256 of the bytes, in lower-case hex: the fingerprint an import record keeps.
QString importFingerprint(const QByteArray &bytes);

// The import of kind `kindKey` ("members", "attendance", "responses") that had these bytes, if any.
Result<std::optional<ImportRecord>> findPreviousImport(const Plan &plan, const QString &kindKey, const QString &sha256);

// "FILE: line N: problem", on one line ("FILE: problem" for line 0: the file as a whole).
QString describeIssue(const QString &fileName, const ImportIssue &issue);
// describeIssue() of the issue with the lowest line number; empty when there is none.
QString firstIssueMessage(const QString &fileName, const QList<ImportIssue> &issues);

// "“text”", for naming a value or a person in a message.
QString quoted(const QString &text);

} // namespace cultivate
