// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cultivate {

// Every field of a resource: title, kind, location or link, author, added date, tags, visibility,
// the event it belongs to and a description.
class ResourceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDialog)

public:
    ResourceDialog(const Resource &resource, const QList<Member> &members, const QList<Event> &events,
                   const QDate &today, QWidget *parent = nullptr);

    Resource resource() const;

private:
    Resource m_resource;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_author = nullptr;
    QCheckBox *m_hasAdded = nullptr;
    QDateEdit *m_added = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_visibility = nullptr;
    QComboBox *m_event = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPushButton *m_ok = nullptr;
};

// Tags typed as "a, b; c": trimmed, without empties and without repeats (ignoring case).
QStringList parseTags(const QString &text);

} // namespace cultivate
