// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cultivate {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// A hidden name beside `path` that nothing else uses: ".<name>.<tag>-<random>".
QString hiddenSibling(const QString &path, const char *tag)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3")
                                           .arg(info.fileName(), QLatin1String(tag))
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

int syncFd(int fd)
{
    return ::fsync(fd) == 0 ? 0 : errno;
}

int syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = syncFd(fd);
    ::close(fd);
    return result;
}

void removeTree(const QString &path)
{
    if (!path.isEmpty())
        QDir(path).removeRecursively();
}

// The temporary file as a QIODevice: buffered writes with ::write, the first errno kept. Closing it
// (some writers close their device when done) flushes but keeps the descriptor for commit().
class FileDescriptorDevice final : public QIODevice {
public:
    explicit FileDescriptorDevice(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptorDevice() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isSequential() const override { return true; }
    int error() const { return m_error; }

    // Flushes the buffer and syncs the file to the disk; returns the first error met.
    int finish()
    {
        flushBuffer();
        if (m_error == 0 && m_fd >= 0)
            m_error = syncFd(m_fd);
        if (m_fd >= 0 && ::close(m_fd) != 0 && m_error == 0)
            m_error = errno;
        m_fd = -1;
        return m_error;
    }

    void close() override
    {
        flushBuffer();
        QIODevice::close();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_error != 0)
            return -1;
        m_buffer.append(data, size);
        if (m_buffer.size() >= BufferSize && !flushBuffer())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype BufferSize = 256 * 1024;

    bool flushBuffer()
    {
        const char *data = m_buffer.constData();
        qsizetype left = m_buffer.size();
        while (left > 0 && m_error == 0) {
            const ssize_t written = ::write(m_fd, data, size_t(left));
            if (written < 0) {
                if (errno != EINTR)
                    m_error = errno;
                continue;
            }
            data += written;
            left -= written;
        }
        m_buffer.clear();
        if (m_error != 0)
            setErrorString(systemErrorText(m_error));
        return m_error == 0;
    }

    int m_fd = -1;
    int m_error = 0;
    QByteArray m_buffer;
};

} // namespace

QString systemErrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

AtomicFile::AtomicFile(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        discard();
}

Error AtomicFile::failure(int error) const
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("%1: cannot be written (%2)").arg(native(m_path), systemErrorText(error)));
}

Result<void> AtomicFile::open()
{
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be written (the folder %2 does not exist)")
                                            .arg(native(m_path), native(info.absolutePath())));
    if (info.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be written (it is a folder)").arg(native(m_path)));
    m_temporary = hiddenSibling(m_path, "writing");
    const int fd = ::open(encoded(m_temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        m_temporary.clear();
        return failure(error);
    }
    m_device = std::make_unique<FileDescriptorDevice>(fd);
    m_device->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

QIODevice &AtomicFile::device()
{
    Q_ASSERT(m_device);
    return *m_device;
}

Result<void> AtomicFile::writeFailure() const
{
    if (!m_device)
        return {};
    if (const int error = static_cast<const FileDescriptorDevice &>(*m_device).error(); error != 0)
        return failure(error);
    return {};
}

Result<QString> AtomicFile::companionFolder(const QString &finalFolder)
{
    if (!m_companionTemporary.isEmpty())
        return m_companionTemporary;
    m_companionFinal = QFileInfo(finalFolder).absoluteFilePath();
    const QString temporary = hiddenSibling(m_companionFinal, "writing");
    if (::mkdir(encoded(temporary).constData(), 0700) != 0)
        return failure(errno);
    m_companionTemporary = temporary;
    return m_companionTemporary;
}

Result<void> AtomicFile::writeCompanion(const QString &fileName, const QByteArray &bytes)
{
    if (m_companionTemporary.isEmpty())
        return makeError(ErrorCode::Io, QStringLiteral("%1: no folder to write %2 into").arg(native(m_path), fileName));
    const QString target = QDir(m_companionTemporary).filePath(fileName);
    const int fd = ::open(encoded(target).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(errno);
    FileDescriptorDevice device(fd);
    device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    device.write(bytes);
    if (const int error = device.finish(); error != 0)
        return failure(error);
    return {};
}

Result<void> AtomicFile::commit()
{
    if (!m_device)
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be written (not opened)").arg(native(m_path)));
    if (const int error = static_cast<FileDescriptorDevice &>(*m_device).finish(); error != 0) {
        discard();
        return failure(error);
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    QString displaced; // the companion folder the new one replaces, kept until the file is in place
    if (!m_companionTemporary.isEmpty()) {
        if (const int error = syncFolder(m_companionTemporary); error != 0) {
            discard();
            return failure(error);
        }
        if (QFileInfo::exists(m_companionFinal)) {
            displaced = hiddenSibling(m_companionFinal, "replaced");
            if (std::rename(encoded(m_companionFinal).constData(), encoded(displaced).constData()) != 0) {
                const int error = errno;
                discard();
                return failure(error);
            }
        }
        if (std::rename(encoded(m_companionTemporary).constData(), encoded(m_companionFinal).constData()) != 0) {
            const int error = errno;
            if (!displaced.isEmpty())
                std::rename(encoded(displaced).constData(), encoded(m_companionFinal).constData());
            discard();
            return failure(error);
        }
    }
    if (std::rename(encoded(m_temporary).constData(), encoded(m_path).constData()) != 0) {
        const int error = errno;
        if (!m_companionTemporary.isEmpty()) {
            removeTree(m_companionFinal);
            if (!displaced.isEmpty())
                std::rename(encoded(displaced).constData(), encoded(m_companionFinal).constData());
            m_companionTemporary.clear();
        }
        discard();
        return failure(error);
    }
    m_committed = true;
    removeTree(displaced);
    (void)syncFolder(folder);
    return {};
}

void AtomicFile::discard()
{
    m_device.reset();
    if (!m_temporary.isEmpty()) {
        ::unlink(encoded(m_temporary).constData());
        // A writer that went through SQLite (a backup) may leave its rollback journal too.
        ::unlink(encoded(m_temporary + QStringLiteral("-journal")).constData());
    }
    removeTree(m_companionTemporary);
    m_temporary.clear();
    m_companionTemporary.clear();
}

Result<void> writeAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write)
{
    AtomicFile file(path);
    if (auto r = file.open(); !r.ok())
        return r;
    if (auto r = write(file.device()); !r.ok()) {
        // A write that failed for a system reason is reported in the system's words.
        const Result<void> system = file.writeFailure();
        file.discard();
        return system.ok() ? r : system;
    }
    return file.commit();
}

Result<void> makePrivateFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return {};
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute) {
        if (auto r = makePrivateFolder(parent); !r.ok())
            return r;
    }
    if (::mkdir(encoded(absolute).constData(), 0700) != 0 && errno != EEXIST)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1: the folder cannot be created (%2)").arg(native(absolute), systemErrorText(errno)));
    return {};
}

Result<void> keepFilePrivate(const QString &path)
{
    if (auto folder = makePrivateFolder(QFileInfo(path).absolutePath()); !folder.ok())
        return folder;
    const QByteArray name = encoded(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be made private (%2)").arg(native(path), systemErrorText(errno)));
    const int result = ::fchmod(fd, 0600) == 0 ? 0 : errno;
    ::close(fd);
    if (result != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: cannot be made private (%2)").arg(native(path), systemErrorText(result)));
    return {};
}

} // namespace cultivate
