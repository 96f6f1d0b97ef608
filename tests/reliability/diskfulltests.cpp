// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A real full disk: a small tmpfs mounted by the test (as root, as CI runs), filled to leave 0, 8 KiB,
// 64 KiB and 256 KiB free, then every kind of output written there. A write that fails exits 1 with
// one line naming the file and the system's reason; earlier files stay; nothing partial is left.
#include "reliabilitysupport.h"
#include "testsupport.h"

#include "core/demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace cultivate;
using test::Tally;

namespace {

const QString NoSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));

qint64 freeBytes(const QString &path)
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(path).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

// Fills the file system of `folder` until `leave` bytes are free.
void fillUntil(const QString &folder, qint64 leave)
{
    const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
    QFile::remove(filler);
    const int fd = ::open(QFile::encodeName(filler).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    const QByteArray block(4096, 'x');
    while (freeBytes(folder) > leave) {
        const qint64 chunk = std::min<qint64>(block.size(), freeBytes(folder) - leave);
        if (::write(fd, block.constData(), size_t(chunk)) <= 0)
            break;
    }
    ::fsync(fd);
    ::close(fd);
}

struct Mount {
    QString path;
    bool mounted = false;
    QString reason;
    explicit Mount(const QString &where, const char *options)
        : path(where)
    {
        if (::geteuid() != 0) {
            reason = QStringLiteral("not running as root, so no tmpfs can be mounted");
            return;
        }
        if (::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, options) != 0) {
            reason = QStringLiteral("mounting a tmpfs failed (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        mounted = true;
    }
    ~Mount()
    {
        if (mounted)
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};

} // namespace

TEST_CASE(
    "on a full disk every output fails cleanly: one line with the system's reason, old files kept, nothing partial")
{
    QTemporaryDir scratch;
    const QString demo = scratch.filePath(QStringLiteral("demo.cop"));
    DemoOptions options;
    options.members = 60;
    options.months = 6;
    REQUIRE_OK(createDemoPlan(demo, options));
    const QString csv = test::dataFile(QStringLiteral("import/members-basic.csv"));

    const QString where = scratch.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkpath(where));
    // Room for the plan, the earlier outputs and a little more.
    const QByteArray size = QStringLiteral("size=%1k,mode=0700").arg(QFileInfo(demo).size() / 1024 + 3072).toLatin1();
    Mount mount(where, size.constData());
    if (!mount.mounted) {
        QTextStream(stdout) << "reliability: full disk: skipped: " << mount.reason << '\n';
        WARN("skipped: " << mount.reason.toStdString());
        return;
    }

    Tally tally(QStringLiteral("full disk (tmpfs) at 0, 8, 64 and 256 KiB free"));
    const QString plan = QDir(where).filePath(QStringLiteral("plan.cop"));
    REQUIRE(QFile::copy(demo, plan));
    QFile::setPermissions(plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString old = QStringLiteral("an earlier file of this name\n");
    struct Output {
        QString file;
        QStringList arguments;
    };
    const auto out = [&](const QString &name) { return QDir(where).filePath(name); };
    const QList<Output> outputs{
        {out(QStringLiteral("r.pdf")),
         {QStringLiteral("report"), plan, QStringLiteral("-o"), out(QStringLiteral("r.pdf"))}},
        {out(QStringLiteral("r.html")),
         {QStringLiteral("report"), plan, QStringLiteral("-o"), out(QStringLiteral("r.html"))}},
        {out(QStringLiteral("r.odt")),
         {QStringLiteral("report"), plan, QStringLiteral("-o"), out(QStringLiteral("r.odt"))}},
        {out(QStringLiteral("r.md")),
         {QStringLiteral("report"), plan, QStringLiteral("-o"), out(QStringLiteral("r.md"))}},
        {out(QStringLiteral("m.csv")),
         {QStringLiteral("export"), plan, QStringLiteral("csv"), QStringLiteral("members"), QStringLiteral("-o"),
          out(QStringLiteral("m.csv"))}},
        {out(QStringLiteral("a.csv")),
         {QStringLiteral("export"), plan, QStringLiteral("csv"), QStringLiteral("attendance-rows"),
          QStringLiteral("-o"), out(QStringLiteral("a.csv"))}},
        {out(QStringLiteral("s.ics")),
         {QStringLiteral("export"), plan, QStringLiteral("ics"), QStringLiteral("-o"), out(QStringLiteral("s.ics"))}},
        {out(QStringLiteral("p.json")),
         {QStringLiteral("export"), plan, QStringLiteral("json"), QStringLiteral("-o"), out(QStringLiteral("p.json"))}},
    };
    for (const Output &o : outputs)
        test::writeFile(o.file, old.toUtf8());
    REQUIRE(QDir().mkpath(out(QStringLiteral("r_files"))));
    test::writeFile(out(QStringLiteral("r_files")) + QStringLiteral("/old.png"), "old");

    int created = 0;
    for (const qint64 leave : {qint64(0), qint64(8) << 10, qint64(64) << 10, qint64(256) << 10}) {
        fillUntil(where, leave);
        const QString level = QStringLiteral("%1 KiB free").arg(freeBytes(where) / 1024);
        const auto failedCleanly = [&](const QString &label, const test::Run &run, const QString &file) {
            if (run.exitCode != 1)
                tally.failure(QStringLiteral("%1: exit %2").arg(label).arg(run.exitCode));
            else if (run.err.count(QLatin1Char('\n')) != 1 || !run.err.contains(QFileInfo(file).fileName()) ||
                     !run.err.contains(NoSpace))
                tally.failure(
                    QStringLiteral("%1: not one line with the file and \"%2\": %3").arg(label, NoSpace, run.err));
        };
        for (const Output &o : outputs) {
            tally.trial();
            const QStringList before = test::filesIn(where);
            const test::Run run = test::runCultivate(o.arguments);
            const QString label = QStringLiteral("%1, %2").arg(level, QFileInfo(o.file).fileName());
            if (run.exitCode == 0) {
                // It fitted: then it is whole (written before, and not the old text any more).
                if (test::readFile(o.file) == old.toUtf8())
                    tally.failure(QStringLiteral("%1: reported written, old file still there").arg(label));
                test::writeFile(o.file, old.toUtf8());
                continue;
            }
            failedCleanly(label, run, o.file);
            if (test::readFile(o.file) != old.toUtf8())
                tally.failure(QStringLiteral("%1: the earlier file changed").arg(label));
            if (test::filesIn(where) != before)
                tally.failure(QStringLiteral("%1: left %2").arg(label, test::filesIn(where).join(QLatin1Char(' '))));
            if (o.file.endsWith(QLatin1String(".md")) &&
                test::filesIn(out(QStringLiteral("r_files"))) != QStringList{QStringLiteral("old.png")})
                tally.failure(QStringLiteral("%1: the images folder changed").arg(label));
        }
        // A new plan.
        {
            tally.trial();
            const QString path = out(QStringLiteral("new-%1.cop").arg(leave));
            const QStringList before = test::filesIn(where);
            const test::Run run =
                test::runCultivate({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Full")});
            const QString label = QStringLiteral("%1, new").arg(level);
            if (run.exitCode == 0) {
                ++created;
                if (test::runCultivate({QStringLiteral("check"), path}).exitCode != 0)
                    tally.failure(QStringLiteral("%1: created a plan that fails its check").arg(label));
            } else {
                failedCleanly(label, run, path);
                if (test::filesIn(where) != before)
                    tally.failure(
                        QStringLiteral("%1: left %2").arg(label, test::filesIn(where).join(QLatin1Char(' '))));
            }
        }
        // An import: all of it or none of it.
        {
            tally.trial();
            const test::PlanState stateBefore = test::readPlanState(plan);
            const test::Run run = test::runCultivate({QStringLiteral("import"), plan, QStringLiteral("members"), csv});
            const test::PlanState state = test::readPlanState(plan);
            const QString label = QStringLiteral("%1, import").arg(level);
            if (state.integrity != QLatin1String("ok"))
                tally.failure(QStringLiteral("%1: integrity check: %2").arg(label, state.integrity));
            if (run.exitCode != 0) {
                failedCleanly(label, run, plan);
                if (run.err.contains(QStringLiteral("not writable")))
                    tally.failure(QStringLiteral("%1: blames the folder: %2").arg(label, run.err));
                if (state.digest != stateBefore.digest)
                    tally.failure(QStringLiteral("%1: failed but changed the plan").arg(label));
            }
        }
    }
    tally.note(QStringLiteral("%1 of 4 new plans fitted").arg(created));
    INFO(tally.details().join(QLatin1Char('\n')).toStdString());
    CHECK(tally.failures() == 0);
}
