// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

namespace cultivate {

// The one way a file is written for the user (reports, exports, backups, copies of a plan): all or
// nothing, owner-only, checked.
//
// The bytes go to a hidden temporary file (mode 0600) in the target's own folder; commit() flushes
// it to the disk and renames it over the target in one step. Until then an earlier file of that name
// stays as it was; a failure, or destruction without commit(), removes the temporary file and any
// companion folder. The first failed write is remembered even when the code writing ignores it (as
// QPdfWriter does), and commit() then fails. Every error is one line naming the target file and the
// system's reason ("No space left on device").
class AtomicFile {
public:
    explicit AtomicFile(QString path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Result<void> open();
    // The temporary file as a device (valid after open()). A writer may close it; the file stays.
    QIODevice &device();
    // The temporary file's path, for writers that need a path of their own (SQLite's backup).
    QString temporaryPath() const { return m_temporary; }
    QString path() const { return m_path; }

    // A folder that belongs with the file (a Markdown report's images, "<name>_files"): built under a
    // hidden temporary name beside it and swapped in together with the file. Returns the folder to
    // write into; writeCompanion() writes one file there.
    Result<QString> companionFolder(const QString &finalFolder);
    Result<void> writeCompanion(const QString &fileName, const QByteArray &bytes);

    // The first failed write to device(), as commit() would report it; ok when none failed.
    Result<void> writeFailure() const;

    Result<void> commit();
    void discard();

private:
    Error failure(int error) const;

    QString m_path;
    QString m_temporary;
    QString m_companionFinal;
    QString m_companionTemporary;
    std::unique_ptr<QIODevice> m_device;
    bool m_committed = false;
};

// Writes `path` through an AtomicFile: `write` fills the device; nothing is left behind on failure.
Result<void> writeAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write);

// Creates `path` and its missing parents owner-only (0700).
Result<void> makePrivateFolder(const QString &path);

// Makes an existing file owner-only (0600) or creates it so: for files another library writes, such
// as the application's settings file.
Result<void> keepFilePrivate(const QString &path);

// The system's words for an errno value ("No space left on device").
QString systemErrorText(int error);

} // namespace cultivate
