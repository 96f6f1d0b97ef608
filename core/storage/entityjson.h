// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/entitytraits.h"

#include <QJsonObject>

namespace cultivate::storage {

// An entity as it appears in the JSON export: "id", then one key per column (the SQL column
// name), then one array per child list.
template <class T> QJsonObject toJson(const T &entity)
{
    QJsonObject object{{QStringLiteral("id"), entity.id}};
    for (const auto &c : EntityTraits<T>::columns())
        object.insert(c.name, c.toJson(entity));
    for (const auto &child : EntityTraits<T>::children())
        object.insert(child.jsonKey, child.toJson(entity));
    return object;
}

} // namespace cultivate::storage
