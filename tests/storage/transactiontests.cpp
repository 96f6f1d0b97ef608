// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes are all-or-nothing, and change notices follow commits only.
#include "testsupport.h"

#include "core/lifecycle/newplan.h"

using namespace cultivate;

namespace {

std::unique_ptr<Plan> memoryPlan()
{
    static const FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    auto plan = createPlanInMemory(NewPlanOptions{QStringLiteral("Tx"), QDate(2026, 1, 5), PlanTemplate::Empty}, clock);
    REQUIRE_OK(plan);
    return std::move(plan).value();
}

Member person(const char *name)
{
    Member m;
    m.name = QString::fromUtf8(name);
    return m;
}

} // namespace

TEST_CASE("a failing write inside a transaction leaves nothing behind")
{
    auto plan = memoryPlan();
    int notices = 0;
    QObject::connect(plan.get(), &Plan::entityAdded, plan.get(), [&notices] { ++notices; });

    auto result = plan->transaction([&]() -> Result<void> {
        if (auto r = plan->add(person("First")); !r.ok())
            return r.error();
        if (auto r = plan->add(person("Second")); !r.ok())
            return r.error();
        // A nameless member breaks a constraint: everything above must roll back.
        if (auto r = plan->add(Member{}); !r.ok())
            return r.error();
        return {};
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::Constraint);
    CHECK(plan->list<Member>().value().isEmpty());
    CHECK(notices == 0);

    // The plan is still usable afterwards.
    REQUIRE_OK(plan->add(person("Third")));
    CHECK(plan->list<Member>().value().size() == 1);
    CHECK(notices == 1);
}

TEST_CASE("a failure reported by the work itself rolls back the transaction")
{
    auto plan = memoryPlan();
    auto result = plan->transaction([&]() -> Result<void> {
        REQUIRE_OK(plan->add(person("Kept?")));
        return makeError(ErrorCode::Cancelled, QStringLiteral("the user cancelled"));
    });
    CHECK(result.code() == ErrorCode::Cancelled);
    CHECK(plan->list<Member>().value().isEmpty());
}

TEST_CASE("a failed inner transaction rolls back only itself")
{
    auto plan = memoryPlan();
    auto outer = plan->transaction([&]() -> Result<void> {
        REQUIRE_OK(plan->add(person("Outer")));
        auto inner = plan->transaction([&]() -> Result<void> {
            REQUIRE_OK(plan->add(person("Inner")));
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no"));
        });
        CHECK_FALSE(inner.ok());
        return {};
    });
    REQUIRE_OK(outer);
    const auto members = plan->list<Member>().value();
    REQUIRE(members.size() == 1);
    CHECK(members.first().name == QStringLiteral("Outer"));
}

TEST_CASE("change notices arrive after the commit, once per change")
{
    auto plan = memoryPlan();
    QList<std::pair<EntityKind, Id>> added;
    int updated = 0;
    int removed = 0;
    int membersSeenAtSignal = -1;
    QObject::connect(plan.get(), &Plan::entityAdded, plan.get(), [&](EntityKind kind, Id id) {
        added.append({kind, id});
        membersSeenAtSignal = int(plan->list<Member>().value().size());
    });
    QObject::connect(plan.get(), &Plan::entityUpdated, plan.get(), [&] { ++updated; });
    QObject::connect(plan.get(), &Plan::entityRemoved, plan.get(), [&] { ++removed; });

    REQUIRE_OK(plan->transaction([&]() -> Result<void> {
        REQUIRE_OK(plan->add(person("A")));
        REQUIRE_OK(plan->add(person("B")));
        CHECK(added.isEmpty());
        return {};
    }));
    REQUIRE(added.size() == 2);
    CHECK(added.first().first == EntityKind::Member);
    CHECK(membersSeenAtSignal == 2);

    Member a = plan->get<Member>(added.first().second).value();
    a.email = QStringLiteral("a@example.org");
    REQUIRE_OK(plan->update(a));
    REQUIRE_OK(plan->remove<Member>(a.id));
    CHECK(updated == 1);
    CHECK(removed == 1);
}

TEST_CASE("updating or removing a record that does not exist is reported")
{
    auto plan = memoryPlan();
    Member ghost = person("Ghost");
    ghost.id = 999;
    CHECK(plan->update(ghost).code() == ErrorCode::NotFound);
    CHECK(plan->remove<Event>(999).code() == ErrorCode::NotFound);
    CHECK(plan->get<Story>(999).code() == ErrorCode::NotFound);
}
