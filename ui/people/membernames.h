// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QHash>
#include <QList>

namespace cultivate {

// The name each member is shown by in a list: the name alone, or, where another of `members`
// shares it (ignoring case and spacing), the name with the organisation beside it, or the e-mail
// when there is no organisation, so that namesakes are told apart.
QHash<Id, QString> distinctMemberNames(const QList<Member> &members);

// The key two names are namesakes by (case and spacing ignored).
QString memberNameKey(const QString &name);

// One member's name as shown when `shared` tells that a namesake exists.
QString distinctMemberName(const Member &member, bool shared);

} // namespace cultivate
