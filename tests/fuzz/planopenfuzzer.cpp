// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes arbitrary bytes (seeded with real plans, so most inputs are plans with damaged pages) to a
// plan file and opens it as the application does. A file that is refused must be left byte for
// byte as it was and the reason must be one line; a file that opens must be readable through every
// path the pages and the figures use without a crash. Any crash, sanitizer report or broken
// promise (abort) is a finding.
#include "core/metrics/metricsdata.h"
#include "core/storage/plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>

using namespace cultivate;

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

QString scratchPath()
{
    const QByteArray folder = qgetenv("CULTIVATE_FUZZ_SCRATCH");
    return QDir(folder.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(folder))
        .filePath(QStringLiteral("fuzz.cop"));
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    require(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

template <class T> void readAll(const Plan &plan)
{
    (void)plan.list<T>();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = scratchPath();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        QFile file(path);
        require(file.open(QIODevice::WriteOnly));
        require(file.write(bytes) == bytes.size());
    }
    {
        auto plan = Plan::open(path, OpenMode::ReadWrite);
        if (!plan.ok()) {
            require(!plan.error().message.isEmpty() && !plan.error().message.contains(QLatin1Char('\n')));
            require(contents(path) == bytes);
            return 0;
        }
        Plan &open = *plan.value();
        (void)open.community();
        readAll<Member>(open);
        readAll<Event>(open);
        readAll<Attendance>(open);
        readAll<Contribution>(open);
        readAll<Resource>(open);
        readAll<Survey>(open);
        readAll<Question>(open);
        readAll<Response>(open);
        readAll<Answer>(open);
        readAll<Story>(open);
        readAll<Goal>(open);
        (void)open.counts();
        (void)open.integrityCheck();
        (void)loadMetricsData(open);
    }
    return 0;
}
