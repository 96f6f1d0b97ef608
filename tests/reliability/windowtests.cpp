// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing changes by accident in the window: the wheel over a field scrolls the page, and a damaged
// plan is refused (with its newest good backup offered) without a byte of it changing.
#include "guisupport.h"
#include "testsupport.h"

#include "core/lifecycle/newplan.h"
#include "core/storage/backupstore.h"
#include "ui/commands/planundostack.h"
#include "ui/common/wheelguard.h"
#include "ui/mainwindow.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>
#include <QWheelEvent>

#include <sqlite3.h>

using namespace cultivate;
using namespace cultivate::test;

namespace {

void wheel(QWidget *widget, int steps)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    // As from the mouse: only spontaneous wheel events go on to the parent when ignored.
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::sendEvent(widget, &event);
}

QString valueOf(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        return spin->text();
    return {};
}

} // namespace

TEST_CASE("the wheel over the Charter's combo boxes, number and date fields scrolls the page and changes nothing")
{
    isolateSettings();
    WheelGuard::install(*qApp);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wheel.cop"));
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Wheel"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    MainWindow window;
    REQUIRE_OK(window.openPlan(path));
    window.resize(1000, 600); // short enough that the Charter scrolls
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showPage(window, QStringLiteral("page-charter"));
    // A budget line and a goal bring number fields and a "Measured by" choice.
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("charter-add-budget-line")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("charter-add-goal")), Qt::LeftButton);
    window.undoStack()->clear();
    auto *scroll = child<QScrollArea>(window, QStringLiteral("charter-scroll"));
    REQUIRE(QTest::qWaitFor([&] { return scroll->verticalScrollBar()->maximum() > 0; }));

    // The goal's card (with its "Measured by" choice) is laid out once the change is announced.
    const auto visibleFields = [&] {
        QList<QWidget *> found;
        for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
            if ((qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) && w->isVisible())
                found << w;
        }
        return found;
    };
    REQUIRE(QTest::qWaitFor([&] {
        const QList<QWidget *> found = visibleFields();
        return std::any_of(found.begin(), found.end(), [](QWidget *w) { return qobject_cast<QComboBox *>(w); });
    }));
    const QList<QWidget *> fields = visibleFields();
    int combos = 0;
    int numbers = 0;
    int dates = 0;
    for (QWidget *w : fields) {
        combos += qobject_cast<QComboBox *>(w) != nullptr;
        dates += qobject_cast<QDateEdit *>(w) != nullptr;
        numbers += qobject_cast<QAbstractSpinBox *>(w) != nullptr && qobject_cast<QDateEdit *>(w) == nullptr;
    }
    INFO("combo boxes " << combos << ", number fields " << numbers << ", date fields " << dates);
    REQUIRE(combos > 0);
    REQUIRE(numbers > 0);
    REQUIRE(dates > 0);

    child<QScrollArea>(window, QStringLiteral("charter-scroll"))->setFocus();
    const auto before = [&] {
        QStringList values;
        for (QWidget *w : fields)
            values << valueOf(w);
        return values;
    }();
    // The page itself scrolls under the wheel.
    const int top = scroll->verticalScrollBar()->value();
    wheel(scroll->viewport(), -2);
    INFO("page scroll " << top << " -> " << scroll->verticalScrollBar()->value() << " of "
                        << scroll->verticalScrollBar()->maximum());
    CHECK(scroll->verticalScrollBar()->value() != top);
    int scrolled = 0;
    for (QWidget *w : fields) {
        REQUIRE_FALSE(w->hasFocus());
        CHECK(w->focusPolicy() == Qt::StrongFocus);
        const int position = scroll->verticalScrollBar()->value();
        wheel(w, position > 0 ? 1 : -1); // towards the end where there is room to move
        wheel(w, position > 0 ? 1 : -1);
        scrolled += scroll->verticalScrollBar()->value() != position;
    }
    QStringList after;
    for (QWidget *w : fields)
        after << valueOf(w);
    CHECK(after == before);
    CHECK(window.undoStack()->count() == 0);
    CHECK(scrolled > 0);

    // With the keyboard focus, the wheel edits as before.
    auto *number = qobject_cast<QAbstractSpinBox *>(*std::find_if(fields.begin(), fields.end(), [](QWidget *w) {
        return qobject_cast<QAbstractSpinBox *>(w) && !qobject_cast<QDateEdit *>(w);
    }));
    number->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return number->hasFocus(); }));
    const QString value = number->text();
    wheel(number, 1);
    CHECK(number->text() != value);
}

TEST_CASE("a damaged plan is refused in the window with its newest good backup offered, and restored on request")
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.cop"));
    REQUIRE_OK(createPlan(path, NewPlanOptions{QStringLiteral("Kept safe"), QDate(2026, 1, 5), PlanTemplate::OneYear}));
    {
        auto plan = Plan::open(path);
        REQUIRE_OK(plan);
        REQUIRE_OK(BackupStore(BackupStore::defaultFolderFor(path)).backUp(*plan.value()));
    }
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "DROP TABLE story_member", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const QByteArray damaged = fileDigest(path);

    MainWindow window;
    window.show();
    {
        // Refused, offered the backup, declined: the file is as it was.
        ModalDriver driver({pressStandardButton(QMessageBox::Cancel)});
        window.openFromUser(path);
        CHECK(driver.finished());
        CHECK(window.plan() == nullptr);
        CHECK(fileDigest(path) == damaged);
    }
    {
        ModalDriver driver({pressButton(QStringLiteral("Restore the Backup"))});
        window.openFromUser(path);
        CHECK(driver.finished());
    }
    REQUIRE(window.plan() != nullptr);
    CHECK_FALSE(window.plan()->isReadOnly());
    CHECK(window.plan()->community().value().name == QStringLiteral("Kept safe"));
    // The damaged file is kept, byte for byte, beside the backups.
    const QDir backups(BackupStore::defaultFolderFor(path));
    const QStringList kept = backups.entryList({QStringLiteral("*.damaged")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(fileDigest(backups.filePath(kept.first())) == damaged);
}
