// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/atomicfile.h"

#include <QDir>
#include <QSaveFile>

namespace cultivate {

Result<void> writeAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (auto r = write(file); !r.ok()) {
        file.cancelWriting();
        return r;
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace cultivate
